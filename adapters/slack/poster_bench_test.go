//go:build unix

package slack

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"

	slackapi "github.com/slack-go/slack"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/internal/testutil"
)

// BenchmarkPost is a whole daily post: render the briefing as Block Kit,
// send it with chat.postMessage over HTTP to a local server answering as
// Slack does, and read the answer.
//
//	go test -run '^$' -bench Post -count 6 ./adapters/slack
func BenchmarkPost(b *testing.B) {
	bt, _ := newBot(b)
	r := bt.Handle(context.Background(), bot.Request{Command: "brief", Text: "ukraine"})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"ok":true,"channel":"C0123456789","ts":"1700000000.000100"}`)
	}))
	defer srv.Close()
	p := NewPoster(slackapi.New(testToken, slackapi.OptionAPIURL(srv.URL+"/")), nil)
	ctx := context.Background()
	b.ReportAllocs()
	cpu0 := testutil.CPUTime()
	for b.Loop() {
		if err := p.Post(ctx, "C0123456789", r); err != nil {
			b.Fatal(err)
		}
	}
	// CPU time, the server's share included, tells a change from the noise
	// of a shared machine better than wall time.
	b.ReportMetric(float64((testutil.CPUTime()-cpu0).Nanoseconds())/float64(b.N), "cpu-ns/op")
}

// BenchmarkCard is a feed's review card: the card of a drafted article (nine quotes, five
// buttons) rendered as Block Kit and posted with chat.postMessage (PostCard), then the same
// card sent again with chat.update (UpdateCard), over HTTP to a local server answering as
// Slack does.
//
//	go test -run '^$' -bench Card -count 6 ./adapters/slack
func BenchmarkCard(b *testing.B) {
	bt, _ := newBot(b)
	store := bot.NewMemStore()
	bt.Content, bt.Drafts, bt.Fetcher = store, store, &testutil.ArticleFetcher{Dir: testArticles}
	card := bt.Handle(context.Background(), bot.Request{Platform: bot.Slack, Command: "draft", Text: "https://news.example/10-alliance-summit.html",
		User: "U0ANA", Channel: "C0123456789", Workspace: "T0001", CanCurate: true})
	if len(card.Actions) < 3 {
		b.Fatalf("not a card: %+v", card)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"ok":true,"channel":"C0123456789","ts":"1700000000.000100"}`)
	}))
	defer srv.Close()
	p := NewPoster(slackapi.New(testToken, slackapi.OptionAPIURL(srv.URL+"/")), nil)
	ch := bot.ChannelKey{Platform: bot.Slack, Workspace: "T0001", Channel: "C0123456789"}
	testutil.BenchCards(b, p, ch, "1700000000.000100", card)
}
