package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound40ePremier: "the premier" back to the "<Nationality> Prime
// Minister <Name>" the article named, copy's short word for the head of
// government.
func TestRound40ePremier(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "premier for prime minister",
		paras: []string{"Jordan pledges new water plant for Aqaba\n\n" +
			"Jordan's government on Monday approved a desalination plant near Aqaba that officials said would supply a third of the capital's drinking water by the end of the decade.\n\n" +
			"Jordanian Prime Minister Salim Qudah Haddadin told reporters the plant would be built with a consortium of Gulf investors.\n\n" +
			"\"Water is the question of our generation,\" Haddadin said.\n\n" +
			"The premier added that the first pipeline would be laid \"before the summer heat.\"\n\n" +
			"The plant is expected to cost about $1 billion."},
		want: map[string]string{
			"Water is the question of our generation": "Salim Qudah Haddadin",
			"before the summer heat.":                 "Salim Qudah Haddadin",
		},
	}})
}

// TestRound40eBodyByItsKind: "the <head> said" a paragraph or two after
// "<Place> City <Head> spokesperson <Name>": the body her title named,
// called again by its kind word, though the article never named it
// otherwise.
func TestRound40eBodyByItsKind(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "the council after the council's spokesperson",
		paras: []string{"Lusaka clears traders from market road\n\n" +
			"LUSAKA – Officers on Thursday removed traders from the road outside Soweto market, seizing tomatoes, shoes and charcoal in an early-morning operation.\n\n" +
			"Lusaka City Council spokesperson Mwila Banda Chanda said the traders had ignored repeated notices to move.\n\n" +
			"\"We gave them two months. The road has to stay open for ambulances,\" Chanda said.\n\n" +
			"In a statement, the council said seized goods would be \"returned once the fines are paid.\"\n\n" +
			"Traders said they had nowhere else to go."},
		want: map[string]string{
			"We gave them two months. The road has to stay open for ambulances": "Mwila Banda Chanda",
			"returned once the fines are paid.":                                 "Lusaka City Council",
		},
	}})
}

// TestRound40eFieldMinistrySpokesperson: "a spokesman for the <field>
// ministry" speaks for that field's ministry of the story's country — the
// one the registry lists, or "Ministry of <Field> of <Country>" by the
// registry's convention when it lists none — not the country's ministry of
// another field that the registry lists first.
func TestRound40eFieldMinistrySpokesperson(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Egypt", Kind: "place", Role: "Country", Aliases: []string{"Cairo"}},
		{Name: "Ministry of Foreign Affairs of Egypt", Kind: "organisation", Role: "Egypt's foreign ministry"},
		{Name: "Ministry of Health and Population of Egypt", Kind: "organisation", Role: "Egypt's health ministry"},
		{Name: "Ministry of Finance of Egypt", Kind: "organisation", Role: "Egypt's finance ministry"},
	}}
	paras := func(field string) []string {
		return []string{"Egypt rations water as Nile flow drops",
			"Egypt's government on Sunday cut irrigation quotas for farmers in the Delta, the second cut this season, as the flow of the Nile fell to a record low for August.",
			"Farmers in Kafr El Sheikh said their rice fields were already drying out.",
			"A spokesman for the " + field + " ministry said reservoirs in the south were \"far below what the season needs.\"",
			"The cuts will be reviewed next month."}
	}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a field the registry lists", reg: reg, paras: paras("health"),
			want: map[string]string{"far below what the season needs.": "Ministry of Health and Population of Egypt"}},
		{name: "a field it does not list", reg: reg, paras: paras("irrigation"),
			want: map[string]string{"far below what the season needs.": "Ministry of Irrigation of Egypt"}},
	})
}

// TestRound40eOfficeOfAgency: "the office said" right after "<Agency> in
// <Place> said …": a public agency's local office, the one body the
// sentence named before, though "office" is no word of its name.
func TestRound40eOfficeOfAgency(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "the office after the service",
		paras: []string{"Power cut leaves Dededo without lights\n\n" +
			"Thousands of homes in Dededo lost power for six hours on Tuesday after a transformer failed at a substation near the highway.\n\n" +
			"Crews restored power by evening, and the cause was under investigation, residents were told.\n\n" +
			"The National Weather Service in Tiyan said storms were not to blame. \"Skies were clear over the island all afternoon,\" the office said.\n\n" +
			"Residents said food in their freezers had spoiled."},
		want: map[string]string{
			"Skies were clear over the island all afternoon": "National Weather Service",
		},
	}})
}

// TestRound40eJointStatementLeader: "<Plural group>, in a joint statement
// led by the <Body>, said": the body that led the group's statement, the
// one the copy names, speaks for it.
func TestRound40eJointStatementLeader(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "groups led by a network",
		paras: []string{"Caribbean leaders back new disaster fund\n\n" +
			"Caribbean leaders meeting in Bridgetown on Friday agreed to set up a regional disaster fund with an initial target of $500 million.\n\n" +
			"Environmental groups, in a joint statement led by the Caribbean Youth Environment Network, said the target was \"only a first step.\"\n\n" +
			"The fund is to open next year."},
		want: map[string]string{
			"only a first step.": "Caribbean Youth Environment Network",
		},
	}})
}

// TestRound40eSeatLetters: an island or provincial parliament's seat
// letters after a titled name ("<Title> <Given> <Surname> MHK", "… MPP")
// end the name as "MP" does, so "the minister" goes back to that holder,
// not to a company's director named before.
func TestRound40eSeatLetters(t *testing.T) {
	t.Parallel()
	for _, seat := range []string{"MHK", "MPP"} {
		runSpeakerCases(t, draftArticle, []speakerCase{{
			name: "minister with " + seat,
			paras: []string{"Douglas harbour levy to rise\n\n" +
				"The harbour levy in Douglas will rise by a tenth from April, the harbour board said on Monday.\n\n" +
				"Ferry Line's managing director, Colin Quayle, said in an email that the company was 'disappointed' and would pass the cost on.\n\n" +
				"Infrastructure Minister Ruth Kermode " + seat + " told the chamber on Tuesday that the rise was overdue. 'The harbour has to pay for itself,' the minister said.\n\n" +
				"The levy was last raised in 2019."},
			want: map[string]string{"The harbour has to pay for itself": "Ruth Kermode"},
		}})
	}
}
