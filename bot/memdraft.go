package bot

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"time"
)

var _ DraftStore = (*MemStore)(nil)

// memDrafts is the DraftStore half of MemStore. Drafts are kept as a SQL
// store keeps them, encoded, so a caller never shares memory with the
// store and the JSON form is exercised.
type memDrafts struct {
	last int64
	rows map[int64][]byte
}

func (m *MemStore) drafts() *memDrafts {
	if m.d == nil {
		m.d = &memDrafts{rows: map[int64][]byte{}}
	}
	return m.d
}

func (s *memDrafts) get(id int64) (Draft, bool) {
	raw, ok := s.rows[id]
	if !ok {
		return Draft{}, false
	}
	var d Draft
	if err := json.Unmarshal(raw, &d); err != nil {
		panic(fmt.Sprintf("memstore: draft %d: %v", id, err)) // we wrote it
	}
	return d, true
}

func (s *memDrafts) put(d Draft) Draft {
	d = normDraft(d)
	raw, err := json.Marshal(d)
	if err != nil {
		panic(fmt.Sprintf("memstore: draft %d: %v", d.ID, err))
	}
	s.rows[d.ID] = raw
	out, _ := s.get(d.ID)
	return out
}

// normDraft keeps a draft's times as every store does: to the millisecond,
// in UTC.
func normDraft(d Draft) Draft {
	ms := func(t time.Time) time.Time {
		if t.IsZero() {
			return t
		}
		return t.UTC().Truncate(time.Millisecond)
	}
	d.At, d.Changed = ms(d.At), ms(d.Changed)
	return d
}

// CreateDraft implements DraftStore.
func (m *MemStore) CreateDraft(ctx context.Context, d Draft) (Draft, error) {
	if err := CheckDraft(d); err != nil {
		return Draft{}, err
	}
	if d.State != DraftOpen {
		return Draft{}, fmt.Errorf("%w: a new draft must be open", ErrInvalidDraft)
	}
	if err := m.lock(ctx); err != nil {
		return Draft{}, err
	}
	defer m.mu.Unlock()
	s := m.drafts()
	s.last++
	d.ID, d.Version = s.last, 1
	return s.put(d), nil
}

// Draft implements DraftStore.
func (m *MemStore) Draft(ctx context.Context, id int64) (Draft, error) {
	if err := m.lock(ctx); err != nil {
		return Draft{}, err
	}
	defer m.mu.Unlock()
	d, ok := m.drafts().get(id)
	if !ok {
		return Draft{}, ErrNoDraft
	}
	return d, nil
}

// UpdateDraft implements DraftStore.
func (m *MemStore) UpdateDraft(ctx context.Context, d Draft) (Draft, error) {
	if err := CheckDraftUpdate(d); err != nil {
		return Draft{}, err
	}
	if err := m.lock(ctx); err != nil {
		return Draft{}, err
	}
	defer m.mu.Unlock()
	s := m.drafts()
	cur, ok := s.get(d.ID)
	if !ok {
		return Draft{}, ErrNoDraft
	}
	d.Platform, d.Workspace, d.Channel, d.URL = cur.Platform, cur.Workspace, cur.Channel, cur.URL
	d.By, d.ByName, d.At = cur.By, cur.ByName, cur.At
	if cur.Version != d.Version {
		return Draft{}, &DraftConflictError{Base: d.Version, Current: cur}
	}
	d.Version++
	d.Typed = nil
	return s.put(d), nil
}

// KeepTyped implements DraftStore.
func (m *MemStore) KeepTyped(ctx context.Context, id int64, version int, t *Typed) error {
	if err := m.lock(ctx); err != nil {
		return err
	}
	defer m.mu.Unlock()
	s := m.drafts()
	cur, ok := s.get(id)
	if !ok {
		return ErrNoDraft
	}
	if cur.Version != version {
		return &DraftConflictError{Base: version, Current: cur}
	}
	cur.Typed = t
	s.put(cur)
	return nil
}

// OpenDrafts implements DraftStore.
func (m *MemStore) OpenDrafts(ctx context.Context, platform, workspace string) ([]Draft, error) {
	if err := m.lock(ctx); err != nil {
		return nil, err
	}
	defer m.mu.Unlock()
	s := m.drafts()
	var out []Draft
	for id := range s.rows {
		d, _ := s.get(id)
		if d.State == DraftOpen && d.Platform == platform && d.Workspace == workspace {
			out = append(out, d)
		}
	}
	sortDrafts(out)
	return out, nil
}

// sortDrafts orders drafts least recently changed first, then by id.
func sortDrafts(ds []Draft) {
	slices.SortFunc(ds, func(a, b Draft) int {
		if c := a.Changed.Compare(b.Changed); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
}

// ExpireDrafts implements DraftStore.
func (m *MemStore) ExpireDrafts(ctx context.Context, before time.Time, by string, at time.Time) ([]Draft, error) {
	if err := m.lock(ctx); err != nil {
		return nil, err
	}
	defer m.mu.Unlock()
	s := m.drafts()
	var out []Draft
	for id := range s.rows {
		d, _ := s.get(id)
		if d.State != DraftOpen || !d.Changed.Before(before) {
			continue
		}
		d.State, d.ChangedBy, d.ChangedByName, d.Changed = DraftExpired, by, "", at
		d.Version++
		d.Typed = nil
		out = append(out, s.put(d))
	}
	sortDrafts(out)
	return out, nil
}

// PurgeDrafts implements DraftStore.
func (m *MemStore) PurgeDrafts(ctx context.Context, before time.Time) (int, error) {
	if err := m.lock(ctx); err != nil {
		return 0, err
	}
	defer m.mu.Unlock()
	s := m.drafts()
	n := 0
	for id := range s.rows {
		d, _ := s.get(id)
		if d.State != DraftOpen && d.Changed.Before(before) {
			delete(s.rows, id)
			n++
		}
	}
	return n, nil
}
