package ingest_test

import (
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// TestRound22BodiesSpelledAcronym: a body that speaks by an acronym the
// registry does not know is named as the article spells it out, wherever
// it does (a quote included), not only in brackets after the acronym; a
// two-letter acronym and an interview's initials are left as they are.
func TestRound22BodiesSpelledAcronym(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "spelled out in a quote before", paras: []string{
			"Millers warn of a flour shortage",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`A spokesman for the mills said the quota was "a term set by the Grain Export Council in the spring".`,
			`The GEC has insisted that the quota stay "at last year's level until the harvest is in".`,
		}, want: map[string]string{"at last year's level until the harvest is in": "Grain Export Council"}},
		{name: "spelled out after, with a function word", paras: []string{
			"Ferry fares to rise",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The FAN said the increase was "unavoidable after two years of losses".`,
			"The Federation of Atlantic Navigators represents some forty ferry operators.",
		}, want: map[string]string{"unavoidable after two years of losses": "Federation of Atlantic Navigators"}},
		{name: "spelled out two ways", paras: []string{
			"Ferry fares to rise",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The FAN said the increase was "unavoidable after two years of losses".`,
			"The Federation of Atlantic Navigators and the Fund for Aging Nets both wrote to the minister.",
		}, want: map[string]string{"unavoidable after two years of losses": "FAN"}},
	})
}

// TestRound22BodiesVoice: "<Body> management", "<ACRONYM> mission" and
// the like are the body speaking through its people, when the article or
// the registry knows the body.
func TestRound22BodiesVoice(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Harbour Board of Tarvania", Kind: "organisation", Role: "Tarvania's harbour authority", Aliases: []string{"HBT"}},
		{Name: "Northern Credit Union", Kind: "organisation", Role: "Regional lender", Aliases: []string{"NCU"}},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "management by an alias", reg: reg, paras: []string{
			"Dock fees under review",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"The HBT management, for its part, said in a release:",
			`"The Board has cooperated fully and will not comment on a matter before the court."`,
		}, want: map[string]string{"The Board has cooperated fully and will not comment on a matter before the court.": "Harbour Board of Tarvania"}},
		{name: "a mission", reg: reg, paras: []string{
			"Lender tightens its rules",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The NCU mission, which visited the valley in May, called the new rules "long overdue".`,
		}, want: map[string]string{"long overdue": "Northern Credit Union"}},
	})
}

// TestRound22BodiesHostedEmbassy: "<Country>'s embassy", when the
// registry lists that country's embassies by their hosts, is the one in
// the article's own country; with no host the article names as its own,
// it stays as it is.
func TestRound22BodiesHostedEmbassy(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Portugal", Kind: "place", Role: "Country", Aliases: []string{"Lisbon"}},
		{Name: "Chile", Kind: "place", Role: "Country", Aliases: []string{"Santiago"}},
		{Name: "Peru", Kind: "place", Role: "Country", Aliases: []string{"Lima"}},
		{Name: "Embassy of Portugal in Chile", Kind: "organisation", Role: "Portugal's embassy in Santiago"},
		{Name: "Embassy of Portugal in Peru", Kind: "organisation", Role: "Portugal's embassy in Lima"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the host is the article's country", reg: reg, paras: []string{
			"SANTIAGO, Chile — Wine exporters fear a new labelling rule",
			"Chile's wine exporters met in Santiago on Monday to discuss the rule, which takes effect in June.",
			`Portugal's embassy called the rule "a matter for the two governments to settle".`,
		}, want: map[string]string{"a matter for the two governments to settle": "Embassy of Portugal in Chile"}},
	})
}

// TestRound22BodiesHomeStateBody: "the <Head> of <Field>" in an article
// about one country is "<Head> of <Field> of <Country>" when the registry
// names that country's other bodies of the head so; a registry that does
// not, or an article with no home country, leaves the name bare.
func TestRound22BodiesHomeStateBody(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Moldova", Kind: "place", Role: "Country", Aliases: []string{"Chisinau"}},
		{Name: "Ministry of Agriculture and Food Industry of Moldova", Kind: "organisation", Role: "Moldova's farm ministry"},
		{Name: "Bolivia", Kind: "place", Role: "Country", Aliases: []string{"La Paz"}},
		{Name: "Central Bank of Bolivia", Kind: "organisation", Role: "Bolivia's central bank"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the registry's convention", reg: reg, paras: []string{
			"CHISINAU, Moldova — Heat warning issued for the south",
			"Temperatures in Moldova are expected to pass 38 degrees by Thursday.",
			`The Ministry of Labour told older people to "stay out of the sun between noon and four".`,
		}, want: map[string]string{"stay out of the sun between noon and four": "Ministry of Labour of Moldova"}},
		{name: "no body of that head in the registry", reg: reg, paras: []string{
			"LA PAZ, Bolivia — Fuel queues grow",
			"Drivers in Bolivia waited for hours at filling stations on Monday.",
			`The Ministry of Hydrocarbons said supplies would be "back to normal within the week".`,
		}, want: map[string]string{"back to normal within the week": "Ministry of Hydrocarbons"}},
	})
}

// TestRound22BodiesHeadedRegistryBody: "the <Place> city <body noun>" with
// the noun in lower case, then "the <body noun> said", is the registry's
// "<Place> City <Body noun>".
func TestRound22BodiesHeadedRegistryBody(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Velmora City Prefectorate", Kind: "organisation", Role: "Administration of the city of Velmora"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the head word alone after", reg: reg, paras: []string{
			"Night markets closed for the holiday",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"The order was posted on the website of the Velmora city prefectorate on Sunday.",
			`"All night markets will stay closed until Monday. Traders who open will lose their licence," the prefectorate wrote.`,
		}, want: map[string]string{"All night markets will stay closed until Monday. Traders who open will lose their licence": "Velmora City Prefectorate"}},
	})
}

// TestRound22BodiesPossessedUnit: "<Body>'s <Place> <Unit>" speaks for
// the body the registry lists, whether by its name or by its name with
// the country's; a unit of a body nobody knows stays as named.
func TestRound22BodiesPossessedUnit(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Canada", Kind: "place", Role: "Country", Aliases: []string{"Ottawa"}},
		{Name: "Canadian Coast Watch", Kind: "organisation", Role: "Canada's coastal patrol"},
		{Name: "Lakes Survey Agency", Kind: "organisation", Role: "Water survey body"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the parent with its country in the registry", reg: reg, paras: []string{
			"Fishing boat towed to port",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The Coast Watch's Halifax Sector posted on X: "Crews reached the vessel at dawn. All six on board are safe."`,
		}, want: map[string]string{"Crews reached the vessel at dawn. All six on board are safe.": "Canadian Coast Watch"}},
		{name: "the parent by its own name", reg: reg, paras: []string{
			"Lake levels fall",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The Lakes Survey Agency's Northern Division said the level was "the lowest in thirty years".`,
		}, want: map[string]string{"the lowest in thirty years": "Lakes Survey Agency"}},
	})
}

// TestRound22BodiesOwnNameAfterCountry: "<Country>'s <Formal Name>" is
// the body by its formal name when the registry lacks it; a head the
// registry names with each country ("<Head> of <Field> of <Country>")
// and a name the registry lists with its country keep the country.
func TestRound22BodiesOwnNameAfterCountry(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Ecuador", Kind: "place", Role: "Country", Aliases: []string{"Quito"}},
		{Name: "Chile", Kind: "place", Role: "Country", Aliases: []string{"Santiago"}},
		{Name: "Ministry of Mines of Chile", Kind: "organisation", Role: "Chile's mining ministry"},
		{Name: "National Office for Fisheries of Ecuador", Kind: "organisation", Role: "Ecuador's fisheries office"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a formal name", reg: reg, paras: []string{
			"Shrimp exports slow",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Ecuador's Agency for Distribution of Gas said supplies would recover "once the ports reopen".`,
		}, want: map[string]string{"once the ports reopen": "Agency for Distribution of Gas"}},
		{name: "a registry body with its country", reg: reg, paras: []string{
			"Shrimp exports slow",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Ecuador's National Office for Fisheries said the catch was "below the five-year average".`,
		}, want: map[string]string{"below the five-year average": "National Office for Fisheries of Ecuador"}},
		{name: "a head the registry names with its country", reg: reg, paras: []string{
			"Copper output falls",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Chile's Ministry for Development of Power said output would "pick up by the spring".`,
		}, want: map[string]string{"pick up by the spring": "Chile's Ministry for Development of Power"}},
	})
}

// TestRound22BodiesDomainCountry: an article that names no country is
// from the one whose code ends its address, which names a bare state body
// the registry lists with that country; a code sold for its letters says
// nothing.
func TestRound22BodiesDomainCountry(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Fiji", Kind: "place", Role: "Country", Aliases: []string{"Suva"}},
		{Name: "Tonga", Kind: "place", Role: "Country", Aliases: []string{"Nuku'alofa"}},
		{Name: "Department of Roads and Bridges of Fiji", Kind: "organisation", Role: "Fiji's roads department"},
		{Name: "Department of Roads and Bridges of Tonga", Kind: "organisation", Role: "Tonga's roads department"},
	}}
	at := func(addr string) func(*testing.T, *briefings.Registry, ...string) *ingest.Draft {
		return func(t *testing.T, reg *briefings.Registry, paras ...string) *ingest.Draft {
			t.Helper()
			d, err := ingest.New(reg).Draft(ingest.ReadText(strings.Join(paras, "\n\n")), ingest.Options{URL: addr, Now: func() time.Time { return time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC) }})
			if err != nil {
				t.Fatal(err)
			}
			return d
		}
	}
	paras := []string{
		"Hill road shut after heavy rain",
		"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
		"The Department of Roads and Bridges said in a statement:",
		`"Crews from two depots have been sent to the slip. The road will stay closed for at least two days."`,
	}
	quote := "Crews from two depots have been sent to the slip. The road will stay closed for at least two days."
	runSpeakerCases(t, at("https://news.example.com.fj/2025/03/hill-road/"), []speakerCase{
		{name: "a country's code", reg: reg, paras: paras, want: map[string]string{quote: "Department of Roads and Bridges of Fiji"}},
	})
	runSpeakerCases(t, at("https://hillroad.news.tv/2025/03/hill-road/"), []speakerCase{
		{name: "a code sold for its letters", reg: reg, paras: paras, want: map[string]string{quote: "Department of Roads and Bridges"}},
	})
}

// TestRound22BodiesCampaignName: "<Verb> the <Name>" opening a sentence
// as its subject is a campaign named for its aim, not the place or body
// "the <Name>" would be alone; a time word or a heading's word before a
// body's "The" is no part of its name.
func TestRound22BodiesCampaignName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "with an aside", paras: []string{
			"Dam plan approved",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"The dam would flood part of the Marrow Valley.",
			`Rescue the Marrow, which has fought the dam since 2015, said in a statement that the plan "ignores the farmers" and that the group would "fight it in every court".`,
		}, want: map[string]string{
			"ignores the farmers":     "Rescue the Marrow",
			"fight it in every court": "Rescue the Marrow",
		}},
		{name: "a time word before the body", paras: []string{
			"Dam plan approved",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Meanwhile the Marrow Valley Council said the plan "ignores the farmers".`,
		}, want: map[string]string{"ignores the farmers": "Marrow Valley Council"}},
		{name: "a preposition before the body", paras: []string{
			"Dam plan approved",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Unlike the Marrow Valley Council said in the spring, the plan "ignores the farmers".`,
		}, want: map[string]string{"ignores the farmers": "Marrow Valley Council"}},
	})
}

// TestRound22BodiesNotification: a notification, a gazette or a
// proclamation is a document its issuer speaks through, as a notice or a
// circular is: "The notification says" after "a notification issued by
// <Body>" is the body.
func TestRound22BodiesNotification(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "issued by, then says", paras: []string{
			"Port levy to rise",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Under a notification issued by the Coastal Shipping Authority (CSA) on Monday, the levy will rise by a fifth from July.",
			`The notification says the new levy was set "after consultation with the port users".`,
		}, want: map[string]string{"after consultation with the port users": "Coastal Shipping Authority"}},
	})
}

// TestRound22BodiesSpokespersonForJoinedName: "a spokesperson for <Field>
// and <Field> said" names one body whose name holds the "and": one
// spokesperson speaks for one body.
func TestRound22BodiesSpokespersonForJoinedName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a department named for two fields", paras: []string{
			"Ice roads late again",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`A spokesperson for Yukon Highways and Ferries said crews were "flooding the ice every night" and that the department hoped to open the road "before the end of the month."`,
		}, want: map[string]string{
			"flooding the ice every night": "Yukon Highways and Ferries",
			"before the end of the month.": "Yukon Highways and Ferries",
		}},
	})
}
