package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// round34aRegistry names each state's bodies "<Body> of <Country>", and
// lists two countries whose English names take "the".
func round34aRegistry() *briefings.Registry {
	return &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Bahamas", Kind: "place", Role: "Country", Aliases: []string{"Nassau"}},
		{Name: "Gambia", Kind: "place", Role: "Country", Aliases: []string{"Banjul", "Republic of The Gambia"}},
		{Name: "Austria", Kind: "place", Role: "Country", Aliases: []string{"Vienna"}},
		{Name: "Paraguay", Kind: "place", Role: "Country", Aliases: []string{"Asunción"}},
		{Name: "Ministry of Foreign Affairs of Austria", Kind: "organisation", Role: "Austria's foreign ministry"},
		{Name: "Ministry of Health of Paraguay", Kind: "organisation", Role: "Paraguay's health ministry"},
		{Name: "Ministry of Finance of Paraguay", Kind: "organisation", Role: "Paraguay's finance ministry"},
		{Name: "Ministry of Trade of Kenya", Kind: "organisation", Role: "Kenya's trade ministry"},
	}}
}

// TestRound34ArticledCountry: a country whose English name takes "the"
// ("<Body> of the <Country>") keeps it after a home body's "of", unless the
// registry's own long form of the country drops it.
func TestRound34ArticledCountry(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a plural island state", reg: round34aRegistry(), paras: []string{
			"Nassau tightens reef fishing rules",
			"NASSAU, 2 March - The Bahamas will close three reefs to fishing from April.",
			"The Ministry of Agriculture and Marine Resources said the closures were \"needed for the grouper to recover\".",
		}, want: map[string]string{"needed for the grouper to recover": "Ministry of Agriculture and Marine Resources of the Bahamas"}},
	})
}

// TestRound34SuperintendencyOfField: "the Superintendency of <Field>", a
// state regulator's name in Spanish-speaking states, is a body's head like
// "Ministry of <Field>", drafted with its home country.
func TestRound34SuperintendencyOfField(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the regulator with its initials", reg: round34aRegistry(), paras: []string{
			"Asunción banks fined over card fees",
			"ASUNCIÓN, 9 May - Paraguay's banks overcharged card holders for two years, regulators found.",
			"The Superintendency of Banks (SIB) said in a resolution that clients \"must be refunded within sixty days\".",
		}, want: map[string]string{"must be refunded within sixty days": "Superintendency of Banks of Paraguay"}},
	})
}
