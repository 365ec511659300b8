package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound29RegionBodyNotNamed: a registry body of the placed form
// "<Department> of <Field> and <Field2> of <Region>", a region's (a
// state's, a territory's) with an alias that leaves the region off, is not
// what "the <Department> of <Field>" means in an article that never names
// the region: another state's department of the same head and field, which
// the "<Body> of <Country>" convention names with the home country. Where
// the article does name the region, the short name still reaches it.
func TestRound29RegionBodyNotNamed(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Varnia", Kind: "place"},
		{Name: "Keshia", Kind: "place"},
		{Name: "Ministry of Trade of Varnia", Role: "Varnian trade ministry", Kind: "organisation"},
		{Name: "Ministry of Energy of Varnia", Role: "Varnian energy ministry", Kind: "organisation"},
		{Name: "Ministry of Interior of Keshia", Role: "Keshian interior ministry", Kind: "organisation"},
		{Name: "Department of Forests and Parks of the Upper Marrow Province", Role: "a province's forests department",
			Kind: "organisation", Aliases: []string{"Department of Forests and Parks"}},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "another state's department of the same field", reg: reg, paras: []string{
			"Loggers fined after river clearing",
			"Farmers in northern Keshia said the river had silted up within a year of the clearing, and the village council asked for help.",
			`The Department of Forests said the fines would "go to replanting the banks."`,
		}, want: map[string]string{"go to replanting the banks.": "Department of Forests of Keshia"}},
		{name: "the region named, its department", reg: reg, paras: []string{
			"Loggers fined after river clearing",
			"Farmers in the Upper Marrow Province said the river had silted up within a year of the clearing, and the village council asked for help.",
			`The Department of Forests said the fines would "go to replanting the banks."`,
		}, want: map[string]string{"go to replanting the banks.": "Department of Forests and Parks of the Upper Marrow Province"}},
	})
}

// TestRound29FirmNumeral: a company's registered name with a numeral inside
// it, closed by a legal form ("<Name> <Line> 2 SAS", "<Name> 4 Ltd"), is
// the whole name, not the legal form left alone after the number.
func TestRound29FirmNumeral(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a simplified company's numbered name", paras: []string{
			"Toll bridge opening delayed again",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Puente Sur 2 SAS, which holds the bridge concession, told the council on Monday that the deck was "three weeks from the first car" once the cables were tested.`,
		}, want: map[string]string{"three weeks from the first car": "Puente Sur 2 SAS"}},
		{name: "a limited company's numbered name", paras: []string{
			"Toll bridge opening delayed again",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Southbridge Crossing 2 Ltd, which holds the bridge concession, told the council on Monday that the deck was "three weeks from the first car" once the cables were tested.`,
		}, want: map[string]string{"three weeks from the first car": "Southbridge Crossing 2 Ltd"}},
		{name: "a year after a name is no part of it", paras: []string{
			"Toll bridge opening delayed again",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Speaking at Expo Verde 2026, Harlan Oduya told the council that the deck was "three weeks from the first car" once the cables were tested.`,
		}, want: map[string]string{"three weeks from the first car": "Harlan Oduya"}},
	})
}

// TestRound29CourtOfTerritory: a territory named with its article ("the
// <Place> Special Administrative Region") is still the registry's place,
// so a court the article names bare is named with it under the registry's
// "<Court> of <Place>" convention; and a court's name that leaves out a
// word of rank ("final", "supreme", "high") the registry court has is
// another court of the same system, not that one.
func TestRound29CourtOfTerritory(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Norland", Kind: "place"},
		{Name: "Varnia", Kind: "place"},
		{Name: "Court of Final Review of Norland", Role: "Norland's top court", Kind: "organisation",
			Aliases: []string{"Court of Final Review"}},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a lower court of the territory", reg: reg, paras: []string{
			"Landlord loses appeal over flooded flats",
			"The case was heard in the Norland Special Administrative Region over three days in spring, and the tenants' lawyers asked for costs.",
			"The Court of Review dismissed the landlord's appeal.",
			`It called the repairs "a patch over a hole that kept growing" and ordered a refund.`,
		}, want: map[string]string{"a patch over a hole that kept growing": "Court of Review of Norland"}},
	})
}

// TestRound29TitleDestination: a title that names a country only as where
// goods go ("<Goods> leave for <Country>") does not make it the home
// country over the opening's adjective ("<Nationality> <goods>"): a state's
// department the article names bare is the adjective's country's.
func TestRound29TitleDestination(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Norway", Kind: "place"},
		{Name: "Japan", Kind: "place"},
		{Name: "Ministry of Trade of Japan", Role: "Japanese trade ministry", Kind: "organisation"},
		{Name: "Ministry of Energy of Norway", Role: "Norwegian energy ministry", Kind: "organisation"},
		{Name: "Ministry of Fisheries of Norway", Role: "Norwegian fisheries ministry", Kind: "organisation"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a destination in the title", reg: reg, paras: []string{
			"Smoked cod sales to Japan climb",
			"Norwegian smoked cod is selling faster than the smokehouses can pack it, and two more boats were hired for the winter season.",
			`The Department of Coastal Inspection said its officers now "sample each smokehouse once a fortnight."`,
		}, want: map[string]string{"sample each smokehouse once a fortnight.": "Department of Coastal Inspection of Norway"}},
	})
}
