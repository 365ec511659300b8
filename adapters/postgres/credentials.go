package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"

	"github.com/briefbot/briefbot/bot"
)

var _ bot.CredentialStore = (*Store)(nil)

const credColumns = `platform, workspace, secret, meta, expires_at, rev, updated_at`

func scanCredential(r pgx.Row) (bot.Credential, error) {
	var (
		c                bot.Credential
		expires, updated pgtype.Timestamptz
	)
	if err := r.Scan(&c.Platform, &c.Workspace, &c.Secret, &c.Meta, &expires, &c.Rev, &updated); err != nil {
		return c, err
	}
	c.Expires, c.Updated = fromTS(expires), fromTS(updated)
	return c, nil
}

// notNil keeps the meta column NOT NULL: pgx sends a nil slice as NULL.
func notNil(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return b
}

// Credential implements bot.CredentialStore.
func (s *Store) Credential(ctx context.Context, platform, workspace string) (bot.Credential, error) {
	c, err := scanCredential(s.pool.QueryRow(ctx, `SELECT `+credColumns+` FROM credentials WHERE platform = $1 AND workspace = $2`, platform, workspace))
	if errors.Is(err, pgx.ErrNoRows) {
		return bot.Credential{}, bot.ErrNoCredential
	}
	if err != nil {
		return bot.Credential{}, fmt.Errorf("postgres: credential of %s/%s: %w", platform, workspace, err)
	}
	return c, nil
}

// PutCredential implements bot.CredentialStore, in one statement: an
// upsert, an insert that does nothing over an existing row, or an update
// of the row at the given revision. Concurrent puts are settled by the
// primary key and the row lock, so exactly one of two racing conditional
// puts wins.
func (s *Store) PutCredential(ctx context.Context, c bot.Credential, ifRev int64) (bot.Credential, error) {
	args := []any{c.Platform, c.Workspace, c.Secret, notNil(c.Meta), ts(c.Expires), ts(c.Updated)}
	var q string
	switch {
	case ifRev == bot.AnyRev:
		q = `INSERT INTO credentials (platform, workspace, secret, meta, expires_at, updated_at, rev) VALUES ($1, $2, $3, $4, $5, $6, 1)
			ON CONFLICT (platform, workspace) DO UPDATE SET secret = excluded.secret, meta = excluded.meta,
				expires_at = excluded.expires_at, updated_at = excluded.updated_at, rev = credentials.rev + 1,
				refresh_owner = '', refresh_until = NULL
			RETURNING ` + credColumns
	case ifRev == bot.NoRev:
		q = `INSERT INTO credentials (platform, workspace, secret, meta, expires_at, updated_at, rev) VALUES ($1, $2, $3, $4, $5, $6, 1)
			ON CONFLICT (platform, workspace) DO NOTHING RETURNING ` + credColumns
	default:
		q = `UPDATE credentials SET secret = $3, meta = $4, expires_at = $5, updated_at = $6, rev = rev + 1,
				refresh_owner = '', refresh_until = NULL
			WHERE platform = $1 AND workspace = $2 AND rev = $7 RETURNING ` + credColumns
		args = append(args, ifRev)
	}
	got, err := scanCredential(s.pool.QueryRow(ctx, q, args...))
	if errors.Is(err, pgx.ErrNoRows) {
		return bot.Credential{}, fmt.Errorf("postgres: put credential of %s/%s: %w", c.Platform, c.Workspace, bot.ErrCredentialChanged)
	}
	if err != nil {
		return bot.Credential{}, fmt.Errorf("postgres: put credential of %s/%s: %w", c.Platform, c.Workspace, err)
	}
	return got, nil
}

// DeleteCredential implements bot.CredentialStore.
func (s *Store) DeleteCredential(ctx context.Context, platform, workspace string, ifRev int64) (bool, error) {
	tag, err := s.pool.Exec(ctx, `DELETE FROM credentials WHERE platform = $1 AND workspace = $2 AND ($3 < 0 OR rev = $3)`,
		platform, workspace, ifRev)
	if err != nil {
		return false, fmt.Errorf("postgres: delete credential of %s/%s: %w", platform, workspace, err)
	}
	return tag.RowsAffected() > 0, nil
}

// Credentials implements bot.CredentialStore.
func (s *Store) Credentials(ctx context.Context, platform string, before time.Time) ([]bot.Credential, error) {
	rows, err := s.pool.Query(ctx, `SELECT `+credColumns+` FROM credentials
		WHERE platform = $1 AND ($2::timestamptz IS NULL OR expires_at < $2) ORDER BY workspace`, platform, ts(before))
	if err != nil {
		return nil, fmt.Errorf("postgres: credentials of %s: %w", platform, err)
	}
	defer rows.Close()
	var out []bot.Credential
	for rows.Next() {
		c, err := scanCredential(rows)
		if err != nil {
			return nil, fmt.Errorf("postgres: credentials of %s: %w", platform, err)
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("postgres: credentials of %s: %w", platform, err)
	}
	return out, nil
}

// ClaimRefresh implements bot.CredentialStore. The UPDATE re-checks its
// condition on the row it locks, so of replicas racing for a claim one
// gets it.
func (s *Store) ClaimRefresh(ctx context.Context, platform, workspace, owner string, now, until time.Time) (bot.Credential, bool, error) {
	c, err := scanCredential(s.pool.QueryRow(ctx, `UPDATE credentials SET refresh_owner = $1, refresh_until = $2
		WHERE platform = $3 AND workspace = $4 AND (refresh_owner = '' OR refresh_until IS NULL OR refresh_until <= $5)
		RETURNING `+credColumns, owner, ts(until), platform, workspace, ts(now)))
	if err == nil {
		return c, true, nil
	}
	if !errors.Is(err, pgx.ErrNoRows) {
		return bot.Credential{}, false, fmt.Errorf("postgres: claim the refresh of %s/%s: %w", platform, workspace, err)
	}
	c, err = s.Credential(ctx, platform, workspace)
	return c, false, err
}

// UseOnce implements bot.CredentialStore. The insert takes over a row whose
// time has passed; the primary key settles racing uses.
func (s *Store) UseOnce(ctx context.Context, key string, now, expires time.Time) (bool, error) {
	tag, err := s.pool.Exec(ctx, `INSERT INTO once_values (key, expires_at) VALUES ($1, $2)
		ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE once_values.expires_at <= $3`,
		key, ts(expires), ts(now))
	if err != nil {
		return false, fmt.Errorf("postgres: use once: %w", err)
	}
	if _, err := s.pool.Exec(ctx, `DELETE FROM once_values WHERE expires_at <= $1 AND key <> $2`, ts(now), key); err != nil {
		return false, fmt.Errorf("postgres: use once: %w", err)
	}
	return tag.RowsAffected() == 1, nil
}

// PauseWorkspace implements bot.Store. The UPDATE waits for a channel
// update holding its rows, and pauses what that update left active.
func (s *Store) PauseWorkspace(ctx context.Context, platform, workspace, reason string) (int, error) {
	tag, err := s.pool.Exec(ctx, `UPDATE subscriptions SET paused = $1 WHERE platform = $2 AND workspace = $3 AND paused = ''`,
		reason, platform, workspace)
	if err != nil {
		return 0, fmt.Errorf("postgres: pause %s/%s: %w", platform, workspace, err)
	}
	return int(tag.RowsAffected()), nil
}

// ResumeWorkspace implements bot.Store. The paused rows are locked while
// next runs, as UpdateChannel locks a channel's.
func (s *Store) ResumeWorkspace(ctx context.Context, platform, workspace, reason string, next func(bot.Subscription) (time.Time, string)) (int, error) {
	if reason == "" {
		return 0, nil
	}
	n := 0
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		n = 0
		rows, err := tx.Query(ctx, `SELECT `+subColumns+` FROM `+joinNext+`
			WHERE s.platform = $1 AND s.workspace = $2 AND s.paused = $3 ORDER BY s.id FOR UPDATE OF s`, platform, workspace, reason)
		if err != nil {
			return err
		}
		var paused []bot.Subscription
		for rows.Next() {
			sub, err := scanSub(rows)
			if err != nil {
				rows.Close()
				return err
			}
			paused = append(paused, sub)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, sub := range paused {
			at, date := next(sub)
			if _, err := tx.Exec(ctx, `UPDATE subscriptions SET paused = '', next_at = $1, next_date = $2 WHERE id = $3`,
				ts(at), date, sub.ID); err != nil {
				return err
			}
		}
		n = len(paused)
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("postgres: resume %s/%s: %w", platform, workspace, err)
	}
	return n, nil
}
