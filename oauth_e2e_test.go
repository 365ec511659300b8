package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/briefbot/briefbot/adapters/postgres/pgtest"
	"github.com/briefbot/briefbot/adapters/slack/fakeslack"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/clocktest"
)

const (
	oauthClientID     = "2141029472.691202649728"
	oauthClientSecret = "e1b9e11dfcd19c1982d5de12921e17e8c"
	oauthSigning      = "0f1e2d3c4b5a69788796a5b4c3d2e1f0"
	ownBotToken       = "xoxb-1-test"
)

func encryptionKey() string {
	k := make([]byte, 32)
	rand.Read(k)
	return base64.StdEncoding.EncodeToString(k)
}

// oauthBotEnv is the environment of a bot that serves SLACK_BOT_TOKEN's workspace (T0001)
// and any workspace that installs it, against the fake Slack.
func oauthBotEnv(fake *fakeslack.Server, addr, db, key string) map[string]string {
	return map[string]string{
		"SLACK_SIGNING_SECRET": oauthSigning,
		"SLACK_BOT_TOKEN":      ownBotToken,
		"SLACK_API_URL":        fake.APIURL(),
		"SLACK_CLIENT_ID":      oauthClientID,
		"SLACK_CLIENT_SECRET":  oauthClientSecret,
		"SLACK_REDIRECT_URL":   "http://" + addr + "/slack/oauth/callback",
		"ENCRYPTION_KEY":       key,
		"HTTP_ADDR":            addr,
		"DATABASE_URL":         db,
	}
}

var browser = &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}

// installThrough plays a person installing the app in ws through the bot at base: the install
// link, Slack's authorize page (the fake grants a code), and the callback. It returns the page
// and the callback's query, for replays.
func installThrough(t *testing.T, base string, fake *fakeslack.Server, ws fakeslack.Workspace) (int, string, url.Values, *http.Cookie) {
	t.Helper()
	resp, err := browser.Get(base + "/slack/install")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	loc, err := url.Parse(resp.Header.Get("Location"))
	if resp.StatusCode != http.StatusFound || err != nil {
		t.Fatalf("/slack/install: %d %v", resp.StatusCode, err)
	}
	q := loc.Query()
	if q.Get("client_id") != oauthClientID || q.Get("redirect_uri") != base+"/slack/oauth/callback" ||
		!strings.Contains(q.Get("scope"), "chat:write") || q.Get("state") == "" {
		t.Fatalf("authorize URL %s lacks the client id, scopes, redirect URL or state", loc)
	}
	var cookie *http.Cookie
	for _, c := range resp.Cookies() {
		cookie = c
	}
	back := url.Values{"code": {fake.Grant(ws)}, "state": {q.Get("state")}}
	code, page := callbackAt(t, base, back, cookie)
	return code, page, back, cookie
}

func callbackAt(t *testing.T, base string, q url.Values, cookie *http.Cookie) (int, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, base+"/slack/oauth/callback?"+q.Encode(), nil)
	if cookie != nil {
		req.AddCookie(&http.Cookie{Name: cookie.Name, Value: cookie.Value})
	}
	resp, err := browser.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// slackCommandFrom sends a signed slash command from a channel of a workspace, as a user.
func slackCommandFrom(t *testing.T, base, team, channel, user, command, text string) string {
	t.Helper()
	v, _ := url.ParseQuery(string(slashCommand(command, text)))
	v.Set("team_id", team)
	v.Set("channel_id", channel)
	v.Set("user_id", user)
	body := []byte(v.Encode())
	code, got := postSigned(t, base+"/slack/commands", oauthSigning, time.Now(), body, body)
	if code != http.StatusOK {
		t.Fatalf("%s %s in %s: %d %s", command, text, team, code, got)
	}
	return string(got)
}

func slackEvent(t *testing.T, base, body string) {
	t.Helper()
	if code, got := postSigned(t, base+"/slack/events", oauthSigning, time.Now(), []byte(body), []byte(body)); code != http.StatusOK {
		t.Fatalf("event: %d %s", code, got)
	}
}

func appUninstalled(team string, at time.Time) string {
	return `{"token":"unused","team_id":"` + team + `","api_app_id":"A0BRIEFBOT","type":"event_callback","event_id":"Ev` +
		strconv.FormatInt(time.Now().UnixNano(), 36) + `","event_time":` + strconv.FormatInt(at.Unix(), 10) + `,"event":{"type":"app_uninstalled"}}`
}

// TestSlackInstallEndToEnd is the story, through the program as `go run .` runs it, on
// SQLite and a virtual clock: a workspace installs the app from /slack/install; a /subscribe
// there and its daily post use that workspace's token, while SLACK_BOT_TOKEN's own workspace
// still posts with SLACK_BOT_TOKEN; the workspace removes the app, which pauses only its
// briefing, and installs it again, which resumes it. Neither the log nor the SQLite file holds
// the client secret, a code or a token.
func TestSlackInstallEndToEnd(t *testing.T) {
	t.Parallel()
	clock := clocktest.New(time.Date(2026, 3, 2, 7, 58, 30, 0, time.UTC))
	fake := fakeslack.New(t, oauthClientID, oauthClientSecret)
	fake.AddToken(ownBotToken, fakeslack.Workspace{Team: "T0001", TeamName: "Operators"})
	addr := freeAddr(t)
	fake.RedirectURL = "http://" + addr + "/slack/oauth/callback"
	dir := t.TempDir()
	key := encryptionKey()
	b := startRunningBot(t, oauthBotEnv(fake, addr, "sqlite:"+filepath.Join(dir, "briefbot.db"), key), clock)
	acme := fakeslack.Workspace{Team: "T0ACME", TeamName: "Acme", Installer: "U0INSTALLER"}

	code, page, _, _ := installThrough(t, b.base, fake, acme)
	if code != http.StatusOK || !strings.Contains(page, "briefbot is now in <strong>Acme</strong>") {
		t.Fatalf("install: %d\n%s", code, page)
	}
	if got := slackCommandFrom(t, b.base, "T0ACME", "C0ACME", "U0INSTALLER", "/subscribe", "ukraine at 08:00"); !strings.Contains(got, "Daily briefing on Ukraine at 08:00") {
		t.Fatalf("/subscribe in the installed workspace: %s", got)
	}
	if got := slackCommandFrom(t, b.base, "T0ACME", "C0ACME", "U0SOMEONE", "/unsubscribe", "ukraine"); !strings.Contains(got, "only the people who manage this channel") {
		t.Errorf("/unsubscribe by a member who is not an admin: %s", got)
	}
	if got := slackCommand(t, b.base, oauthSigning, "/subscribe", "ukraine at 08:00"); !strings.Contains(got, "Daily briefing on Ukraine at 08:00") {
		t.Fatalf("/subscribe in SLACK_BOT_TOKEN's workspace: %s", got)
	}
	clock.WaitAsleep(t, sleepers)
	clock.Set(time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC))
	waitUntil(t, "both daily posts", func() bool { return len(fake.Posts("C0ACME")) == 1 && len(fake.Posts("C2147483705")) == 1 }, b.logs)
	if tok := fake.Posts("C0ACME")[0].Token; tok != fake.Tokens("T0ACME")[0] {
		t.Errorf("the installed workspace's post carried %q, not its own token", tok)
	}
	if tok := fake.Posts("C2147483705")[0].Token; tok != ownBotToken {
		t.Errorf("SLACK_BOT_TOKEN's workspace's post carried %q", tok)
	}

	fake.Uninstall("T0ACME")
	slackEvent(t, b.base, appUninstalled("T0ACME", clock.Now()))
	waitUntil(t, "the briefing to pause", func() bool {
		return strings.Contains(slackCommandFrom(t, b.base, "T0ACME", "C0ACME", "U0SOMEONE", "/subscriptions", ""), "reinstalling it resumes this briefing")
	}, b.logs)
	// The day's post reached the fake before the scheduler recorded it as
	// sent, so "Next:" may still say today for a moment: wait for the record.
	var own string
	waitUntil(t, "the own workspace's next post to be tomorrow's", func() bool {
		own = slackCommand(t, b.base, oauthSigning, "/subscriptions", "")
		return strings.Contains(own, "reinstalling") || strings.Contains(own, "Next: tomorrow at 08:00")
	}, b.logs)
	if strings.Contains(own, "reinstalling") {
		t.Errorf("SLACK_BOT_TOKEN's workspace was paused too: %s", own)
	}
	clock.WaitAsleep(t, sleepers)
	clock.Set(time.Date(2026, 3, 3, 8, 0, 0, 0, time.UTC))
	waitUntil(t, "the own workspace's second post", func() bool { return len(fake.Posts("C2147483705")) == 2 }, b.logs)
	if n := len(fake.Posts("C0ACME")); n != 1 {
		t.Errorf("%d posts to the workspace that removed the app, want still 1", n)
	}

	if code, page, _, _ := installThrough(t, b.base, fake, acme); code != http.StatusOK {
		t.Fatalf("reinstall: %d\n%s", code, page)
	}
	if got := slackCommandFrom(t, b.base, "T0ACME", "C0ACME", "U0SOMEONE", "/subscriptions", ""); strings.Contains(got, "reinstalling") || !strings.Contains(got, "Next: tomorrow at 08:00") {
		t.Errorf("after installing again: %s", got)
	}
	clock.WaitAsleep(t, sleepers)
	clock.Set(time.Date(2026, 3, 4, 8, 0, 0, 0, time.UTC))
	waitUntil(t, "the resumed post", func() bool { return len(fake.Posts("C0ACME")) == 2 }, b.logs)
	if tok := fake.Posts("C0ACME")[1].Token; tok != fake.Tokens("T0ACME")[0] {
		t.Errorf("the resumed post carried %q, not the new token", tok)
	}
	_, metrics := get(t, b.base+"/metrics")
	b.stop()

	secrets := append([]string{oauthClientSecret, key, oauthSigning, ownBotToken}, fake.Issued()...)
	for _, c := range fake.Calls("oauth.v2.access") {
		secrets = append(secrets, c.Form.Get("code"))
	}
	files, _ := filepath.Glob(filepath.Join(dir, "briefbot.db*"))
	if len(files) == 0 {
		t.Fatal("no SQLite file")
	}
	for _, s := range secrets {
		if strings.Contains(b.logs.String(), s) || strings.Contains(metrics, s) {
			t.Errorf("a secret (%.12s…) is in the log or the metrics", s)
		}
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if bytes.Contains(raw, []byte(s)) {
				t.Errorf("%s holds a secret in clear (%.12s…)", filepath.Base(f), s)
			}
		}
	}
	if !strings.Contains(b.logs.String(), "the app was installed") {
		t.Errorf("the log does not record the install:\n%s", b.logs)
	}
}

// TestSlackInstallSharedByReplicas: two replicas on one PostgreSQL; a workspace installs the
// app through one and the other serves it at once (a mention answered with its token, a
// /subscribe by whoever installed it), and refuses the callback replayed to it. The table
// holds no token in clear.
func TestSlackInstallSharedByReplicas(t *testing.T) {
	t.Parallel()
	db := pgtest.FreshSchema(t)
	fake := fakeslack.New(t, oauthClientID, oauthClientSecret)
	fake.AddToken(ownBotToken, fakeslack.Workspace{Team: "T0001"})
	key := encryptionKey()
	addrA, addrB := freeAddr(t), freeAddr(t)
	a := startRunningBot(t, oauthBotEnv(fake, addrA, db, key), bot.SystemClock{})
	b := startRunningBot(t, oauthBotEnv(fake, addrB, db, key), bot.SystemClock{})

	fake.RedirectURL = "http://" + addrA + "/slack/oauth/callback"
	acme := fakeslack.Workspace{Team: "T0ACME", TeamName: "Acme", Installer: "U0INSTALLER"}
	code, page, back, cookie := installThrough(t, a.base, fake, acme)
	if code != http.StatusOK {
		t.Fatalf("install through replica A: %d\n%s", code, page)
	}
	token := fake.Tokens("T0ACME")[0]

	slackEvent(t, b.base, `{"token":"unused","team_id":"T0ACME","api_app_id":"A0BRIEFBOT","type":"event_callback","event_id":"EvReplicaB","event_time":1700000000,`+
		`"event":{"type":"app_mention","user":"U0SOMEONE","text":"<@U0BOTT0ACME> topics","ts":"1700000000.000100","channel":"C0ACME","event_ts":"1700000000.000100"}}`)
	waitUntil(t, "replica B to answer the mention", func() bool { return len(fake.Posts("C0ACME")) == 1 }, b.logs)
	if got := fake.Posts("C0ACME")[0].Token; got != token {
		t.Errorf("replica B answered with %q, not the token installed through A", got)
	}
	if got := slackCommandFrom(t, b.base, "T0ACME", "C0ACME", "U0INSTALLER", "/subscribe", "ukraine at 08:00"); !strings.Contains(got, "Daily briefing on Ukraine at 08:00") {
		t.Errorf("replica B does not know who installed the app: %s", got)
	}

	// The same callback, replayed to the other replica: the state was used.
	if code, page := callbackAt(t, b.base, back, cookie); code != http.StatusBadRequest || !strings.Contains(page, "already used") {
		t.Errorf("replayed callback on replica B: %d\n%s", code, page)
	}
	if n := len(fake.Calls("oauth.v2.access")); n != 1 {
		t.Errorf("oauth.v2.access called %d times, want once", n)
	}

	conn, err := pgx.Connect(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	rows, err := conn.Query(context.Background(), `SELECT row_to_json(c)::text, secret FROM credentials c`)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for rows.Next() {
		var row string
		var secret []byte
		if err := rows.Scan(&row, &secret); err != nil {
			t.Fatal(err)
		}
		n++
		if strings.Contains(row, token) || bytes.Contains(secret, []byte(token)) || bytes.Contains(secret, []byte("xoxb-")) {
			t.Errorf("the credentials table holds the token in clear: %s", row)
		}
	}
	if err := rows.Err(); err != nil || n == 0 {
		t.Errorf("%d credential rows (%v), want the install", n, err)
	}
}

// TestSlackOAuthConfiguration: installing in other workspaces needs the client id, secret and
// redirect URL together, the signing secret, and ENCRYPTION_KEY; start-up stops naming what is
// missing or wrong, and never repeats a secret.
func TestSlackOAuthConfiguration(t *testing.T) {
	t.Parallel()
	full := func() map[string]string {
		return map[string]string{
			"SLACK_SIGNING_SECRET": oauthSigning, "SLACK_CLIENT_ID": oauthClientID, "SLACK_CLIENT_SECRET": oauthClientSecret,
			"SLACK_REDIRECT_URL": "https://briefbot.example.com/slack/oauth/callback", "ENCRYPTION_KEY": encryptionKey(),
		}
	}
	cases := []struct {
		name   string
		change func(map[string]string)
		names  string
	}{
		{"no encryption key", func(e map[string]string) { delete(e, "ENCRYPTION_KEY") }, "ENCRYPTION_KEY"},
		{"a hex key", func(e map[string]string) { e["ENCRYPTION_KEY"] = strings.Repeat("ab", 32) }, "ENCRYPTION_KEY"},
		{"a short key", func(e map[string]string) { e["ENCRYPTION_KEY"] = "c2VjcmV0" }, "ENCRYPTION_KEY"},
		{"no secret", func(e map[string]string) { delete(e, "SLACK_CLIENT_SECRET") }, "SLACK_CLIENT_SECRET"},
		{"no client id", func(e map[string]string) { delete(e, "SLACK_CLIENT_ID") }, "SLACK_CLIENT_ID"},
		{"no redirect URL", func(e map[string]string) { delete(e, "SLACK_REDIRECT_URL") }, "SLACK_REDIRECT_URL"},
		{"plain http", func(e map[string]string) {
			e["SLACK_REDIRECT_URL"] = "http://briefbot.example.com/slack/oauth/callback"
		}, "SLACK_REDIRECT_URL"},
		{"another path", func(e map[string]string) { e["SLACK_REDIRECT_URL"] = "https://briefbot.example.com/oauth" }, "SLACK_REDIRECT_URL"},
		{"nowhere to hear from Slack", func(e map[string]string) { delete(e, "SLACK_SIGNING_SECRET") }, "SLACK_SIGNING_SECRET"},
	}
	for _, tc := range cases {
		e := full()
		tc.change(e)
		e["HTTP_ADDR"] = freeAddr(t)
		e["DATABASE_URL"] = "sqlite:" + filepath.Join(t.TempDir(), "b.db")
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		err := run(ctx, nil, env(e), bot.SystemClock{}, strings.NewReader(""), io.Discard, io.Discard)
		cancel()
		var ee *exitError
		if !errors.As(err, &ee) || ee.code != 2 || !strings.Contains(ee.msg, tc.names) {
			t.Errorf("%s: %v; want start-up stopped naming %s", tc.name, err, tc.names)
			continue
		}
		for _, s := range []string{oauthClientSecret, e["ENCRYPTION_KEY"], oauthSigning} {
			if s != "" && strings.Contains(ee.msg, s) {
				t.Errorf("%s: the message repeats a secret: %s", tc.name, ee.msg)
			}
		}
	}
	if _, err := loadConfig(env(full())); err != nil {
		t.Errorf("the full configuration: %v", err)
	}
}

// TestSlackInstallWithoutBotToken: with no SLACK_BOT_TOKEN every workspace installs from the
// link, and daily briefings are on for them: /subscribe is not refused for want of a token,
// and a workspace that never installed the app gets no answer with another's token.
func TestSlackInstallWithoutBotToken(t *testing.T) {
	t.Parallel()
	fake := fakeslack.New(t, oauthClientID, oauthClientSecret)
	addr := freeAddr(t)
	e := oauthBotEnv(fake, addr, "sqlite:"+filepath.Join(t.TempDir(), "briefbot.db"), encryptionKey())
	delete(e, "SLACK_BOT_TOKEN")
	b := startRunningBot(t, e, bot.SystemClock{})
	if code, page, _, _ := installThrough(t, b.base, fake, fakeslack.Workspace{Team: "T0ACME", Installer: "U0INSTALLER"}); code != http.StatusOK {
		t.Fatalf("install: %d\n%s", code, page)
	}
	if got := slackCommandFrom(t, b.base, "T0ACME", "C0ACME", "U0INSTALLER", "/subscribe", "ukraine at 08:00"); !strings.Contains(got, "Daily briefing on Ukraine at 08:00") {
		t.Errorf("/subscribe in the installed workspace: %s", got)
	}
	mention := func(team, channel, id string) {
		slackEvent(t, b.base, `{"token":"unused","team_id":"`+team+`","api_app_id":"A0BRIEFBOT","type":"event_callback","event_id":"`+id+`","event_time":1700000000,`+
			`"event":{"type":"app_mention","user":"U0SOMEONE","text":"<@U0BOT`+team+`> topics","ts":"1700000000.000100","channel":"`+channel+`","event_ts":"1700000000.000100"}}`)
	}
	mention("T0NEVER", "C0NEVER", "EvNever")
	mention("T0ACME", "C0ACME", "EvAcme")
	waitUntil(t, "the mention's answer", func() bool { return len(fake.Posts("C0ACME")) == 1 }, b.logs)
	if got := fake.Posts("C0ACME")[0].Token; got != fake.Tokens("T0ACME")[0] {
		t.Errorf("answered with %q", got)
	}
	waitUntil(t, "the refused mention to be logged", func() bool { return strings.Contains(b.logs.String(), "mention not answered") }, b.logs)
	if n := len(fake.Posts("C0NEVER")); n != 0 {
		t.Errorf("%d posts to a workspace that never installed the app", n)
	}
}
