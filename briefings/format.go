package briefings

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// briefingFields are the front-matter fields of a briefing file, in the order
// docs/curating.md presents them.
// version is written by export and read by publish; new_speakers and
// new_topics carry registry entries a briefing brings with it.
var briefingFields = []string{"id", "title", "date", "updated", "draft", "topics", "key_points", "quotes", "sources",
	"new_speakers", "new_topics", "version"}

// resolver finds registry entries by any of their names.
type resolver struct {
	speakers *names[*Speaker]
	topics   *names[*Topic]
}

func newResolver(reg *Registry) *resolver {
	rs := &resolver{speakers: newNames[*Speaker](), topics: newNames[*Topic]()}
	for _, s := range reg.Speakers {
		rs.speakers.add(s, s.Name, append([]string{s.ID}, s.Aliases...)...)
	}
	for _, t := range reg.Topics {
		rs.topics.add(t, t.Name, append([]string{t.ID}, t.Aliases...)...)
	}
	return rs
}

// with returns a resolver that also knows the given entries. It copies the
// name tables, so it is for the rare briefing that brings new ones.
func (rs *resolver) with(ss []*Speaker, ts []*Topic) *resolver {
	out := &resolver{speakers: rs.speakers.clone(), topics: rs.topics.clone()}
	for _, s := range ss {
		out.speakers.add(s, s.Name, append([]string{s.ID}, s.Aliases...)...)
	}
	for _, t := range ts {
		out.topics.add(t, t.Name, append([]string{t.ID}, t.Aliases...)...)
	}
	return out
}

// splitFrontMatter separates the YAML between the opening and closing "---"
// lines from the Markdown body, returning the line the body starts on.
func splitFrontMatter(data []byte) (front, body []byte, bodyLine int, err error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
	if !bytes.HasPrefix(data, []byte("---\n")) {
		return nil, nil, 0, fmt.Errorf("the file must start with a line of three dashes (---) opening the front matter")
	}
	line := 2
	for start := 4; start < len(data); line++ {
		end := bytes.IndexByte(data[start:], '\n')
		next := len(data)
		if end < 0 {
			end = len(data)
		} else {
			end += start
			next = end + 1
		}
		if string(bytes.TrimRight(data[start:end], " \t")) == "---" {
			return data[4:start], data[next:], line + 1, nil
		}
		start = next
	}
	return nil, nil, 0, fmt.Errorf("the front matter is never closed: add a line of three dashes (---) after the last field")
}

// ParseBriefing reads one curated briefing file against a registry. The
// briefing is usable only when none of the returned problems is an Error.
func ParseBriefing(file string, data []byte, reg *Registry) (*Briefing, Problems) {
	return parseBriefing(file, data, newResolver(reg), time.Now())
}

func parseBriefing(file string, data []byte, rs *resolver, now time.Time) (*Briefing, Problems) {
	r := &reader{file: file, offset: 1}
	front, body, _, err := splitFrontMatter(data)
	if err != nil {
		return nil, Problems{{File: file, Line: 1, Severity: Error, Msg: err.Error()}}
	}
	root := r.parse(front)
	if root == nil {
		return nil, r.problems
	}
	f := r.fields(root, "front matter", briefingFields...)
	b := &Briefing{
		ID:      r.str(f, "id", "front matter", false, root),
		Title:   r.str(f, "title", "front matter", true, root),
		Date:    r.date(f, "date", "front matter", true, root),
		Updated: r.date(f, "updated", "front matter", false, root),
		Draft:   r.boolean(f, "draft", "front matter"),
		Version: r.version(f),
		Summary: strings.TrimSpace(string(body)),
		File:    file,
		Line:    root.Line + r.offset,
	}
	if b.ID == "" {
		b.ID = strings.TrimSuffix(path.Base(file), path.Ext(file))
	}
	if b.Updated.IsZero() {
		b.Updated = b.Date
	} else if b.Updated.Before(b.Date) {
		r.errorf(f["updated"], "updated (%s) is before date (%s)", b.Updated.Format(DateLayout), b.Date.Format(DateLayout))
	}
	if b.Summary == "" {
		r.errorf(root, "the summary is missing: write it below the closing --- line")
	}
	tomorrow := now.UTC().Add(24 * time.Hour)
	if b.Date.After(tomorrow) {
		r.warnf(f["date"], "date %s is in the future", b.Date.Format(DateLayout))
	}
	// What a draft may still lack: the catalog never serves a draft, so its
	// gaps are warnings until draft: true is removed, and errors after.
	gap := r.errorf
	if b.Draft {
		gap = func(n *yaml.Node, format string, args ...any) {
			r.warnf(n, format+" (allowed in a draft; fix it before publishing)", args...)
		}
	}

	rs = r.additions(f, b, rs, b.Draft)

	topicNodes := r.list(f, "topics", "front matter")
	if len(topicNodes) == 0 {
		gap(root, "topics is missing: list at least one topic from %s so /status can find this briefing", RegistryFile)
	}
	for _, n := range topicNodes {
		t, hint := exactName(rs.topics, n.Value)
		if t == nil {
			gap(n, "topic %q is not in %s%s", n.Value, RegistryFile, hint)
			continue
		}
		if !b.HasTopic(t) {
			b.Topics = append(b.Topics, t)
		}
	}

	b.Sources = r.sources(f, b, gap)
	sourceByID := map[string]*Source{}
	for _, s := range b.Sources {
		sourceByID[s.ID] = s
	}
	used := map[*Source]bool{}
	findSource := func(n *yaml.Node, where string, m map[string]*yaml.Node) *Source {
		id := r.str(m, "source", where, false, n)
		if id == "" {
			if len(b.Sources) == 1 {
				used[b.Sources[0]] = true
				return b.Sources[0]
			}
			return nil
		}
		s := sourceByID[id]
		if s == nil {
			r.errorf(m["source"], "%s: source %q is not one of this file's sources (%s)", where, id, sourceIDs(b.Sources))
			return nil
		}
		used[s] = true
		return s
	}
	findSpeaker := func(m map[string]*yaml.Node, where string, at *yaml.Node, required bool) *Speaker {
		name := r.str(m, "speaker", where, required, at)
		if name == "" {
			return nil
		}
		s, hint := exactName(rs.speakers, name)
		switch {
		case s == nil && b.Draft && Fold(name) == "unknown":
			gap(m["speaker"], "%s: the speaker is unknown; name them or drop the quote", where)
		case s == nil:
			gap(m["speaker"], "%s: speaker %q is not in %s%s; add them there or fix the name", where, name, RegistryFile, hint)
		}
		return s
	}

	for i, n := range r.list(f, "key_points", "front matter") {
		where := fmt.Sprintf("key_points[%d]", i+1)
		if n.Kind == yaml.ScalarNode {
			if strings.TrimSpace(n.Value) == "" {
				r.errorf(n, "%s is empty", where)
				continue
			}
			kp := KeyPoint{Text: strings.TrimSpace(n.Value)}
			if len(b.Sources) == 1 {
				kp.Source = b.Sources[0]
				used[kp.Source] = true
			}
			b.Points = append(b.Points, kp)
			continue
		}
		m := r.fields(n, where, "text", "speaker", "source")
		kp := KeyPoint{Text: r.str(m, "text", where, true, n)}
		kp.Speaker = findSpeaker(m, where, n, false)
		kp.Source = findSource(n, where, m)
		if kp.Text != "" {
			b.Points = append(b.Points, kp)
		}
	}

	for i, n := range r.list(f, "quotes", "front matter") {
		where := fmt.Sprintf("quotes[%d]", i+1)
		m := r.fields(n, where, "speaker", "text", "context", "said", "source")
		q := &Quote{
			Text:     r.str(m, "text", where, true, n),
			Context:  r.str(m, "context", where, false, n),
			Said:     r.date(m, "said", where, false, n),
			Briefing: b,
		}
		q.Speaker = findSpeaker(m, where, n, true)
		q.Source = findSource(n, where, m)
		if q.Said.IsZero() {
			q.Said = b.Date
		}
		if q.Said.After(tomorrow) {
			r.warnf(m["said"], "%s: said %s is in the future", where, q.Said.Format(DateLayout))
		}
		if strings.HasPrefix(q.Text, `"`) || strings.HasPrefix(q.Text, "“") {
			r.warnf(m["text"], "%s: leave the quotation marks out of text; the bot adds them", where)
		}
		if q.Speaker == nil || q.Text == "" {
			continue
		}
		q.ID = QuoteID(q.Speaker.ID, q.Text)
		b.Quotes = append(b.Quotes, q)
	}

	for i, s := range b.Sources {
		if !used[s] && len(b.Sources) > 1 {
			r.warnf(sourceNode(f, i), "source %q is never referenced by a quote or key point", s.ID)
		}
	}
	sortProblems(r.problems)
	return b, r.problems
}

// version reads the store version a file was exported from; 0 when it
// has none.
func (r *reader) version(f map[string]*yaml.Node) int {
	n, ok := f["version"]
	if !ok || n.Tag == "!!null" {
		return 0
	}
	v, err := strconv.Atoi(strings.TrimSpace(n.Value))
	if n.Kind != yaml.ScalarNode || err != nil || v < 1 {
		r.errorf(n, "front matter: version must be a whole number from 1 up, the store version the file was exported from (version: 3), not %q", n.Value)
		return 0
	}
	return v
}

// additions reads new_speakers and new_topics: registry entries the
// briefing brings. An entry the registry already holds with the same
// details is that entry; one whose id or names the registry gives to
// another, or whose id it holds with other details, is an error, since
// adding it would rename or merge someone. It returns the resolver to read
// the rest of the briefing with: rs, plus the entries that are new.
//
// In a draft a clash is a warning, as a draft's other gaps are: the entry
// is left out until the editor fixes it.
func (r *reader) additions(f map[string]*yaml.Node, b *Briefing, rs *resolver, draft bool) *resolver {
	fail := r.errorf
	if draft {
		fail = func(n *yaml.Node, format string, args ...any) {
			r.warnf(n, format+" (allowed in a draft; fix it before publishing)", args...)
		}
	}
	var newS []*Speaker
	var newT []*Topic
	claimed := map[string]string{}
	for i, n := range r.list(f, "new_speakers", "front matter") {
		where := fmt.Sprintf("new_speakers[%d]", i+1)
		s := r.speaker(n, where)
		if s == nil {
			continue
		}
		if old := rs.speakers.exact[Fold(s.ID)]; old != nil && old.ID == s.ID {
			if !SameSpeaker(old, s) {
				fail(n, "%s: speaker id %q is already in the registry with other details (%s); use that speaker as it is, or give this one another id",
					where, s.ID, speakerDiff(old, s))
				continue
			}
			b.NewSpeakers = append(b.NewSpeakers, old)
			continue
		}
		if clash := nameClash(rs.speakers, s.ID, speakerNames(s)); clash != "" {
			fail(n, "%s: the name %q already belongs to speaker %q; a new speaker needs names of its own", where, clash, rs.speakers.exact[Fold(clash)].Name)
			continue
		}
		before := len(r.problems)
		r.claim(claimed, "speaker", s.Name, speakerNames(s), n)
		if len(r.problems) > before {
			continue
		}
		newS = append(newS, s)
		b.NewSpeakers = append(b.NewSpeakers, s)
	}
	claimed = map[string]string{}
	for i, n := range r.list(f, "new_topics", "front matter") {
		where := fmt.Sprintf("new_topics[%d]", i+1)
		t := r.topic(n, where)
		if t == nil {
			continue
		}
		if old := rs.topics.exact[Fold(t.ID)]; old != nil && old.ID == t.ID {
			if !SameTopic(old, t) {
				fail(n, "%s: topic id %q is already in the registry with other details (%s); use that topic as it is, or give this one another id",
					where, t.ID, topicDiff(old, t))
				continue
			}
			b.NewTopics = append(b.NewTopics, old)
			continue
		}
		if clash := nameClash(rs.topics, t.ID, topicNames(t)); clash != "" {
			fail(n, "%s: the name %q already belongs to topic %q; a new topic needs names of its own", where, clash, rs.topics.exact[Fold(clash)].Name)
			continue
		}
		if t.Description == "" {
			r.warnf(n, "%s: topic %q has no description; /topics will show it bare", where, t.Name)
		}
		before := len(r.problems)
		r.claim(claimed, "topic", t.Name, topicNames(t), n)
		if len(r.problems) > before {
			continue
		}
		newT = append(newT, t)
		b.NewTopics = append(b.NewTopics, t)
	}
	if len(newS) == 0 && len(newT) == 0 {
		return rs
	}
	return rs.with(newS, newT)
}

// nameClash returns the first of names that the table gives to an entry
// whose id is not id, or "".
func nameClash[T interface{ *Speaker | *Topic }](ns *names[T], id string, names []string) string {
	for _, name := range names {
		k := Fold(name)
		if k == "" {
			continue
		}
		if e, ok := ns.exact[k]; ok && entityID(e) != id {
			return name
		}
	}
	return ""
}

func entityID[T interface{ *Speaker | *Topic }](e T) string {
	switch x := any(e).(type) {
	case *Speaker:
		return x.ID
	case *Topic:
		return x.ID
	}
	return ""
}

func (r *reader) sources(f map[string]*yaml.Node, b *Briefing, gap func(*yaml.Node, string, ...any)) []*Source {
	var out []*Source
	ids := map[string]bool{}
	for i, n := range r.list(f, "sources", "front matter") {
		where := fmt.Sprintf("sources[%d]", i+1)
		m := r.fields(n, where, "id", "title", "outlet", "author", "url", "published")
		s := &Source{
			ID:        r.str(m, "id", where, false, n),
			Title:     r.str(m, "title", where, true, n),
			Outlet:    r.str(m, "outlet", where, false, n),
			Author:    r.str(m, "author", where, false, n),
			URL:       r.webURL(m, "url", where),
			Published: r.date(m, "published", where, false, n),
		}
		if s.Outlet == "" && s.URL == "" {
			gap(n, "%s: give the outlet or the url so readers can find the source", where)
		}
		if s.ID == "" {
			s.ID = fmt.Sprint(i + 1)
		}
		if ids[s.ID] {
			r.errorf(n, "%s: source id %q is used twice in this file", where, s.ID)
		}
		ids[s.ID] = true
		out = append(out, s)
	}
	if len(out) == 0 {
		r.warnf(nil, "no sources: readers cannot check this briefing")
		r.problems[len(r.problems)-1].Line = b.Line
	}
	return out
}

func sourceNode(f map[string]*yaml.Node, i int) *yaml.Node {
	if n := f["sources"]; n != nil && i < len(n.Content) {
		return n.Content[i]
	}
	return nil
}

func sourceIDs(ss []*Source) string {
	ids := make([]string, len(ss))
	for i, s := range ss {
		ids[i] = s.ID
	}
	if len(ids) == 0 {
		return "the file has none"
	}
	return strings.Join(ids, ", ")
}

// exactName resolves a name a curator wrote. Curated files must use a
// registry name exactly (case and accents aside): a typo that the chat
// commands forgive would hide a mistake here, so it gets a hint instead.
func exactName[T any](ns *names[T], name string) (e T, hint string) {
	if e, ok := ns.exact[Fold(name)]; ok {
		return e, ""
	}
	near, sugg, ok := ns.find(name)
	if ok {
		sugg = []string{ns.displayOf(near)}
	}
	if len(sugg) == 0 {
		return e, ""
	}
	return e, " (did you mean " + strings.Join(sugg, " or ") + "?)"
}

// QuoteID derives a quote's stable identifier from its speaker and words, so
// a quote keeps its identity when files are reordered or reloaded.
func QuoteID(speakerID, text string) string {
	h := sha256.Sum256([]byte(speakerID + "\x00" + Fold(text)))
	return hex.EncodeToString(h[:8])
}
