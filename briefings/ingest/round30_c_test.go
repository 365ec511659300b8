package ingest_test

import (
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// TestRound30CDates: a page stamp whose month's full name carries a stray
// stop ("<Month>. <dd>, <yyyy> <hh:mm>") dates the story, and so does a
// byline block ("<Author> <Place> <date>") that stands under a standfirst
// written in sentences, where the page sets no subtitle. The draft's date stands in for today's
// (2025-03-04) when none is read.
func TestRound30CDates(t *testing.T) {
	t.Parallel()
	const story = "The river authority opened a new flood gauge on the upper reach, the authority said.\n\n" +
		"\"The gauge gives the valley two more hours of warning,\" hydrologist Maren Oduya-Strand said.\n\n" +
		"A second gauge is planned for the estuary."
	const deck = "Valley towns have waited a decade for a warning system. Now the first gauge is in the water and the second is funded."
	for _, tc := range []struct{ name, text, date string }{
		{"a byline block under a standfirst in sentences",
			"New flood gauge opens on the upper reach\n\n" + deck + "\n\nKesso Varda-Linn\nPort al-Lorne\n17 March, 2025\n\n" + story, "2025-03-17"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := draftWith(t, nil, tc.text)
			if got := d.Date.Format(briefings.DateLayout); got != tc.date {
				t.Errorf("date %s, want %s (%s)", got, tc.date, d.DateFrom)
			}
		})
	}
	t.Run("a page stamp with a stop after the month's name", func(t *testing.T) {
		page := `<html><head><title>New flood gauge opens on the upper reach</title></head><body><article>
<h1>New flood gauge opens on the upper reach</h1>
<p class="stamp">Posted <time>March. 17, 2025 09:45</time></p>
<p>The river authority opened a new flood gauge on the upper reach, the authority said on Monday after a week of tests.</p>
<p>"The gauge gives the valley two more hours of warning," hydrologist Maren Oduya-Strand said at the opening.</p>
<p>A second gauge is planned for the estuary, and the authority expects to open it before the autumn floods arrive.</p>
</article></body></html>`
		a, err := ingest.Read([]byte(page), "text/html", "")
		if err != nil {
			t.Fatal(err)
		}
		d, err := ingest.New(nil).Draft(a, ingest.Options{Now: func() time.Time { return time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC) }})
		if err != nil {
			t.Fatal(err)
		}
		if got := d.Date.Format(briefings.DateLayout); got != "2025-03-17" {
			t.Errorf("date %s, want 2025-03-17 (%s)", got, d.DateFrom)
		}
	})
}
