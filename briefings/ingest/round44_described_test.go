package ingest_test

import "testing"

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
