package ingest_test

import (
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// ferryStory is the body the date form tests set under their headers and
// over their sign-offs.
const ferryStory = "\n\nThe ferry operator said the winter timetable would add two crossings a day to the outer islands.\n\n" +
	"\"Islanders asked for an earlier boat and an evening one, and both are coming,\" the operator's director, Runa Apenes-Okoye, said.\n\n" +
	"The new crossings start after the spring storms."

// TestHeaderDateForms: the header lines a release or a court's summary
// dates itself with that no stamp or dateline rule read — a dateline whose
// place and date are closed by full stops, a release's number dated with
// "of", a date in another calendar with the Gregorian one after
// "corresponding to" — date the draft; a sentence or a law's heading of
// the same shape does not, and the draft keeps today's date in its place.
func TestHeaderDateForms(t *testing.T) {
	t.Parallel()
	const today = "2025-03-04" // draftWith's clock
	for _, tc := range []struct{ name, text, date string }{
		{"a dateline with its place and date closed by full stops",
			"ISLAND FERRY SERVICE\n\nMEDIA RELEASE\n\nFerry timetable adds winter crossings\n\n" +
				"Port of Vellin, Skarra and Holm. 11 February 2025. The ferry operator said the winter timetable would add crossings to the outer islands.\n\n" +
				"\"Islanders asked for an evening boat,\" the operator's director, Runa Apenes-Okoye, said.", "2025-02-11"},
		{"a dateline with the weekday before the date",
			"ISLAND FERRY SERVICE\n\nMEDIA RELEASE\n\nFerry timetable adds winter crossings\n\n" +
				"Vellin, Norland. Tuesday 11 February 2025. The ferry operator said the winter timetable would add crossings to the outer islands.\n\n" +
				"\"Islanders asked for an evening boat,\" the operator's director, Runa Apenes-Okoye, said.", "2025-02-11"},
		{"a sentence before a date closed by a full stop",
			"ISLAND FERRY SERVICE\n\nMEDIA RELEASE\n\nFerry timetable adds winter crossings\n\n" +
				"Crews tested the boats in Vellin. 11 February 2025. The ferry operator said the winter timetable would add crossings.\n\n" +
				"\"Islanders asked for an evening boat,\" the operator's director, Runa Apenes-Okoye, said.", today},
		{"a release's number dated with of",
			"Norland Maritime Court\nPress Release No. 17/2025 of 11 February 2025\n\nOrder of 20 January 2025\n\nFerry timetable upheld" + ferryStory, "2025-02-11"},
		{"a law's number dated with of",
			"Norland Maritime Court\nDecree No. 17/2025 of 11 February 2025\n\nFerry timetable upheld" + ferryStory, today},
		{"a date in another calendar corresponding to the Gregorian one",
			"Norland Ferry Authority\n\nFerry timetable adds winter crossings\n\nVellin, 12 Sha'ban al-Mu'azzam 1446H corresponding to 11 February 2025" + ferryStory, "2025-02-11"},
		{"another calendar's month first, its era's letters after the year",
			"Norland Ferry Authority\n\nFerry timetable adds winter crossings\n\nVellin, Sha'ban 12, 1446 AH corresponding to 11 February 2025" + ferryStory, "2025-02-11"},
		{"a sentence before the two calendars' dates",
			"Norland Ferry Authority\n\nFerry timetable adds winter crossings\n\nBoats sail from 12 Sha'ban 1446H corresponding to 11 February 2025" + ferryStory, today},
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

// TestArticleDateForms: lines the article's own date rules read — a
// release's sign-off dated first in the office's own calendar and then in
// the Gregorian one in brackets, a labelled stamp with a time zone after
// the time, a court summary's heading whose delivery label was run into
// the lines above it — date the article; a sign-off's sentence, or the
// story's own mention of a judgment's day, does not.
func TestArticleDateForms(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("\n\nThe operator said the crossings would be reviewed after the first month of the timetable.", 6)
	for _, tc := range []struct{ name, text, date string }{
		{"a sign-off dated in two calendars",
			"Ferry timetable adds winter crossings" + ferryStory + long + "\n\nPress Office\nNorland Ferry Authority\n2081 Magh 29 (11 February 2025)", "2025-02-11"},
		{"a sentence closing with the two calendars' dates",
			"Ferry timetable adds winter crossings" + ferryStory + long + "\n\nBookings open on 2081 Magh 29 (11 February 2025)", "0001-01-01"},
		{"a labelled stamp with a zone after the time",
			"Ferry timetable adds winter crossings\n\nUpdated on: 11 February,2025 06:40 AM IST | Vellin" + ferryStory, "2025-02-11"},
		{"a labelled stamp with a zone, then a bar and a desk's name",
			"Ferry timetable adds winter crossings\n\nLast Updated: 11 February 2025 06:40 PM GMT | Vellin Harbour Desk Team" + ferryStory, "2025-02-11"},
		{"a court summary's heading run into its delivery label",
			"MARITIME COURT OF NORLAND\n\nMEDIA SUMMARY\n\nR v Apenes and Holm Ferries Ltd\nAdmiralty Division, on appeal from the Harbour Court\nReasons for judgment delivered 11 February 2025\n\nBefore: The Hon. Justice Tove Mbeki-Lund" + ferryStory, "2025-02-11"},
		{"the story's own judgment delivered on a day",
			"Ferry operator wins appeal\n\nLawyers for the ferry operator were still reading the judgment delivered 11 February 2025" + ferryStory, "0001-01-01"},
		{"a sentence before a capitalised delivery label",
			"Ferry operator wins appeal\n\nThe appeal was heard in Vellin. Judgment delivered 11 February 2025" + ferryStory, "0001-01-01"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			a := ingest.ReadText(tc.text)
			if got := a.Date.Format(briefings.DateLayout); got != tc.date {
				t.Errorf("date %s, want %s (%s)", got, tc.date, a.DateFrom)
			}
		})
	}
}
