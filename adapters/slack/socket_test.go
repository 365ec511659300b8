package slack

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	slackapi "github.com/slack-go/slack"
	"github.com/slack-go/slack/slacktest"

	"github.com/briefbot/briefbot/bot"
)

// fakeSocketMode is Slack's side of Socket Mode on slacktest: apps.connections.open hands out a
// WebSocket on the same server, and each connection runs the next script.
type fakeSocketMode struct {
	srv     *slacktest.Server
	opens   atomic.Int64
	scripts chan func(*websocket.Conn)
	replies chan string // when one is waiting, apps.connections.open answers it instead
	acks    chan map[string]json.RawMessage
	posts   chan map[string][]string
}

func newFakeSocketMode(t *testing.T, openReply string) *fakeSocketMode {
	f := &fakeSocketMode{
		scripts: make(chan func(*websocket.Conn), 4),
		replies: make(chan string, 4),
		acks:    make(chan map[string]json.RawMessage, 16),
		posts:   make(chan map[string][]string, 16),
	}
	f.srv = slacktest.NewTestServer(func(c slacktest.Customize) {
		c.Handle("/apps.connections.open", func(w http.ResponseWriter, r *http.Request) {
			f.opens.Add(1)
			if r.Header.Get("Authorization") != "Bearer xapp-1-test" {
				io.WriteString(w, `{"ok":false,"error":"not_authed"}`)
				return
			}
			select {
			case reply := <-f.replies:
				io.WriteString(w, reply)
				return
			default:
			}
			if openReply != "" {
				io.WriteString(w, openReply)
				return
			}
			io.WriteString(w, `{"ok":true,"url":"ws://`+r.Host+`/socket"}`)
		})
		c.Handle("/socket", slacktest.Websocket(func(conn *websocket.Conn) {
			select {
			case script := <-f.scripts:
				script(conn)
			case <-time.After(10 * time.Second):
			}
		}))
		c.Handle("/chat.postMessage", func(w http.ResponseWriter, r *http.Request) {
			r.ParseForm()
			f.posts <- r.PostForm
			io.WriteString(w, `{"ok":true,"channel":"C1","ts":"1700000001.000100"}`)
		})
	})
	f.srv.Start()
	t.Cleanup(f.srv.Stop)
	return f
}

// send writes an envelope and returns the acknowledgement the bot sends back for it.
func (f *fakeSocketMode) send(t *testing.T, conn *websocket.Conn, envelope string) map[string]json.RawMessage {
	if err := conn.WriteMessage(websocket.TextMessage, []byte(envelope)); err != nil {
		t.Error(err)
		return nil
	}
	conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	var ack map[string]json.RawMessage
	if err := conn.ReadJSON(&ack); err != nil {
		t.Error(err)
	}
	return ack
}

const socketCommand = `{"envelope_id":"env-cmd","type":"slash_commands","accepts_response_payload":true,"payload":{"token":"unused","team_id":"T0001","team_domain":"example","channel_id":"C2147483705","channel_name":"test","user_id":"U2147483697","user_name":"steve","command":"/briefbot","text":"status ukraine","api_app_id":"A0001","is_enterprise_install":"false","response_url":"https://hooks.slack.com/commands/T0001/1/x","trigger_id":"1.2.3"}}`

const socketMention = `{"envelope_id":"env-ev","type":"events_api","accepts_response_payload":false,"retry_attempt":0,"retry_reason":"","payload":{"token":"unused","team_id":"T0001","api_app_id":"A0001","type":"event_callback","event_id":"Ev0SOCKET","event_time":1700000000,"event":{"type":"app_mention","user":"U2147483697","text":"<@U0BOT> quote putin","ts":"1700000000.000100","channel":"C2147483705","event_ts":"1700000000.000100"}}}`

// TestSocketMode answers a slash command on the acknowledgement, reconnects when Slack asks it
// to, and answers a mention on the new connection in its thread.
func TestSocketMode(t *testing.T) {
	t.Parallel()
	f := newFakeSocketMode(t, "")
	var wg sync.WaitGroup
	wg.Add(2)
	release := make(chan struct{})
	f.scripts <- func(conn *websocket.Conn) {
		defer wg.Done()
		conn.WriteJSON(map[string]any{"type": "hello", "num_connections": 1})
		f.acks <- f.send(t, conn, socketCommand)
		// Slack rotates connections: the client must open a new one by itself.
		askRefresh(conn)
	}
	f.scripts <- func(conn *websocket.Conn) {
		defer wg.Done()
		conn.WriteJSON(map[string]any{"type": "hello", "num_connections": 1})
		f.acks <- f.send(t, conn, socketMention)
		select { // stay connected while the answer is posted
		case <-release:
		case <-time.After(10 * time.Second):
		}
	}

	b, _ := newBot(t)
	api := slackapi.New("xoxb-test", slackapi.OptionAppLevelToken("xapp-1-test"), slackapi.OptionAPIURL(f.srv.GetAPIURL()))
	app := New(b, slog.New(slog.DiscardHandler))
	app.Poster = NewPoster(api, nil)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- NewSocket(app, api).Run(ctx) }()

	ack := <-f.acks
	if string(ack["envelope_id"]) != `"env-cmd"` {
		t.Fatalf("acknowledged %s", ack["envelope_id"])
	}
	m := checkMessage(t, ack["payload"])
	if !strings.HasPrefix(m.header(), "Ukraine:") || m.ResponseType != "ephemeral" {
		t.Errorf("answer on the acknowledgement: %s %q", m.ResponseType, m.header())
	}

	select {
	case ack = <-f.acks:
	case <-time.After(10 * time.Second):
		t.Fatal("no reconnection after Slack's disconnect")
	}
	if string(ack["envelope_id"]) != `"env-ev"` {
		t.Errorf("acknowledged %s", ack["envelope_id"])
	}
	select {
	case p := <-f.posts:
		if p["thread_ts"][0] != "1700000000.000100" || !strings.Contains(p["text"][0], "Quotes: Vladimir Putin") {
			t.Errorf("mention answered with %v", p)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the mention was not answered")
	}
	// Counted while the second connection is up: once the fake drops it, the client opens
	// another, as it should.
	if n := f.opens.Load(); n != 2 {
		t.Errorf("%d connections opened, want 2", n)
	}
	close(release)
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Run: %v", err)
	}
	wg.Wait()
}

func TestSocketModeRefusedToken(t *testing.T) {
	t.Parallel()
	f := newFakeSocketMode(t, `{"ok":false,"error":"invalid_auth"}`)
	b, _ := newBot(t)
	api := slackapi.New("xoxb-test", slackapi.OptionAppLevelToken("xapp-1-test"), slackapi.OptionAPIURL(f.srv.GetAPIURL()))
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	err := NewSocket(New(b, nil), api).Run(ctx)
	var te *AppTokenError
	if !errors.As(err, &te) || te.Err.Error() != "invalid_auth" || strings.Contains(err.Error(), "xapp-1-test") {
		t.Errorf("Run = %v, want an *AppTokenError with Slack's invalid_auth (and not the token)", err)
	}
}

// TestSocketModeRestartsAfterGivingUp: when slack-go's client gives up once a connection was up
// (here Slack refuses the token on a reconnect it asked for), Run does not stop the bot: it
// starts the client again, after a backoff, and serves on the new connection.
func TestSocketModeRestartsAfterGivingUp(t *testing.T) {
	t.Parallel()
	f := newFakeSocketMode(t, "")
	f.scripts <- func(conn *websocket.Conn) {
		conn.WriteJSON(map[string]any{"type": "hello", "num_connections": 1})
		f.replies <- `{"ok":false,"error":"invalid_auth"}`
		askRefresh(conn)
	}
	f.scripts <- func(conn *websocket.Conn) {
		conn.WriteJSON(map[string]any{"type": "hello", "num_connections": 1})
		f.acks <- f.send(t, conn, socketCommand)
		conn.SetReadDeadline(time.Now().Add(5 * time.Second))
		conn.ReadMessage() // until the client goes
	}
	b, _ := newBot(t)
	api := slackapi.New("xoxb-test", slackapi.OptionAppLevelToken("xapp-1-test"), slackapi.OptionAPIURL(f.srv.GetAPIURL()))
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- NewSocket(New(b, slog.New(slog.DiscardHandler)), api).Run(ctx) }()
	select {
	case ack := <-f.acks:
		if string(ack["envelope_id"]) != `"env-cmd"` {
			t.Errorf("acknowledged %s", ack["envelope_id"])
		}
	case err := <-done:
		t.Fatalf("Run stopped: %v", err)
	case <-time.After(15 * time.Second):
		t.Fatal("no command answered after the client gave up")
	}
	if n := f.opens.Load(); n != 3 {
		t.Errorf("%d connections opened, want 3 (the first, the refused one, the restart)", n)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Run: %v", err)
	}
}

// TestSocketModeSubmit: over Socket Mode a submitted form is answered in its acknowledgement too:
// errors on its fields.
func TestSocketModeSubmit(t *testing.T) {
	t.Parallel()
	f := newFakeSocketMode(t, "")
	view := mustJSON(renderForm(testForm(), formMeta{Channel: "C0CARDS"}))
	form := viewSubmission(t, "T0001", "T0001", "U0ANA", string(view), map[string]string{"q1": "Blinkin"})
	vals, _ := url.ParseQuery(string(form))
	envelope := `{"envelope_id":"env-view","type":"interactive","accepts_response_payload":true,"payload":` + vals.Get("payload") + `}`
	f.scripts <- func(conn *websocket.Conn) {
		conn.WriteJSON(map[string]any{"type": "hello", "num_connections": 1})
		f.acks <- f.send(t, conn, envelope)
		conn.SetReadDeadline(time.Now().Add(5 * time.Second))
		conn.ReadMessage() // until the client goes
	}
	b, _ := newBot(t)
	api := slackapi.New("xoxb-test", slackapi.OptionAppLevelToken("xapp-1-test"), slackapi.OptionAPIURL(f.srv.GetAPIURL()))
	app := New(b, slog.New(slog.DiscardHandler))
	stub := &stubCuration{submit: func(req bot.Request, form string, values map[string]string) bot.Effect {
		if req.User != "U0ANA" || req.Channel != "C0CARDS" || form != "speakers:d1:3:0" || values["q1"] != "Blinkin" {
			t.Errorf("the bot got %q %v %+v", form, values, req)
		}
		return bot.Effect{Errors: map[string]string{"q1": "No speaker called “Blinkin”."}}
	}}
	app.curation = stub
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- NewSocket(app, api).Run(ctx) }()
	var ack map[string]json.RawMessage
	select {
	case ack = <-f.acks:
	case <-time.After(10 * time.Second):
		t.Fatal("no acknowledgement")
	}
	var p struct {
		Action string            `json:"response_action"`
		Errors map[string]string `json:"errors"`
	}
	if string(ack["envelope_id"]) != `"env-view"` || json.Unmarshal(ack["payload"], &p) != nil || p.Action != "errors" || p.Errors["q1"] != "No speaker called “Blinkin”." {
		t.Errorf("acknowledgement %s", ack)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Run: %v", err)
	}
}

// askRefresh sends Slack's request that the client open a new connection,
// then reads until the client leaves this one (or five seconds pass).
func askRefresh(conn *websocket.Conn) {
	conn.WriteJSON(map[string]any{"type": "disconnect", "reason": "refresh_requested"})
	conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	for {
		if _, _, err := conn.ReadMessage(); err != nil {
			return
		}
	}
}
