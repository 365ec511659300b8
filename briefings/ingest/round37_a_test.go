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
		paras: []string{"Market traders move out before roof repair\n\n" +
			"Traders at the central market in Wenchi began moving their stalls on Monday ahead of six weeks of work on the roof.\n\n" +
			"Standing at the market gate with a loudhailer, the Municipal Public Relations Officer, Inspector Efua Darko-Lamptey, read out the new stall numbers.\n\n" +
			"\"Nobody loses a stall. Every trader has a numbered place in the car park until the roof is done,\" PRO Darko-Lamptey said.\n\n" +
			"Inspector Darko-Lamptey said the car park would be guarded at night.\n\n" +
			"The Managing Director of the Wenchi Market Company, Mr. Kojo Asante-Bekoe, called the move overdue. \"We lost cloth and grain to the leaks all last season, so six weeks on tarmac is a fair price,\" the MD said.\n\n" +
			"The roofers start on Thursday."},
		want: map[string]string{
			"Nobody loses a stall. Every trader has a numbered place in the car park until the roof is done": "Efua Darko-Lamptey",
			"We lost cloth and grain to the leaks all last season, so six weeks on tarmac is a fair price":   "Kojo Asante-Bekoe",
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
		paras: []string{"Grant for island piers opens in May\n\n" +
			"Minister for Fisheries, Ports and the Marine Niamh Ní Bhriain said on Wednesday that a grant to repair island piers would open in May, \"a start on fifty years of neglect\".\n\n" +
			"Asked which islands would come first, the Minister said the grant was \"for every island that still has a school\".\n\n" +
			"Applications close in September."},
		want: map[string]string{
			"a start on fifty years of neglect":        "Niamh Ní Bhriain",
			"for every island that still has a school": "Niamh Ní Bhriain",
		},
	}})
}
