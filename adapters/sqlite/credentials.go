package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/briefbot/briefbot/bot"
)

var _ bot.CredentialStore = (*Store)(nil)

const credColumns = `platform, workspace, secret, meta, expires_at, rev, updated_at`

func scanCredential(r scanner) (bot.Credential, error) {
	var (
		c                bot.Credential
		expires, updated sql.NullInt64
	)
	if err := r.Scan(&c.Platform, &c.Workspace, &c.Secret, &c.Meta, &expires, &c.Rev, &updated); err != nil {
		return c, err
	}
	c.Expires, c.Updated = fromMS(expires), fromMS(updated)
	return c, nil
}

// notNil keeps the meta column NOT NULL: database/sql sends a nil slice as NULL.
func notNil(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return b
}

// Credential implements bot.CredentialStore.
func (s *Store) Credential(ctx context.Context, platform, workspace string) (bot.Credential, error) {
	c, err := scanCredential(s.db.QueryRowContext(ctx, `SELECT `+credColumns+` FROM credentials WHERE platform = ? AND workspace = ?`, platform, workspace))
	if errors.Is(err, sql.ErrNoRows) {
		return bot.Credential{}, bot.ErrNoCredential
	}
	if err != nil {
		return bot.Credential{}, fmt.Errorf("sqlite: credential of %s/%s: %w", platform, workspace, err)
	}
	return c, nil
}

// PutCredential implements bot.CredentialStore, in one statement: an
// upsert, an insert that does nothing over an existing row, or an update
// of the row at the given revision.
func (s *Store) PutCredential(ctx context.Context, c bot.Credential, ifRev int64) (bot.Credential, error) {
	args := []any{c.Platform, c.Workspace, c.Secret, notNil(c.Meta), ms(c.Expires), ms(c.Updated)}
	var q string
	switch {
	case ifRev == bot.AnyRev:
		q = `INSERT INTO credentials (platform, workspace, secret, meta, expires_at, updated_at, rev) VALUES (?, ?, ?, ?, ?, ?, 1)
			ON CONFLICT (platform, workspace) DO UPDATE SET secret = excluded.secret, meta = excluded.meta,
				expires_at = excluded.expires_at, updated_at = excluded.updated_at, rev = credentials.rev + 1,
				refresh_owner = '', refresh_until = NULL
			RETURNING ` + credColumns
	case ifRev == bot.NoRev:
		q = `INSERT INTO credentials (platform, workspace, secret, meta, expires_at, updated_at, rev) VALUES (?, ?, ?, ?, ?, ?, 1)
			ON CONFLICT (platform, workspace) DO NOTHING RETURNING ` + credColumns
	default:
		q = `UPDATE credentials SET secret = ?3, meta = ?4, expires_at = ?5, updated_at = ?6, rev = rev + 1,
				refresh_owner = '', refresh_until = NULL
			WHERE platform = ?1 AND workspace = ?2 AND rev = ?7 RETURNING ` + credColumns
		args = append(args, ifRev)
	}
	got, err := scanCredential(s.db.QueryRowContext(ctx, q, args...))
	if errors.Is(err, sql.ErrNoRows) {
		return bot.Credential{}, fmt.Errorf("sqlite: put credential of %s/%s: %w", c.Platform, c.Workspace, bot.ErrCredentialChanged)
	}
	if err != nil {
		return bot.Credential{}, fmt.Errorf("sqlite: put credential of %s/%s: %w", c.Platform, c.Workspace, err)
	}
	return got, nil
}

// DeleteCredential implements bot.CredentialStore.
func (s *Store) DeleteCredential(ctx context.Context, platform, workspace string, ifRev int64) (bool, error) {
	res, err := s.db.ExecContext(ctx, `DELETE FROM credentials WHERE platform = ? AND workspace = ? AND (? < 0 OR rev = ?)`,
		platform, workspace, ifRev, ifRev)
	if err != nil {
		return false, fmt.Errorf("sqlite: delete credential of %s/%s: %w", platform, workspace, err)
	}
	n, err := res.RowsAffected()
	return n > 0, err
}

// Credentials implements bot.CredentialStore.
func (s *Store) Credentials(ctx context.Context, platform string, before time.Time) ([]bot.Credential, error) {
	q := `SELECT ` + credColumns + ` FROM credentials WHERE platform = ? ORDER BY workspace`
	args := []any{platform}
	if !before.IsZero() {
		q = `SELECT ` + credColumns + ` FROM credentials WHERE platform = ? AND expires_at < ? ORDER BY workspace`
		args = append(args, before.UnixMilli())
	}
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: credentials of %s: %w", platform, err)
	}
	defer rows.Close()
	var out []bot.Credential
	for rows.Next() {
		c, err := scanCredential(rows)
		if err != nil {
			return nil, fmt.Errorf("sqlite: credentials of %s: %w", platform, err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// ClaimRefresh implements bot.CredentialStore.
func (s *Store) ClaimRefresh(ctx context.Context, platform, workspace, owner string, now, until time.Time) (bot.Credential, bool, error) {
	c, err := scanCredential(s.db.QueryRowContext(ctx, `UPDATE credentials SET refresh_owner = ?, refresh_until = ?
		WHERE platform = ? AND workspace = ? AND (refresh_owner = '' OR refresh_until IS NULL OR refresh_until <= ?)
		RETURNING `+credColumns, owner, until.UnixMilli(), platform, workspace, now.UnixMilli()))
	if err == nil {
		return c, true, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return bot.Credential{}, false, fmt.Errorf("sqlite: claim the refresh of %s/%s: %w", platform, workspace, err)
	}
	c, err = s.Credential(ctx, platform, workspace)
	return c, false, err
}

// UseOnce implements bot.CredentialStore. A row whose time has passed is
// taken over as if new; the others past their time go at the same moment.
func (s *Store) UseOnce(ctx context.Context, key string, now, expires time.Time) (bool, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("sqlite: use once: %w", err)
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `INSERT INTO once_values (key, expires_at) VALUES (?, ?)
		ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE once_values.expires_at <= ?`,
		key, expires.UnixMilli(), now.UnixMilli())
	if err != nil {
		return false, fmt.Errorf("sqlite: use once: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("sqlite: use once: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM once_values WHERE expires_at <= ? AND key <> ?`, now.UnixMilli(), key); err != nil {
		return false, fmt.Errorf("sqlite: use once: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("sqlite: use once: %w", err)
	}
	return n == 1, nil
}

// PauseWorkspace implements bot.Store.
func (s *Store) PauseWorkspace(ctx context.Context, platform, workspace, reason string) (int, error) {
	res, err := s.db.ExecContext(ctx, `UPDATE subscriptions SET paused = ? WHERE platform = ? AND workspace = ? AND paused = ''`,
		reason, platform, workspace)
	if err != nil {
		return 0, fmt.Errorf("sqlite: pause %s/%s: %w", platform, workspace, err)
	}
	n, err := res.RowsAffected()
	return int(n), err
}

// ResumeWorkspace implements bot.Store. The immediate transaction holds the
// write lock while next runs, as UpdateChannel does.
func (s *Store) ResumeWorkspace(ctx context.Context, platform, workspace, reason string, next func(bot.Subscription) (time.Time, string)) (int, error) {
	if reason == "" {
		return 0, nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("sqlite: resume %s/%s: %w", platform, workspace, err)
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT `+subColumns+` FROM `+joinNext+`
		WHERE s.platform = ? AND s.workspace = ? AND s.paused = ? ORDER BY s.id`, platform, workspace, reason)
	if err != nil {
		return 0, fmt.Errorf("sqlite: resume %s/%s: %w", platform, workspace, err)
	}
	var paused []bot.Subscription
	for rows.Next() {
		sub, err := scanSub(rows)
		if err != nil {
			rows.Close()
			return 0, fmt.Errorf("sqlite: resume %s/%s: %w", platform, workspace, err)
		}
		paused = append(paused, sub)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, fmt.Errorf("sqlite: resume %s/%s: %w", platform, workspace, err)
	}
	for _, sub := range paused {
		at, date := next(sub)
		if _, err := tx.ExecContext(ctx, `UPDATE subscriptions SET paused = '', next_at = ?, next_date = ? WHERE id = ?`,
			ms(at), date, sub.ID); err != nil {
			return 0, fmt.Errorf("sqlite: resume %s/%s: %w", platform, workspace, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("sqlite: resume %s/%s: %w", platform, workspace, err)
	}
	return len(paused), nil
}
