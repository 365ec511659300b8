package ingest_test

import "testing"

// TestRound47RoleRefs: a title given with a name in a sentence that opens
// with a scene ("At the talks at the <noun>, <Title> <Name> <verb>ed the
// <noun> to <Title> <Name>.") stays that name's: the words after the comma
// that closes the opening phrase are the main clause, not an aside about the
// phrase's last noun, so no name in them takes that noun as its title. "The
// <title>" later then finds the person the title was given with. Near
// misses: a true aside after an opening phrase still names its holder, and a
// description no one was introduced with stays unknown.
func TestRound47RoleRefs(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "title kept past a scene's head office", paras: []string{
			"Dockworkers settle pay claim",
			"The harbour company on Friday agreed in full to the dockworkers' claim, its third such answer in a row.",
			"At the last meeting at the head office, Operations Director Signe Vallander passed the offer to Union President Aurel Manolescu-Brant.",
			"Manolescu-Brant said the members were pleased but warned that \"the cranes are still short of drivers.\"",
			`"A rise at the gate means nothing if the night shift stays empty," the union president told reporters. "We will be back next spring with the same demand for the drivers."`,
		}, want: map[string]string{
			"A rise at the gate means nothing if the night shift stays empty":   "Aurel Manolescu-Brant",
			"We will be back next spring with the same demand for the drivers.": "Aurel Manolescu-Brant",
		}},
		// Near misses: the rule must not over-fire.
		{name: "a true aside after an opening phrase still names the holder", paras: []string{
			"Library hours cut",
			"The county will close its branch libraries one day a week from May, it said on Monday.",
			"At the hearing, the library director, Maren Oduya-Falk, said the cut was the least harmful choice.",
			`"We looked at every other saving first," the library director said.`,
		}, want: map[string]string{
			"We looked at every other saving first": "Maren Oduya-Falk",
		}},
		{name: "no one introduced with the title stays unknown", paras: []string{
			"Bus drivers vote to strike",
			"Drivers at the city's two depots voted on Thursday to strike for three days in June.",
			"At the meeting at the head office, managers handed out the new rosters.",
			`"We were never asked about any of it," the union president said.`,
		}, want: map[string]string{
			"We were never asked about any of it": "unknown",
		}},
	})
}
