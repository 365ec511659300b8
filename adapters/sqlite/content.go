package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/briefbot/briefbot/adapters/internal/registry"
	"github.com/briefbot/briefbot/bot"
)

var _ bot.ContentStore = (*Store)(nil)

// DefaultPoll is how often Watch looks at the content's sequence number,
// when Store.Poll is zero: another process (briefbot publish) writes to
// the same file, and SQLite tells no one. One single-row read every half
// second costs nothing worth measuring, and a publish is served within it.
const DefaultPoll = 500 * time.Millisecond

// watchers are the channels of Watch, signalled at once on this
// process's own writes.
type watchers struct {
	mu sync.Mutex
	ch []chan struct{}
}

func (w *watchers) signal() {
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, c := range w.ch {
		select {
		case c <- struct{}{}:
		default:
		}
	}
}

const versionColumns = `briefing_id, version, state, body, content_key, by_who, at, base, reason, updated_at, seq`

func scanVersion(r scanner) (bot.Version, error) {
	var v bot.Version
	var state string
	var at, updated sql.NullInt64
	if err := r.Scan(&v.ID, &v.Version, &state, &v.Text, &v.Key, &v.By, &at, &v.Base, &v.Reason, &updated, &v.Seq); err != nil {
		return v, err
	}
	v.State, v.At, v.Updated = bot.VersionState(state), fromMS(at), fromMS(updated)
	return v, nil
}

func versions(ctx context.Context, q querier, query string, args ...any) ([]bot.Version, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []bot.Version
	for rows.Next() {
		v, err := scanVersion(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

func entries(ctx context.Context, q querier, after, upTo int64) (ss, ts []bot.RegistryEntry, err error) {
	rows, err := q.QueryContext(ctx, `SELECT kind, entry, by_who, at, seq FROM registry_entries
		WHERE seq > ? AND seq <= ? ORDER BY seq, kind DESC, entry_id`, after, upTo)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var kind, doc string
		var at sql.NullInt64
		var e bot.RegistryEntry
		var by string
		var seq int64
		if err := rows.Scan(&kind, &doc, &by, &at, &seq); err != nil {
			return nil, nil, err
		}
		if e, err = registry.Decode(kind, doc); err != nil {
			return nil, nil, err
		}
		e.By, e.At, e.Seq = by, fromMS(at), seq
		if e.Speaker != nil {
			ss = append(ss, e)
		} else {
			ts = append(ts, e)
		}
	}
	return ss, ts, rows.Err()
}

func (s *Store) seq(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}) (int64, error) {
	var n int64
	err := q.QueryRowContext(ctx, `SELECT seq FROM content_state WHERE id = 1`).Scan(&n)
	return n, err
}

// Snapshot implements bot.ContentStore. Every write moves the sequence
// number in the transaction that writes its rows, so the rows numbered up
// to the number read first are the content as of that number, without a
// read transaction (which would take the file's write lock).
func (s *Store) Snapshot(ctx context.Context) (bot.Content, error) {
	seq, err := s.seq(ctx, s.db)
	if err != nil {
		return bot.Content{}, fmt.Errorf("sqlite: published briefings: %w", err)
	}
	c := bot.Content{Seq: seq}
	c.Versions, err = versions(ctx, s.db, `SELECT `+versionColumns+` FROM briefing_versions v
		WHERE seq <= ?1 AND state = 'published'
		AND version = (SELECT MAX(version) FROM briefing_versions w WHERE w.briefing_id = v.briefing_id AND w.seq <= ?1)
		ORDER BY briefing_id`, seq)
	if err == nil {
		c.Speakers, c.Topics, err = entries(ctx, s.db, 0, seq)
	}
	if err != nil {
		return bot.Content{}, fmt.Errorf("sqlite: published briefings: %w", err)
	}
	return c, nil
}

// Registry implements bot.ContentStore.
func (s *Store) Registry(ctx context.Context) (bot.Content, error) {
	seq, err := s.seq(ctx, s.db)
	if err != nil {
		return bot.Content{}, fmt.Errorf("sqlite: registry: %w", err)
	}
	c := bot.Content{Seq: seq}
	if c.Speakers, c.Topics, err = entries(ctx, s.db, 0, seq); err != nil {
		return bot.Content{}, fmt.Errorf("sqlite: registry: %w", err)
	}
	return c, nil
}

// Changes implements bot.ContentStore.
func (s *Store) Changes(ctx context.Context, after int64) (bot.Content, error) {
	seq, err := s.seq(ctx, s.db)
	if err != nil {
		return bot.Content{}, fmt.Errorf("sqlite: changes: %w", err)
	}
	c := bot.Content{Seq: max(seq, after)}
	if seq <= after {
		return c, nil
	}
	c.Versions, err = versions(ctx, s.db, `SELECT `+versionColumns+` FROM briefing_versions
		WHERE seq > ? AND seq <= ? ORDER BY seq, briefing_id`, after, seq)
	if err == nil {
		c.Speakers, c.Topics, err = entries(ctx, s.db, after, seq)
	}
	if err != nil {
		return bot.Content{}, fmt.Errorf("sqlite: changes: %w", err)
	}
	return c, nil
}

// Watch implements bot.ContentStore: it reads the sequence number before
// it returns and then every Poll (DefaultPoll when zero), signalling when
// it moved, and signals at once on this process's own writes.
func (s *Store) Watch(ctx context.Context) <-chan struct{} {
	ch := make(chan struct{}, 1)
	s.watch.mu.Lock()
	s.watch.ch = append(s.watch.ch, ch)
	s.watch.mu.Unlock()
	poll := s.Poll
	if poll <= 0 {
		poll = DefaultPoll
	}
	last, err := s.seq(ctx, s.db)
	if err != nil {
		last = -1 // unknown: the first reading that works signals
	}
	go func() {
		defer func() {
			s.watch.mu.Lock()
			defer s.watch.mu.Unlock()
			for i, c := range s.watch.ch {
				if c == ch {
					s.watch.ch = append(s.watch.ch[:i], s.watch.ch[i+1:]...)
					break
				}
			}
		}()
		t := time.NewTicker(poll)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
			n, err := s.seq(ctx, s.db)
			if err != nil || n == last {
				continue
			}
			last = n
			select {
			case ch <- struct{}{}:
			default:
			}
		}
	}()
	return ch
}

func current(ctx context.Context, tx *sql.Tx, id string) (bot.Version, bool, error) {
	v, err := scanVersion(tx.QueryRowContext(ctx, `SELECT `+versionColumns+` FROM briefing_versions
		WHERE briefing_id = ? ORDER BY version DESC LIMIT 1`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return v, false, nil
	}
	return v, err == nil, err
}

// addEntry adds a registry entry unless it is held already, refusing one
// that would rename or merge another.
func addEntry(ctx context.Context, tx *sql.Tx, e bot.RegistryEntry, by string, at time.Time, seq int64) (bool, error) {
	kind, id, doc := registry.Encode(e)
	var old string
	err := tx.QueryRowContext(ctx, `SELECT entry FROM registry_entries WHERE kind = ? AND entry_id = ?`, kind, id).Scan(&old)
	switch {
	case err == nil:
		held, derr := registry.Decode(kind, old)
		if derr != nil {
			return false, derr
		}
		if held.Same(e) {
			return false, nil
		}
		return false, &bot.RegistryConflictError{Kind: kind, ID: id}
	case !errors.Is(err, sql.ErrNoRows):
		return false, err
	}
	names := e.Names()
	for _, n := range names {
		var owner string
		err := tx.QueryRowContext(ctx, `SELECT entry_id FROM registry_names WHERE kind = ? AND name = ?`, kind, n).Scan(&owner)
		if err == nil {
			return false, &bot.RegistryConflictError{Kind: kind, ID: id, Name: n, Owner: owner}
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return false, err
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO registry_entries (kind, entry_id, entry, by_who, at, seq) VALUES (?, ?, ?, ?, ?, ?)`,
		kind, id, doc, by, ms(at), seq); err != nil {
		return false, err
	}
	for _, n := range names {
		if _, err := tx.ExecContext(ctx, `INSERT INTO registry_names (kind, name, entry_id) VALUES (?, ?, ?)`, kind, n, id); err != nil {
			return false, err
		}
	}
	return true, nil
}

func insertVersion(ctx context.Context, tx *sql.Tx, v bot.Version) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO briefing_versions (`+versionColumns+`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		v.ID, v.Version, string(v.State), v.Text, v.Key, v.By, ms(v.At), v.Base, v.Reason, ms(v.Updated), v.Seq)
	return err
}

// Publish implements bot.ContentStore. The immediate transaction holds the
// file's write lock, which serialises every writer, in every process.
func (s *Store) Publish(ctx context.Context, b bot.Batch) ([]bot.Published, error) {
	if err := bot.CheckBatch(b); err != nil {
		return nil, err
	}
	out, err := s.publish(ctx, b)
	var ce *bot.ConflictError
	var re *bot.RegistryConflictError
	if err != nil && !errors.As(err, &ce) && !errors.As(err, &re) {
		return nil, fmt.Errorf("sqlite: publish: %w", err)
	}
	return out, err
}

func (s *Store) publish(ctx context.Context, b bot.Batch) ([]bot.Published, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	seq, err := s.seq(ctx, tx)
	if err != nil {
		return nil, err
	}
	seq++
	at := b.At.UTC().Truncate(time.Millisecond)
	wrote := false
	for _, e := range registry.Entries(b) {
		added, err := addEntry(ctx, tx, e, b.By, at, seq)
		if err != nil {
			return nil, err
		}
		wrote = wrote || added
	}
	out := make([]bot.Published, len(b.Briefings))
	for i, p := range b.Briefings {
		cur, ok, err := current(ctx, tx, p.ID)
		if err != nil {
			return nil, err
		}
		if ok && cur.State == bot.StatePublished && cur.Key == p.Key {
			out[i] = bot.Published{Version: cur, Unchanged: true}
			continue
		}
		if err := conflict(p.ID, p.Base, cur, ok); err != nil {
			return nil, err
		}
		v := bot.Version{ID: p.ID, Version: cur.Version + 1, State: bot.StatePublished, Text: p.Text, Key: p.Key, By: b.By, At: at,
			Base: cur.Version, Updated: p.Updated.UTC().Truncate(time.Millisecond), Seq: seq}
		if err := insertVersion(ctx, tx, v); err != nil {
			return nil, err
		}
		out[i] = bot.Published{Version: v}
		wrote = true
	}
	if !wrote {
		return out, nil
	}
	if _, err := tx.ExecContext(ctx, `UPDATE content_state SET seq = ? WHERE id = 1`, seq); err != nil {
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	s.watch.signal()
	return out, nil
}

// conflict refuses a write based on version base when the current version
// (ok false: none) is another.
func conflict(id string, base int, cur bot.Version, ok bool) error {
	switch {
	case !ok && base == 0, ok && cur.Version == base:
		return nil
	case !ok:
		return &bot.ConflictError{ID: id, Base: base}
	}
	return &bot.ConflictError{ID: id, Base: base, Current: cur.Version, State: cur.State, By: cur.By, At: cur.At}
}

// Retract implements bot.ContentStore.
func (s *Store) Retract(ctx context.Context, r bot.Retraction) (bot.Version, error) {
	v, err := s.retract(ctx, r)
	var ce *bot.ConflictError
	if err != nil && !errors.Is(err, bot.ErrNoBriefing) && !errors.As(err, &ce) {
		return v, fmt.Errorf("sqlite: retract %s: %w", r.ID, err)
	}
	return v, err
}

func (s *Store) retract(ctx context.Context, r bot.Retraction) (bot.Version, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return bot.Version{}, err
	}
	defer tx.Rollback()
	cur, ok, err := current(ctx, tx, r.ID)
	switch {
	case err != nil:
		return bot.Version{}, err
	case !ok:
		return bot.Version{}, bot.ErrNoBriefing
	}
	base := r.Version
	if base == 0 {
		base = cur.Version
	}
	if cur.State == bot.StateRetracted {
		return bot.Version{}, &bot.ConflictError{ID: r.ID, Base: base, Current: cur.Version, State: cur.State, By: cur.By, At: cur.At}
	}
	if err := conflict(r.ID, base, cur, true); err != nil {
		return bot.Version{}, err
	}
	seq, err := s.seq(ctx, tx)
	if err != nil {
		return bot.Version{}, err
	}
	v := bot.Version{ID: r.ID, Version: cur.Version + 1, State: bot.StateRetracted, Text: cur.Text, Key: cur.Key, By: r.By,
		At: r.At.UTC().Truncate(time.Millisecond), Base: cur.Version, Reason: r.Reason, Seq: seq + 1}
	if err := insertVersion(ctx, tx, v); err != nil {
		return bot.Version{}, err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE content_state SET seq = ? WHERE id = 1`, v.Seq); err != nil {
		return bot.Version{}, err
	}
	if err := tx.Commit(); err != nil {
		return bot.Version{}, err
	}
	s.watch.signal()
	return v, nil
}

// History implements bot.ContentStore.
func (s *Store) History(ctx context.Context, id string) ([]bot.Version, error) {
	out, err := versions(ctx, s.db, `SELECT `+versionColumns+` FROM briefing_versions WHERE briefing_id = ? ORDER BY version`, id)
	if err != nil {
		return nil, fmt.Errorf("sqlite: history of %s: %w", id, err)
	}
	return out, nil
}

// Current implements bot.ContentStore.
func (s *Store) Current(ctx context.Context, ids []string) (map[string]bot.Version, error) {
	out := map[string]bot.Version{}
	for _, id := range ids {
		vs, err := versions(ctx, s.db, `SELECT `+versionColumns+` FROM briefing_versions WHERE briefing_id = ? ORDER BY version DESC LIMIT 1`, id)
		if err != nil {
			return nil, fmt.Errorf("sqlite: current version of %s: %w", id, err)
		}
		if len(vs) == 1 {
			out[id] = vs[0]
		}
	}
	return out, nil
}
