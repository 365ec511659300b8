// Package registry stores the registry entries of published briefings the
// same way in both SQL stores: one JSON document per speaker or topic, with
// the fields of registry.yaml.
package registry

import (
	"encoding/json"
	"fmt"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefings"
)

type speaker struct {
	ID           string   `json:"id"`
	Name         string   `json:"name"`
	Role         string   `json:"role,omitempty"`
	Organisation string   `json:"organisation,omitempty"`
	Kind         string   `json:"kind,omitempty"`
	Aliases      []string `json:"aliases,omitempty"`
}

type topic struct {
	ID          string   `json:"id"`
	Name        string   `json:"name"`
	Description string   `json:"description,omitempty"`
	Aliases     []string `json:"aliases,omitempty"`
}

// Encode returns an entry's kind ("speaker" or "topic"), id and document.
func Encode(e bot.RegistryEntry) (kind, id, doc string) {
	var v any
	if s := e.Speaker; s != nil {
		v = speaker{s.ID, s.Name, s.Role, s.Organisation, s.Kind, s.Aliases}
	} else {
		t := e.Topic
		v = topic{t.ID, t.Name, t.Description, t.Aliases}
	}
	b, _ := json.Marshal(v)
	return e.Kind(), e.ID(), string(b)
}

// Decode reads a document Encode wrote.
func Decode(kind, doc string) (bot.RegistryEntry, error) {
	switch kind {
	case "speaker":
		var s speaker
		if err := json.Unmarshal([]byte(doc), &s); err != nil {
			return bot.RegistryEntry{}, fmt.Errorf("speaker entry: %w", err)
		}
		return bot.RegistryEntry{Speaker: &briefings.Speaker{ID: s.ID, Name: s.Name, Role: s.Role, Organisation: s.Organisation, Kind: s.Kind, Aliases: s.Aliases}}, nil
	case "topic":
		var t topic
		if err := json.Unmarshal([]byte(doc), &t); err != nil {
			return bot.RegistryEntry{}, fmt.Errorf("topic entry: %w", err)
		}
		return bot.RegistryEntry{Topic: &briefings.Topic{ID: t.ID, Name: t.Name, Description: t.Description, Aliases: t.Aliases}}, nil
	}
	return bot.RegistryEntry{}, fmt.Errorf("registry entry of unknown kind %q", kind)
}

// Entries returns a batch's registry entries, speakers first.
func Entries(b bot.Batch) []bot.RegistryEntry {
	var out []bot.RegistryEntry
	for _, s := range b.Speakers {
		out = append(out, bot.RegistryEntry{Speaker: s})
	}
	for _, t := range b.Topics {
		out = append(out, bot.RegistryEntry{Topic: t})
	}
	return out
}
