package ingest_test

import "testing"

// TestRound22BuiltTitles: a title no list holds, made of words the lists
// know — a hyphened rank ("Sub-<Rank>", "Vice-<Title>") or a body's head
// word run into a title ("<Council><member>") — opens a name without
// being part of it; the draft names the person without it.
func TestRound22BuiltTitles(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a hyphened sub-rank", paras: []string{
			"Harbour police close the old ferry ramp",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Harbour police spokesman Sub-Superintendent Oskar Velmiro told reporters the ramp had been closed since Sunday.",
			`"The ramp is not safe for cars, and we will not reopen it until the engineers say so," he said.`,
		}, want: map[string]string{"The ramp is not safe for cars, and we will not reopen it until the engineers say so": "Oskar Velmiro"}},
		{name: "a hyphened vice-title", paras: []string{
			"University delays the new library",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`"We would rather open a year late than open a building that leaks," said Vice-Rector Tamsin Orlebar, who chairs the works committee.`,
		}, want: map[string]string{"We would rather open a year late than open a building that leaks": "Tamsin Orlebar"}},
		{name: "a body's head run into a title", paras: []string{
			"County votes to keep the bus depot open",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`"Closing the depot would have cut the night routes in half," said Councilmember Dolores Ybarra-Quist, whose ward includes the depot.`,
			"Ybarra-Quist said the vote was closer than she had expected.",
		}, want: map[string]string{"Closing the depot would have cut the night routes in half": "Dolores Ybarra-Quist"}},
	})
}

// TestRound22UnstoppedHonorifics: a stopped courtesy title of the closed
// list written without its stops — run together ("Eng <Given> <Surname>")
// or as spaced capitals ("H E <Surname>") — is no part of the name it
// opens, and the surname after it is the full name given elsewhere.
func TestRound22UnstoppedHonorifics(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "an engineer's title without its stop", paras: []string{
			"Water utility awards the desalination contract",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"The utility's chief executive, Eng Rashida bint Khalfan al Saadi, said the plant would be built in two phases.",
			`"The first phase will be running before the summer peak," she said.`,
		}, want: map[string]string{"The first phase will be running before the summer peak": "Rashida bint Khalfan al Saadi"}},
		{name: "an excellency's letters spaced", paras: []string{
			"Ministry signs three port agreements",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"The agreements were signed in the presence of H E Faisal bin Nasser al Kindi, Minister of Transport.",
			`H E Kindi said the new berths were "the start of a decade of work on the coast."`,
		}, want: map[string]string{"the start of a decade of work on the coast.": "Faisal bin Nasser al Kindi"}},
	})
}

// TestRound22GluedInitials: "<I>.<Surname>", a given name's initial run
// into the surname as official readouts print it, is the person the
// article names in full by that surname with a given name opening with
// the initial; two people of that surname with other initials stay apart.
func TestRound22GluedInitials(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "one initial run into the surname", paras: []string{
			"Neighbours meet on the shared canal",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"The first delegation was headed by Deputy Minister of Water Resources Bakhtiyor Olimzhonov, the second by Deputy Minister of Agriculture Dauren Kaspakov.",
			`Opening the meeting, Deputy Minister B.Olimzhonov noted that the canal "serves every farmer downstream, whichever side of the border he lives on."`,
			`Deputy Minister D.Kaspakov noted: "The lining of the canal must be finished before the spring floods."`,
		}, want: map[string]string{
			"serves every farmer downstream, whichever side of the border he lives on.": "Bakhtiyor Olimzhonov",
			"The lining of the canal must be finished before the spring floods.":        "Dauren Kaspakov",
		}},
	})
}
