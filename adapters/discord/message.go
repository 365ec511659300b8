package discord

import (
	"bytes"
	"encoding/json"
	"net/url"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/bot"
)

// Message is the body of every message the bot sends: an interaction
// response's data, the edit of a deferred response, and a channel post.
// AllowedMentions is always present and empty, so nothing in it pings.
type Message struct {
	Content         string                    `json:"content,omitempty"`
	Embeds          []*discordgo.MessageEmbed `json:"embeds"`
	Components      []Row                     `json:"components"`
	AllowedMentions AllowedMentions           `json:"allowed_mentions"`
	Flags           discordgo.MessageFlags    `json:"flags,omitempty"`
	// Nonce and EnforceNonce make Discord create a channel post once
	// however often it is sent within a few minutes.
	Nonce        string `json:"nonce,omitempty"`
	EnforceNonce bool   `json:"enforce_nonce,omitempty"`
}

// AllowedMentions says which mentions in a message may ping. Parse is
// always an empty list: none.
type AllowedMentions struct {
	Parse []string `json:"parse"`
}

// Row is an action row of buttons.
type Row struct {
	Type       discordgo.ComponentType `json:"type"`
	Components []Button                `json:"components"`
}

// Button is a button: one that runs a command, shares an answer, or
// carries a curation action (Action.Do) back to the bot.
type Button struct {
	Type     discordgo.ComponentType `json:"type"`
	Style    discordgo.ButtonStyle   `json:"style"`
	Label    string                  `json:"label"`
	CustomID string                  `json:"custom_id"`
	Disabled bool                    `json:"disabled,omitempty"`
}

// Response is an interaction response.
type Response struct {
	Type discordgo.InteractionResponseType `json:"type"`
	Data any                               `json:"data,omitempty"`
}

// Choices is the data of an autocomplete response.
type Choices struct {
	Choices []Choice `json:"choices"`
}

// Choice is one autocomplete suggestion.
type Choice struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

var pong = encode(Response{Type: discordgo.InteractionResponsePong})

// Custom id prefixes of the bot's buttons. A button whose custom id has
// none of them carries a curation action (Action.Do) as it is, for Bot.Act.
const (
	runPrefix   = "run:"   // run:/quote vladimir-putin
	sharePrefix = "share:" // share:status?topic=ukraine
	// confirmPrefix marks a curation action to be confirmed first:
	// "?publish:…" shows the confirm step, whose Yes carries the action on.
	confirmPrefix = "?"
	yesPrefix     = "yes:" // yes:ROW.COL, the confirm step's Yes: do the action of the button there
	noID          = "no:"  // the confirm step's No: put the card's buttons back
)

// maxActions is how many of a reply's follow-up commands become buttons;
// the row's last place is kept for "Share in channel".
const maxActions = maxButtonsInRow - 1

// maxCardRows is how many rows a reply's buttons may take: one row is kept
// free for the confirm step's Yes and No.
const maxCardRows = maxRows - 1

// NewMessage renders a reply as a message: its embeds, its follow-up
// commands as buttons and, when share is a button id, a "Share in channel"
// button, then its curation actions (Action.Do) as buttons, five a row. It
// does not set the ephemeral flag; callers decide visibility.
func NewMessage(r bot.Reply, share string) Message {
	m := Message{Embeds: Render(r), Components: []Row{}, AllowedMentions: AllowedMentions{Parse: []string{}}}
	var buttons []Button
	for _, a := range r.Actions {
		if len(buttons) == maxActions {
			break
		}
		if a.Do != "" {
			continue
		}
		id := runPrefix + strings.TrimSpace(a.Command)
		if len(id) > maxCustomID || a.Label == "" || a.Command == "" || hasID(buttons, id) {
			// Discord refuses a message with two buttons of one custom id.
			continue
		}
		buttons = append(buttons, Button{Type: discordgo.ButtonComponent, Style: discordgo.SecondaryButton, Label: fit(a.Label, maxButtonLabel, false), CustomID: id})
	}
	if share != "" {
		buttons = append(buttons, Button{Type: discordgo.ButtonComponent, Style: discordgo.PrimaryButton, Label: "Share in channel", CustomID: share})
	}
	if len(buttons) > 0 {
		m.Components = []Row{{Type: discordgo.ActionsRowComponent, Components: buttons}}
	}
	m.Components = append(m.Components, doRows(r.Actions, maxCardRows-len(m.Components))...)
	return m
}

// doRows lays a reply's curation actions out as buttons, five a row, in at
// most rows rows. A button's custom id is its action, prefixed with
// confirmPrefix when the action asks to be confirmed; an action too long
// for a custom id, or without a label, gets no button (the core keeps them
// within 100 characters). When there are more actions than fit, the last
// ones that fit give way to the reply's last action, which is Discard on a
// review card.
func doRows(actions []bot.Action, rows int) []Row {
	var buttons []Button
	for _, a := range actions {
		if a.Do == "" || a.Label == "" {
			continue
		}
		id := a.Do
		if a.Confirm != nil {
			id = confirmPrefix + a.Do
		}
		if len(id) > maxCustomID || strings.HasPrefix(a.Do, runPrefix) || strings.HasPrefix(a.Do, sharePrefix) || isConfirmStep(a.Do) || hasID(buttons, id) {
			continue
		}
		buttons = append(buttons, Button{Type: discordgo.ButtonComponent, Style: buttonStyle(a.Style), Label: fit(a.Label, maxButtonLabel, false), CustomID: id})
	}
	if max := rows * maxButtonsInRow; len(buttons) > max {
		if max <= 0 {
			return nil
		}
		last := buttons[len(buttons)-1]
		buttons = append(buttons[:max-1], last)
	}
	var out []Row
	for len(buttons) > 0 {
		n := min(len(buttons), maxButtonsInRow)
		out = append(out, Row{Type: discordgo.ActionsRowComponent, Components: buttons[:n:n]})
		buttons = buttons[n:]
	}
	return out
}

// hasID reports whether a button has custom id id.
func hasID(buttons []Button, id string) bool {
	for _, b := range buttons {
		if b.CustomID == id {
			return true
		}
	}
	return false
}

// isConfirmStep reports whether id is one of the confirm step's own
// buttons, which no action may pass for.
func isConfirmStep(id string) bool {
	return strings.HasPrefix(id, yesPrefix) || id == noID || strings.HasPrefix(id, confirmPrefix)
}

func buttonStyle(s bot.ActionStyle) discordgo.ButtonStyle {
	switch s {
	case bot.Primary:
		return discordgo.PrimaryButton
	case bot.Danger:
		return discordgo.DangerButton
	}
	return discordgo.SecondaryButton
}

// shareID is the custom id of the button that posts the answer to req in
// the channel, or "" when it would be longer than Discord allows (the
// asker can still add public:true).
func shareID(req bot.Request) string {
	q := url.Values{}
	for k, v := range req.Options {
		if k != "public" && v != "" {
			q.Set(k, v)
		}
	}
	if req.Options == nil && req.Text != "" {
		q.Set("_", req.Text)
	}
	id := sharePrefix + req.Command
	if len(q) > 0 {
		id += "?" + q.Encode()
	}
	if len(id) > maxCustomID {
		return ""
	}
	return id
}

// parseShare reads a share button's id back into the command and its
// options (or, for a typed command, its text).
func parseShare(id string) (command string, options map[string]string, text string, ok bool) {
	rest, ok := strings.CutPrefix(id, sharePrefix)
	if !ok {
		return "", nil, "", false
	}
	command, query, _ := strings.Cut(rest, "?")
	q, err := url.ParseQuery(query)
	if err != nil || command == "" {
		return "", nil, "", false
	}
	if t, typed := q["_"]; typed {
		return command, nil, t[0], true
	}
	options = make(map[string]string, len(q))
	for k, v := range q {
		options[k] = v[0]
	}
	return command, options, "", true
}

// encode writes v as compact JSON without HTML escaping ("<" stays "<").
func encode(v any) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		// Only our own types are encoded here; they always encode.
		panic("discord: encode: " + err.Error())
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n"))
}
