package ingest_test

import "testing"

// TestFamily34BracketedInitials: a body's bracketed initials are no part
// of the name a reader sees — neither the legal form written after them
// ("<Name> (<ACR>) Ltd"), which is the close of the name before the
// brackets and no firm of its own, nor the bracket an aside's reading
// keeps ("<description>, the <Body> (<ACR>), said").
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
			"The Pellan Cement Works (PCW) Limited said the new kiln was \"ready for the season.\"",
		}, want: map[string]string{"ready for the season.": "Pellan Cement Works"}},
		{name: "initials closing an aside", paras: []string{
			"Growers take land case to judges",
			"Lawyers for the growers, the Union of Hill Coffee Growers of Marsk (UHCGM), said the plots were taken \"without a single hearing.\"",
		}, want: map[string]string{"without a single hearing.": "Union of Hill Coffee Growers of Marsk"}},
	})
}
