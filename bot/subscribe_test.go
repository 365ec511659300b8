package bot_test

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefings"
)

func TestSubscribeAnswers(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		line     string
		defTZ    string
		wantKind bot.Kind
		want     []string // each must appear in what the user reads
	}{
		{"defaults: 08:00 UTC", "/subscribe ukraine", "", bot.Answer,
			[]string{"Daily briefing on Ukraine at 08:00 (UTC)", "Every day at 08:00 UTC, this channel", "The first arrives today at 08:00 UTC"}},
		{"DEFAULT_TZ applies", "/subscribe ukraine nato", "Europe/Berlin", bot.Answer,
			[]string{"Daily briefing on Ukraine and NATO at 08:00 (Europe/Berlin)", "Every day at 08:00 Europe/Berlin time, this channel", "today at 08:00 CET"}},
		{"time and zone", "/subscribe ukraine nato at 17:30 tz America/New_York", "", bot.Answer,
			[]string{"at 17:30 (America/New_York)", "today at 17:30 EST"}},
		{"forgiving time and zone", "/subscribe ukraine at 5:30pm tz america/new york", "", bot.Answer,
			[]string{"at 17:30 (America/New_York)"}},
		{"a bare time", "/subscribe ukraine 09:15", "", bot.Answer, []string{"at 09:15 (UTC)"}},
		{"skip", "/subscribe ukraine skip", "", bot.Answer, []string{"Days with nothing new are skipped."}},
		{"no topics", "/subscribe at 08:00", "", bot.Usage,
			[]string{"Usage: /subscribe <topic…> [at HH:MM] [tz Area/City] [skip]", "Which topics?", "Topics: NATO, Sanctions, Ukraine"}},
		{"malformed time", "/subscribe ukraine at 25:00", "", bot.Usage,
			[]string{"Usage: /subscribe", "“25:00” is not a time of day; write it as HH:MM on a 24-hour clock"}},
		{"at without a time", "/subscribe ukraine at", "", bot.Usage, []string{"“at” needs a value after it"}},
		{"unknown zone", "/subscribe ukraine tz Europe/Berln", "", bot.Usage,
			[]string{"“Europe/Berln” is not a time zone I know. Use an IANA name such as Europe/Berlin"}},
		{"a typo is forgiven", "/subscribe ukrane at 07:00", "", bot.Answer, []string{"Daily briefing on Ukraine at 07:00 (UTC)"}},
		{"unknown topic", "/subscribe ukr at 07:00", "", bot.NotFound, []string{"No topic called “ukr”", "Did you mean Ukraine?"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t, utc(2026, 1, 5, 6, 0), catalog(t, ukraineCatalog...))
			if tc.defTZ != "" {
				h.bot.DefaultTZ = zone(t, tc.defTZ)
			}
			r := h.do(tc.line)
			if r.Kind != tc.wantKind {
				t.Errorf("kind %s, want %s:\n%s", bot.KindName(r.Kind), bot.KindName(tc.wantKind), text(r))
			}
			for _, w := range tc.want {
				if !strings.Contains(text(r), w) {
					t.Errorf("reply lacks %q:\n%s", w, text(r))
				}
			}
			if subs := h.subs("C1"); (len(subs) == 1) != (tc.wantKind == bot.Answer) {
				t.Errorf("%d subscriptions stored after this answer", len(subs))
			}
		})
	}
}

func TestSubscribeSuggestionKeepsTheSchedule(t *testing.T) {
	t.Parallel()
	h := newHarness(t, utc(2026, 1, 5, 6, 0), catalog(t, ukraineCatalog...))
	r := h.do("/subscribe ukr at 07:00 tz Europe/Berlin skip")
	if len(r.Actions) == 0 || r.Actions[0].Command != "/subscribe ukraine at 07:00 tz Europe/Berlin skip" {
		t.Errorf("suggested %v, want the corrected command with its schedule", r.Actions)
	}
}

func TestOnlyManagersChangeSubscriptions(t *testing.T) {
	t.Parallel()
	h := newHarness(t, utc(2026, 1, 5, 6, 0), catalog(t, ukraineCatalog...))
	h.mustDo("/subscribe ukraine")
	for _, line := range []string{"/subscribe nato", "/unsubscribe", "/unsubscribe ukraine"} {
		cmd, text := bot.ParseCommand(line)
		r := h.bot.Handle(t.Context(), bot.Request{Platform: bot.Slack, Command: cmd, Text: text, User: "U2", Channel: "C1", Workspace: "T1"})
		if r.Kind != bot.Refused || !strings.Contains(r.Text, "only the people who manage this channel") {
			t.Errorf("%s by a non-manager: %s %q", line, bot.KindName(r.Kind), r.Text)
		}
	}
	r := h.bot.Handle(t.Context(), bot.Request{Platform: bot.Slack, Command: "subscriptions", User: "U2", Channel: "C1", Workspace: "T1"})
	if r.Kind != bot.Answer || len(r.Sections) != 1 {
		t.Errorf("/subscriptions by a non-manager: %s", text(r))
	}
	if subs := h.subs("C1"); len(subs) != 1 || strings.Join(subs[0].Topics, " ") != "ukraine" {
		t.Errorf("refused commands changed the subscriptions: %+v", subs)
	}
}

// TestTopicsMoveBetweenTimes: a topic posts once a day, so subscribing it
// at a new time moves it there; the same time merges.
func TestTopicsMoveBetweenTimes(t *testing.T) {
	t.Parallel()
	h := newHarness(t, utc(2026, 1, 5, 6, 0), catalog(t, ukraineCatalog...))
	h.mustDo("/subscribe ukraine nato at 08:00")
	r := h.mustDo("/subscribe sanctions at 08:00")
	if !strings.Contains(r.Text, "Added Sanctions to this channel's 08:00 briefing, which now covers Ukraine, NATO and Sanctions.") {
		t.Errorf("merge reply:\n%s", r.Text)
	}
	r = h.mustDo("/subscribe nato at 18:00")
	if !strings.Contains(r.Text, "NATO moved here from the 08:00 (UTC) briefing.") {
		t.Errorf("move reply:\n%s", r.Text)
	}
	subs := h.subs("C1")
	if len(subs) != 2 || strings.Join(subs[0].Topics, " ") != "ukraine sanctions" || strings.Join(subs[1].Topics, " ") != "nato" {
		t.Fatalf("subscriptions after the move: %+v", subs)
	}
	list := text(h.mustDo("/subscriptions"))
	for _, w := range []string{"Ukraine and Sanctions, daily at 08:00 (UTC)", "Next: today at 08:00 UTC", "NATO, daily at 18:00 (UTC)", "Next: today at 18:00 UTC"} {
		if !strings.Contains(list, w) {
			t.Errorf("/subscriptions lacks %q:\n%s", w, list)
		}
	}
}

func TestUnsubscribe(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		line      string
		want      []string
		wantLeft  []string // topics of what remains, one string per subscription
		wantKind  bot.Kind
		emptyChan bool
	}{
		{"one topic", "/unsubscribe ukraine", []string{"Unsubscribed from Ukraine", "Still daily: NATO at 08:00 (UTC); Sanctions at 18:00 (UTC)."},
			[]string{"nato", "sanctions"}, bot.Answer, false},
		{"a whole subscription", "/unsubscribe sanctions", []string{"Unsubscribed from Sanctions", "no longer gets Sanctions, daily at 18:00 (UTC)"},
			[]string{"ukraine nato"}, bot.Answer, false},
		{"everything", "/unsubscribe", []string{"Unsubscribed from Ukraine, NATO and Sanctions", "It has no daily briefings left."},
			nil, bot.Answer, false},
		{"a topic not subscribed", "/subscribe ukraine at 08:00", nil, []string{"ukraine nato", "sanctions"}, bot.Answer, false},
		{"nothing here", "/unsubscribe", []string{"This channel has no daily briefings to stop."}, nil, bot.Answer, true},
		{"unknown topic", "/unsubscribe ukr", []string{"Did you mean Ukraine?"}, []string{"ukraine nato", "sanctions"}, bot.NotFound, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t, utc(2026, 1, 5, 6, 0), catalog(t, ukraineCatalog...))
			if !tc.emptyChan {
				h.mustDo("/subscribe ukraine nato at 08:00")
				h.mustDo("/subscribe sanctions at 18:00")
			}
			r := h.do(tc.line)
			if r.Kind != tc.wantKind {
				t.Errorf("kind %s: %s", bot.KindName(r.Kind), text(r))
			}
			for _, w := range tc.want {
				if !strings.Contains(text(r), w) {
					t.Errorf("reply lacks %q:\n%s", w, text(r))
				}
			}
			var left []string
			for _, s := range h.subs("C1") {
				left = append(left, strings.Join(s.Topics, " "))
			}
			if strings.Join(left, "|") != strings.Join(tc.wantLeft, "|") {
				t.Errorf("left %q, want %q", left, tc.wantLeft)
			}
		})
	}
	h := newHarness(t, utc(2026, 1, 5, 6, 0), catalog(t, ukraineCatalog...))
	h.mustDo("/subscribe ukraine")
	if r := h.do("/unsubscribe nato"); !strings.Contains(r.Text, "do not cover NATO, so nothing changed") {
		t.Errorf("/unsubscribe of a topic not subscribed: %s", text(r))
	}
}

func TestSubscriptionsWithoutStore(t *testing.T) {
	t.Parallel()
	b := bot.New(briefings.NewLive(catalog(t, ukraineCatalog...)))
	for _, line := range []string{"/subscribe ukraine", "/unsubscribe", "/subscriptions"} {
		cmd, text := bot.ParseCommand(line)
		r := b.Handle(t.Context(), bot.Request{Platform: bot.Console, Command: cmd, Text: text, Channel: "console", CanManage: true})
		if r.Kind != bot.Failed || !strings.Contains(r.Text, "without a subscription store") {
			t.Errorf("%s with no store: %s %q", line, bot.KindName(r.Kind), r.Text)
		}
	}
}

func TestSubscriptionLimits(t *testing.T) {
	t.Parallel()
	reg := "speakers: []\ntopics:\n"
	for i := range 12 {
		reg += fmt.Sprintf("  - id: t%02d\n    name: Topic %02d\n", i, i)
	}
	c, ps := briefings.Load(fstest.MapFS{"registry.yaml": {Data: []byte(reg)}})
	if err := ps.Err(); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, utc(2026, 1, 5, 6, 0), c)
	for i := range 10 {
		h.mustDo(fmt.Sprintf("/subscribe t%02d at %02d:00", i, i+1))
	}
	r := h.do("/subscribe t10 at 23:00")
	if r.Kind != bot.Usage || !strings.Contains(r.Text, "already has 10 daily briefings") {
		t.Errorf("an 11th subscription: %s", text(r))
	}
	if r := h.do("/subscribe t10 at 01:00"); r.Kind != bot.Answer {
		t.Errorf("adding a topic to an existing time: %s", text(r))
	}
	r = h.do("/subscribe t00 t01 t02 t03 t04 t05 t06 t07 t08 t09 t10 at 12:00")
	if r.Kind != bot.Usage || !strings.Contains(r.Text, "That is 11 topics; one daily briefing takes up to 10.") {
		t.Errorf("eleven topics at once: %s", text(r))
	}
}

// TestTopicDroppedFromTheBriefings: curators remove a topic a channel
// posts. Its briefing pauses and says why; /subscriptions offers no resume
// that cannot work; and /unsubscribe with the topic's id stops it, leaving
// the channel's other briefings alone.
func TestTopicDroppedFromTheBriefings(t *testing.T) {
	t.Parallel()
	h := newHarness(t, utc(2026, 3, 2, 7, 0), catalog(t, ukraineCatalog...))
	h.mustDo("/subscribe nato at 08:00")
	h.mustDo("/subscribe ukraine at 09:00")
	h.mustDo("/subscribe sanctions at 10:00")
	h.live.Swap(catalogWith(t, strings.Replace(testRegistry, "  - id: nato\n    name: NATO\n", "", 1), ukraineCatalog[0]))
	h.runTo(utc(2026, 3, 2, 9, 5), time.Minute)

	// One notice in the channel when NATO's briefing pauses, at 08:00, then
	// only Ukraine's post: the paused one says nothing more.
	got := h.poster.got()
	if len(got) != 2 || got[0].reply.Title != "Daily briefing paused" || !got[0].at.Equal(utc(2026, 3, 2, 8, 0)) ||
		!strings.Contains(got[0].reply.Text, "its topics (nato) are no longer in the briefings") || !got[1].at.Equal(utc(2026, 3, 2, 9, 0)) {
		t.Fatalf("posts %v; want the pause notice at 08:00, then only Ukraine's, at 09:00", got)
	}
	// By the next morning: no second notice; Sanctions at 10:00 and Ukraine again at 09:00.
	h.runTo(utc(2026, 3, 3, 9, 5), time.Minute)
	got = h.poster.got()
	paused := 0
	for _, p := range got {
		if p.reply.Title == "Daily briefing paused" {
			paused++
		}
	}
	if paused != 1 || len(got) != 4 {
		t.Fatalf("by the next day: %d pause notices and %d posts in all; want 1 and 4", paused, len(got))
	}
	list := text(h.mustDo("/subscriptions"))
	if !strings.Contains(list, "Paused: its topics (nato) are no longer in the briefings; /unsubscribe nato stops it") {
		t.Errorf("/subscriptions does not say why NATO's briefing stopped:\n%s", list)
	}
	if strings.Contains(list, "/subscribe nato") {
		t.Errorf("/subscriptions offers to resume a topic the briefings no longer have:\n%s", list)
	}

	if r := h.do("/unsubscribe narnia"); r.Kind != bot.NotFound {
		t.Errorf("/unsubscribe of a topic nobody has: %s", text(r))
	}
	// The dropped topic by its id, in any case, beside a current one.
	r := h.do("/unsubscribe NATO sanctions")
	if r.Kind != bot.Answer || !strings.Contains(r.Title, "Unsubscribed from nato and Sanctions") || strings.Contains(r.Text, "was not in any") {
		t.Errorf("/unsubscribe of the dropped topic and a current one:\n%s", text(r))
	}
	var left []string
	for _, s := range h.subs("C1") {
		left = append(left, strings.Join(s.Topics, " "))
	}
	if strings.Join(left, "|") != "ukraine" {
		t.Errorf("left %q, want only ukraine", left)
	}
}

// TestUnsubscribeRenamedTopic: curators gave a topic a new id, keeping the
// old one as another name. A channel subscribed under the old id stops it
// by either.
func TestUnsubscribeRenamedTopic(t *testing.T) {
	t.Parallel()
	renamed := strings.Replace(testRegistry, "  - id: nato\n    name: NATO\n", "  - id: alliance\n    name: NATO\n    aliases: [nato]\n", 1)
	for _, name := range []string{"nato", "alliance", "NATO"} {
		h := newHarness(t, utc(2026, 3, 2, 7, 0), catalog(t, ukraineCatalog...))
		h.mustDo("/subscribe nato ukraine at 08:00")
		h.live.Swap(catalogWith(t, renamed, ukraineCatalog[0]))
		r := h.do("/unsubscribe " + name)
		if !strings.Contains(r.Title, "Unsubscribed from NATO") || strings.Contains(r.Text, "was not in any") {
			t.Errorf("/unsubscribe %s:\n%s", name, text(r))
		}
		var left []string
		for _, s := range h.subs("C1") {
			left = append(left, strings.Join(s.Topics, " "))
		}
		if strings.Join(left, "|") != "ukraine" {
			t.Errorf("/unsubscribe %s left %q, want only ukraine", name, left)
		}
	}
}
