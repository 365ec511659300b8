package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound14HeaderDates: an article no stamp, date line or dateline rule
// dates takes the first full date its header lines set off — a line of
// place, date, time and byline run together with bars, a date alone in
// figures with a closing stop, a dateline naming the city and the country
// with a full stop after the year, a date with day, month and year joined
// by hyphens — and not a date the header or the story puts in a sentence.
// The draft's date stands in for today's (2025-03-04) when none is read.
func TestRound14HeaderDates(t *testing.T) {
	t.Parallel()
	const story = "The river authority opened a new flood gauge on the upper reach, the authority said.\n\n" +
		"\"The gauge gives the valley two more hours of warning,\" hydrologist Maren Oduya-Strand said.\n\n" +
		"A second gauge is planned for the estuary."
	for _, tc := range []struct{ name, text, date string }{
		{"place, date, weekday and byline run together with bars",
			"New flood gauge opens on the upper reach\n\nPort Lorne, Ardmoria | March 17, 2025, Monday @ 09:40| By Kes Varda | Views: 2,301\n\n" + story, "2025-03-17"},
		{"a bulleted stamp with the place after the date",
			"New flood gauge opens on the upper reach\n\nRiver authority news • 17 March 2025 • Port Lorne • Reading time 2 min\n\n" + story, "2025-03-17"},
		{"a date in figures alone with a closing stop",
			"RIVER AUTHORITY OF ARDMORIA\n\nNews | Gauges and works\n\n17.03.2025.\n\nNew flood gauge opens on the upper reach\n\n" + story, "2025-03-17"},
		{"a date in figures with a slash and the year first",
			"New flood gauge opens on the upper reach\n\nNews release\n\n2025/03/17.\n\n" + story, "2025-03-17"},
		{"a dateline with the city, the country and a stop after the year",
			"River Authority\n\nNEW FLOOD GAUGE OPENS ON THE UPPER REACH\n\nPort Lorne, Ardmoria, March 17, 2025. – " + story, "2025-03-17"},
		{"a dateline with region and country and a spaced dash",
			"New flood gauge opens on the upper reach\n\nLorne Valley, Upper Province, Ardmoria, 17 March 2025 - " + story, "2025-03-17"},
		{"day, month and year joined by hyphens over an issuer's notice",
			"Ardmoria Waterworks AG / Key word(s): Infrastructure\n\nNew flood gauge opens on the upper reach\n\n17-Mar-2025 / 09:40 CET/CEST\nThe issuer is solely responsible for the content of this announcement.\n\n" + story, "2025-03-17"},
		{"hyphens with the month in full",
			"New flood gauge opens on the upper reach\n\n17-March-2025\n\n" + story, "2025-03-17"},
		// Not set off: a deadline in the standfirst, an event in the
		// headline, the story's own "On <date>, …".
		{"a deadline in the standfirst is no date of the article",
			"New flood gauge opens on the upper reach\n\nComments on the second gauge close on 30 April 2025\n\n" + story, "2025-03-04"},
		{"a headline's event date is no date of the article",
			"Valley to vote on flood levy on 30 April 2025\n\n" + story, "2025-03-04"},
		{"the story's own opening date is no dateline",
			"New flood gauge opens on the upper reach\n\nOn 30 April 2025, the river authority will open a second gauge on the estuary, officials said.\n\n" + story, "2025-03-04"},
		{"a date deep in the story is not the header's",
			"New flood gauge opens on the upper reach\n\n" + story + "\n\nPort Lorne, 30 April 2025 – a second gauge opens then.", "2025-03-04"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := draftWith(t, nil, tc.text)
			if got := d.Date.Format(briefings.DateLayout); got != tc.date {
				t.Errorf("date %s, want %s (%s)", got, tc.date, d.DateFrom)
			}
		})
	}
}
