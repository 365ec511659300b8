package ingest_test

import (
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// TestDateLines: the common forms an article's own date line takes, in a
// plain-text article — a byline with a mark before the date, an author's
// name and role in lower case over a stamp, a print edition's page beside
// the date, a press release's dateline with its place in ordinary
// capitals, and a release's closing sign-off block — each dates the
// article; a sentence that ends in a date does not.
func TestDateLines(t *testing.T) {
	t.Parallel()
	const body = "\n\nThe harbour board approved a new pontoon for the marina on Monday, the board said.\n\n" +
		"\"Visiting yachts have doubled in five years and the old berths cannot cope,\" harbour master Ilse Brandvold-Achebe said.\n\n" +
		"Work on the pontoon is expected to begin in spring."
	for _, tc := range []struct{ name, text, date string }{
		{"a byline, a bar, a date and a time",
			"Harbour board backs new pontoon\n\nby Teodor Halvorsen-Ama | March 11, 2025, 9:05 am" + body, "2025-03-11"},
		{"a byline, two slashes and a date",
			"Harbour board backs new pontoon\n\nBy Teodor Halvorsen-Ama // 11 March 2025" + body, "2025-03-11"},
		{"a byline over a weekday's date line",
			"Harbour board backs new pontoon\n\nBy Teodor Halvorsen-Ama\nWednesday, 12 March 2025" + body, "2025-03-12"},
		{"a name and a role in lower case over a stamp",
			"Harbour board backs new pontoon\n\nTeodor Halvorsen-Ama Senior maritime reporter\nMar 11, 2025 – 6.40pm" + body, "2025-03-11"},
		{"a print edition's page beside the date",
			"Harbour board backs new pontoon\n\nBy Teodor Halvorsen-Ama / Staff reporter\n\nTue, Mar 11, 2025 page5" + body, "2025-03-11"},
		{"reading time beside the stamp",
			"Harbour board backs new pontoon\n\nMarch 11, 2025 10:12 AM · 4 min read" + body, "2025-03-11"},
		{"a release's dateline with its place in ordinary capitals",
			"Harbour board backs new pontoon\n\nHarbour House, Tuesday, 11 March 2025 – The harbour board approved a new pontoon for the marina.\n\n" +
				"\"Visiting yachts have doubled,\" harbour master Ilse Brandvold-Achebe said.", "2025-03-11"},
		{"a dateline with the month's day and the year apart",
			"Harbour board backs new pontoon\n\nPort Vellin, March 11, 2025 - The harbour board approved a new pontoon for the marina.\n\n" +
				"\"Visiting yachts have doubled,\" harbour master Ilse Brandvold-Achebe said.", "2025-03-11"},
		{"a release's sign-off block",
			"Harbour board backs new pontoon" + body + "\n\n. . .\n\nOFFICE OF THE HARBOUR MASTER\nPORT VELLIN\n11 MARCH 2025", "2025-03-11"},
		{"a sign-off in ordinary capitals",
			"Harbour board backs new pontoon" + body + "\n\nOffice of the Harbour Master, Port Vellin\n11 March 2025", "2025-03-11"},
		{"a dateline closed by an agency's tag between slashes",
			"Harbour board backs new pontoon\n\nPort Vellin, March 11, 2025 /NORDPRESS/. The harbour board approved a new pontoon for the marina.\n\n" +
				"\"Visiting yachts have doubled,\" harbour master Ilse Brandvold-Achebe said.", "2025-03-11"},
		{"a dateline in capitals with a date in figures and an agency's tag",
			"Harbour board backs new pontoon\n\nPORT VELLIN, 11.03.2025 /NORDPRESS/. The harbour board approved a new pontoon for the marina.\n\n" +
				"\"Visiting yachts have doubled,\" harbour master Ilse Brandvold-Achebe said.", "2025-03-11"},
		{"a dateline with an ordinal day and a comma before the year",
			"Harbour board backs new pontoon\n\nPort of Vellin, Tuesday 11th March, 2025 – The harbour board approved a new pontoon for the marina.\n\n" +
				"\"Visiting yachts have doubled,\" harbour master Ilse Brandvold-Achebe said.", "2025-03-11"},
		{"a dateline from two places",
			"Harbour board backs new pontoon\n\nPort Vellin/Geneva, 11 March 2025 – The harbour board approved a new pontoon for the marina.\n\n" +
				"\"Visiting yachts have doubled,\" harbour master Ilse Brandvold-Achebe said.", "2025-03-11"},
		{"a release's place and date on a line of their own",
			"Harbour board backs new pontoon\n\nPort Vellin, Tuesday 11th March, 2025" + body, "2025-03-11"},
		{"a stamp in figures with a slash and a zone over the issuer's notice",
			"Harbour board backs new pontoon\n\n11.03.2025 / 07:30 CET/CEST\nThe issuer is solely responsible for the content of this announcement." + body, "2025-03-11"},
		{"a byline over a published line with a short weekday and a time",
			"Harbour board backs new pontoon\n\nby\nTeodor Halvorsen-Ama\nPublished: Tue 11 Mar 2025, 3:41 PM" + body, "2025-03-11"},
		{"a weekday, a date, two slashes and a time",
			"Harbour board backs new pontoon\n\nTue 11 Mar 2025 // 14:22 UTC" + body, "2025-03-11"},
		{"an author line over a stamp with dashes between its parts",
			"Harbour board backs new pontoon\n\nAuthor: Teodor Halvorsen-Ama\nMar - 11 - 2025 , 07:15" + body, "2025-03-11"},
		{"a name and an outlet in brackets over the place, a mark and the stamp",
			"Harbour board backs new pontoon\n\nTeodor Halvorsen-Ama (The Vellin Post)\nPort Vellin ● Tue, March 11, 2025" + body, "2025-03-11"},
		{"a long release's sign-off with the time it was issued",
			"Harbour board backs new pontoon" + strings.Repeat(body, 4) + "\n\nEnds/Tuesday, March 11, 2025\nIssued at HKT 14:12", "2025-03-11"},
		{"a sentence with a date in figures",
			"Harbour board backs new pontoon\n\nThe harbour board met on 11.03.2025 and approved a new pontoon for the marina." + body, "0001-01-01"},
		{"a sentence that ends in a date",
			"Harbour board backs new pontoon" + body + "\n\nBids for the work close on 11 March 2025", "0001-01-01"},
		{"a clause before a date is no dateline",
			"Harbour board backs new pontoon\n\nThe board, which met on 11 March 2025 – its first meeting of the year – approved the pontoon.\n\n" +
				"\"Visiting yachts have doubled,\" harbour master Ilse Brandvold-Achebe said.", "0001-01-01"},
		{"a line that ends in a date with a verb in lower case",
			"Harbour board backs new pontoon\n\nTeodor Halvorsen-Ama reports from Port Vellin\nMar 11, 2025 – 6.40pm" + body, "0001-01-01"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := ingest.ReadText(tc.text)
			if got := a.Date.Format(briefings.DateLayout); got != tc.date {
				t.Errorf("date %s, want %s (%s)", got, tc.date, a.DateFrom)
			}
		})
	}
}

// TestBylineDateInPage: a page whose byline ends in its date ("By X //
// <date>") and which has no machine date is dated by the byline, and the
// date does not stay in the author's name.
func TestBylineDateInPage(t *testing.T) {
	t.Parallel()
	page := []byte(`<!doctype html><html><head><meta charset="utf-8"><title>Clinic hours cut</title></head><body>
<main><article><h1>Clinic hours cut</h1>
<p class="byline">By <a href="/people/x">Rhiannon Adeyemi-Holt</a> // 09 April 2025</p>
<div class="body"><p>The rural clinic will close on Saturdays from May, the district health office said.</p>
<p>“We cannot staff a sixth day without new nurses,” district health officer Maren Okwuosa-Lund said.</p>
<p>The office said it would review the hours in the autumn.</p></div></article></main></body></html>`)
	a := ingest.ReadHTML(page, "https://districtnews.example/clinic-hours")
	if got := a.Date.Format(briefings.DateLayout); got != "2025-04-09" {
		t.Errorf("date %s, want 2025-04-09 (%s)", got, a.DateFrom)
	}
	if a.Author != "Rhiannon Adeyemi-Holt" {
		t.Errorf("author %q, want %q", a.Author, "Rhiannon Adeyemi-Holt")
	}
}
