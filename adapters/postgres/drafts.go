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
	"github.com/jackc/pgx/v5/pgtype"

	"github.com/briefbot/briefbot/bot"
)

var _ bot.DraftStore = (*Store)(nil)

const draftColumns = `id, version, state, platform, workspace, channel, url, created_by, created_by_name, created_at,
	changed_by, changed_by_name, changed_at, briefing, published, content, typed`

func scanDraft(r pgx.Row) (bot.Draft, error) {
	var (
		d                bot.Draft
		state            string
		content, typed   []byte
		created, changed pgtype.Timestamptz
	)
	if err := r.Scan(&d.ID, &d.Version, &state, &d.Platform, &d.Workspace, &d.Channel, &d.URL, &d.By, &d.ByName, &created,
		&d.ChangedBy, &d.ChangedByName, &changed, &d.Briefing, &d.Published, &content, &typed); err != nil {
		return d, err
	}
	d.State, d.At, d.Changed = bot.DraftState(state), fromTS(created), fromTS(changed)
	if err := json.Unmarshal(content, &d.Content); err != nil {
		return d, fmt.Errorf("draft %d: content: %w", d.ID, err)
	}
	if typed != nil {
		d.Typed = new(bot.Typed)
		if err := json.Unmarshal(typed, d.Typed); err != nil {
			return d, fmt.Errorf("draft %d: typed: %w", d.ID, err)
		}
	}
	return d, nil
}

// typedJSON is what the typed column holds: NULL for nil.
func typedJSON(t *bot.Typed) (*string, error) {
	if t == nil {
		return nil, nil
	}
	b, err := json.Marshal(t)
	s := string(b)
	return &s, err
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
		return bot.Draft{}, fmt.Errorf("postgres: create draft: %w", err)
	}
	typed, err := typedJSON(d.Typed)
	if err != nil {
		return bot.Draft{}, fmt.Errorf("postgres: create draft: %w", err)
	}
	got, err := scanDraft(s.pool.QueryRow(ctx, `INSERT INTO drafts (version, state, platform, workspace, channel, url,
		created_by, created_by_name, created_at, changed_by, changed_by_name, changed_at, briefing, published, content, typed)
		VALUES (1, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::jsonb, $15::jsonb) RETURNING `+draftColumns,
		string(d.State), d.Platform, d.Workspace, d.Channel, d.URL, d.By, d.ByName, ts(d.At), d.ChangedBy, d.ChangedByName, ts(d.Changed),
		d.Briefing, d.Published, string(content), typed))
	if err != nil {
		return bot.Draft{}, fmt.Errorf("postgres: create draft: %w", err)
	}
	return got, nil
}

// Draft implements bot.DraftStore.
func (s *Store) Draft(ctx context.Context, id int64) (bot.Draft, error) {
	d, err := scanDraft(s.pool.QueryRow(ctx, `SELECT `+draftColumns+` FROM drafts WHERE id = $1`, id))
	if errors.Is(err, pgx.ErrNoRows) {
		return bot.Draft{}, bot.ErrNoDraft
	}
	if err != nil {
		return bot.Draft{}, fmt.Errorf("postgres: draft %d: %w", id, err)
	}
	return d, nil
}

// UpdateDraft implements bot.DraftStore: one conditional statement, which
// the row lock settles between replicas (a second writer re-reads the row
// and finds another version), and when it changed nothing, a read to say
// why.
func (s *Store) UpdateDraft(ctx context.Context, d bot.Draft) (bot.Draft, error) {
	if err := bot.CheckDraftUpdate(d); err != nil {
		return bot.Draft{}, err
	}
	content, err := json.Marshal(d.Content)
	if err != nil {
		return bot.Draft{}, fmt.Errorf("postgres: update draft %d: %w", d.ID, err)
	}
	got, err := scanDraft(s.pool.QueryRow(ctx, `UPDATE drafts SET version = version + 1, state = $1, changed_by = $2,
		changed_by_name = $3, changed_at = $4, briefing = $5, published = $6, content = $7::jsonb, typed = NULL
		WHERE id = $8 AND version = $9 RETURNING `+draftColumns,
		string(d.State), d.ChangedBy, d.ChangedByName, ts(d.Changed), d.Briefing, d.Published, string(content), d.ID, d.Version))
	if err == nil {
		return got, nil
	}
	if !errors.Is(err, pgx.ErrNoRows) {
		return bot.Draft{}, fmt.Errorf("postgres: update draft %d: %w", d.ID, err)
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
		return fmt.Errorf("postgres: keep typed values of draft %d: %w", id, err)
	}
	tag, err := s.pool.Exec(ctx, `UPDATE drafts SET typed = $1::jsonb WHERE id = $2 AND version = $3`, typed, id, version)
	if err != nil {
		return fmt.Errorf("postgres: keep typed values of draft %d: %w", id, err)
	}
	if tag.RowsAffected() == 0 {
		return s.draftConflict(ctx, id, version)
	}
	return nil
}

func (s *Store) drafts(ctx context.Context, what, q string, args ...any) ([]bot.Draft, error) {
	rows, err := s.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("postgres: %s: %w", what, err)
	}
	defer rows.Close()
	var out []bot.Draft
	for rows.Next() {
		d, err := scanDraft(rows)
		if err != nil {
			return nil, fmt.Errorf("postgres: %s: %w", what, err)
		}
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("postgres: %s: %w", what, err)
	}
	return out, nil
}

// OpenDrafts implements bot.DraftStore.
func (s *Store) OpenDrafts(ctx context.Context, platform, workspace string) ([]bot.Draft, error) {
	return s.drafts(ctx, "open drafts", `SELECT `+draftColumns+` FROM drafts
		WHERE platform = $1 AND workspace = $2 AND state = 'open' ORDER BY changed_at, id`, platform, workspace)
}

// ExpireDrafts implements bot.DraftStore, in one statement: a draft
// another replica's sweep expired first no longer matches it once its row
// lock is released.
func (s *Store) ExpireDrafts(ctx context.Context, before time.Time, by string, at time.Time) ([]bot.Draft, error) {
	out, err := s.drafts(ctx, "expire drafts", `UPDATE drafts SET version = version + 1, state = 'expired', changed_by = $1,
		changed_by_name = '', changed_at = $2, typed = NULL
		WHERE state = 'open' AND changed_at < $3 RETURNING `+draftColumns, by, ts(at), ts(before))
	if err != nil {
		return nil, err
	}
	// RETURNING has no order; they all changed at at.
	slices.SortFunc(out, func(a, b bot.Draft) int { return cmp.Compare(a.ID, b.ID) })
	return out, nil
}

// PurgeDrafts implements bot.DraftStore.
func (s *Store) PurgeDrafts(ctx context.Context, before time.Time) (int, error) {
	tag, err := s.pool.Exec(ctx, `DELETE FROM drafts WHERE state <> 'open' AND changed_at < $1`, ts(before))
	if err != nil {
		return 0, fmt.Errorf("postgres: purge drafts: %w", err)
	}
	return int(tag.RowsAffected()), nil
}
