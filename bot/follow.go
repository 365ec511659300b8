package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"sync"
	"time"

	"github.com/briefbot/briefbot/briefings"
)

// Follower keeps a briefings.Library up to date with a ContentStore: it
// loads what is published once, then applies each change the store
// reports, so every replica serves a publish within moments of it. Changes
// are asked for by sequence number, so a replica that missed signals (a
// lost connection) catches up with all it missed at the next one.
type Follower struct {
	Store   ContentStore
	Library *briefings.Library
	// Logger receives a line per change applied and per problem; nil
	// discards.
	Logger *slog.Logger
	// Clock times the retries after a failed read; nil means SystemClock.
	Clock Clock
	// Retry is how long to wait after a failed read before trying again;
	// zero means 5 seconds.
	Retry time.Duration
	// OnApply, when set, is told what each change applied held: for
	// metrics.
	OnApply func(published, retracted int)

	mu     sync.Mutex // serialises Load and Sync
	seq    int64
	loaded bool
	err    error // why the content could not be read, until it could
}

// ErrContentNotLoaded is what Ready returns before the store's content was
// first read.
var ErrContentNotLoaded = errors.New("the published briefings have not been read from the store yet")

// Load reads everything published and serves it, in place of what the
// library served from the store before. It returns an error when the
// store cannot be read; the problems of briefings that cannot be served
// are logged.
func (f *Follower) Load(ctx context.Context) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.load(ctx)
}

func (f *Follower) load(ctx context.Context) error {
	c, err := f.Store.Snapshot(ctx)
	if err != nil {
		f.err = fmt.Errorf("reading the published briefings: %w", err)
		return f.err
	}
	ps := f.Library.LoadStore(storeUpdate(c, false))
	f.logProblems(ps)
	f.seq, f.loaded, f.err = c.Seq, true, nil
	nb := len(c.Versions)
	f.logger().Info("published briefings loaded", "briefings", nb, "speakers", len(c.Speakers), "topics", len(c.Topics), "seq", c.Seq)
	return nil
}

// Ready returns nil once the store's content has been read, and otherwise
// why not: for /readyz.
func (f *Follower) Ready() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.loaded {
		return nil
	}
	if f.err != nil {
		return f.err
	}
	return ErrContentNotLoaded
}

// Sync applies what changed in the store since the last Load or Sync.
func (f *Follower) Sync(ctx context.Context) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if !f.loaded {
		return f.load(ctx)
	}
	c, err := f.Store.Changes(ctx, f.seq)
	if err != nil {
		return fmt.Errorf("reading changes to the published briefings: %w", err)
	}
	if c.Seq == f.seq && len(c.Versions) == 0 {
		return nil
	}
	start := time.Now()
	u := storeUpdate(c, true)
	ps := f.Library.ApplyStore(u)
	f.logProblems(ps)
	f.seq = c.Seq
	f.logger().Info("published briefings changed", "published", len(u.Published), "retracted", len(u.Retracted),
		"speakers", len(u.Speakers), "topics", len(u.Topics), "seq", c.Seq, "took", time.Since(start))
	if f.OnApply != nil {
		f.OnApply(len(u.Published), len(u.Retracted))
	}
	return nil
}

// Run follows the store until ctx ends: after each signal of its Watch it
// applies the changes. A failed read is logged and tried again after
// Retry. It returns ctx.Err().
func (f *Follower) Run(ctx context.Context) error {
	w := f.Store.Watch(ctx)
	retry := f.Retry
	if retry <= 0 {
		retry = 5 * time.Second
	}
	clock := f.Clock
	if clock == nil {
		clock = SystemClock{}
	}
	failing := false
	for {
		if err := f.Sync(ctx); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if !failing {
				f.logger().Error("the published briefings could not be read; still serving the last ones read", "err", err, "retry", retry)
			}
			failing = true
			if err := sleep(ctx, clock, retry); err != nil {
				return err
			}
			continue
		}
		if failing {
			f.logger().Info("the published briefings can be read again")
			failing = false
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-w:
		}
	}
}

// Seq returns the sequence number of the content being served.
func (f *Follower) Seq() int64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.seq
}

func (f *Follower) logProblems(ps briefings.Problems) {
	for _, p := range ps {
		level := slog.LevelWarn
		if p.Severity == briefings.Error {
			level = slog.LevelError
		}
		f.logger().Log(context.Background(), level, "published briefing problem", "where", p.File, "line", p.Line, "problem", p.Msg)
	}
}

func (f *Follower) logger() *slog.Logger {
	if f.Logger != nil {
		return f.Logger
	}
	return slog.New(slog.DiscardHandler)
}

// ContentUpdate is what a Snapshot gives the library to serve
// (briefings.Library.LoadStore): its registry entries and its published
// briefings.
func ContentUpdate(c Content) briefings.StoreUpdate { return storeUpdate(c, false) }

// storeUpdate turns the store's content, or a change to it (last: the
// latest version of each id decides), into what the library takes.
func storeUpdate(c Content, changes bool) briefings.StoreUpdate {
	var u briefings.StoreUpdate
	for _, e := range c.Speakers {
		u.Speakers = append(u.Speakers, e.Speaker)
	}
	for _, e := range c.Topics {
		u.Topics = append(u.Topics, e.Topic)
	}
	last := map[string]Version{}
	var order []string
	for _, v := range c.Versions {
		if _, ok := last[v.ID]; !ok {
			order = append(order, v.ID)
		}
		last[v.ID] = v
	}
	for _, id := range order {
		v := last[id]
		if v.State == StateRetracted {
			if changes {
				u.Retracted = append(u.Retracted, id)
			}
			continue
		}
		u.Published = append(u.Published, Served(v))
	}
	return u
}

// Served is how the catalog serves a published version: a version that
// counts as an update (it has Updated) carries its number as its
// Revision, so a daily post tells it from the version before.
func Served(v Version) briefings.Published {
	p := briefings.Published{ID: v.ID, Version: v.Version, Text: []byte(v.Text), Updated: v.Updated, By: v.By, At: v.At}
	if !v.Updated.IsZero() {
		p.Revision = strconv.Itoa(v.Version)
	}
	return p
}
