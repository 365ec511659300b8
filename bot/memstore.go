package bot

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"sync"
	"time"
)

// MemStore is a Store held in memory: real, not a mock, and what the
// scheduler's tests run on. It is lost when the process ends, so one
// process must not share it with another; within a process it keeps every
// promise of the Store contract.
type MemStore struct {
	mu     sync.Mutex
	closed bool
	lastID int64
	subs   map[int64]*Subscription
	posts  map[memKey]*memPost
	quotes map[int64]map[string]time.Time
	c      *memContent
	d      *memDrafts
	fd     *memFeeds
	creds  map[credKey]*memCredential
	once   map[string]time.Time // UseOnce: value -> when it is forgotten
}

var (
	_ Store           = (*MemStore)(nil)
	_ CredentialStore = (*MemStore)(nil)
)

type memKey struct {
	sub  int64
	date string
}

type memPost struct {
	due      time.Time
	state    PostState
	owner    string
	lease    time.Time
	attempts int
	detail   string
}

// NewMemStore returns an empty store.
func NewMemStore() *MemStore {
	return &MemStore{
		subs: map[int64]*Subscription{}, posts: map[memKey]*memPost{}, quotes: map[int64]map[string]time.Time{},
		creds: map[credKey]*memCredential{}, once: map[string]time.Time{},
	}
}

var errClosed = errors.New("store: closed")

func (m *MemStore) lock(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	m.mu.Lock()
	if m.closed {
		m.mu.Unlock()
		return errClosed
	}
	return nil
}

// view returns a copy of a subscription with the fields the store derives.
func (m *MemStore) view(s *Subscription) Subscription {
	v := s.Clone()
	_, v.NextClaimed = m.posts[memKey{s.ID, s.NextDate}]
	return v
}

// Subscriptions implements Store.
func (m *MemStore) Subscriptions(ctx context.Context, ch ChannelKey) ([]Subscription, error) {
	if err := m.lock(ctx); err != nil {
		return nil, err
	}
	defer m.mu.Unlock()
	return m.channel(ch), nil
}

func (m *MemStore) channel(ch ChannelKey) []Subscription {
	var out []Subscription
	for _, id := range slices.Sorted(maps.Keys(m.subs)) {
		if s := m.subs[id]; s.ChannelKey == ch {
			out = append(out, m.view(s))
		}
	}
	return out
}

// UpdateChannel implements Store.
func (m *MemStore) UpdateChannel(ctx context.Context, ch ChannelKey, fn func([]Subscription) ([]Subscription, error)) ([]Subscription, error) {
	if err := m.lock(ctx); err != nil {
		return nil, err
	}
	defer m.mu.Unlock()
	cur := m.channel(ch)
	next, err := fn(cur)
	if err != nil {
		return nil, err
	}
	if err := CheckUpdate(ch, cur, next); err != nil {
		return nil, err
	}
	keep := map[int64]bool{}
	inherited := make([]map[string]time.Time, len(next)) // read before any change
	for i, s := range next {
		h := map[string]time.Time{}
		for _, from := range s.Inherit {
			for q, at := range m.quotes[from] {
				if at.After(h[q]) {
					h[q] = at
				}
			}
		}
		inherited[i] = h
	}
	for i, s := range next {
		id := s.ID
		if id == 0 {
			m.lastID++
			id = m.lastID
			n := s.Clone()
			n.ID = id
			n.NextClaimed, n.Last = false, PostRecord{}
			n.Created, n.Next = n.Created.UTC().Truncate(time.Millisecond), n.Next.UTC().Truncate(time.Millisecond)
			m.subs[id] = &n
		} else {
			keep[id] = true
			o := m.subs[id]
			o.Topics = slices.Clone(s.Topics)
			o.At, o.TZ, o.SkipEmpty, o.Paused = s.At, s.TZ, s.SkipEmpty, s.Paused
			o.Next, o.NextDate = s.Next.UTC().Truncate(time.Millisecond), s.NextDate
			o.LastPosted, o.Seen = s.LastPosted, s.Seen
		}
		o := m.subs[id]
		o.LastPosted = o.LastPosted.UTC().Truncate(time.Millisecond)
		o.Seen = Watermark{Date: o.Seen.Date.UTC(), IDs: slices.Clone(o.Seen.IDs)}
		o.Inherit = nil
		for q, at := range inherited[i] {
			if m.quotes[id] == nil {
				m.quotes[id] = map[string]time.Time{}
			}
			if at.After(m.quotes[id][q]) {
				m.quotes[id][q] = at
			}
		}
	}
	for _, s := range cur {
		if !keep[s.ID] {
			m.delete(s.ID)
		}
	}
	return m.channel(ch), nil
}

func (m *MemStore) delete(id int64) {
	delete(m.subs, id)
	delete(m.quotes, id)
	for k := range m.posts {
		if k.sub == id {
			delete(m.posts, k)
		}
	}
}

// ClaimDue implements Store.
func (m *MemStore) ClaimDue(ctx context.Context, q ClaimQuery) ([]Claim, error) {
	if err := m.lock(ctx); err != nil {
		return nil, err
	}
	defer m.mu.Unlock()
	var due []*Subscription
	for _, s := range m.subs {
		if s.Platform != q.Platform || s.Paused != "" || s.Next.After(q.Now) {
			continue
		}
		if p := m.posts[memKey{s.ID, s.NextDate}]; p != nil && (p.state.Final() || p.lease.After(q.Now)) {
			continue
		}
		due = append(due, s)
	}
	slices.SortFunc(due, func(a, b *Subscription) int {
		if c := a.Next.Compare(b.Next); c != 0 {
			return c
		}
		return int(a.ID - b.ID)
	})
	var out []Claim
	for _, s := range due[:min(len(due), max(q.Limit, 0))] {
		k := memKey{s.ID, s.NextDate}
		p := m.posts[k]
		if p == nil {
			p = &memPost{due: s.Next, state: PostPending}
			m.posts[k] = p
		}
		p.owner, p.lease = q.Owner, q.Until.UTC().Truncate(time.Millisecond)
		out = append(out, Claim{
			Sub: m.view(s), Date: s.NextDate, Due: p.due, Owner: q.Owner,
			Attempts: p.attempts, WasSending: p.state == PostSending,
		})
	}
	return out, nil
}

// NextDue implements Store.
func (m *MemStore) NextDue(ctx context.Context, platform string) (time.Time, bool, error) {
	if err := m.lock(ctx); err != nil {
		return time.Time{}, false, err
	}
	defer m.mu.Unlock()
	var at time.Time
	ok := false
	for _, s := range m.subs {
		if s.Platform != platform || s.Paused != "" {
			continue
		}
		t := s.Next
		if p := m.posts[memKey{s.ID, s.NextDate}]; p != nil {
			if p.state.Final() {
				continue
			}
			t = p.lease
		}
		if !ok || t.Before(at) {
			at, ok = t, true
		}
	}
	return at, ok, nil
}

// held returns the claim's post if c.Owner still holds it unfinished.
func (m *MemStore) held(c Claim) *memPost {
	p := m.posts[memKey{c.Sub.ID, c.Date}]
	if p == nil || p.owner != c.Owner || p.state.Final() {
		return nil
	}
	return p
}

// Sending implements Store.
func (m *MemStore) Sending(ctx context.Context, c Claim, until time.Time) error {
	if err := m.lock(ctx); err != nil {
		return err
	}
	defer m.mu.Unlock()
	p := m.held(c)
	if p == nil || p.state != PostPending {
		return ErrClaimLost
	}
	p.state, p.lease = PostSending, until.UTC().Truncate(time.Millisecond)
	return nil
}

// Release implements Store.
func (m *MemStore) Release(ctx context.Context, c Claim, until time.Time, attempts int, detail string) error {
	if err := m.lock(ctx); err != nil {
		return err
	}
	defer m.mu.Unlock()
	p := m.held(c)
	if p == nil {
		return ErrClaimLost
	}
	p.state, p.owner, p.lease, p.attempts, p.detail = PostPending, "", until.UTC().Truncate(time.Millisecond), attempts, detail
	return nil
}

// Finish implements Store.
func (m *MemStore) Finish(ctx context.Context, c Claim, o Outcome) error {
	if !o.State.Final() {
		return fmt.Errorf("%w: %q is not how a post ends", ErrInvalid, o.State)
	}
	if err := m.lock(ctx); err != nil {
		return err
	}
	defer m.mu.Unlock()
	p := m.held(c)
	s := m.subs[c.Sub.ID]
	if p == nil || s == nil {
		return ErrClaimLost
	}
	at := o.At.UTC().Truncate(time.Millisecond)
	p.state, p.detail = o.State, o.Detail
	s.Last = PostRecord{Date: c.Date, State: o.State, Detail: o.Detail, At: at}
	if o.State == PostSent {
		s.LastPosted = at
		s.Seen = Watermark{Date: o.Seen.Date.UTC(), IDs: slices.Clone(o.Seen.IDs)}
	}
	if o.Pause {
		s.Paused = o.Detail
	}
	if s.NextDate == c.Date {
		s.Next, s.NextDate = o.Next.UTC().Truncate(time.Millisecond), o.NextDate
	}
	if o.QuoteID != "" {
		if m.quotes[s.ID] == nil {
			m.quotes[s.ID] = map[string]time.Time{}
		}
		m.quotes[s.ID][o.QuoteID] = at
	}
	return nil
}

// QuoteHistory implements Store.
func (m *MemStore) QuoteHistory(ctx context.Context, id int64) (map[string]time.Time, error) {
	if err := m.lock(ctx); err != nil {
		return nil, err
	}
	defer m.mu.Unlock()
	return maps.Clone(m.quotes[id]), nil
}

// PauseWorkspace implements Store.
func (m *MemStore) PauseWorkspace(ctx context.Context, platform, workspace, reason string) (int, error) {
	if err := m.lock(ctx); err != nil {
		return 0, err
	}
	defer m.mu.Unlock()
	n := 0
	for _, s := range m.subs {
		if s.Platform == platform && s.Workspace == workspace && s.Paused == "" {
			s.Paused = reason
			n++
		}
	}
	return n, nil
}

// ResumeWorkspace implements Store.
func (m *MemStore) ResumeWorkspace(ctx context.Context, platform, workspace, reason string, next func(Subscription) (time.Time, string)) (int, error) {
	if err := m.lock(ctx); err != nil {
		return 0, err
	}
	defer m.mu.Unlock()
	n := 0
	for _, id := range slices.Sorted(maps.Keys(m.subs)) {
		s := m.subs[id]
		if s.Platform != platform || s.Workspace != workspace || s.Paused != reason || reason == "" {
			continue
		}
		at, date := next(m.view(s))
		s.Paused = ""
		s.Next, s.NextDate = at.UTC().Truncate(time.Millisecond), date
		n++
	}
	return n, nil
}

// Close implements Store; later calls fail.
func (m *MemStore) Close() error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.closed = true
	return nil
}
