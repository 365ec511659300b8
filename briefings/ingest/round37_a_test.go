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

// TestRound37aTitleInitials: copy that names a person with a title of
// capitalised words ("the <Word> <Word> <Word>, <Rank> <Given> <Surname>",
// "<Word> <Word> of the <Body>, Mr. <Given> <Surname>") then shortens the
// title to its initials: "<INITIALS> <Surname> said" and "the <INITIALS>
// said" are that person, not a body the initials might stand for.
func TestRound37aTitleInitials(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "initials before the surname, then alone",
		paras: []string{"Fire service seizes illegal gas cylinders in Tamale\n\n" +
			"Officers of the fire service seized 140 gas cylinders from an unlicensed depot in Tamale on Tuesday.\n\n" +
			"Speaking at a briefing at the Fire Service Headquarters in Tamale on Tuesday, the Fire Service Public Relations Officer, Superintendent Sainabou Kuffour-Addo, said the depot had no extinguishers.\n\n" +
			"\"The cylinders were stacked next to a cooking fire. One spark and the whole street would have gone,\" PRO Kuffour-Addo said.\n\n" +
			"Superintendent Kuffour-Addo said the owner had been warned twice.\n\n" +
			"The Managing Director of the gas distribution company, Mr. Yaw Addo-Mensah, said his firm had not supplied the depot. \"We sell only to licensed dealers, and we will help the police trace the cylinders,\" the MD said.\n\n" +
			"The depot owner is due in court next week."},
		want: map[string]string{
			"The cylinders were stacked next to a cooking fire. One spark and the whole street would have gone": "Sainabou Kuffour-Addo",
			"We sell only to licensed dealers, and we will help the police trace the cylinders":                 "Yaw Addo-Mensah",
		},
	}})
}

// TestRound37aPortfolioWithArticle: "<Title> for <Field>, <Field> and the
// <Word> <Given> <Surname>": the last field of the title's list, with its
// article, ran into the name; it is no given name, and the name opens
// after it.
func TestRound37aPortfolioWithArticle(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "field with its article before the name",
		paras: []string{"Harbour levy to rise in spring\n\n" +
			"Minister for Transport, Tourism and the Marine Ruairí Mac Giolla Phádraig told the chamber on Thursday that the harbour levy would rise in April \"to keep the ferries running through the winter\".\n\n" +
			"The Minister added that the money would go \"to the island piers first\".\n\n" +
			"The levy was last raised in 2019."},
		want: map[string]string{
			"to keep the ferries running through the winter": "Ruairí Mac Giolla Phádraig",
			"to the island piers first":                      "Ruairí Mac Giolla Phádraig",
		},
	}})
}
