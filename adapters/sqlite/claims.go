package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/briefbot/briefbot/bot"
)

// keepPosts is how long a subscription's post records are kept: long
// enough to answer "did today's go out?" across any catch-up window, short
// enough that the table stays the size of a month.
const keepPosts = 35 // days

// ClaimDue implements bot.Store. The immediate transaction holds SQLite's
// single write lock, so no other caller, in this process or another, can
// claim between the look and the claim.
func (s *Store) ClaimDue(ctx context.Context, q bot.ClaimQuery) ([]bot.Claim, error) {
	if q.Limit <= 0 {
		return nil, nil
	}
	now, until := q.Now.UnixMilli(), q.Until.UnixMilli()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("sqlite: claim: %w", err)
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT `+subColumns+`, p.state, p.attempts, p.due_at FROM `+joinNext+`
		WHERE s.platform = ? AND s.paused = '' AND s.next_at <= ?
		  AND (p.subscription_id IS NULL OR (p.state IN ('pending', 'sending') AND p.lease_until <= ?))
		ORDER BY s.next_at, s.id LIMIT ?`, q.Platform, now, now, q.Limit)
	if err != nil {
		return nil, fmt.Errorf("sqlite: claim: %w", err)
	}
	var (
		claims  []bot.Claim
		existed []bool // a post row is there already (a lease ran out)
	)
	for rows.Next() {
		var (
			state    sql.NullString
			attempts sql.NullInt64
			due      sql.NullInt64
		)
		sub, err := scanSub(rows, &state, &attempts, &due)
		if err != nil {
			rows.Close()
			return nil, fmt.Errorf("sqlite: claim: %w", err)
		}
		c := bot.Claim{Sub: sub, Date: sub.NextDate, Due: sub.Next, Owner: q.Owner}
		if sub.NextClaimed {
			c.Due, c.Attempts, c.WasSending = fromMS(due), int(attempts.Int64), bot.PostState(state.String) == bot.PostSending
		}
		existed = append(existed, sub.NextClaimed)
		c.Sub.NextClaimed = true
		claims = append(claims, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: claim: %w", err)
	}
	for i, c := range claims {
		var err error
		if !existed[i] {
			_, err = tx.ExecContext(ctx, `INSERT INTO posts (subscription_id, local_date, due_at, state, owner, lease_until, claimed_at)
				VALUES (?, ?, ?, 'pending', ?, ?, ?)`, c.Sub.ID, c.Date, ms(c.Due), q.Owner, until, now)
		} else {
			_, err = tx.ExecContext(ctx, `UPDATE posts SET owner = ?, lease_until = ?, claimed_at = ?
				WHERE subscription_id = ? AND local_date = ?`, q.Owner, until, now, c.Sub.ID, c.Date)
		}
		if err != nil {
			return nil, fmt.Errorf("sqlite: claim: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("sqlite: claim: %w", err)
	}
	return claims, nil
}

// NextDue implements bot.Store.
func (s *Store) NextDue(ctx context.Context, platform string) (time.Time, bool, error) {
	var at sql.NullInt64
	err := s.db.QueryRowContext(ctx, `SELECT MIN(CASE WHEN p.subscription_id IS NULL THEN s.next_at ELSE p.lease_until END)
		FROM `+joinNext+`
		WHERE s.platform = ? AND s.paused = '' AND (p.subscription_id IS NULL OR p.state IN ('pending', 'sending'))`, platform).Scan(&at)
	if err != nil {
		return time.Time{}, false, fmt.Errorf("sqlite: next due: %w", err)
	}
	return fromMS(at), at.Valid, nil
}

// Sending implements bot.Store.
func (s *Store) Sending(ctx context.Context, c bot.Claim, until time.Time) error {
	res, err := s.db.ExecContext(ctx, `UPDATE posts SET state = 'sending', lease_until = ?
		WHERE subscription_id = ? AND local_date = ? AND owner = ? AND state = 'pending'`,
		until.UnixMilli(), c.Sub.ID, c.Date, c.Owner)
	return affected("sending", res, err)
}

// Release implements bot.Store.
func (s *Store) Release(ctx context.Context, c bot.Claim, until time.Time, attempts int, detail string) error {
	res, err := s.db.ExecContext(ctx, `UPDATE posts SET state = 'pending', owner = '', lease_until = ?, attempts = ?, detail = ?
		WHERE subscription_id = ? AND local_date = ? AND owner = ? AND state IN ('pending', 'sending')`,
		until.UnixMilli(), attempts, detail, c.Sub.ID, c.Date, c.Owner)
	return affected("release", res, err)
}

// affected turns "no row matched" into bot.ErrClaimLost.
func affected(op string, res sql.Result, err error) error {
	if err != nil {
		return fmt.Errorf("sqlite: %s: %w", op, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("sqlite: %s: %w", op, err)
	}
	if n == 0 {
		return bot.ErrClaimLost
	}
	return nil
}

// Finish implements bot.Store.
func (s *Store) Finish(ctx context.Context, c bot.Claim, o bot.Outcome) error {
	if !o.State.Final() {
		return fmt.Errorf("%w: %q is not how a post ends", bot.ErrInvalid, o.State)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlite: finish: %w", err)
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `UPDATE posts SET state = ?, detail = ?, quote_id = ?, finished_at = ?
		WHERE subscription_id = ? AND local_date = ? AND owner = ? AND state IN ('pending', 'sending')`,
		string(o.State), o.Detail, o.QuoteID, ms(o.At), c.Sub.ID, c.Date, c.Owner)
	if err := affected("finish", res, err); err != nil {
		return err
	}
	set := []string{"last_date = ?", "last_state = ?", "last_detail = ?", "last_at = ?"}
	args := []any{c.Date, string(o.State), o.Detail, ms(o.At)}
	if o.State == bot.PostSent {
		set = append(set, "last_posted = ?", "seen_date = ?", "seen_ids = ?")
		args = append(args, ms(o.At), ms(o.Seen.Date), jsonList(o.Seen.IDs))
	}
	if o.Pause {
		set = append(set, "paused = ?")
		args = append(args, o.Detail)
	}
	// A schedule changed since the claim has moved next_date on: it wins.
	set = append(set, "next_at = CASE WHEN next_date = ? THEN ? ELSE next_at END", "next_date = CASE WHEN next_date = ? THEN ? ELSE next_date END")
	args = append(args, c.Date, ms(o.Next), c.Date, o.NextDate, c.Sub.ID)
	if _, err := tx.ExecContext(ctx, `UPDATE subscriptions SET `+strings.Join(set, ", ")+` WHERE id = ?`, args...); err != nil {
		return fmt.Errorf("sqlite: finish: %w", err)
	}
	if o.QuoteID != "" {
		if _, err := tx.ExecContext(ctx, `INSERT INTO quote_history (subscription_id, quote_id, used_at) VALUES (?, ?, ?)
			ON CONFLICT (subscription_id, quote_id) DO UPDATE SET used_at = excluded.used_at`, c.Sub.ID, o.QuoteID, ms(o.At)); err != nil {
			return fmt.Errorf("sqlite: finish: %w", err)
		}
	}
	if old, err := time.Parse(bot.DateLayout, c.Date); err == nil {
		cutoff := old.AddDate(0, 0, -keepPosts).Format(bot.DateLayout)
		if _, err := tx.ExecContext(ctx, `DELETE FROM posts WHERE subscription_id = ? AND local_date < ?`, c.Sub.ID, cutoff); err != nil {
			return fmt.Errorf("sqlite: finish: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlite: finish: %w", err)
	}
	return nil
}
