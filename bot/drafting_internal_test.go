package bot

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// TestDraftPagePanic: a page that trips a bug in the reader costs that
// page only: draftPage returns an error (which the chat and the feed poller
// turn into "not an article I can draft from"), the stack goes to the log,
// and the next page drafts as usual. Not parallel: it swaps readArticle.
func TestDraftPagePanic(t *testing.T) {
	cat, err := briefings.Default()
	if err != nil {
		t.Fatal(err)
	}
	b := New(briefings.NewLive(cat))
	var logs bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logs, nil))
	page := &ingest.Page{URL: "https://news.example/a", ContentType: "text/plain",
		Body: []byte("Rain stops play\n\n\"We will be back tomorrow,\" the captain, Ana Ruiz, said after the match was abandoned at the ground on Saturday afternoon, with the visitors needing forty runs to win and seven wickets left.")}

	readArticle = func([]byte, string, string) (*ingest.Article, error) { panic("a rule indexed past a paragraph") }
	_, _, err = b.draftPage(log, cat, page)
	readArticle = ingest.Read
	if err == nil || !strings.Contains(err.Error(), "a rule indexed past a paragraph") {
		t.Fatalf("a panicking reader: err = %v, want the panic as an error", err)
	}
	if !strings.Contains(logs.String(), "drafting a page panicked") || !strings.Contains(logs.String(), "goroutine") {
		t.Errorf("the panic and its stack should be logged; the log says:\n%s", logs.String())
	}

	_, d, err := b.draftPage(log, cat, page)
	if err != nil || len(d.Quotes) != 1 || d.Quotes[0].Speaker != "Ana Ruiz" {
		t.Fatalf("the next page: draft %+v, err %v; want one quote by Ana Ruiz", d, err)
	}
}
