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
