package bot

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/briefbot/briefbot/briefings"
)

// PublishRequest is a set of briefing files to publish together: all of
// them, or none.
type PublishRequest struct {
	Files []briefings.File
	// Registry, for an import, is the folder's registry.yaml: its entries
	// are added to the store's registry too.
	Registry *briefings.Registry
	By       string    // see Actor
	At       time.Time // now
	// Import keeps each briefing's dates as written: moving briefings into
	// the store is not news, so a daily post does not carry them again.
	// Otherwise a briefing counts as updated when it is published.
	Import bool
}

// PublishOutcome is what publishing did with one file.
type PublishOutcome struct {
	File      string
	ID        string
	Version   int
	Unchanged bool     // the store had this text already
	Changes   []string // what changed from the version before
	// Warnings are what lint would warn about in the file: worth a look,
	// but published all the same.
	Warnings briefings.Problems
}

// Publish checks the files as lint does, against the registry and the
// curated files v knows (the bot's, or what the command line loaded like
// the bot does), then publishes them in one batch.
//
// Each file's edit is based on the version its version field names (what
// export writes). A file without one may publish a new id, the text of the
// current version again (nothing happens), or the text of a retracted
// version (publishing it again); for anything else the briefing is
// already in the store and changing it needs its version, so that no
// curator's change is lost to another's: the answer is a *ConflictError
// with Base 0. Several conflicts come joined (errors.Join). A file that
// lint's rules refuse makes a *briefings.CorpusError; a refused publish
// changes nothing.
func Publish(ctx context.Context, st ContentStore, v *briefings.Validator, req PublishRequest) ([]PublishOutcome, error) {
	checked, ps := v.Check(req.Files, req.Registry)
	if err := ps.Err(); err != nil {
		return nil, err
	}
	ids := make([]string, len(checked.Briefings))
	for i, b := range checked.Briefings {
		ids[i] = b.ID
	}
	cur, err := st.Current(ctx, ids)
	if err != nil {
		return nil, err
	}
	batch := Batch{Speakers: checked.Speakers, Topics: checked.Topics, By: req.By, At: req.At}
	var conflicts []error
	for i, b := range checked.Briefings {
		text, err := storedText(req.Files[i].Text, b.ID)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", req.Files[i].Name, err)
		}
		key := briefings.ContentKey(text)
		c, held := cur[b.ID]
		base := 0
		switch {
		case !held:
		case c.Key == key:
			base = c.Version // unchanged, or published again after a retraction
		case b.Version > 0:
			base = b.Version
		default:
			conflicts = append(conflicts, &ConflictError{ID: b.ID, Current: c.Version, State: c.State, By: c.By, At: c.At})
			continue
		}
		p := Publication{ID: b.ID, Text: string(text), Key: key, Base: base}
		if !req.Import {
			// To the second, as export writes it back.
			p.Updated = req.At.UTC().Truncate(time.Second)
			if d := b.LatestDate(); d.After(p.Updated) {
				p.Updated = d
			}
		}
		batch.Briefings = append(batch.Briefings, p)
	}
	if len(conflicts) > 0 {
		return nil, errors.Join(conflicts...)
	}
	res, err := st.Publish(ctx, batch)
	if err != nil {
		return nil, err
	}
	out := make([]PublishOutcome, len(res))
	for i, r := range res {
		o := PublishOutcome{File: req.Files[i].Name, ID: r.Version.ID, Version: r.Version.Version, Unchanged: r.Unchanged}
		for _, p := range ps {
			if p.File == o.File {
				o.Warnings = append(o.Warnings, p)
			}
		}
		if !r.Unchanged {
			c, ok := cur[o.ID]
			switch {
			case !ok:
				o.Changes = briefings.Changes(nil, []byte(r.Version.Text))
			case c.State == StateRetracted && c.Key == r.Version.Key:
				o.Changes = []string{"published again as it was"}
			case c.State == StateRetracted:
				o.Changes = append([]string{"published again"}, briefings.Changes([]byte(c.Text), []byte(r.Version.Text))...)
			default:
				o.Changes = briefings.Changes([]byte(c.Text), []byte(r.Version.Text))
			}
		}
		out[i] = o
	}
	return out, nil
}

// storedText is a file's text as the store keeps it: with its id written
// in (the file's name, which gave it, is not kept), and without the version
// field, which only says what an edit started from.
func storedText(text []byte, id string) ([]byte, error) {
	out, err := briefings.SetField(text, "version", "")
	if err != nil {
		return nil, err
	}
	if briefings.FieldValue(out, "id") == "" {
		return briefings.SetField(out, "id", strconv.Quote(id))
	}
	return out, nil
}

// HistoryEntry is one version of a briefing, with what it changed.
type HistoryEntry struct {
	Version
	Changes []string
}

// History returns every version of a briefing, oldest first, each with
// what it changed from the published version before it. It returns
// ErrNoBriefing for an id the store has never held.
func History(ctx context.Context, st ContentStore, id string) ([]HistoryEntry, error) {
	vs, err := st.History(ctx, id)
	if err != nil {
		return nil, err
	}
	if len(vs) == 0 {
		return nil, ErrNoBriefing
	}
	out := make([]HistoryEntry, len(vs))
	var prev []byte
	retracted := false
	for i, v := range vs {
		e := HistoryEntry{Version: v}
		switch {
		case v.State == StateRetracted:
			e.Changes = []string{"retracted: " + v.Reason}
			retracted = true
		case retracted && prev != nil && briefings.ContentKey(prev) == v.Key:
			e.Changes = []string{"published again as it was"}
			retracted = false
		default:
			e.Changes = briefings.Changes(prev, []byte(v.Text))
			if retracted {
				e.Changes = append([]string{"published again"}, e.Changes...)
			}
			retracted = false
		}
		if v.State == StatePublished {
			prev = []byte(v.Text)
		}
		out[i] = e
	}
	return out, nil
}

// Export returns the text of a published version as a file that lint
// accepts and publish takes back: with its version field, for the next
// edit, and its updated field saying when it counts as updated.
func Export(v Version) ([]byte, error) {
	text := []byte(v.Text)
	if !v.Updated.IsZero() {
		var err error
		if text, err = briefings.SetField(text, "updated", v.Updated.UTC().Format(time.RFC3339)); err != nil {
			return nil, err
		}
	}
	return briefings.SetField(text, "version", strconv.Itoa(v.Version))
}
