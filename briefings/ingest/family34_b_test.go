package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestFamily34BracketedInitials: a body's bracketed initials, and what
// hangs on them, stay out of the speaker a reader sees: the legal form
// written after them ("<Name> (<ACR>) Ltd") closes the name before the
// brackets and is no firm of its own, and the bracket an aside's reading
// keeps ("<description>, the <Body> (<ACR>), said") is cut.
func TestFamily34BracketedInitials(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "legal form after the initials, then an aside", paras: []string{
			"Pipeline tender goes to appeal",
			"The Dorvalia Gas Transmission Company (DGTC) Ltd, in a note released after the ruling, said it was \"reading the order closely\".",
		}, want: map[string]string{"reading the order closely": "Dorvalia Gas Transmission Company"}},
		{name: "Limited after the initials", paras: []string{
			"Kiln reopens at the quarry",
			"Work at the Pellan quarry stopped for three weeks in February while engineers replaced the old kiln and its fans.",
			"The Pellan Cement Works (PCW) Limited said the new kiln could \"fire again in March.\"",
		}, want: map[string]string{"fire again in March.": "Pellan Cement Works"}},
		{name: "initials closing an aside", paras: []string{
			"Growers take land case to judges",
			"Lawyers for the growers, the Union of Hill Coffee Growers of Marsk (UHCGM), said the plots were taken \"without a single hearing.\"",
		}, want: map[string]string{"without a single hearing.": "Union of Hill Coffee Growers of Marsk"}},
	})
}

// TestFamily34MinistryFor: a state's ministry named for its remit with
// "for" ("Ministry for <Field>"), as some states write it, is named with
// its home country as the convention names "Ministry of <Field>", when the
// registry names the country's bodies so.
func TestFamily34MinistryFor(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Vestria", Kind: "place", Role: "Country", Aliases: []string{"Orlen"}},
		{Name: "Ministry of Dunes and Forests of Vestria", Kind: "organisation", Role: "Vestria's forestry ministry"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a ministry for its remit", reg: reg, paras: []string{
			"Dune works halted by court order",
			"ORLEN, Vestria — A court in Vestria halted work on the northern dunes on Monday after two villages sued over the loss of their grazing land.",
			`The Ministry for Coastal Renewal told reporters it needed time to "read every page of the order" first.`,
			"Vestria has spent four years rebuilding the dunes after the storms of the last decade.",
		}, want: map[string]string{"read every page of the order": "Ministry for Coastal Renewal of Vestria"}},
	})
}

// TestFamily34DescribedBodyOneWordName: a body described in lower case
// after a place's possessive, then named by one word set off in commas
// ("<City>'s municipal <utility>, <Name>, said"), is the body by that
// name: one capitalised word alone reads as a person's name, but after a
// body's description it is the body's. A person's description keeps the
// name a person's.
func TestFamily34DescribedBodyOneWordName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a utility named by one word", paras: []string{
			"Harbour town braces for a dry summer",
			"Reservoirs above the town held a third of their usual water by late spring, the lowest in two decades.",
			`Tarnby's municipal power company, Trafiko, told customers on Friday that power would stay "secure for now" despite the drought.`,
			`Tarnby's mayor, Oskar, said the budget for the summer was "tight but fair."`,
		}, want: map[string]string{
			"secure for now":  "Trafiko",
			"tight but fair.": "Oskar",
		}},
	})
}

// TestFamily34RomanceBodyByHead: a body named in French, Spanish or
// Portuguese with lower-case words between its head and its place
// ("<Head> <adjective> de <Place>", "<Head> des <members> du <Place>"),
// which copy then calls by its head and adjective ("the <Head>
// <adjective> said") or a pronoun, is that body, named in full, not a
// second body called by the head alone.
func TestFamily34RomanceBodyByHead(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a port authority by its head and adjective", paras: []string{
			"Schooner owners warn of halt to island runs",
			"The owners of the inter-island schooners have warned that three boats could stop sailing to the atolls next month once the Port autonome de Vaitape starts charging its new fees on 1 May.",
			`The Port autonome replied on its website that its fee grid had been "agreed with the users since spring".`,
		}, want: map[string]string{"agreed with the users since spring": "Port autonome de Vaitape"}},
		{name: "a growers' association by its head", paras: []string{
			"Clam growers lose lease appeal",
			"The Association des palourdiers du Morbihan, which speaks for most of the growers on the bay, asked the tribunal to overturn the order.",
			`The Association told the judges that the growers had been treated like "guests on their own beds".`,
		}, want: map[string]string{"guests on their own beds": "Association des palourdiers du Morbihan"}},
	})
}
