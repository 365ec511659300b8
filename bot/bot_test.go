package bot_test

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/internal/golden"
)

func newBot(t testing.TB) *bot.Bot {
	t.Helper()
	c, err := briefings.Default()
	if err != nil {
		t.Fatal(err)
	}
	return bot.New(briefings.NewLive(c))
}

func ask(b *bot.Bot, line string) bot.Reply {
	cmd, text := bot.ParseCommand(line)
	return b.Handle(context.Background(), bot.Request{Platform: bot.Console, Command: cmd, Text: text, CanManage: true})
}

// TestRepliesGolden keeps the full reply of each command in a golden file,
// so any change to what users see shows up in review.
func TestRepliesGolden(t *testing.T) {
	t.Parallel()
	b := newBot(t)
	cases := map[string]string{
		"status-ukraine":      "/status ukraine",
		"status-arms-control": "/status arms control public",
		"status-narnia":       "/status narnia",
		"status-empty":        "/status",
		"quote-putin":         "/quote putin",
		"quote-putin-nato":    "/quote putin nato",
		"quote-unknown":       "/quote Gorbachev",
		"brief-all":           "/brief",
		"brief-ukraine-nato":  "/brief ukraine nato",
		"topics":              "/topics",
		"speakers":            "/speakers",
		"search-missiles":     "/search missiles",
		"search-nothing":      "/search zebra",
		"help":                "/help",
		"help-quote":          "/help quote",
		"unknown-command":     "/weather",
	}
	for name, line := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			got, err := json.MarshalIndent(ask(b, line), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden.Check(t, filepath.Join("testdata", name+".json"), got)
		})
	}
}

func TestStatus(t *testing.T) {
	t.Parallel()
	b := newBot(t)
	r := ask(b, "/status ukraine")
	if r.Kind != bot.Answer || r.Topic != "ukraine" {
		t.Fatalf("kind %v topic %q", r.Kind, r.Topic)
	}
	if got := r.AsOf.Format("2006-01-02"); got != "2022-02-01" {
		t.Errorf("as of %s, want 2022-02-01", got)
	}
	if len(r.Sources) == 0 || r.Sources[0].Author != "Dave DeCamp" || r.Sources[0].Outlet != "Antiwar.com" {
		t.Errorf("sources %+v, want the article by Dave DeCamp", r.Sources)
	}
	if n := len(r.Quotes); n < 1 || n > 2 {
		t.Errorf("%d quotes, want one or two", n)
	}
	var titles []string
	for _, s := range r.Sections {
		titles = append(titles, s.Title)
	}
	if strings.Join(titles, ",") != "Key points,Timeline" {
		t.Errorf("sections %v", titles)
	}
	if r.Public {
		t.Error("answer is public without asking")
	}
	if !ask(b, "/status ukraine public").Public {
		t.Error(`"public" did not make the answer public`)
	}
	if got := ask(b, "/status Ukrane"); got.Kind != bot.Answer || got.Topic != "ukraine" {
		t.Errorf("typo: %v %q", got.Kind, got.Topic)
	}
}

func TestQuoteFindsAllFourPutinQuotes(t *testing.T) {
	t.Parallel()
	b := newBot(t)
	want := []string{
		"Imagine that Ukraine becomes a NATO member and launches those military operations",
		"Should we fight NATO then? Has anyone thought about it?",
		"draw us into a military conflict and force its allies in Europe to impose the tough sanctions the US is talking about now.",
		"We need to find a way to ensure interests and security of all parties, including Ukraine, European nations, and Russia",
	}
	for _, line := range []string{"/quote putin", "/quote Putn", "/quote Vladimir Putin", "/quote russian president", `/quote "Vladimir Putin"`} {
		r := ask(b, line)
		if len(r.Quotes) != len(want) {
			t.Errorf("%s: %d quotes, want %d", line, len(r.Quotes), len(want))
			continue
		}
		for i, q := range r.Quotes {
			if q.Text != want[i] || q.Speaker != "Vladimir Putin" || q.Context == "" || q.Source == nil || q.Said.IsZero() {
				t.Errorf("%s: quote %d = %+v", line, i, q)
			}
		}
	}
	r := ask(b, "/quote vladimir putin nato")
	if len(r.Quotes) != 2 {
		t.Errorf("putin nato: %d quotes, want 2", len(r.Quotes))
	}
	r = ask(b, "/quote putin zebra")
	if r.Kind != bot.NotFound || !strings.Contains(r.Text, "zebra") || len(r.Actions) != 1 {
		t.Errorf("putin zebra: %+v", r)
	}
}

// A speaker with no direct quotes (Lavrov's position is reported, not
// quoted) is pointed to the briefings that report it, and that works.
func TestQuoteSpeakerWithoutQuotes(t *testing.T) {
	t.Parallel()
	b := newBot(t)
	for _, tc := range []struct{ line, title, find, briefing string }{
		{"/quote Lavróv", "Quotes: Sergey Lavrov", "/search lavrov", "Blinken and Lavrov agree to keep talking"},
		{"/quote state department", "Quotes: US State Department", "/search us state department", "Blinken and Lavrov agree to keep talking"},
	} {
		r := ask(b, tc.line)
		if r.Title != tc.title || len(r.Quotes) != 0 || !strings.Contains(r.Text, "no direct quotes") {
			t.Errorf("%s: %q %q, %d quotes", tc.line, r.Title, r.Text, len(r.Quotes))
		}
		if len(r.Actions) != 1 || r.Actions[0].Command != tc.find || !strings.Contains(r.Text, tc.find) {
			t.Errorf("%s: actions %+v, want %s", tc.line, r.Actions, tc.find)
			continue
		}
		s := ask(b, r.Actions[0].Command)
		if s.Kind != bot.Answer || len(s.Sections) == 0 || !strings.Contains(s.Sections[0].Items[0].Text, tc.briefing) {
			t.Errorf("%s: %+v", tc.find, s)
		}
	}
}

func TestNotFoundSuggests(t *testing.T) {
	t.Parallel()
	b := newBot(t)
	cases := []struct {
		line, wantText, wantAction string
	}{
		{"/status narnia", "Did you mean", "/status "},
		{"/status putin", "Vladimir Putin is a speaker, not a topic: try /quote vladimir-putin.", "/quote vladimir-putin"},
		{"/brief Lavróv", "Sergey Lavrov is a speaker, not a topic: try /quote sergey-lavrov.", "/quote sergey-lavrov"},
		{"/quote Gorbachev", "", ""},
		{"/quote ukraine", "Ukraine is a topic, not a speaker: try /status ukraine.", "/status ukraine"},
		{"/quote sanctons", "Sanctions is a topic, not a speaker: try /status sanctions.", "/status sanctions"},
		{"/brief ukraine narnia", "Did you mean", "/brief "},
	}
	for _, tc := range cases {
		r := ask(b, tc.line)
		if r.Kind != bot.NotFound {
			t.Errorf("%s: kind %v, want NotFound", tc.line, r.Kind)
		}
		if !strings.Contains(r.Text, tc.wantText) {
			t.Errorf("%s: text %q, want %q", tc.line, r.Text, tc.wantText)
		}
		if tc.wantAction != "" && (len(r.Actions) == 0 || !strings.HasPrefix(r.Actions[0].Command, tc.wantAction)) {
			t.Errorf("%s: actions %+v", tc.line, r.Actions)
		}
		if r.Note == "" {
			t.Errorf("%s: no note pointing to the list command", tc.line)
		}
		// A speaker asked for as a topic (or the other way round) is
		// pointed to the right command only, not to look-alike names.
		if strings.Contains(tc.wantText, ", not a ") && (strings.Contains(r.Text, "Did you mean") || len(r.Actions) != 1) {
			t.Errorf("%s: text %q, actions %+v: want only the right command", tc.line, r.Text, r.Actions)
		}
	}
}

func TestUsageAndLimits(t *testing.T) {
	t.Parallel()
	b := newBot(t)
	cases := []struct{ line, want string }{
		{"/status", "Which topic?"},
		{"/quote", "Whose quotes?"},
		{"/search", "What should I look for?"},
		{"/search the of and", "only very common words"},
		{"/status " + strings.Repeat("x", bot.MaxArgs+1), "That is 201 characters long; please keep it to 200 or fewer."},
	}
	for _, tc := range cases {
		r := ask(b, tc.line)
		if r.Kind != bot.Usage || !strings.Contains(r.Text, tc.want) || !strings.HasPrefix(r.Title, "Usage: /") {
			t.Errorf("%.40s: %v %q %q", tc.line, r.Kind, r.Title, r.Text)
		}
	}
	// 200 characters are allowed, counted as characters, not bytes.
	if r := ask(b, "/status "+strings.Repeat("é", bot.MaxArgs)); r.Kind != bot.NotFound {
		t.Errorf("%d characters: %v %q, want the topic looked up", bot.MaxArgs, r.Kind, r.Text)
	}
	r := b.Handle(context.Background(), bot.Request{Command: "quote", Options: map[string]string{"speaker": strings.Repeat("p", 500)}})
	if r.Kind != bot.Usage {
		t.Errorf("over-long option: %v", r.Kind)
	}
	if r := ask(b, "/weather"); r.Kind != bot.Help || !strings.Contains(r.Title, "/weather") {
		t.Errorf("unknown command: %v %q", r.Kind, r.Title)
	}
	// Nothing but a slash asks for nothing in particular: the overview,
	// not "I don't know /".
	for _, line := range []string{"/", "", "  /  "} {
		if r := ask(b, line); r.Kind != bot.Help || r.Title != "Briefbot commands" {
			t.Errorf("%q: %v %q, want the overview", line, r.Kind, r.Title)
		}
	}
}

func TestTypedOptions(t *testing.T) {
	t.Parallel()
	b := newBot(t)
	r := b.Handle(context.Background(), bot.Request{Command: "quote", Options: map[string]string{"speaker": "Vladimir Putin", "words": "sanctions", "public": "true"}})
	if len(r.Quotes) != 1 || !r.Public {
		t.Errorf("typed quote: %d quotes public=%v", len(r.Quotes), r.Public)
	}
	r = b.Handle(context.Background(), bot.Request{Command: "status", Options: map[string]string{"topic": "arms control"}})
	if r.Topic != "arms-control" {
		t.Errorf("typed status: topic %q", r.Topic)
	}
}

func TestListsAndSearch(t *testing.T) {
	t.Parallel()
	b := newBot(t)
	topics := ask(b, "/topics")
	var names []string
	for _, it := range topics.Sections[0].Items {
		names = append(names, it.Text)
	}
	if !strings.Contains(strings.Join(names, "|"), "Arms control") {
		t.Errorf("/topics does not list arms control: %v", names)
	}
	speakers := ask(b, "/speakers")
	if n := len(speakers.Sections[0].Items); n != 4 {
		t.Errorf("/speakers lists %d, want 4", n)
	}
	s := ask(b, "/search missiles")
	if s.Kind != bot.Answer || len(s.Sections) == 0 || !strings.Contains(s.Sections[0].Items[0].Text, "Missiles") {
		t.Errorf("/search missiles: %+v", s)
	}
	s = ask(b, "/search fight nato")
	if len(s.Quotes) == 0 || !strings.Contains(s.Quotes[0].Text, "fight NATO") {
		t.Errorf("/search fight nato: best quote %+v", s.Quotes)
	}
}

func TestParseCommand(t *testing.T) {
	t.Parallel()
	cases := []struct{ in, cmd, text string }{
		{"/status ukraine", "status", "ukraine"},
		{"  /QUOTE  putin   nato ", "quote", "putin   nato"},
		{"status", "status", ""},
		{"help\tquote", "help", "quote"},
		{"", "", ""},
	}
	for _, tc := range cases {
		cmd, text := bot.ParseCommand(tc.in)
		if cmd != tc.cmd || text != tc.text {
			t.Errorf("ParseCommand(%q) = %q, %q", tc.in, cmd, text)
		}
	}
}

// A panic inside a command must become an apology, not a crash.
func TestPanicBecomesApology(t *testing.T) {
	t.Parallel()
	b := bot.New(nilCatalog{})
	r := ask(b, "/status ukraine")
	if r.Kind != bot.Failed || !strings.Contains(r.Text, "Sorry") {
		t.Errorf("got %+v", r)
	}
}

type nilCatalog struct{}

func (nilCatalog) Catalog() *briefings.Catalog { return nil }

// TestTypedOptionsAreCheckedOneByOne: when a platform sends typed options
// (Discord), Text only repeats their values for the logs. "public" comes
// from the public option alone, not from a word the user typed, and the
// length limit applies to each option, not to all of them joined.
func TestTypedOptionsAreCheckedOneByOne(t *testing.T) {
	t.Parallel()
	b := newBot(t)
	b.Store = bot.NewMemStore()
	long := func(word string, n int) string { return strings.TrimSpace(strings.Repeat(word+" ", n)) }
	tests := []struct {
		name    string
		command string
		options map[string]string
		kind    bot.Kind
		public  bool
		title   string // the reply's title holds this
	}{
		{"a word public in a text option", "search", map[string]string{"words": "polls public"}, bot.Answer, false, "polls public"},
		{"the public option", "search", map[string]string{"words": "missiles", "public": "true"}, bot.Answer, true, "missiles"},
		{"public option false", "status", map[string]string{"topic": "ukraine", "public": "false"}, bot.Answer, false, "Ukraine"},
		{"options long only together", "subscribe", map[string]string{
			"topics": "ukraine " + long("nato", 35), "at": "08:00", "tz": "Europe/Berlin",
		}, bot.Answer, false, "Daily briefing"},
		{"one option too long", "search", map[string]string{"words": strings.Repeat("x", bot.MaxArgs+1)}, bot.Usage, false, "Usage"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			req := bot.Request{Platform: bot.Discord, Command: tc.command, Options: tc.options, Workspace: "G1", Channel: "C" + tc.name, CanManage: true}
			var text []string
			for _, k := range []string{"words", "topic", "topics", "at", "tz"} {
				if v := tc.options[k]; v != "" {
					text = append(text, v)
				}
			}
			req.Text = strings.Join(text, " ") // as the Discord adapter fills it in, for logs
			r := b.Handle(context.Background(), req)
			if r.Kind != tc.kind || r.Public != tc.public || !strings.Contains(r.Title, tc.title) {
				t.Errorf("got %s public=%v %q: %s; want %s public=%v with %q", bot.KindName(r.Kind), r.Public, r.Title, r.Text, bot.KindName(tc.kind), tc.public, tc.title)
			}
		})
	}
}
