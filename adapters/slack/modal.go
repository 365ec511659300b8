package slack

import (
	"encoding/json"
	"slices"
	"strings"

	slackapi "github.com/slack-go/slack"

	"github.com/briefbot/briefbot/bot"
)

// Modal limits (https://docs.slack.dev/reference/views/modal-views and the plain-text input
// element's reference): the core's bot.Form limits are within them, and the renderer keeps to
// them whatever it is given.
const (
	maxViewBlocks     = 100  // blocks of a view
	maxViewTitle      = 24   // a view's title, and its submit and close buttons
	maxCallbackID     = 255  // a view's callback_id
	maxPrivateMeta    = 3000 // a view's private_metadata
	maxInputLabel     = 2000 // an input block's label and hint
	maxInputValue     = 3000 // a plain-text input's max_length
	maxPlaceholder    = 150  // a plain-text input's placeholder
	maxViewErrorChars = 2000 // one message of a view_submission's errors, our own bound
)

// inputAction is the action_id of every text input of our modals; each input's block_id is the
// name of the field it fills (bot.Field.Name), which is how a view_submission's
// view.state.values[block_id][action_id].value reads back into Bot.Submit's values, and how
// response_action "errors" puts a message on its field.
const inputAction = "value"

// formMeta is what a modal carries to its submission in private_metadata: Slack's
// view_submission names the workspace and the user but not the channel, nor the message the
// form was opened from. With the click's response_url the card can be updated in place once
// the form is saved (a response_url takes five posts within 30 minutes).
type formMeta struct {
	ResponseURL string `json:"u,omitempty"`
	Channel     string `json:"c,omitempty"`
	Thread      bool   `json:"t,omitempty"` // the card is in a thread: hints are spelled as mentions
}

func (m formMeta) encode() string {
	b, _ := json.Marshal(m)
	if len(b) > maxPrivateMeta {
		// Never for Slack's own URLs; without the URL the card is not updated, and the
		// curator is told in the modal's place (see submitted).
		m.ResponseURL = ""
		b, _ = json.Marshal(m)
	}
	return string(b)
}

func decodeMeta(s string) formMeta {
	var m formMeta
	if s != "" {
		json.Unmarshal([]byte(s), &m)
	}
	return m
}

// renderForm turns a form into a modal view for views.open, or for a view_submission's
// response_action "update": one input block per field, its block_id the field's name, and the
// field's context (a quote whose speaker it names) as a context block above it, escaped so it
// cannot mention anyone. Field.Error, set on a form offered again, is the input's hint.
func renderForm(f bot.Form, meta formMeta) slackapi.ModalViewRequest {
	title := plain(f.Title, maxViewTitle)
	if title == "" {
		title = "briefbot"
	}
	submit := plain(f.Submit, maxViewTitle)
	if submit == "" {
		submit = "Save"
	}
	v := slackapi.ModalViewRequest{
		Type:            slackapi.VTModal,
		Title:           slackapi.NewTextBlockObject(slackapi.PlainTextType, title, true, false),
		Submit:          slackapi.NewTextBlockObject(slackapi.PlainTextType, submit, true, false),
		Close:           slackapi.NewTextBlockObject(slackapi.PlainTextType, "Cancel", true, false),
		CallbackID:      f.ID,
		PrivateMetadata: meta.encode(),
	}
	for _, fl := range f.Fields {
		if len(v.Blocks.BlockSet) > maxViewBlocks-2 {
			break
		}
		if c := oneLine(fl.Context); c != "" {
			t := newTextBuf(maxContextText)
			t.text(c)
			v.Blocks.BlockSet = append(v.Blocks.BlockSet, slackapi.NewContextBlock("",
				&slackapi.TextBlockObject{Type: slackapi.MarkdownType, Text: t.String(), Verbatim: true}))
		}
		max := fl.MaxLen
		if max <= 0 || max > maxInputValue {
			max = maxInputValue
		}
		in := &slackapi.PlainTextInputBlockElement{
			Type:         slackapi.METPlainTextInput,
			ActionID:     inputAction,
			Multiline:    fl.Multiline,
			MaxLength:    max,
			InitialValue: cutChars(fl.Value, max),
		}
		if p := plain(fl.Placeholder, maxPlaceholder); p != "" {
			in.Placeholder = slackapi.NewTextBlockObject(slackapi.PlainTextType, p, false, false)
		}
		label := plain(fl.Label, maxInputLabel)
		if label == "" {
			label = plain(fl.Name, maxInputLabel)
		}
		b := slackapi.NewInputBlock(fl.Name, slackapi.NewTextBlockObject(slackapi.PlainTextType, label, true, false), nil, in)
		b.Optional = !fl.Required
		if e := oneLine(fl.Error); e != "" {
			b.Hint = slackapi.NewTextBlockObject(slackapi.PlainTextType, plain("⚠️ "+e, maxInputLabel), true, false)
		}
		v.Blocks.BlockSet = append(v.Blocks.BlockSet, b)
	}
	return v
}

// cutChars cuts s to at most n characters as Slack counts them (width), on a character
// boundary. A value longer than its input's max_length would make Slack refuse the whole view.
func cutChars(s string, n int) string {
	if width(s) <= n {
		return s
	}
	w := 0
	for i, r := range s {
		if w+runeWidth(r) > n {
			return s[:i]
		}
		w += runeWidth(r)
	}
	return s
}

// formValues reads a submitted view's inputs: view.state.values[block_id][action_id].value, by
// block_id, for our inputs (action_id inputAction) only.
func formValues(v slackapi.View) map[string]string {
	out := map[string]string{}
	if v.State == nil {
		return out
	}
	for block, acts := range v.State.Values {
		if a, ok := acts[inputAction]; ok {
			out[block] = a.Value
		}
	}
	return out
}

// viewErrors turns the core's errors on a submitted form into response_action "errors": keyed
// by the input block_ids the view has (Slack ignores other keys and shows a generic failure
// instead), so an error on a name the form does not show goes on its first input.
func viewErrors(errs map[string]string, v slackapi.View) map[string]string {
	inputs := map[string]bool{}
	first := ""
	for _, b := range v.Blocks.BlockSet {
		if in, ok := b.(*slackapi.InputBlock); ok && in.BlockID != "" {
			inputs[in.BlockID] = true
			if first == "" {
				first = in.BlockID
			}
		}
	}
	if first == "" { // the view as Slack sent it lacks its blocks: trust the values' names
		for name := range formValues(v) {
			inputs[name] = true
			if first == "" || name < first {
				first = name
			}
		}
	}
	out := map[string]string{}
	var stray []string
	for name, msg := range errs {
		msg = plain(msg, maxViewErrorChars)
		if msg == "" {
			continue
		}
		if inputs[name] {
			out[name] = msg
		} else {
			stray = append(stray, msg)
		}
	}
	if len(stray) > 0 && first != "" {
		slices.Sort(stray)
		msg := strings.Join(append(stray, out[first]), " ")
		out[first] = plain(strings.TrimSpace(msg), maxViewErrorChars)
	}
	return out
}
