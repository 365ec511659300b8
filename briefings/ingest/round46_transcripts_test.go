package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// r46TranscriptRegistry lists a central bank whose own transcript heads
// its page with its name over the event's label, and one of its officials
// whose title names no body.
func r46TranscriptRegistry() *briefings.Registry {
	return &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Reserve Bank of Norland", Kind: "organisation", Aliases: []string{"RBN"}},
		{Name: "Harald Quist-Berne", Role: "Governor of the Reserve Bank of Norland", Kind: "person"},
	}}
}

// TestR46TranscriptHost: in a body's own transcript, an official whose
// title names no body speaks for the host the title line names when they
// say "we" or quote "our statement"; a time after the subject ("this
// morning") is no subject of its own.
func TestR46TranscriptHost(t *testing.T) {
	t.Parallel()
	reg := r46TranscriptRegistry()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "we in a turn of the host's news conference", reg: reg, paras: []string{
			"Reserve Bank of Norland News conference",
			"Velby, 4 May 2026",
			"Harald Quist-Berne, Governor\nIngrid Tollefsen-Ray, Deputy Member of the Board",
			"Question (Ola Brekk, Velby Post): Are households borrowing too much?",
			`Ingrid Tollefsen-Ray: We have said so before. We wrote it plainly last month: "Household debt is high and rising faster than incomes." We stand by that.`,
		}, want: map[string]string{
			"Household debt is high and rising faster than incomes.": "Reserve Bank of Norland",
		}},
		{name: "our statement this morning in a turn", reg: reg, paras: []string{
			"Reserve Bank of Norland Press briefing",
			"Velby, 4 May 2026",
			"Harald Quist-Berne, Governor\nIngrid Tollefsen-Ray, Deputy Member of the Board",
			"Question (Ola Brekk, Velby Post): Will you sell kroner?",
			`Ingrid Tollefsen-Ray: Our statement this morning says that we are "prepared to act in the currency market when needed", and nothing more.`,
		}, want: map[string]string{
			"prepared to act in the currency market when needed": "Reserve Bank of Norland",
		}},
		{name: "no event label: the title is no host", reg: reg, paras: []string{
			"Reserve Bank of Norland faces questions on debt",
			"Velby, 4 May 2026",
			"Question (Ola Brekk, Velby Post): Are households borrowing too much?",
			`Ingrid Tollefsen-Ray: We wrote it plainly last month: "Household debt is high and rising faster than incomes." We stand by that.`,
		}, want: map[string]string{
			"Household debt is high and rising faster than incomes.": "unknown",
		}},
		{name: "last night between a ministry and its verb", reg: &briefings.Registry{}, paras: []string{
			"Ferry sailings cut",
			"Sailings to the islands were cut on Friday after a second engine failure.",
			`The Ministry of Transport last night said the ferry would be "out of service for at least a fortnight".`,
		}, want: map[string]string{
			"out of service for at least a fortnight": "Ministry of Transport",
		}},
	})
}
