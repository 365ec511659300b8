package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/briefbot/briefbot/adapters/internal/storyprint"
	"github.com/briefbot/briefbot/bot"
)

var _ bot.FeedStore = (*Store)(nil)

const feedColumns = `id, platform, workspace, channel, url, title, topics, created_by, created_by_name, created_at,
	etag, last_modified, next_at, last_fetch, last_ok, last_error, item_error, item_error_at,
	failures, notified, primed, drafts`

// atMS stores a time that is never NULL: the zero time is the smallest
// integer, before every other.
func atMS(t time.Time) int64 {
	if t.IsZero() {
		return math.MinInt64
	}
	return t.UnixMilli()
}

func fromAtMS(v int64) time.Time {
	if v == math.MinInt64 {
		return time.Time{}
	}
	return time.UnixMilli(v).UTC()
}

func scanFeed(r scanner) (bot.Feed, error) {
	var (
		f                            bot.Feed
		topics                       string
		created, next                int64
		lastFetch, lastOK, itemErrAt sql.NullInt64
	)
	if err := r.Scan(&f.ID, &f.Platform, &f.Workspace, &f.Channel, &f.URL, &f.Title, &topics, &f.By, &f.ByName, &created,
		&f.ETag, &f.LastModified, &next, &lastFetch, &lastOK, &f.LastError, &f.ItemError, &itemErrAt,
		&f.Failures, &f.Notified, &f.Primed, &f.Drafts); err != nil {
		return f, err
	}
	if err := json.Unmarshal([]byte(topics), &f.Topics); err != nil {
		return f, fmt.Errorf("feed %d: topics: %w", f.ID, err)
	}
	if len(f.Topics) == 0 {
		f.Topics = nil
	}
	f.At, f.Next = fromAtMS(created), fromAtMS(next)
	f.LastFetch, f.LastOK, f.ItemErrorAt = fromMS(lastFetch), fromMS(lastOK), fromMS(itemErrAt)
	return f, nil
}

func (s *Store) feeds(ctx context.Context, q string, args ...any) ([]bot.Feed, error) {
	rows, err := s.db.QueryContext(ctx, q, args...)
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
	got, err := scanFeed(s.db.QueryRowContext(ctx, `INSERT INTO feeds (platform, workspace, channel, url, title, topics,
		created_by, created_by_name, created_at, etag, last_modified, next_at, last_fetch, last_ok, last_error,
		item_error, item_error_at, failures, notified, primed, drafts)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (platform, workspace, channel, url) DO NOTHING
		RETURNING `+feedColumns,
		f.Platform, f.Workspace, f.Channel, f.URL, f.Title, jsonList(f.Topics), f.By, f.ByName, atMS(f.At),
		f.ETag, f.LastModified, atMS(f.Next), ms(f.LastFetch), ms(f.LastOK), f.LastError,
		f.ItemError, ms(f.ItemErrorAt), f.Failures, f.Notified, f.Primed, f.Drafts))
	if errors.Is(err, sql.ErrNoRows) {
		return bot.Feed{}, bot.ErrFeedExists
	}
	if err != nil {
		return bot.Feed{}, fmt.Errorf("sqlite: add feed %s: %w", f.URL, err)
	}
	return got, nil
}

// Feed implements bot.FeedStore.
func (s *Store) Feed(ctx context.Context, id int64) (bot.Feed, error) {
	f, err := scanFeed(s.db.QueryRowContext(ctx, `SELECT `+feedColumns+` FROM feeds WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return bot.Feed{}, bot.ErrNoFeed
	}
	if err != nil {
		return bot.Feed{}, fmt.Errorf("sqlite: feed %d: %w", id, err)
	}
	return f, nil
}

// ChannelFeeds implements bot.FeedStore.
func (s *Store) ChannelFeeds(ctx context.Context, platform, workspace, channel string) ([]bot.Feed, error) {
	out, err := s.feeds(ctx, `SELECT `+feedColumns+` FROM feeds
		WHERE platform = ? AND workspace = ? AND channel = ? ORDER BY id`, platform, workspace, channel)
	if err != nil {
		return nil, fmt.Errorf("sqlite: feeds of %s/%s/%s: %w", platform, workspace, channel, err)
	}
	return out, nil
}

// RemoveFeed implements bot.FeedStore. Its items go with it (ON DELETE
// CASCADE; Open turns foreign keys on).
func (s *Store) RemoveFeed(ctx context.Context, id int64) error {
	res, err := s.db.ExecContext(ctx, `DELETE FROM feeds WHERE id = ?`, id)
	if err != nil {
		return fmt.Errorf("sqlite: remove feed %d: %w", id, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("sqlite: remove feed %d: %w", id, err)
	} else if n == 0 {
		return bot.ErrNoFeed
	}
	return nil
}

// ClaimFeeds implements bot.FeedStore: one statement, which SQLite's
// single writer makes atomic, so no other caller can take a feed between
// the look and the claim.
func (s *Store) ClaimFeeds(ctx context.Context, owner string, now, until time.Time, limit int) ([]bot.Feed, error) {
	if limit <= 0 {
		return nil, nil
	}
	n := now.UnixMilli()
	out, err := s.feeds(ctx, `UPDATE feeds SET owner = ?, lease_until = ?
		WHERE id IN (SELECT id FROM feeds WHERE next_at <= ? AND lease_until <= ? ORDER BY next_at, id LIMIT ?)
		RETURNING `+feedColumns, owner, until.UnixMilli(), n, n, limit)
	if err != nil {
		return nil, fmt.Errorf("sqlite: claim feeds: %w", err)
	}
	sortFeeds(out)
	return out, nil
}

// sortFeeds orders claimed feeds as ClaimFeeds promises, longest overdue
// first: RETURNING promises no order.
func sortFeeds(fs []bot.Feed) {
	slices.SortFunc(fs, func(a, b bot.Feed) int {
		if c := a.Next.Compare(b.Next); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
}

// SaveFetch implements bot.FeedStore: one update, conditional on owner.
// It writes the feed's Title too, which a fetch may change.
func (s *Store) SaveFetch(ctx context.Context, owner string, f bot.Feed) error {
	res, err := s.db.ExecContext(ctx, `UPDATE feeds SET title = ?, etag = ?, last_modified = ?, next_at = ?,
		last_fetch = ?, last_ok = ?, last_error = ?, item_error = ?, item_error_at = ?, failures = ?, notified = ?,
		primed = ?, drafts = ?, owner = '', lease_until = 0
		WHERE id = ? AND owner = ? AND owner <> ''`,
		f.Title, f.ETag, f.LastModified, atMS(f.Next), ms(f.LastFetch), ms(f.LastOK), f.LastError, f.ItemError,
		ms(f.ItemErrorAt), f.Failures, f.Notified, f.Primed, f.Drafts, f.ID, owner)
	if err != nil {
		return fmt.Errorf("sqlite: save fetch of feed %d: %w", f.ID, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("sqlite: save fetch of feed %d: %w", f.ID, err)
	} else if n == 0 {
		return bot.ErrFeedLost
	}
	return nil
}

// SeeItem implements bot.FeedStore: the insert of the (feed, key) row, or
// the update that takes back an item RetryItem handed back (once its wait
// is over), is the decision, and only one caller's statement changes the
// row.
func (s *Store) SeeItem(ctx context.Context, feed int64, key string, at time.Time) (bool, error) {
	res, err := s.db.ExecContext(ctx, `INSERT INTO feed_items (feed_id, key, seen_at)
		SELECT id, ?, ? FROM feeds WHERE id = ?
		ON CONFLICT (feed_id, key) DO UPDATE SET retry = 0 WHERE feed_items.retry = 1 AND feed_items.retry_at <= ?`,
		key, atMS(at), feed, atMS(at))
	if err != nil {
		return false, fmt.Errorf("sqlite: see item of feed %d: %w", feed, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("sqlite: see item of feed %d: %w", feed, err)
	}
	if n == 1 {
		return true, nil
	}
	// Seen before, or no such feed: the rarer answer costs a second read.
	var exists bool
	if err := s.db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM feeds WHERE id = ?)`, feed).Scan(&exists); err != nil {
		return false, fmt.Errorf("sqlite: see item of feed %d: %w", feed, err)
	}
	if !exists {
		return false, bot.ErrNoFeed
	}
	return false, nil
}

// UnseenItems implements bot.FeedStore in one query whatever the number of
// keys: they go in as one JSON array, not one placeholder each. The rows
// read are the keys not seen and those handed back, with the time each of
// the latter still waits until (NULL when due).
func (s *Store) UnseenItems(ctx context.Context, feed int64, keys []string, now time.Time) ([]string, time.Time, error) {
	if len(keys) == 0 {
		return nil, time.Time{}, nil
	}
	list, err := json.Marshal(keys)
	if err != nil {
		return nil, time.Time{}, fmt.Errorf("sqlite: unseen items of feed %d: %w", feed, err)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT k.value, CASE WHEN i.retry_at > ? THEN i.retry_at END FROM json_each(?) k
		LEFT JOIN feed_items i ON i.feed_id = ? AND i.key = k.value
		WHERE i.key IS NULL OR i.retry = 1`, atMS(now), string(list), feed)
	if err != nil {
		return nil, time.Time{}, fmt.Errorf("sqlite: unseen items of feed %d: %w", feed, err)
	}
	defer rows.Close()
	var waiting time.Time
	unseen := map[string]bool{}
	for rows.Next() {
		var (
			k     string
			until sql.NullInt64
		)
		if err := rows.Scan(&k, &until); err != nil {
			return nil, time.Time{}, fmt.Errorf("sqlite: unseen items of feed %d: %w", feed, err)
		}
		if !until.Valid {
			unseen[k] = true
		} else if at := fromAtMS(until.Int64); waiting.IsZero() || at.Before(waiting) {
			waiting = at
		}
	}
	if err := rows.Err(); err != nil {
		return nil, time.Time{}, fmt.Errorf("sqlite: unseen items of feed %d: %w", feed, err)
	}
	if len(unseen) == 0 {
		return nil, waiting, nil
	}
	// In the order given, without asking SQLite to sort.
	out := make([]string, 0, len(unseen))
	for _, k := range keys {
		if unseen[k] {
			out = append(out, k)
		}
	}
	return out, waiting, nil
}

// RetryItem implements bot.FeedStore: one conditional update, which takes
// the time the item waits until from the JSON array of until (Unix
// milliseconds) at the index of the times it was handed back before, and
// keeps the item's link, title and published time for DueItems.
func (s *Store) RetryItem(ctx context.Context, feed int64, it bot.FeedItem, until []time.Time) (bool, error) {
	ats := make([]int64, len(until))
	for i, t := range until {
		ats[i] = atMS(t)
	}
	list, err := json.Marshal(ats)
	if err != nil {
		return false, fmt.Errorf("sqlite: retry item of feed %d: %w", feed, err)
	}
	res, err := s.db.ExecContext(ctx, `UPDATE feed_items SET retry = 1, retries = retries + 1,
		retry_at = json_extract(?, '$[' || retries || ']'), link = ?, title = ?, published = ?
		WHERE feed_id = ? AND key = ? AND retry = 0 AND retries < json_array_length(?)`,
		string(list), it.Link, it.Title, ms(it.Published), feed, it.Key, string(list))
	if err != nil {
		return false, fmt.Errorf("sqlite: retry item of feed %d: %w", feed, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("sqlite: retry item of feed %d: %w", feed, err)
	}
	return n == 1, nil
}

// DueItems implements bot.FeedStore, reading the feed's items handed back
// through the feed_items_due index.
func (s *Store) DueItems(ctx context.Context, feed int64, now time.Time, limit int) ([]bot.FeedItem, error) {
	if limit <= 0 {
		return nil, nil
	}
	rows, err := s.db.QueryContext(ctx, `SELECT key, link, title, published FROM feed_items
		WHERE feed_id = ? AND retry = 1 AND retry_at <= ? AND link <> ''
		ORDER BY retry_at, key LIMIT ?`, feed, atMS(now), limit)
	if err != nil {
		return nil, fmt.Errorf("sqlite: due items of feed %d: %w", feed, err)
	}
	defer rows.Close()
	var out []bot.FeedItem
	for rows.Next() {
		var (
			it        bot.FeedItem
			published sql.NullInt64
		)
		if err := rows.Scan(&it.Key, &it.Link, &it.Title, &published); err != nil {
			return nil, fmt.Errorf("sqlite: due items of feed %d: %w", feed, err)
		}
		it.Published = fromMS(published)
		out = append(out, it)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: due items of feed %d: %w", feed, err)
	}
	return out, nil
}

// AddStory implements bot.FeedStore.
func (s *Store) AddStory(ctx context.Context, st bot.Story) error {
	if _, err := s.db.ExecContext(ctx, `INSERT INTO stories (platform, workspace, draft, channel, card, print, at)
		VALUES (?, ?, ?, ?, ?, ?, ?)`, st.Platform, st.Workspace, st.Draft, st.Channel, st.Card, storyprint.Encode(st.Print), atMS(st.At)); err != nil {
		return fmt.Errorf("sqlite: add story of draft %d: %w", st.Draft, err)
	}
	return nil
}

// LockStories implements bot.FeedStore in one upsert: the row is taken
// when it is free, its lease ended, or owner already holds it.
func (s *Store) LockStories(ctx context.Context, platform, workspace, owner string, now, until time.Time) (bool, error) {
	res, err := s.db.ExecContext(ctx, `INSERT INTO story_locks (platform, workspace, owner, lease_until) VALUES (?, ?, ?, ?)
		ON CONFLICT (platform, workspace) DO UPDATE SET owner = excluded.owner, lease_until = excluded.lease_until
		WHERE story_locks.lease_until <= ? OR story_locks.owner = excluded.owner`,
		platform, workspace, owner, atMS(until), atMS(now))
	if err != nil {
		return false, fmt.Errorf("sqlite: lock the stories of %s/%s: %w", platform, workspace, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("sqlite: lock the stories of %s/%s: %w", platform, workspace, err)
	}
	return n == 1, nil
}

// UnlockStories implements bot.FeedStore.
func (s *Store) UnlockStories(ctx context.Context, platform, workspace, owner string) error {
	if _, err := s.db.ExecContext(ctx, `DELETE FROM story_locks WHERE platform = ? AND workspace = ? AND owner = ?`,
		platform, workspace, owner); err != nil {
		return fmt.Errorf("sqlite: unlock the stories of %s/%s: %w", platform, workspace, err)
	}
	return nil
}

// PurgeStories implements bot.FeedStore.
func (s *Store) PurgeStories(ctx context.Context, before time.Time) (int, error) {
	res, err := s.db.ExecContext(ctx, `DELETE FROM stories WHERE at < ?`, atMS(before))
	if err != nil {
		return 0, fmt.Errorf("sqlite: purge stories: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return 0, fmt.Errorf("sqlite: purge stories: %w", err)
	}
	return int(n), nil
}

// Stories implements bot.FeedStore. Stories of the same millisecond come
// last added first.
func (s *Store) Stories(ctx context.Context, platform, workspace string, since time.Time) ([]bot.Story, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT platform, workspace, draft, channel, card, print, at FROM stories
		WHERE platform = ? AND workspace = ? AND at >= ? ORDER BY at DESC, id DESC`, platform, workspace, atMS(since))
	if err != nil {
		return nil, fmt.Errorf("sqlite: stories of %s/%s: %w", platform, workspace, err)
	}
	defer rows.Close()
	var out []bot.Story
	for rows.Next() {
		var (
			st  bot.Story
			raw []byte
			at  int64
		)
		if err := rows.Scan(&st.Platform, &st.Workspace, &st.Draft, &st.Channel, &st.Card, &raw, &at); err != nil {
			return nil, fmt.Errorf("sqlite: stories of %s/%s: %w", platform, workspace, err)
		}
		if st.Print, err = storyprint.Decode(raw); err != nil {
			return nil, fmt.Errorf("sqlite: story of draft %d: %w", st.Draft, err)
		}
		st.At = fromAtMS(at)
		out = append(out, st)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: stories of %s/%s: %w", platform, workspace, err)
	}
	return out, nil
}
