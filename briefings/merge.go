package briefings

import (
	"bytes"
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"
)

// regBuilder merges registry entries from several places (registry.yaml,
// the files' new_speakers and new_topics, the store) into one registry in
// which every id and every name leads to one entry.
type regBuilder struct {
	speakers []*Speaker
	topics   []*Topic
	sByID    map[string]*Speaker
	tByID    map[string]*Topic
	sNames   map[string]*Speaker // folded name -> owner
	tNames   map[string]*Topic
}

// newRegBuilder starts from base, whose own clashes its parser reported:
// the first entry to claim a name keeps it, as the catalog's name tables
// do.
func newRegBuilder(base *Registry) *regBuilder {
	b := &regBuilder{sByID: map[string]*Speaker{}, tByID: map[string]*Topic{}, sNames: map[string]*Speaker{}, tNames: map[string]*Topic{}}
	if base != nil {
		for _, s := range base.Speakers {
			b.putSpeaker(s)
		}
		for _, t := range base.Topics {
			b.putTopic(t)
		}
	}
	return b
}

func (b *regBuilder) putSpeaker(s *Speaker) {
	b.speakers = append(b.speakers, s)
	if _, ok := b.sByID[s.ID]; !ok {
		b.sByID[s.ID] = s
	}
	for _, n := range speakerNames(s) {
		if k := Fold(n); k != "" {
			if _, ok := b.sNames[k]; !ok {
				b.sNames[k] = s
			}
		}
	}
}

func (b *regBuilder) putTopic(t *Topic) {
	b.topics = append(b.topics, t)
	if _, ok := b.tByID[t.ID]; !ok {
		b.tByID[t.ID] = t
	}
	for _, n := range topicNames(t) {
		if k := Fold(n); k != "" {
			if _, ok := b.tNames[k]; !ok {
				b.tNames[k] = t
			}
		}
	}
}

// addSpeaker adds s unless the registry has it already. It returns the
// registry's entry for it (s, or the one with the same id and details), or
// nil and why it cannot be added: its id is another's with other details,
// or one of its names belongs to another speaker.
func (b *regBuilder) addSpeaker(s *Speaker) (*Speaker, string) {
	if old, ok := b.sByID[s.ID]; ok {
		if SameSpeaker(old, s) {
			return old, ""
		}
		return nil, fmt.Sprintf("speaker id %q is held with other details (%s)", s.ID, speakerDiff(old, s))
	}
	for _, n := range speakerNames(s) {
		if old, ok := b.sNames[Fold(n)]; ok {
			return nil, fmt.Sprintf("the name %q of speaker %q already belongs to speaker %q", n, s.Name, old.Name)
		}
	}
	b.putSpeaker(s)
	return s, ""
}

// addTopic is addSpeaker for topics.
func (b *regBuilder) addTopic(t *Topic) (*Topic, string) {
	if old, ok := b.tByID[t.ID]; ok {
		if SameTopic(old, t) {
			return old, ""
		}
		return nil, fmt.Sprintf("topic id %q is held with other details (%s)", t.ID, topicDiff(old, t))
	}
	for _, n := range topicNames(t) {
		if old, ok := b.tNames[Fold(n)]; ok {
			return nil, fmt.Sprintf("the name %q of topic %q already belongs to topic %q", n, t.Name, old.Name)
		}
	}
	b.putTopic(t)
	return t, ""
}

func (b *regBuilder) registry() *Registry {
	return &Registry{Speakers: b.speakers, Topics: b.topics}
}

// entriesOf returns the registry entries a briefing file brings, without
// checking them: the file's own parse reports what is wrong, at its line. A
// draft brings none to the others: it is not served yet.
func entriesOf(data []byte) ([]*Speaker, []*Topic) {
	if !bytes.Contains(data, []byte("new_speakers")) && !bytes.Contains(data, []byte("new_topics")) {
		return nil, nil
	}
	if d := strings.ToLower(FieldValue(data, "draft")); d == "true" || d == "yes" {
		return nil, nil
	}
	front, _, _, err := splitFrontMatter(data)
	if err != nil {
		return nil, nil
	}
	r := &reader{}
	root := r.parse(front)
	if root == nil || root.Kind != yaml.MappingNode {
		return nil, nil
	}
	f := r.fields(root, "front matter", briefingFields...)
	var ss []*Speaker
	var ts []*Topic
	for _, n := range r.list(f, "new_speakers", "") {
		if s := r.speaker(n, ""); s != nil {
			ss = append(ss, s)
		}
	}
	for _, n := range r.list(f, "new_topics", "") {
		if t := r.topic(n, ""); t != nil {
			ts = append(ts, t)
		}
	}
	return ss, ts
}
