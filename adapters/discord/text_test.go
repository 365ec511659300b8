package discord

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/briefbot/briefbot/bot"
)

func TestFit(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		max  int
		md   bool
		want string
	}{
		{"short", 10, true, "short"},
		{"  spaces\n around  ", 20, false, "spaces around"},
		{"one two three four five", 14, false, "one two three…"},
		{"one two three four five", 9, false, "one two…"},
		{"abcdefghijkl", 5, false, "abcd…"},
		{"a*b*c*d*e", 6, true, `a\*b…`}, // never a lone backslash before the ellipsis
		{"a*b", 3, true, `a…`},
		{"😀😀😀😀", 5, false, "😀😀…"}, // emoji count twice, as in UTF-16
		{"para one\nwrapped\n\npara two", 100, true, "para one wrapped\n\npara two"},
		{"@everyone look", 100, false, "@\u200beveryone look"},
		{"mail a@here.com", 100, false, "mail a@\u200bhere.com"},
		{"<@123> and <@&9> and <#5>", 100, false, "<\u200b@123> and <\u200b@&9> and <#5>"},
		{"# Title\n\n- item\n> quote", 100, true, "\\# Title\n\n\\- item > quote"},
		{"[a](http://x)", 100, true, `\[a\](http://x)`},
		{"[optional] words", 100, true, "[optional] words"},
		{"x", 0, false, ""},
	}
	for _, tc := range tests {
		got := fit(tc.in, tc.max, tc.md)
		if got != tc.want {
			t.Errorf("fit(%q, %d, %v) = %q, want %q", tc.in, tc.max, tc.md, got, tc.want)
		}
		if units(got) > tc.max {
			t.Errorf("fit(%q, %d) is %d long", tc.in, tc.max, units(got))
		}
	}
}

// TestCutNeverBreaksEscapes cuts escaped text at every length.
func TestCutNeverBreaksEscapes(t *testing.T) {
	t.Parallel()
	s := escapeMarkdown(quiet(`**a** \ _b_ ~c~ @everyone |d| 😀 ` + "`e`"))
	for max := 0; max <= units(s)+2; max++ {
		c := cut(s, max)
		if units(c) > max {
			t.Fatalf("cut(%d) = %q, %d long", max, c, units(c))
		}
		if !utf8.ValidString(c) {
			t.Fatalf("cut(%d) = %q is not UTF-8", max, c)
		}
		body := strings.TrimSuffix(c, ellipsis)
		if n := len(body) - len(strings.TrimRight(body, `\`)); n%2 == 1 {
			t.Fatalf("cut(%d) = %q ends in a lone backslash", max, c)
		}
	}
}

func TestSafeURL(t *testing.T) {
	t.Parallel()
	tests := map[string]string{
		"https://example.com/a(b)":  "https://example.com/a%28b%29",
		"http://example.com/x y":    "http://example.com/x%20y",
		"javascript:alert(1)":       "",
		"ftp://example.com/":        "",
		"https:///nohost":           "",
		"  https://example.com/ok ": "https://example.com/ok",
	}
	for in, want := range tests {
		if got := safeURL(in); got != want {
			t.Errorf("safeURL(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestShareIDRoundTrip(t *testing.T) {
	t.Parallel()
	tests := []bot.Request{
		{Command: "status", Options: map[string]string{"topic": "ukraine", "public": "false"}},
		{Command: "quote", Options: map[string]string{"speaker": "Putin", "words": "a&b=c?d"}},
		{Command: "brief", Options: map[string]string{}},
		{Command: "quote", Text: "sergey lavrov letter"},
	}
	for _, req := range tests {
		id := shareID(req)
		if id == "" || len(id) > maxCustomID {
			t.Fatalf("shareID(%+v) = %q", req, id)
		}
		cmd, opts, text, ok := parseShare(id)
		if !ok || cmd != req.Command || text != req.Text {
			t.Errorf("%q read back as %q %v %q %v", id, cmd, opts, text, ok)
		}
		want := map[string]string{}
		for k, v := range req.Options {
			if k != "public" {
				want[k] = v
			}
		}
		if req.Options != nil && !reflect.DeepEqual(opts, want) {
			t.Errorf("%q options %v, want %v", id, opts, want)
		}
	}
	if id := shareID(bot.Request{Command: "search", Options: map[string]string{"words": strings.Repeat("x", 200)}}); id != "" {
		t.Errorf("a share id of %d characters", len(id))
	}
}

func TestDecodeHex(t *testing.T) {
	t.Parallel()
	var b [2]byte
	if !decodeHex(b[:], "aB0f") || b != [2]byte{0xab, 0x0f} {
		t.Errorf("aB0f: %x", b)
	}
	for _, bad := range []string{"", "abc", "abcdef", "zz00", "0g00"} {
		if decodeHex(b[:], bad) {
			t.Errorf("%q decoded", bad)
		}
	}
}

func TestInviteURL(t *testing.T) {
	t.Parallel()
	got := InviteURL("1234")
	want := "https://discord.com/oauth2/authorize?client_id=1234&permissions=19456&scope=bot+applications.commands"
	if got != want {
		t.Errorf("InviteURL = %s\nwant %s", got, want)
	}
}

func TestPathSafe(t *testing.T) {
	t.Parallel()
	for s, want := range map[string]bool{
		"1300000000000000001": true, "aW50ZXJhY3Rpb246MTM.x-y_z": true,
		"": false, ".": false, "..": false, "a/../b": false, "a?b": false, "a%2fb": false, "a b": false,
	} {
		if pathSafe(s) != want {
			t.Errorf("pathSafe(%q) = %v", s, !want)
		}
	}
}
