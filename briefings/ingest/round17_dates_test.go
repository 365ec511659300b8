package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound17ReleaseDates: a release's or a transcript's header dates the
// draft in the forms outlets print it — the event's name in title case
// over the day and time it was held, a label line in figures closed by a
// full stop, a dateline closed by a dash under a label line that carries
// a translator's note in brackets, a dateline closed by a full stop
// before the story's first sentence — and a date a sentence gives an
// event does not, nor "On <date>: …" with no place. The draft's date
// stands in for today's (2025-03-04) when none is read.
func TestRound17ReleaseDates(t *testing.T) {
	t.Parallel()
	const story = "The river authority opened a new flood gauge on the upper reach, the authority said.\n\n" +
		"\"The gauge gives the valley two more hours of warning,\" hydrologist Maren Oduya-Strand said.\n\n" +
		"A second gauge is planned for the estuary."
	const note = "PRESS RELEASE\n(Free translation of the French original. In case of discrepancy, the French version prevails.)\n\n" +
		"NEW FLOOD GAUGE ON THE UPPER REACH – WORKS COMPLETED\n\n"
	for _, tc := range []struct{ name, text, date string }{
		// A transcript's heading over the day and time it was held.
		{"a briefing's name over its weekday, date and time with a dot and am",
			"HARBOUR BOARD OF ARDMORIA\n\nTRANSCRIPT\n\nWeekly Press Briefing of the Hon. Chair\nMonday 17 March 2025, 10.00am\nBoard Room, Harbour House, Port Lorne\n\n" + story, "2025-03-17"},
		{"a conference's name over its date and an afternoon time",
			"TRANSCRIPT\n\nPress Conference of the Minister for Waterways and the Harbour Board\n17 March 2025, 2.30pm\n\n" + story, "2025-03-17"},
		{"a line with other words in lower case over a stamp is a sentence",
			"New flood gauge opens on the upper reach\n\nApplications for the second gauge close on\nWednesday 30 April 2025, 5.00pm\n\n" + story, "2025-03-04"},
		{"a heading ending in a joining word over a stamp is no heading",
			"New flood gauge opens on the upper reach\n\nDeadline for Submissions of\n30 April 2025, 5.00pm\n\n" + story, "2025-03-04"},
		// A label line in figures with a closing full stop.
		{"a published-date label in figures with a closing stop",
			"River Authority of Ardmoria\n\nNew flood gauge opens on the upper reach\n\nPublished date: 17.03.2025.\n\n" + story, "2025-03-17"},
		{"a date label in figures with a closing stop",
			"New flood gauge opens on the upper reach\n\nDate: 17.03.2025.\n\n" + story, "2025-03-17"},
		{"a sentence ending in a date in figures with a stop is no label",
			"New flood gauge opens on the upper reach\n\nVoting on the levy closes on 30.04.2025.\n\n" + story, "2025-03-04"},
		// A dateline under a label line with a note in brackets.
		{"a dash dateline under a release label with a translator's note",
			"ARDMORIA WATERWORKS S.A.\nPublic limited company with a share capital of 2,000,000,000\nRegistered office: Harbour House, Port Lorne\n\n" + note +
				"Port Lorne, 17 March 2025 – ARDMORIA WATERWORKS informs its shareholders that the works begun on Saturday 15 February 2025 were completed without incident.\n\n" + story, "2025-03-17"},
		{"an event's date in the first sentence under the note is no dateline",
			"ARDMORIA WATERWORKS S.A.\n\n" + note +
				"ARDMORIA WATERWORKS informs its shareholders that the agreement signed on 15 February 2025 with the river authority has been extended.\n\n" + story, "2025-03-04"},
		// A dateline closed by a full stop.
		{"a two-word place, the date and a full stop before the story",
			"MINISTRY OF WATERWAYS\n\nPRESS RELEASE 012/2025\n\nMinistry coordinates the opening of a new flood gauge on the upper reach\n\n" +
				"Port Lorne, 17 March 2025. The Ministry of Waterways, through the river authority, opened a new flood gauge signed off on 15 February 2025, officials said.\n\n" + story, "2025-03-17"},
		{"a place and its region before the date and a full stop",
			"New flood gauge opens on the upper reach\n\nPort Lorne, Upper Province, 17 March 2025. The river authority opened a new flood gauge on the upper reach.\n\n" + story, "2025-03-17"},
		{"a date a sentence gives an event, with a full stop, is no dateline",
			"New flood gauge opens on the upper reach\n\nThe agreement was signed in Port Lorne, 15 February 2025. The river authority then opened a new flood gauge on the upper reach.\n\n" + story, "2025-03-04"},
		{"an event's date in the first sentence is no dateline",
			"New flood gauge opens on the upper reach\n\nThe river authority opened the gauge under the agreement signed on 15 February 2025. Officials said more would follow.\n\n" + story, "2025-03-04"},
		{"On <date>: with no place stays passed over",
			"New flood gauge opens on the upper reach\n\nOn 30 April 2025: The river authority will open a second gauge on the estuary, officials said.\n\n" + story, "2025-03-04"},
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
