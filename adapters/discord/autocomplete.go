package discord

import (
	"encoding/binary"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/bot"
)

// autocomplete suggests topics or speakers for the option being typed,
// ranked by the catalog's forgiving matcher.
func (x *Interactions) autocomplete(in *Interaction) []byte {
	opt, _ := in.focused()
	cat := x.bot.Catalog()
	var buf [128]byte
	key := append(buf[:0], 'a') // commands' keys start with 'c'
	for _, part := range []string{in.Command, opt.Name, opt.Value} {
		key = binary.AppendUvarint(key, uint64(len(part)))
		key = append(key, part...)
	}
	now := x.now()
	if e, ok := x.cache.get(cat, key, now); ok {
		return e.body
	}
	kind := bot.Text
	if cmd := bot.Lookup(in.Command); cmd != nil {
		for _, o := range cmd.Options {
			if o.Name == opt.Name {
				kind = o.Kind
			}
		}
	}
	partial := opt.Value
	if r := []rune(partial); len(r) > bot.MaxArgs {
		partial = string(r[:bot.MaxArgs])
	}
	choices := []Choice{}
	add := func(name, value string) {
		if value != "" && len(value) <= maxChoiceValue {
			choices = append(choices, Choice{Name: cut(strings.TrimSpace(name), maxChoiceName), Value: value})
		}
	}
	switch kind {
	case bot.TopicName:
		for _, t := range cat.CompleteTopics(partial, maxChoices) {
			add(t.Name, t.ID)
		}
	case bot.SpeakerName:
		for _, s := range cat.CompleteSpeakers(partial, maxChoices) {
			name := s.Name
			if s.Role != "" {
				name += " (" + s.Role + ")"
			}
			add(name, s.ID)
		}
	}
	body := encode(Response{Type: discordgo.InteractionApplicationCommandAutocompleteResult, Data: Choices{Choices: choices}})
	x.cache.put(cat, key, body, bot.Reply{}, now)
	return body
}
