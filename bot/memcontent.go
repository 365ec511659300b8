package bot

import (
	"context"
	"slices"
	"time"
)

// memContent is the ContentStore half of MemStore.
type memContent struct {
	seq      int64
	versions map[string][]Version // by id, oldest first
	entries  []RegistryEntry      // speakers and topics, in the order added
	watchers []chan struct{}
}

var _ ContentStore = (*MemStore)(nil)

func (m *MemStore) content() *memContent {
	if m.c == nil {
		m.c = &memContent{versions: map[string][]Version{}}
	}
	return m.c
}

// Snapshot implements ContentStore.
func (m *MemStore) Snapshot(ctx context.Context) (Content, error) {
	if err := m.lock(ctx); err != nil {
		return Content{}, err
	}
	defer m.mu.Unlock()
	c := m.content()
	out := Content{Seq: c.seq}
	ids := slices.Sorted(mapKeys(c.versions))
	for _, id := range ids {
		vs := c.versions[id]
		if v := vs[len(vs)-1]; v.State == StatePublished {
			out.Versions = append(out.Versions, v)
		}
	}
	out.Speakers, out.Topics = splitEntries(c.entries, 0)
	return out, nil
}

func mapKeys[V any](m map[string]V) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

func splitEntries(es []RegistryEntry, after int64) (ss, ts []RegistryEntry) {
	for _, e := range es {
		if e.Seq <= after {
			continue
		}
		if e.Speaker != nil {
			ss = append(ss, e)
		} else {
			ts = append(ts, e)
		}
	}
	return ss, ts
}

// Registry implements ContentStore.
func (m *MemStore) Registry(ctx context.Context) (Content, error) {
	if err := m.lock(ctx); err != nil {
		return Content{}, err
	}
	defer m.mu.Unlock()
	c := m.content()
	out := Content{Seq: c.seq}
	out.Speakers, out.Topics = splitEntries(c.entries, 0)
	return out, nil
}

// Changes implements ContentStore.
func (m *MemStore) Changes(ctx context.Context, after int64) (Content, error) {
	if err := m.lock(ctx); err != nil {
		return Content{}, err
	}
	defer m.mu.Unlock()
	c := m.content()
	out := Content{Seq: max(c.seq, after)}
	for _, vs := range c.versions {
		for _, v := range vs {
			if v.Seq > after {
				out.Versions = append(out.Versions, v)
			}
		}
	}
	slices.SortFunc(out.Versions, func(a, b Version) int { return int(a.Seq - b.Seq) })
	out.Speakers, out.Topics = splitEntries(c.entries, after)
	return out, nil
}

// Watch implements ContentStore: the memory store changes only in this
// process, and signals at once.
func (m *MemStore) Watch(ctx context.Context) <-chan struct{} {
	ch := make(chan struct{}, 1)
	m.mu.Lock()
	c := m.content()
	c.watchers = append(c.watchers, ch)
	m.mu.Unlock()
	context.AfterFunc(ctx, func() {
		m.mu.Lock()
		defer m.mu.Unlock()
		c.watchers = slices.DeleteFunc(c.watchers, func(x chan struct{}) bool { return x == ch })
	})
	return ch
}

func (c *memContent) changed() {
	for _, w := range c.watchers {
		select {
		case w <- struct{}{}:
		default:
		}
	}
}

func (c *memContent) current(id string) (Version, bool) {
	vs := c.versions[id]
	if len(vs) == 0 {
		return Version{}, false
	}
	return vs[len(vs)-1], true
}

// Publish implements ContentStore.
func (m *MemStore) Publish(ctx context.Context, b Batch) ([]Published, error) {
	if err := CheckBatch(b); err != nil {
		return nil, err
	}
	if err := m.lock(ctx); err != nil {
		return nil, err
	}
	defer m.mu.Unlock()
	c := m.content()
	at := b.At.UTC().Truncate(time.Millisecond)
	seq := c.seq + 1
	var add []RegistryEntry
	for _, e := range batchEntries(b) {
		known, err := checkEntry(c.entries, e)
		if err != nil {
			return nil, err
		}
		if !known {
			e.By, e.At, e.Seq = b.By, at, seq
			add = append(add, e)
			c.entries = append(c.entries, e) // checked against the next ones of the batch; undone on failure
		}
	}
	undo := func() { c.entries = c.entries[:len(c.entries)-len(add)] }
	out := make([]Published, len(b.Briefings))
	var write []Version
	for i, p := range b.Briefings {
		cur, ok := c.current(p.ID)
		if ok && cur.State == StatePublished && cur.Key == p.Key {
			out[i] = Published{Version: cur, Unchanged: true}
			continue
		}
		if err := conflict(p.ID, p.Base, cur, ok); err != nil {
			undo()
			return nil, err
		}
		v := Version{ID: p.ID, Version: cur.Version + 1, State: StatePublished, Text: p.Text, Key: p.Key, By: b.By, At: at,
			Base: cur.Version, Updated: p.Updated.UTC().Truncate(time.Millisecond), Seq: seq}
		out[i] = Published{Version: v}
		write = append(write, v)
	}
	for _, v := range write {
		c.versions[v.ID] = append(c.versions[v.ID], v)
	}
	if len(write)+len(add) > 0 {
		c.seq = seq
		c.changed()
	}
	return out, nil
}

// batchEntries returns a batch's registry entries, speakers first.
func batchEntries(b Batch) []RegistryEntry {
	var out []RegistryEntry
	for _, s := range b.Speakers {
		out = append(out, RegistryEntry{Speaker: s})
	}
	for _, t := range b.Topics {
		out = append(out, RegistryEntry{Topic: t})
	}
	return out
}

// checkEntry reports whether the entries hold e already, and refuses one
// that would rename or merge an entry: its id with other details, or a
// name of another. Stores whose registry is in SQL check the same rules
// with their tables.
func checkEntry(entries []RegistryEntry, e RegistryEntry) (known bool, err error) {
	kind := e.kind()
	mine := e.Names()
	for _, o := range entries {
		if o.kind() != kind {
			continue
		}
		if o.ID() == e.ID() {
			if o.Same(e) {
				return true, nil
			}
			return false, &RegistryConflictError{Kind: kind, ID: e.ID()}
		}
		theirs := o.Names()
		for _, n := range mine {
			if slices.Contains(theirs, n) {
				return false, &RegistryConflictError{Kind: kind, ID: e.ID(), Name: n, Owner: o.ID()}
			}
		}
	}
	return false, nil
}

func (e RegistryEntry) kind() string {
	if e.Speaker != nil {
		return "speaker"
	}
	return "topic"
}

// Kind returns "speaker" or "topic".
func (e RegistryEntry) Kind() string { return e.kind() }

// conflict refuses a write based on version base when the current version
// (ok false: none) is another.
func conflict(id string, base int, cur Version, ok bool) error {
	if !ok && base == 0 || ok && cur.Version == base {
		return nil
	}
	if !ok {
		return &ConflictError{ID: id, Base: base} // based on a version the store never had
	}
	return &ConflictError{ID: id, Base: base, Current: cur.Version, State: cur.State, By: cur.By, At: cur.At}
}

// Retract implements ContentStore.
func (m *MemStore) Retract(ctx context.Context, r Retraction) (Version, error) {
	if err := m.lock(ctx); err != nil {
		return Version{}, err
	}
	defer m.mu.Unlock()
	c := m.content()
	cur, ok := c.current(r.ID)
	if !ok {
		return Version{}, ErrNoBriefing
	}
	base := r.Version
	if base == 0 {
		base = cur.Version
	}
	if cur.State == StateRetracted {
		return Version{}, &ConflictError{ID: r.ID, Base: base, Current: cur.Version, State: cur.State, By: cur.By, At: cur.At}
	}
	if err := conflict(r.ID, base, cur, true); err != nil {
		return Version{}, err
	}
	c.seq++
	v := Version{ID: r.ID, Version: cur.Version + 1, State: StateRetracted, Text: cur.Text, Key: cur.Key, By: r.By,
		At: r.At.UTC().Truncate(time.Millisecond), Base: cur.Version, Reason: r.Reason, Seq: c.seq}
	c.versions[r.ID] = append(c.versions[r.ID], v)
	c.changed()
	return v, nil
}

// History implements ContentStore.
func (m *MemStore) History(ctx context.Context, id string) ([]Version, error) {
	if err := m.lock(ctx); err != nil {
		return nil, err
	}
	defer m.mu.Unlock()
	return slices.Clone(m.content().versions[id]), nil
}

// Current implements ContentStore.
func (m *MemStore) Current(ctx context.Context, ids []string) (map[string]Version, error) {
	if err := m.lock(ctx); err != nil {
		return nil, err
	}
	defer m.mu.Unlock()
	out := map[string]Version{}
	for _, id := range ids {
		if v, ok := m.content().current(id); ok {
			out[id] = v
		}
	}
	return out, nil
}
