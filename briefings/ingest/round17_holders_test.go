package ingest_test

import "testing"

// TestHolderAfterPlacedTitle: a title whose complement runs past the role
// noun — a place the holder is posted in or to, or a body and its place
// after "of" — and then the holder's name set off in commas, after "said"
// or "according to": the name is the speaker, the whole title their role.
func TestHolderAfterPlacedTitle(t *testing.T) {
	t.Parallel()
	lead := "More than 2,000 people crossed into the northern districts this week, most of them women and children who walked for days, officials in the border towns said on Tuesday."
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a body's representative in a country", paras: []string{
			"Refugees arrive in the north", lead,
			"\"The camps are full and the rains are coming,\" said UNICEF's Representative in Ghana, Maria Delacroix-Obi.",
		}, want: map[string]string{"The camps are full and the rains are coming": "Maria Delacroix-Obi"}},
		{name: "an ambassador to a country", paras: []string{
			"Refugees arrive in the north", lead,
			"\"We will send tents within the week,\" said the Ambassador to Ghana, Henrik Solberg-Ruud.",
		}, want: map[string]string{"We will send tents within the week": "Henrik Solberg-Ruud"}},
		{name: "according to the president of a body of a town", paras: []string{
			"Boat sinks on the lake",
			"A boat carrying traders and their goods sank on the lake on Sunday night, and at least eleven people are still missing, local officials said on Monday.",
			"According to the president of the fishers' cooperative of Kiba, Jean-Marc Lukusa Mbaya, the boat was \"far too full to leave the shore\".",
		}, want: map[string]string{"far too full to leave the shore": "Jean-Marc Lukusa Mbaya"}},
		{name: "a relative clause after the title names no one", paras: []string{
			"Boat sinks on the lake",
			"A boat carrying traders and their goods sank on the lake on Sunday night, and at least eleven people are still missing, local officials said on Monday.",
			"According to the head of the port authority in Kiba, which runs the landing, the boat was \"far too full to leave the shore\".",
		}, want: map[string]string{"far too full to leave the shore": "unknown"}},
	})
}
