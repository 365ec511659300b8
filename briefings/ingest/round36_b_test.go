package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound36bParticleAcronym: a body named by its acronym before the copy
// spells it out, where the full name joins its capitals with a Romance
// particle ("<First> de <Second> de <Third> (<FST>)") or keeps the
// particle's letter in lower case ("<First> <Second> d'<Third>
// (<FS>d<T>)"): the acronym is the body by its full name.
func TestRound36bParticleAcronym(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "particle between capitals",
		paras: []string{"Dock workers walk out at Port Velden\n\n" +
			"The FTV union says the offer is \"an insult\"; the port authority calls the strike \"premature\"\n\n" +
			"The Federació de Treballadors de Velden (FTV) called a one-day strike at the container terminal on Monday.\n\n" +
			"FTV secretary Pau Ribera said wages had not risen in four years. \"We have waited long enough,\" Ribera said.\n\n" +
			"The terminal handles 40 ships a week."},
		want: map[string]string{
			"an insult": "Federació de Treballadors de Velden",
		},
	}, {
		name: "particle's letter kept in the acronym",
		paras: []string{"Lift staff strike at Serrat resort\n\n" +
			"The CLdO union says the offer is \"an insult\"; the resort calls the strike \"premature\"\n\n" +
			"The Confederació Laboral d'Ordino (CLdO) called a one-day strike at the resort on Monday.\n\n" +
			"CLdO secretary Pau Ribera said wages had not risen in four years. \"We have waited long enough,\" Ribera said.\n\n" +
			"The resort employs 300 people."},
		want: map[string]string{
			"an insult": "Confederació Laboral d'Ordino",
		},
	}})
}

// TestRound36bPhilippineGovernment: "the Philippine government said" —
// the adjective that drops the country's "s" is a nationality like any
// other, so "the <Nationality> government" is the country itself when
// the registry lists no government body for it.
func TestRound36bPhilippineGovernment(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Philippines", Kind: "place", Role: "Country", Aliases: []string{"Manila"}},
		{Name: "Indonesia", Kind: "place", Role: "Country", Aliases: []string{"Jakarta"}},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "adjective government after its capital",
		reg:  reg,
		paras: []string{"Sugar exporters eye new buyers\n\n" +
			"Surabaya refiners shipped less sugar in the third quarter. Manila has hinted it could lift its sugar import quota. \"The quota will rise when the cane harvest falls short,\" the Philippine government said last week.\n\n" +
			"Refiners expect a decision by December."},
		want: map[string]string{
			"The quota will rise when the cane harvest falls short": "Philippines",
		},
	}})
}

// TestRound36bAcronymOfHomeStateBody: "the <Department> of <Field>
// (<DF>)", then "the <DF> said" in a national paper: the acronym is the
// home state's body, which the registry's convention names "<Department>
// of <Field> of <Country>", as it would the full name speaking.
func TestRound36bAcronymOfHomeStateBody(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Kenya", Kind: "place", Role: "Country", Aliases: []string{"Nairobi"}},
		{Name: "Ministry of Health of Kenya", Kind: "organisation", Role: "Kenya's health ministry"},
		{Name: "Department of Trade of Kenya", Kind: "organisation", Role: "Kenya's trade department"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "department by its acronym",
		reg:  reg,
		paras: []string{"NAIROBI, Kenya — MPs question unfinished culverts\n\n" +
			"NAIROBI, Kenya — Members of Parliament on Tuesday asked officials of the Department of Roads and Culverts (DRC) why 20 culverts paid for in 2024 had not been built.\n\n" +
			"The DRC said in a statement that it was \"auditing every contract\" and would report in a month.\n\n" +
			"Contractors did not respond."},
		want: map[string]string{
			"auditing every contract": "Department of Roads and Culverts of Kenya",
		},
	}})
}

// TestRound36bCompetitionRegulator: "The Competition <Field> and <Field>
// Protection Committee said" in a national paper: the competition
// regulator is a state body by its function, named with its country by
// the registry's convention, as "National <Field> Agency" is.
func TestRound36bCompetitionRegulator(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Kazakhstan", Kind: "place", Role: "Country", Aliases: []string{"Astana"}},
		{Name: "Ministry of Energy of Kazakhstan", Kind: "organisation", Role: "Kazakhstan's energy ministry"},
		{Name: "Ministry of Finance of Kazakhstan", Kind: "organisation", Role: "Kazakhstan's finance ministry"},
		{Name: "Ministry of Health of Kazakhstan", Kind: "organisation", Role: "Kazakhstan's health ministry"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "committee by function",
		reg:  reg,
		paras: []string{"Astana, Kazakhstan -- Bread prices in Karaganda up 15 per cent\n\n" +
			"Astana, Kazakhstan -- Bakeries in Karaganda raised the price of a loaf by 15 per cent this week.\n\n" +
			"The Competition Development and Consumer Rights Committee said it would study the bakeries' costs. \"We will check whether the increase has any basis in the price of flour,\" it said.\n\n" +
			"Bakers blamed the cost of gas."},
		want: map[string]string{
			"We will check whether the increase has any basis in the price of flour": "Competition Development and Consumer Rights Committee of Kazakhstan",
		},
	}})
}

// TestRound36bNationalNameByAcronym: "The <Nationality> <Field> <Head>
// said", then "the <NFH> said": the rules may read the three capitals as
// a person's name, but no person's name opens with a nationality, so the
// acronym is still the body by its full name.
func TestRound36bNationalNameByAcronym(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "survey by its initials",
		paras: []string{"Oman awards new licences\n\n" +
			"Oman awarded eight exploration licences on Monday.\n\n" +
			"The Omani Mineral Survey said its data portal had 2,000 users. \"Open data brings in explorers,\" the OMS said in a statement.\n\n" +
			"Miners welcomed the awards."},
		want: map[string]string{
			"Open data brings in explorers": "Omani Mineral Survey",
		},
	}})
}

// TestRound36bBracketedTradeName: "<Name> <Field> Co. (<Short>)" or
// "<Name> <Field> Ltd (<Short>)": the one capitalised word in brackets
// after a firm's legal suffix is the trade name the copy then calls the
// firm by, though it is no acronym and not the name's first word.
func TestRound36bBracketedTradeName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "after Co. with its stop",
		paras: []string{"Oman awards new licences\n\n" +
			"Oman Copper Co. (Nuhaas) chief executive Tom Vale said the company was studying two new projects. \"Copper is our future,\" Vale said.\n\n" +
			"In a filing on the exchange, Nuhaas said: \"The company will disclose material news promptly.\"\n\n" +
			"Miners welcomed the awards."},
		want: map[string]string{
			"The company will disclose material news promptly.": "Oman Copper Co.",
		},
	}, {
		name: "after Ltd",
		paras: []string{"Cement sales slow\n\n" +
			"Muscat Cement Ltd (Jabal) said sales fell in the third quarter.\n\n" +
			"In a filing on the exchange, Jabal said: \"Demand should recover once the port works begin.\"\n\n" +
			"Builders expect a slow winter."},
		want: map[string]string{
			"Demand should recover once the port works begin.": "Muscat Cement Ltd",
		},
	}})
}

// TestRound36bPlaceDroppedFromBody: "a <Name> spokesperson" where the
// registry lists "<Place> <Name>" (its role naming the place) and the
// article names the place: local copy drops the place its readers live
// in, and the body is the registry's.
func TestRound36bPlaceDroppedFromBody(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Kelowna Regatta", Kind: "organisation", Role: "Kelowna summer boat festival"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "festival without its town",
		reg:  reg,
		paras: []string{"Rower chases the one title her family never won\n\n" +
			"Maya Lind has rowed on Okanagan Lake since she was six. Her mother won almost everything in Kelowna except the Regatta sculls.\n\n" +
			"A Regatta spokesperson said this year's prize money would be a record $90,000. \"The rowers are why people come,\" the spokesperson said.\n\n" +
			"The final is on Sunday."},
		want: map[string]string{
			"The rowers are why people come": "Kelowna Regatta",
		},
	}})
}

// TestRound36bCourtReleaseGovernment: a court's release opening "In
// today's judgment in the case of <Applicant> and Others v. <State>
// (application no. …)" then "The Government argued that …": the
// caption inside the sentence names the case's sides, and "the
// Government" is the answering state, not a regional government the
// registry lists for the place the case concerns.
func TestRound36bCourtReleaseGovernment(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Malta", Kind: "place", Role: "Country", Aliases: []string{"Valletta"}},
		{Name: "Regional Executive of Gozo", Kind: "organisation", Role: "Government of Malta's island region of Gozo", Aliases: []string{"Government of Gozo"}},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "caption inside the opening sentence",
		reg:  reg,
		paras: []string{"issued by the Registrar of the Court\n\n" +
			"Boat owners lose case over mooring fees\n\n" +
			"In today's Chamber judgment in the case of Għaqda Sajjieda ta' Marsalforn and Others v. Malta (application no. 11111/23) the European Court of Human Rights held, unanimously, that there had been no violation of Article 1 of Protocol No. 1.\n\n" +
			"The case concerned mooring fees charged to owners of small boats in Gozo.\n\n" +
			"The Government argued that the fees \"paid for the upkeep of the breakwater\" and were the same for every harbour.\n\n" +
			"The Court agreed."},
		want: map[string]string{
			"paid for the upkeep of the breakwater": "Malta",
		},
	}})
}
