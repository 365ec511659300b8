package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// r20Filler is a neutral paragraph that puts the story's people after the
// headline and lede, as the articles do.
const r20Filler = "The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month."

// TestRound20NamesPoliceRankInitials: police services modelled on the
// Indian or colonial one, and British CID, name an officer once by the
// rank in full and then by its initials before the surname ("SSP X",
// "DIG Y", "DCI Z"); the initials are a title, and the surname the person
// named in full.
func TestRound20NamesPoliceRankInitials(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a senior superintendent", paras: []string{
			"Packages wash up on reef", r20Filler,
			"Senior Superintendent of Police Eroni Vatuwaqa said the bags were found by fishermen off the reef.",
			`"These bags came from far away," SSP Vatuwaqa said.`,
		}, want: map[string]string{"These bags came from far away": "Eroni Vatuwaqa"}},
		{name: "a deputy inspector-general", paras: []string{
			"Checkpoints added on highway", r20Filler,
			"Deputy Inspector-General of Police Harpreet Sandhu ordered twelve new checkpoints on the highway.",
			`"Nobody crosses the district unchecked after dark," DIG Sandhu told reporters.`,
		}, want: map[string]string{"Nobody crosses the district unchecked after dark": "Harpreet Sandhu"}},
		{name: "a detective chief inspector", paras: []string{
			"Man charged after raid", r20Filler,
			"Detective Chief Inspector Harriet Colquhoun said the man was arrested at his home in the early hours.",
			`"We are not looking for anyone else," DCI Colquhoun said.`,
		}, want: map[string]string{"We are not looking for anyone else": "Harriet Colquhoun"}},
	})
}

// TestRound20NamesNationalityBeforeName: sports and wire copy put a
// competitor's nationality straight before the name ("the experienced
// <Nationality> <Given> <Surname>"), then use the surname alone; the
// adjective says where the person is from and is no part of the name. A
// body named after a nationality stays whole.
func TestRound20NamesNationalityBeforeName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a beaten finalist", paras: []string{
			"Home fighter takes gold", r20Filler,
			"In the final, Tomas Brevik beat the veteran Peruvian Julio Cardenal Ostos on points.",
			`Ostos had no complaints. "He was sharper on the day," he said.`,
		}, want: map[string]string{"He was sharper on the day": "Julio Cardenal Ostos"}},
		{name: "an adjective of the irregular kind", paras: []string{
			"Late goal settles the derby", r20Filler,
			"The winner came from the young Uzbek Farrukh Tashmatov in the 88th minute.",
			`"I saw the keeper move and just hit it," Tashmatov said.`,
		}, want: map[string]string{"I saw the keeper move and just hit it": "Farrukh Tashmatov"}},
		{name: "a national society keeps its adjective", paras: []string{
			"Shelters opened after storm", r20Filler,
			`The Norwegian Red Cross said volunteers had "opened every hall we have" on the islands.`,
		}, want: map[string]string{"opened every hall we have": "Norwegian Red Cross"}},
	})
}

// TestRound20NamesBodiesPortugueseParticle: a Brazilian state's or town's
// name holds a lower-case "do" ("<Place> do <Point>"), and a state body
// named after it ("the <Place> do <Point> Fire Department") is that whole
// name, not the words after the particle; a person's "<Given> do
// <Surname>" keeps it too.
func TestRound20NamesBodiesPortugueseParticle(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a state's civil defence", paras: []string{
			"Dunes swallow coastal road", r20Filler,
			`In a note, the Rio Grande do Norte Civil Defence said it had "every crew" on the ground.`,
		}, want: map[string]string{"every crew": "Rio Grande do Norte Civil Defence"}},
		{name: "a fisherman named with the particle", paras: []string{
			"Catch falls for third year", r20Filler,
			`Joaquim do Rosário Tavares, who has fished the bay for forty years, said the nets "come back empty by noon".`,
		}, want: map[string]string{"come back empty by noon": "Joaquim do Rosário Tavares"}},
	})
}

// TestRound20NamesBodiesCourtLetterhead: a court's own release heads its
// page with the court's name on a line of its own, over the label and the
// headline; "the Court" then is that court, though the release names the
// lower court the case came from first.
func TestRound20NamesBodiesCourtLetterhead(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Supreme Court of Vanuatu", Kind: "organisation", Role: "Vanuatu's highest court"},
		{Name: "Magistrates Court of Luganville", Kind: "organisation", Role: "A first-instance court"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the court's name over its release", reg: reg, paras: []string{
			"SUPREME COURT OF VANUATU",
			"MEDIA RELEASE No. 12",
			"The Court orders the reopening of the island's only clinic",
			"The Magistrates Court of Luganville had dismissed the villagers' claim in March, holding that the closure was a matter for the ministry.",
			`Allowing the appeal, the Court found that the closure "left four thousand people a day's sail from a nurse".`,
		}, want: map[string]string{"left four thousand people a day's sail from a nurse": "Supreme Court of Vanuatu"}},
	})
}

// TestRound20NamesBodiesCourtBench: a court sits as chambers, benches,
// panels, divisions or senates, and copy reports their judgment as the
// court's: the court the bench's name gives ("the <Kind> Chamber of the
// <Court>"), or, in the court's own release, the court for a bench named
// alone ("the <Ordinal> <Kind> Chamber", then "the Chamber"). A body's
// chamber of no court ("<Body> Chamber of Commerce") is no court.
func TestRound20NamesBodiesCourtBench(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Constitutional Tribunal of Moldova", Kind: "organisation", Role: "Moldova's constitutional court"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a chamber of the court named", paras: []string{
			"Election recount ordered",
			r20Filler,
			`The Appeals Chamber of the High Court of Ruvuma said the delay in counting "cannot be excused by a shortage of clerks".`,
		}, want: map[string]string{"cannot be excused by a shortage of clerks": "High Court of Ruvuma"}},
		{name: "a chamber of commerce is no court's", paras: []string{
			"Port fees to rise",
			r20Filler,
			`The Ruvuma Chamber of Commerce said the new fees would "push small traders back onto the road".`,
		}, want: map[string]string{"push small traders back onto the road": "Ruvuma Chamber of Commerce"}},
		{name: "a bench alone in the court's release", reg: reg, paras: []string{
			"CONSTITUTIONAL TRIBUNAL OF MOLDOVA",
			"PRESS RELEASE",
			"Pension cut for teachers annulled",
			"The Second Plenary Bench heard the complaint of four teachers' unions in May.",
			`The Bench held that the cut "takes from those who earned it what the budget failed to plan".`,
		}, want: map[string]string{"takes from those who earned it what the budget failed to plan": "Constitutional Tribunal of Moldova"}},
	})
}

// TestRound20NamesBodiesIndefiniteTrader: after "a" or "one", capitals
// before a trade's noun in lower case say where a firm or a trader is, or
// whose ("one <City> exporter", "a <Group> company"): an unnamed source,
// not a body named "<City> exporter".
func TestRound20NamesBodiesIndefiniteTrader(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "one exporter in a port town", paras: []string{
			"Clove prices climb", r20Filler,
			"Prices rose for a third week at the Zanzibar sale, dealers said.",
			`"The sale is good for growers, but it hurts anyone on a fixed contract," one Mombasa exporter said.`,
		}, want: map[string]string{"The sale is good for growers, but it hurts anyone on a fixed contract": "unknown"}},
		{name: "a trader of a named group", paras: []string{
			"Copper slides", r20Filler,
			`"Nobody wants to hold metal into the holidays," a Vellmar trader said.`,
		}, want: map[string]string{"Nobody wants to hold metal into the holidays": "unknown"}},
	})
}

// TestRound20NamesBodiesTradeInPlural: a firm named for its trade in the
// plural ("<Name> & <Name> Spice Brokers", "<Name> & Sons Exporters") is a
// company, and "the brokerage", "the exporter" after it mean it.
func TestRound20NamesBodiesTradeInPlural(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the brokerage's weekly report", paras: []string{
			"Spice prices climb", r20Filler,
			"Prices rose again at the weekly sale, Halvorsen & Drake Spice Brokers said.",
			`"Demand was firm for every grade of clove," the brokerage said in its weekly report.`,
		}, want: map[string]string{"Demand was firm for every grade of clove": "Halvorsen & Drake Spice Brokers"}},
		{name: "the firm of exporters", paras: []string{
			"Cashew season opens late", r20Filler,
			"The first lots had left Lindi on Friday, Mwakasege & Daughters Cashew Exporters said.",
			`"Buyers in Vietnam are waiting for the second grade," the exporter said.`,
		}, want: map[string]string{"Buyers in Vietnam are waiting for the second grade": "Mwakasege & Daughters Cashew Exporters"}},
	})
}

// TestRound20NamesLocalHeadTitles: translated copy keeps a local head of
// government's title in the country's own word ("Akim of <Place> district
// <Given> <Surname>", "Hokim of <Place> region …"); the word is a title,
// and the name after the place is who speaks.
func TestRound20NamesLocalHeadTitles(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a district's akim on a messaging app", paras: []string{
			"Floods hit district", r20Filler,
			`Akim of Baidibek district Nurlan Sarsenbayev wrote on Telegram: "All families have food and shelter tonight."`,
		}, want: map[string]string{"All families have food and shelter tonight.": "Nurlan Sarsenbayev"}},
		{name: "a region's hokim after the quote", paras: []string{
			"Cotton harvest begins", r20Filler,
			`"Every farm has its machines this year," Hokim of Andijan region Sherzod Qodirov told reporters.`,
		}, want: map[string]string{"Every farm has its machines this year": "Sherzod Qodirov"}},
		{name: "a town's intendente named after the title", paras: []string{
			"Water cuts extended", r20Filler,
			`Intendente of Salto department Mirta Olivera Baez said the cuts "will last until the river rises".`,
		}, want: map[string]string{"will last until the river rises": "Mirta Olivera Baez"}},
	})
}

// TestRound20NamesGafferIsTheManager: British football copy calls a
// manager "the <Club> gaffer" as it calls him "the <Club> boss"; the title
// means the side's manager named before, by his club's nickname or name.
func TestRound20NamesGafferIsTheManager(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the gaffer by the club's nickname", paras: []string{
			"Late penalty costs visitors", r20Filler,
			`Dunfermline boss Gavin Strachan-Kerr was furious. He told reporters: "It was never a penalty."`,
			`The Pars gaffer added that his side had been "the better team for an hour" and deserved a point.`,
		}, want: map[string]string{"the better team for an hour": "Gavin Strachan-Kerr"}},
	})
}

// TestRound20NamesBodiesOrganOfUnion: unions, parties and international
// bodies speak through organs named for their office — a secretariat, a
// presidium, a bureau — as they do through a committee or a board: "the
// Executive Secretariat of the <Union>" and "the Political Bureau of the <Party>"
// speak for the body the registry lists.
func TestRound20NamesBodiesOrganOfUnion(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Confederation of Free Dock Workers", Kind: "organisation", Role: "A dockers' union confederation", Aliases: []string{"CFDW"}},
		{Name: "Green Farmers League", Kind: "organisation", Role: "An agrarian party"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a union's executive secretariat", reg: reg, paras: []string{
			"Dockers stop work for a day", r20Filler,
			`The Executive Secretariat of the CFDW said in its closing statement: "The ports stay shut until the offer changes."`,
		}, want: map[string]string{"The ports stay shut until the offer changes.": "Confederation of Free Dock Workers"}},
		{name: "a party's political bureau", reg: reg, paras: []string{
			"Coalition talks resume", r20Filler,
			`The Political Bureau of the Green Farmers League said it would "not sign away the subsidy for a ministry".`,
		}, want: map[string]string{"not sign away the subsidy for a ministry": "Green Farmers League"}},
	})
}
