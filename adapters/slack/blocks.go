package slack

// Block Kit limits. Slack's SDKs do not enforce them (slack-go's constructors accept anything),
// so the renderer does. Sources: https://docs.slack.dev/reference/block-kit/blocks and the
// validators in slackapi/python-slack-sdk slack_sdk/models/blocks.
const (
	maxBlocks       = 50   // blocks per message
	maxSectionText  = 3000 // a section's text
	maxHeaderText   = 150  // a header's plain_text
	maxContextItems = 10   // elements of a context block
	maxContextText  = 3000 // one context element's text (a text object's limit)
	maxButtons      = 25   // elements of an actions block
	maxButtonText   = 75   // a button's label
	maxButtonValue  = 2000 // a button's value
	maxFallbackText = 4000 // the top-level text; chat.postMessage asks to keep it under 4,000

	// maxMessageChars is our own bound on the visible text of one answer, all blocks together:
	// well under the 40,000 characters at which Slack truncates a message, and about what a
	// person reads in a chat window before they would rather follow a link.
	maxMessageChars = 12000
	// fallbackChars bounds the fallback text: it is a notification line, not the answer.
	fallbackChars = 150
)

type blockKind uint8

const (
	headerBlock blockKind = iota
	sectionBlock
	contextBlock
	dividerBlock
	actionsBlock
)

// block is one Block Kit block whose text is already escaped and within limits.
type block struct {
	kind     blockKind
	text     string   // header: plain_text; section: mrkdwn
	elements []string // context: mrkdwn texts
	buttons  []button
}

// button is a button of an actions block. Its value is the command line a click runs.
type button struct {
	label    string // plain_text, escaped
	actionID string
	value    string
	primary  bool
}

// Action ids of our buttons. A click on "run" answers the command in the button's value to the
// person who clicked; "share" posts it to the channel.
const (
	actionRun   = "briefbot_run"
	actionShare = "briefbot_share"
)

// Message is a Slack message rendered from a Reply: Block Kit blocks plus the fallback text
// Slack shows in notifications, all escaped and within Slack's limits.
type Message struct {
	// Text is the notification and screen-reader fallback.
	Text   string
	blocks []block
	// InChannel means everyone in the channel sees it; otherwise only the asker does.
	InChannel bool
}

// AppendBlocksJSON appends the message's blocks as a JSON array.
func (m Message) AppendBlocksJSON(dst []byte) []byte {
	dst = append(dst, '[')
	for i := range m.blocks {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = m.blocks[i].appendJSON(dst)
	}
	return append(dst, ']')
}

// AppendJSON appends the message as the body of a slash-command response or a response_url
// post: response_type, text and blocks. newMessage adds "replace_original":false, so a post to
// an interaction's response_url adds a message instead of replacing the one clicked.
func (m Message) AppendJSON(dst []byte, newMessage bool) []byte {
	rt := "ephemeral"
	if m.InChannel {
		rt = "in_channel"
	}
	dst = append(dst, '{')
	dst = appendField(dst, true, "response_type", rt)
	if newMessage {
		dst = append(dst, `,"replace_original":false`...)
	}
	dst = appendField(dst, false, "text", m.Text)
	dst = append(dst, `,"blocks":`...)
	dst = m.AppendBlocksJSON(dst)
	return append(dst, '}')
}

func (b *block) appendJSON(dst []byte) []byte {
	switch b.kind {
	case headerBlock:
		dst = append(dst, `{"type":"header","text":{"type":"plain_text","text":`...)
		dst = appendString(dst, b.text)
		return append(dst, `,"emoji":true}}`...)
	case sectionBlock:
		dst = append(dst, `{"type":"section","text":`...)
		dst = appendMrkdwn(dst, b.text)
		return append(dst, '}')
	case contextBlock:
		dst = append(dst, `{"type":"context","elements":[`...)
		for i, e := range b.elements {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = appendMrkdwn(dst, e)
		}
		return append(dst, "]}"...)
	case dividerBlock:
		return append(dst, `{"type":"divider"}`...)
	case actionsBlock:
		dst = append(dst, `{"type":"actions","block_id":"briefbot_actions","elements":[`...)
		for i, bt := range b.buttons {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = append(dst, `{"type":"button","action_id":`...)
			dst = appendString(dst, bt.actionID)
			dst = append(dst, `,"text":{"type":"plain_text","text":`...)
			dst = appendString(dst, bt.label)
			dst = append(dst, `,"emoji":true},"value":`...)
			dst = appendString(dst, bt.value)
			if bt.primary {
				dst = append(dst, `,"style":"primary"`...)
			}
			dst = append(dst, '}')
		}
		return append(dst, "]}"...)
	}
	return dst
}

// appendMrkdwn appends a mrkdwn text object. verbatim stops Slack's automatic parsing of the
// plain text in it (bare channel names, @-words and URLs): only markup we wrote is markup.
func appendMrkdwn(dst []byte, text string) []byte {
	dst = append(dst, `{"type":"mrkdwn","text":`...)
	dst = appendString(dst, text)
	return append(dst, `,"verbatim":true}`...)
}
