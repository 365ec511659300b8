package briefings

import (
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"
)

// RegistryFile is the file, at the top of a corpus folder, that lists the
// speakers and topics briefings may name.
const RegistryFile = "registry.yaml"

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
		where := fmt.Sprintf("speakers[%d]", i+1)
		f := r.fields(n, where, "id", "name", "role", "organisation", "organization", "kind", "aliases")
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
			continue
		}
		if s.ID == "" {
			s.ID = Slug(s.Name)
		}
		r.claim(seen, "speaker", s.Name, append([]string{s.ID, s.Name}, s.Aliases...), n)
		reg.Speakers = append(reg.Speakers, s)
	}

	seen = map[string]string{}
	for i, n := range r.list(top, "topics", "registry") {
		where := fmt.Sprintf("topics[%d]", i+1)
		f := r.fields(n, where, "id", "name", "description", "aliases")
		t := &Topic{
			ID:          r.str(f, "id", where, false, n),
			Name:        r.str(f, "name", where, true, n),
			Description: r.str(f, "description", where, false, n),
			Aliases:     r.strs(f, "aliases", where),
		}
		if t.Name == "" {
			continue
		}
		if t.ID == "" {
			t.ID = Slug(t.Name)
		}
		if t.Description == "" {
			r.warnf(n, "%s: topic %q has no description; /topics will show it bare", where, t.Name)
		}
		r.claim(seen, "topic", t.Name, append([]string{t.ID, t.Name}, t.Aliases...), n)
		reg.Topics = append(reg.Topics, t)
	}
	sortProblems(r.problems)
	return reg, r.problems
}

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
