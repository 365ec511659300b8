package postgres

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgtype"

	"github.com/briefbot/briefbot/adapters/internal/storyprint"
	"github.com/briefbot/briefbot/bot"
)

var _ bot.FeedStore = (*Store)(nil)

const feedColumns = `id, platform, workspace, channel, url, title, topics, created_by, created_by_name, created_at,
	etag, last_modified, next_at, last_fetch, last_ok, last_error, item_error, item_error_at,
	failures, notified, primed, drafts`

// tsAt stores a time that is never NULL: the zero time is -infinity,
// before every other. fromTS reads it back as the zero time.
func tsAt(t time.Time) pgtype.Timestamptz {
	if t.IsZero() {
		return pgtype.Timestamptz{InfinityModifier: pgtype.NegativeInfinity, Valid: true}
	}
	return ts(t)
}

func scanFeed(r pgx.Row) (bot.Feed, error) {
	var (
		f                                             bot.Feed
		topics                                        []byte
		failures, drafts                              int32
		created, next, lastFetch, lastOK, itemErrorAt pgtype.Timestamptz
	)
	if err := r.Scan(&f.ID, &f.Platform, &f.Workspace, &f.Channel, &f.URL, &f.Title, &topics, &f.By, &f.ByName, &created,
		&f.ETag, &f.LastModified, &next, &lastFetch, &lastOK, &f.LastError, &f.ItemError, &itemErrorAt,
		&failures, &f.Notified, &f.Primed, &drafts); err != nil {
		return f, err
	}
	if err := json.Unmarshal(topics, &f.Topics); err != nil {
		return f, fmt.Errorf("feed %d: topics: %w", f.ID, err)
	}
	if len(f.Topics) == 0 {
		f.Topics = nil
	}
	f.Failures, f.Drafts = int(failures), int(drafts)
	f.At, f.Next, f.LastFetch, f.LastOK, f.ItemErrorAt = fromTS(created), fromTS(next), fromTS(lastFetch), fromTS(lastOK), fromTS(itemErrorAt)
	return f, nil
}

func (s *Store) feeds(ctx context.Context, q string, args ...any) ([]bot.Feed, error) {
	rows, err := s.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []bot.Feed
	for rows.Next() {
		f, err := scanFeed(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// AddFeed implements bot.FeedStore.
func (s *Store) AddFeed(ctx context.Context, f bot.Feed) (bot.Feed, error) {
	got, err := scanFeed(s.pool.QueryRow(ctx, `INSERT INTO feeds (platform, workspace, channel, url, title, topics,
		created_by, created_by_name, created_at, etag, last_modified, next_at, last_fetch, last_ok, last_error,
		item_error, item_error_at, failures, notified, primed, drafts)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)
		ON CONFLICT (platform, workspace, channel, url) DO NOTHING
		RETURNING `+feedColumns,
		f.Platform, f.Workspace, f.Channel, f.URL, f.Title, jsonList(f.Topics), f.By, f.ByName, tsAt(f.At),
		f.ETag, f.LastModified, tsAt(f.Next), ts(f.LastFetch), ts(f.LastOK), f.LastError,
		f.ItemError, ts(f.ItemErrorAt), f.Failures, f.Notified, f.Primed, f.Drafts))
	if errors.Is(err, pgx.ErrNoRows) {
		return bot.Feed{}, bot.ErrFeedExists
	}
	if err != nil {
		return bot.Feed{}, fmt.Errorf("postgres: add feed %s: %w", f.URL, err)
	}
	return got, nil
}

// Feed implements bot.FeedStore.
func (s *Store) Feed(ctx context.Context, id int64) (bot.Feed, error) {
	f, err := scanFeed(s.pool.QueryRow(ctx, `SELECT `+feedColumns+` FROM feeds WHERE id = $1`, id))
	if errors.Is(err, pgx.ErrNoRows) {
		return bot.Feed{}, bot.ErrNoFeed
	}
	if err != nil {
		return bot.Feed{}, fmt.Errorf("postgres: feed %d: %w", id, err)
	}
	return f, nil
}

// ChannelFeeds implements bot.FeedStore.
func (s *Store) ChannelFeeds(ctx context.Context, platform, workspace, channel string) ([]bot.Feed, error) {
	out, err := s.feeds(ctx, `SELECT `+feedColumns+` FROM feeds
		WHERE platform = $1 AND workspace = $2 AND channel = $3 ORDER BY id`, platform, workspace, channel)
	if err != nil {
		return nil, fmt.Errorf("postgres: feeds of %s/%s/%s: %w", platform, workspace, channel, err)
	}
	return out, nil
}

// RemoveFeed implements bot.FeedStore. Its items go with it (ON DELETE
// CASCADE).
func (s *Store) RemoveFeed(ctx context.Context, id int64) error {
	tag, err := s.pool.Exec(ctx, `DELETE FROM feeds WHERE id = $1`, id)
	if err != nil {
		return fmt.Errorf("postgres: remove feed %d: %w", id, err)
	}
	if tag.RowsAffected() == 0 {
		return bot.ErrNoFeed
	}
	return nil
}

// claimFeedsSQL claims due feeds in one statement. The due feeds are
// locked with SKIP LOCKED, so replicas claiming at the same moment take
// different ones instead of queueing; a feed another replica claimed and
// committed after this statement began is re-checked on its latest row
// and left out, its lease now running.
const claimFeedsSQL = `WITH due AS (
	SELECT id FROM feeds
	WHERE next_at <= $1 AND (lease_until IS NULL OR lease_until <= $1)
	ORDER BY next_at, id
	LIMIT $4
	FOR UPDATE SKIP LOCKED
)
UPDATE feeds f SET owner = $2, lease_until = $3
FROM due WHERE f.id = due.id
RETURNING ` + `f.id, f.platform, f.workspace, f.channel, f.url, f.title, f.topics, f.created_by, f.created_by_name,
	f.created_at, f.etag, f.last_modified, f.next_at, f.last_fetch, f.last_ok, f.last_error, f.item_error,
	f.item_error_at, f.failures, f.notified, f.primed, f.drafts`

// ClaimFeeds implements bot.FeedStore.
func (s *Store) ClaimFeeds(ctx context.Context, owner string, now, until time.Time, limit int) ([]bot.Feed, error) {
	if limit <= 0 {
		return nil, nil
	}
	out, err := s.feeds(ctx, claimFeedsSQL, ts(now), owner, ts(until), limit)
	if err != nil {
		return nil, fmt.Errorf("postgres: claim feeds: %w", err)
	}
	// RETURNING promises no order: longest overdue first, as promised.
	slices.SortFunc(out, func(a, b bot.Feed) int {
		if c := a.Next.Compare(b.Next); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	return out, nil
}

// SaveFetch implements bot.FeedStore: one update, conditional on owner.
// It writes the feed's Title too, which a fetch may change.
func (s *Store) SaveFetch(ctx context.Context, owner string, f bot.Feed) error {
	tag, err := s.pool.Exec(ctx, `UPDATE feeds SET title = $1, etag = $2, last_modified = $3, next_at = $4,
		last_fetch = $5, last_ok = $6, last_error = $7, item_error = $8, item_error_at = $9, failures = $10,
		notified = $11, primed = $12, drafts = $13, owner = '', lease_until = NULL
		WHERE id = $14 AND owner = $15 AND owner <> ''`,
		f.Title, f.ETag, f.LastModified, tsAt(f.Next), ts(f.LastFetch), ts(f.LastOK), f.LastError, f.ItemError,
		ts(f.ItemErrorAt), f.Failures, f.Notified, f.Primed, f.Drafts, f.ID, owner)
	if err != nil {
		return fmt.Errorf("postgres: save fetch of feed %d: %w", f.ID, err)
	}
	if tag.RowsAffected() == 0 {
		return bot.ErrFeedLost
	}
	return nil
}

// SeeItem implements bot.FeedStore: the insert of the (feed, key) row, or
// the update that takes back an item RetryItem handed back (once its wait
// is over), is the decision. Racing statements on one key wait for the
// first to commit; the others then find the row there and no longer
// handed back, and change nothing, so exactly one caller is first.
func (s *Store) SeeItem(ctx context.Context, feed int64, key string, at time.Time) (bool, error) {
	tag, err := s.pool.Exec(ctx, `INSERT INTO feed_items (feed_id, key, seen_at)
		SELECT id, $2, $3 FROM feeds WHERE id = $1
		ON CONFLICT (feed_id, key) DO UPDATE SET retry = false
		WHERE feed_items.retry AND feed_items.retry_at <= excluded.seen_at`, feed, key, tsAt(at))
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "23503" { // foreign_key_violation: removed meanwhile
		return false, bot.ErrNoFeed
	}
	if err != nil {
		return false, fmt.Errorf("postgres: see item of feed %d: %w", feed, err)
	}
	if tag.RowsAffected() == 1 {
		return true, nil
	}
	// Seen before, or no such feed: the rarer answer costs a second read.
	var exists bool
	if err := s.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM feeds WHERE id = $1)`, feed).Scan(&exists); err != nil {
		return false, fmt.Errorf("postgres: see item of feed %d: %w", feed, err)
	}
	if !exists {
		return false, bot.ErrNoFeed
	}
	return false, nil
}

// UnseenItems implements bot.FeedStore in one query whatever the number of
// keys: they go in as one array. The rows read are the keys not seen and
// those handed back, with the time each of the latter still waits until
// (NULL when due).
func (s *Store) UnseenItems(ctx context.Context, feed int64, keys []string, now time.Time) ([]string, time.Time, error) {
	if len(keys) == 0 {
		return nil, time.Time{}, nil
	}
	rows, err := s.pool.Query(ctx, `SELECT u.k, CASE WHEN i.retry_at > $3 THEN i.retry_at END
		FROM unnest($2::text[]) WITH ORDINALITY AS u (k, n)
		LEFT JOIN feed_items i ON i.feed_id = $1 AND i.key = u.k
		WHERE i.key IS NULL OR i.retry
		ORDER BY u.n`, feed, keys, tsAt(now))
	if err != nil {
		return nil, time.Time{}, fmt.Errorf("postgres: unseen items of feed %d: %w", feed, err)
	}
	var (
		out     []string
		waiting time.Time
	)
	var (
		k     string
		until pgtype.Timestamptz
	)
	_, err = pgx.ForEachRow(rows, []any{&k, &until}, func() error {
		if !until.Valid {
			out = append(out, k)
		} else if at := fromTS(until); waiting.IsZero() || at.Before(waiting) {
			waiting = at
		}
		return nil
	})
	if err != nil {
		return nil, time.Time{}, fmt.Errorf("postgres: unseen items of feed %d: %w", feed, err)
	}
	return out, waiting, nil
}

// RetryItem implements bot.FeedStore: one conditional update, which
// racing callers make one at a time. The time the item waits until is
// until's element at the number of times it was handed back before
// (arrays count from 1); the item's link, title and published time are
// kept for DueItems.
func (s *Store) RetryItem(ctx context.Context, feed int64, it bot.FeedItem, until []time.Time) (bool, error) {
	ats := make([]pgtype.Timestamptz, len(until))
	for i, t := range until {
		ats[i] = tsAt(t)
	}
	tag, err := s.pool.Exec(ctx, `UPDATE feed_items SET retry = true, retries = retries + 1,
		retry_at = ($3::timestamptz[])[retries + 1], link = $4, title = $5, published = $6
		WHERE feed_id = $1 AND key = $2 AND NOT retry AND retries < cardinality($3::timestamptz[])`,
		feed, it.Key, ats, it.Link, it.Title, ts(it.Published))
	if err != nil {
		return false, fmt.Errorf("postgres: retry item of feed %d: %w", feed, err)
	}
	return tag.RowsAffected() == 1, nil
}

// DueItems implements bot.FeedStore, reading the feed's items handed back
// through the feed_items_due index.
func (s *Store) DueItems(ctx context.Context, feed int64, now time.Time, limit int) ([]bot.FeedItem, error) {
	if limit <= 0 {
		return nil, nil
	}
	rows, err := s.pool.Query(ctx, `SELECT key, link, title, published FROM feed_items
		WHERE feed_id = $1 AND retry AND retry_at <= $2 AND link <> ''
		ORDER BY retry_at, key LIMIT $3`, feed, tsAt(now), limit)
	if err != nil {
		return nil, fmt.Errorf("postgres: due items of feed %d: %w", feed, err)
	}
	var (
		out       []bot.FeedItem
		it        bot.FeedItem
		published pgtype.Timestamptz
	)
	_, err = pgx.ForEachRow(rows, []any{&it.Key, &it.Link, &it.Title, &published}, func() error {
		it.Published = fromTS(published)
		out = append(out, it)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("postgres: due items of feed %d: %w", feed, err)
	}
	return out, nil
}

// AddStory implements bot.FeedStore.
func (s *Store) AddStory(ctx context.Context, st bot.Story) error {
	if _, err := s.pool.Exec(ctx, `INSERT INTO stories (platform, workspace, draft, channel, card, print, at)
		VALUES ($1, $2, $3, $4, $5, $6, $7)`, st.Platform, st.Workspace, st.Draft, st.Channel, st.Card, storyprint.Encode(st.Print), tsAt(st.At)); err != nil {
		return fmt.Errorf("postgres: add story of draft %d: %w", st.Draft, err)
	}
	return nil
}

// LockStories implements bot.FeedStore in one upsert: the row is taken
// when it is free, its lease ended, or owner already holds it.
func (s *Store) LockStories(ctx context.Context, platform, workspace, owner string, now, until time.Time) (bool, error) {
	tag, err := s.pool.Exec(ctx, `INSERT INTO story_locks (platform, workspace, owner, lease_until) VALUES ($1, $2, $3, $4)
		ON CONFLICT (platform, workspace) DO UPDATE SET owner = excluded.owner, lease_until = excluded.lease_until
		WHERE story_locks.lease_until <= $5 OR story_locks.owner = excluded.owner`,
		platform, workspace, owner, tsAt(until), tsAt(now))
	if err != nil {
		return false, fmt.Errorf("postgres: lock the stories of %s/%s: %w", platform, workspace, err)
	}
	return tag.RowsAffected() == 1, nil
}

// UnlockStories implements bot.FeedStore.
func (s *Store) UnlockStories(ctx context.Context, platform, workspace, owner string) error {
	if _, err := s.pool.Exec(ctx, `DELETE FROM story_locks WHERE platform = $1 AND workspace = $2 AND owner = $3`,
		platform, workspace, owner); err != nil {
		return fmt.Errorf("postgres: unlock the stories of %s/%s: %w", platform, workspace, err)
	}
	return nil
}

// PurgeStories implements bot.FeedStore.
func (s *Store) PurgeStories(ctx context.Context, before time.Time) (int, error) {
	tag, err := s.pool.Exec(ctx, `DELETE FROM stories WHERE at < $1`, tsAt(before))
	if err != nil {
		return 0, fmt.Errorf("postgres: purge stories: %w", err)
	}
	return int(tag.RowsAffected()), nil
}

// Stories implements bot.FeedStore. Stories of the same millisecond come
// last added first.
func (s *Store) Stories(ctx context.Context, platform, workspace string, since time.Time) ([]bot.Story, error) {
	rows, err := s.pool.Query(ctx, `SELECT platform, workspace, draft, channel, card, print, at FROM stories
		WHERE platform = $1 AND workspace = $2 AND at >= $3 ORDER BY at DESC, id DESC`, platform, workspace, tsAt(since))
	if err != nil {
		return nil, fmt.Errorf("postgres: stories of %s/%s: %w", platform, workspace, err)
	}
	defer rows.Close()
	var out []bot.Story
	for rows.Next() {
		var (
			st  bot.Story
			raw []byte
			at  pgtype.Timestamptz
		)
		if err := rows.Scan(&st.Platform, &st.Workspace, &st.Draft, &st.Channel, &st.Card, &raw, &at); err != nil {
			return nil, fmt.Errorf("postgres: stories of %s/%s: %w", platform, workspace, err)
		}
		if st.Print, err = storyprint.Decode(raw); err != nil {
			return nil, fmt.Errorf("postgres: story of draft %d: %w", st.Draft, err)
		}
		st.At = fromTS(at)
		out = append(out, st)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("postgres: stories of %s/%s: %w", platform, workspace, err)
	}
	return out, nil
}
