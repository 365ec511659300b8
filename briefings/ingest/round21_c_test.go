package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// r21cFiller is a neutral paragraph that puts the story's people after the
// headline and lede, as the articles do.
const r21cFiller = "The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month."

// TestRound21BodiesNameWithAnd: a body the registry lists by a name with
// "and" between its capitals — a department named for two fields and its
// country ("<Field> and <Field> <Country>"), a trust named for two causes
// — is one speaker wherever the copy names it, though neither side of the
// "and" ends in a body's head word: as the subject of "…, warning that",
// after "said" behind a quote, after "According to", and in the
// possessive that "the agency" goes back to.
func TestRound21BodiesNameWithAnd(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Fisheries and Oceans Norland", Kind: "organisation", Role: "Norland's federal fisheries agency", Aliases: []string{"FON"}},
		{Name: "Rivers and Wetlands Trust", Kind: "organisation", Role: "Conservation charity"},
		{Name: "Norland Police", Kind: "organisation", Role: "Norland's national police"},
		{Name: "Norland", Kind: "place", Role: "Country"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "subject of a participle after a comma", reg: reg, paras: []string{
			"Bay closed to trawlers", r21cFiller,
			`Fisheries and Oceans Norland has closed the bay to trawlers for the winter, warning that cod stocks are "at a historic low."`,
		}, want: map[string]string{"at a historic low.": "Fisheries and Oceans Norland"}},
		{name: "after said, behind the quote", reg: reg, paras: []string{
			"Bay closed to trawlers", r21cFiller,
			`"Cod stocks are at a historic low," said Fisheries and Oceans Norland.`,
		}, want: map[string]string{"Cod stocks are at a historic low": "Fisheries and Oceans Norland"}},
		{name: "after according to", reg: reg, paras: []string{
			"Bay closed to trawlers", r21cFiller,
			`According to the Rivers and Wetlands Trust, the marsh has lost "half of its nesting birds in ten years."`,
		}, want: map[string]string{"half of its nesting birds in ten years.": "Rivers and Wetlands Trust"}},
		{name: "a possessive, then the agency", reg: reg, paras: []string{
			"Bay closed to trawlers", r21cFiller,
			"Norland Police said the coast road was closed.",
			"Fisheries and Oceans Norland’s closure notice for the bay remains in effect. The agency says cod stocks are “at a historic low.”",
		}, want: map[string]string{"at a historic low.": "Fisheries and Oceans Norland"}},
	})
}
