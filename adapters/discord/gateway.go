package discord

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"sync/atomic"

	"github.com/bwmarrin/discordgo"
)

// Gateway answers interactions that arrive over Discord's gateway, the
// websocket a bot keeps open. discordgo reconnects and resumes on its own
// when the connection drops.
type Gateway struct {
	s         *discordgo.Session
	ix        *Interactions
	ctx       context.Context
	remove    []func()
	connected atomic.Bool

	// Logger receives connection events and failed responses; nil
	// discards.
	Logger *slog.Logger
}

// NewGateway returns a gateway connection for session s (see NewSession,
// which identifies with no intents; set s.ShardID and s.ShardCount before
// Open to run one shard of several).
func NewGateway(s *discordgo.Session, ix *Interactions) *Gateway {
	return &Gateway{s: s, ix: ix}
}

func (g *Gateway) logger() *slog.Logger {
	if g.Logger != nil {
		return g.Logger
	}
	return slog.New(slog.DiscardHandler)
}

// Open connects and returns once Discord has accepted the bot, or with an
// error when it refuses (a bad token closes the connection with 4004).
// Answers run with ctx's values; ctx's end does not close the connection:
// Close does.
func (g *Gateway) Open(ctx context.Context) error {
	g.ctx = ctx
	log := g.logger()
	g.remove = append(g.remove,
		g.s.AddHandler(g.interaction),
		g.s.AddHandler(func(_ *discordgo.Session, r *discordgo.Ready) {
			g.connected.Store(true)
			log.Info("connected to the Discord gateway", "guilds", len(r.Guilds), "shard", g.s.ShardID, "shards", g.s.ShardCount)
		}),
		g.s.AddHandler(func(_ *discordgo.Session, _ *discordgo.Resumed) {
			g.connected.Store(true)
			log.Info("resumed the Discord gateway session")
		}),
		g.s.AddHandler(func(_ *discordgo.Session, _ *discordgo.Disconnect) {
			g.connected.Store(false)
			log.Warn("disconnected from the Discord gateway; reconnecting")
		}),
	)
	if err := g.s.Open(); err != nil {
		g.removeHandlers()
		return fmt.Errorf("connect to the Discord gateway: %w", actualURL(g.s, err))
	}
	return nil
}

// Connected reports whether the gateway session is up now, for /readyz.
func (g *Gateway) Connected() bool { return g.connected.Load() }

// Close disconnects.
func (g *Gateway) Close() error {
	g.removeHandlers()
	return g.s.Close()
}

func (g *Gateway) removeHandlers() {
	for _, f := range g.remove {
		f()
	}
	g.remove = nil
}

// interaction answers one interaction through the callback endpoint, then
// edits a deferred answer in when there is one. discordgo calls it, on a
// goroutine of its own, with every event; it reads INTERACTION_CREATE's raw
// JSON with the decoder of the HTTP endpoint, so both read the same fields:
// discordgo's Interaction has no channel object, which a payload may carry
// without channel_id.
func (g *Gateway) interaction(s *discordgo.Session, e *discordgo.Event) {
	if e.Type != "INTERACTION_CREATE" {
		return
	}
	in := &Interaction{}
	if err := DecodeInteraction(e.RawData, in); err != nil {
		g.logger().Error("ignored an interaction that does not decode", "err", err)
		return
	}
	if !pathSafe(in.ID) || !pathSafe(in.Token) {
		g.logger().Error("ignored an interaction with a malformed id or token", "request_id", in.ID)
		return
	}
	ctx := context.WithoutCancel(g.ctx)
	resp, later := g.ix.Answer(ctx, in)
	cctx, cancel := context.WithTimeout(ctx, discordgo.InteractionDeadline)
	err := call(cctx, s.Client, http.MethodPost, discordgo.EndpointInteractionResponse(in.ID, in.Token), "interactions/{id}/{token}/callback", resp)
	cancel()
	if err != nil {
		g.logger().Error("could not answer an interaction", "request_id", in.ID, "command", in.Command, "err", err)
	}
	if later != nil {
		later()
	}
}
