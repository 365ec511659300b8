package slack

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestTextBuf(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		max  int
		in   string
		want string
		cut  bool
	}{
		{"plain", 20, "hello", "hello more", false},
		{"escapes", 45, "a & b < c > d <!channel>", "a &amp; b &lt; c &gt; d &lt;!channel&gt; more", false},
		{"keeps the text, drops what follows", 42, "a & b < c > d <!channel>", "a &amp; b &lt; c &gt; d &lt;!channel&gt;…", true},
		{"counts escapes", 9, "&&", "&amp;…", true},
		{"never cuts an entity", 6, "ab<cd", "ab…", true},
		{"keeps an entity that fits", 7, "ab<cd", "ab&lt;…", true},
		{"cuts at a word", 20, "the quick brown fox jumps", "the quick brown fox…", true},
		{"cuts at an earlier word", 18, "the quick brown fox jumps", "the quick brown…", true},
		{"cuts a long word", 6, "abcdefghij", "abcde…", true},
		{"emoji count twice", 5, "😀😀😀", "😀😀…", true},
		{"exactly fits", 10, "abcde", "abcde more", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tb := newTextBuf(tc.max)
			tb.text(tc.in)
			tb.markup(" more") // what follows an overflow is dropped
			if tb.String() != tc.want || tb.cut() != tc.cut {
				t.Errorf("got %q (cut %v), want %q (cut %v)", tb.String(), tb.cut(), tc.want, tc.cut)
			}
			if w := width(tb.String()); w > tc.max {
				t.Errorf("%d characters, limit %d", w, tc.max)
			}
		})
	}
}

func TestSafeURL(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"https://example.com/a", "https://example.com/a", true},
		{"http://example.com/a?x=1&y=2", "http://example.com/a?x=1&amp;y=2", true},
		{"https://example.com/a|<!channel>", "https://example.com/a%7C%3C!channel%3E", true},
		{"javascript:alert(1)", "", false},
		{"slack://channel?id=C1", "", false},
		{"mailto:a@example.com", "", false},
		{"/relative", "", false},
		{"", "", false},
	}
	for _, tc := range tests {
		got, ok := safeURL(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("safeURL(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func FuzzAppendString(f *testing.F) {
	for _, s := range []string{"", "plain", `quo"te \ back`, "line\nbreak\ttab\r", "\x00\x1f", "bad \xff utf8 \xe2\x82", "\u2028\u2029", "emoji 😀", "<&>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var got string
		out := appendString(nil, s)
		if err := json.Unmarshal(out, &got); err != nil {
			t.Fatalf("appendString(%q) = %s: %v", s, out, err)
		}
		ref, _ := json.Marshal(s)
		var want string
		json.Unmarshal(ref, &want)
		if got != want {
			t.Fatalf("appendString(%q) decodes to %q; encoding/json gives %q", s, got, want)
		}
	})
}

// TestTextBufCutsAtMarkup: a field that overflows after a complete title keeps the title whole.
func TestTextBufCutsAtMarkup(t *testing.T) {
	t.Parallel()
	tb := newTextBuf(20)
	tb.markup("*")
	tb.text("Some title")
	tb.markup("*")
	tb.text(strings.Repeat("x", 40))
	if got := tb.String(); got != "*Some title*…" {
		t.Errorf("got %q", got)
	}
}

// FuzzTextBuf: whatever the text and the limit, a field stays within the limit, holds no markup,
// and shows a prefix of the text as typed.
func FuzzTextBuf(f *testing.F) {
	f.Add("plain words here", 10)
	f.Add("a & b < c > d <!channel> <@U1>", 12)
	f.Add("line one\nline two\r\nthree", 9)
	f.Add("😀 emoji 😀😀 and ünïcödé", 7)
	f.Add(strings.Repeat("&", 30), 11)
	f.Fuzz(func(t *testing.T, s string, limit int) {
		limit = 1 + abs(limit)%200
		s = strings.ToValidUTF8(s, "?")
		tb := newTextBuf(limit)
		tb.text(s)
		out := tb.String()
		if w := width(out); w > limit {
			t.Fatalf("%q in %d: %q has %d characters", s, limit, out, w)
		}
		if strings.ContainsAny(out, "<>") {
			t.Fatalf("%q: markup in %q", s, out)
		}
		shown := unescape(strings.TrimSuffix(out, ellipsis))
		if typed := strings.ReplaceAll(s, "\r", ""); !strings.HasPrefix(typed, shown) {
			t.Fatalf("%q in %d: %q is not a prefix of the text", s, limit, shown)
		}
		if m := measure(s, ""); !tb.cut() && (m.w != width(out) || m.n != len(out)) {
			t.Fatalf("%q: measured %+v, wrote %d characters, %d bytes", s, m, width(out), len(out))
		}
	})
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
