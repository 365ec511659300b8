package ingest_test

import "testing"

// TestRound24NameAfterPlaceHead: a title's complement that ends in a
// body's or a place's head word ("<Title> of <Place> <Adjective> City",
// "<Title> of the <Words> Council") ends there; the three or four
// capitals after it are the person's name whole, not its last two.
func TestRound24NameAfterPlaceHead(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a mayor of a metropolitan city", paras: []string{
			"Lake town mourns its ferryman",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Mayor of Kestrova Metropolitan City Dorje Lhamu Thapa, who visited the family on Friday, described the ferryman as "the town's best neighbour".`,
			`"We will name the new jetty after him," Thapa said.`,
		}, want: map[string]string{
			"the town's best neighbour":            "Dorje Lhamu Thapa",
			"We will name the new jetty after him": "Dorje Lhamu Thapa",
		}},
		{name: "a chair of a district council", paras: []string{
			"Valley roads to close for repairs",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`"The bridge will be shut for six weeks," Chairman of Ostrava Valley District Council Bheki Tshabalala Rokaya said.`,
		}, want: map[string]string{"The bridge will be shut for six weeks": "Bheki Tshabalala Rokaya"}},
	})
}
