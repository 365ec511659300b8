package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// r45StateRegistry names a country and its state bodies with it, as the
// registry's convention does.
func r45StateRegistry() *briefings.Registry {
	return &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Vastoria", Role: "Country", Kind: "place", Aliases: []string{"Pellmar"}},
		{Name: "Ministry of Fisheries of Vastoria", Kind: "organisation"},
		{Name: "Ministry of Trade of Vastoria", Kind: "organisation"},
		{Name: "Ministry of Culture of Vastoria", Kind: "organisation"},
		{Name: "National Water Agency of Vastoria", Kind: "organisation"},
	}}
}

// TestR45UnitAfterQuote: a body's unit named only by what it does ("the
// ministry's press office") speaks for the body when its attribution
// follows the quote, as it does before it.
func TestR45UnitAfterQuote(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the ministry's press office after the quote", reg: r45StateRegistry(), paras: []string{
			"Trawler checks ordered after catch collapse",
			"PELLMAR — The Ministry of Fisheries of Vastoria ordered checks of the bay's trawler fleet on Tuesday.",
			`"Every boat in the harbour will be boarded before the season starts," the ministry's press office said.`,
		}, want: map[string]string{"Every boat in the harbour will be boarded before the season starts": "Ministry of Fisheries of Vastoria"}},
	})
}

// TestR45StateFormOff: a state body named with its state's long form
// ("… of the Republic of <Country>") that the registry does not list is
// named under the registry's convention, "<Body> of <Country>".
func TestR45StateFormOff(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "ministry of the republic", reg: r45StateRegistry(), paras: []string{
			"Mountain roads to close for the winter",
			"PELLMAR — Three passes in the north will shut from next week.",
			`The Ministry of Roads and Bridges of the Republic of Vastoria said the passes would reopen "once the last snow has been cleared from the summit."`,
		}, want: map[string]string{"once the last snow has been cleared from the summit.": "Ministry of Roads and Bridges of Vastoria"}},
	})
}
