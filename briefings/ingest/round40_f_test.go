package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound40FDateLines: date lines the header prints in forms the draft
// used to miss, so that today's date (2025-03-04) stood in — a byline with
// the outlet after a bar over a weekday's date, a stamp in figures after
// its weekday (read the one way the weekday agrees with), a weekly's
// publication line with its issue in brackets, and date lines in Dutch,
// Malay, Indonesian, Spanish, French and Slovene forms. A stamp in figures
// whose weekday fits both readings, or neither, dates nothing. Copy taken
// off a page that runs the byline into the stamp under it ("<Words><d>
// <Month> <yyyy>", the line break lost) is dated too (stop 36); a figure
// run into a word that starts no date ("Budget2025") dates nothing.
func TestRound40FDateLines(t *testing.T) {
	t.Parallel()
	const body = "\n\nThe harbour board approved a new pontoon for the marina on Monday, the board said.\n\n" +
		"\"Visiting yachts have doubled in five years and the old berths cannot cope,\" harbour master Ilse Brandvold-Achebe said.\n\n" +
		"Work on the pontoon is expected to begin in spring."
	const head = "Harbour board backs new pontoon\n\n"
	for _, tc := range []struct{ name, text, date string }{
		{"a byline with the outlet after a bar over a weekday's date",
			head + "By Teodor Halvorsen-Ama | Vellin Radio News\nTuesday, March 11, 2025" + body, "2025-03-11"},
		{"a stamp in figures, day first, under the outlet's section",
			head + "Vellin Radio Sport\nTuesday 11/03/25  09:15" + body, "2025-03-11"},
		{"a stamp in figures, month first, as the weekday says",
			head + "Vellin Radio Sport\nMonday 11/03/25  09:15" + body, "2025-11-03"},
		{"a stamp in figures whose weekday fits both readings",
			head + "Vellin Radio Sport\nWednesday 12/03/25  09:15" + body, "2025-03-04"},
		{"a stamp in figures whose weekday fits neither reading",
			head + "Vellin Radio Sport\nFriday 11/03/25  09:15" + body, "2025-03-04"},
		{"a weekly's publication line with its issue in brackets",
			head + "Published on Mar 11, 2025 [ Vol 14 ,No 602]\n\nBy Teodor Halvorsen-Ama, Staff Writer" + body, "2025-03-11"},
		{"a Dutch date line under the author's name",
			head + "Teodor Halvorsen\nDinsdag 11 maart 2025 om 09.15 uur" + body, "2025-03-11"},
		{"a Malay date line under the outlet's name",
			head + "Oleh TEODOR HALVORSEN\n\nBerita Vellin\n11 Mac 2025, 9:15 pm" + body, "2025-03-11"},
		{"an Indonesian date line with its zone",
			head + "Selasa, 11 Maret 2025 pukul 09.15 WIB" + body, "2025-03-11"},
		{"a Spanish date line with p. m. under the desk's byline",
			head + "Por: Redacción Puertos\n11 de marzo de 2025, 09:15 p. m." + body, "2025-03-11"},
		{"a French publication line with the time zone",
			head + "Publié le 11 mars 2025 à 9 h 15 HNE" + body, "2025-03-11"},
		{"a Slovene date line after its place, the time after a dash",
			head + "Koper, 11. marec 2025 – 09.15" + body, "2025-03-11"},
		{"a desk byline run into a day-first stamp", head + "Staff Writer11 March 2025" + body, "2025-03-11"},
		{"under a standfirst", head + "The marina's old berths cannot take the yachts that now call every summer.\n\nStaff Writer11 March 2025" + body, "2025-03-11"},
		{"an author's name run into a day-first stamp", head + "Teodor Halvorsen-Ama11 March 2025" + body, "2025-03-11"},
		{"a figure run into a word", head + "Budget2025 plans unveiled" + body, "2025-03-04"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			d := draftWith(t, nil, tc.text)
			if got := d.Date.Format(briefings.DateLayout); got != tc.date {
				t.Errorf("date %s, want %s (%s)", got, tc.date, d.DateFrom)
			}
		})
	}
}
