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

// Custom id prefixes of the bot's buttons.
const (
	runPrefix   = "run:"   // run:/quote vladimir-putin
	sharePrefix = "share:" // share:status?topic=ukraine
)

// maxActions is how many of a reply's follow-up commands become buttons;
// the row's last place is kept for "Share in channel".
const maxActions = maxButtonsInRow - 1

// NewMessage renders a reply as a message: its embeds, its follow-up
// commands as buttons and, when share is a button id, a "Share in channel"
// button. It does not set the ephemeral flag; callers decide visibility.
func NewMessage(r bot.Reply, share string) Message {
	m := Message{Embeds: Render(r), Components: []Row{}, AllowedMentions: AllowedMentions{Parse: []string{}}}
	var buttons []Button
	for _, a := range r.Actions {
		if len(buttons) == maxActions {
			break
		}
		id := runPrefix + strings.TrimSpace(a.Command)
		if len(id) > maxCustomID || a.Label == "" {
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
	return m
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
