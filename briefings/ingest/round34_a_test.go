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
			"\"Half of these bridges were built before the war,\" the Federal Ministry for Climate Action said on Wednesday.",
		}, want: map[string]string{"Half of these bridges were built before the war": "Federal Ministry for Climate Action of Austria"}},
		{name: "a city before the country", reg: round34aRegistry(), paras: []string{
			"Lake brewery to double its exports",
			"Bräuhaus Mondsee will ship twice as much beer abroad next year, its owners told barley growers on Friday at a meeting in Freising near Munich.",
			"The Ministry of Foreign Affairs has asked the brewery to supply its embassies in Asia.",
			"The Ministry for Climate Action said the brewery's new boilers were \"what every plant should be fitting\".",
		}, want: map[string]string{"what every plant should be fitting": "Ministry for Climate Action of Austria"}},
	})
}

// TestRound34FieldDirectorate: "the <Field> Directorate", named bare, is a
// state's administrative arm by its head alone, drafted with its home
// country where the registry names state bodies so.
func TestRound34FieldDirectorate(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a customs directorate", reg: round34aRegistry(), paras: []string{
			"Smuggled tyres seized at river port",
			"ASUNCIÓN, 8 October - Paraguay's customs officers found 3,000 undeclared tyres on two barges moored at the river port.",
			"The Customs Directorate said on Wednesday that the tyres \"will be auctioned before the end of the year\".",
		}, want: map[string]string{"will be auctioned before the end of the year": "Customs Directorate of Paraguay"}},
	})
}

// TestRound34HeadlineCountry: when no sentence names a country, the one
// the title names is where the story is, and a bare state body the copy
// names is that country's.
func TestRound34HeadlineCountry(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the country only in the title", reg: round34aRegistry(), paras: []string{
			"Paraguay: river ferry crews stay ashore as pay talks stall",
			"Crews on the river ferries stayed ashore on Wednesday, and passengers queued for hours on both banks.",
			"The Ministry of Transport said that \"the crews will be paid before the holiday\".",
		}, want: map[string]string{"the crews will be paid before the holiday": "Ministry of Transport of Paraguay"}},
	})
}

// TestRound34PossessiveBeforeAcronym: "the <Body>'s (<ACR>) <decision>"
// names the body without the sentence's possessive, and the acronym then
// speaks for it.
func TestRound34PossessiveBeforeAcronym(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a company's possessive", paras: []string{
			"Dairy farmers halt deliveries over milk price",
			"Dairy farmers in the valley stopped deliveries on Monday, the first day of the Northfield Milk Processors Limited's (NMPL) lower price per litre.",
			"NMPL said the price would be \"looked at again in the spring\".",
		}, want: map[string]string{"looked at again in the spring": "Northfield Milk Processors Limited"}},
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
		{name: "the home court", reg: reg, paras: []string{
			"Copper mine told to stop work for 90 days",
			"LIMA, 12 (ANDINA)",
			"A copper mine in Cajamarca must stop work for 90 days. \"No village below the pit was ever asked,\" the Supreme Court said in its ruling on Thursday.",
			"The mine's owners said they would appeal.",
		}, want: map[string]string{"No village below the pit was ever asked": "Supreme Court of Peru"}},
	})
}
