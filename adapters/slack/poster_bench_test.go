//go:build unix

package slack

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"syscall"
	"testing"
	"time"

	slackapi "github.com/slack-go/slack"

	"github.com/briefbot/briefbot/bot"
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
	cpu0 := cpuTime()
	for b.Loop() {
		if err := p.Post(ctx, "C0123456789", r); err != nil {
			b.Fatal(err)
		}
	}
	// CPU time, the server's share included, tells a change from the noise
	// of a shared machine better than wall time.
	b.ReportMetric(float64((cpuTime()-cpu0).Nanoseconds())/float64(b.N), "cpu-ns/op")
}

// cpuTime is the process's user and system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
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
	bt.Content, bt.Drafts, bt.Fetcher = store, store, articleFetcher{}
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
	ctx := context.Background()
	ch := bot.ChannelKey{Platform: bot.Slack, Workspace: "T0001", Channel: "C0123456789"}
	for _, op := range []string{"PostCard", "UpdateCard"} {
		b.Run(op, func(b *testing.B) {
			b.ReportAllocs()
			cpu0 := cpuTime()
			for b.Loop() {
				var err error
				if op == "PostCard" {
					_, err = p.PostCard(ctx, ch, card)
				} else {
					err = p.UpdateCard(ctx, ch, "1700000000.000100", card)
				}
				if err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64((cpuTime()-cpu0).Nanoseconds())/float64(b.N), "cpu-ns/op")
		})
	}
}
