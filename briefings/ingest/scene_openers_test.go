package ingest_test

import "testing"

// TestSceneOpenerPlaceIsNoPerson: a column's sentence that opens on a
// word of direction ("Down the street from my flat in <Town>, a <noun>
// who …") sets a scene; the town is where, and the noun after the comma is
// the clause's subject, not an aside about the town, so an anonymous
// speaker's "he said" names no one and the town is no person.
func TestSceneOpenerPlaceIsNoPerson(t *testing.T) {
	t.Parallel()
	cases := []speakerCase{
		{
			name: "down the street",
			paras: []string{"Prices climb again as the band widens", "By Tomás Ferreyra",
				"The central bank widened the band on Monday.",
				"Down the street from my flat in Ostwaldia, a baker who asked me not to print his name was already repricing. “Every time they say it is technical, I change the prices,” he said."},
			want: map[string]string{"Every time they say it is technical, I change the prices": "unknown"},
		},
		{
			name: "across town",
			paras: []string{"Queues return at the fuel pumps", "By Irene Mwakalinga",
				"Diesel ran short for a third day on Thursday.",
				"Across town in Kibrenzi, a taxi driver who gave no name was waiting for the tanker. “We sleep here now,” he said."},
			want: map[string]string{"We sleep here now": "unknown"},
		},
	}
	runSpeakerCases(t, draftArticle, cases)
}
