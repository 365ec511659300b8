package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/adapters/discord"
	"github.com/briefbot/briefbot/bot"
)

// discord starts the Discord adapter when DISCORD_* is configured:
//
//   - DISCORD_PUBLIC_KEY: the HTTP interactions endpoint,
//     POST /discord/interactions on HTTP_ADDR;
//   - DISCORD_BOT_TOKEN: the commands registered in one bulk overwrite (in
//     DISCORD_GUILD_ID, or globally), daily posts, and the gateway, which
//     answers interactions whenever the application has no Interactions
//     Endpoint URL (Discord sends them to one or the other).
//
// A bad token stops start-up with a message naming DISCORD_BOT_TOKEN.
func (w *wiring) discord(ctx context.Context) error {
	if !w.cfg.DiscordOn() {
		return nil
	}
	c := w.cfg.Discord
	log := w.log.With("adapter", "discord")
	routeDiscordgoLogs(log)

	rest, err := discord.NewSession(c.BotToken, c.APIURL)
	if err != nil {
		return &exitError{2, "configuration: DISCORD_API_URL: " + err.Error()}
	}
	ix := discord.NewInteractions(w.bot, rest)
	ix.Logger = log
	ix.CuratorRole = c.CuratorRole
	w.onClose(func() {
		// Deferred answers still being edited in, after the listener stopped.
		ix.Wait(w.stopping())
	})

	if c.BotToken != "" {
		if err := discord.CheckToken(ctx, rest, c.AppID); err != nil {
			switch {
			case errors.Is(err, discord.ErrBadToken):
				return &exitError{2, "DISCORD_BOT_TOKEN: Discord refused it; copy the token again from the Bot page of the application (Reset Token if it was lost)"}
			case errors.Is(err, discord.ErrWrongApp):
				return &exitError{2, fmt.Sprintf("DISCORD_APP_ID=%s: %v; copy the Application ID from the General Information page of the bot's own application", c.AppID, err)}
			}
			return &exitError{1, "discord: check DISCORD_BOT_TOKEN: " + err.Error()}
		}
		cmds, err := discord.Register(ctx, rest, c.AppID, c.GuildID, c.CuratorRole)
		if err != nil {
			return &exitError{1, "discord: " + err.Error()}
		}
		scope := "global (they can take a few minutes to appear)"
		if c.GuildID != "" {
			scope = "server " + c.GuildID
		}
		log.Info("slash commands registered", "count", len(cmds), "scope", scope)

		poster := discord.NewPoster(rest)
		poster.Logger = log
		w.posters[bot.Discord] = poster
		// A refused token stops every post, so it makes the replica unready.
		w.ready.add("discord_poster", func(context.Context) error { return poster.Healthy() })

		rest.ShardID, rest.ShardCount = c.ShardID, c.ShardCount
		gw := discord.NewGateway(rest, ix)
		gw.Logger = log
		if err := gw.Open(ctx); err != nil {
			return &exitError{1, "discord: " + err.Error() + " (check DISCORD_BOT_TOKEN and DISCORD_SHARD_ID/DISCORD_SHARD_COUNT)"}
		}
		w.ready.add("discord_gateway", func(context.Context) error {
			if !gw.Connected() {
				return errors.New("not connected to the Discord gateway")
			}
			return nil
		})
		w.group.Go(func() error {
			<-ctx.Done()
			return gw.Close()
		})
	} else {
		log.Warn("DISCORD_BOT_TOKEN is not set: the slash commands are not registered and daily posts to Discord are off; set it to register them")
	}

	if c.PublicKey != nil {
		h, err := discord.NewHandler(ix, c.PublicKey)
		if err != nil {
			return &exitError{2, "configuration: DISCORD_PUBLIC_KEY: " + err.Error()}
		}
		h.Logger = log
		h.OnRefuse = func(reason string) { w.metrics.SignatureFailure(bot.Discord, reason) }
		w.mux.Handle("POST /discord/interactions", h)
		log.Info("Discord interactions endpoint on", "path", "/discord/interactions", "addr", w.cfg.HTTPAddr)
	}
	log.Info("invite the bot to a server with this link", "url", discord.InviteURL(c.AppID))
	return nil
}

// discordgo logs through a package-wide function; the first wiring sets it
// to forward to the newest Discord logger, so its messages are structured
// like the rest.
var (
	discordgoLogger atomic.Pointer[slog.Logger]
	discordgoOnce   sync.Once
)

func routeDiscordgoLogs(log *slog.Logger) {
	discordgoLogger.Store(log.With("component", "discordgo"))
	discordgoOnce.Do(func() {
		discordgo.Logger = func(level, _ int, format string, a ...any) {
			l := discordgoLogger.Load()
			msg := fmt.Sprintf(format, a...)
			switch level {
			case discordgo.LogError:
				l.Error(msg)
			case discordgo.LogWarning:
				l.Warn(msg)
			case discordgo.LogInformational:
				l.Info(msg)
			default:
				l.Debug(msg)
			}
		}
	})
}
