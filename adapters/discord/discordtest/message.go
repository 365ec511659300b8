package discordtest

import (
	"encoding/json"
	"fmt"
)

// Message is a message as Discord keeps it while a bot responds to
// interactions on it: created by a response (type 4), a follow-up or the
// edit of a deferred response, then changed by UPDATE_MESSAGE responses
// (type 7) and edits. As in Discord, an update replaces the fields it
// carries and leaves the others as they were: an update without embeds keeps
// the message's embeds.
//
// A test plays Discord's part with it: it applies what the bot answered, and
// puts the message as it now stands in the next click's "message" field, as
// Discord does.
type Message struct {
	fields map[string]json.RawMessage
}

// NewMessage returns the message with id that data (a response's or an
// edit's message JSON) creates.
func NewMessage(id string, data []byte) (*Message, error) {
	m := &Message{fields: map[string]json.RawMessage{}}
	if err := m.Apply(data); err != nil {
		return nil, err
	}
	idJSON, _ := json.Marshal(id)
	m.fields["id"] = idJSON
	return m, nil
}

// Apply changes the message as an UPDATE_MESSAGE response's data or an edit
// does. Fields Discord does not keep on a message (allowed_mentions) are
// not kept.
func (m *Message) Apply(data []byte) error {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(data, &fields); err != nil {
		return fmt.Errorf("discordtest: a message update that is not a JSON object: %w", err)
	}
	for k, v := range fields {
		switch k {
		case "allowed_mentions", "id":
			continue
		case "flags":
			// A message's ephemeral flag cannot change after it is sent.
			if _, ok := m.fields[k]; ok {
				continue
			}
		}
		m.fields[k] = v
	}
	return nil
}

// Object is the message as it goes in an interaction's "message" field.
func (m *Message) Object() map[string]any {
	out := make(map[string]any, len(m.fields))
	for k, v := range m.fields {
		out[k] = v
	}
	return out
}

// JSON is the message as JSON.
func (m *Message) JSON() []byte {
	b, _ := json.Marshal(m.fields)
	return b
}

// Field returns one field's JSON, or nil.
func (m *Message) Field(name string) json.RawMessage { return m.fields[name] }
