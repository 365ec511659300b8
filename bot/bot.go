// Package bot is briefbot's platform-neutral core: it turns a Request into a
// Reply using the briefings catalog, and it posts daily briefings. Adapters
// for Slack, Discord and the console call it; it never formats for a
// platform and imports none of their libraries.
package bot

import (
	"context"
	"fmt"
	"log/slog"
	"runtime/debug"
	"slices"
	"strings"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefings"
)

// MaxArgs is the longest argument text a command accepts, in characters.
// Nothing a user may reasonably ask needs more, and it bounds the work one
// request can cause.
const MaxArgs = 200

// CatalogSource gives the catalog to answer from; *briefings.Library (the
// files and the published briefings) and *briefings.Live are two.
type CatalogSource interface {
	Catalog() *briefings.Catalog
}

// Bot answers commands. Its zero-value optional fields are usable: a nil
// Logger discards, a nil Now uses time.Now. It is safe for concurrent use.
type Bot struct {
	catalog CatalogSource

	// Logger receives one line per command; nil discards.
	Logger *slog.Logger
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Observe, when set, is told about every command after it is answered:
	// for metrics.
	Observe func(req Request, r Reply, took time.Duration)

	// Store keeps the channels' daily-briefing subscriptions; nil answers
	// /subscribe and friends with a note that daily briefings are off.
	Store Store
	// DefaultTZ is the time zone /subscribe uses when none is given; nil
	// means UTC.
	DefaultTZ *time.Location
	// Scheduler, when set, is woken whenever a channel's subscriptions
	// change, so a post due in the coming minute is not left to its next
	// poll.
	Scheduler *Scheduler
	// PostsOff names the platforms daily posts cannot reach, because no
	// Poster is configured for them, each with the setting the bot's
	// administrator must add ("SLACK_BOT_TOKEN"). /subscribe there is
	// refused with that sentence, rather than stored for posts that would
	// never go out. nil means posts reach every platform.
	PostsOff map[string]string
	// StoreTimeout bounds each call a command makes to the Store, so a
	// store that does not answer gets a clear reply in time rather than a
	// hung command; zero means DefaultStoreTimeout.
	StoreTimeout time.Duration

	// Curation in chat (/draft, the review card, Retract): on when
	// Content, Drafts and Fetcher are all set.
	//
	// Content is where publishing and retracting write; Drafts keeps the
	// drafts; Fetcher fetches the links they are drafted from.
	Content ContentStore
	Drafts  DraftStore
	Fetcher Fetcher
	// Curators says, by platform, who may curate, for the refusal everyone
	// else gets ("the people listed in SLACK_CURATORS"); a platform
	// missing from it is answered with "the bot's curators".
	Curators map[string]string
	// Sync, when set, is called after the bot published or retracted, so
	// that this replica serves the change before answering the next
	// command (Follower.Sync); other replicas hear of it through the
	// store's Watch.
	Sync func(ctx context.Context) error
	// OnDraft, when set, is told of each draft event ("drafted",
	// "published", "discarded", "expired"): for metrics.
	OnDraft func(event string)

	// Following feeds (/follow, /feeds, /unfollow): on when Feeds and
	// FeedReader are set, beside curation (Content, Drafts, Fetcher).
	//
	// Feeds keeps the feeds, their state and the stories drafted; FeedReader
	// reads a feed once when a channel follows it, to check that it is one.
	Feeds      FeedStore
	FeedReader FeedReader
	// Poller, when set, is woken when a channel follows a feed, so its first
	// drafts do not wait for the next round; /follow tells its interval.
	Poller *FeedPoller

	limits draftLimits
	ing    atomic.Pointer[ingesterFor]
}

// DefaultStoreTimeout is how long one store call may take, for commands and
// the scheduler's loop, when their StoreTimeout is zero. Slack and Discord
// get an acknowledgement after two seconds and the answer later, so this
// bounds how late "the store is not answering" arrives.
const DefaultStoreTimeout = 5 * time.Second

// storeCtx is ctx bounded for one store call.
func storeCtx(ctx context.Context, d time.Duration) (context.Context, context.CancelFunc) {
	if d <= 0 {
		d = DefaultStoreTimeout
	}
	return context.WithTimeout(ctx, d)
}

// New returns a Bot answering from the catalog.
func New(catalog CatalogSource) *Bot {
	return &Bot{catalog: catalog}
}

// Catalog returns the catalog currently served.
func (b *Bot) Catalog() *briefings.Catalog { return b.catalog.Catalog() }

func (b *Bot) now() time.Time {
	if b.Now != nil {
		return b.Now()
	}
	return time.Now()
}

func (b *Bot) event(name string) {
	if b.OnDraft != nil {
		b.OnDraft(name)
	}
}

// synced brings this replica's catalog up to what the store holds.
func (b *Bot) synced(ctx context.Context) {
	if b.Sync == nil {
		return
	}
	if err := b.Sync(ctx); err != nil {
		b.logger().Warn("reading back what was just written; it is served once the store's next change arrives", "err", err)
	}
}

// notCurator refuses a curators' command or button to someone else,
// saying who may.
func (b *Bot) notCurator(req Request) Reply {
	who := b.Curators[req.Platform]
	if who == "" {
		who = "the bot's curators"
	}
	return Reply{
		Kind:  Refused,
		Title: "Only curators can do that",
		Text:  fmt.Sprintf("Drafting, publishing and retracting briefings and following feeds are for %s. Asking questions is open to everyone: %s lists what you can ask.", who, req.cmd("/help")),
	}
}

func (b *Bot) logger() *slog.Logger {
	if b.Logger != nil {
		return b.Logger
	}
	return slog.New(slog.DiscardHandler)
}

// Handle answers one request. It always returns a Reply a person can read:
// unknown commands get help, bad arguments a usage line, and an internal
// failure a short apology (the detail goes to the log).
func (b *Bot) Handle(ctx context.Context, req Request) (reply Reply) {
	start := time.Now()
	log := b.logger().With("request_id", req.ID, "platform", req.Platform, "command", req.Command)
	defer func() {
		if p := recover(); p != nil {
			log.Error("command panicked", "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			reply = Reply{Kind: Failed, Title: "Something went wrong", Text: "Sorry, I could not answer that. The error has been logged; please try again in a moment."}
		}
		took := time.Since(start)
		log.Info("command", "kind", kindName(reply.Kind), "took", took)
		if b.Observe != nil {
			b.Observe(req, reply, took)
		}
	}()

	cmd := lookup(req.Command)
	if cmd == nil && strings.Trim(req.Command, "/ ") == "" {
		// A bare "/" or an empty line asks nothing in particular: the
		// overview answers it better than "I don't know /".
		cmd = lookup("help")
	}
	if cmd == nil {
		return unknownCommand(req, req.Command)
	}
	if cmd.Curate && !req.CanCurate {
		log.Warn("refused a curators' command", "user", req.User)
		return b.notCurator(req)
	}
	limit := MaxArgs
	if cmd.maxArgs > 0 {
		limit = cmd.maxArgs
	}
	if len(req.Options) > 0 {
		// Typed options are what the user filled in, each in its own box;
		// Text only repeats them for the logs, so each is held to the limit.
		for _, v := range req.Options {
			if n := utf8.RuneCountInString(v); n > limit {
				return usage(req, cmd, fmt.Sprintf("One of the options is %d characters long; please keep each to %d or fewer.", n, limit))
			}
		}
	} else if n := utf8.RuneCountInString(req.Text); n > limit {
		return usage(req, cmd, fmt.Sprintf("That is %d characters long; please keep it to %d or fewer.", n, limit))
	}
	text, public := req.Text, false
	if !cmd.Curate {
		text, public = splitPublic(req)
	}
	req.Text = text
	r := cmd.run(ctx, b, b.catalog.Catalog(), req)
	if r.Kind == Answer || r.Kind == Help {
		// Help too: someone showing a channel what the bot does.
		r.Public = public
	}
	if r.Public {
		// Curators' buttons (Retract) are for the asker alone: in the
		// channel they would only be refused to everyone else.
		r.Actions = slices.DeleteFunc(r.Actions, func(a Action) bool { return a.Do != "" })
	}
	return r
}

func kindName(k Kind) string {
	switch k {
	case Answer:
		return "answer"
	case NotFound:
		return "not_found"
	case Usage:
		return "usage"
	case Help:
		return "help"
	case Refused:
		return "refused"
	}
	return "failed"
}

// KindName returns a short lower-case name of a reply kind, for metrics and
// logs ("answer", "not_found", …).
func KindName(k Kind) string { return kindName(k) }
