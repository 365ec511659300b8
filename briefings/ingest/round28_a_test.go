package ingest_test

import "testing"

// TestRound28HonorificGiven: an honorific of address that custom puts
// before the given name ("Khun <Given>", "Daw <Given>", "Pak <Given>")
// after the person was named in full ("<Given> <Surname>") reaches that
// person, not a new one called "<Honorific> <Given>".
func TestRound28HonorificGiven(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "an honorific before the given name", paras: []string{
			"Ferry timetable changed after storm",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"I met the harbour master, Somchai Rattanaporn, at the pier where the boats were tied up.",
			`"We moved the last crossing an hour earlier," Khun Somchai said.`,
		}, want: map[string]string{"We moved the last crossing an hour earlier": "Somchai Rattanaporn"}},
		{name: "an honorific before the given name, no title", paras: []string{
			"Market stalls reopen after repairs",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Stallholder Thandiwe Mokoena said trade was slow at first.",
			`"People did not know we were back," Mma Thandiwe said.`,
		}, want: map[string]string{"People did not know we were back": "Thandiwe Mokoena"}},
	})
}
