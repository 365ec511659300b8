package bot_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/clocktest"
	"github.com/briefbot/briefbot/briefings"
)

// testRegistry names the speakers and topics of the test catalogs.
const testRegistry = `speakers:
  - name: Ann Minister
    id: ann
    role: Foreign Minister
    kind: person
  - name: Bo Envoy
    id: bo
    role: Special Envoy
    kind: person
topics:
  - id: ukraine
    name: Ukraine
  - id: nato
    name: NATO
  - id: sanctions
    name: Sanctions
`

// brief is a briefing for a test catalog.
type brief struct {
	id, date string
	updated  string // "" when never updated
	topics   []string
	quotes   []string // "speaker-id: words"
}

// catalog builds a catalog through the curated format, as curators write it.
func catalog(t testing.TB, bs ...brief) *briefings.Catalog {
	t.Helper()
	return catalogWith(t, testRegistry, bs...)
}

// catalogWith is catalog with a registry of its own.
func catalogWith(t testing.TB, registry string, bs ...brief) *briefings.Catalog {
	t.Helper()
	fsys := fstest.MapFS{"registry.yaml": {Data: []byte(registry)}}
	for _, b := range bs {
		var f strings.Builder
		fmt.Fprintf(&f, "---\nid: %s\ntitle: Title of %s\ndate: %s\ntopics: [%s]\n", b.id, b.id, b.date, strings.Join(b.topics, ", "))
		if b.updated != "" {
			fmt.Fprintf(&f, "updated: %s\n", b.updated)
		}
		fmt.Fprintf(&f, "key_points:\n  - text: Point of %s.\n", b.id)
		if len(b.quotes) > 0 {
			f.WriteString("quotes:\n")
			for _, q := range b.quotes {
				who, words, _ := strings.Cut(q, ": ")
				fmt.Fprintf(&f, "  - speaker: %s\n    text: %s\n    said: %s\n    source: s\n", who, words, b.date)
			}
		}
		fmt.Fprintf(&f, "sources:\n  - id: s\n    title: Source of %s\n    outlet: Wire\n    url: https://example.com/%s\n    published: %s\n---\nSummary of %s.\n", b.id, b.id, b.date, b.id)
		fsys[b.id+".md"] = &fstest.MapFile{Data: []byte(f.String())}
	}
	c, ps := briefings.Load(fsys)
	if err := ps.Err(); err != nil {
		t.Fatalf("test catalog: %v", err)
	}
	return c
}

// post is one message a poster accepted.
type post struct {
	channel string
	at      time.Time
	reply   bot.Reply
}

// recorder is a Poster that keeps what it is given. fail, when set, decides
// the outcome of call n (0-based); block, when set, holds every call until
// it is closed or the call's context ends.
type recorder struct {
	clock bot.Clock
	fail  func(n int) error
	block chan struct{}

	mu       sync.Mutex
	calls    int
	inFlight int
	posts    []post
}

func (r *recorder) Post(ctx context.Context, channel string, reply bot.Reply) error {
	r.mu.Lock()
	n := r.calls
	r.calls++
	r.inFlight++
	r.mu.Unlock()
	defer func() {
		r.mu.Lock()
		r.inFlight--
		r.mu.Unlock()
	}()
	if r.block != nil {
		select {
		case <-r.block:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	if r.fail != nil {
		if err := r.fail(n); err != nil {
			return err
		}
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.posts = append(r.posts, post{channel, r.clock.Now(), reply})
	return nil
}

func (r *recorder) got() []post {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]post(nil), r.posts...)
}

func (r *recorder) state() (calls, inFlight int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.calls, r.inFlight
}

// harness is a bot with a store and a scheduler on a virtual clock,
// posting to Slack channels through a recorder.
type harness struct {
	t      *testing.T
	clock  *clocktest.Clock
	store  bot.Store
	live   *briefings.Live
	bot    *bot.Bot
	poster *recorder
	sched  *bot.Scheduler
}

func newHarness(t *testing.T, start time.Time, c *briefings.Catalog) *harness {
	t.Helper()
	h := &harness{t: t, clock: clocktest.New(start), store: bot.NewMemStore(), live: briefings.NewLive(c)}
	h.poster = &recorder{clock: h.clock}
	h.bot = bot.New(h.live)
	h.bot.Now = h.clock.Now
	h.bot.Store = h.store
	h.sched = bot.NewScheduler(h.store, h.live, map[string]bot.Poster{bot.Slack: h.poster})
	h.sched.Clock = h.clock
	h.sched.Catchup = 6 * time.Hour
	h.sched.Limits = map[string]bot.Limit{bot.Slack: {Workers: 4}}
	h.bot.Scheduler = h.sched
	return h
}

// do runs a command in channel C1 as a manager of it.
func (h *harness) do(line string) bot.Reply {
	return h.doIn("C1", line)
}

func (h *harness) mustDoIn(channel, line string) bot.Reply {
	h.t.Helper()
	r := h.doIn(channel, line)
	if r.Kind != bot.Answer {
		h.t.Fatalf("%s: %s: %s", line, r.Title, r.Text)
	}
	return r
}

func (h *harness) doIn(channel, line string) bot.Reply {
	h.t.Helper()
	cmd, text := bot.ParseCommand(line)
	return h.bot.Handle(h.t.Context(), bot.Request{
		Platform: bot.Slack, Command: cmd, Text: text, User: "U1",
		Channel: channel, Workspace: "T1", CanManage: true, ID: "test",
	})
}

// mustDo runs a command and fails unless it answered.
func (h *harness) mustDo(line string) bot.Reply {
	h.t.Helper()
	r := h.do(line)
	if r.Kind != bot.Answer {
		h.t.Fatalf("%s: %s: %s", line, r.Title, r.Text)
	}
	return r
}

// tick makes what is due at the clock's time.
func (h *harness) tick() {
	h.t.Helper()
	if err := h.sched.Tick(h.t.Context()); err != nil {
		h.t.Fatalf("Tick at %s: %v", h.clock.Now(), err)
	}
}

// runTo steps the clock to end, every step, making what is due at each.
func (h *harness) runTo(end time.Time, step time.Duration) {
	h.t.Helper()
	for t := h.clock.Now(); !t.After(end); t = t.Add(step) {
		h.clock.Set(t)
		h.tick()
	}
}

func (h *harness) subs(channel string) []bot.Subscription {
	h.t.Helper()
	s, err := h.store.Subscriptions(h.t.Context(), bot.ChannelKey{Platform: bot.Slack, Workspace: "T1", Channel: channel})
	if err != nil {
		h.t.Fatal(err)
	}
	return s
}

// text is everything a reply says, for assertions on what a user reads.
func text(r bot.Reply) string {
	var b strings.Builder
	b.WriteString(r.Title + "\n" + r.Text + "\n")
	for _, s := range r.Sections {
		b.WriteString(s.Title + "\n")
		for _, it := range s.Items {
			b.WriteString(it.Text + " " + it.Detail + "\n")
		}
	}
	for _, q := range r.Quotes {
		b.WriteString("“" + q.Text + "” " + q.Speaker + "\n")
	}
	b.WriteString(r.Note)
	return b.String()
}

func utc(y int, m time.Month, d, hh, mm int, sec ...int) time.Time {
	s := 0
	if len(sec) > 0 {
		s = sec[0]
	}
	return time.Date(y, m, d, hh, mm, s, 0, time.UTC)
}
