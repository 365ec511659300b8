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
			"The FTV says the pay freeze is \"a provocation\"; the terminal's owner says talks \"remain open\"\n\n" +
			"The Federació de Treballadors de Velden (FTV) called a one-day strike at the container terminal on Monday.\n\n" +
			"FTV secretary Pau Ribera said wages had been frozen since 2022. \"Four years without a raise is four years too many,\" Ribera said.\n\n" +
			"The terminal handles 40 ships a week."},
		want: map[string]string{
			"a provocation": "Federació de Treballadors de Velden",
		},
	}, {
		name: "particle's letter kept in the acronym",
		paras: []string{"Lift staff strike at Serrat resort\n\n" +
			"The CLdO says the pay freeze is \"a provocation\"; the resort's owner says talks \"remain open\"\n\n" +
			"The Confederació Laboral d'Ordino (CLdO) called a one-day strike at the resort on Monday.\n\n" +
			"CLdO secretary Núria Casal said wages had been frozen since 2022. \"Four years without a raise is four years too many,\" Casal said.\n\n" +
			"The resort employs 300 people."},
		want: map[string]string{
			"a provocation": "Confederació Laboral d'Ordino",
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
		paras: []string{"Copra buyers wait on Manila\n\n" +
			"Mills in Java crushed less copra in the spring. Manila is weighing a pause in copra exports. \"Exports will stop for a season if our own mills run short of nuts,\" the Philippine government said on Tuesday.\n\n" +
			"Traders expect a ruling next month."},
		want: map[string]string{
			"Exports will stop for a season if our own mills run short of nuts": "Philippines",
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
		paras: []string{"NAIROBI, Kenya — MPs question closed landing sites\n\n" +
			"NAIROBI, Kenya — Members of Parliament on Tuesday asked officials of the Department of Jetties and Landings (DJL) why 12 landing sites had been shut without notice.\n\n" +
			"The DJL said in a statement that it was \"counting the boats on every beach\" and would reopen the sites in spring.\n\n" +
			"Boat owners plan to meet the county next week."},
		want: map[string]string{
			"counting the boats on every beach": "Department of Jetties and Landings of Kenya",
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
		paras: []string{"Oman charts its wadis\n\n" +
			"Oman published flood maps for 40 wadis on Monday.\n\n" +
			"The Omani Hydrology Survey said farmers had asked for the maps for years. \"A map on the wall beats a boat in the street,\" the OHS said in a statement.\n\n" +
			"Villages in the interior welcomed the maps."},
		want: map[string]string{
			"A map on the wall beats a boat in the street": "Omani Hydrology Survey",
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
		paras: []string{"Sawmills plan to grow\n\n" +
			"Baltic Timber Co. (Kuusk) managing director Anu Saar said the firm would build a second sawmill. \"Spruce has never sold better,\" Saar said.\n\n" +
			"In a notice to shareholders, Kuusk said: \"The board will name the site by June.\"\n\n" +
			"Foresters welcomed the plan."},
		want: map[string]string{
			"The board will name the site by June.": "Baltic Timber Co.",
		},
	}, {
		name: "after Ltd",
		paras: []string{"Paint orders slow\n\n" +
			"Harbour Paints Ltd (Marlo) said its orders fell by a tenth over the spring.\n\n" +
			"In a notice to shareholders, Marlo said: \"Orders should pick up once the shipyard reopens.\"\n\n" +
			"Boatyards expect a quiet summer."},
		want: map[string]string{
			"Orders should pick up once the shipyard reopens.": "Harbour Paints Ltd",
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
		{Name: "Penticton Glassworks", Kind: "organisation", Role: "Penticton artists' cooperative"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "cooperative without its town",
		reg:  reg,
		paras: []string{"Glass fair back after three years\n\n" +
			"The glass fair in Penticton returns this weekend in the old cannery, with blowers from four provinces.\n\n" +
			"A Glassworks spokesperson told reporters that 60 stalls had been booked. \"Makers sell out by noon,\" the spokesperson said.\n\n" +
			"Entry is free."},
		want: map[string]string{
			"Makers sell out by noon": "Penticton Glassworks",
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
		{Name: "Austria", Kind: "place", Role: "Country", Aliases: []string{"Vienna"}},
		{Name: "Regional Government of Tyrol", Kind: "organisation", Role: "Government of Austria's region of Tyrol", Aliases: []string{"Government of Tyrol"}},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "caption inside the opening sentence",
		reg:  reg,
		paras: []string{"issued by the Registrar of the Court\n\n" +
			"Villagers lose case over motorway noise\n\n" +
			"In today's Chamber judgment in the case of Hollaus and Others v. Austria (application no. 22222/24) the European Court of Human Rights held, by six votes to one, that there had been no violation of Article 8 of the Convention.\n\n" +
			"The case concerned night-time lorry noise from a motorway through villages in Tyrol.\n\n" +
			"The Government argued that the noise limits \"were among the strictest in the Alps\" and applied in every region.\n\n" +
			"The Court agreed."},
		want: map[string]string{
			"were among the strictest in the Alps": "Austria",
		},
	}})
}
