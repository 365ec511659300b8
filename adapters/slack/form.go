package slack

import (
	"bytes"
	"net/url"
)

// parseCommand reads the fields of a slash command's form body (application/x-www-form-urlencoded)
// that the bot uses. It is slack.SlashCommandParse without the map of every field that
// r.ParseForm builds; the tests check both read the same values.
//
// It stays hand-written because it pays on a whole request (a signed /status ukraine in, the
// cached answer out: BenchmarkCommand/cached): with url.ParseQuery in its place the request takes
// 2.7 times as long, 3.62 µs against 1.36 µs, with 19 allocations against 6 (-count 6,
// interleaved, benchstat p=0.002; bench_test.go says how). Uncached, where rendering dominates,
// it still saves 7 % (46.5 against 50.1 µs). Counted on a whole request through net/http
// (bench/callgrind.sh, instructions per request, which the shared machine's noise does not
// move): url.ParseQuery in its place costs 26 % more, 123.5k against 98.1k instructions.
func parseCommand(body []byte) (command, bool) {
	var c command
	ok := true
	if bytes.HasPrefix(body, sslCheck) || bytes.Contains(body, ampSSLCheck) {
		c.sslCheck = true
	}
	for len(body) > 0 {
		var pair []byte
		if i := bytes.IndexByte(body, '&'); i >= 0 {
			pair, body = body[:i], body[i+1:]
		} else {
			pair, body = body, nil
		}
		eq := bytes.IndexByte(pair, '=')
		if eq < 0 {
			continue
		}
		var dst *string
		switch string(pair[:eq]) {
		case "command":
			dst = &c.Command
		case "text":
			dst = &c.Text
		case "team_id":
			dst = &c.TeamID
		case "enterprise_id":
			dst = &c.OrgID
		case "channel_id":
			dst = &c.ChannelID
		case "user_id":
			dst = &c.UserID
		case "response_url":
			dst = &c.ResponseURL
		default:
			continue
		}
		if *dst != "" {
			continue // the first value wins, as url.Values.Get
		}
		if dst == &c.ResponseURL {
			// Decoded only if a late answer needs it (command.responseURL).
			c.ResponseURL = string(pair[eq+1:])
			c.responseURLEscaped = true
			continue
		}
		v, err := formValue(pair[eq+1:])
		if err != nil {
			ok = false
			continue
		}
		*dst = v
	}
	return c, ok && c.Command != ""
}

// Slack checks a command URL's certificate now and then by posting ssl_check=1, with no
// command: it only needs a 200.
var (
	sslCheck    = []byte("ssl_check=1")
	ampSSLCheck = []byte("&ssl_check=1")
)

// formValue decodes one form value; plain values (no escapes) are only copied,
// and a command ("%2Fstatus") is decoded without the general unescaper.
func formValue(v []byte) (string, error) {
	if bytes.IndexByte(v, '+') < 0 {
		switch i := bytes.IndexByte(v, '%'); {
		case i < 0:
			return string(v), nil
		case i == 0 && len(v) > 3 && (v[2] == 'F' || v[2] == 'f') && v[1] == '2' && bytes.IndexByte(v[3:], '%') < 0:
			return "/" + string(v[3:]), nil
		}
	}
	return url.QueryUnescape(string(v))
}
