package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound46HomeCountryForm: the country a bare state body is drafted
// with, in the form the convention writes it — bare for a state whose own
// long form drops the article, "the" where the registry's entry or the
// lists keep it — and a capital opening a feature's name, which says
// nothing of where the story is.
func TestRound46HomeCountryForm(t *testing.T) {
	t.Parallel()
	country := func(name string, aliases ...string) *briefings.Speaker {
		return &briefings.Speaker{Name: name, Kind: "place", Role: "Country", Aliases: aliases}
	}
	// A registry that names the state bodies it lists with their state:
	// the convention the drafts follow for a body it does not list.
	bodies := []*briefings.Speaker{
		{Name: "Ministry of Health of Fiji", Kind: "organisation", Role: "Health ministry of Fiji"},
		{Name: "Ministry of Education of Fiji", Kind: "organisation", Role: "Education ministry of Fiji"},
		{Name: "Department of Lands of Fiji", Kind: "organisation", Role: "Lands department of Fiji"},
	}
	reg := func(places ...*briefings.Speaker) *briefings.Registry {
		return &briefings.Registry{Speakers: append(places, bodies...)}
	}
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "state whose long form drops the article",
		reg:  reg(country("Solomon Islands", "Honiara"), country("Fiji", "Suva")),
		paras: []string{"Fishing licences suspended\n\n" +
			"HONIARA, 3 June 2026 — Solomon Islands has suspended six tuna licences pending an audit of catch records.\n\n" +
			"The Ministry of Fisheries and Marine Resources said the audit would \"take no longer than it must\"."},
		want: map[string]string{"take no longer than it must": "Ministry of Fisheries and Marine Resources of Solomon Islands"},
	}, {
		name: "registry entry listing the name with its article",
		reg:  reg(country("Maldives", "the Maldives", "Male"), country("Fiji", "Suva")),
		paras: []string{"Resort levy raised\n\n" +
			"MALE, 3 June 2026 — The Maldives will raise its levy on resort stays from July.\n\n" +
			"The Ministry of Tourism and Environment said the money would \"go straight to the reefs\"."},
		want: map[string]string{"go straight to the reefs": "Ministry of Tourism and Environment of the Maldives"},
	}, {
		name: "state whose name keeps its article, registry bare",
		reg:  reg(country("Philippines", "Manila"), country("Fiji", "Suva")),
		paras: []string{"Rice imports extended\n\n" +
			"MANILA, 3 June 2026 — The Philippines will extend its cut in rice tariffs to the end of the year.\n\n" +
			"The Department of Agrarian Reform said farmers would be \"paid for every hectare lost\"."},
		want: map[string]string{"paid for every hectare lost": "Department of Agrarian Reform of the Philippines"},
	}, {
		name: "capital opening a feature's name",
		reg:  reg(country("Pakistan", "Islamabad"), country("Japan", "Tokyo"), country("Fiji", "Suva")),
		paras: []string{"Traders shut market after flood\n\n" +
			"QUETTA: Traders shut the main bazaar on Tuesday after the Tokyo Garden warehouse flooded overnight.\n\n" +
			"Islamabad has promised money for new drains in the bazaar, and Pakistan's weather office expects more rain.\n\n" +
			"The Ministry of Water Resources said repairs were \"under way at last\"."},
		want: map[string]string{"under way at last": "Ministry of Water Resources of Pakistan"},
	}, {
		name: "capital with its city's own kind word is still the capital",
		reg:  reg(country("Japan", "Tokyo"), country("Pakistan", "Islamabad"), country("Fiji", "Suva")),
		paras: []string{"Ward budget approved\n\n" +
			"TOKYO City councillors on Tuesday approved a budget for new flood gates in the eastern wards.\n\n" +
			"Pakistan's envoy visited the gates later in the week.\n\n" +
			"The Ministry of Land said the gates would be \"ready before the typhoon season\"."},
		want: map[string]string{"ready before the typhoon season": "Ministry of Land of Japan"},
	}})
}

// TestRound46EmbassyInCapital: "<Nationality> embassy in <Capital>" and
// "<Country>'s embassy in <Capital>" drafted as the convention names an
// embassy, by its two states, when the registry lists the capital as its
// country's; the sender's own name as the embassy's, and a city the
// registry does not tie to a country, are left as the copy writes them.
func TestRound46EmbassyInCapital(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Laos", Kind: "place", Role: "Country", Aliases: []string{"Vientiane"}},
		{Name: "Ministry of Health of Fiji", Kind: "organisation", Role: "Health ministry of Fiji"},
		{Name: "Ministry of Education of Fiji", Kind: "organisation", Role: "Education ministry of Fiji"},
		{Name: "Department of Lands of Fiji", Kind: "organisation", Role: "Lands department of Fiji"},
	}}
	runSpeakerCases(t, draftOf, []speakerCase{{
		name: "nationality's embassy in the registry's capital",
		reg:  reg,
		paras: []string{lead,
			`The Thai Embassy in Vientiane said the volunteers would "stay until the wells are dug".`,
		},
		want: map[string]string{"stay until the wells are dug": "Embassy of Thailand in Laos"},
	}, {
		name: "country's embassy by its possessive",
		reg:  reg,
		paras: []string{lead,
			`Germany's embassy in Vientiane said the grant was "the first of three".`,
		},
		want: map[string]string{"the first of three": "Embassy of Germany in Laos"},
	}, {
		name: "city the registry does not tie to a country",
		reg:  reg,
		paras: []string{lead,
			`The Thai Embassy in Luang Prabang said the office would "open on Monday".`,
		},
		want: map[string]string{"open on Monday": "Thai Embassy in Luang Prabang"},
	}})
}

// TestRound46MissionSenderNotHome: a country named as an embassy's sender
// ("the <Nationality> Embassy in <Capital>", "the Embassy of the Kingdom of
// <Country>") is a guest of the story's place, and does not count towards
// the home country a bare state body is drafted with.
func TestRound46MissionSenderNotHome(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Laos", Kind: "place", Role: "Country", Aliases: []string{"Vientiane"}},
		{Name: "Thailand", Kind: "place", Role: "Country", Aliases: []string{"Bangkok"}},
		{Name: "Ministry of Health of Fiji", Kind: "organisation", Role: "Health ministry of Fiji"},
		{Name: "Ministry of Education of Fiji", Kind: "organisation", Role: "Education ministry of Fiji"},
		{Name: "Department of Lands of Fiji", Kind: "organisation", Role: "Lands department of Fiji"},
	}}
	opening := []string{"Floods cut rice harvest\n\n" +
		"Floods have cut the rice harvest in the northern provinces by half, officials said on Monday.\n\n" +
		"Water covered the fields for nine days. Farmers lost seed and stored grain.\n\n" +
		"Some villages are still cut off."}
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "nationality's embassy in the capital",
		reg:  reg,
		paras: append(opening,
			"Farmers in Laos have asked for new seed before the dry season.",
			"The Thai Embassy in Vientiane said it had sent 40 tonnes of rice by road.",
			"The Thai Embassy said a second convoy would follow this week.",
			"The Department of Irrigation said the canals would be \"repaired before planting\"."),
		want: map[string]string{"repaired before planting": "Department of Irrigation of Laos"},
	}, {
		name: "embassy of a state's long form",
		reg:  reg,
		paras: append(opening,
			"Farmers in Laos have asked for new seed before the dry season.",
			"The Embassy of the Kingdom of Thailand said it had sent 40 tonnes of rice by road.",
			"The Embassy of the Kingdom of Thailand said a second convoy would follow this week.",
			"The Department of Irrigation said the canals would be \"repaired before planting\"."),
		want: map[string]string{"repaired before planting": "Department of Irrigation of Laos"},
	}, {
		name: "the state itself named twice stays the home",
		reg:  reg,
		paras: append(opening,
			"Farmers in Laos have asked for new seed before the dry season.",
			"Thailand said it had sent 40 tonnes of rice by road.",
			"Thailand said a second convoy would follow this week.",
			"The Department of Irrigation said the canals would be \"repaired before planting\"."),
		want: map[string]string{"repaired before planting": "Department of Irrigation of Thailand"},
	}})
}

// TestRound46CabinetOfHome: "the Cabinet" named bare is the home state's
// one cabinet, drafted "Cabinet of <Country>" under a registry that names
// state bodies with their state, and left bare under one that does not.
func TestRound46CabinetOfHome(t *testing.T) {
	t.Parallel()
	laos := &briefings.Speaker{Name: "Laos", Kind: "place", Role: "Country", Aliases: []string{"Vientiane"}}
	countried := &briefings.Registry{Speakers: []*briefings.Speaker{laos,
		{Name: "Ministry of Health of Fiji", Kind: "organisation", Role: "Health ministry of Fiji"},
		{Name: "Ministry of Education of Fiji", Kind: "organisation", Role: "Education ministry of Fiji"},
		{Name: "Department of Lands of Fiji", Kind: "organisation", Role: "Lands department of Fiji"},
	}}
	bare := &briefings.Registry{Speakers: []*briefings.Speaker{laos}}
	article := "Fuel subsidy extended\n\n" +
		"VIENTIANE, 2 June 2026 — Laos will keep its diesel subsidy until the end of the year.\n\n" +
		"The Cabinet said in a statement that the subsidy would \"hold prices steady through the harvest\"."
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name:  "registry naming state bodies with their state",
		reg:   countried,
		paras: []string{article},
		want:  map[string]string{"hold prices steady through the harvest": "Cabinet of Laos"},
	}, {
		name:  "registry without the convention",
		reg:   bare,
		paras: []string{article},
		want:  map[string]string{"hold prices steady through the harvest": "Cabinet"},
	}})
}
