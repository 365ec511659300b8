package discord

import (
	"context"
	"strings"

	"github.com/briefbot/briefbot/bot"
)

// component answers a press of one of the bot's buttons: "run:" runs a
// follow-up command for the presser alone, "share:" posts an answer in
// the channel.
func (x *Interactions) component(ctx context.Context, in *Interaction) ([]byte, func()) {
	id := in.CustomID
	var req bot.Request
	public := false
	switch {
	case strings.HasPrefix(id, runPrefix):
		command, text := bot.ParseCommand(strings.TrimPrefix(id, runPrefix))
		req = x.request(in, command)
		req.Text = text
	case strings.HasPrefix(id, sharePrefix):
		command, options, text, ok := parseShare(id)
		if !ok {
			return x.respond(expiredButton(), ""), nil
		}
		if !shareable(command) {
			// No answer of ours offers this: the button is forged or from an older
			// version, and sharing must not run a command that changes things again.
			return x.respond(notShareable(), ""), nil
		}
		req = x.request(in, command)
		if options != nil {
			options["public"] = "true"
			req.Options = options
			req.Text = joinValues(bot.Lookup(command), options)
		} else {
			req.Text = strings.TrimSpace(text + " public")
		}
		public = true
	default:
		return x.curate(ctx, in)
	}
	if cmd := bot.Lookup(req.Command); cmd != nil && cmd.Manage && !in.InGuild {
		return x.respond(refuseDM(cmd), ""), nil
	}
	return x.answer(ctx, in, req, public, nil)
}

func expiredButton() bot.Reply {
	return bot.Reply{Kind: bot.Usage, Title: "That button no longer works", Text: "Type the command again; /help lists them."}
}

// shareable reports whether "Share in channel" may run the command again for
// the channel. Sharing runs the command anew, so only pure commands, whose
// answer reads the catalog and changes nothing, are shared: sharing the reply
// to /unsubscribe would unsubscribe again.
func shareable(command string) bool {
	c := bot.Lookup(command)
	return c != nil && c.Pure
}

func notShareable() bot.Reply {
	return bot.Reply{
		Kind:  bot.Refused,
		Title: "That cannot be shared",
		Text:  "Only answers to questions such as /status or /quote can be shared with the channel. Nothing was run again.",
	}
}
