package ingest_test

import "testing"

// TestRound37aParticleSurnameFuller: "<Given> bin <Father> al <Surname>"
// named in full, then signed "<Given> al <Surname>": the particle is the
// surname's, so the shorter form is the fuller one's, not a second person.
func TestRound37aParticleSurnameFuller(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "signed by the shorter form",
		paras: []string{"Fishing harbour to get cold store\n\n" +
			"A cold store for the fishing harbour at Khasab will open next spring, the port authority said on Tuesday.\n\n" +
			"Faisal bin Nasser al Kindi, who chairs the fishermen's association, said: \"The boats lose half the catch in summer.\"\n\n" +
			"\"Ice is cheaper than wasted fish.\"\n\n" +
			"— Faisal al Kindi, fishermen's association"},
		want: map[string]string{
			"The boats lose half the catch in summer.": "Faisal bin Nasser al Kindi",
			"Ice is cheaper than wasted fish.":         "Faisal bin Nasser al Kindi",
		},
	}})
}
