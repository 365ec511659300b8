package bot

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"time"
)

var _ FeedStore = (*MemStore)(nil)

// memFeeds is the FeedStore half of MemStore. Feeds are kept as a SQL
// store keeps them, encoded, with times to the millisecond in UTC, so a
// caller never shares memory with the store.
type memFeeds struct {
	last    int64
	rows    map[int64]*memFeed
	items   map[int64]map[string]*memItem // feed -> item key -> its row
	stories []memStory                    // in the order added
	locks   map[string]memLock            // platform/workspace -> story matching's lease
}

// memItem is a seen item's row.
type memItem struct {
	seen    time.Time // first seen
	retry   bool      // handed back by RetryItem, not seen again since
	retries int       // how many times it was handed back
	until   time.Time // when handed back: not taken again before
	item    FeedItem  // as last handed back: drafted from it when the feed no longer lists it
}

// memLock is a workspace's story-matching lease.
type memLock struct {
	owner string
	until time.Time
}

// memFeed is a feed's row: the feed, encoded, and its lease.
type memFeed struct {
	raw   []byte
	owner string
	lease time.Time
}

// memStory is a story's row; seq orders stories added at the same time.
type memStory struct {
	seq int64
	s   Story
}

func (m *MemStore) feeds() *memFeeds {
	if m.fd == nil {
		m.fd = &memFeeds{rows: map[int64]*memFeed{}, items: map[int64]map[string]*memItem{}}
	}
	return m.fd
}

// feedMillis is how every store keeps a time: to the millisecond, in UTC; the
// zero time stays zero.
func feedMillis(t time.Time) time.Time {
	if t.IsZero() {
		return time.Time{}
	}
	return t.UTC().Truncate(time.Millisecond)
}

func normFeed(f Feed) Feed {
	f.At, f.Next, f.LastFetch, f.LastOK, f.ItemErrorAt = feedMillis(f.At), feedMillis(f.Next), feedMillis(f.LastFetch), feedMillis(f.LastOK), feedMillis(f.ItemErrorAt)
	if len(f.Topics) == 0 {
		f.Topics = nil
	}
	return f
}

func (s *memFeeds) get(id int64) (Feed, bool) {
	r, ok := s.rows[id]
	if !ok {
		return Feed{}, false
	}
	var f Feed
	if err := json.Unmarshal(r.raw, &f); err != nil {
		panic(fmt.Sprintf("memstore: feed %d: %v", id, err)) // we wrote it
	}
	return f, true
}

// put stores f, keeping the row's lease.
func (s *memFeeds) put(f Feed) {
	raw, err := json.Marshal(normFeed(f))
	if err != nil {
		panic(fmt.Sprintf("memstore: feed %d: %v", f.ID, err))
	}
	r := s.rows[f.ID]
	if r == nil {
		r = &memFeed{}
		s.rows[f.ID] = r
	}
	r.raw = raw
}

// AddFeed implements FeedStore.
func (m *MemStore) AddFeed(ctx context.Context, f Feed) (Feed, error) {
	if err := m.lock(ctx); err != nil {
		return Feed{}, err
	}
	defer m.mu.Unlock()
	s := m.feeds()
	for id := range s.rows {
		o, _ := s.get(id)
		if o.Platform == f.Platform && o.Workspace == f.Workspace && o.Channel == f.Channel && o.URL == f.URL {
			return Feed{}, ErrFeedExists
		}
	}
	s.last++
	f.ID = s.last
	s.put(f)
	out, _ := s.get(f.ID)
	return out, nil
}

// Feed implements FeedStore.
func (m *MemStore) Feed(ctx context.Context, id int64) (Feed, error) {
	if err := m.lock(ctx); err != nil {
		return Feed{}, err
	}
	defer m.mu.Unlock()
	f, ok := m.feeds().get(id)
	if !ok {
		return Feed{}, ErrNoFeed
	}
	return f, nil
}

// ChannelFeeds implements FeedStore.
func (m *MemStore) ChannelFeeds(ctx context.Context, platform, workspace, channel string) ([]Feed, error) {
	if err := m.lock(ctx); err != nil {
		return nil, err
	}
	defer m.mu.Unlock()
	s := m.feeds()
	var out []Feed
	for _, id := range slices.Sorted(maps.Keys(s.rows)) { // ids grow: oldest first
		if f, _ := s.get(id); f.Platform == platform && f.Workspace == workspace && f.Channel == channel {
			out = append(out, f)
		}
	}
	return out, nil
}

// RemoveFeed implements FeedStore.
func (m *MemStore) RemoveFeed(ctx context.Context, id int64) error {
	if err := m.lock(ctx); err != nil {
		return err
	}
	defer m.mu.Unlock()
	s := m.feeds()
	if _, ok := s.rows[id]; !ok {
		return ErrNoFeed
	}
	delete(s.rows, id)
	delete(s.items, id)
	return nil
}

// ClaimFeeds implements FeedStore.
func (m *MemStore) ClaimFeeds(ctx context.Context, owner string, now, until time.Time, limit int) ([]Feed, error) {
	if err := m.lock(ctx); err != nil {
		return nil, err
	}
	defer m.mu.Unlock()
	s := m.feeds()
	now = feedMillis(now)
	var due []Feed
	for id, r := range s.rows {
		f, _ := s.get(id)
		if f.Next.After(now) || r.lease.After(now) {
			continue
		}
		due = append(due, f)
	}
	slices.SortFunc(due, func(a, b Feed) int {
		if c := a.Next.Compare(b.Next); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	due = due[:min(len(due), max(limit, 0))]
	for _, f := range due {
		r := s.rows[f.ID]
		r.owner, r.lease = owner, feedMillis(until)
	}
	return due, nil
}

// SaveFetch implements FeedStore. Besides the FeedState it writes the
// feed's Title, which each fetch may change; nothing else of f.
func (m *MemStore) SaveFetch(ctx context.Context, owner string, f Feed) error {
	if err := m.lock(ctx); err != nil {
		return err
	}
	defer m.mu.Unlock()
	s := m.feeds()
	r, ok := s.rows[f.ID]
	if !ok || r.owner != owner || owner == "" {
		return ErrFeedLost
	}
	cur, _ := s.get(f.ID)
	cur.Title, cur.FeedState = f.Title, f.FeedState
	s.put(cur)
	r.owner, r.lease = "", time.Time{}
	return nil
}

// SeeItem implements FeedStore. An item of a feed that does not exist (or
// was removed) is ErrNoFeed.
func (m *MemStore) SeeItem(ctx context.Context, feed int64, key string, at time.Time) (bool, error) {
	if err := m.lock(ctx); err != nil {
		return false, err
	}
	defer m.mu.Unlock()
	s := m.feeds()
	if _, ok := s.rows[feed]; !ok {
		return false, ErrNoFeed
	}
	seen := s.items[feed]
	if seen == nil {
		seen = map[string]*memItem{}
		s.items[feed] = seen
	}
	if it, ok := seen[key]; ok {
		if !it.retry || it.until.After(feedMillis(at)) {
			return false, nil
		}
		it.retry = false // taken again
		return true, nil
	}
	seen[key] = &memItem{seen: feedMillis(at)}
	return true, nil
}

// RetryItem implements FeedStore.
func (m *MemStore) RetryItem(ctx context.Context, feed int64, item FeedItem, until []time.Time) (bool, error) {
	if err := m.lock(ctx); err != nil {
		return false, err
	}
	defer m.mu.Unlock()
	it, ok := m.feeds().items[feed][item.Key]
	if !ok || it.retry || it.retries >= len(until) {
		return false, nil
	}
	it.retry, it.until = true, feedMillis(until[it.retries])
	it.retries++
	item.Published = feedMillis(item.Published)
	it.item = item
	return true, nil
}

// DueItems implements FeedStore.
func (m *MemStore) DueItems(ctx context.Context, feed int64, now time.Time, limit int) ([]FeedItem, error) {
	if err := m.lock(ctx); err != nil {
		return nil, err
	}
	defer m.mu.Unlock()
	now = feedMillis(now)
	type due struct {
		until time.Time
		item  FeedItem
	}
	var all []due
	for _, it := range m.feeds().items[feed] {
		if it.retry && !it.until.After(now) && it.item.Link != "" {
			all = append(all, due{it.until, it.item})
		}
	}
	slices.SortFunc(all, func(a, b due) int {
		if c := a.until.Compare(b.until); c != 0 {
			return c
		}
		return cmp.Compare(a.item.Key, b.item.Key)
	})
	var out []FeedItem
	for _, d := range all[:min(len(all), max(limit, 0))] {
		out = append(out, d.item)
	}
	return out, nil
}

// UnseenItems implements FeedStore. A feed that does not exist has seen
// nothing: every key is returned.
func (m *MemStore) UnseenItems(ctx context.Context, feed int64, keys []string, now time.Time) ([]string, time.Time, error) {
	if err := m.lock(ctx); err != nil {
		return nil, time.Time{}, err
	}
	defer m.mu.Unlock()
	seen := m.feeds().items[feed]
	now = feedMillis(now)
	var (
		out     []string
		waiting time.Time
	)
	for _, k := range keys {
		it, ok := seen[k]
		switch {
		case !ok || it.retry && !it.until.After(now):
			out = append(out, k)
		case it.retry && (waiting.IsZero() || it.until.Before(waiting)):
			waiting = it.until
		}
	}
	return out, waiting, nil
}

// AddStory implements FeedStore.
func (m *MemStore) AddStory(ctx context.Context, st Story) error {
	if err := m.lock(ctx); err != nil {
		return err
	}
	defer m.mu.Unlock()
	s := m.feeds()
	st.Print = slices.Clone(st.Print)
	st.At = feedMillis(st.At)
	s.stories = append(s.stories, memStory{seq: int64(len(s.stories)) + 1, s: st})
	return nil
}

// LockStories implements FeedStore.
func (m *MemStore) LockStories(ctx context.Context, platform, workspace, owner string, now, until time.Time) (bool, error) {
	if err := m.lock(ctx); err != nil {
		return false, err
	}
	defer m.mu.Unlock()
	s := m.feeds()
	if s.locks == nil {
		s.locks = map[string]memLock{}
	}
	key := platform + "/" + workspace
	if l, ok := s.locks[key]; ok && l.owner != owner && l.until.After(feedMillis(now)) {
		return false, nil
	}
	s.locks[key] = memLock{owner: owner, until: feedMillis(until)}
	return true, nil
}

// UnlockStories implements FeedStore.
func (m *MemStore) UnlockStories(ctx context.Context, platform, workspace, owner string) error {
	if err := m.lock(ctx); err != nil {
		return err
	}
	defer m.mu.Unlock()
	s := m.feeds()
	key := platform + "/" + workspace
	if l, ok := s.locks[key]; ok && l.owner == owner {
		delete(s.locks, key)
	}
	return nil
}

// PurgeStories implements FeedStore.
func (m *MemStore) PurgeStories(ctx context.Context, before time.Time) (int, error) {
	if err := m.lock(ctx); err != nil {
		return 0, err
	}
	defer m.mu.Unlock()
	s := m.feeds()
	before = feedMillis(before)
	n := len(s.stories)
	s.stories = slices.DeleteFunc(s.stories, func(r memStory) bool { return r.s.At.Before(before) })
	return n - len(s.stories), nil
}

// Stories implements FeedStore. Stories drafted at the same millisecond
// come last added first.
func (m *MemStore) Stories(ctx context.Context, platform, workspace string, since time.Time) ([]Story, error) {
	if err := m.lock(ctx); err != nil {
		return nil, err
	}
	defer m.mu.Unlock()
	since = feedMillis(since)
	var rows []memStory
	for _, r := range m.feeds().stories {
		if r.s.Platform == platform && r.s.Workspace == workspace && !r.s.At.Before(since) {
			rows = append(rows, r)
		}
	}
	slices.SortFunc(rows, func(a, b memStory) int {
		if c := b.s.At.Compare(a.s.At); c != 0 {
			return c
		}
		return cmp.Compare(b.seq, a.seq)
	})
	out := make([]Story, len(rows))
	for i, r := range rows {
		out[i] = r.s
		out[i].Print = slices.Clone(r.s.Print)
	}
	return out, nil
}
