package ingest_test

import (
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// TestRound18Dates: the draft is dated by forms real pages print and the
// rules passed over — a short month run into its day and year on a
// paper's stamp line, an information service's tag closed by a dash
// before the date and a colon, a bank's "Press release No. <n>/<year>"
// heading over its date, and a listed company's closing line saying when
// its stock exchange announcement was published, inside the paragraph of
// the market-abuse notice, a transcript's line of where and when the event
// was held, and a bare date line closing an interview — while a sentence that names a day in the
// same forms still does not. The draft's date stands in for today's
// (2025-03-04) when none is read.
func TestRound18Dates(t *testing.T) {
	t.Parallel()
	const story = "The river authority opened a new flood gauge on the upper reach, the authority said.\n\n" +
		"\"The gauge gives the valley two more hours of warning,\" hydrologist Maren Oduya-Strand said.\n\n" +
		"A second gauge is planned for the estuary."
	for _, tc := range []struct{ name, text, date string }{
		{"a month run into its day and year, with a time",
			"New flood gauge opens on the upper reach\n\nDalia Ferreira-Mota\nPort Lorne\n\nMar.17.2025 at 3:45PM\n\n" + story, "2025-03-17"},
		{"a posted and modified stamp with a comma before the year",
			"Posted on : Mar.17,2025 16:42 KST Modified on : Mar.17,2025 17:05 KST\n\nNew flood gauge opens on the upper reach\n\n" + story, "2025-03-17"},
		{"a sentence naming a day in that form is no stamp",
			"New flood gauge opens on the upper reach\n\nThe second gauge will be tested from Apr.30,2025 onwards, the authority said.\n\n" + story, "2025-03-04"},
		{"an information service's tag, a dash, the date and a colon",
			"New flood gauge opens on the upper reach\n\nAIS – 17 March 2025: The river authority opened a new flood gauge on the upper reach of the Lorne today, officials said.\n\n" + story, "2025-03-17"},
		{"a dash before a date a sentence gives is no tag",
			"New flood gauge opens on the upper reach\n\nThe gauge was ordered – 17 March 2025: the authority says it will follow with a second one on the estuary soon.\n\n" + story, "2025-03-04"},
		{"a bank's numbered release heading over its date",
			"Central Bank of Ardmoria\n\nPress release No. 12/2025\nStatement of the Monetary Policy Committee\n17 March 2025\n\n" + story, "2025-03-17"},
		{"a listed company's closing line inside the market-abuse notice",
			"Ardmoria Salmon P/F: Harvest guidance reduced\n\n" + story + "\n\n" +
				"This information is considered to be inside information pursuant to the EU Market Abuse Regulation and is subject to the disclosure requirements pursuant to Section 5-12 of the Securities Trading Act. " +
				"This stock exchange announcement was published by Ola Nordby-Lund, Investor Relations, on 17 March 2025 at 07:45 CET.", "2025-03-17"},
		{"the submitted-for-publication line, time before date",
			"Ardmoria Salmon P/F: Harvest guidance reduced\n\n" + story + "\n\n" +
				"This information is information that Ardmoria Salmon P/F is obliged to make public pursuant to the EU Market Abuse Regulation, and it was read out to the board before the notice went out to the market. " +
				"This information was submitted for publication, through the agency of the contact person set out above, at 07:45 CET on 17 March 2025.", "2025-03-17"},
		{"a closing sentence about another publication is no disclosure line",
			"Ardmoria Salmon P/F: Harvest guidance reduced\n\n" + story + "\n\n" +
				"The company's annual report, which sets out the harvest plan for the coming years and the risks the board sees in the autumn season, will follow. " +
				"This plan was published in the report on 17 March 2025 and remains in force.", "2025-03-04"},
		{"a transcript's line of where and when the event was held",
			"Government of Ardmoria | Prime Minister's Office\n\nTranscript: Press conference on the new flood gauges\n\nPress conference in Harbour House, Port Lorne, 17 March 2025, 14:00\n\nParticipants:\nPrime Minister Tavo Renkel\n\n" + story, "2025-03-17"},
		{"a header line ending in a date after a verb is no such line",
			"New flood gauge opens on the upper reach\n\nTenders close in Port Lorne, 30 April 2025\n\n" + story, "2025-03-04"},
		{"a bare date line after the story, over the links",
			"New flood gauge opens on the upper reach\n\n" + story + "\n\n17 March 2025\n\nRead more stories from the valley here.", "2025-03-17"},
		{"a closing sentence that ends in a date is no date line",
			"New flood gauge opens on the upper reach\n\n" + story + "\n\nThe estuary gauge opens on 30 April 2025\n\nRead more stories from the valley here.", "2025-03-04"},
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

// TestRound18DateUnderHeadline: a page that carries no machine date and
// no element named for one, and prints its date in a bare paragraph right
// under its headline (as ministries' pages do), is dated by it; a date
// in the story's first paragraph under the headline is not one.
func TestRound18DateUnderHeadline(t *testing.T) {
	t.Parallel()
	const head = `<!DOCTYPE html><html><head><title>Ardmoria-Norland Foreign Ministers' Meeting | Ministry of Foreign Affairs of Ardmoria</title></head><body>
<header><p class="logo">Ministry of Foreign Affairs of Ardmoria</p><nav><ul><li><a href="/">Home</a></li><li><a href="/press">Press Releases</a></li></ul></nav></header>
<main><h1>Ardmoria-Norland Foreign Ministers' Meeting</h1>
`
	const body = `<div class="main-text">
<p>1. On March 17, commencing at 5:30 p.m. for approximately 50 minutes, Mr. Tavo Renkel, Minister for Foreign Affairs of Ardmoria, held a meeting with Ms. Ilse Varga-Moen, Minister of Foreign Affairs of Norland, who was visiting the country.</p>
<p>2. Minister Renkel stated that Ardmoria would stand by Norland "as a reliable partner in its harbour projects" and welcomed the agreement on ferry links signed by the two governments last year.</p>
<p>3. The two ministers exchanged views on the situation in the northern seas and confirmed that they would cooperate on fisheries research and on the protection of the coastal waters they share.</p>
</div></main></body></html>`
	for _, tc := range []struct{ name, page, date string }{
		{"a bare date paragraph under the headline", head + `<p class="rightalign">March 17, 2025</p>` + body, "2025-03-17"},
		{"a sentence under the headline is no date line", head + `<p>The meeting of 17 March 2025 was the first in four years.</p>` + body, "2025-03-04"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			a := ingest.ReadHTML([]byte(tc.page), "https://mfa.example/press/meeting")
			d, err := ingest.New(nil).Draft(a, ingest.Options{Now: func() time.Time { return time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC) }})
			if err != nil {
				t.Fatal(err)
			}
			if got := d.Date.Format(briefings.DateLayout); got != tc.date {
				t.Errorf("date %s, want %s (%s)", got, tc.date, d.DateFrom)
			}
		})
	}
}
