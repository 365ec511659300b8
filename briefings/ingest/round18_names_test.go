package ingest_test

import "testing"

// TestRound18EpithetOpensSentence: a sentence opening with the noun
// sports copy calls a player by ("Rookie", "Veteran"), capitalised only
// because it comes first, before a name whose given name the lists lack,
// says what the person is; the name is the words after it.
func TestRound18EpithetOpensSentence(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a rookie wins a race", paras: []string{
			"Rookie takes the sprint",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Rookie Tendai Mukwashi won the 100 metres in Bulawayo on Saturday, a tenth ahead of the field.",
			`"I only wanted to reach the final," Mukwashi said.`,
		}, want: map[string]string{"I only wanted to reach the final": "Tendai Mukwashi"}},
		{name: "a veteran keeps his place", paras: []string{
			"Old hand steers the boat home",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Veteran Osvaldo Petrakis-Lund steered the crew to a third straight title on the lake.",
			`"The young ones did the hard work," he said.`,
		}, want: map[string]string{"The young ones did the hard work": "Osvaldo Petrakis-Lund"}},
	})
}
