package discord

import (
	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/bot"
)

// Modal is the data of a type-9 (MODAL) interaction response: a form the
// clicker fills in, sent back as a MODAL_SUBMIT interaction with the same
// custom id. Its text inputs sit in Labels (type 18), the shape Discord's
// component reference documents since its action rows of text inputs were
// deprecated (change log, 25 August 2025): the label carries the field's
// name, and its description the quote a speaker field is about, or what was
// wrong with the value.
type Modal struct {
	CustomID   string       `json:"custom_id"`
	Title      string       `json:"title"`
	Components []ModalLabel `json:"components"`
}

// ModalLabel is a Label component wrapping one text input.
type ModalLabel struct {
	Type        discordgo.ComponentType `json:"type"`
	Label       string                  `json:"label"`
	Description string                  `json:"description,omitempty"`
	Component   TextInput               `json:"component"`
}

// TextInput is a modal's text input. Required is always sent: Discord
// takes a missing one as true.
type TextInput struct {
	Type        discordgo.ComponentType  `json:"type"`
	CustomID    string                   `json:"custom_id"`
	Style       discordgo.TextInputStyle `json:"style"`
	MaxLength   int                      `json:"max_length"`
	Required    bool                     `json:"required"`
	Value       string                   `json:"value,omitempty"`
	Placeholder string                   `json:"placeholder,omitempty"`
}

// labelComponent is the Label's component type (18), which discordgo v0.29
// does not name.
const labelComponent discordgo.ComponentType = 18

// errorMark starts a field's description when the field was sent back
// because its value was wrong.
const errorMark = "⚠ "

// NewModal renders a form as a modal, within Discord's limits: a title of at
// most 45 characters, at most 5 inputs, labels of at most 45 and
// descriptions and placeholders of at most 100 characters, values of at most
// 4,000. The core keeps forms within them already (bot.MaxFormTitle and the
// rest, the smaller of Slack's and Discord's); what would still be over is
// cut, never sent as Discord would refuse it. ok is false when the form
// cannot be a modal at all: no fields, or an id Discord would refuse.
func NewModal(f bot.Form) (m Modal, ok bool) {
	if f.ID == "" || len(f.ID) > maxCustomID {
		return Modal{}, false
	}
	title := fit(f.Title, maxModalTitle, false)
	if title == "" {
		title = "Edit"
	}
	m = Modal{CustomID: f.ID, Title: title, Components: []ModalLabel{}}
	for _, fd := range f.Fields {
		if len(m.Components) == maxModalComponents {
			break
		}
		if fd.Name == "" || len(fd.Name) > maxCustomID {
			continue
		}
		max := fd.MaxLen
		if max <= 0 || max > maxInputValue {
			max = min(bot.MaxFieldValue, maxInputValue)
		}
		style := discordgo.TextInputShort
		if fd.Multiline {
			style = discordgo.TextInputParagraph
		}
		label := fit(fd.Label, maxLabel, false)
		if label == "" {
			label = fit(fd.Name, maxLabel, false)
		}
		desc := fd.Context
		if fd.Error != "" {
			// What is wrong first; the quote a speaker field is about after
			// it, as far as it fits.
			desc = errorMark + fd.Error
			if fd.Context != "" {
				desc += " · " + fd.Context
			}
		}
		m.Components = append(m.Components, ModalLabel{
			Type:        labelComponent,
			Label:       label,
			Description: fit(desc, maxLabelDesc, false),
			Component: TextInput{
				Type:        discordgo.TextInputComponent,
				CustomID:    fd.Name,
				Style:       style,
				MaxLength:   max,
				Required:    fd.Required,
				Value:       cutValue(fd.Value, max),
				Placeholder: fit(fd.Placeholder, maxPlaceholder, false),
			},
		})
	}
	if len(m.Components) == 0 {
		return Modal{}, false
	}
	return m, true
}

// cutValue keeps a prefilled value within max characters. A value is what
// the curator will save, so it is not reflowed or escaped, only cut at a
// character boundary when it would be refused whole.
func cutValue(s string, max int) string {
	if units(s) <= max {
		return s
	}
	n := 0
	for i, r := range s {
		w := 1
		if r >= 0x10000 {
			w = 2
		}
		if n+w > max {
			return s[:i]
		}
		n += w
	}
	return s
}
