package ingest_test

import "testing"

// TestRound19PeopleBodyInitialsAnonymous: "A <BODY> technician who …, and
// who spoke on condition of anonymity, gave a different account" leaves
// the person unnamed, though the body's initials stand before the noun;
// the "he" of the quote after it is that unnamed person, not the man named
// last.
func TestRound19PeopleBodyInitialsAnonymous(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "an agency's technician", paras: []string{
			"Dam sluices opened late",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Tobias Wennergren, who farms below the dam, says he wrote to the Water Resources Authority (DWRA) twice. He keeps the replies in a biscuit tin.",
			"A DWRA technician who was on duty that night, and who spoke on condition of anonymity because he is not allowed to talk to reporters, remembered it differently. \"The siren was tested in the morning and it worked,\" he said.",
		}, want: map[string]string{"The siren was tested in the morning and it worked": "unknown"}},
	})
}
