package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound16DatedDocuments: a month or weekday before a document noun
// says when the document came out, never who wrote it; the body "its"
// means, or the one named before the date, speaks through it.
func TestRound16DatedDocuments(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Valdoria Weather Service", Kind: "organisation", Role: "Valdoria's national weather service", Aliases: []string{"VWS"}},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "its month's bulletin", reg: reg, paras: []string{
			"Frost hits tea estates",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The Valdoria Weather Service said the storm was "the worst in twenty years", and its July bulletin warned of "a continued risk of ground frost".`,
		}, want: map[string]string{"a continued risk of ground frost": "Valdoria Weather Service"}},
		{name: "its month's advisory (wording in no set)", reg: reg, paras: []string{
			"Dry spell to last",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The Valdoria Weather Service said the dry weeks were "the longest on record", and its September advisory warned of "a dry spell likely to last into the new year".`,
		}, want: map[string]string{"a dry spell likely to last into the new year": "Valdoria Weather Service"}},
		{name: "a weekday's statement after the body (wording in no set)", reg: reg, paras: []string{
			"Storm warning raised",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The Valdoria Weather Service raised its warning to red, and its Sunday statement urged people to "stay off the coast roads".`,
		}, want: map[string]string{"stay off the coast roads": "Valdoria Weather Service"}},
		{name: "negative: a body named before the document noun keeps it", reg: reg, paras: []string{
			"Storm warning raised",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`A VWS bulletin warned of "gusts above 120 km/h" along the coast.`,
		}, want: map[string]string{"gusts above 120 km/h": "Valdoria Weather Service"}},
	})
}

// TestRound16DatelineCountry: a dateline that gives a town the registry
// does not know, then its country or territory, makes that the story's
// home, so a home body named without its country finds its entry.
func TestRound16DatelineCountry(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Turks and Caicos Islands", Kind: "place", Role: "British Overseas Territory"},
		{Name: "Governor's Office of the Turks and Caicos Islands", Kind: "organisation", Role: "Office of the Governor"},
		{Name: "Cook Islands", Kind: "place", Role: "Country"},
		{Name: "Ministry of Marine Resources of the Cook Islands", Kind: "organisation", Role: "Fisheries ministry"},
		{Name: "Ministry of Marine Resources of Fiji", Kind: "organisation", Role: "Fisheries ministry"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a territory after the town, a curly apostrophe in the body's name", reg: reg, paras: []string{
			"Guns seized",
			"PROVIDENCIALES, Turks and Caicos Islands – Three guns were seized in a search on Sunday, and two men were arrested.",
			"A spokesperson for the Governor’s Office said the Office “strongly supports the work of the police” in the islands.",
		}, want: map[string]string{"strongly supports the work of the police": "Governor's Office of the Turks and Caicos Islands"}},
		{name: "a country after the town, a ministry without it (wording in no set)", reg: reg, paras: []string{
			"Tuna catch falls",
			"AVARUA, Cook Islands — The tuna catch fell by a third last year, and boat owners said fuel costs were to blame.",
			`The Ministry of Marine Resources said the fall was "within the range we expected" for a La Niña year.`,
		}, want: map[string]string{"within the range we expected": "Ministry of Marine Resources of the Cook Islands"}},
		{name: "negative: a date after the town is no country", reg: reg, paras: []string{
			"Tuna catch falls",
			"SUVA, 4 March — The tuna catch fell by a third last year, and boat owners said fuel costs were to blame.",
			`The Ministry of Marine Resources said the fall was "within the range we expected" for a La Niña year.`,
		}, want: map[string]string{"within the range we expected": "Ministry of Marine Resources"}},
	})
}

// TestRound16UNBodies: "UN <Body>" is copy's short form of "United Nations
// <Body>": the registry's entry by the full name, else the full name; a
// registry entry by the short form and a one-word name after "UN" stay.
func TestRound16UNBodies(t *testing.T) {
	t.Parallel()
	full := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "United Nations Development Programme", Kind: "organisation", Role: "UN development agency", Aliases: []string{"UNDP"}},
	}}
	short := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "UN Office for the Coordination of Humanitarian Affairs", Kind: "organisation", Role: "UN humanitarian office", Aliases: []string{"OCHA"}},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a new speaker by the short form", paras: []string{
			"Dust storms worsen",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`A UN Environment Programme report described the storms as "a growing threat to health".`,
		}, want: map[string]string{"a growing threat to health": "United Nations Environment Programme"}},
		{name: "a registry body by its full name (wording in no set)", reg: full, paras: []string{
			"Grid project signed",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The U.N. Development Programme said the grid would reach "every island school by 2028".`,
		}, want: map[string]string{"every island school by 2028": "United Nations Development Programme"}},
		{name: "a new speaker with a long name (wording in no set)", paras: []string{
			"Forest fund launched",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The UN Capital Development Fund said the money would go "straight to village councils".`,
		}, want: map[string]string{"straight to village councils": "United Nations Capital Development Fund"}},
		{name: "negative: the registry's short form stays", reg: short, paras: []string{
			"Convoys blocked",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The UN Office for the Coordination of Humanitarian Affairs said the convoys were "blocked at every checkpoint".`,
		}, want: map[string]string{"blocked at every checkpoint": "UN Office for the Coordination of Humanitarian Affairs"}},
		{name: "negative: a one-word name after UN", paras: []string{
			"Shelters open",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`UN Women said the shelters were "full every night".`,
		}, want: map[string]string{"full every night": "UN Women"}},
	})
}

// TestRound16Delegations: a country's delegation at a meeting speaks as
// the country; a delegation the registry lists by its own name keeps it.
func TestRound16Delegations(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Marshall Islands", Kind: "place", Role: "Country", Aliases: []string{"Majuro"}},
		{Name: "Tonga", Kind: "place", Role: "Country"},
		{Name: "Samoa", Kind: "place", Role: "Country"},
		{Name: "Delegation of the European Union to Samoa", Kind: "organisation", Role: "EU mission", Aliases: []string{"EU Delegation"}},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "<Country> delegation", reg: reg, paras: []string{
			"Forum ends",
			"The leaders met for two days in Koror and agreed a statement on fisheries, officials said on Tuesday.",
			`The Tonga delegation welcomed the plan, saying it was "long overdue for the outer islands".`,
		}, want: map[string]string{"long overdue for the outer islands": "Tonga"}},
		{name: "the delegation of <Country> (wording in no set)", reg: reg, paras: []string{
			"Forum ends",
			"The leaders met for two days in Koror and agreed a statement on fisheries, officials said on Tuesday.",
			`The delegation of Samoa said the fund was "too small to matter".`,
		}, want: map[string]string{"too small to matter": "Samoa"}},
		{name: "<Country>'s delegation (wording in no set)", reg: reg, paras: []string{
			"Forum ends",
			"The leaders met for two days in Koror and agreed a statement on fisheries, officials said on Tuesday.",
			`Tonga's delegation said the study was "a question of survival".`,
		}, want: map[string]string{"a question of survival": "Tonga"}},
		{name: "negative: a delegation the registry lists", reg: reg, paras: []string{
			"Forum ends",
			"The leaders met for two days in Koror and agreed a statement on fisheries, officials said on Tuesday.",
			`The EU Delegation said it would "fund the first two years".`,
		}, want: map[string]string{"fund the first two years": "Delegation of the European Union to Samoa"}},
	})
}

// TestRound16CapitalHome: a capital the registry does not list stands for
// its country, so a story filed from it, or naming it often, has that
// country for its home, and a home body named without its country finds
// its entry; another country's body keeps its own.
func TestRound16CapitalHome(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Indonesia", Kind: "place", Role: "Country"},
		{Name: "Ministry of Transportation of Indonesia", Kind: "organisation", Role: "Transport ministry"},
		{Name: "Kenya", Kind: "place", Role: "Country"},
		{Name: "Ministry of Health of Kenya", Kind: "organisation", Role: "Health ministry"},
		{Name: "Ministry of Health of Uganda", Kind: "organisation", Role: "Health ministry"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "<Subject> Ministry in a story from the capital", reg: reg, paras: []string{
			"Fares capped",
			"Commuters in Jakarta will pay no more than Rp 10,000 a trip from Monday, the city said.",
			"The cap covers the three operators in Jakarta, and the city will pay the difference.",
			`The Transportation Ministry welcomed the scheme and said it hoped for "fares that put passengers first".`,
		}, want: map[string]string{"fares that put passengers first": "Ministry of Transportation of Indonesia"}},
		{name: "<Capital>'s ministry (wording in no set)", reg: reg, paras: []string{
			"Measles jabs",
			"Nurses in Nairobi began a measles campaign on Monday in the city's crowded estates.",
			`Nairobi's health ministry said the campaign would reach "every child under five".`,
		}, want: map[string]string{"every child under five": "Ministry of Health of Kenya"}},
		{name: "negative: another country's ministry keeps its country", reg: reg, paras: []string{
			"Measles jabs",
			"Nurses in Nairobi began a measles campaign on Monday in the city's crowded estates.",
			`Uganda's health ministry said it would send "two teams to the border".`,
		}, want: map[string]string{"two teams to the border": "Ministry of Health of Uganda"}},
	})
}
