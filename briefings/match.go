package briefings

import (
	"slices"
	"sort"
	"strings"
)

// names finds a speaker or topic by any of its names, forgiving case,
// accents and small typos.
type names[T any] struct {
	exact map[string]T // folded id, name or alias -> entity
	keys  []nameKey[T] // every folded name, for typo and prefix matching
}

type nameKey[T any] struct {
	key     string
	entity  T
	display string
	rank    int // 0 for the display name, 1 for ids and aliases
}

func newNames[T any]() *names[T] {
	return &names[T]{exact: map[string]T{}}
}

// add registers display and the other names of one entity. The first entity
// to claim a name keeps it; the registry parser reports the clash.
func (ns *names[T]) add(e T, display string, others ...string) {
	seen := map[string]bool{}
	for i, name := range append([]string{display}, others...) {
		k := Fold(name)
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		if _, taken := ns.exact[k]; !taken {
			ns.exact[k] = e
		}
		rank := 1
		if i == 0 {
			rank = 0
		}
		ns.keys = append(ns.keys, nameKey[T]{key: k, entity: e, display: display, rank: rank})
	}
}

// clone returns a copy that may be added to without changing ns.
func (ns *names[T]) clone() *names[T] {
	out := &names[T]{exact: make(map[string]T, len(ns.exact)), keys: slices.Clone(ns.keys)}
	for k, v := range ns.exact {
		out.exact[k] = v
	}
	return out
}

// displayOf returns the display name an entity was added with.
func (ns *names[T]) displayOf(e T) string {
	for _, k := range ns.keys {
		if any(k.entity) == any(e) {
			return k.display
		}
	}
	return ""
}

// find returns the entity a name means. An exact (folded) name wins; failing
// that, a name within a small typo budget of exactly one entity. Otherwise it
// returns the display names that come closest.
func (ns *names[T]) find(name string) (e T, suggestions []string, ok bool) {
	q := Fold(name)
	if q == "" {
		return e, nil, false
	}
	if e, ok := ns.exact[q]; ok {
		return e, nil, true
	}
	budget := typoBudget(len([]rune(q)))
	if budget > 0 {
		var found []nameKey[T]
		best := budget + 1
		for _, k := range ns.keys {
			d := distance(q, k.key, budget)
			if d > budget || d > best {
				continue
			}
			if d < best {
				best, found = d, found[:0]
			}
			found = append(found, k)
		}
		if len(found) > 0 && sameEntity(found) {
			return found[0].entity, nil, true
		}
	}
	return e, ns.suggest(q, 3), false
}

// sameEntity reports whether all keys name one entity; two people a typo
// away from the query is a question for the user, not a guess.
func sameEntity[T any](ks []nameKey[T]) bool {
	for _, k := range ks[1:] {
		if k.display != ks[0].display {
			return false
		}
	}
	return true
}

// suggest returns up to n display names, closest to the folded query first.
func (ns *names[T]) suggest(q string, n int) []string {
	type cand struct {
		display string
		score   float64
	}
	best := map[string]float64{}
	qr := len([]rune(q))
	for _, k := range ns.keys {
		kr := len([]rune(k.key))
		longer := max(qr, kr)
		d := distance(q, k.key, longer)
		score := float64(d) / float64(longer)
		switch {
		case strings.HasPrefix(k.key, q) || strings.HasPrefix(q, k.key):
			score -= 0.5
		case strings.Contains(k.key, q) || strings.Contains(q, k.key):
			score -= 0.3
		}
		if old, ok := best[k.display]; !ok || score < old {
			best[k.display] = score
		}
	}
	cands := make([]cand, 0, len(best))
	for d, s := range best {
		if s < 0.75 { // further than this is noise, not a suggestion
			cands = append(cands, cand{d, s})
		}
	}
	sort.Slice(cands, func(i, j int) bool {
		if cands[i].score != cands[j].score {
			return cands[i].score < cands[j].score
		}
		return cands[i].display < cands[j].display
	})
	out := make([]string, 0, n)
	for _, c := range cands {
		if len(out) == n {
			break
		}
		out = append(out, c.display)
	}
	return out
}

// complete returns up to n entities for a partial name as typed, for
// autocomplete: names that start with it first, then names with a word that
// starts with it, then names within a typo of it.
func (ns *names[T]) complete(partial string, n int) []T {
	q := Fold(partial)
	type cand struct {
		k     nameKey[T]
		score int
	}
	bestByDisplay := map[string]cand{}
	consider := func(k nameKey[T], score int) {
		if c, ok := bestByDisplay[k.display]; !ok || score < c.score {
			bestByDisplay[k.display] = cand{k, score}
		}
	}
	budget := typoBudget(len([]rune(q)))
	for _, k := range ns.keys {
		switch {
		case q == "":
			consider(k, 10+k.rank)
		case k.key == q:
			consider(k, k.rank)
		case strings.HasPrefix(k.key, q):
			consider(k, 10+k.rank)
		case strings.Contains(k.key, " "+q):
			consider(k, 20+k.rank)
		case budget > 0:
			prefix := k.key
			if r := []rune(k.key); len(r) > len([]rune(q)) {
				prefix = string(r[:len([]rune(q))])
			}
			if d := distance(q, prefix, budget); d <= budget {
				consider(k, 30+d)
			}
		}
	}
	cands := make([]cand, 0, len(bestByDisplay))
	for _, c := range bestByDisplay {
		cands = append(cands, c)
	}
	sort.Slice(cands, func(i, j int) bool {
		if cands[i].score != cands[j].score {
			return cands[i].score < cands[j].score
		}
		return cands[i].k.display < cands[j].k.display
	})
	out := make([]T, 0, min(n, len(cands)))
	for _, c := range cands {
		if len(out) == n {
			break
		}
		out = append(out, c.k.entity)
	}
	return out
}
