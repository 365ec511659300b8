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

// TestRound34MinistryForPortfolio: a home ministry named by its remit
// ("the Federal Ministry for <Field>", "the Ministry for <Field>") takes its
// home country as "Ministry of <Field>" does; a city the story is set near
// is no country.
func TestRound34MinistryForPortfolio(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a federal ministry", reg: round34aRegistry(), paras: []string{
			"Rail operator warns of summer closures",
			"VIENNA, 3 June - Austria's rail operator will close the western line for six weeks this summer.",
			"The Federal Ministry for Climate Action said in a statement that the works were \"overdue by a decade\".",
		}, want: map[string]string{"overdue by a decade": "Federal Ministry for Climate Action of Austria"}},
		{name: "a city before the country", reg: round34aRegistry(), paras: []string{
			"Freight firm expects record autumn",
			"Alpenfracht Logistik expects up to 2,400 trains a week this autumn, around 6 per cent more than last year. The company presented its outlook today at its depot in Freilassing near Munich.",
			"The Ministry of Foreign Affairs has asked the firm to add a night train to the Balkans.",
			"The Ministry for Climate Action said the forecast was \"a model for the whole sector\".",
		}, want: map[string]string{"a model for the whole sector": "Ministry for Climate Action of Austria"}},
	})
}

// TestRound34FieldDirectorate: "the <Field> Directorate", named bare, is a
// state's administrative arm by its head alone, drafted with its home
// country where the registry names state bodies so.
func TestRound34FieldDirectorate(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a police directorate", reg: round34aRegistry(), paras: []string{
			"Bus drivers block the ring road",
			"ASUNCIÓN, 8 October - Paraguay's bus drivers blocked the capital's ring road for a second day over unpaid wages.",
			"The Traffic Police Directorate said in a statement that \"vehicles left on the carriageway will be towed\".",
		}, want: map[string]string{"vehicles left on the carriageway will be towed": "Traffic Police Directorate of Paraguay"}},
	})
}

// TestRound34HeadlineCountry: when no sentence names a country, the one
// the title names is where the story is, and a bare state body the copy
// names is that country's.
func TestRound34HeadlineCountry(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the country only in the title", reg: round34aRegistry(), paras: []string{
			"LIVE: Paraguay taxi drivers' protest enters second day",
			"Taxi drivers kept their cars parked across the main avenue on Tuesday, demanding a cut in the fuel levy.",
			"The Ministry of Public Works said that \"every lane will be open by the evening\".",
		}, want: map[string]string{"every lane will be open by the evening": "Ministry of Public Works of Paraguay"}},
	})
}

// TestRound34PossessiveBeforeAcronym: "the <Body>'s (<ACR>) <decision>"
// names the body without the sentence's possessive, and the acronym then
// speaks for it.
func TestRound34PossessiveBeforeAcronym(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a company's possessive", paras: []string{
			"Commuters to challenge ferry fare rise",
			"A commuters' forum said on Monday it would go to court over the Harbourside Ferry Services Limited's (HFSL) decision to raise fares by a fifth.",
			"HFSL said in a notice that season tickets would be \"honoured until they expire\".",
		}, want: map[string]string{"honoured until they expire": "Harbourside Ferry Services Limited"}},
	})
}

// TestRound34DatelineOnItsOwnLine: an agency's dateline on a line of its
// own ("<PLACE>, <day> (<AGENCY>)") is no subtitle: its place is the
// story's home, whose court a bare "the Supreme Court" is.
func TestRound34DatelineOnItsOwnLine(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Peru", Kind: "place", Role: "Country", Aliases: []string{"Lima"}},
		{Name: "Chile", Kind: "place", Role: "Country", Aliases: []string{"Santiago"}},
		{Name: "Supreme Court of Peru", Kind: "organisation", Role: "Peru's top court"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the chamber of the home court", reg: reg, paras: []string{
			"Top court voids mining concession in Cajamarca",
			"LIMA, 12 (ANDINA)",
			"The Constitutional Chamber of the Supreme Court has voided a copper concession granted in 2019, finding that the licence \"ignored the prior consultation of the communities\".",
			"The company said it would study the ruling.",
		}, want: map[string]string{"ignored the prior consultation of the communities": "Supreme Court of Peru"}},
	})
}
