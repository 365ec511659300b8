package ingest_test

import (
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// TestRound47EdgeInputs feeds short, odd inputs through the public Draft
// path, the shapes round 47's rules read at their edges: a lone connector
// or abbreviation, a possessive unit with nothing before it, a bracketed
// gloss with no state before it, a title cut after "of", a list with no
// parties, multi-byte runes next to a dateline's name, tabs and trailing
// punctuation. No input may panic, and no new speaker may start in lower
// case.
func TestRound47EdgeInputs(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Norland", Kind: "place", Role: "Country"},
		{Name: "Ostmark", Kind: "place", Role: "Country"},
		{Name: "Ministry of Health of Norland", Kind: "organisation", Role: "Norland's health ministry"},
		{Name: "Legal Affairs Committee of the Assembly", Kind: "organisation", Role: "Assembly committee"},
		{Name: "Transport Department of Norland", Kind: "organisation", Role: "Norland's transport department"},
	}}
	inputs := []string{
		"",
		" ",
		"\t",
		"Without",
		"Without.",
		"B.C.",
		"B.C. said.",
		"the organisation's office said",
		`"Yes," the organisation's office said.`,
		`"Yes," the organisation's Norland office said`,
		"(Taiwan)",
		"Republic of China (Taiwan)",
		"The Republic of China (Taiwan) said it would respond.",
		"Minister of",
		"the Minister of",
		`"No," said the Minister of`,
		`"No," the Minister for Health said at the time.`,
		", , and said",
		"Norland, Ostmark and said in a joint statement.",
		`"We agree," Norland, Ostmark, and said in a joint statement.`,
		`"We agree," , Norland and Ostmark said in a joint statement.`,
		"Th.",
		"Th. Ko said.",
		"Doctors Without",
		"Doctors Without Borders (",
		"the medical charity Doctors Without Borders (MSF)",
		"Board Meeting",
		"Following the Board Meeting, the board said.",
		"Captain Second Rank",
		"Petty Officer Second Class",
		"Judges:",
		"Ali Judges: Bo",
		"ZÜRICH –",
		"ZÜRICH – Züriché said.",
		"ÉVORA, May 4 — Évora officials said the city would act.\n\n\"We act,\" the city said.",
		"BRITISH COLUMBIA — The province's Ministry of Health said.\n\n\"We act,\" the ministry said.",
		"Press Release",
		"Norland PRESS RELEASE",
		"The Assembly and the Committee of",
		"the Board of Directors of",
		"The Board of Directors of Halvard Relief Trust said.",
		"Ahmad Nor, said.\tIn",
		"Legal Affairs Committee",
		"the Transport Department said.",
		"When residents wrote to the Ministry of Health, an official replied.",
		"police said.",
		"“",
		"’s",
		"Norland’s",
		"a, b, c.",
		"A\n\nB\n\nC",
		"The Minister of Health Jo Bo, the Minister of Trade, said.",
		"“Yes,” Jo Bo said.\n\n“No,” Bo said.\n\nBo Jo Ko said.",
	}
	now := func() time.Time { return time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC) }
	for _, r := range []*briefings.Registry{nil, reg} {
		in := ingest.New(r)
		for _, text := range inputs {
			func() {
				defer func() {
					if v := recover(); v != nil {
						t.Errorf("registry %v, %q: panic: %v", r != nil, text, v)
					}
				}()
				d, err := in.Draft(ingest.ReadText(text), ingest.Options{Now: now})
				if err != nil {
					return // an empty article may be refused; it must not crash
				}
				for _, n := range d.New {
					if c, _ := utf8.DecodeRuneInString(n.Name); n.Name == "" || unicode.IsLower(c) {
						t.Errorf("registry %v, %q: new speaker %q starts in lower case", r != nil, text, n.Name)
					}
				}
			}()
		}
	}
	// A page's own title is read for the division a story is placed in.
	for _, page := range []string{
		"<html><head><title>|</title></head><body><p>Hi.</p></body></html>",
		"<html><head><title> | , (</title></head><body><p>\"Yes,\" the state Department of Health said.</p></body></html>",
		"<html><head><title>Story | Site | Town, B.C.</title></head><body><p>\"Yes,\" the Ministry of Health said.</p></body></html>",
	} {
		func() {
			defer func() {
				if v := recover(); v != nil {
					t.Errorf("%q: panic: %v", page, v)
				}
			}()
			if _, err := ingest.New(reg).Draft(ingest.ReadHTML([]byte(page), "https://example.ca/a"), ingest.Options{Now: now}); err != nil {
				return
			}
		}()
	}
}
