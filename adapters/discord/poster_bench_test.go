//go:build unix

package discord_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/briefbot/briefbot/adapters/discord"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/internal/testutil"
)

// BenchmarkPost is a whole daily post: render the digest as embeds, sign it
// with its nonce, take a turn under the session's global limit (unpaced, so
// the figure is the bot's cost and not Discord's 50 a second), send it over
// HTTP to a local server answering as Discord does, and read the answer.
//
//	go test -run '^$' -bench Post -count 6 ./adapters/discord
func BenchmarkPost(b *testing.B) {
	c, err := briefings.Default()
	if err != nil {
		b.Fatal(err)
	}
	r, _ := bot.Digest(c, bot.DigestOptions{})
	p := localPoster(b, func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		if r.Method != http.MethodPost || r.URL.Path != "/api/v10/channels/998877665544332211/messages" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"id":"1","channel_id":"998877665544332211","content":""}`)
	})
	ctx := context.Background()
	b.ReportAllocs()
	cpu0 := testutil.CPUTime()
	for b.Loop() {
		if err := p.Post(ctx, "998877665544332211", r); err != nil {
			b.Fatal(err)
		}
	}
	// CPU time, the server's share included, tells a change from the noise
	// of a shared machine better than wall time.
	b.ReportMetric(float64((testutil.CPUTime()-cpu0).Nanoseconds())/float64(b.N), "cpu-ns/op")
}

// BenchmarkCard is a feed's review card: the card of a drafted article
// rendered as embeds and buttons and posted (PostCard, its id read from the
// answer), then the same card sent again as an edit (UpdateCard), over HTTP
// to a local server answering as Discord does, unpaced.
//
//	go test -run '^$' -bench Card -count 6 ./adapters/discord
func BenchmarkCard(b *testing.B) {
	store := bot.NewMemStore()
	c, err := briefings.Default()
	if err != nil {
		b.Fatal(err)
	}
	bt := bot.New(briefings.NewLive(c))
	bt.Content, bt.Drafts, bt.Fetcher = store, store, &testutil.ArticleFetcher{Dir: articles}
	card := bt.Handle(context.Background(), bot.Request{Platform: bot.Discord, Command: "draft", Text: "https://news.example/10-alliance-summit.html",
		User: "80351110224678913", Channel: "998877665544332211", Workspace: "112233445566778899", CanCurate: true})
	if len(card.Actions) < 3 {
		b.Fatalf("not a card: %+v", card)
	}
	p := localPoster(b, func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"id":"1300000000000000001","channel_id":"998877665544332211","content":""}`)
	})
	ch := bot.ChannelKey{Platform: bot.Discord, Workspace: "112233445566778899", Channel: "998877665544332211"}
	testutil.BenchCards(b, p, ch, "1300000000000000001", card)
}

// localPoster is a poster whose session talks, unpaced, to a local server
// answering with h.
func localPoster(b *testing.B, h http.HandlerFunc) *discord.Poster {
	srv := httptest.NewServer(h)
	b.Cleanup(srv.Close)
	s, err := discord.NewSession("bench-token", srv.URL+"/api/v10")
	if err != nil {
		b.Fatal(err)
	}
	discord.Unpaced(s)
	return discord.NewPoster(s)
}
