// Package sqlite is the default subscription store: one SQLite file, in WAL
// mode, through the pure-Go driver modernc.org/sqlite (no cgo), so the bot
// needs no database service. It serves one process; several replicas share
// PostgreSQL instead (adapters/postgres).
package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"modernc.org/sqlite" // registers the "sqlite" driver
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/briefbot/briefbot/bot"
)

// Store is a bot.Store and a bot.ContentStore in a SQLite file. It is safe
// for concurrent use, and other processes may use the same file (briefbot
// publish does, while the bot runs).
type Store struct {
	db *sql.DB
	// Poll is how often Watch looks for other processes' writes; zero
	// means DefaultPoll. Set it before calling Watch.
	Poll  time.Duration
	watch watchers
}

var _ bot.Store = (*Store)(nil)

// Ping checks that the database file answers a query, for /readyz.
func (s *Store) Ping(ctx context.Context) error {
	var one int
	return s.db.QueryRowContext(ctx, "SELECT 1").Scan(&one)
}

// Open opens the SQLite database at path, creating it if need be, and
// applies the migrations it has not seen.
//
// Writes go through one connection, and every transaction takes the write
// lock when it begins (BEGIN IMMEDIATE): SQLite allows one writer at a
// time, and taking the lock up front means a claim never has to be retried
// halfway. Another process opening the same file waits up to ten seconds
// for the lock.
func Open(ctx context.Context, path string) (*Store, error) {
	if path == "" || strings.ContainsAny(path, "?#") {
		return nil, fmt.Errorf("sqlite: %q is not a usable file name (it may not be empty or hold ? or #)", path)
	}
	dsn := path + "?_busy_timeout=10000&_journal_mode=WAL&_synchronous=NORMAL&_foreign_keys=1&_txlock=immediate"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	db.SetMaxOpenConns(1)
	db.SetConnMaxIdleTime(0)
	// Two processes opening one new file at once race to switch it to WAL,
	// and SQLite answers the loser SQLITE_BUSY at once rather than wait out
	// the busy timeout (waiting could deadlock): try again, for as long as
	// the busy timeout would have waited.
	for deadline := time.Now().Add(openRetry); ; {
		err = db.PingContext(ctx)
		if err != nil {
			err = fmt.Errorf("sqlite: open %s: %w", path, err)
		} else if err = migrate(ctx, db); err != nil {
			err = fmt.Errorf("sqlite: %s: %w", path, err)
		}
		if err == nil || !busy(err) || time.Now().After(deadline) {
			break
		}
		select {
		case <-ctx.Done():
			db.Close()
			return nil, fmt.Errorf("sqlite: open %s: %w", path, ctx.Err())
		case <-time.After(20 * time.Millisecond):
		}
	}
	if err != nil {
		db.Close()
		return nil, err
	}
	return &Store{db: db}, nil
}

// openRetry is how long Open keeps trying a file another process holds
// locked while it sets the file up: the busy timeout's ten seconds.
const openRetry = 10 * time.Second

// busy reports whether err is SQLite's SQLITE_BUSY (or one of its
// extended codes): another connection holds the lock.
func busy(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_BUSY
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// ms stores a time as Unix milliseconds; the zero time is NULL.
func ms(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UnixMilli()
}

func fromMS(v sql.NullInt64) time.Time {
	if !v.Valid {
		return time.Time{}
	}
	return time.UnixMilli(v.Int64).UTC()
}

func jsonList(xs []string) string {
	if xs == nil {
		xs = []string{}
	}
	b, _ := json.Marshal(xs)
	return string(b)
}

// subColumns are the columns scanSub reads, with the claim of the next post
// joined as p.
const subColumns = `s.id, s.platform, s.workspace, s.channel, s.topics, s.at_minute, s.tz, s.skip_empty,
	s.created_by, s.created_at, s.next_at, s.next_date, s.paused, s.last_posted, s.seen_date, s.seen_ids,
	s.last_date, s.last_state, s.last_detail, s.last_at, p.subscription_id IS NOT NULL`

const joinNext = `subscriptions s LEFT JOIN posts p ON p.subscription_id = s.id AND p.local_date = s.next_date`

type scanner interface{ Scan(dest ...any) error }

func scanSub(r scanner, extra ...any) (bot.Subscription, error) {
	var (
		s                                           bot.Subscription
		topics, seenIDs, lastState                  string
		created, next, lastPosted, seenDate, lastAt sql.NullInt64
	)
	dest := append([]any{&s.ID, &s.Platform, &s.Workspace, &s.Channel, &topics, &s.At, &s.TZ, &s.SkipEmpty,
		&s.CreatedBy, &created, &next, &s.NextDate, &s.Paused, &lastPosted, &seenDate, &seenIDs,
		&s.Last.Date, &lastState, &s.Last.Detail, &lastAt, &s.NextClaimed}, extra...)
	if err := r.Scan(dest...); err != nil {
		return s, err
	}
	if err := json.Unmarshal([]byte(topics), &s.Topics); err != nil {
		return s, fmt.Errorf("subscription %d: topics: %w", s.ID, err)
	}
	if err := json.Unmarshal([]byte(seenIDs), &s.Seen.IDs); err != nil {
		return s, fmt.Errorf("subscription %d: seen ids: %w", s.ID, err)
	}
	if len(s.Seen.IDs) == 0 {
		s.Seen.IDs = nil
	}
	s.Created, s.Next, s.LastPosted, s.Seen.Date, s.Last.At = fromMS(created), fromMS(next), fromMS(lastPosted), fromMS(seenDate), fromMS(lastAt)
	s.Last.State = bot.PostState(lastState)
	return s, nil
}

type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

func channelSubs(ctx context.Context, q querier, ch bot.ChannelKey) ([]bot.Subscription, error) {
	rows, err := q.QueryContext(ctx, `SELECT `+subColumns+` FROM `+joinNext+`
		WHERE s.platform = ? AND s.workspace = ? AND s.channel = ? ORDER BY s.id`, ch.Platform, ch.Workspace, ch.Channel)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []bot.Subscription
	for rows.Next() {
		s, err := scanSub(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// Subscriptions implements bot.Store.
func (s *Store) Subscriptions(ctx context.Context, ch bot.ChannelKey) ([]bot.Subscription, error) {
	out, err := channelSubs(ctx, s.db, ch)
	if err != nil {
		return nil, fmt.Errorf("sqlite: subscriptions of %s: %w", ch, err)
	}
	return out, nil
}

// UpdateChannel implements bot.Store. The immediate transaction holds the
// database's write lock while fn runs, which is what keeps claims out.
func (s *Store) UpdateChannel(ctx context.Context, ch bot.ChannelKey, fn func([]bot.Subscription) ([]bot.Subscription, error)) ([]bot.Subscription, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("sqlite: update %s: %w", ch, err)
	}
	defer tx.Rollback()
	cur, err := channelSubs(ctx, tx, ch)
	if err != nil {
		return nil, fmt.Errorf("sqlite: update %s: %w", ch, err)
	}
	given := make([]bot.Subscription, len(cur))
	for i, c := range cur {
		given[i] = c.Clone()
	}
	next, err := fn(given)
	if err != nil {
		return nil, err
	}
	if err := bot.CheckUpdate(ch, cur, next); err != nil {
		return nil, err
	}
	// Inherited quote history is copied before any deletion, which would
	// take the history with the subscription it belonged to.
	keep := map[int64]bool{}
	for _, n := range next {
		keep[n.ID] = true
		id := n.ID
		var err error
		if id == 0 {
			var res sql.Result
			res, err = tx.ExecContext(ctx, `INSERT INTO subscriptions
				(platform, workspace, channel, topics, at_minute, tz, skip_empty, created_by, created_at, next_at, next_date, paused,
				 last_posted, seen_date, seen_ids)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
				ch.Platform, ch.Workspace, ch.Channel, jsonList(n.Topics), int(n.At), n.TZ, n.SkipEmpty,
				n.CreatedBy, ms(n.Created), ms(n.Next), n.NextDate, n.Paused,
				ms(n.LastPosted), ms(n.Seen.Date), jsonList(n.Seen.IDs))
			if err == nil {
				id, err = res.LastInsertId()
			}
		} else {
			_, err = tx.ExecContext(ctx, `UPDATE subscriptions SET topics = ?, at_minute = ?, tz = ?, skip_empty = ?,
				next_at = ?, next_date = ?, paused = ?, last_posted = ?, seen_date = ?, seen_ids = ? WHERE id = ?`,
				jsonList(n.Topics), int(n.At), n.TZ, n.SkipEmpty, ms(n.Next), n.NextDate, n.Paused,
				ms(n.LastPosted), ms(n.Seen.Date), jsonList(n.Seen.IDs), n.ID)
		}
		if err != nil {
			return nil, fmt.Errorf("sqlite: update %s: %w", ch, err)
		}
		for _, from := range n.Inherit {
			if from == id {
				continue
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO quote_history (subscription_id, quote_id, used_at)
				SELECT ?, quote_id, used_at FROM quote_history WHERE subscription_id = ?
				ON CONFLICT (subscription_id, quote_id) DO UPDATE SET used_at = MAX(used_at, excluded.used_at)`, id, from); err != nil {
				return nil, fmt.Errorf("sqlite: update %s: inherit quotes of %d: %w", ch, from, err)
			}
		}
	}
	for _, c := range cur {
		if !keep[c.ID] {
			if _, err := tx.ExecContext(ctx, `DELETE FROM subscriptions WHERE id = ?`, c.ID); err != nil {
				return nil, fmt.Errorf("sqlite: update %s: %w", ch, err)
			}
		}
	}
	out, err := channelSubs(ctx, tx, ch)
	if err != nil {
		return nil, fmt.Errorf("sqlite: update %s: %w", ch, err)
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("sqlite: update %s: %w", ch, err)
	}
	return out, nil
}

// QuoteHistory implements bot.Store.
func (s *Store) QuoteHistory(ctx context.Context, id int64) (map[string]time.Time, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT quote_id, used_at FROM quote_history WHERE subscription_id = ?`, id)
	if err != nil {
		return nil, fmt.Errorf("sqlite: quote history of %d: %w", id, err)
	}
	defer rows.Close()
	out := map[string]time.Time{}
	for rows.Next() {
		var q string
		var at sql.NullInt64
		if err := rows.Scan(&q, &at); err != nil {
			return nil, fmt.Errorf("sqlite: quote history of %d: %w", id, err)
		}
		out[q] = fromMS(at)
	}
	return out, rows.Err()
}
