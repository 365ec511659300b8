package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound30RankedAndRegulationBodies: under the "<Body> of <Country>"
// convention, a "Higher <Field> <Head>" or "Supreme <Field> <Head>" (the
// rank a state gives the top body of a field) and a "<Field> Regulation
// <Head>" (a regulator named by its function) that the article names bare
// are the home country's, as a "National <Field> Agency" is; a "High
// Commission" (another state's mission) and a "Supreme Council" (no head
// of a state's agency) stay as named.
func TestRound30RankedAndRegulationBodies(t *testing.T) {
	t.Parallel()
	reg := keshiaVarniaRegistry()
	opening := "Storm cuts power to half of Keshia's northern towns, and more rain is on the way, forecasters said on Sunday."
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a higher commission", reg: reg, paras: []string{
			"Keshia braces for a second storm",
			opening,
			`The Higher Flood Commission said its boats were "already on the lower river."`,
		}, want: map[string]string{"already on the lower river.": "Higher Flood Commission of Keshia"}},
		{name: "a supreme authority", reg: reg, paras: []string{
			"Keshia braces for a second storm",
			opening,
			`The Supreme Water Authority said the reservoirs were "close to their limit."`,
		}, want: map[string]string{"close to their limit.": "Supreme Water Authority of Keshia"}},
		{name: "a regulation service", reg: reg, paras: []string{
			"Keshia braces for a second storm",
			opening,
			`The Fisheries Regulation Service said boats should stay "tied up until the wind drops."`,
		}, want: map[string]string{"tied up until the wind drops.": "Fisheries Regulation Service of Keshia"}},
		{name: "a supreme council stays bare", reg: reg, paras: []string{
			"Keshia braces for a second storm",
			opening,
			`The Supreme Elders Council said the villages would "share what they have."`,
		}, want: map[string]string{"share what they have.": "Supreme Elders Council"}},
	})
}

// TestRound30NationalSocietyNamedShort: a national society the registry
// lists as "<Nationality> <Name>" and the article names so first, then by
// "<Name>" alone ("the <Name> said"), is the registry's society, though
// two capitals alone read like a person's name; a state body named bare
// after another state's body named with its nationality is not.
func TestRound30NationalSocietyNamedShort(t *testing.T) {
	t.Parallel()
	reg := keshiaVarniaRegistry()
	reg.Speakers = append(reg.Speakers,
		&briefings.Speaker{Name: "Keshian Blue Lantern", Role: "Keshia's relief society", Kind: "organisation"})
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the society by its name alone", reg: reg, paras: []string{
			"Floods close the coast road in Keshia",
			"Floods cut the coast road in northern Keshia on Sunday, and the river is still rising.",
			"The Keshian Blue Lantern said its volunteers had moved forty families from the lower town overnight.",
			`"We have boats on every street that still has people in it," the Blue Lantern said on Monday.`,
		}, want: map[string]string{"We have boats on every street that still has people in it": "Keshian Blue Lantern"}},
	})
}

// TestRound30CountryDescribedBody: under the "<Body> of <Country>"
// convention, a state body a country's possessive describes in lower case
// ("<Country>'s <field> department", "<Country>'s <field> ministry") is
// named as its state names it, capitalised, with the
// country after it.
func TestRound30CountryDescribedBody(t *testing.T) {
	t.Parallel()
	reg := keshiaVarniaRegistry()
	opening := "Frost has killed most of the young olive trees in the hills of Varnia, growers said on Thursday."
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a described department", reg: reg, paras: []string{
			"Frost ruins olive harvest",
			opening,
			"Varnia's forestry department, at the hill station near Orlo, said the frost would last another week.",
			`It called the cold "the hardest in thirty winters."`,
		}, want: map[string]string{"the hardest in thirty winters.": "Forestry Department of Varnia"}},
		{name: "a described ministry", reg: reg, paras: []string{
			"Frost ruins olive harvest",
			opening,
			"Varnia's farming ministry, in a note to the growers' union, said the trees would be counted in May.",
			`It said growers would be "paid for every tree."`,
		}, want: map[string]string{"paid for every tree.": "Ministry of Farming of Varnia"}},
	})
}

// TestRound30InitialsBeforeStateBody: "<ACR> <State body>", a country's
// initials the registry lists as its alias before a state body's name by
// its form, is that country's body under the "<Body> of <Country>"
// convention, as "<Nationality> <State body>" is.
func TestRound30InitialsBeforeStateBody(t *testing.T) {
	t.Parallel()
	reg := keshiaVarniaRegistry()
	reg.Speakers[0].Aliases = []string{"RKS", "Republic of Keshia"}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "initials before a national agency", reg: reg, paras: []string{
			"Border market to open to Varnian traders",
			"Traders from Varnia will be allowed into the Dolmen border market from next month, state media said on Friday.",
			`A spokesperson for the RKS National Markets Agency said stalls were "ready for the first buyers."`,
		}, want: map[string]string{"ready for the first buyers.": "National Markets Agency of Keshia"}},
	})
}
