package slack

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	slackapi "github.com/slack-go/slack"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefings"
)

// newBot returns the real bot on the corpus built into the binary, and its live catalog.
func newBot(tb testing.TB) (*bot.Bot, *briefings.Live) {
	tb.Helper()
	c, err := briefings.Default()
	if err != nil {
		tb.Fatal(err)
	}
	live := briefings.NewLive(c)
	return bot.New(live), live
}

// wireMessage is a message as Slack receives it, decoded with slack-go's own Block Kit types:
// what does not decode there would not be understood by Slack either.
type wireMessage struct {
	ResponseType    string          `json:"response_type"`
	ReplaceOriginal *bool           `json:"replace_original"`
	DeleteOriginal  bool            `json:"delete_original"`
	Text            string          `json:"text"`
	Blocks          slackapi.Blocks `json:"blocks"`
}

// validLink is the only markup our text may contain: a link to a web address.
var validLink = regexp.MustCompile(`<https?://[^<>|\s]+\|[^<>]*>`)

// checkMessage decodes a message and fails the test for anything Slack would refuse or that
// could mention someone: every limit of Block Kit, verbatim mrkdwn, and no markup other than
// web links.
func checkMessage(t *testing.T, body []byte) wireMessage {
	t.Helper()
	var m wireMessage
	if err := json.Unmarshal(body, &m); err != nil {
		t.Fatalf("message does not decode: %v\n%s", err, body)
	}
	n := len(m.Blocks.BlockSet)
	if n == 0 || n > maxBlocks {
		t.Errorf("%d blocks; Slack takes 1 to %d", n, maxBlocks)
	}
	checkText(t, "fallback text", m.Text, maxFallbackText)
	total := 0
	for i, b := range m.Blocks.BlockSet {
		switch b := b.(type) {
		case *slackapi.HeaderBlock:
			if b.Text == nil || b.Text.Type != "plain_text" {
				t.Errorf("block %d: header text must be plain_text", i)
				continue
			}
			checkText(t, "header", b.Text.Text, maxHeaderText)
			total += width(b.Text.Text)
		case *slackapi.SectionBlock:
			checkMrkdwn(t, "section", b.Text, maxSectionText)
			if b.Text != nil {
				total += width(b.Text.Text)
			}
		case *slackapi.ContextBlock:
			els := b.ContextElements.Elements
			if len(els) == 0 || len(els) > maxContextItems {
				t.Errorf("block %d: context has %d elements; Slack takes 1 to %d", i, len(els), maxContextItems)
			}
			for _, e := range els {
				tb, ok := e.(*slackapi.TextBlockObject)
				if !ok {
					t.Errorf("block %d: context element %T", i, e)
					continue
				}
				checkMrkdwn(t, "context", tb, maxContextText)
				total += width(tb.Text)
			}
		case *slackapi.ActionBlock:
			els := b.Elements.ElementSet
			if len(els) == 0 || len(els) > maxButtons {
				t.Errorf("block %d: %d buttons; Slack takes 1 to %d", i, len(els), maxButtons)
			}
			ids := map[string]bool{}
			if id := b.BlockID; id == "" || len(id) > maxBlockID {
				t.Errorf("block %d: block_id %q; Slack takes 1 to %d characters", i, id, maxBlockID)
			}
			for _, e := range els {
				bt, ok := e.(*slackapi.ButtonBlockElement)
				if !ok {
					t.Errorf("block %d: action element %T", i, e)
					continue
				}
				checkText(t, "button label", bt.Text.Text, maxButtonText)
				if bt.Value == "" || len(bt.Value) > maxButtonValue {
					t.Errorf("button %q: value of %d bytes; Slack takes 1 to %d", bt.Text.Text, len(bt.Value), maxButtonValue)
				}
				if len(bt.ActionID) == 0 || len(bt.ActionID) > 255 {
					t.Errorf("button %q: action_id %q; Slack takes 1 to 255 characters", bt.Text.Text, bt.ActionID)
				}
				if bt.Style != "" && bt.Style != slackapi.StylePrimary && bt.Style != slackapi.StyleDanger {
					t.Errorf("button %q: style %q", bt.Text.Text, bt.Style)
				}
				if c := bt.Confirm; c != nil {
					for _, f := range []struct {
						what  string
						text  *slackapi.TextBlockObject
						limit int
					}{{"confirm title", c.Title, maxConfirmTitle}, {"confirm text", c.Text, maxConfirmText},
						{"confirm button", c.Confirm, maxConfirmButton}, {"deny button", c.Deny, maxConfirmButton}} {
						if f.text == nil || f.text.Type != slackapi.PlainTextType {
							t.Errorf("button %q: %s must be plain_text: %+v", bt.Text.Text, f.what, f.text)
							continue
						}
						checkText(t, f.what, f.text.Text, f.limit)
					}
					if c.Style != "" && c.Style != slackapi.StylePrimary && c.Style != slackapi.StyleDanger {
						t.Errorf("button %q: confirm style %q", bt.Text.Text, c.Style)
					}
				}
				if ids[bt.ActionID] {
					t.Errorf("two buttons with action_id %q", bt.ActionID)
				}
				ids[bt.ActionID] = true
			}
		case *slackapi.DividerBlock:
		default:
			t.Errorf("block %d: unexpected %T", i, b)
		}
	}
	if total > maxMessageChars+10*600 {
		t.Errorf("%d characters of text; the renderer keeps to about %d", total, maxMessageChars)
	}
	return m
}

func checkMrkdwn(t *testing.T, what string, tb *slackapi.TextBlockObject, limit int) {
	t.Helper()
	if tb == nil || tb.Type != "mrkdwn" || !tb.Verbatim {
		t.Errorf("%s: want verbatim mrkdwn, got %+v", what, tb)
		return
	}
	checkText(t, what, tb.Text, limit)
}

func checkText(t *testing.T, what, s string, limit int) {
	t.Helper()
	if s == "" {
		t.Errorf("%s is empty; Slack refuses empty text", what)
	}
	if w := width(s); w > limit {
		t.Errorf("%s has %d characters; Slack's limit is %d: %.80q…", what, w, limit, s)
	}
	for _, m := range []string{"<!", "<@", "<#"} {
		if strings.Contains(s, m) {
			t.Errorf("%s contains the mention markup %q: %q", what, m, s)
		}
	}
	if rest := validLink.ReplaceAllString(s, ""); strings.ContainsAny(rest, "<") {
		t.Errorf("%s contains markup that is not a web link: %q", what, s)
	}
}

// texts lists every text of a message, for assertions on what a user reads.
func (m wireMessage) texts() []string {
	out := []string{m.Text}
	for _, b := range m.Blocks.BlockSet {
		switch b := b.(type) {
		case *slackapi.HeaderBlock:
			out = append(out, b.Text.Text)
		case *slackapi.SectionBlock:
			out = append(out, b.Text.Text)
		case *slackapi.ContextBlock:
			for _, e := range b.ContextElements.Elements {
				if tb, ok := e.(*slackapi.TextBlockObject); ok {
					out = append(out, tb.Text)
				}
			}
		case *slackapi.ActionBlock:
			for _, e := range b.Elements.ElementSet {
				if bt, ok := e.(*slackapi.ButtonBlockElement); ok {
					out = append(out, bt.Text.Text)
				}
			}
		}
	}
	return out
}

func (m wireMessage) all() string { return strings.Join(m.texts(), "\n") }

// buttons returns the message's buttons by label.
func (m wireMessage) buttons() map[string]*slackapi.ButtonBlockElement {
	out := map[string]*slackapi.ButtonBlockElement{}
	for _, b := range m.Blocks.BlockSet {
		if a, ok := b.(*slackapi.ActionBlock); ok {
			for _, e := range a.Elements.ElementSet {
				if bt, ok := e.(*slackapi.ButtonBlockElement); ok {
					out[bt.Text.Text] = bt
				}
			}
		}
	}
	return out
}

func (m wireMessage) header() string {
	for _, b := range m.Blocks.BlockSet {
		if h, ok := b.(*slackapi.HeaderBlock); ok {
			return h.Text.Text
		}
	}
	return ""
}
