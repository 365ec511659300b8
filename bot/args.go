package bot

import (
	"strings"

	"github.com/briefbot/briefbot/briefings"
)

// maxNameWords is the most words a speaker or topic name may have
// ("Russian President Vladimir Putin" has four).
const maxNameWords = 6

// words splits arguments into words, keeping a "double-quoted name" as one.
func words(text string) []string {
	var out []string
	text = strings.NewReplacer("“", `"`, "”", `"`).Replace(text)
	for text = strings.TrimSpace(text); text != ""; text = strings.TrimSpace(text) {
		if text[0] == '"' {
			if end := strings.IndexByte(text[1:], '"'); end >= 0 {
				if w := strings.TrimSpace(text[1 : end+1]); w != "" {
					out = append(out, w)
				}
				text = text[end+2:]
				continue
			}
			text = text[1:]
			continue
		}
		end := strings.IndexAny(text, " \t\n,")
		if end < 0 {
			out = append(out, text)
			break
		}
		if end > 0 {
			out = append(out, text[:end])
		}
		text = text[end+1:]
	}
	return out
}

// leadingName finds what the first words of ws name: the longest run that is
// exactly a name wins ("sergey lavrov nato" is Lavrov, then "nato"); failing
// that, the first one or two words are matched forgivingly, typos included.
// It returns the entity, how many words it used, and a *NotFoundError when
// nothing matches.
func leadingName[T comparable](ws []string, exact func(string) T, forgiving func(string) (T, error)) (T, int, error) {
	var zero T
	for n := min(len(ws), maxNameWords); n >= 1; n-- {
		if e := exact(strings.Join(ws[:n], " ")); e != zero {
			return e, n, nil
		}
	}
	if len(ws) >= 2 {
		if e, err := forgiving(strings.Join(ws[:2], " ")); err == nil {
			return e, 2, nil
		}
	}
	e, err := forgiving(ws[0])
	if err != nil {
		return zero, 0, err
	}
	return e, 1, nil
}

// topicsIn reads a list of topics ("ukraine nato", "arms control, sanctions").
func topicsIn(c *briefings.Catalog, text string) ([]*briefings.Topic, error) {
	ws := words(text)
	var out []*briefings.Topic
	for len(ws) > 0 {
		t, n, err := leadingName(ws, c.TopicNamed, c.Topic)
		if err != nil {
			return nil, err
		}
		ws = ws[n:]
		if !containsTopic(out, t) {
			out = append(out, t)
		}
	}
	return out, nil
}

func containsTopic(ts []*briefings.Topic, t *briefings.Topic) bool {
	for _, x := range ts {
		if x == t {
			return true
		}
	}
	return false
}

func topicNames(ts []*briefings.Topic) string {
	names := make([]string, len(ts))
	for i, t := range ts {
		names[i] = t.Name
	}
	return joinAnd(names)
}

// joinAnd writes "a", "a and b", "a, b and c".
func joinAnd(xs []string) string {
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
}

// joinOr writes "a", "a or b", "a, b or c".
func joinOr(xs []string) string {
	if len(xs) < 2 {
		return joinAnd(xs)
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " or " + xs[len(xs)-1]
}
