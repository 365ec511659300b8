package postgres

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"

	"github.com/briefbot/briefbot/adapters/internal/registry"
	"github.com/briefbot/briefbot/bot"
)

var _ bot.ContentStore = (*Store)(nil)

// notifyChannel is the LISTEN/NOTIFY channel of content changes. Its
// payload is the schema written to, so that bots sharing a database in
// different schemas ignore each other's changes.
const notifyChannel = "briefbot_content"

// DefaultFallback is how often Watch reads the sequence number in case a
// notification was lost (the listening connection dropped, and nothing
// said so), when Store.Fallback is zero. A reconnect reads it at once.
const DefaultFallback = 10 * time.Second

// watchers are the channels of Watch.
type watchers struct {
	mu sync.Mutex
	ch []chan struct{}
}

func (w *watchers) add(ch chan struct{}) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.ch = append(w.ch, ch)
}

func (w *watchers) remove(ch chan struct{}) {
	w.mu.Lock()
	defer w.mu.Unlock()
	for i, c := range w.ch {
		if c == ch {
			w.ch = append(w.ch[:i], w.ch[i+1:]...)
			return
		}
	}
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

func scanVersion(r pgx.Row) (bot.Version, error) {
	var v bot.Version
	var state string
	var version, base int32
	var at, updated pgtype.Timestamptz
	if err := r.Scan(&v.ID, &version, &state, &v.Text, &v.Key, &v.By, &at, &base, &v.Reason, &updated, &v.Seq); err != nil {
		return v, err
	}
	v.Version, v.Base = int(version), int(base)
	v.State, v.At, v.Updated = bot.VersionState(state), fromTS(at), fromTS(updated)
	return v, nil
}

func versions(ctx context.Context, q querier, query string, args ...any) ([]bot.Version, error) {
	rows, err := q.Query(ctx, query, args...)
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
	rows, err := q.Query(ctx, `SELECT kind, entry, by_who, at, seq FROM registry_entries
		WHERE seq > $1 AND seq <= $2 ORDER BY seq, kind DESC, entry_id`, after, upTo)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var kind, doc, by string
		var at pgtype.Timestamptz
		var seq int64
		if err := rows.Scan(&kind, &doc, &by, &at, &seq); err != nil {
			return nil, nil, err
		}
		e, err := registry.Decode(kind, doc)
		if err != nil {
			return nil, nil, err
		}
		e.By, e.At, e.Seq = by, fromTS(at), seq
		if e.Speaker != nil {
			ss = append(ss, e)
		} else {
			ts = append(ts, e)
		}
	}
	return ss, ts, rows.Err()
}

type rowQuerier interface {
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

func readSeq(ctx context.Context, q rowQuerier) (int64, error) {
	var n int64
	err := q.QueryRow(ctx, `SELECT seq FROM content_state WHERE id = 1`).Scan(&n)
	return n, err
}

// Snapshot implements bot.ContentStore. A write moves the sequence number
// in the transaction that writes its rows, holding the number's row lock
// until it commits, so the rows numbered up to the number read first are
// the content as of that number.
func (s *Store) Snapshot(ctx context.Context) (bot.Content, error) {
	seq, err := readSeq(ctx, s.pool)
	if err != nil {
		return bot.Content{}, fmt.Errorf("postgres: published briefings: %w", err)
	}
	c := bot.Content{Seq: seq}
	c.Versions, err = versions(ctx, s.pool, `SELECT DISTINCT ON (briefing_id) `+versionColumns+` FROM briefing_versions
		WHERE seq <= $1 ORDER BY briefing_id, version DESC`, seq)
	if err == nil {
		published := c.Versions[:0]
		for _, v := range c.Versions {
			if v.State == bot.StatePublished {
				published = append(published, v)
			}
		}
		c.Versions = published
		c.Speakers, c.Topics, err = entries(ctx, s.pool, 0, seq)
	}
	if err != nil {
		return bot.Content{}, fmt.Errorf("postgres: published briefings: %w", err)
	}
	if len(c.Versions) == 0 {
		c.Versions = nil
	}
	return c, nil
}

// Registry implements bot.ContentStore.
func (s *Store) Registry(ctx context.Context) (bot.Content, error) {
	seq, err := readSeq(ctx, s.pool)
	if err != nil {
		return bot.Content{}, fmt.Errorf("postgres: registry: %w", err)
	}
	c := bot.Content{Seq: seq}
	if c.Speakers, c.Topics, err = entries(ctx, s.pool, 0, seq); err != nil {
		return bot.Content{}, fmt.Errorf("postgres: registry: %w", err)
	}
	return c, nil
}

// Changes implements bot.ContentStore.
func (s *Store) Changes(ctx context.Context, after int64) (bot.Content, error) {
	seq, err := readSeq(ctx, s.pool)
	if err != nil {
		return bot.Content{}, fmt.Errorf("postgres: changes: %w", err)
	}
	c := bot.Content{Seq: max(seq, after)}
	if seq <= after {
		return c, nil
	}
	c.Versions, err = versions(ctx, s.pool, `SELECT `+versionColumns+` FROM briefing_versions
		WHERE seq > $1 AND seq <= $2 ORDER BY seq, briefing_id`, after, seq)
	if err == nil {
		c.Speakers, c.Topics, err = entries(ctx, s.pool, after, seq)
	}
	if err != nil {
		return bot.Content{}, fmt.Errorf("postgres: changes: %w", err)
	}
	return c, nil
}

// Watch implements bot.ContentStore. It listens for the notifications
// every write sends, on a connection of its own (reconnecting, with
// backoff, when it drops), and reads the sequence number every Fallback
// in case one was lost; this process's own writes signal at once.
func (s *Store) Watch(ctx context.Context) <-chan struct{} {
	ch := make(chan struct{}, 1)
	s.watch.add(ch)
	signal := func() {
		select {
		case ch <- struct{}{}:
		default:
		}
	}
	last, err := readSeq(ctx, s.pool)
	if err != nil {
		last = -1 // unknown: the first reading that works signals
	}
	go func() {
		defer s.watch.remove(ch)
		s.listen(ctx, signal)
	}()
	go s.fallback(ctx, signal, last)
	return ch
}

// listen holds a LISTEN connection until ctx ends.
func (s *Store) listen(ctx context.Context, signal func()) {
	wait := time.Second
	for ctx.Err() == nil {
		err := s.listenOnce(ctx, signal)
		if ctx.Err() != nil {
			return
		}
		s.logger().Warn("content notifications: connection lost; reconnecting", "err", err, "in", wait)
		signal() // changes may have been missed while it was down
		select {
		case <-ctx.Done():
			return
		case <-time.After(wait):
		}
		wait = min(2*wait, 30*time.Second)
	}
}

func (s *Store) listenOnce(ctx context.Context, signal func()) error {
	conn, err := pgx.ConnectConfig(ctx, s.cfg.ConnConfig.Copy())
	if err != nil {
		return err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	var schema string
	if err := conn.QueryRow(ctx, `SELECT current_schema()`).Scan(&schema); err != nil {
		return err
	}
	if _, err := conn.Exec(ctx, `LISTEN `+notifyChannel); err != nil {
		return err
	}
	signal() // anything written before LISTEN took effect
	s.setListening(conn.PgConn().PID())
	defer s.setListening(0)
	for {
		n, err := conn.WaitForNotification(ctx)
		if err != nil {
			return err
		}
		if n.Payload == schema {
			signal()
		}
	}
}

// fallback reads the sequence number every Fallback, and signals when it
// moved from last.
func (s *Store) fallback(ctx context.Context, signal func(), last int64) {
	every := s.Fallback
	if every <= 0 {
		every = DefaultFallback
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		n, err := readSeq(ctx, s.pool)
		if err == nil && n != last {
			last = n
			signal()
		}
	}
}

func (s *Store) setListening(pid uint32) {
	s.listenMu.Lock()
	defer s.listenMu.Unlock()
	s.listenPID = pid
}

// ListeningPID returns the server process id of the connection Watch
// listens on, or 0; once it is set, Watch has signalled for what was
// written before it listened. Tests end the connection to see Watch
// recover.
func (s *Store) ListeningPID() uint32 {
	s.listenMu.Lock()
	defer s.listenMu.Unlock()
	return s.listenPID
}

func (s *Store) logger() *slog.Logger {
	if s.Logger != nil {
		return s.Logger
	}
	return slog.New(slog.DiscardHandler)
}

func current(ctx context.Context, tx pgx.Tx, id string) (bot.Version, bool, error) {
	v, err := scanVersion(tx.QueryRow(ctx, `SELECT `+versionColumns+` FROM briefing_versions
		WHERE briefing_id = $1 ORDER BY version DESC LIMIT 1`, id))
	if errors.Is(err, pgx.ErrNoRows) {
		return v, false, nil
	}
	return v, err == nil, err
}

// addEntry adds a registry entry unless it is held already, refusing one
// that would rename or merge another.
func addEntry(ctx context.Context, tx pgx.Tx, e bot.RegistryEntry, by string, at time.Time, seq int64) (bool, error) {
	kind, id, doc := registry.Encode(e)
	var old string
	err := tx.QueryRow(ctx, `SELECT entry FROM registry_entries WHERE kind = $1 AND entry_id = $2`, kind, id).Scan(&old)
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
	case !errors.Is(err, pgx.ErrNoRows):
		return false, err
	}
	names := e.Names()
	var owner string
	err = tx.QueryRow(ctx, `SELECT name, entry_id FROM registry_names WHERE kind = $1 AND name = ANY($2) ORDER BY array_position($2, name) LIMIT 1`,
		kind, names).Scan(&old, &owner)
	if err == nil {
		return false, &bot.RegistryConflictError{Kind: kind, ID: id, Name: old, Owner: owner}
	}
	if !errors.Is(err, pgx.ErrNoRows) {
		return false, err
	}
	if _, err := tx.Exec(ctx, `INSERT INTO registry_entries (kind, entry_id, entry, by_who, at, seq) VALUES ($1, $2, $3, $4, $5, $6)`,
		kind, id, doc, by, ts(at), seq); err != nil {
		return false, err
	}
	if _, err := tx.Exec(ctx, `INSERT INTO registry_names (kind, name, entry_id) SELECT $1, n, $2 FROM unnest($3::text[]) AS n`, kind, id, names); err != nil {
		return false, err
	}
	return true, nil
}

func insertVersion(ctx context.Context, tx pgx.Tx, v bot.Version) error {
	_, err := tx.Exec(ctx, `INSERT INTO briefing_versions (`+versionColumns+`) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
		v.ID, int32(v.Version), string(v.State), v.Text, v.Key, v.By, ts(v.At), int32(v.Base), v.Reason, ts(v.Updated), v.Seq)
	return err
}

// lockContent takes the content's row lock, which serialises every writer
// in every replica, and returns the sequence number.
func lockContent(ctx context.Context, tx pgx.Tx) (int64, error) {
	var n int64
	err := tx.QueryRow(ctx, `SELECT seq FROM content_state WHERE id = 1 FOR UPDATE`).Scan(&n)
	return n, err
}

// moveSeq records a write: the new sequence number, and the notification
// replicas listen for (sent when the transaction commits).
func moveSeq(ctx context.Context, tx pgx.Tx, seq int64) error {
	if _, err := tx.Exec(ctx, `UPDATE content_state SET seq = $1 WHERE id = 1`, seq); err != nil {
		return err
	}
	_, err := tx.Exec(ctx, `SELECT pg_notify($1, current_schema())`, notifyChannel)
	return err
}

// Publish implements bot.ContentStore.
func (s *Store) Publish(ctx context.Context, b bot.Batch) ([]bot.Published, error) {
	if err := bot.CheckBatch(b); err != nil {
		return nil, err
	}
	var out []bot.Published
	var refused error
	wrote := false
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		seq, err := lockContent(ctx, tx)
		if err != nil {
			return err
		}
		seq++
		at := b.At.UTC().Truncate(time.Millisecond)
		for _, e := range registry.Entries(b) {
			added, err := addEntry(ctx, tx, e, b.By, at, seq)
			if err != nil {
				refused = err
				return err
			}
			wrote = wrote || added
		}
		out = make([]bot.Published, len(b.Briefings))
		for i, p := range b.Briefings {
			cur, ok, err := current(ctx, tx, p.ID)
			if err != nil {
				return err
			}
			if ok && cur.State == bot.StatePublished && cur.Key == p.Key {
				out[i] = bot.Published{Version: cur, Unchanged: true}
				continue
			}
			if err := conflict(p.ID, p.Base, cur, ok); err != nil {
				refused = err
				return err
			}
			v := bot.Version{ID: p.ID, Version: cur.Version + 1, State: bot.StatePublished, Text: p.Text, Key: p.Key, By: b.By, At: at,
				Base: cur.Version, Updated: p.Updated.UTC().Truncate(time.Millisecond), Seq: seq}
			if err := insertVersion(ctx, tx, v); err != nil {
				return err
			}
			out[i] = bot.Published{Version: v}
			wrote = true
		}
		if !wrote {
			return nil
		}
		return moveSeq(ctx, tx, seq)
	})
	var re *bot.RegistryConflictError
	if refused != nil && errors.As(refused, &re) {
		return nil, refused
	}
	var ce *bot.ConflictError
	if refused != nil && errors.As(refused, &ce) {
		return nil, refused
	}
	if err != nil {
		return nil, fmt.Errorf("postgres: publish: %w", err)
	}
	if wrote {
		s.watch.signal()
	}
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
	var v bot.Version
	var refused error
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		seq, err := lockContent(ctx, tx)
		if err != nil {
			return err
		}
		cur, ok, err := current(ctx, tx, r.ID)
		switch {
		case err != nil:
			return err
		case !ok:
			refused = bot.ErrNoBriefing
			return refused
		}
		base := r.Version
		if base == 0 {
			base = cur.Version
		}
		if cur.State == bot.StateRetracted {
			refused = &bot.ConflictError{ID: r.ID, Base: base, Current: cur.Version, State: cur.State, By: cur.By, At: cur.At}
			return refused
		}
		if refused = conflict(r.ID, base, cur, true); refused != nil {
			return refused
		}
		v = bot.Version{ID: r.ID, Version: cur.Version + 1, State: bot.StateRetracted, Text: cur.Text, Key: cur.Key, By: r.By,
			At: r.At.UTC().Truncate(time.Millisecond), Base: cur.Version, Reason: r.Reason, Seq: seq + 1}
		if err := insertVersion(ctx, tx, v); err != nil {
			return err
		}
		return moveSeq(ctx, tx, v.Seq)
	})
	if refused != nil {
		return bot.Version{}, refused
	}
	if err != nil {
		return bot.Version{}, fmt.Errorf("postgres: retract %s: %w", r.ID, err)
	}
	s.watch.signal()
	return v, nil
}

// History implements bot.ContentStore.
func (s *Store) History(ctx context.Context, id string) ([]bot.Version, error) {
	out, err := versions(ctx, s.pool, `SELECT `+versionColumns+` FROM briefing_versions WHERE briefing_id = $1 ORDER BY version`, id)
	if err != nil {
		return nil, fmt.Errorf("postgres: history of %s: %w", id, err)
	}
	return out, nil
}

// Current implements bot.ContentStore.
func (s *Store) Current(ctx context.Context, ids []string) (map[string]bot.Version, error) {
	vs, err := versions(ctx, s.pool, `SELECT DISTINCT ON (briefing_id) `+versionColumns+` FROM briefing_versions
		WHERE briefing_id = ANY($1) ORDER BY briefing_id, version DESC`, ids)
	if err != nil {
		return nil, fmt.Errorf("postgres: current versions: %w", err)
	}
	out := make(map[string]bot.Version, len(vs))
	for _, v := range vs {
		out[v.ID] = v
	}
	return out, nil
}
