package postgres

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgtype"

	"github.com/briefbot/briefbot/bot"
)

// keepPosts is how long a subscription's post records are kept, in days.
const keepPosts = 35

// claimSQL claims due posts in one statement. The due subscriptions are
// locked with SKIP LOCKED, so replicas claiming at the same moment take
// different ones instead of queueing; the insert's unique key, and its ON
// CONFLICT condition re-checked on the latest row, are what make the claim
// exclusive: a post row is taken over only while unfinished with its lease
// run out.
var claimSQL = `WITH due AS (
	SELECT s.id, s.next_date, s.next_at
	FROM ` + joinNext + `
	WHERE s.platform = $1 AND s.paused = '' AND s.next_at <= $2
	  AND (p.subscription_id IS NULL OR (p.state IN ('pending', 'sending') AND p.lease_until <= $2))
	ORDER BY s.next_at, s.id
	LIMIT $5
	FOR UPDATE OF s SKIP LOCKED
), claimed AS (
	INSERT INTO posts AS p (subscription_id, local_date, due_at, state, owner, lease_until, claimed_at)
	SELECT id, next_date, next_at, 'pending', $3, $4, $2 FROM due
	ON CONFLICT (subscription_id, local_date) DO UPDATE
		SET owner = excluded.owner, lease_until = excluded.lease_until, claimed_at = excluded.claimed_at
		WHERE p.state IN ('pending', 'sending') AND p.lease_until <= $2
	RETURNING p.subscription_id, p.local_date, p.due_at, p.state, p.attempts
)
SELECT ` + claimedColumns + `, c.local_date, c.due_at, c.state, c.attempts
FROM claimed c JOIN subscriptions s ON s.id = c.subscription_id
ORDER BY s.next_at, s.id`

// claimedColumns are subColumns for a claimed subscription: its next post
// is claimed by definition (and the statement cannot see its own insert).
var claimedColumns = strings.Replace(subColumns, "p.subscription_id IS NOT NULL", "true", 1)

// ClaimDue implements bot.Store.
func (s *Store) ClaimDue(ctx context.Context, q bot.ClaimQuery) ([]bot.Claim, error) {
	if q.Limit <= 0 {
		return nil, nil
	}
	rows, err := s.pool.Query(ctx, claimSQL, q.Platform, ts(q.Now), q.Owner, ts(q.Until), q.Limit)
	if err != nil {
		return nil, fmt.Errorf("postgres: claim: %w", err)
	}
	defer rows.Close()
	var out []bot.Claim
	for rows.Next() {
		var (
			c        bot.Claim
			due      pgtype.Timestamptz
			state    string
			attempts int32
		)
		sub, err := scanSub(rows, &c.Date, &due, &state, &attempts)
		if err != nil {
			return nil, fmt.Errorf("postgres: claim: %w", err)
		}
		sub.NextClaimed = true
		c.Sub, c.Due, c.Owner, c.Attempts = sub, fromTS(due), q.Owner, int(attempts)
		c.WasSending = bot.PostState(state) == bot.PostSending
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("postgres: claim: %w", err)
	}
	return out, nil
}

// NextDue implements bot.Store.
func (s *Store) NextDue(ctx context.Context, platform string) (time.Time, bool, error) {
	var at pgtype.Timestamptz
	err := s.pool.QueryRow(ctx, `SELECT MIN(CASE WHEN p.subscription_id IS NULL THEN s.next_at ELSE p.lease_until END)
		FROM `+joinNext+`
		WHERE s.platform = $1 AND s.paused = '' AND (p.subscription_id IS NULL OR p.state IN ('pending', 'sending'))`, platform).Scan(&at)
	if err != nil {
		return time.Time{}, false, fmt.Errorf("postgres: next due: %w", err)
	}
	return fromTS(at), at.Valid, nil
}

// Sending implements bot.Store.
func (s *Store) Sending(ctx context.Context, c bot.Claim, until time.Time) error {
	tag, err := s.pool.Exec(ctx, `UPDATE posts SET state = 'sending', lease_until = $1
		WHERE subscription_id = $2 AND local_date = $3 AND owner = $4 AND state = 'pending'`,
		ts(until), c.Sub.ID, c.Date, c.Owner)
	return affected("sending", tag, err)
}

// Release implements bot.Store.
func (s *Store) Release(ctx context.Context, c bot.Claim, until time.Time, attempts int, detail string) error {
	tag, err := s.pool.Exec(ctx, `UPDATE posts SET state = 'pending', owner = '', lease_until = $1, attempts = $2, detail = $3
		WHERE subscription_id = $4 AND local_date = $5 AND owner = $6 AND state IN ('pending', 'sending')`,
		ts(until), attempts, detail, c.Sub.ID, c.Date, c.Owner)
	return affected("release", tag, err)
}

// affected turns "no row matched" into bot.ErrClaimLost.
func affected(op string, tag pgconn.CommandTag, err error) error {
	if err != nil {
		return fmt.Errorf("postgres: %s: %w", op, err)
	}
	if tag.RowsAffected() == 0 {
		return bot.ErrClaimLost
	}
	return nil
}

// Finish implements bot.Store. It locks the subscription before the post,
// the order UpdateChannel and ClaimDue take them in, so the three cannot
// deadlock.
func (s *Store) Finish(ctx context.Context, c bot.Claim, o bot.Outcome) error {
	if !o.State.Final() {
		return fmt.Errorf("%w: %q is not how a post ends", bot.ErrInvalid, o.State)
	}
	errLost := bot.ErrClaimLost
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		var one int
		if err := tx.QueryRow(ctx, `SELECT 1 FROM subscriptions WHERE id = $1 FOR UPDATE`, c.Sub.ID).Scan(&one); err == pgx.ErrNoRows {
			return errLost
		} else if err != nil {
			return err
		}
		tag, err := tx.Exec(ctx, `UPDATE posts SET state = $1, detail = $2, quote_id = $3, finished_at = $4
			WHERE subscription_id = $5 AND local_date = $6 AND owner = $7 AND state IN ('pending', 'sending')`,
			string(o.State), o.Detail, o.QuoteID, ts(o.At), c.Sub.ID, c.Date, c.Owner)
		if err != nil {
			return err
		}
		if tag.RowsAffected() == 0 {
			return errLost
		}
		args := []any{c.Date, string(o.State), o.Detail, ts(o.At)}
		set := []string{"last_date = $1", "last_state = $2", "last_detail = $3", "last_at = $4"}
		add := func(expr string, vs ...any) {
			for _, v := range vs {
				args = append(args, v)
				expr = strings.Replace(expr, "?", fmt.Sprintf("$%d", len(args)), 1)
			}
			set = append(set, expr)
		}
		if o.State == bot.PostSent {
			add("last_posted = ?", ts(o.At))
			add("seen_date = ?", ts(o.Seen.Date))
			add("seen_ids = ?", jsonList(o.Seen.IDs))
		}
		if o.Pause {
			add("paused = ?", o.Detail)
		}
		// A schedule changed since the claim has moved next_date on: it wins.
		add("next_at = CASE WHEN next_date = ? THEN ? ELSE next_at END", c.Date, ts(o.Next))
		add("next_date = CASE WHEN next_date = ? THEN ? ELSE next_date END", c.Date, o.NextDate)
		args = append(args, c.Sub.ID)
		if _, err := tx.Exec(ctx, `UPDATE subscriptions SET `+strings.Join(set, ", ")+fmt.Sprintf(` WHERE id = $%d`, len(args)), args...); err != nil {
			return err
		}
		if o.QuoteID != "" {
			if _, err := tx.Exec(ctx, `INSERT INTO quote_history (subscription_id, quote_id, used_at) VALUES ($1, $2, $3)
				ON CONFLICT (subscription_id, quote_id) DO UPDATE SET used_at = excluded.used_at`, c.Sub.ID, o.QuoteID, ts(o.At)); err != nil {
				return err
			}
		}
		if old, err := time.Parse(bot.DateLayout, c.Date); err == nil {
			cutoff := old.AddDate(0, 0, -keepPosts).Format(bot.DateLayout)
			if _, err := tx.Exec(ctx, `DELETE FROM posts WHERE subscription_id = $1 AND local_date < $2`, c.Sub.ID, cutoff); err != nil {
				return err
			}
		}
		return nil
	})
	switch {
	case err == errLost:
		return bot.ErrClaimLost
	case err != nil:
		return fmt.Errorf("postgres: finish: %w", err)
	}
	return nil
}
