package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound26OwnedStateBody: a state body named through its country's
// possessive or adjective ("<Country>'s Ministry of <Field>", "the
// <Nationality> Ministry of <Field>", "<Country>'s National <Head>") is
// "<Body> of <Country>" for that country, not the article's home country,
// when the registry names every state body it lists with its state; a
// registry that names a ministry bare keeps the name as it was, and a
// city's or a body's possessive is no country's.
func TestRound26OwnedStateBody(t *testing.T) {
	t.Parallel()
	reg := countriedRegistry()
	bare := &briefings.Registry{Speakers: append(append([]*briefings.Speaker{}, reg.Speakers...),
		&briefings.Speaker{Name: "Ministry of Culture", Kind: "organisation", Role: "Sudmark's culture ministry"})}
	republic := &briefings.Registry{Speakers: append(append([]*briefings.Speaker{}, reg.Speakers...),
		&briefings.Speaker{Name: "Presidency of the Republic of Sudmark", Kind: "organisation", Role: "Sudmark's head of state's office"})}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a listed country's ministry by its possessive", reg: reg, paras: []string{
			"Ferry fares to rise in spring",
			"VESTBY, March 3 — Ferry fares on the northern routes will rise by a tenth from April, officials said on Monday.",
			"Sudmark's Ministry of Ports and Shipping said the rise would be “passed on to every passenger”.",
		}, want: map[string]string{"passed on to every passenger": "Ministry of Ports and Shipping of Sudmark"}},
		{name: "an unlisted country's national police by its possessive", reg: reg, paras: []string{
			"Cargo seized at the harbour",
			"VESTBY, March 3 — Customs officers seized a container of forged medicines on Monday.",
			"Peru's National Police said the container had been “sealed before it sailed” and named no suspects.",
		}, want: map[string]string{"sealed before it sailed": "National Police of Peru"}},
		{name: "a ministry by its country's adjective", reg: reg, paras: []string{
			"Mine deal signed",
			"VESTBY, March 3 — A mining company signed a supply deal on Monday.",
			"The Peruvian Ministry of Energy and Mines said the deal was “good news for the southern valleys”.",
		}, want: map[string]string{"good news for the southern valleys": "Ministry of Energy and Mines of Peru"}},
		{name: "a state's one organ by its country's possessive", reg: reg, paras: []string{
			"Flood relief promised",
			"VESTBY, March 3 — Rivers burst their banks in the border districts overnight.",
			"Sudmark's Presidency said its army would “reach every village cut off by the water”.",
		}, want: map[string]string{"reach every village cut off by the water": "Presidency of Sudmark"}},
		{name: "a state's one organ the registry lists by a longer name", reg: republic, paras: []string{
			"Flood relief promised",
			"VESTBY, March 3 — Rivers burst their banks in the border districts overnight.",
			"Sudmark's Presidency said its army would “reach every village cut off by the water”.",
		}, want: map[string]string{"reach every village cut off by the water": "Presidency of the Republic of Sudmark"}},
		{name: "a registry that names a ministry bare", reg: bare, paras: []string{
			"Ferry fares to rise in spring",
			"VESTBY, March 3 — Ferry fares on the northern routes will rise by a tenth from April, officials said on Monday.",
			"Peru's National Police said the container had been “sealed before it sailed” and named no suspects.",
		}, want: map[string]string{"sealed before it sailed": "Peru's National Police"}},
	})
}

// TestRound26HomeStateBodyForms: a regulator named bare ("the <Field>
// Regulatory Authority") is a state's body like a national agency, and
// is "<Body> of <Country>" for the home country under the convention;
// an article that never names its own country has the home country of
// the state bodies the registry lists and the article names, bare or not.
func TestRound26HomeStateBodyForms(t *testing.T) {
	t.Parallel()
	reg := countriedRegistry()
	withAgency := &briefings.Registry{Speakers: append(append([]*briefings.Speaker{}, reg.Speakers...),
		&briefings.Speaker{Name: "National Forestry Agency of Norland", Kind: "organisation", Role: "Norland's forestry agency"})}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a regulator named bare", reg: reg, paras: []string{
			"Power tariffs to stay put",
			"VESTBY, March 3 — Household power tariffs will not change this winter, officials said on Monday.",
			"The Water and Power Regulatory Authority said the new interconnector would not raise bills “before the next review”.",
		}, want: map[string]string{"before the next review": "Water and Power Regulatory Authority of Norland"}},
		{name: "no country named, a listed state body named bare", reg: withAgency, paras: []string{
			"Villagers block sawmill road",
			"Dozens of villagers on Saturday blocked the road to a sawmill on the edge of the reserve, saying its lorries had cut their fields in two.",
			"The National Forestry Agency is reviewing the sawmill's permit.",
			"The Ministry of Lands and Forests said it was “following the matter closely” and would meet the villagers.",
		}, want: map[string]string{"following the matter closely": "Ministry of Lands and Forests of Norland"}},
		{name: "no country named, and no listed body of one", reg: reg, paras: []string{
			"Villagers block sawmill road",
			"Dozens of villagers on Saturday blocked the road to a sawmill on the edge of the reserve, saying its lorries had cut their fields in two.",
			"The Forestry Board is reviewing the sawmill's permit.",
			"The Ministry of Lands and Forests said it was “following the matter closely” and would meet the villagers.",
		}, want: map[string]string{"following the matter closely": "Ministry of Lands and Forests"}},
	})
}

// TestRound26DocumentOfBody: "<Body>'s <field> <document>" (a strategy, a
// report) speaks as the body that issued it, named as the body alone
// would be: a state body under the convention with its home country.
func TestRound26DocumentOfBody(t *testing.T) {
	t.Parallel()
	reg := countriedRegistry()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a ministry's strategy", reg: reg, paras: []string{
			"Electric buses for the capital",
			"VESTBY, March 3 — The city will buy forty electric buses this year, officials said on Monday.",
			"The Ministry of Transport's clean-air strategy calls electric buses “the quickest win for our streets”.",
		}, want: map[string]string{"the quickest win for our streets": "Ministry of Transport of Norland"}},
		{name: "a listed body's annual report", reg: reg, paras: []string{
			"Pilots warn of fatigue",
			"VESTBY, March 3 — Harbour pilots worked longer shifts last year than in any year before.",
			"The Norland Harbour Pilots' Guild's annual report calls the shifts “a risk to every ship in the fjord”.",
		}, want: map[string]string{"a risk to every ship in the fjord": "Norland Harbour Pilots' Guild"}},
	})
}

// TestRound26SoleStateOrgan: a state's one presidency named by its head
// alone ("the Presidency said") is "Presidency of <Country>" for the home
// country under the convention, the home read, when the article names no
// country, from a listed body named with its country's two-word
// adjective; a registry that lists a presidency keeps its own.
func TestRound26SoleStateOrgan(t *testing.T) {
	t.Parallel()
	reg := countriedRegistry()
	south := &briefings.Registry{Speakers: append(append([]*briefings.Speaker{}, reg.Speakers...),
		&briefings.Speaker{Name: "South Sudan", Kind: "place", Role: "Country"},
		&briefings.Speaker{Name: "South Sudanese Revenue Authority", Kind: "organisation", Role: "Tax collector"})}
	listed := &briefings.Registry{Speakers: append(append([]*briefings.Speaker{}, reg.Speakers...),
		&briefings.Speaker{Name: "Presidency of Sudmark", Kind: "organisation", Role: "Sudmark's head of state's office"})}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the dateline's country", reg: reg, paras: []string{
			"Flood relief promised",
			"VESTBY, March 3 — Rivers burst their banks in three northern districts overnight.",
			"The Presidency said the army would “reach every village cut off by the water”.",
		}, want: map[string]string{"reach every village cut off by the water": "Presidency of Norland"}},
		{name: "the country of a listed body's two-word adjective", reg: south, paras: []string{
			"Flood relief promised",
			"Rivers burst their banks in three northern districts overnight. The South Sudanese Revenue Authority has closed two border posts.",
			"The Presidency said the army would “reach every village cut off by the water”.",
		}, want: map[string]string{"reach every village cut off by the water": "Presidency of South Sudan"}},
		{name: "a registry that lists a presidency", reg: listed, paras: []string{
			"Flood relief promised",
			"Sudmark's rivers burst their banks in three northern districts overnight.",
			"The Presidency said the army would “reach every village cut off by the water”.",
		}, want: map[string]string{"reach every village cut off by the water": "Presidency of Sudmark"}},
	})
}

// TestRound26FirmShortName: a company named once in full with a legal
// form ("<Name> <Field> Co.") and then by its first word ("a <Name>
// official said") is the company as named in full; two firms opening
// with the word leave the short name as it is.
func TestRound26FirmShortName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "one firm named in full", paras: []string{
			"Glassmaker to build plant abroad",
			"Varlo Glass Co., a maker of solar panel glass, will build a plant on the coast, the company said on Monday.",
			`A Varlo official said, "The old furnace stays where it is. The new one will serve the export orders."`,
		}, want: map[string]string{"The old furnace stays where it is. The new one will serve the export orders.": "Varlo Glass Co."}},
		{name: "negative: two firms open with the word", paras: []string{
			"Glassmakers to build plants abroad",
			"Varlo Glass Co. and its sister company Varlo Chemical Ltd will each build a plant on the coast, the group said on Monday.",
			`A Varlo official said, "The old furnace stays where it is. The new one will serve the export orders."`,
		}, want: map[string]string{"The old furnace stays where it is. The new one will serve the export orders.": "Varlo"}},
	})
}

// TestRound26TitleCountryOverAdjective: an opening whose first country is
// a nationality adjective qualifying a thing ("an outbreak of
// <Nationality> <pests>") does not make the home country when the title
// names another country by its name; the title's is the home country a
// bare state body takes.
func TestRound26TitleCountryOverAdjective(t *testing.T) {
	t.Parallel()
	reg := countriedRegistry()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the title's country", reg: reg, paras: []string{
			"Beetles strip orchards across northern Norland",
			"Swarms of Peruvian beetles are stripping apple trees in the north, the Ministry of Crops and Orchards said on Sunday.",
			"The ministry said the sprayers had “run out of pesticide twice this week”.",
		}, want: map[string]string{"run out of pesticide twice this week": "Ministry of Crops and Orchards of Norland"}},
		{name: "negative: the opening names a country by its name (one the registry does not list: the bare name)", reg: reg, paras: []string{
			"Beetles strip orchards across northern Norland",
			"Peru has sent experts to help fight the beetles stripping apple trees in the north, the Ministry of Crops and Orchards said on Sunday.",
			"The ministry said the sprayers had “run out of pesticide twice this week”.",
		}, want: map[string]string{"run out of pesticide twice this week": "Ministry of Crops and Orchards"}},
	})
}

// TestRound26DescriptionCutShort: "<Country>'s <field> regulator" is the
// one registry body whose role says so and goes on with a complement
// ("<Country>'s <field> regulator of <things>").
func TestRound26DescriptionCutShort(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Norland", Kind: "place", Role: "Country"},
		{Name: "Sudmark", Kind: "place", Role: "Country"},
		{Name: "Sudmark Insurance Supervision Board", Kind: "organisation", Role: "Sudmark's insurance regulator of mutuals and pension funds"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the role cut before its complement", reg: reg, paras: []string{
			"Insurers told to hold more capital",
			"VESTBY, March 3 — Norland's insurers must hold more capital from next year, the central bank said on Monday.",
			"Sudmark's insurance regulator said the cross-border market was “sound but crowded”.",
		}, want: map[string]string{"sound but crowded": "Sudmark Insurance Supervision Board"}},
	})
}

// TestRound26PlaceNamedWithTheArticle: a place the registry lists by
// "The <Name>" (a seat of government as its country's alias) speaks as
// the registry's place when the article always writes it after "the",
// a sentence's opening "The" included; a surname of the same word that
// stands without the article keeps its own.
func TestRound26PlaceNamedWithTheArticle(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Norland", Kind: "place", Role: "Country", Aliases: []string{"The Vestmark", "Vestby"}},
		{Name: "Sudmark", Kind: "place", Role: "Country"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the seat of government after a sentence's opening article", reg: reg, paras: []string{
			"Ports agree joint checks",
			"Sudmark and Norland will run joint checks on containers from next year, their ministers said on Friday.",
			"The Vestmark said the checks were “overdue by a decade”.",
		}, want: map[string]string{"overdue by a decade": "Norland"}},
	})
}

// TestRound26SiblingOfProvince: a body named bare ("the Court of <Field>")
// beside a sibling of the same head named with its province ("the Court
// of <Other> of <Province>", the province one a registry body is "of") is
// the province's under the convention; a sibling of another country
// gives a country's bare body no place of its own.
func TestRound26SiblingOfProvince(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: append(append([]*briefings.Speaker{}, countriedRegistry().Speakers...),
		&briefings.Speaker{Name: "Government of Eastfold", Kind: "organisation", Role: "Government of Norland's province of Eastfold"})}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a province's courts", reg: reg, paras: []string{
			"Fishers win round in lease fight",
			"VESTBY, March 3 — Two mussel farmers took the licence decision to the Court of Common Pleas.",
			"The Court of Common Pleas said the decision was “unfair to every grower on the bay”. Last month the Court of Appeal of Eastfold overturned that ruling.",
		}, want: map[string]string{"unfair to every grower on the bay": "Court of Common Pleas of Eastfold"}},
		{name: "negative: another country's sibling", reg: reg, paras: []string{
			"Trawler talks stall",
			"VESTBY, March 3 — Talks on trawler quotas stalled on Monday after the Ministry of Trade of Sudmark walked out.",
			"The Ministry of Fisheries said the quotas were “not for sale”.",
		}, want: map[string]string{"not for sale": "Ministry of Fisheries of Norland"}},
	})
}

// TestRound26RomanceBodyOfPlace: a body named in the original language,
// "<Head> <adjective> de la <Place>" (a Romance head word of a closed
// class), is the body, not the place the run of capitals keeps.
func TestRound26RomanceBodyOfPlace(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a departmental council", paras: []string{
			"Gravel suppliers fined for sharing sites",
			"Three gravel suppliers from the Vesle and Ardre valleys must pay fines for rigging road contracts, the competition authority ruled.",
			`The Conseil départemental de la Vesle said the prices it was quoted had been "suspiciously close" for years.`,
		}, want: map[string]string{"suspiciously close": "Conseil départemental de la Vesle"}},
	})
}

// TestRound26NameBeforeBracketedAcronym: a body's name with a lower-case
// word inside it ("<First> and <Second> <things> <Field> <Head>") before
// its bracketed acronym is the whole name the acronym's letters spell
// back from the bracket, not the capitals after the lower-case word.
func TestRound26NameBeforeBracketedAcronym(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a lower-case word inside the name", paras: []string{
			"Pharmacists allowed to switch tablets",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The Seeds and Fertiliser products Inspection Board (SFIB) said it had "no quality concerns" about the imported batches.`,
		}, want: map[string]string{"no quality concerns": "Seeds and Fertiliser products Inspection Board"}},
	})
}
