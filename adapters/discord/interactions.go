package discord

import (
	"context"
	"encoding/binary"
	"log/slog"
	"net/http"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/bot"
)

// DefaultDeferAfter is how long an answer may take before the bot defers
// its response: Discord drops an interaction not answered in 3 seconds.
const DefaultDeferAfter = 2 * time.Second

// DefaultAnswerWithin bounds the work on a deferred answer. The
// interaction's token may edit the response for 15 minutes, but nobody
// watches "thinking…" that long.
const DefaultAnswerWithin = time.Minute

// editTimeout bounds the edit that delivers a deferred answer.
const editTimeout = 15 * time.Second

// Interactions answers Discord interactions with the bot, whichever way they
// arrive (the HTTP endpoint or the gateway). It is safe for concurrent use.
type Interactions struct {
	bot    *bot.Bot
	client *http.Client // for edits of deferred responses
	cache  *responseCache
	wg     sync.WaitGroup

	// Logger receives a debug line per answer served from the cache and an
	// error per failed follow-up; nil discards. (The bot logs the answers
	// it makes.)
	Logger *slog.Logger
	// DeferAfter is how long to wait for an answer before deferring the
	// response and editing it in later; zero means DefaultDeferAfter.
	DeferAfter time.Duration
	// AnswerWithin is how long a deferred answer may take before an
	// apology is edited in instead; zero means DefaultAnswerWithin.
	AnswerWithin time.Duration
	// Now is the clock of the response cache; nil means time.Now.
	Now func() time.Time
	// CuratorRole, when set, is the id of the role whose members curate
	// (DISCORD_CURATOR_ROLE), instead of those with Manage Messages; server
	// administrators curate either way.
	CuratorRole string
}

// NewInteractions returns an Interactions answering with b. Edits of
// deferred responses go through s's HTTP client (to the same base URL).
func NewInteractions(b *bot.Bot, s *discordgo.Session) *Interactions {
	return &Interactions{bot: b, client: s.Client, cache: newResponseCache(cacheEntries, cacheTTL)}
}

func (x *Interactions) logger() *slog.Logger {
	if x.Logger != nil {
		return x.Logger
	}
	return slog.New(slog.DiscardHandler)
}

func (x *Interactions) now() time.Time {
	if x.Now != nil {
		return x.Now()
	}
	return time.Now()
}

// Wait waits for the edits of deferred responses still in flight, or until
// ctx ends.
func (x *Interactions) Wait(ctx context.Context) {
	done := make(chan struct{})
	go func() { x.wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-ctx.Done():
	}
}

func (x *Interactions) answerWithin() time.Duration {
	if x.AnswerWithin > 0 {
		return x.AnswerWithin
	}
	return DefaultAnswerWithin
}

// Answer returns the initial response to an interaction, ready to send.
// When the answer took longer than DeferAfter, that response is a deferred
// one and later is not nil: the caller must call it once the initial
// response is delivered, and it edits the answer in, or an apology when the
// answer takes longer than AnswerWithin.
func (x *Interactions) Answer(ctx context.Context, in *Interaction) (resp []byte, later func()) {
	switch in.Type {
	case discordgo.InteractionPing:
		return pong, nil
	case discordgo.InteractionApplicationCommandAutocomplete:
		return x.autocomplete(in), nil
	case discordgo.InteractionApplicationCommand:
		return x.command(ctx, in)
	case discordgo.InteractionMessageComponent:
		return x.component(ctx, in)
	case discordgo.InteractionModalSubmit:
		return x.submit(ctx, in)
	}
	r := bot.Reply{Kind: bot.Usage, Title: "Not something I can answer", Text: "Use one of my slash commands; /help lists them."}
	return x.respond(r, ""), nil
}

// request builds the bot's request for a command run by an interaction:
// who asked, where, and whether they may manage the channel or curate, all
// from the signed payload.
func (x *Interactions) request(in *Interaction, command string) bot.Request {
	return bot.Request{
		Platform:  bot.Discord,
		Command:   command,
		User:      in.UserID,
		Channel:   in.ChannelID,
		Workspace: in.GuildID,
		CanManage: in.canManage(),
		CanCurate: x.canCurate(in),
		UserName:  in.UserName,
		ID:        in.ID,
	}
}

// typedRequest is the request of a slash command. Typed options go in
// Options; Text holds the values too, for logs, but not flags, so a
// command that falls back to Text never mistakes "true" for an argument.
func (x *Interactions) typedRequest(in *Interaction, cmd *bot.Command) bot.Request {
	req := x.request(in, in.Command)
	req.Options = make(map[string]string, len(in.Options))
	for _, o := range in.Options {
		req.Options[o.Name] = o.Value
	}
	req.Text = joinValues(cmd, req.Options)
	return req
}

// joinValues writes a command's option values in the table's order,
// flags left out.
func joinValues(cmd *bot.Command, options map[string]string) string {
	if cmd == nil {
		return ""
	}
	var text []string
	for _, o := range cmd.Options {
		if v := strings.TrimSpace(options[o.Name]); v != "" && o.Kind != bot.Flag {
			text = append(text, v)
		}
	}
	return strings.Join(text, " ")
}

// refuseCurateDM answers a curation command used outside a server: in direct
// messages nobody curates.
func refuseCurateDM() bot.Reply {
	return bot.Reply{
		Kind:  bot.Refused,
		Title: "Only in a server channel",
		Text:  "Curating briefings works in a server channel, where Discord says who may curate, not in direct messages.",
	}
}

// refuseDM answers a Manage command used outside a server.
func refuseDM(cmd *bot.Command) bot.Reply {
	return bot.Reply{
		Kind:  bot.Refused,
		Title: "Only in a server channel",
		Text:  "/" + cmd.Name + " sets up a channel's daily briefing, so it works in a server channel, not in direct messages.",
	}
}

func (x *Interactions) command(ctx context.Context, in *Interaction) ([]byte, func()) {
	if in.CommandType == discordgo.MessageApplicationCommand {
		return x.menu(ctx, in)
	}
	return x.commandAs(ctx, in, bot.Lookup(in.Command))
}

// menu answers a message's context-menu command: "Draft a briefing" drafts
// from the message's text and the links of its embeds, as /draft would from
// a link typed after it; the core takes the first http(s) link there.
func (x *Interactions) menu(ctx context.Context, in *Interaction) ([]byte, func()) {
	if in.Command != DraftMenuCommand {
		r := bot.Reply{Kind: bot.Usage, Title: "Not something I can answer", Text: "Use one of my slash commands; /help lists them."}
		return x.respond(r, ""), nil
	}
	cmd := bot.Lookup("draft")
	if cmd != nil && !in.InGuild {
		return x.respond(refuseCurateDM(), ""), nil
	}
	req := x.request(in, "draft")
	req.Text = menuText(in.Target)
	return x.answer(ctx, in, req, false, nil)
}

// commandAs answers a slash command that is cmd in the bot's table (nil
// when it is not there, which the bot answers with help).
func (x *Interactions) commandAs(ctx context.Context, in *Interaction, cmd *bot.Command) ([]byte, func()) {
	if cmd != nil && cmd.Manage && !in.InGuild {
		return x.respond(refuseDM(cmd), ""), nil
	}
	if cmd != nil && cmd.Curate && !in.InGuild {
		return x.respond(refuseCurateDM(), ""), nil
	}
	public := in.option("public") == "true"
	if cmd == nil || !cmd.Pure {
		// Only a pure command's answer may be reused: the others read the
		// store (/subscriptions is the channel's own, /drafts the server's),
		// fetch, or change something; unknown ones get help.
		return x.answer(ctx, in, x.typedRequest(in, cmd), public, nil)
	}
	start := time.Now()
	cat := x.bot.Catalog()
	var buf [256]byte
	key := cacheKey(buf[:0], in, x.canCurate(in))
	if e, ok := x.cache.get(cat, key, start); ok {
		x.servedCached(ctx, in, cmd, e.reply, start)
		return e.body, nil
	}
	return x.answer(ctx, in, x.typedRequest(in, cmd), public, func(body []byte, r bot.Reply) {
		if r.Kind != bot.Failed {
			x.cache.put(cat, key, body, r, x.now())
		}
	})
}

// servedCached tells the bot's metrics hook about an answer served from
// the cache, as the bot does for the answers it makes, and logs it at
// debug level: the bot logged the first such answer at info, and a line
// per repeat would cost the hot path a write each. The request is built
// only when someone listens.
func (x *Interactions) servedCached(ctx context.Context, in *Interaction, cmd *bot.Command, r bot.Reply, start time.Time) {
	log := x.Logger != nil && x.Logger.Enabled(ctx, slog.LevelDebug)
	if !log && x.bot.Observe == nil {
		return
	}
	took := time.Since(start)
	req := x.typedRequest(in, cmd)
	if log {
		x.Logger.LogAttrs(ctx, slog.LevelDebug, "command", slog.String("request_id", req.ID), slog.String("platform", req.Platform),
			slog.String("command", req.Command), slog.String("kind", bot.KindName(r.Kind)), slog.Duration("took", took), slog.Bool("cached", true))
	}
	if x.bot.Observe != nil {
		x.bot.Observe(req, r, took)
	}
}

// cacheKey writes the command and its options, sorted by name, so the same
// question typed in any order finds the same entry. A curator's answers are
// kept apart from everyone else's: a curator's /status carries Retract
// buttons that nobody else may see.
func cacheKey(b []byte, in *Interaction, curator bool) []byte {
	if curator {
		b = append(b, 'C')
	} else {
		b = append(b, 'c')
	}
	b = binary.AppendUvarint(b, uint64(len(in.Command)))
	b = append(b, in.Command...)
	opts := in.Options
	for i := 1; i < len(opts); i++ {
		if opts[i-1].Name > opts[i].Name {
			opts = append([]Option(nil), opts...)
			sort.Slice(opts, func(i, j int) bool { return opts[i].Name < opts[j].Name })
			break
		}
	}
	// Lengths first, so no value can pass for another option.
	for _, o := range opts {
		b = binary.AppendUvarint(b, uint64(len(o.Name)))
		b = append(b, o.Name...)
		b = binary.AppendUvarint(b, uint64(len(o.Value)))
		b = append(b, o.Value...)
	}
	return b
}

// answer runs the request. When the bot answers within DeferAfter, the
// answer is the response; otherwise the response defers (showing "thinking…",
// visible to the channel only when public) and later edits the answer in.
// done, when set, is given the response of an answer made in time.
func (x *Interactions) answer(ctx context.Context, in *Interaction, req bot.Request, public bool, done func([]byte, bot.Reply)) ([]byte, func()) {
	type answered struct {
		r     bot.Reply
		share string
	}
	// The answer may outlive the request that asked for it, but not
	// AnswerWithin: well inside the token's 15 minutes.
	actx, cancel := context.WithTimeout(context.WithoutCancel(ctx), x.answerWithin())
	ch := make(chan answered, 1)
	go func() {
		defer cancel()
		r := x.bot.Handle(actx, req)
		share := ""
		if !r.Public && r.Kind == bot.Answer && shareable(req.Command) {
			share = shareID(req)
		}
		ch <- answered{r, share}
	}()
	wait := x.DeferAfter
	if wait <= 0 {
		wait = DefaultDeferAfter
	}
	// A slow command (/draft fetches a page) is acknowledged at once rather
	// than two seconds in: the curator sees "thinking…" while the page is
	// read. Anyone else is refused at once, so they wait for the refusal.
	slow := false
	if c := bot.Lookup(req.Command); c != nil && c.Slow && req.CanCurate {
		slow = true
	}
	if !slow {
		timer := time.NewTimer(wait)
		select {
		case a := <-ch:
			timer.Stop()
			body := x.respond(a.r, a.share)
			if done != nil {
				done(body, a.r)
			}
			return body, nil
		case <-timer.C:
		}
	}
	var flags discordgo.MessageFlags
	if !public {
		flags = discordgo.MessageFlagsEphemeral
	}
	// A deferred response's data may only say whether it is ephemeral;
	// allowed_mentions is there because every response sets it.
	deferred := encode(Response{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource, Data: &struct {
		AllowedMentions AllowedMentions        `json:"allowed_mentions"`
		Flags           discordgo.MessageFlags `json:"flags,omitempty"`
	}{AllowedMentions{Parse: []string{}}, flags}})
	x.wg.Add(1)
	later := func() {
		defer x.wg.Done()
		a, ok := bot.Within(actx, ch)
		if !ok {
			x.logger().Error("command took too long; apologising to the asker", "request_id", req.ID, "command", req.Command)
			a = answered{r: bot.TooSlow()}
		}
		if !pathSafe(in.AppID) || !pathSafe(in.Token) {
			x.logger().Error("cannot edit a deferred answer in: the interaction's application id or token is malformed", "request_id", req.ID)
			return
		}
		// The edit has its own time: the answer may have used actx up.
		ectx, cancel := context.WithTimeout(context.WithoutCancel(ctx), editTimeout)
		defer cancel()
		// The edit cannot change whether the message is ephemeral; the
		// deferred response fixed that.
		m := NewMessage(a.r, a.share)
		err := call(ectx, x.client, http.MethodPatch, discordgo.EndpointWebhookMessage(in.AppID, in.Token, "@original"), "webhooks/{app}/{token}/messages/@original", encode(m))
		if err != nil {
			x.logger().Error("could not edit a deferred answer in", "request_id", req.ID, "command", req.Command, "err", err)
		}
	}
	return deferred, later
}

// respond encodes a reply as a channel message response, ephemeral unless
// the reply is public, with a share button when share is set.
func (x *Interactions) respond(r bot.Reply, share string) []byte {
	m := NewMessage(r, share)
	if !r.Public {
		m.Flags = discordgo.MessageFlagsEphemeral
	}
	return encode(Response{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: &m})
}
