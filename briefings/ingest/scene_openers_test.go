package ingest_test

import "testing"

// TestSceneOpenerPlaceIsNoPerson: a sentence that opens on a word of
// direction ("<Direction> the <place> from <somewhere> in <Town>, a <noun>
// who …") sets a scene; the town is where, and the noun after the comma is
// the clause's subject, not an aside about the town, so an anonymous
// speaker's "he said" names no one and the town is no person.
func TestSceneOpenerPlaceIsNoPerson(t *testing.T) {
	t.Parallel()
	cases := []speakerCase{
		{
			name: "up the hill",
			paras: []string{"Wolves return to the high pastures", "By Tomás Ferreyra",
				"Two flocks were attacked in the valley last week.",
				"Up the hill from the old mill in Ostwaldia, a shepherd who would not give his name was counting what was left of his flock. “They came twice this month, both times at dawn,” he said."},
			want: map[string]string{"They came twice this month, both times at dawn": "unknown"},
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
