package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/briefbot/briefbot/adapters/sqlite"
	"github.com/briefbot/briefbot/adapters/web"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/internal/testutil"
)

// Curating in chat, end to end on the console: `go run .` with its input
// typed line by line, drafting from a local web server.

const testArticles = "briefings/ingest/testdata/articles"

// articleServer serves the ingest test articles, and counts the requests
// that reach it.
func articleServer(t *testing.T) (*httptest.Server, *atomic.Int64) {
	t.Helper()
	var hits atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		name := filepath.Base(r.URL.Path)
		data, err := os.ReadFile(filepath.Join(testArticles, name))
		if err != nil || strings.HasSuffix(name, ".yaml") {
			http.NotFound(w, r)
			return
		}
		if strings.HasSuffix(name, ".html") {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
		} else {
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		}
		w.Write(data)
	}))
	t.Cleanup(srv.Close)
	return srv, &hits
}

// typist is a console bot a test types into, line by line.
type typist struct {
	t    *testing.T
	in   *io.PipeWriter
	out  *testutil.SyncBuffer
	logs *testutil.SyncBuffer
	read int // how much of out the test has read
	done chan error
}

// startTypist runs the program as `go run .` does with no platform
// tokens: the console, on the environment env.
func startTypist(t *testing.T, env map[string]string) *typist {
	t.Helper()
	r, w := io.Pipe()
	done := make(chan error, 1)
	tp := &typist{t: t, in: w, out: &testutil.SyncBuffer{}, logs: &testutil.SyncBuffer{}, done: done}
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		err := run(ctx, nil, func(k string) string { return env[k] }, bot.SystemClock{}, r, tp.out, tp.logs)
		r.CloseWithError(fmt.Errorf("the console stopped: %v", err)) // a typed line fails instead of waiting for a reader
		done <- err
	}()
	t.Cleanup(func() {
		w.Close() // the end of input ends the console
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("run: %v\n%s", err, tp.logs)
			}
		case <-time.After(30 * time.Second):
			cancel()
			t.Error("the console did not stop within 30s of its input ending")
		}
		cancel()
	})
	return tp
}

// typeLine types a line and waits until the console's answer shows want;
// it returns what the console wrote meanwhile.
func (tp *typist) typeLine(line, want string) string {
	tp.t.Helper()
	if _, err := io.WriteString(tp.in, line+"\n"); err != nil {
		tp.t.Fatalf("typing %q: %v", line, err)
	}
	return tp.waitFor(line, want, 10*time.Second)
}

func (tp *typist) waitFor(line, want string, within time.Duration) string {
	tp.t.Helper()
	for deadline := time.Now().Add(within); ; time.Sleep(5 * time.Millisecond) {
		all := tp.out.String()
		if i := strings.Index(all[tp.read:], want); i >= 0 {
			got := all[tp.read : tp.read+i+len(want)]
			tp.read += i + len(want)
			return got
		}
		if time.Now().After(deadline) {
			tp.t.Fatalf("after %q, the console did not write %q within %s; it wrote:\n%s\nlog:\n%s", line, want, within, all[tp.read:], tp.logs)
		}
	}
}

var choice = regexp.MustCompile(`\[(\d+)\] ([^\[]+)`)

// choose returns the /do line of the choice whose label starts with
// label, among those the console offered last in what.
func choose(t *testing.T, what, label string) string {
	t.Helper()
	i := strings.LastIndex(what, "Choices:")
	if i < 0 {
		t.Fatalf("no choices offered in:\n%s", what)
	}
	offered := strings.Join(strings.Fields(what[i:]), " ")
	for _, m := range choice.FindAllStringSubmatch(offered, -1) {
		if strings.HasPrefix(m[2], label) {
			return "/do " + m[1]
		}
	}
	t.Fatalf("no choice %q in %q", label, offered)
	return ""
}

// curationEnv is a console bot's environment: a folder with the ingest
// test set's registry, a fresh SQLite store, links to this machine
// allowed (the article server is local).
func curationEnv(t *testing.T, db string) map[string]string {
	t.Helper()
	dir := t.TempDir()
	reg, err := os.ReadFile(filepath.Join(testArticles, "registry.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "registry.yaml"), reg, 0o644); err != nil {
		t.Fatal(err)
	}
	return map[string]string{"BRIEFINGS_DIR": dir, "DATABASE_URL": "sqlite:" + db, "INGEST_ALLOW_PRIVATE": "true", "LOG_FORMAT": "json"}
}

// TestConsoleCurates: on the console (whose operator is a curator),
// /draft of a link shows the review card with its choices; Edit fills the
// form field by field; Publish asks first, then /quote shows the new quote
// at once; a curator's /status offers Retract, which asks why and takes the
// briefing out of answers.
func TestConsoleCurates(t *testing.T) {
	t.Parallel()
	srv, _ := articleServer(t)
	db := filepath.Join(t.TempDir(), "briefbot.db")
	c := startTypist(t, curationEnv(t, db))

	card := c.typeLine("/draft "+srv.URL+"/01-grain-corridor.txt", "(type /do and a number)")
	for _, want := range []string{"Grain corridor talks stall as Valdor and Kesh trade blame\n====", "Daran Osei", "New speakers it adds",
		"Drafted by console at", "Choices: [1] Publish [2] Edit"} {
		if !strings.Contains(card, want) {
			t.Errorf("the card lacks %q:\n%s", want, card)
		}
	}
	c.typeLine(choose(t, card, "Edit"), "Title (required)")
	c.typeLine("Grain talks stall in Port Arden", "Date of the news")
	c.typeLine("", "Topics, separated by commas")
	c.typeLine("", "Summary, in your own words")
	c.typeLine("", "Key points, one per line")
	card = c.typeLine("", "(type /do and a number)")
	if !strings.Contains(card, "Grain talks stall in Port Arden\n====") || !strings.Contains(card, "Last changed by console") {
		t.Fatalf("the card after the edit:\n%s", card)
	}
	c.typeLine(choose(t, card, "Publish"), "Type y to publish, or n to not yet.")
	published := c.typeLine("y", "(version 1).")
	m := regexp.MustCompile(`as (\S+) \(version 1\)\.$`).FindStringSubmatch(strings.Join(strings.Fields(published), " "))
	if m == nil || !strings.Contains(published, "Published by console") {
		t.Fatalf("after Publish:\n%s", published)
	}
	start := time.Now()
	io.WriteString(c.in, "/quote osei\n")
	c.waitFor("/quote osei", "“They want to check our ships and keep the keys to the port”", 2*time.Second)
	t.Logf("the published quote answered %s after the card", time.Since(start))

	st := c.typeLine("/status trade", "(type /do and a number)")
	if !strings.Contains(st, "Grain talks stall in Port Arden") {
		t.Fatalf("/status trade:\n%s", st)
	}
	c.typeLine(choose(t, st, "Retract"), "Why retract it?")
	c.typeLine("", "Say why, for the briefing's history.") // required: asked again
	c.typeLine("the wrong port", "Retracted")
	gone := c.typeLine("/quote osei", "Quotes: Daran Osei")
	gone += c.typeLine("/help", "Briefbot commands")
	if strings.Contains(gone, "keys to the port") {
		t.Errorf("/quote osei after the retraction:\n%s", gone)
	}

	s, err := sqlite.Open(t.Context(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	vs, err := s.History(t.Context(), m[1])
	if err != nil || len(vs) != 2 || vs[0].By != "console:console" || vs[1].Reason != "the wrong port" {
		t.Errorf("history %+v, %v", vs, err)
	}
}

// TestConsoleStaleClickAcrossReplicas: two bots on one store (two
// replicas, or a restart). One drafts; the other finds the draft in
// /drafts and discards it; the first one's Publish, from its older card,
// changes nothing and says who discarded it. Nothing of the draft is
// published.
func TestConsoleStaleClickAcrossReplicas(t *testing.T) {
	t.Parallel()
	srv, _ := articleServer(t)
	db := filepath.Join(t.TempDir(), "briefbot.db")
	env := curationEnv(t, db)
	a := startTypist(t, env)
	b := startTypist(t, env)

	card := a.typeLine("/draft "+srv.URL+"/04-storm.txt", "(type /do and a number)")
	list := b.typeLine("/drafts", "(type /do and a number)")
	if !strings.Contains(list, "Drafts waiting for review (1)") {
		t.Fatalf("the other replica's /drafts:\n%s", list)
	}
	shown := b.typeLine(choose(t, list, "Show"), "(type /do and a number)")
	b.typeLine(choose(t, shown, "Discard"), "Type y to discard")
	b.typeLine("y", "Discarded by console")

	a.typeLine(choose(t, card, "Publish"), "Type y to publish")
	stale := a.typeLine("y", "Nothing was published.")
	if !strings.Contains(stale, "Nothing was changed") || !strings.Contains(stale, "Discarded by console at") {
		t.Errorf("the stale Publish:\n%s", stale)
	}
	a.typeLine("/drafts", "No drafts waiting")

	s, err := sqlite.Open(t.Context(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	snap, err := s.Snapshot(t.Context())
	if err != nil || len(snap.Versions)+len(snap.Speakers)+len(snap.Topics) != 0 {
		t.Errorf("a discarded draft left %+v, %v", snap, err)
	}
}

// TestDraftRefusesInternalAddresses: without INGEST_ALLOW_PRIVATE, links
// to this machine, to private and link-local addresses (the cloud metadata
// address), and a public page redirecting to one, are refused with the
// reason, before any connection is made to them.
func TestDraftRefusesInternalAddresses(t *testing.T) {
	t.Parallel()
	internal, hits := articleServer(t)
	_, port, _ := strings.Cut(strings.TrimPrefix(internal.URL, "http://"), ":")
	env := curationEnv(t, filepath.Join(t.TempDir(), "briefbot.db"))
	delete(env, "INGEST_ALLOW_PRIVATE")
	c := startTypist(t, env)
	for _, link := range []string{
		internal.URL + "/01-grain-corridor.txt",
		"http://localhost:" + port + "/01-grain-corridor.txt",
		"http://[::1]:" + port + "/01-grain-corridor.txt",
		"http://169.254.169.254/latest/meta-data/",
		"http://10.0.0.5:6379/",
	} {
		got := c.typeLine("/draft "+link, "Nothing was drafted.")
		if !strings.Contains(got, "I could not draft from that link") || !strings.Contains(got, "I did not fetch "+link+": ") {
			t.Errorf("/draft %s:\n%s", link, got)
		}
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("the internal server was reached %d times", n)
	}
	c.typeLine("/draft ftp://example.com/file", "Not a web page's link")
	c.typeLine("/draft file:///etc/passwd", "file:// links.")
}

// TestDraftRefusesRedirectToInternal: a page on a public site (a local
// server the guarded client is told to treat as public) that redirects to
// an internal address is refused at the redirect, with the reason; the
// internal server sees no request. The same client and fetcher the wiring
// builds, with the bot's reply.
func TestDraftRefusesRedirectToInternal(t *testing.T) {
	t.Parallel()
	internal, hits := articleServer(t)
	public := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, internal.URL+"/01-grain-corridor.txt", http.StatusFound)
	}))
	defer public.Close()
	b := bot.New(briefings.NewLibrary(nil))
	st := bot.NewMemStore()
	b.Content, b.Drafts = st, st
	b.Fetcher = bot.ClientFetcher(web.New(web.Options{TestPublicAddr: netip.MustParseAddrPort(strings.TrimPrefix(public.URL, "http://"))}))
	r := b.Handle(t.Context(), bot.Request{Platform: bot.Console, Workspace: "local", User: "me", CanCurate: true, Command: "draft", Text: public.URL + "/story"})
	if r.Kind != bot.Refused || !strings.Contains(r.Text, "I did not fetch "+public.URL+"/story: it redirects to 127.0.0.1, a loopback address.") {
		t.Errorf("reply %v: %s\n%s", r.Kind, r.Title, r.Text)
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("the internal server was reached %d times", n)
	}
}
