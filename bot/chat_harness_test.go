package bot_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/clocktest"
	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// The harness of curation in chat: a bot serving a Library of the ingest
// test set's registry and a MemStore's published briefings (a Follower
// keeps them in step), drafting through a fake fetcher that serves the
// ingest test articles.

const articles = "../briefings/ingest/testdata/articles"

// fakeFetcher serves the test articles at https://news.example/NAME, for
// NAME a file of the test set; any other link fails as ingest.Fetch fails
// for a page that is not there.
type fakeFetcher struct {
	mu      sync.Mutex
	fetched []string
	fail    error // when set, every fetch fails with it
}

func (f *fakeFetcher) Fetch(_ context.Context, link string) (*ingest.Page, error) {
	f.mu.Lock()
	f.fetched = append(f.fetched, link)
	fail := f.fail
	f.mu.Unlock()
	if fail != nil {
		return nil, fail
	}
	switch link {
	case "https://news.example/empty":
		return &ingest.Page{Body: []byte("  \n"), ContentType: "text/html", URL: link}, nil
	case "https://news.example/short":
		return &ingest.Page{Body: []byte("<html><body><h1>Live</h1><p>Updates soon.</p></body></html>"), ContentType: "text/html", URL: link}, nil
	}
	name, ok := strings.CutPrefix(link, "https://news.example/")
	if !ok || strings.Contains(name, "/") {
		return nil, fmt.Errorf("fetch %s: the server answered 404 Not Found", link)
	}
	data, err := os.ReadFile(filepath.Join(articles, name))
	if err != nil {
		return nil, fmt.Errorf("fetch %s: the server answered 404 Not Found", link)
	}
	ct := "text/plain; charset=utf-8"
	if strings.HasSuffix(name, ".html") {
		ct = "text/html; charset=utf-8"
	}
	return &ingest.Page{Body: data, ContentType: ct, URL: link}, nil
}

func (f *fakeFetcher) count() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.fetched)
}

// chat is a bot curators talk to.
type chat struct {
	t     *testing.T
	lib   *briefings.Library
	store *bot.MemStore
	f     *bot.Follower
	bot   *bot.Bot
	clock *clocktest.Clock
	fetch *fakeFetcher

	mu     sync.Mutex
	events []string
}

// t0Chat is when the tests' curators start work.
var t0Chat = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

func newChat(t *testing.T) *chat {
	t.Helper()
	reg, err := os.ReadFile(filepath.Join(articles, "registry.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	corpus, ps := briefings.ReadCorpus(fstest.MapFS{"registry.yaml": {Data: reg}})
	if err := ps.Err(); err != nil {
		t.Fatal(err)
	}
	c := &chat{t: t, lib: briefings.NewLibrary(corpus), store: bot.NewMemStore(), clock: clocktest.New(t0Chat), fetch: &fakeFetcher{}}
	c.f = &bot.Follower{Store: c.store, Library: c.lib}
	if err := c.f.Load(t.Context()); err != nil {
		t.Fatal(err)
	}
	c.bot = bot.New(c.lib)
	c.bot.Now = c.clock.Now
	c.bot.Content, c.bot.Drafts, c.bot.Fetcher = c.store, c.store, c.fetch
	c.bot.Sync = c.f.Sync
	c.bot.Curators = map[string]string{bot.Slack: "the people listed in SLACK_CURATORS"}
	c.bot.OnDraft = func(e string) {
		c.mu.Lock()
		defer c.mu.Unlock()
		c.events = append(c.events, e)
	}
	return c
}

// curator is a request from a curator of workspace T1.
func curator(user, name string) bot.Request {
	return bot.Request{Platform: bot.Slack, Workspace: "T1", Channel: "C1", User: user, UserName: name, CanCurate: true, ID: "t"}
}

var (
	ana = curator("U1", "Ana")
	bo  = curator("U2", "Bo")
	// eve is a member of T1 who is no curator.
	eve = bot.Request{Platform: bot.Slack, Workspace: "T1", Channel: "C1", User: "U9", UserName: "Eve", ID: "t"}
)

// ask runs a command line for req.
func (c *chat) ask(req bot.Request, line string) bot.Reply {
	c.t.Helper()
	req.Command, req.Text = bot.ParseCommand(line)
	return c.bot.Handle(c.t.Context(), req)
}

// draft drafts the test article for req and returns its card.
func (c *chat) draft(req bot.Request, article string) bot.Reply {
	c.t.Helper()
	r := c.ask(req, "/draft https://news.example/"+article)
	if r.Kind != bot.Answer || do(r, "Publish") == "" {
		c.t.Fatalf("/draft %s: %s", article, text(r))
	}
	return r
}

func (c *chat) act(req bot.Request, d string) bot.Effect {
	c.t.Helper()
	if d == "" {
		c.t.Fatal("no such button")
	}
	return c.bot.Act(c.t.Context(), req, d)
}

func (c *chat) submit(req bot.Request, form *bot.Form, values map[string]string) bot.Effect {
	c.t.Helper()
	if form == nil {
		c.t.Fatal("no form")
	}
	return c.bot.Submit(c.t.Context(), req, form.ID, values)
}

func (c *chat) drafted() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]string(nil), c.events...)
}

// do returns the Do of the reply's button whose label starts with label,
// or "".
func do(r bot.Reply, label string) string {
	for _, a := range r.Actions {
		if strings.HasPrefix(a.Label, label) && a.Do != "" {
			return a.Do
		}
	}
	return ""
}

// dos lists the labels of the reply's curation buttons.
func dos(r bot.Reply) []string {
	var out []string
	for _, a := range r.Actions {
		if a.Do != "" {
			out = append(out, a.Label)
		}
	}
	return out
}

// values are a form's fields as they stand, by name.
func values(f *bot.Form) map[string]string {
	out := map[string]string{}
	for _, fl := range f.Fields {
		out[fl.Name] = fl.Value
	}
	return out
}

// published is the versions the store holds of id.
func (c *chat) published(id string) []bot.Version {
	c.t.Helper()
	vs, err := c.store.History(c.t.Context(), id)
	if err != nil {
		c.t.Fatal(err)
	}
	return vs
}

// dropUnknown leaves out every quote of the card's draft whose speaker was
// not found, page by page, and returns the card after.
func (c *chat) dropUnknown(req bot.Request, card bot.Reply) bot.Reply {
	c.t.Helper()
	for i := 0; ; i++ {
		var pages []string
		for _, a := range card.Actions {
			if strings.HasPrefix(a.Label, "Speakers") {
				pages = append(pages, a.Do)
			}
		}
		if i >= len(pages) {
			return card
		}
		e := c.act(req, pages[i])
		if e.Form == nil {
			c.t.Fatalf("Speakers opened no form: %+v", e)
		}
		vs := values(e.Form)
		for k, v := range vs {
			if v == bot.UnknownSpeaker {
				vs[k] = "-"
			}
		}
		e = c.submit(req, e.Form, vs)
		if e.Card == nil {
			c.t.Fatalf("saving the speakers: %+v", e.Notice)
		}
		card = *e.Card
	}
}
