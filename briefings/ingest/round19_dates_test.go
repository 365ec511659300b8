package ingest_test

import (
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// TestRound19Dates: plain-text copy is dated by forms the rules passed
// over — a byline with the author's e-mail address between the name and
// the date line, a court's header giving the hearing's and the
// judgment's days (the judgment's dates it), a listed company's header
// naming the kind of release between the issuer and the stamp, and a
// magazine's closing line naming the print issue the piece ran in —
// while sentences that name a day in the same words still do not. The
// draft's date stands in for today's (2025-03-04) when none is read.
func TestRound19Dates(t *testing.T) {
	t.Parallel()
	const story = "The harbour board approved a second ferry berth on the north quay, the board said.\n\n" +
		"\"The berth ends the queues of the summer season,\" harbour master Ilka Provenzano-Dahl said.\n\n" +
		"Work on the berth starts in the autumn."
	for _, tc := range []struct{ name, text, date string }{
		{"a byline with an e-mail address over the date and time",
			"Harbour board approves second ferry berth\n\nBy Tomas Ekwueme-Ruiz | tekwueme@harbourpost.example\nMarch 17, 2025 at 7:30 am\n\n" + story, "2025-03-17"},
		{"a byline with a handle over the date",
			"Harbour board approves second ferry berth\n\nBy Tomas Ekwueme-Ruiz @tekwueme\n17 March 2025\n\n" + story, "2025-03-17"},
		{"a court's hearing and judgment days: the judgment's",
			"HIGH COURT OF NORLAND\n\nQuay Traders' Union v Harbour Board of Port Lorne\n\nCase 88/24\n\nDate of hearing: 2 December 2024\nDate of judgment: 17 March 2025\n\nMEDIA SUMMARY\n\n" + story, "2025-03-17"},
		{"a judgment delivered line",
			"Quay Traders' Union v Harbour Board of Port Lorne\n\nHeard: 2 December 2024\nJudgment delivered: 17 March 2025\n\n" + story, "2025-03-17"},
		{"a sentence about a judgment's day is no header",
			"Harbour board approves second ferry berth\n\nThe traders said the date of judgment: 30 April 2025, was set by the court, and they would appeal it.\n\n" + story, "2025-03-04"},
		{"a listed company's header with the kind of release",
			"Norfjord Ferjer ASA\nInside information\n17 March 2025 at 8:00 a.m. CET\n\nNorfjord Ferjer to order two electric ferries\n\n" + story, "2025-03-17"},
		{"a stock exchange release header",
			"Norfjord Ferjer ASA Stock exchange release 17 March 2025 at 8:00 a.m. CET\n\nNorfjord Ferjer to order two electric ferries\n\n" + story, "2025-03-17"},
		{"a lower-case line before a release kind is no header",
			"Norfjord Ferjer to order two electric ferries\n\nthe board will publish its inside information 30 April 2025 at 8:00 a.m. CET\n\n" + story, "2025-03-04"},
		{"a magazine's print issue line",
			"Harbour board approves second ferry berth\n\n" + story + "\n\nThis article appears in the 17 Mar 2025 issue of the Harbour Review, The quay wars", "2025-03-17"},
		{"an interview published in a print edition",
			"Harbour board approves second ferry berth\n\n" + story + "\n\nThis interview was published in the March 17, 2025 edition of Coastal Monthly.", "2025-03-17"},
		{"a closing sentence about another issue is no such line",
			"Harbour board approves second ferry berth\n\n" + story + "\n\nThe board's plan appears in the 30 April 2025 issue of its gazette.", "2025-03-04"},
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

// TestRound19DatesOnPages: a page with no machine-readable date is dated
// by where it prints one — the text of a <time> element with no datetime
// attribute, a board table's cell labelled "Date", a section line over
// the headline ("<Section> News of <weekday>, <date>") — while a table
// cell labelled for another day, a sentence over the headline and a
// <time> holding a sentence still do not date it.
func TestRound19DatesOnPages(t *testing.T) {
	t.Parallel()
	const head = `<!DOCTYPE html><html><head><title>Harbour board approves second ferry berth</title></head><body>
<div id="topbar"><a href="/">Home</a> <a href="/news">News</a></div>
`
	const body = `<div class="story"><h1>Harbour board approves second ferry berth</h1>
<p>The harbour board approved a second ferry berth on the north quay on Monday, ending a dispute that had run since the summer, the board said.</p>
<p>"The berth ends the queues of the summer season," harbour master Ilka Provenzano-Dahl told reporters after the vote.</p>
<p>Work on the berth starts in the autumn and is to be finished before the next summer season, the board said in its statement.</p>
</div></body></html>`
	for _, tc := range []struct{ name, page, date string }{
		{"a time element's text", head + `<div class="post-meta"><span class="author">Harbour Post - Tomas Ekwueme-Ruiz</span> <time>Monday 17 March 2025 - 18:05</time></div>` + body, "2025-03-17"},
		{"a time element holding a sentence", head + `<p><time>The board meets again on 30 April 2025 to decide</time></p>` + body, "2025-03-04"},
		{"a board table's date cell", head + `<table class="tbl_view"><tr><th scope="row">Title</th><td>Harbour board approves second ferry berth</td></tr><tr><th scope="row">Date</th><td>2025-03-17</td><th scope="row">Hit</th><td>310</td></tr></table>` + body, "2025-03-17"},
		{"a definition list's published term", head + `<dl><dt>Published:</dt><dd>17 March 2025</dd></dl>` + body, "2025-03-17"},
		{"a cell labelled for another day", head + `<table><tr><th>Date of hearing</th><td>2025-04-30</td></tr></table>` + body, "2025-03-04"},
		{"a section line over the headline", head + `<p class="floatLeft"><a href="/news/regional">Regional News</a> of Monday, 17 March 2025</p>` + body, "2025-03-17"},
		{"a sentence over the headline", head + `<p>Ferry tickets for the season of 30 April 2025 are on sale now.</p>` + body, "2025-03-04"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			a := ingest.ReadHTML([]byte(tc.page), "https://harbourpost.example/news/berth")
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

// TestRound19Furniture: marks that enclose no one's speech — a term after
// "known locally as", a report's title after "published its report", a
// coined campaign name in capitals with no verb of saying before it, the
// name a body gives a thing ("what it called a “<term>”") and a
// sub-heading set in quotation marks that the text under it never
// repeats — while the words a speaker called something ("what she called
// “<words>”"), a short predicate after "would be" in someone's reported
// words, and a quote paragraph that continues a speaker, stay quotes.
func TestRound19Furniture(t *testing.T) {
	t.Parallel()
	for _, tc := range []furnitureCase{
		{"a term known locally as", []string{
			`Dairy farmer Tendai Mukoko-Baptiste said the herds now graze on a bitter shrub known locally as "mhondoro grass" after the rains failed.`,
			`"We lose a litre a cow every day," Mukoko-Baptiste said.`,
		}, []string{"mhondoro grass"}, "We lose a litre a cow every day"},
		{"a report's title after a verb of publishing", []string{
			`The nurses' union has published its report “Nobody left on the ward”, which counts the night shifts worked alone since 2021.`,
			`"One nurse for forty beds is not a ward, it is a gamble," union secretary Ilse Wenning-Obi said.`,
		}, []string{"Nobody left on the ward"}, "One nurse for forty beds is not a ward, it is a gamble"},
		{"a coined campaign name", []string{
			`"Two people fell there last summer," head ranger Odile Sarkis-Brennan said.`,
			`Rangers are reminding walkers on the ridge to carry water, keep to the marked paths and to be "Cliffsmart" near the old quarry edge.`,
		}, []string{"Cliffsmart"}, "Two people fell there last summer"},
		{"a sub-heading in quotation marks", []string{
			`"The levy will be paid by visitors, not by residents," councillor Amaru Villca-Tenorio told the meeting.`,
			`“Our street is not a car park”`,
			`Residents of the old quarter have collected 4,000 signatures against the plan, which they say will bring more coaches into the narrow lanes.`,
		}, []string{"Our street is not a car park"}, "The levy will be paid by visitors, not by residents"},
		{"the name a body gives a thing", []string{
			`The water board cut supply to the hill wards at night under what it called a "pressure balancing scheme", according to the residents' committee.`,
			`Councillor Ruth Abernathy-Osei said the scheme was "rationing by another name" and asked for the minutes.`,
		}, []string{"pressure balancing scheme"}, "rationing by another name"},
		{"words a speaker called something stay a quote", []string{
			`Councillor Ruth Abernathy-Osei condemned what she called "a betrayal of the hill wards" at Tuesday's meeting.`,
		}, nil, "a betrayal of the hill wards"},
		{"a predicate after would be stays a quote", []string{
			`A spokesperson for the port authority added that cargo owners would be "fully compensated" under the insurance scheme if any berth stayed closed.`,
		}, nil, "fully compensated"},
		{"a quote paragraph that continues its speaker stays a quote", []string{
			`"The levy will be paid by visitors," councillor Amaru Villca-Tenorio told the meeting.`,
			`"Not by residents."`,
		}, nil, "Not by residents."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			wantFurniture(t, draftOf(t, nil, append([]string{lead}, tc.paras...)...), tc.not, tc.keep)
		})
	}
}

// TestRound19FurnitureQuoteBox: a release's box of quotes, an <aside> of
// blockquotes each signed on the line under it, is the release's: its
// quotes are taken and given to the people who sign them; a sidebar
// <aside> with no blockquote is still left out. The sidebar's class is a
// neutral one (a "related" class gets it dropped without the guard's
// help), and its line is a quote with a speaker if kept, so the case fails
// when every <aside> is kept.
func TestRound19FurnitureQuoteBox(t *testing.T) {
	t.Parallel()
	page := `<html><head><title>Bank approves loan for coastal ferries</title></head><body><article>
<h1>Bank approves loan for coastal ferries</h1>
<p>NORTH HAVEN – The regional development bank approved a $60 million loan to replace the diesel ferries that link the outer islands with the mainland, the bank said on Tuesday.</p>
<p>The program will finance six electric ferries, charging points in four harbours and training for crews and mechanics over five years.</p>
<aside class="quotes"><h2>Quotes</h2>
<blockquote><p>“The islands have waited thirty years for a ferry that does not break down in the winter storms.”</p></blockquote>
<p class="cite">— Ronan Achterberg-Silva, Vice President for Infrastructure</p>
<blockquote><p>“Every crossing will now cost the islanders less than the bus into town.”</p></blockquote>
<p class="cite">— Imelda Castellanos Reyes, Minister of Transport</p>
</aside>
<aside class="box"><h3>From the archive</h3><p>“Our harbours cannot take another winter without a second ferry on every route,” the harbour master, Tobias Wennerholm-Oduya, said last autumn.</p></aside>
<p>The loan has a 20-year repayment term and a grace period of five years.</p>
</article></body></html>`
	a, err := ingest.Read([]byte(page), "text/html", "https://bank.example/news/ferries")
	if err != nil {
		t.Fatal(err)
	}
	d, err := ingest.New(nil).Draft(a, ingest.Options{Now: func() time.Time { return time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC) }})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, q := range d.Quotes {
		got[q.Text] = q.Speaker
	}
	for text, speaker := range map[string]string{
		"The islands have waited thirty years for a ferry that does not break down in the winter storms.": "Ronan Achterberg-Silva",
		"Every crossing will now cost the islanders less than the bus into town.":                         "Imelda Castellanos Reyes",
	} {
		if sp, ok := got[text]; !ok {
			t.Errorf("missed %q; quotes %v", text, got)
		} else if sp != speaker {
			t.Errorf("%q: speaker %q, want %q", text, sp, speaker)
		}
	}
	// Kept, the sidebar's line is a quote with its speaker; left out, it
	// is neither.
	for text, sp := range got {
		if strings.Contains(text, "another winter") || sp == "Tobias Wennerholm-Oduya" {
			t.Errorf("the sidebar's quote taken: %q (%s)", text, sp)
		}
	}
}
