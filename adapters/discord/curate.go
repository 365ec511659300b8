package discord

import (
	"cmp"
	"context"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/bot"
)

// This file answers curation in Discord (issue 13): clicks on a review
// card's buttons (Action.Do) go to Bot.Act, submitted modals to Bot.Submit,
// and what they did (bot.Effect) comes back as Discord shows it: the card
// updated in place (UPDATE_MESSAGE, type 7), a note only the curator sees
// (an ephemeral message), or a modal (type 9). Who may curate is read here
// from the signed payload, and checked again by the core on every click and
// submit.

// Permission bits of a member's permissions in the channel
// (topics/permissions.mdx): Manage Messages makes a curator unless
// DISCORD_CURATOR_ROLE names a role; Administrator always does.
const (
	curatePermission = discordgo.PermissionManageMessages // 1 << 13
	adminPermission  = discordgo.PermissionAdministrator  // 1 << 3
)

// DraftMenuCommand is the name of the message context-menu command that
// drafts a briefing from the link in a message.
const DraftMenuCommand = "Draft a briefing"

// canCurate reports whether the member may curate: in a server only, with
// the curator role when one is set, else with Manage Messages; server
// administrators always may. In direct messages nobody curates.
func (x *Interactions) canCurate(in *Interaction) bool {
	if !in.InGuild {
		return false
	}
	if in.Permissions&adminPermission != 0 {
		return true
	}
	if x.CuratorRole != "" {
		return slices.Contains(in.Roles, x.CuratorRole)
	}
	return in.Permissions&curatePermission != 0
}

// menuText is what a context-menu command drafts from: the message's text,
// then the links of its embeds (link previews), one a line.
func menuText(t *TargetMessage) string {
	if t == nil {
		return ""
	}
	parts := make([]string, 0, 1+len(t.EmbedURLs))
	if s := strings.TrimSpace(t.Content); s != "" {
		parts = append(parts, s)
	}
	parts = append(parts, t.EmbedURLs...)
	return strings.Join(parts, "\n")
}

// update is the data of an UPDATE_MESSAGE response or of an edit of the
// original message: content is always sent, so a confirm question set on
// the message goes when the card comes back. Embeds left nil keep the
// message's own.
type update struct {
	Content         string                    `json:"content"`
	Embeds          []*discordgo.MessageEmbed `json:"embeds,omitempty"`
	Components      []Row                     `json:"components"`
	AllowedMentions AllowedMentions           `json:"allowed_mentions"`
}

func noMentions() AllowedMentions { return AllowedMentions{Parse: []string{}} }

// cardUpdate is a card as the new state of the message it replaces.
func cardUpdate(r bot.Reply) update {
	m := NewMessage(r, "")
	return update{Embeds: m.Embeds, Components: m.Components, AllowedMentions: m.AllowedMentions}
}

// confirmStep answers a click on a button whose action asks to be confirmed:
// the same message with the question above the card, the card's buttons
// greyed out, and a row with Yes (which points at the button it confirms)
// and No (which puts the buttons back). The card is kept in the message
// itself, so any replica, or this one after a restart, can take the next
// click.
func (x *Interactions) confirmStep(in *Interaction, c *bot.Confirm, row, col int, danger bool) []byte {
	rows := make([]Row, 0, len(in.Buttons)+1)
	for _, r := range in.Buttons {
		if len(rows) == maxCardRows {
			break
		}
		if isConfirmRow(r) {
			// Already asking (a click Discord would not send, the button
			// being greyed out): ask once.
			continue
		}
		off := make([]Button, len(r))
		for i, b := range r {
			b.Disabled = true
			off[i] = b
		}
		rows = append(rows, Row{Type: discordgo.ActionsRowComponent, Components: off})
	}
	yes := Button{Type: discordgo.ButtonComponent, Style: discordgo.PrimaryButton, Label: fit(cmp.Or(c.Yes, "Yes"), maxButtonLabel, false), CustomID: yesPrefix + strconv.Itoa(row) + "." + strconv.Itoa(col)}
	if danger {
		yes.Style = discordgo.DangerButton
	}
	no := Button{Type: discordgo.ButtonComponent, Style: discordgo.SecondaryButton, Label: fit(cmp.Or(c.No, "No"), maxButtonLabel, false), CustomID: noID}
	rows = append(rows, Row{Type: discordgo.ActionsRowComponent, Components: []Button{yes, no}})
	question := "**" + fit(c.Title, 100, true) + "**"
	if c.Text != "" {
		question += "\n" + fit(c.Text, maxContent-len(question)-1, true)
	}
	return encode(Response{Type: discordgo.InteractionResponseUpdateMessage, Data: update{Content: question, Components: rows, AllowedMentions: noMentions()}})
}

// confirmTimeout bounds reading the card again for the confirm step's
// question, well inside Discord's 3 seconds.
const confirmTimeout = time.Second

// confirmFor is the question to ask before do, the action of the clicked
// button labelled label: the core's own words (Action.Confirm), read from the
// card as it now stands ("view:ID", in the core's Do syntax). When the card
// cannot be read in time, or no longer offers do (someone changed the draft
// since; Yes then gets the core's answer to a stale click), the question is
// made from the button's label: a button that asked for confirmation is
// never acted on without it.
func (x *Interactions) confirmFor(ctx context.Context, in *Interaction, do, label string) *bot.Confirm {
	if view := viewOf(do); view != "" {
		vctx, cancel := context.WithTimeout(ctx, confirmTimeout)
		e := x.bot.Act(vctx, x.request(in, "act"), view)
		cancel()
		if e.Card != nil {
			for _, a := range e.Card.Actions {
				if a.Do == do && a.Confirm != nil {
					return a.Confirm
				}
			}
		}
	}
	return &bot.Confirm{
		Title: label + "?",
		Text:  "Press " + label + " to go ahead, or No to go back to the card.",
		Yes:   label,
		No:    "No",
	}
}

// viewOf is the action that shows the card a draft's action is on: the
// core writes a draft's actions VERB:ID:VERSION[:…] and its card view:ID.
// It is "" for anything else.
func viewOf(do string) string {
	_, rest, ok := strings.Cut(do, ":")
	id, _, _ := strings.Cut(rest, ":")
	if !ok || id == "" {
		return ""
	}
	return "view:" + id
}

// unconfirm answers the confirm step's No: the question goes and the card's
// buttons come back as they were.
func unconfirm(in *Interaction) []byte {
	rows := []Row{}
	for _, r := range in.Buttons {
		if isConfirmRow(r) {
			continue
		}
		on := make([]Button, len(r))
		for i, b := range r {
			b.Disabled = false
			on[i] = b
		}
		rows = append(rows, Row{Type: discordgo.ActionsRowComponent, Components: on})
	}
	return encode(Response{Type: discordgo.InteractionResponseUpdateMessage, Data: update{Content: "", Components: rows, AllowedMentions: noMentions()}})
}

// isConfirmRow reports whether a row is the confirm step's Yes and No.
func isConfirmRow(r []Button) bool {
	return slices.ContainsFunc(r, func(b Button) bool { return b.CustomID == noID })
}

// confirmed finds the action the confirm step's Yes (custom id yes:ROW.COL)
// confirms: the greyed-out button at that place, which must be one that
// asks for confirmation.
func confirmed(in *Interaction, id string) (string, bool) {
	r, c, ok := strings.Cut(strings.TrimPrefix(id, yesPrefix), ".")
	if !ok {
		return "", false
	}
	row, err1 := strconv.Atoi(r)
	col, err2 := strconv.Atoi(c)
	if err1 != nil || err2 != nil || row < 0 || row >= len(in.Buttons) || col < 0 || col >= len(in.Buttons[row]) {
		return "", false
	}
	do, ok := strings.CutPrefix(in.Buttons[row][col].CustomID, confirmPrefix)
	return do, ok && do != ""
}

// pending is the action the message's confirm step asks about: the one its
// Yes points at.
func pending(in *Interaction) (string, bool) {
	for _, r := range in.Buttons {
		if !isConfirmRow(r) {
			continue
		}
		for _, b := range r {
			if strings.HasPrefix(b.CustomID, yesPrefix) {
				return confirmed(in, b.CustomID)
			}
		}
	}
	return "", false
}

// find returns the place of the button with custom id id in the message.
func find(in *Interaction, id string) (row, col int, b Button, ok bool) {
	for r, bs := range in.Buttons {
		for c, b := range bs {
			if b.CustomID == id {
				return r, c, b, true
			}
		}
	}
	return 0, 0, Button{}, false
}

// curate answers a click on a curation button, or on the confirm step's
// Yes or No.
func (x *Interactions) curate(ctx context.Context, in *Interaction) ([]byte, func()) {
	id := in.CustomID
	switch {
	case id == noID:
		if !x.canCurate(in) {
			// A curator's question on a card in a channel (a feed's) is not
			// someone else's to take back: the core refuses them, saying who
			// may, and the message stays as it is.
			if do, ok := pending(in); ok {
				return x.act(ctx, in, do)
			}
			return x.respond(expiredButton(), ""), nil
		}
		return unconfirm(in), nil
	case strings.HasPrefix(id, yesPrefix):
		do, ok := confirmed(in, id)
		if !ok {
			return x.respond(expiredButton(), ""), nil
		}
		return x.act(ctx, in, do)
	case strings.HasPrefix(id, confirmPrefix):
		do := strings.TrimPrefix(id, confirmPrefix)
		if !x.canCurate(in) {
			// The core refuses it, saying who may; nobody else's view of
			// the message changes.
			return x.act(ctx, in, do)
		}
		row, col, b, ok := find(in, id)
		if !ok {
			// Discord sends the message a button is on; without it there
			// is nothing to ask on, and the action is never done unasked.
			return x.respond(expiredButton(), ""), nil
		}
		c := x.confirmFor(ctx, in, do, b.Label)
		return x.confirmStep(in, c, row, col, b.Style == discordgo.DangerButton), nil
	}
	return x.act(ctx, in, id)
}

// act hands a clicked action to the core and shows what it did.
func (x *Interactions) act(ctx context.Context, in *Interaction, do string) ([]byte, func()) {
	req := x.request(in, "act")
	req.Text = do
	return x.effect(ctx, in, req, func(ctx context.Context) bot.Effect { return x.bot.Act(ctx, req, do) })
}

// submit hands a submitted modal to the core.
func (x *Interactions) submit(ctx context.Context, in *Interaction) ([]byte, func()) {
	req := x.request(in, "submit")
	values := make(map[string]string, len(in.Values))
	for _, v := range in.Values {
		values[v.Name] = v.Value
	}
	form := in.CustomID
	return x.effect(ctx, in, req, func(ctx context.Context) bot.Effect { return x.bot.Submit(ctx, req, form, values) })
}

// effect runs a click or a submit and answers with what it did. When it
// takes longer than DeferAfter the response only acknowledges it, and what
// it did is edited in (the card) or sent as a follow-up (a notice) later.
func (x *Interactions) effect(ctx context.Context, in *Interaction, req bot.Request, run func(context.Context) bot.Effect) ([]byte, func()) {
	actx, cancel := context.WithTimeout(context.WithoutCancel(ctx), x.answerWithin())
	ch := make(chan bot.Effect, 1)
	go func() {
		defer cancel()
		ch <- run(actx)
	}()
	wait := x.DeferAfter
	if wait <= 0 {
		wait = DefaultDeferAfter
	}
	timer := time.NewTimer(wait)
	select {
	case e := <-ch:
		timer.Stop()
		return x.show(ctx, in, req, e)
	case <-timer.C:
	}
	// Acknowledge now: on a message, without changing it yet; a modal
	// opened by a command has none, so a note is on its way instead.
	var ack []byte
	if in.MessageID != "" {
		ack = encode(Response{Type: discordgo.InteractionResponseDeferredMessageUpdate})
	} else {
		ack = encode(Response{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource, Data: &struct {
			AllowedMentions AllowedMentions        `json:"allowed_mentions"`
			Flags           discordgo.MessageFlags `json:"flags"`
		}{noMentions(), discordgo.MessageFlagsEphemeral}})
	}
	x.wg.Add(1)
	later := func() {
		defer x.wg.Done()
		e, ok := bot.Within(actx, ch)
		if !ok {
			x.logger().Error("a curation action took too long; apologising", "request_id", req.ID)
			r := bot.TooSlow()
			e = bot.Effect{Notice: &r}
		}
		ectx, cancel := context.WithTimeout(context.WithoutCancel(ctx), editTimeout)
		defer cancel()
		if e.Form != nil && in.Type != discordgo.InteractionModalSubmit {
			// A modal can only be the first response to a click.
			r := bot.Reply{Kind: bot.Failed, Title: "That took too long", Text: "The form could not be opened in time. Press the button again."}
			e = bot.Effect{Notice: &r}
		}
		if e.Card != nil {
			x.edit(ectx, in, req, encode(cardUpdate(*e.Card)))
		}
		notice := x.noticeOf(in, e)
		switch {
		case notice == nil && e.Card == nil && in.MessageID == "":
			r := bot.Reply{Kind: bot.Answer, Title: "Done"}
			x.edit(ectx, in, req, encode(NewMessage(r, "")))
		case notice == nil:
		case in.MessageID == "" && e.Card == nil:
			x.edit(ectx, in, req, encode(NewMessage(*notice, "")))
		default:
			x.followUp(ectx, in, req, *notice)
		}
	}
	return ack, later
}

// noticeOf is the note an effect shows the curator: its Notice, or, for a
// submitted modal that came back with errors and no notice, a list of them.
func (x *Interactions) noticeOf(in *Interaction, e bot.Effect) *bot.Reply {
	if e.Notice != nil {
		return e.Notice
	}
	if in.Type == discordgo.InteractionModalSubmit && (len(e.Errors) > 0 || e.Form != nil) {
		r := errorsReply(e)
		return &r
	}
	return nil
}

// errorsReply lists what was wrong with a submitted form, for an effect
// without a Notice of its own.
func errorsReply(e bot.Effect) bot.Reply {
	r := bot.Reply{Kind: bot.Usage, Title: "Nothing was saved", Text: "Some values need another look."}
	var items []bot.Item
	names := make([]string, 0, len(e.Errors))
	for k := range e.Errors {
		names = append(names, k)
	}
	slices.Sort(names)
	label := map[string]string{}
	if e.Form != nil {
		for _, f := range e.Form.Fields {
			label[f.Name] = f.Label
		}
	}
	for _, n := range names {
		l := label[n]
		if l == "" {
			l = n
		}
		items = append(items, bot.Item{Text: l + ": " + e.Errors[n]})
	}
	if len(items) > 0 {
		r.Sections = []bot.Section{{Title: "What to fix", Items: items}}
	}
	return r
}

// show answers at once with what a click or submit did.
func (x *Interactions) show(ctx context.Context, in *Interaction, req bot.Request, e bot.Effect) ([]byte, func()) {
	if e.Form != nil && in.Type != discordgo.InteractionModalSubmit {
		if m, ok := NewModal(*e.Form); ok {
			return encode(Response{Type: discordgo.InteractionResponseModal, Data: m}), nil
		}
		x.logger().Error("the core's form cannot be a Discord modal", "request_id", req.ID, "form", e.Form.ID)
		return x.respond(bot.Reply{Kind: bot.Failed, Title: "That form cannot be opened", Text: "Something is wrong on our side; it has been logged."}, ""), nil
	}
	notice := x.noticeOf(in, e)
	if e.Card != nil {
		if in.MessageID == "" {
			// A modal opened by a command has no message to update: the
			// card comes as a new one, only for the curator.
			r := *e.Card
			r.Public = false
			body := x.respond(r, "")
			if notice == nil {
				return body, nil
			}
			return body, x.later(func(ctx context.Context) { x.followUp(ctx, in, req, *notice) })
		}
		body := encode(Response{Type: discordgo.InteractionResponseUpdateMessage, Data: cardUpdate(*e.Card)})
		if notice == nil {
			return body, nil
		}
		return body, x.later(func(ctx context.Context) { x.followUp(ctx, in, req, *notice) })
	}
	if notice != nil {
		r := *notice
		r.Public = false
		return x.respond(r, ""), nil
	}
	if in.MessageID != "" {
		// Nothing to show: acknowledge without changing the message.
		return encode(Response{Type: discordgo.InteractionResponseDeferredMessageUpdate}), nil
	}
	return x.respond(bot.Reply{Kind: bot.Answer, Title: "Done"}, ""), nil
}

// later returns a follow-up to run once the initial response is delivered,
// counted by Wait.
func (x *Interactions) later(f func(ctx context.Context)) func() {
	x.wg.Add(1)
	return func() {
		defer x.wg.Done()
		ctx, cancel := context.WithTimeout(context.Background(), editTimeout)
		defer cancel()
		f(ctx)
	}
}

// edit replaces the interaction's original message: the clicked card, or
// the deferred answer.
func (x *Interactions) edit(ctx context.Context, in *Interaction, req bot.Request, body []byte) {
	if !pathSafe(in.AppID) || !pathSafe(in.Token) {
		x.logger().Error("cannot edit the message in: the interaction's application id or token is malformed", "request_id", req.ID)
		return
	}
	err := call(ctx, x.client, http.MethodPatch, discordgo.EndpointWebhookMessage(in.AppID, in.Token, "@original"), "webhooks/{app}/{token}/messages/@original", body)
	if err != nil {
		x.logger().Error("could not edit the message in", "request_id", req.ID, "err", err)
	}
}

// followUp sends a note only the curator sees, after the response.
func (x *Interactions) followUp(ctx context.Context, in *Interaction, req bot.Request, r bot.Reply) {
	if !pathSafe(in.AppID) || !pathSafe(in.Token) {
		x.logger().Error("cannot send a follow-up: the interaction's application id or token is malformed", "request_id", req.ID)
		return
	}
	m := NewMessage(r, "")
	m.Flags = discordgo.MessageFlagsEphemeral
	err := call(ctx, x.client, http.MethodPost, discordgo.EndpointWebhookToken(in.AppID, in.Token), "webhooks/{app}/{token}", encode(m))
	if err != nil {
		x.logger().Error("could not send a follow-up", "request_id", req.ID, "err", err)
	}
}
