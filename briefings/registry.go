package briefings

import (
	"fmt"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

// RegistryFile is the file, at the top of a corpus folder, that lists the
// speakers and topics briefings may name.
const RegistryFile = "registry.yaml"

// speakerFields and topicFields are the fields of a registry entry, in
// registry.yaml and in a briefing's new_speakers and new_topics alike.
var (
	speakerFields = []string{"id", "name", "role", "organisation", "organization", "kind", "aliases"}
	topicFields   = []string{"id", "name", "description", "aliases"}
)

// ParseRegistry reads a speakers-and-topics registry. Problems carry file
// and line; the registry is usable only when none of them is an Error.
func ParseRegistry(file string, data []byte) (*Registry, Problems) {
	r := &reader{file: file}
	root := r.parse(data)
	reg := &Registry{}
	if root == nil {
		return reg, r.problems
	}
	top := r.fields(root, "registry", "speakers", "topics")
	seen := map[string]string{} // folded name -> who claims it, per kind

	for i, n := range r.list(top, "speakers", "registry") {
		s := r.speaker(n, fmt.Sprintf("speakers[%d]", i+1))
		if s == nil {
			continue
		}
		r.claim(seen, "speaker", s.Name, speakerNames(s), n)
		reg.Speakers = append(reg.Speakers, s)
	}

	seen = map[string]string{}
	for i, n := range r.list(top, "topics", "registry") {
		where := fmt.Sprintf("topics[%d]", i+1)
		t := r.topic(n, where)
		if t == nil {
			continue
		}
		if t.Description == "" {
			r.warnf(n, "%s: topic %q has no description; /topics will show it bare", where, t.Name)
		}
		r.claim(seen, "topic", t.Name, topicNames(t), n)
		reg.Topics = append(reg.Topics, t)
	}
	sortProblems(r.problems)
	return reg, r.problems
}

// speaker reads one speaker entry; nil when it has no name.
func (r *reader) speaker(n *yaml.Node, where string) *Speaker {
	f := r.fields(n, where, speakerFields...)
	s := &Speaker{
		ID:           r.str(f, "id", where, false, n),
		Name:         r.str(f, "name", where, true, n),
		Role:         r.str(f, "role", where, false, n),
		Organisation: r.str(f, "organisation", where, false, n),
		Kind:         strings.ToLower(r.str(f, "kind", where, false, n)),
		Aliases:      r.strs(f, "aliases", where),
	}
	if s.Organisation == "" {
		s.Organisation = r.str(f, "organization", where, false, n)
	}
	switch s.Kind {
	case "":
		s.Kind = "person"
	case "person", "organisation", "place":
	case "organization":
		s.Kind = "organisation"
	default:
		r.errorf(f["kind"], "%s: kind must be person, organisation or place, not %q", where, s.Kind)
	}
	if s.Name == "" {
		return nil
	}
	if s.ID == "" {
		s.ID = Slug(s.Name)
	}
	return s
}

// topic reads one topic entry; nil when it has no name.
func (r *reader) topic(n *yaml.Node, where string) *Topic {
	f := r.fields(n, where, topicFields...)
	t := &Topic{
		ID:          r.str(f, "id", where, false, n),
		Name:        r.str(f, "name", where, true, n),
		Description: r.str(f, "description", where, false, n),
		Aliases:     r.strs(f, "aliases", where),
	}
	if t.Name == "" {
		return nil
	}
	if t.ID == "" {
		t.ID = Slug(t.Name)
	}
	return t
}

func speakerNames(s *Speaker) []string { return append([]string{s.ID, s.Name}, s.Aliases...) }
func topicNames(t *Topic) []string     { return append([]string{t.ID, t.Name}, t.Aliases...) }

// claim records the names of one entity and reports a name that already
// belongs to another: a name must lead to exactly one speaker or topic.
func (r *reader) claim(seen map[string]string, kind, owner string, names []string, at *yaml.Node) {
	mine := map[string]bool{}
	for _, name := range names {
		k := Fold(name)
		if k == "" || mine[k] {
			continue
		}
		mine[k] = true
		if other, ok := seen[k]; ok {
			r.errorf(at, "%s %q: the name %q already belongs to %q", kind, owner, name, other)
			continue
		}
		seen[k] = owner
	}
}

// SameSpeaker reports whether two entries describe the speaker the same
// way: a speaker added again (by another briefing, or by the store and a
// folder) is the same speaker only when every detail agrees. Aliases
// compare as sets of folded names.
func SameSpeaker(a, b *Speaker) bool {
	return a.ID == b.ID && a.Name == b.Name && a.Role == b.Role && a.Organisation == b.Organisation &&
		a.Kind == b.Kind && sameNames(a.Aliases, b.Aliases)
}

// SameTopic is SameSpeaker for topics.
func SameTopic(a, b *Topic) bool {
	return a.ID == b.ID && a.Name == b.Name && a.Description == b.Description && sameNames(a.Aliases, b.Aliases)
}

func sameNames(a, b []string) bool {
	fold := func(xs []string) []string {
		out := make([]string, 0, len(xs))
		for _, x := range xs {
			if k := Fold(x); k != "" {
				out = append(out, k)
			}
		}
		slices.Sort(out)
		return slices.Compact(out)
	}
	return slices.Equal(fold(a), fold(b))
}

// speakerDiff names the first detail in which two entries with one id
// differ, for messages: `role "A" there, "B" here`.
func speakerDiff(there, here *Speaker) string {
	switch {
	case there.Name != here.Name:
		return fmt.Sprintf("name %q there, %q here", there.Name, here.Name)
	case there.Role != here.Role:
		return fmt.Sprintf("role %q there, %q here", there.Role, here.Role)
	case there.Organisation != here.Organisation:
		return fmt.Sprintf("organisation %q there, %q here", there.Organisation, here.Organisation)
	case there.Kind != here.Kind:
		return fmt.Sprintf("kind %s there, %s here", there.Kind, here.Kind)
	}
	return fmt.Sprintf("aliases [%s] there, [%s] here", strings.Join(there.Aliases, ", "), strings.Join(here.Aliases, ", "))
}

func topicDiff(there, here *Topic) string {
	switch {
	case there.Name != here.Name:
		return fmt.Sprintf("name %q there, %q here", there.Name, here.Name)
	case there.Description != here.Description:
		return fmt.Sprintf("description %q there, %q here", there.Description, here.Description)
	}
	return fmt.Sprintf("aliases [%s] there, [%s] here", strings.Join(there.Aliases, ", "), strings.Join(here.Aliases, ", "))
}
