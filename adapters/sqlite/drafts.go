package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/briefbot/briefbot/bot"
)

var _ bot.DraftStore = (*Store)(nil)

const draftColumns = `id, version, state, platform, workspace, channel, url, created_by, created_by_name, created_at,
	changed_by, changed_by_name, changed_at, briefing, published, content, typed`

func scanDraft(r scanner) (bot.Draft, error) {
	var (
		d                bot.Draft
		state, content   string
		typed            sql.NullString
		created, changed sql.NullInt64
	)
	if err := r.Scan(&d.ID, &d.Version, &state, &d.Platform, &d.Workspace, &d.Channel, &d.URL, &d.By, &d.ByName, &created,
		&d.ChangedBy, &d.ChangedByName, &changed, &d.Briefing, &d.Published, &content, &typed); err != nil {
		return d, err
	}
	d.State, d.At, d.Changed = bot.DraftState(state), fromMS(created), fromMS(changed)
	if err := json.Unmarshal([]byte(content), &d.Content); err != nil {
		return d, fmt.Errorf("draft %d: content: %w", d.ID, err)
	}
	if typed.Valid {
		d.Typed = new(bot.Typed)
		if err := json.Unmarshal([]byte(typed.String), d.Typed); err != nil {
			return d, fmt.Errorf("draft %d: typed: %w", d.ID, err)
		}
	}
	return d, nil
}

func typedJSON(t *bot.Typed) (any, error) {
	if t == nil {
		return nil, nil
	}
	b, err := json.Marshal(t)
	return string(b), err
}

// CreateDraft implements bot.DraftStore.
func (s *Store) CreateDraft(ctx context.Context, d bot.Draft) (bot.Draft, error) {
	if err := bot.CheckDraft(d); err != nil {
		return bot.Draft{}, err
	}
	if d.State != bot.DraftOpen {
		return bot.Draft{}, fmt.Errorf("%w: a new draft must be open", bot.ErrInvalidDraft)
	}
	content, err := json.Marshal(d.Content)
	if err != nil {
		return bot.Draft{}, fmt.Errorf("sqlite: create draft: %w", err)
	}
	typed, err := typedJSON(d.Typed)
	if err != nil {
		return bot.Draft{}, fmt.Errorf("sqlite: create draft: %w", err)
	}
	got, err := scanDraft(s.db.QueryRowContext(ctx, `INSERT INTO drafts (version, state, platform, workspace, channel, url,
		created_by, created_by_name, created_at, changed_by, changed_by_name, changed_at, briefing, published, content, typed)
		VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING `+draftColumns,
		string(d.State), d.Platform, d.Workspace, d.Channel, d.URL, d.By, d.ByName, ms(d.At), d.ChangedBy, d.ChangedByName, ms(d.Changed),
		d.Briefing, d.Published, string(content), typed))
	if err != nil {
		return bot.Draft{}, fmt.Errorf("sqlite: create draft: %w", err)
	}
	return got, nil
}

// Draft implements bot.DraftStore.
func (s *Store) Draft(ctx context.Context, id int64) (bot.Draft, error) {
	d, err := scanDraft(s.db.QueryRowContext(ctx, `SELECT `+draftColumns+` FROM drafts WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return bot.Draft{}, bot.ErrNoDraft
	}
	if err != nil {
		return bot.Draft{}, fmt.Errorf("sqlite: draft %d: %w", id, err)
	}
	return d, nil
}

// UpdateDraft implements bot.DraftStore: one conditional statement, and
// when it changed nothing, a read to say why.
func (s *Store) UpdateDraft(ctx context.Context, d bot.Draft) (bot.Draft, error) {
	if err := bot.CheckDraftUpdate(d); err != nil {
		return bot.Draft{}, err
	}
	content, err := json.Marshal(d.Content)
	if err != nil {
		return bot.Draft{}, fmt.Errorf("sqlite: update draft %d: %w", d.ID, err)
	}
	got, err := scanDraft(s.db.QueryRowContext(ctx, `UPDATE drafts SET version = version + 1, state = ?, changed_by = ?,
		changed_by_name = ?, changed_at = ?, briefing = ?, published = ?, content = ?, typed = NULL
		WHERE id = ? AND version = ? RETURNING `+draftColumns,
		string(d.State), d.ChangedBy, d.ChangedByName, ms(d.Changed), d.Briefing, d.Published, string(content), d.ID, d.Version))
	if err == nil {
		return got, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return bot.Draft{}, fmt.Errorf("sqlite: update draft %d: %w", d.ID, err)
	}
	return bot.Draft{}, s.draftConflict(ctx, d.ID, d.Version)
}

// draftConflict says why a conditional write of the draft at version
// changed nothing.
func (s *Store) draftConflict(ctx context.Context, id int64, version int) error {
	cur, err := s.Draft(ctx, id)
	if err != nil {
		return err
	}
	return &bot.DraftConflictError{Base: version, Current: cur}
}

// KeepTyped implements bot.DraftStore.
func (s *Store) KeepTyped(ctx context.Context, id int64, version int, t *bot.Typed) error {
	typed, err := typedJSON(t)
	if err != nil {
		return fmt.Errorf("sqlite: keep typed values of draft %d: %w", id, err)
	}
	res, err := s.db.ExecContext(ctx, `UPDATE drafts SET typed = ? WHERE id = ? AND version = ?`, typed, id, version)
	if err != nil {
		return fmt.Errorf("sqlite: keep typed values of draft %d: %w", id, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("sqlite: keep typed values of draft %d: %w", id, err)
	} else if n == 0 {
		return s.draftConflict(ctx, id, version)
	}
	return nil
}

func (s *Store) drafts(ctx context.Context, what, q string, args ...any) ([]bot.Draft, error) {
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: %s: %w", what, err)
	}
	defer rows.Close()
	var out []bot.Draft
	for rows.Next() {
		d, err := scanDraft(rows)
		if err != nil {
			return nil, fmt.Errorf("sqlite: %s: %w", what, err)
		}
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: %s: %w", what, err)
	}
	return out, nil
}

// OpenDrafts implements bot.DraftStore.
func (s *Store) OpenDrafts(ctx context.Context, platform, workspace string) ([]bot.Draft, error) {
	return s.drafts(ctx, "open drafts", `SELECT `+draftColumns+` FROM drafts
		WHERE platform = ? AND workspace = ? AND state = 'open' ORDER BY changed_at, id`, platform, workspace)
}

// ExpireDrafts implements bot.DraftStore, in one statement: a draft
// another sweeper expired first no longer matches it.
func (s *Store) ExpireDrafts(ctx context.Context, before time.Time, by string, at time.Time) ([]bot.Draft, error) {
	out, err := s.drafts(ctx, "expire drafts", `UPDATE drafts SET version = version + 1, state = 'expired', changed_by = ?,
		changed_by_name = '', changed_at = ?, typed = NULL
		WHERE state = 'open' AND changed_at < ? RETURNING `+draftColumns, by, at.UnixMilli(), before.UnixMilli())
	if err != nil {
		return nil, err
	}
	// RETURNING has no order; they all changed at at.
	slices.SortFunc(out, func(a, b bot.Draft) int { return cmp.Compare(a.ID, b.ID) })
	return out, nil
}

// PurgeDrafts implements bot.DraftStore.
func (s *Store) PurgeDrafts(ctx context.Context, before time.Time) (int, error) {
	res, err := s.db.ExecContext(ctx, `DELETE FROM drafts WHERE state <> 'open' AND changed_at < ?`, before.UnixMilli())
	if err != nil {
		return 0, fmt.Errorf("sqlite: purge drafts: %w", err)
	}
	n, err := res.RowsAffected()
	return int(n), err
}
