// Package slack is briefbot's Slack adapter, built on github.com/slack-go/slack: slash commands,
// button clicks and mentions over HTTP (signed requests) or Socket Mode, answers rendered as
// Block Kit, and a poster that sends daily briefings with chat.postMessage.
//
// App holds what both transports share: it turns Slack's payloads into bot requests and
// delivers the answers, at once when they are ready within Slack's 3-second limit and through
// response_url when they are not. HTTP and Socket feed it.
package slack

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefings"
)

// Handler answers requests; *bot.Bot is one.
type Handler interface {
	Handle(ctx context.Context, req bot.Request) bot.Reply
	// Catalog is the catalog answers currently come from; the cache is keyed by it.
	Catalog() *briefings.Catalog
}

// DefaultAckAfter is how long a command may take before Slack gets an empty acknowledgement and
// the answer follows through response_url. Slack waits 3 seconds; this leaves a second for the
// network.
const DefaultAckAfter = 2 * time.Second

// DefaultLateLimit bounds the work on an answer delivered late. response_url stays valid for 30
// minutes, but nobody waits that long for a briefing.
const DefaultLateLimit = time.Minute

// App answers Slack users with the bot. Optional fields have usable zero values; set them before
// serving. It is safe for concurrent use.
type App struct {
	handler Handler
	log     *slog.Logger

	// Admins are the user ids that may manage a channel's subscriptions in SLACK_BOT_TOKEN's
	// workspace (and every workspace, without Workspaces); empty means anyone.
	Admins []string
	// Curators are who may draft, edit, publish, discard and retract briefings from Slack
	// (SLACK_CURATORS): "T0123:U0456" is that user in that workspace (or, with an E… id, in any
	// workspace of that Enterprise Grid org); a bare "U0456" is that user in SLACK_BOT_TOKEN's
	// workspace, and in every workspace when the app serves that one alone (Workspaces nil).
	// Empty means nobody: curating changes what every workspace reads.
	Curators []string
	// Workspaces, when set, serves workspaces that installed the app: who may manage their
	// channels' subscriptions (whoever installed it, and their admins and owners), and what
	// happens when one removes the app. nil serves SLACK_BOT_TOKEN's workspace alone.
	Workspaces *Workspaces
	// Poster answers mentions in their thread; nil means mentions are acknowledged and logged
	// but not answered (they need SLACK_BOT_TOKEN).
	Poster *Poster
	// HTTPClient posts to response_url; nil means a client with a 10-second timeout.
	HTTPClient *http.Client
	// AckAfter is how long an answer may take before it is delivered late; 0 means
	// DefaultAckAfter.
	AckAfter time.Duration
	// LateLimit is how long a command answered late, a click or a mention may take before the
	// asker gets an apology instead of the answer; 0 means DefaultLateLimit.
	LateLimit time.Duration
	// Cache keeps rendered answers of pure commands per catalog; nil means no cache.
	Cache *Cache
	// Observe, when set, is told about answers served from Cache, which never reach the
	// handler, so metrics still count every command.
	Observe func(req bot.Request, r bot.Reply, took time.Duration)

	curation Curation // the handler, when it curates (*bot.Bot does)
	pure     map[string]bool
	manage   map[string]bool
	slow     map[string]bool // acknowledged at once (bot.Command.Slow)
	curate   map[string]bool // for curators only (bot.Command.Curate)
	seen     *seenSet
	inflight sync.WaitGroup
	ids      atomic.Uint64
	idPrefix string
}

// New returns an App answering with h and logging to log.
func New(h Handler, log *slog.Logger) *App {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	a := &App{handler: h, log: log, pure: map[string]bool{}, manage: map[string]bool{}, slow: map[string]bool{}, curate: map[string]bool{}, seen: newSeenSet(10000)}
	a.curation, _ = h.(Curation)
	for _, c := range bot.Commands() {
		a.pure[c.Name] = c.Pure
		a.manage[c.Name] = c.Manage
		a.slow[c.Name] = c.Slow
		a.curate[c.Name] = c.Curate
	}
	var b [3]byte
	rand.Read(b[:])
	a.idPrefix = "sl" + hex.EncodeToString(b[:]) + "-"
	return a
}

// Wait waits until answers being delivered late have been sent, or ctx ends.
func (a *App) Wait(ctx context.Context) {
	done := make(chan struct{})
	go func() { a.inflight.Wait(); close(done) }()
	select {
	case <-done:
	case <-ctx.Done():
	}
}

func (a *App) lateLimit() time.Duration {
	if a.LateLimit > 0 {
		return a.LateLimit
	}
	return DefaultLateLimit
}

// background runs f in a goroutine counted by Wait, with a context that outlives the request
// that started it, but not LateLimit.
func (a *App) background(ctx context.Context, f func(ctx context.Context)) {
	a.inflight.Add(1)
	go func() {
		defer a.inflight.Done()
		ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), a.lateLimit())
		defer cancel()
		f(ctx)
	}()
}

func (a *App) newID() string {
	return a.idPrefix + strconv.FormatUint(a.ids.Add(1), 36)
}

func (a *App) canManage(user string) bool {
	return len(a.Admins) == 0 || slices.Contains(a.Admins, user)
}

// mayManage decides, for a command that changes a channel's daily briefings, whether its asker
// may: in a workspace that installed the app, whoever installed it and the workspace's admins
// and owners (Slack is asked, so this runs where the answer may take a moment, never on the
// fast path of a question); in SLACK_BOT_TOKEN's workspace, Admins. Curators stay the
// operator's.
func (a *App) mayManage(ctx context.Context, req *bot.Request, org string) {
	if a.Workspaces == nil || !a.manage[req.Command] {
		return
	}
	if installed, ok := a.Workspaces.manager(ctx, req.Workspace, org, req.User); installed {
		req.CanManage = ok
	}
}

// canCurate decides from a signed request's workspace (team, and org on Enterprise Grid) and
// user whether that user curates (Curators). A bare user id in a workspace that installed the
// app is not a curator there: Slack user ids are per workspace, and installs are others'.
func (a *App) canCurate(ctx context.Context, team, org, user string) bool {
	if user == "" || len(a.Curators) == 0 {
		return false
	}
	bare := false
	for _, c := range a.Curators {
		ws, u, scoped := strings.Cut(c, ":")
		switch {
		case !scoped:
			bare = bare || c == user
		case u == user && ws != "" && (ws == team || ws == org):
			return true
		}
	}
	if !bare {
		return false
	}
	// SLACK_BOT_TOKEN's own workspace, learned once with auth.test; until Slack says which it
	// is, nobody curates through a bare id.
	return a.Workspaces == nil || a.Workspaces.isOwn(ctx, team, org)
}

// command is a slash command as Slack sent it, over HTTP or Socket Mode.
type command struct {
	Command     string // "/status"
	Text        string // as Slack sent it: &, < and > escaped
	TeamID      string
	OrgID       string // enterprise_id, on Enterprise Grid
	ChannelID   string
	UserID      string
	UserName    string // the asker's name, for who drafted or published a briefing
	ResponseURL string
	// responseURLEscaped says ResponseURL is still form-encoded: it is only
	// needed for late answers, so the fast path does not decode it.
	responseURLEscaped bool
	sslCheck           bool // Slack checking the URL's certificate, not a command
}

// responseURL returns where late answers go, decoded.
func (c command) responseURL() string {
	if !c.responseURLEscaped {
		return c.ResponseURL
	}
	u, err := url.QueryUnescape(c.ResponseURL)
	if err != nil {
		return ""
	}
	return u
}

func (a *App) request(c command, name, text string) bot.Request {
	return bot.Request{
		Platform:  bot.Slack,
		Command:   name,
		Text:      text,
		User:      c.UserID,
		UserName:  c.UserName,
		Channel:   c.ChannelID,
		Workspace: c.TeamID,
		CanManage: a.canManage(c.UserID),
		ID:        a.newID(),
		Spell:     slashSpelling,
	}
}

// answer is the response to a slash command: its JSON body, and that body's length for the
// Content-Length header, worked out once.
type answer struct {
	body   []byte
	length []string
}

func newAnswer(body []byte) answer {
	return answer{body: body, length: []string{strconv.Itoa(len(body))}}
}

// answer answers a slash command. It returns the response to acknowledge the command with, or
// an empty one when the answer was not ready within AckAfter: then it is posted to the
// command's response_url when it is.
func (a *App) answer(ctx context.Context, c command) answer {
	start := time.Now()
	name, text := resolve(c.Command, unescape(strings.TrimSpace(c.Text)))
	if linkCommands[name] {
		// The link as an address, not as the label Slack may show for it.
		_, text = resolve(c.Command, unescape(linkURLs(strings.TrimSpace(c.Text))))
	}
	// A curator's answers can carry their buttons (Retract under /status), so they are neither
	// served from the cache nor kept in it: everyone else's answers are.
	curator := a.canCurate(ctx, c.TeamID, c.OrgID, c.UserID)
	var cat *briefings.Catalog
	cacheable := a.Cache != nil && a.pure[name] && !curator
	if cacheable {
		cat = a.handler.Catalog()
		if e := a.Cache.get(cat, name, text); e != nil {
			a.servedCached(ctx, c, name, text, e.reply, start)
			return e.answer
		}
	}

	req := a.request(c, name, text)
	req.CanCurate = curator
	share := "/" + name
	if text != "" {
		share += " " + text
	}
	// The command may outlive the request that asked it (its answer then goes through
	// response_url), but not LateLimit.
	// A command that fetches a page (/draft, /follow) is acknowledged at once, saying what it is
	// reading.
	ack, ackNow := slowAck(req, name, text)
	ackNow = ackNow && a.slow[name]
	id := req.ID // req is the goroutine's from here on
	hctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), a.lateLimit())
	ready := make(chan made, 1)
	org := c.OrgID // the goroutine takes only this of c, which then stays on the stack
	go func() {
		defer cancel()
		a.mayManage(hctx, &req, org)
		reply := a.handler.Handle(hctx, req)
		msg := Render(reply, share)
		ans := newAnswer(msg.AppendJSON(nil, false))
		if cacheable && reply.Kind != bot.Failed {
			a.Cache.put(cat, name, text, ans, reply)
		}
		ready <- made{msg, ans}
	}()

	if ackNow {
		a.log.Info("acknowledged a slow command at once; delivering through response_url", "request_id", id, "command", name)
		a.deliverLate(ctx, hctx, id, name, c.responseURL(), ready)
		return newAnswer(Render(ack, "").AppendJSON(nil, false))
	}
	wait := a.ackAfter()
	t := time.NewTimer(wait)
	defer t.Stop()
	select {
	case m := <-ready:
		return m.ans
	case <-t.C:
	}
	a.log.Info("answer is slow; acknowledged, delivering through response_url", "request_id", id, "command", name, "waited", wait)
	a.deliverLate(ctx, hctx, id, name, c.responseURL(), ready)
	return answer{}
}

// deliverLate posts the answer to a command (request id, command name) to its response_url once
// it is ready, or an apology once hctx ends without it.
func (a *App) deliverLate(ctx, hctx context.Context, id, name, responseURL string, ready <-chan made) {
	a.inflight.Add(1)
	go func() {
		defer a.inflight.Done()
		var body []byte
		if m, ok := bot.Within(hctx, ready); ok {
			body = m.msg.AppendJSON(nil, true)
		} else {
			a.log.Error("command took too long; apologising to the asker", "request_id", id, "command", name)
			body = Render(bot.TooSlow(), "").AppendJSON(nil, true)
		}
		a.respond(ctx, id, responseURL, body)
	}()
}

// servedCached tells Observe about an answer served from Cache, as the bot does for the answers
// it makes, and logs it at debug level, with its request id, as the Discord adapter does: the
// bot logged the first such answer at info, and a line per repeat would cost the hot path a
// write each. The request is built only when someone listens.
func (a *App) servedCached(ctx context.Context, c command, name, text string, r bot.Reply, start time.Time) {
	log := a.log.Enabled(ctx, slog.LevelDebug)
	if !log && a.Observe == nil {
		return
	}
	took := time.Since(start)
	req := a.request(c, name, text)
	if log {
		a.log.LogAttrs(ctx, slog.LevelDebug, "command", slog.String("request_id", req.ID), slog.String("platform", req.Platform),
			slog.String("command", req.Command), slog.String("kind", bot.KindName(r.Kind)), slog.Duration("took", took), slog.Bool("cached", true))
	}
	if a.Observe != nil {
		a.Observe(req, r, took)
	}
}

// made is an answer to a slash command, ready: the message, and its JSON as the acknowledgement.
type made struct {
	msg Message
	ans answer
}
