// Package postgres is the subscription store several replicas share. Each
// daily post is claimed under a unique (subscription, local date) key with
// INSERT … ON CONFLICT, and due subscriptions are picked with FOR UPDATE
// SKIP LOCKED, so replicas split a busy minute between them and never post
// the same day twice.
package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/briefbot/briefbot/bot"
)

// Store is a bot.Store and a bot.ContentStore in PostgreSQL. It is safe for
// concurrent use, by goroutines and by processes.
type Store struct {
	pool *pgxpool.Pool
	cfg  *pgxpool.Config

	// Fallback is how often Watch reads the content's sequence number
	// beside listening for notifications; zero means DefaultFallback. Set
	// it before calling Watch.
	Fallback time.Duration
	// Logger receives a line when Watch's connection drops; nil discards.
	Logger *slog.Logger

	watch     watchers
	listenMu  sync.Mutex
	listenPID uint32
}

var _ bot.Store = (*Store)(nil)

// Ping checks that the database answers, for /readyz.
func (s *Store) Ping(ctx context.Context) error { return s.pool.Ping(ctx) }

// DefaultConnectTimeout bounds each new connection (DNS, TCP, TLS and the
// start-up exchange) when the URL sets no connect_timeout (or sets 0,
// which to pgx means waiting for ever). Without it, a database host that
// drops packets would hold start-up, and every command's first connection,
// until the operating system gives up, minutes later.
const DefaultConnectTimeout = 5 * time.Second

// Open connects to the database at url (postgres://user:password@host/db),
// and applies the migrations it has not seen. Errors never repeat the
// password. A connect_timeout in the URL (seconds) overrides
// DefaultConnectTimeout.
func Open(ctx context.Context, url string) (*Store, error) {
	cfg, err := parseConfig(url)
	if err != nil {
		return nil, err
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("postgres: %w", err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres: connect to %s:%d: %w", cfg.ConnConfig.Host, cfg.ConnConfig.Port, err)
	}
	if err := migrate(ctx, pool); err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres: %w", err)
	}
	return &Store{pool: pool, cfg: cfg}, nil
}

// parseConfig reads the URL, with briefbot's defaults for what it leaves
// out.
func parseConfig(url string) (*pgxpool.Config, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, errors.New("postgres: the URL does not parse; expected postgres://user:password@host:5432/dbname")
	}
	if cfg.ConnConfig.RuntimeParams["application_name"] == "" {
		cfg.ConnConfig.RuntimeParams["application_name"] = "briefbot"
	}
	if cfg.ConnConfig.ConnectTimeout <= 0 {
		cfg.ConnConfig.ConnectTimeout = DefaultConnectTimeout
	}
	return cfg, nil
}

// Close closes the connections once they are returned.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}

// ts stores a time to the millisecond; the zero time is NULL.
func ts(t time.Time) pgtype.Timestamptz {
	if t.IsZero() {
		return pgtype.Timestamptz{}
	}
	return pgtype.Timestamptz{Time: t.UTC().Truncate(time.Millisecond), Valid: true}
}

func fromTS(v pgtype.Timestamptz) time.Time {
	if !v.Valid {
		return time.Time{}
	}
	return v.Time.UTC()
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

func scanSub(r pgx.Row, extra ...any) (bot.Subscription, error) {
	var (
		s                                           bot.Subscription
		at                                          int32
		topics, seenIDs, lastState                  string
		created, next, lastPosted, seenDate, lastAt pgtype.Timestamptz
	)
	dest := append([]any{&s.ID, &s.Platform, &s.Workspace, &s.Channel, &topics, &at, &s.TZ, &s.SkipEmpty,
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
	s.At = bot.TimeOfDay(at)
	s.Created, s.Next, s.LastPosted, s.Seen.Date, s.Last.At = fromTS(created), fromTS(next), fromTS(lastPosted), fromTS(seenDate), fromTS(lastAt)
	s.Last.State = bot.PostState(lastState)
	return s, nil
}

type querier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
}

func channelSubs(ctx context.Context, q querier, ch bot.ChannelKey, lock string) ([]bot.Subscription, error) {
	rows, err := q.Query(ctx, `SELECT `+subColumns+` FROM `+joinNext+`
		WHERE s.platform = $1 AND s.workspace = $2 AND s.channel = $3 ORDER BY s.id `+lock, ch.Platform, ch.Workspace, ch.Channel)
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
	out, err := channelSubs(ctx, s.pool, ch, "")
	if err != nil {
		return nil, fmt.Errorf("postgres: subscriptions of %s: %w", ch, err)
	}
	return out, nil
}

// UpdateChannel implements bot.Store. An advisory lock on the channel
// serialises updates to it (even of a channel with no rows yet), and the
// row locks on its subscriptions keep ClaimDue off them (it skips locked
// rows) until the update commits.
func (s *Store) UpdateChannel(ctx context.Context, ch bot.ChannelKey, fn func([]bot.Subscription) ([]bot.Subscription, error)) ([]bot.Subscription, error) {
	var out []bot.Subscription
	var fnErr error
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`,
			ch.Platform+"\x1f"+ch.Workspace+"\x1f"+ch.Channel); err != nil {
			return err
		}
		cur, err := channelSubs(ctx, tx, ch, "FOR UPDATE OF s")
		if err != nil {
			return err
		}
		given := make([]bot.Subscription, len(cur))
		for i, c := range cur {
			given[i] = c.Clone()
		}
		next, err := fn(given)
		if err == nil {
			err = bot.CheckUpdate(ch, cur, next)
		}
		if err != nil {
			fnErr = err
			return err
		}
		// Inherited quote history is copied before any deletion, which
		// would take the history with the subscription it belonged to.
		keep := map[int64]bool{}
		for _, n := range next {
			keep[n.ID] = true
			id := n.ID
			var err error
			if id == 0 {
				err = tx.QueryRow(ctx, `INSERT INTO subscriptions
					(platform, workspace, channel, topics, at_minute, tz, skip_empty, created_by, created_at, next_at, next_date, paused,
					 last_posted, seen_date, seen_ids)
					VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id`,
					ch.Platform, ch.Workspace, ch.Channel, jsonList(n.Topics), int32(n.At), n.TZ, n.SkipEmpty,
					n.CreatedBy, ts(n.Created), ts(n.Next), n.NextDate, n.Paused,
					ts(n.LastPosted), ts(n.Seen.Date), jsonList(n.Seen.IDs)).Scan(&id)
			} else {
				_, err = tx.Exec(ctx, `UPDATE subscriptions SET topics = $1, at_minute = $2, tz = $3, skip_empty = $4,
					next_at = $5, next_date = $6, paused = $7, last_posted = $8, seen_date = $9, seen_ids = $10 WHERE id = $11`,
					jsonList(n.Topics), int32(n.At), n.TZ, n.SkipEmpty, ts(n.Next), n.NextDate, n.Paused,
					ts(n.LastPosted), ts(n.Seen.Date), jsonList(n.Seen.IDs), n.ID)
			}
			if err != nil {
				return err
			}
			var from []int64
			for _, f := range n.Inherit {
				if f != id {
					from = append(from, f)
				}
			}
			if len(from) > 0 {
				if _, err := tx.Exec(ctx, `INSERT INTO quote_history (subscription_id, quote_id, used_at)
					SELECT $1, quote_id, MAX(used_at) FROM quote_history WHERE subscription_id = ANY($2) GROUP BY quote_id
					ON CONFLICT (subscription_id, quote_id) DO UPDATE SET used_at = GREATEST(quote_history.used_at, excluded.used_at)`,
					id, from); err != nil {
					return fmt.Errorf("inherit quotes of %v: %w", from, err)
				}
			}
		}
		var gone []int64
		for _, c := range cur {
			if !keep[c.ID] {
				gone = append(gone, c.ID)
			}
		}
		if len(gone) > 0 {
			if _, err := tx.Exec(ctx, `DELETE FROM subscriptions WHERE id = ANY($1)`, gone); err != nil {
				return err
			}
		}
		out, err = channelSubs(ctx, tx, ch, "")
		return err
	})
	if fnErr != nil {
		return nil, fnErr
	}
	if err != nil {
		return nil, fmt.Errorf("postgres: update %s: %w", ch, err)
	}
	return out, nil
}

// QuoteHistory implements bot.Store.
func (s *Store) QuoteHistory(ctx context.Context, id int64) (map[string]time.Time, error) {
	rows, err := s.pool.Query(ctx, `SELECT quote_id, used_at FROM quote_history WHERE subscription_id = $1`, id)
	if err != nil {
		return nil, fmt.Errorf("postgres: quote history of %d: %w", id, err)
	}
	defer rows.Close()
	out := map[string]time.Time{}
	for rows.Next() {
		var q string
		var at pgtype.Timestamptz
		if err := rows.Scan(&q, &at); err != nil {
			return nil, fmt.Errorf("postgres: quote history of %d: %w", id, err)
		}
		out[q] = fromTS(at)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("postgres: quote history of %d: %w", id, err)
	}
	return out, nil
}
