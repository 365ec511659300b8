package ingest_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

const body = `The two sides met for six hours on Tuesday and agreed to meet again next week, officials said.`

// TestReadText: the metadata plain text carries fills the article's fields
// and stays out of its body.
func TestReadText(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, text                    string
		title, subtitle, author, date string
		place, first                  string
	}{
		{
			name:  "title, subtitle, Author: line and the biography after it",
			text:  "Talks go on\n\nBoth sides say there is room to work\n\n" + body + "\n\nAuthor: Dave DeCamp\n\nDave DeCamp is the news editor, follow him on Twitter.",
			title: "Talks go on", subtitle: "Both sides say there is room to work", author: "Dave DeCamp", first: body,
		},
		{
			name:  "a short article's header block with an Author: line keeps the story under it",
			text:  "Rates rise again\n\nThe Wire\nWellston, 4. 3. 2025.\nAuthor: Marta Lindqvist\n\n" + body,
			title: "Rates rise again", subtitle: "The Wire", author: "Marta Lindqvist", date: "2025-03-04", first: body,
		},
		{
			name:  "By line and a Reuters dateline with its day",
			text:  "Grain talks stall\n\nBy Marta Lindqvist\n\nPORT ARDEN, March 14 (Reuters) - " + body + "\n\n(Reporting by Marta Lindqvist; Editing by Paul Okafor)",
			title: "Grain talks stall", author: "Marta Lindqvist", place: "PORT ARDEN", first: body,
		},
		{
			name:  "AP dateline with a full date, and a Published: line",
			text:  "Rates rise again\n\nPublished: 2023-02-02\n\nWELLSTON, Feb. 2, 2023 (AP) — " + body,
			title: "Rates rise again", date: "2023-02-02", place: "WELLSTON", first: body,
		},
		{
			name:  "lines with no blank lines between them are paragraphs",
			text:  "Rates rise again\r\nKYIV, Ukraine — " + body + "\r\nCopyright 2023 The Wire. All rights reserved.\r\n",
			title: "Rates rise again", place: "KYIV", first: body,
		},
		{
			name:  "a page's time stamp with its weekday, time and an update",
			text:  "Rates rise again\n\nTuesday, 4 March 2025 7:15 PM  [ Last Update: Tuesday, 4 March 2025 9:02 PM ]\n\n" + body,
			title: "Rates rise again", date: "2025-03-04", first: body,
		},
		{
			name:  "a stamp in figures, day first",
			text:  "Rates rise again\n\n21.10.2024 08:30\n\n" + body,
			title: "Rates rise again", date: "2024-10-21", first: body,
		},
		{
			name:  "a stamp in figures, year first, under a byline with no blank line",
			text:  "Rates rise again\n\nBy Tomasz Wrona for Radio North\n2024.10.21\n\n" + body,
			title: "Rates rise again", author: "Tomasz Wrona for Radio North", date: "2024-10-21", first: body,
		},
		{
			name:  "an author's name and title over a stamp naming the paper",
			text:  "Rates rise again\n\nHelen Marsh, Economics Editor\nFriday October 4 2024, 6.00am, The Daily Record\n\n" + body,
			title: "Rates rise again", subtitle: "Helen Marsh, Economics Editor", date: "2024-10-04", first: body,
		},
		{
			name:  "a section's name over the headline",
			text:  "Health\n\nA blood test flags the disease years before diagnosis\n\n" + body,
			title: "A blood test flags the disease years before diagnosis", first: body,
		},
		{
			name:  "a breadcrumb over the headline and its standfirst",
			text:  "Sport | Rugby | Leinster\n\nLeinster 30 Glasgow 12: a bonus point at the RDS\n\nA late try sealed it\n\n" + body,
			title: "Leinster 30 Glasgow 12: a bonus point at the RDS", subtitle: "A late try sealed it", first: body,
		},
		{
			name:  "a release's label and a letterhead in capitals over the headline",
			text:  "Press release\n\nPORT ARDEN HARBOUR BOARD\n\nNew pontoon approved for the marina\n\n" + body,
			title: "New pontoon approved for the marina", first: body,
		},
		{
			name:  "a two-word headline over the story stays the title",
			text:  "Rates rise\n\n" + body,
			title: "Rates rise", first: body,
		},
		{
			name:  "a closing 'first published' line",
			text:  "Rates rise again\n\n" + body + "\n\n" + body + "\n\nThis story by the Northern Wire was first published Oct. 4, 2024.",
			title: "Rates rise again", date: "2024-10-04", first: body,
		},
		{
			name:  "a sentence ending in a date is no stamp",
			text:  "Rates rise again\n\nThe board last raised rates on March 4, 2025\n\n" + body,
			title: "Rates rise again", subtitle: "The board last raised rates on March 4, 2025", first: body,
		},
		{
			name:  "a short sentence with a date is no stamp",
			text:  "Rates rise again\n\nBoth sides say there is room to work\n\nVoting ends on 5 May 2026.\n\n" + body,
			title: "Rates rise again", subtitle: "Both sides say there is room to work", first: "Voting ends on 5 May 2026.",
		},
		{
			name:  "a closing sentence about a first edition stays in the story",
			text:  "Rates rise again\n\n" + body + "\n\n" + body + "\n\nThe novel was first published on March 3, 2025.",
			title: "Rates rise again", first: body,
		},
		{
			name:  "no headline",
			text:  body + "\n\n" + body,
			first: body,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			a := ingest.ReadText(tc.text)
			date := ""
			if !a.Date.IsZero() {
				date = a.Date.Format(briefings.DateLayout)
			}
			got := []string{a.Title, a.Subtitle, a.Author, date, a.Place}
			want := []string{tc.title, tc.subtitle, tc.author, tc.date, tc.place}
			for i, field := range []string{"title", "subtitle", "author", "date", "place"} {
				if got[i] != want[i] {
					t.Errorf("%s: %q, want %q", field, got[i], want[i])
				}
			}
			if len(a.Body) == 0 || a.Body[0] != tc.first {
				t.Errorf("body starts %q, want %q", a.Body, tc.first)
			}
			if strings.Contains(tc.text, "The novel") {
				if last := a.Body[len(a.Body)-1]; last != "The novel was first published on March 3, 2025." {
					t.Errorf("the closing sentence was dropped; the body ends %q", last)
				}
			}
			for _, p := range a.Body {
				if strings.Contains(p, "Editing by") || strings.Contains(p, "Twitter") || strings.Contains(p, "rights reserved") {
					t.Errorf("trailer left in the body: %q", p)
				}
			}
		})
	}
}

// TestReadHTML: readability keeps the story and drops the page around it;
// the page's metadata fills the fields.
func TestReadHTML(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile(filepath.Join("testdata", "articles", "11-gas-cut.html"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := ingest.Read(data, "", "https://energydaily.example/gas/westmark")
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Gas supplier cuts flows to Westmark as price dispute deepens" || a.Author != "Lukas Brenner" ||
		a.Outlet != "Energy Daily" || a.Date.Format(briefings.DateLayout) != "2023-10-03" {
		t.Errorf("metadata: title %q, author %q, outlet %q, date %s", a.Title, a.Author, a.Outlet, a.Date)
	}
	if len(a.Body) != 7 || !strings.HasPrefix(a.Body[0], "Norgas, the state-controlled gas exporter") {
		t.Errorf("want the story's 7 paragraphs, got %d: %q", len(a.Body), a.Body)
	}
	text := strings.Join(a.Body, "\n")
	for _, junk := range []string{"cookies", "newsletter", "Energy Daily ©", "Home", "Lukas Brenner, Energy Daily"} {
		if strings.Contains(text, junk) {
			t.Errorf("page furniture %q left in the body", junk)
		}
	}
}

// TestReadHTMLQuoteSigner: the line signing a blockquote, in an element
// whose class says "author", stays in the story and is not the byline.
func TestReadHTMLQuoteSigner(t *testing.T) {
	t.Parallel()
	page := `<html><head><title>Ministers agree on the fishing quotas</title></head><body><article>
<h1>Ministers agree on the fishing quotas</h1>
<p>Fisheries ministers agreed on next year's catch limits for the Baltic after talks that ran through the night in Brussels.</p>
<blockquote><p>"Nobody got everything, but the stocks will recover," the chair said.</p></blockquote>
<p class="quote-author">Ilse Vanderhaegen, Belgian Minister for the North Sea</p>
<p>The limits for cod stay at their lowest level since the quotas began, and herring falls by a fifth for the second year.</p>
<p>"We will review the figures in the spring," the minister told reporters after the meeting ended on Tuesday morning.</p>
</article></body></html>`
	a, err := ingest.Read([]byte(page), "text/html", "https://council.example/fish")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Author, "Vanderhaegen") {
		t.Errorf("the quote's signer became the byline: %q", a.Author)
	}
	if !strings.Contains(strings.Join(a.Body, "\n"), "Ilse Vanderhaegen, Belgian Minister") {
		t.Errorf("the quote's signature line left the body: %q", a.Body)
	}
}

// TestReadEncodings: a Windows-1252 text file and a page declaring its
// charset are read as the characters they mean, curly quotes included.
func TestReadEncodings(t *testing.T) {
	t.Parallel()
	text := []byte("Minister speaks\n\n\x93We will not give up,\x94 Finance Minister Karl Weber said on Tuesday in a speech to parliament in the capital.")
	a, err := ingest.Read(text, "", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Body[0], "“We will not give up,”") {
		t.Errorf("Windows-1252 text: got %q", a.Body[0])
	}
	page := []byte(`<html><head><meta charset="windows-1252"><title>Minister speaks</title></head><body><article><p>` +
		"\x93We will not give up,\x94 Finance Minister Karl Weber said on Tuesday in a long speech to parliament in the capital, where the budget is debated.</p></article></body></html>")
	a, err = ingest.Read(page, "text/html", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Body) == 0 || !strings.Contains(a.Body[0], "“We will not give up,”") {
		t.Errorf("windows-1252 page: got %q", a.Body)
	}
}

// TestReadRejects: input that is not an article fails with an error that
// says why, and nothing else.
func TestReadRejects(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"empty", nil, ingest.ErrEmpty},
		{"only blank lines", []byte(" \n\n\t\r\n"), ingest.ErrEmpty},
		{"a byte-order mark and nothing", []byte("\xef\xbb\xbf\n"), ingest.ErrEmpty},
		{"a PNG", append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), bytes.Repeat([]byte{0}, 64)...), ingest.ErrBinary},
		{"control characters", bytes.Repeat([]byte("ab\x01\x02\x03\x04"), 100), ingest.ErrBinary},
		{"too short to be an article", []byte("Headline\n\nThree short words."), ingest.ErrNoText},
		{"a page with no text", []byte("<html><body><nav><a href='/'>Home</a></nav></body></html>"), ingest.ErrNoText},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			a, err := ingest.Read(tc.data, "", "")
			if err == nil {
				_, err = ingest.New(nil).Draft(a, ingest.Options{Now: fixedNow})
			}
			if !errors.Is(err, tc.want) {
				t.Errorf("got %v, want %v", err, tc.want)
			}
		})
	}
	if _, err := ingest.ReadLimited(bytes.NewReader(make([]byte, 11)), 10); !errors.Is(err, ingest.ErrTooLarge) {
		t.Errorf("11 bytes with a 10-byte cap: got %v, want ErrTooLarge", err)
	}
	if data, err := ingest.ReadLimited(bytes.NewReader(make([]byte, 10)), 10); err != nil || len(data) != 10 {
		t.Errorf("10 bytes with a 10-byte cap: got %d bytes, %v", len(data), err)
	}
}

// TestDates: where a draft's date comes from, in order of trust.
func TestDates(t *testing.T) {
	t.Parallel()
	text := "Talks go on\n\n" + body + " " + body
	tests := []struct {
		name, text, url string
		given           time.Time
		want, from      string
	}{
		{"the editor's date wins", "Talks go on\n\nPublished: 2020-01-01\n\n" + body + " " + body, "https://x.example/2021/03/04/a", time.Date(2022, 2, 1, 0, 0, 0, 0, time.UTC), "2022-02-01", "given by the editor"},
		{"the article's own date", "Talks go on\n\nPublished: March 4, 2021\n\n" + body + " " + body, "https://x.example/2020/01/01/a", time.Time{}, "2021-03-04", "the article's date line"},
		{"the address", text, "https://news.antiwar.com/2022/02/01/us-and-russia/", time.Time{}, "2022-02-01", "the article's address"},
		{"a dateline day with the year assumed", "Talks go on\n\nLISBON, Sept 9 — " + body + " " + body, "", time.Time{}, "2023-09-09", "the dateline, with the year assumed"},
		{"nothing: today stands in", text, "", time.Time{}, "2024-05-06", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			a, err := ingest.Read([]byte(tc.text), "text/plain", tc.url)
			if err != nil {
				t.Fatal(err)
			}
			d, err := ingest.New(nil).Draft(a, ingest.Options{Date: tc.given, Now: fixedNow})
			if err != nil {
				t.Fatal(err)
			}
			if got := d.Date.Format(briefings.DateLayout); got != tc.want || d.DateFrom != tc.from {
				t.Errorf("date %s from %q, want %s from %q", got, d.DateFrom, tc.want, tc.from)
			}
			if tc.from == "" && !strings.Contains(string(d.Markdown()), "today's date stands in") {
				t.Error("a draft with no date found must say so to the editor")
			}
		})
	}
	if got := ingest.DateFromURL("https://example.com/news/2023-7-11-story"); !got.Equal(time.Date(2023, 7, 11, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("DateFromURL: got %s", got)
	}
	if got := ingest.DateFromURL("https://example.com/2023/02/30/story"); !got.IsZero() {
		t.Errorf("DateFromURL: 30 February is no date, got %s", got)
	}
}

// TestSummary: about three whole sentences from the article, in its order,
// leaving out the dateline, the subtitle and sentences that cannot stand
// alone.
func TestSummary(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"01-grain-corridor.txt", "02-rate-rise.txt", "09-mayoral-race.txt", "13-mine-collapse.txt", "18-drought-aid.txt", "19-steel-closure.txt"} {
		data, err := os.ReadFile(filepath.Join("testdata", "articles", name))
		if err != nil {
			t.Fatal(err)
		}
		a, err := ingest.Read(data, "text/plain", "")
		if err != nil {
			t.Fatal(err)
		}
		d, err := ingest.New(nil).Draft(a, ingest.Options{Now: fixedNow})
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Summary) == 0 || len(d.Summary) > 3 {
			t.Errorf("%s: want 1 to 3 sentences, got %d", name, len(d.Summary))
		}
		body := strings.Join(a.Body, " ")
		last := -1
		for _, s := range d.Summary {
			at := strings.Index(body, s)
			if at < 0 {
				t.Errorf("%s: %q is not a sentence of the body", name, s)
			}
			if at <= last {
				t.Errorf("%s: the summary is not in article order", name)
			}
			last = at
			if !strings.ContainsAny(s[len(s)-1:], ".!?”\"") {
				t.Errorf("%s: %q is cut mid-sentence", name, s)
			}
			for _, dangling := range []string{"He ", "She ", "It ", "They ", "But "} {
				if strings.HasPrefix(s, dangling) {
					t.Errorf("%s: %q cannot stand alone", name, s)
				}
			}
			if strings.Contains(s, "(Reuters)") || strings.Contains(s, "(AP)") || strings.HasPrefix(s, a.Place) && a.Place != "" {
				t.Errorf("%s: the dateline is in the summary: %q", name, s)
			}
		}
	}
}

// TestSummaryAbbreviations: a full stop that belongs to an abbreviation
// ("No. 2", "Sen.", "D-N.M.", "St.") does not end the sentence, so no summary
// sentence starts or stops in the middle of one.
func TestSummaryAbbreviations(t *testing.T) {
	t.Parallel()
	want := []string{
		"The country's No. 2 official, Deputy Prime Minister Lena Ortiz, took charge of the government on Monday after the prime minister was taken to hospital, officials said.",
		"Ortiz, who has served as No. 2 since 2021, chaired a cabinet meeting at 10 a.m. and said the government would work as usual while the prime minister recovered at St. Mary's.",
		"Sen. Maria Ortega, D-N.M., who chairs the health committee, said the Senate would be briefed by Gen. Paul Hart of the National Guard on Tuesday.",
	}
	d := draftOf(t, nil, want...)
	if strings.Join(d.Summary, "\n") != strings.Join(want, "\n") {
		t.Errorf("summary:\n got %q\nwant %q", d.Summary, want)
	}
}

// TestTopics: the registry's topics the article names, by any alias; and
// names it uses often that no topic covers.
func TestTopics(t *testing.T) {
	t.Parallel()
	d := draftOf(t, builtinRegistry(t),
		`Moscow wants a ban on short-range missiles in Europe, and Kyiv fears new sanctions will not come.`,
		`Officials in Moscow said the INF Treaty could be revived. Moscow also raised NATO expansion again.`)
	var ids []string
	for _, tp := range d.Topics {
		ids = append(ids, tp.ID)
	}
	// arms-control twice ("short-range missiles", "INF Treaty"), then once
	// each in registry order: ukraine ("Kyiv"), nato ("NATO expansion"),
	// sanctions, us-russia-diplomacy (the headline's "Talks").
	if got := strings.Join(ids, " "); got != "arms-control ukraine nato sanctions us-russia-diplomacy" {
		t.Errorf("topics %q, want arms-control ukraine nato sanctions us-russia-diplomacy", got)
	}
	if len(d.Names) != 1 || d.Names[0] != (ingest.NameCount{Name: "Moscow", Count: 3}) {
		t.Errorf("suggested names %+v, want Moscow (3)", d.Names)
	}
}
