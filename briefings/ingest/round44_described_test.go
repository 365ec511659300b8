package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound44DescribedCompanyByCapitals: "the company" right after a name
// whose capitals alone made it a person ("<Place> <Word> has said …") is
// that name, a company all along; a person with a given name, and "the
// exporter" after a named neighbour, stay as they were.
func TestRound44DescribedCompanyByCapitals(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "capitals read as a person, then the company",
		paras: []string{"Island ferries halted by gales",
			"Strong winds closed the harbour on Tuesday morning.",
			"Kessel Sound has confirmed that the two evening crossings to the island will not sail.",
			"\"Nobody boards a vessel in seas like these. Sailings restart once the swell eases,\" the company posted online."},
		want: map[string]string{
			"Nobody boards a vessel in seas like these. Sailings restart once the swell eases": "Kessel Sound",
		},
	}, {
		name: "a person with a given name is no company",
		paras: []string{"Island ferries halted by gales",
			"Strong winds closed the harbour on Tuesday morning.",
			"Margaret Kessel has confirmed that the two evening crossings to the island will not sail.",
			"\"Nobody boards a vessel in seas like these. Sailings restart once the swell eases,\" the company posted online."},
		want: map[string]string{
			"Nobody boards a vessel in seas like these. Sailings restart once the swell eases": "unknown",
		},
	}})
}

// TestRound44DescribedListedFieldsWithThe: a body's name that lists its
// fields and ends "and the <Field>" ("Ministry of <Field>, <Field> and
// the <Field>") is read whole as the subject, not from its last comma.
func TestRound44DescribedListedFieldsWithThe(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Ministry of Mining, Forestry and the Environment of Norland", Kind: "organisation", Role: "Norland's environment ministry"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "listed fields ending with the",
		reg:  reg,
		paras: []string{"Norland delays quarry licence",
			"The quarry near the northern lakes will wait another year for its licence.",
			"The Ministry of Mining, Forestry and the Environment said on Friday that the plan needed \"a second look at the water it would draw\"."},
		want: map[string]string{
			"a second look at the water it would draw": "Ministry of Mining, Forestry and the Environment of Norland",
		},
	}})
}

// TestRound44DescribedLowerInitialName: a body whose own name opens with
// a small letter ("the campaign group <xYz>") after the words describing
// it is that name, not an unnamed someone.
func TestRound44DescribedLowerInitialName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "lower-case brand after a kind word",
		paras: []string{"River clean-up plan delayed",
			"The council put back its plan to clear the river by two years.",
			"The clean-water charity riverTrust, which has monitored the banks for a decade, called the delay \"one more summer of dead fish\"."},
		want: map[string]string{
			"one more summer of dead fish": "riverTrust",
		},
	}})
}
