package console_test

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/briefbot/briefbot/internal/golden"
	"github.com/briefbot/briefbot/internal/testutil"

	"github.com/briefbot/briefbot/adapters/console"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefings"
)

func newBot(t *testing.T) *bot.Bot {
	t.Helper()
	c, err := briefings.Default()
	if err != nil {
		t.Fatal(err)
	}
	return bot.New(briefings.NewLive(c))
}

// TestSessionGolden types a session into the console's reader and compares
// everything it writes with a golden transcript.
func TestSessionGolden(t *testing.T) {
	t.Parallel()
	in := strings.NewReader("/status ukraine\n/quote putin\n\n# comments are skipped\n/status narnia\n/brief nato\n/speakers\n/search sanctions\n/help status\n")
	var out bytes.Buffer
	c := console.New(in, &out, newBot(t))
	if err := c.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, filepath.Join("testdata", "session.txt"), out.Bytes())
	for _, line := range strings.Split(out.String(), "\n") {
		if n := len([]rune(line)); n > console.DefaultWidth && !strings.Contains(line, "https://") {
			t.Errorf("line of %d characters exceeds the width: %q", n, line)
		}
	}
}

func TestPromptAndTooLongLine(t *testing.T) {
	t.Parallel()
	var out bytes.Buffer
	c := console.New(strings.NewReader("/topics\n"), &out, newBot(t))
	c.Prompt = "> "
	if err := c.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out.String(), "> Topics") || !strings.HasSuffix(out.String(), "> ") {
		t.Errorf("prompt missing: %q…%q", out.String()[:20], out.String()[len(out.String())-20:])
	}
}

// A pasted blob is answered and skipped; the commands after it still are
// answered. Lines from Windows (CRLF) and a last line without its line
// ending are read as typed.
func TestLinesAsTyped(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, in string
		want     []string // in order
	}{
		{"too long", "/search " + strings.Repeat("x", 100_000) + "\n/topics\n",
			[]string{"That line is too long\n", "I skipped a line of more than 65536 characters.", "Topics\n======"}},
		{"too long, last", "/topics\n" + strings.Repeat("x", 70_000),
			[]string{"Topics\n======", "That line is too long\n"}},
		{"crlf", "/status ukraine\r\n/quote putin\r\n",
			[]string{"Ukraine: Blinken and Lavrov", "Quotes: Vladimir Putin"}},
		{"no final newline", "/speakers", []string{"Speakers\n========"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			var out bytes.Buffer
			if err := console.New(strings.NewReader(tc.in), &out, newBot(t)).Run(context.Background()); err != nil {
				t.Fatalf("Run: %v", err)
			}
			rest := out.String()
			for _, w := range tc.want {
				i := strings.Index(rest, w)
				if i < 0 {
					t.Fatalf("output lacks %q (in order):\n%s", w, out.String())
				}
				rest = rest[i+len(w):]
			}
			if strings.Contains(out.String(), "xxxxxxxx") {
				t.Error("the over-long line is echoed back")
			}
		})
	}
}

// Daily posts and answers may be written at the same time; each must come
// out whole.
func TestPostAndAnswerDoNotInterleave(t *testing.T) {
	t.Parallel()
	var out testutil.SyncBuffer
	b := newBot(t)
	c := console.New(nil, &out, b)
	r := b.Handle(context.Background(), bot.Request{Command: "status", Text: "nato"})
	var wg sync.WaitGroup
	for range 20 {
		wg.Go(func() { c.Post(context.Background(), "general", r) })
		wg.Go(func() { c.Ask(context.Background(), "/status nato") })
	}
	wg.Wait()
	text := out.String()
	if n := strings.Count(text, "--- daily post to #general ---"); n != 20 {
		t.Errorf("%d post banners, want 20", n)
	}
	one := renderOne(t, r)
	if strings.Count(text, one) != 40 {
		t.Errorf("replies interleaved: %d whole copies of the reply, want 40", strings.Count(text, one))
	}
}

func renderOne(t *testing.T, r bot.Reply) string {
	var b bytes.Buffer
	if err := console.Render(&b, r, 0); err != nil {
		t.Fatal(err)
	}
	return b.String()
}
