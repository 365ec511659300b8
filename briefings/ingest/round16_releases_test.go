package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound16ReleaseDates: a release's dateline names a place whose name
// holds a particle in lower case ("Dar es Salaam", "Port of Spain") or is
// closed by a colon after "<City>, <Region>, <date>", as courts' and
// listed companies' releases print it; the date is the release's. A date a
// sentence or a deadline gives stays no date of the article.
func TestRound16ReleaseDates(t *testing.T) {
	t.Parallel()
	const story = "The river authority opened a new flood gauge on the upper reach, the authority said.\n\n" +
		"\"The gauge gives the valley two more hours of warning,\" hydrologist Maren Oduya-Strand said.\n\n" +
		"A second gauge is planned for the estuary."
	for _, tc := range []struct{ name, text, date string }{
		{"a city with a particle on its own line",
			"ARDMORIA WATERWORKS PLC\n\nANNOUNCEMENT TO SHAREHOLDERS\n\nDar es Salaam, 17 March 2025\n\n" + story, "2025-03-17"},
		{"a city with \"of\" and a dash",
			"New flood gauge opens on the upper reach\n\nPort of Spain, 17 March 2025 – " + story, "2025-03-17"},
		{"a city with \"de\" and its region",
			"New flood gauge opens on the upper reach\n\nSanta Cruz de Tenerife, Canary Islands, 17 March 2025\n\n" + story, "2025-03-17"},
		{"a court's dateline closed by a colon",
			"SUPREME COURT OF ARDMORIA\n\nPRESS RELEASE\n\nCourt Delivers Judgment in Flood Gauge Appeal\n\n" +
				"Port Lorne, Ardmoria, 17 March 2025: The Court of Appeal today delivered judgment in the appeal brought by the river authority against the valley council.\n\n" + story, "2025-03-17"},
		{"a colon after a city alone",
			"New flood gauge opens on the upper reach\n\nLorne, 17 March 2025: The river authority opened a new flood gauge on the upper reach today, officials said.\n\n" + story, "2025-03-17"},
		// Not set off: a particle with nothing capitalised after it, a
		// sentence's date closed by a colon.
		{"a deadline after \"of\" is no date of the article",
			"New flood gauge opens on the upper reach\n\nComments close at the end of 30 April 2025\n\n" + story, "2025-03-04"},
		{"a capitalised deadline after \"of\" is no date of the article",
			"New flood gauge opens on the upper reach\n\nDeadline of 30 April 2025\n\n" + story, "2025-03-04"},
		{"the story's own date before a colon is no dateline",
			"New flood gauge opens on the upper reach\n\nOn 30 April 2025: the river authority will open a second gauge on the estuary, officials said.\n\n" + story, "2025-03-04"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := draftWith(t, nil, tc.text)
			if got := d.Date.Format(briefings.DateLayout); got != tc.date {
				t.Errorf("date %s, want %s (%s)", got, tc.date, d.DateFrom)
			}
		})
	}
}
