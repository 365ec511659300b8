// Package discordtest is a fake Discord for tests, in the spirit of
// slack-go's slacktest: an httptest server speaking the parts of Discord's
// REST API and gateway that briefbot uses, recording what it is sent.
//
// Point a session at it with discord.NewSession(token, srv.APIURL()).
package discordtest

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/gorilla/websocket"
)

// Request is one request the server received.
type Request struct {
	Method string
	Path   string // without the /api/v10 prefix, e.g. /channels/1/messages
	Header http.Header
	Body   []byte
}

// Server is a fake Discord. Its zero handlers answer as Discord does for a
// healthy application whose bot token is Token.
type Server struct {
	*httptest.Server

	AppID   string
	AppName string
	Token   string // the bot token it accepts, without "Bot "

	mu        sync.Mutex
	requests  []Request
	overrides map[string]http.HandlerFunc
	limits    map[string]*limit
	nonces    map[string]string   // nonce -> message id, for enforce_nonce
	posted    map[string]*Message // channel + "/" + id -> the channel message as it stands
	nextID    int64
	messages  int

	gw       sync.Mutex // guards conns and seq
	conns    []*gatewayConn
	seq      int64
	identify chan json.RawMessage
	resumed  chan json.RawMessage
}

// NewServer starts a fake Discord for application appID accepting token.
// It stops when the test ends.
func NewServer(t testing.TB, appID, token string) *Server {
	s := &Server{
		AppID:     appID,
		AppName:   "briefbot-test",
		Token:     token,
		overrides: map[string]http.HandlerFunc{},
		limits:    map[string]*limit{},
		nonces:    map[string]string{},
		posted:    map[string]*Message{},
		nextID:    1300000000000000000,
		identify:  make(chan json.RawMessage, 16),
		resumed:   make(chan json.RawMessage, 16),
	}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

// Close closes gateway connections, then the server.
func (s *Server) Close() {
	s.gw.Lock()
	for _, c := range s.conns {
		c.ws.Close()
	}
	s.conns = nil
	s.gw.Unlock()
	s.Server.Close()
}

// APIURL is the REST base URL to configure (DISCORD_API_URL).
func (s *Server) APIURL() string { return s.URL + "/api/v10" }

// Handle overrides the answer to "METHOD /path" (the path without the
// /api/v10 prefix, exactly as requested). The request is still recorded.
func (s *Server) Handle(route string, h http.HandlerFunc) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.overrides[route] = h
}

// Requests returns the REST requests received so far.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// RequestsTo returns the requests received for "METHOD /path-prefix".
func (s *Server) RequestsTo(method, prefix string) []Request {
	var out []Request
	for _, r := range s.Requests() {
		if r.Method == method && strings.HasPrefix(r.Path, prefix) {
			out = append(out, r)
		}
	}
	return out
}

// MessagesCreated is how many channel messages were created; a send whose
// nonce was seen before (with enforce_nonce) creates none.
func (s *Server) MessagesCreated() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.messages
}

func (s *Server) id() string {
	s.nextID++
	return strconv.FormatInt(s.nextID, 10)
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	if strings.TrimSuffix(r.URL.Path, "/") == "/gateway-ws" {
		s.serveGateway(w, r)
		return
	}
	path, ok := strings.CutPrefix(r.URL.Path, "/api/v10")
	if !ok {
		http.NotFound(w, r)
		return
	}
	body, _ := io.ReadAll(r.Body)
	s.mu.Lock()
	s.requests = append(s.requests, Request{Method: r.Method, Path: path, Header: r.Header.Clone(), Body: body})
	h := s.overrides[r.Method+" "+path]
	var limited *limit
	if l := s.limits[r.Method+" "+path]; l != nil && l.left > 0 {
		l.left--
		limited = l
	}
	s.mu.Unlock()
	if limited != nil {
		w.Header().Set("Retry-After", strconv.FormatFloat(limited.retryAfter, 'f', -1, 64))
		w.Header().Set("X-RateLimit-Scope", "user")
		if limited.global {
			w.Header().Set("X-RateLimit-Global", "true")
		}
		writeJSON(w, http.StatusTooManyRequests, map[string]any{"message": "You are being rate limited.", "retry_after": limited.retryAfter, "global": limited.global})
		return
	}
	if h != nil {
		r.Body = io.NopCloser(strings.NewReader(string(body)))
		h(w, r)
		return
	}

	parts := strings.Split(strings.Trim(path, "/"), "/")
	route := r.Method + " " + routeOf(parts)
	switch route {
	case "POST /interactions/{id}/{token}/callback":
		w.WriteHeader(http.StatusNoContent)
		return
	case "PATCH /webhooks/{app}/{token}/messages/@original":
		writeJSON(w, http.StatusOK, map[string]any{"id": s.locked(s.id), "channel_id": "0"})
		return
	case "POST /webhooks/{app}/{token}":
		// A follow-up message: created, and returned (wait is always true).
		var m map[string]any
		if err := json.Unmarshal(body, &m); err != nil || m == nil {
			writeJSON(w, http.StatusBadRequest, map[string]any{"message": "Invalid Form Body", "code": 50035})
			return
		}
		m["id"] = s.locked(s.id)
		m["channel_id"] = "0"
		writeJSON(w, http.StatusOK, m)
		return
	case "GET /gateway", "GET /gateway/bot":
		writeJSON(w, http.StatusOK, map[string]any{"url": "ws" + strings.TrimPrefix(s.URL, "http") + "/gateway-ws", "shards": 1})
		return
	}
	if r.Header.Get("Authorization") != "Bot "+s.Token {
		writeJSON(w, http.StatusUnauthorized, map[string]any{"message": "401: Unauthorized", "code": 0})
		return
	}
	switch route {
	case "GET /oauth2/applications/@me":
		writeJSON(w, http.StatusOK, map[string]any{"id": s.AppID, "name": s.AppName, "bot_public": true})
	case "PUT /applications/{app}/commands", "PUT /applications/{app}/guilds/{guild}/commands":
		if parts[1] != s.AppID {
			writeJSON(w, http.StatusForbidden, map[string]any{"message": "Missing Access", "code": 50001})
			return
		}
		var cmds []map[string]any
		if err := json.Unmarshal(body, &cmds); err != nil {
			writeJSON(w, http.StatusBadRequest, map[string]any{"message": "Invalid Form Body", "code": 50035})
			return
		}
		for _, c := range cmds {
			c["id"] = s.locked(s.id)
			c["application_id"] = s.AppID
			c["version"] = "1"
		}
		writeJSON(w, http.StatusOK, cmds)
	case "POST /channels/{id}/messages":
		var m struct {
			Nonce        string `json:"nonce"`
			EnforceNonce bool   `json:"enforce_nonce"`
		}
		json.Unmarshal(body, &m)
		s.mu.Lock()
		id, seen := s.nonces[m.Nonce]
		if !seen || !m.EnforceNonce || m.Nonce == "" {
			id = s.id()
			s.messages++
			if m.Nonce != "" {
				s.nonces[m.Nonce] = id
			}
			if msg, err := NewMessage(id, body); err == nil {
				s.posted[parts[1]+"/"+id] = msg
			}
		}
		s.mu.Unlock()
		w.Header().Set("X-RateLimit-Limit", "5")
		w.Header().Set("X-RateLimit-Remaining", "4")
		w.Header().Set("X-RateLimit-Reset-After", "1")
		w.Header().Set("X-RateLimit-Bucket", "channel-messages")
		writeJSON(w, http.StatusOK, map[string]any{"id": id, "channel_id": parts[1], "nonce": m.Nonce})
	case "PATCH /channels/{id}/messages/{msg}":
		s.mu.Lock()
		msg := s.posted[parts[1]+"/"+parts[3]]
		var err error
		if msg != nil {
			err = msg.Apply(body)
		}
		s.mu.Unlock()
		switch {
		case msg == nil:
			writeJSON(w, http.StatusNotFound, map[string]any{"message": "Unknown Message", "code": 10008})
		case err != nil:
			writeJSON(w, http.StatusBadRequest, map[string]any{"message": "Invalid Form Body", "code": 50035})
		default:
			w.Header().Set("X-RateLimit-Bucket", "channel-message-edits")
			writeJSON(w, http.StatusOK, map[string]any{"id": parts[3], "channel_id": parts[1]})
		}
	default:
		writeJSON(w, http.StatusNotFound, map[string]any{"message": "404: Not Found", "code": 0})
	}
}

// ChannelMessage returns a copy of a message the bot posted in a channel as
// it now stands (edits applied), for a test to click its buttons; nil when
// there is none. Clicking one is the test's part: put it in the
// interaction's "message" field.
func (s *Server) ChannelMessage(channel, id string) *Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	m := s.posted[channel+"/"+id]
	if m == nil {
		return nil
	}
	c, _ := NewMessage(id, m.JSON())
	return c
}

// ChannelMessages returns copies of the messages the bot posted in a
// channel, as they now stand, oldest first.
func (s *Server) ChannelMessages(channel string) []*Message {
	s.mu.Lock()
	var ids []string
	for k := range s.posted {
		if ch, id, _ := strings.Cut(k, "/"); ch == channel {
			ids = append(ids, id)
		}
	}
	s.mu.Unlock()
	// Ids are snowflakes of one length here: their order is the order made.
	sort.Slice(ids, func(i, j int) bool { return len(ids[i]) < len(ids[j]) || len(ids[i]) == len(ids[j]) && ids[i] < ids[j] })
	var out []*Message
	for _, id := range ids {
		if m := s.ChannelMessage(channel, id); m != nil {
			out = append(out, m)
		}
	}
	return out
}

// DeleteMessage deletes a channel message, as a member can: an edit of it
// then answers 404 Unknown Message.
func (s *Server) DeleteMessage(channel, id string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.posted, channel+"/"+id)
}

func (s *Server) locked(f func() string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return f()
}

// routeOf names a path by its route: ids and tokens become placeholders.
func routeOf(parts []string) string {
	if len(parts) == 0 {
		return "/"
	}
	switch parts[0] {
	case "interactions":
		if len(parts) == 4 && parts[3] == "callback" {
			return "/interactions/{id}/{token}/callback"
		}
	case "webhooks":
		if len(parts) == 5 && parts[3] == "messages" {
			return "/webhooks/{app}/{token}/messages/" + parts[4]
		}
		if len(parts) == 3 {
			return "/webhooks/{app}/{token}"
		}
	case "applications":
		if len(parts) == 3 && parts[2] == "commands" {
			return "/applications/{app}/commands"
		}
		if len(parts) == 5 && parts[2] == "guilds" && parts[4] == "commands" {
			return "/applications/{app}/guilds/{guild}/commands"
		}
	case "channels":
		if len(parts) == 3 && parts[2] == "messages" {
			return "/channels/{id}/messages"
		}
		if len(parts) == 4 && parts[2] == "messages" {
			return "/channels/{id}/messages/{msg}"
		}
	}
	return "/" + strings.Join(parts, "/")
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}

// RateLimited answers the next n requests to route ("METHOD /path") with
// 429 and retry_after seconds (a global limit when global is set), then
// lets requests through as usual.
func (s *Server) RateLimited(route string, n int, retryAfter float64, global bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.limits[route] = &limit{left: n, retryAfter: retryAfter, global: global}
}

type limit struct {
	left       int
	retryAfter float64
	global     bool
}

// Fail answers every request to route with status and Discord's JSON error
// code, e.g. 403 and 50001 (Missing Access).
func (s *Server) Fail(route string, status, code int, message string) {
	s.Handle(route, func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, status, map[string]any{"message": message, "code": code})
	})
}

// gatewayConn is one gateway websocket.
type gatewayConn struct {
	ws *websocket.Conn
	mu sync.Mutex
}

func (c *gatewayConn) send(v any) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.ws.WriteJSON(v)
}

var upgrader = websocket.Upgrader{}

type frame struct {
	Op int             `json:"op"`
	D  json.RawMessage `json:"d,omitempty"`
}

// serveGateway speaks the gateway: Hello, then READY after a good Identify
// (close 4004 after a bad one), RESUMED after a Resume, heartbeat acks,
// and the dispatches sent with Dispatch.
func (s *Server) serveGateway(w http.ResponseWriter, r *http.Request) {
	ws, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	c := &gatewayConn{ws: ws}
	defer ws.Close()
	c.send(map[string]any{"op": 10, "d": map[string]any{"heartbeat_interval": 41250}})
	for {
		var f frame
		if err := ws.ReadJSON(&f); err != nil {
			s.drop(c)
			return
		}
		switch f.Op {
		case 1:
			c.send(map[string]any{"op": 11})
		case 2:
			var id struct {
				Token string `json:"token"`
			}
			json.Unmarshal(f.D, &id)
			if id.Token != "Bot "+s.Token {
				offer(s.identify, f.D)
				c.mu.Lock()
				ws.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(4004, "Authentication failed."))
				c.mu.Unlock()
				return
			}
			// Connected before the test hears of the Identify, so a Dispatch
			// right after Identified() reaches this client.
			s.add(c)
			offer(s.identify, f.D)
			s.dispatch(c, "READY", map[string]any{
				"v":                  10,
				"user":               map[string]any{"id": s.AppID, "username": s.AppName, "bot": true, "discriminator": "0"},
				"guilds":             []any{},
				"session_id":         "fake-session",
				"resume_gateway_url": "ws" + strings.TrimPrefix(s.URL, "http") + "/gateway-ws",
				"application":        map[string]any{"id": s.AppID, "flags": 0},
			})
		case 6:
			s.add(c) // before the test hears of it, as for Identify
			offer(s.resumed, f.D)
			s.dispatch(c, "RESUMED", map[string]any{})
		}
	}
}

func (s *Server) add(c *gatewayConn) {
	s.gw.Lock()
	defer s.gw.Unlock()
	s.conns = append(s.conns, c)
}

func (s *Server) drop(c *gatewayConn) {
	s.gw.Lock()
	defer s.gw.Unlock()
	for i, x := range s.conns {
		if x == c {
			s.conns = append(s.conns[:i], s.conns[i+1:]...)
			return
		}
	}
}

func (s *Server) dispatch(c *gatewayConn, event string, d any) error {
	s.gw.Lock()
	s.seq++
	seq := s.seq
	s.gw.Unlock()
	return c.send(map[string]any{"op": 0, "t": event, "s": seq, "d": d})
}

// Identified returns the next Identify payload a client sent. Once it is
// received, a client with a good token is connected: Dispatch reaches it.
func (s *Server) Identified() <-chan json.RawMessage { return s.identify }

// Resumed returns the next Resume payload a client sent. Once it is
// received, the client is connected again: Dispatch reaches it.
func (s *Server) Resumed() <-chan json.RawMessage { return s.resumed }

// Dispatch sends an event (e.g. "INTERACTION_CREATE") to every connected,
// identified client.
func (s *Server) Dispatch(event string, d any) error {
	s.gw.Lock()
	conns := append([]*gatewayConn(nil), s.conns...)
	s.gw.Unlock()
	if len(conns) == 0 {
		return fmt.Errorf("discordtest: no gateway client is connected")
	}
	for _, c := range conns {
		if err := s.dispatch(c, event, d); err != nil {
			return err
		}
	}
	return nil
}

// DropGateway closes every gateway connection abruptly, as a network
// failure would.
func (s *Server) DropGateway() {
	s.gw.Lock()
	conns := s.conns
	s.conns = nil
	s.gw.Unlock()
	for _, c := range conns {
		c.ws.Close()
	}
}

// offer sends without blocking; a test that does not read loses nothing it
// wanted.
func offer(ch chan json.RawMessage, v json.RawMessage) {
	select {
	case ch <- v:
	default:
	}
}
