package ingest_test

import "testing"

// TestRound35aNewsletterInSpeech: a short paragraph that names a speaker
// in full ("<Relation>, <Given> <Hyphen-Surname>, said <she> kept every
// <kind> newsletter …") is the story's, not a sign-up line, so the
// surname alone the later quotes carry reads back to the full name.
func TestRound35aNewsletterInSpeech(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "relative named beside a newsletter",
		paras: []string{"Retired nurse remembered in Kingsford\n\n" +
			"Dorothy Pemberton, who nursed in Kingsford for forty years, died on Sunday aged 91.\n\n" +
			"Her son, Aldous Pemberton-Vane, said his mother read every parish newsletter from cover to cover.\n\n" +
			"\"She could name every child on the estate and their first tooth,\" Pemberton-Vane said. \"Nobody left her ward without a joke.\"\n\n" +
			"A service will be held on Friday."},
		want: map[string]string{
			"She could name every child on the estate and their first tooth": "Aldous Pemberton-Vane",
			"Nobody left her ward without a joke.":                           "Aldous Pemberton-Vane",
		},
	}})
}

// TestRound35aSpacedInitials: "said <I> <I> <Given> <Surname>, <role>"
// then "<Surname> said": initials spaced, with or without their stops,
// are the person's own and stay in the full name the surname reads back
// to; they are no body's run before a given name.
func TestRound35aSpacedInitials(t *testing.T) {
	t.Parallel()
	for _, ini := range []string{"P V", "P. V."} {
		runSpeakerCases(t, draftArticle, []speakerCase{{
			name: "initials " + ini,
			paras: []string{"Tea exporters warn on new rules\n\n" +
				"Tea exporters in Kochi said on Monday the new labelling rules would slow shipments.\n\n" +
				"“The rules are sensible, but the deadline is not,” said " + ini + " Arjun Nair, chairman of a tea trading house in Kochi, at a growers' meeting.\n\n" +
				"Nair said shipments could fall by a tenth. “We will not ship unlabelled tea,” he added.\n\n" +
				"The rules take effect in March."},
			want: map[string]string{
				"The rules are sensible, but the deadline is not": ini + " Arjun Nair",
				"We will not ship unlabelled tea":                 ini + " Arjun Nair",
			},
		}})
	}
}

// TestRound35aOccupationOpensName: "<Occupation> <Given> <Surname>, who
// …, said" opening a sentence, the occupation a doer's noun by its ending
// that no list holds and the given name one no list knows: the
// occupation is what the person is, and no word of the name "<she>" and
// later quotes go back to.
func TestRound35aOccupationOpensName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "-ier",
		paras: []string{"Pass closure empties mountain inns\n\n" +
			"Snow has kept the road over the Glenvarrow pass shut for a third week.\n\n" +
			"Hotelier Ottilie Branscombe, who keeps an inn below the pass at Glenvarrow, said the snow had emptied her rooms. \"The skiers ring to say sorry. The fires burn for nobody,\" she said.\n\n" +
			"The roads agency said ploughs would reach the summit on Monday."},
		want: map[string]string{
			"The skiers ring to say sorry. The fires burn for nobody": "Ottilie Branscombe",
		},
	}, {
		name: "-or",
		paras: []string{"Jazz club closes after forty years\n\n" +
			"The Blue Anchor jazz club in Portside will close at the end of the month.\n\n" +
			"Sculptor Tremaine Okonkwo-Reid, who carved its sign three decades ago, said the news was a blow. \"That stage taught me everything,\" he said.\n\n" +
			"The owners plan to sell the building."},
		want: map[string]string{
			"That stage taught me everything": "Tremaine Okonkwo-Reid",
		},
	}})
}

// TestRound35aAttendanceHeader: a transcript whose header lists the people
// present ("Present: <Hon> <Given> <Surname>, <Role>; <Hon> <Given>
// <Surname>, <Role>") over the body, which calls them "<Hon> <Surname>"
// and "<Surname>": the list, which the reader takes for the headline,
// names them in full, the given name after an honorific even where no
// list knows it.
func TestRound35aAttendanceHeader(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "present line under a letterhead",
		paras: []string{"NORTHPORT HARBOUR TRUST\n\n" +
			"TRANSCRIPT OF THE PRESS BRIEFING ON THE CHANNEL DREDGING PLAN\nNorthport, Monday 3 March 2025\n\n" +
			"Present: Dr Ovrind Teskeli, Chairman; Ms Brisca Vallemont, Harbour Engineer\n\n" +
			"CHAIRMAN: Good morning. The trust has decided to dredge the main channel this summer.\n\n" +
			"Asked afterwards about the cost, Dr Teskeli told reporters: \"It will cost less than the last dredging did.\"\n\n" +
			"Teskeli said the channel silted up every winter. \"We cannot leave it another year,\" he said.\n\n" +
			"The next meeting of the trust is in May."},
		want: map[string]string{
			"It will cost less than the last dredging did.": "Ovrind Teskeli",
			"We cannot leave it another year":               "Ovrind Teskeli",
		},
	}})
}

// TestRound35aSelector: "the selector" is the one person the article
// titled as the chair or a member of a selection committee or panel
// ("Chair of the <Sport> Selection Committee <Given> <Surname> said"),
// not another titled person quoted since.
func TestRound35aSelector(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "chair of a selection committee",
		paras: []string{"Two newcomers in rowing eight for Lakeside regatta\n\n" +
			"Two newcomers were named on Tuesday in the eight that will race at the Lakeside regatta next month.\n\n" +
			"Chair of the National Rowing Selection Committee Brannoc Ferris said: \"Both have earned their seats over a long winter.\"\n\n" +
			"Head coach Dalia Renwick said: \"The crew is young and hungry.\"\n\n" +
			"Asked why the veteran stroke Ciaran Voss had been dropped, the selector said: \"Ciaran must post faster times on the ergometer to come back.\"\n\n" +
			"The crew meets for its first camp on Saturday."},
		want: map[string]string{
			"Ciaran must post faster times on the ergometer to come back.": "Brannoc Ferris",
		},
	}})
}

// TestRound35aBodyThroughPerson: "<Body>, through <Title> <Given>
// <Surname>, said …" — the body speaks through the person the aside
// names, and the words are that person's.
func TestRound35aBodyThroughPerson(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "authority through its information officer",
		paras: []string{"Port expansion delayed again\n\n" +
			"The expansion of the northern container port has been delayed for a third time.\n\n" +
			"The Kensworth Port Authority, through Chief Information Officer Alina Ruskova, said the board felt \"badly let down\" by the dredging firms.\n\n" +
			"Work is now due to start in the autumn."},
		want: map[string]string{
			"badly let down": "Alina Ruskova",
		},
	}, {
		name: "ministry through its spokesperson",
		paras: []string{"Port expansion delayed again\n\n" +
			"The expansion of the northern container port has been delayed for a third time.\n\n" +
			"The Ministry of Ports, through spokesperson Alina Ruskova, said the contractors were \"entirely to blame\" for the delay.\n\n" +
			"Work is now due to start in the autumn."},
		want: map[string]string{
			"entirely to blame": "Alina Ruskova",
		},
	}})
}
