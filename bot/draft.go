package bot

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// DraftStore keeps the drafts curators make in chat (/draft): what the
// article gave, as the curators have edited it since, who did what and
// when, and where it stands. The core defines it; MemStore,
// adapters/sqlite and adapters/postgres implement it, and bot/storetest
// holds the contract (RunDrafts).
//
// Every write but the first names the version it is based on and is
// refused with a *DraftConflictError when the draft is at another, so two
// curators acting on one card never both win. Drafts live in the store
// because a click may reach another replica than the one that drafted, or
// this one after a restart. Implementations must be safe for concurrent
// use, by goroutines and, for a store shared by replicas, by processes.
// Times are kept to the millisecond and returned in UTC; the store never
// reads its own clock.
type DraftStore interface {
	// CreateDraft stores a new draft and returns it with the ID the store
	// gave it and Version 1. d.State must be DraftOpen.
	CreateDraft(ctx context.Context, d Draft) (Draft, error)

	// Draft returns the draft with the id, or ErrNoDraft.
	Draft(ctx context.Context, id int64) (Draft, error)

	// UpdateDraft writes d over the draft d.ID when that draft is at
	// version d.Version, and returns it as stored, at the next version,
	// with no Typed values (a change makes what was typed against the old
	// version stale). Platform, Workspace, Channel, URL, By, ByName and At
	// are kept as created. When the draft is at another version nothing
	// changes and the error is a *DraftConflictError holding the draft as
	// it is; ErrNoDraft when there is none.
	UpdateDraft(ctx context.Context, d Draft) (Draft, error)

	// KeepTyped keeps what a curator typed into a form that was refused,
	// so "Edit again" can show it, when the draft is at version; it does
	// not change the version, since the draft itself did not change. nil
	// forgets it. A draft at another version is a *DraftConflictError.
	KeepTyped(ctx context.Context, id int64, version int, t *Typed) error

	// OpenDrafts returns the open drafts of a workspace on a platform, the
	// least recently changed first (the next to expire).
	OpenDrafts(ctx context.Context, platform, workspace string) ([]Draft, error)

	// ExpireDrafts marks every open draft last changed before before as
	// expired, by by at at, and returns them as stored. It is one
	// conditional write per draft, so replicas sweeping at once expire
	// each draft once and a draft changed meanwhile is left open.
	ExpireDrafts(ctx context.Context, before time.Time, by string, at time.Time) ([]Draft, error)

	// PurgeDrafts deletes the drafts that are no longer open and were last
	// changed before before, and returns how many.
	PurgeDrafts(ctx context.Context, before time.Time) (int, error)
}

// DraftState is where a draft stands.
type DraftState string

// The states of a Draft. Only an open draft changes; the others are kept
// for a while so that a late click on its card is told who closed it.
const (
	DraftOpen      DraftState = "open"
	DraftPublished DraftState = "published"
	DraftDiscarded DraftState = "discarded"
	DraftExpired   DraftState = "expired"
)

// Draft is a briefing drafted from a link, as the store keeps it.
type Draft struct {
	ID      int64 // given by the store
	Version int   // 1 when created; every write adds one
	State   DraftState

	// Where it was drafted: the platform, workspace and channel. Only
	// curators of that workspace act on it.
	Platform  string
	Workspace string
	Channel   string
	URL       string // the link it was drafted from, as the curator gave it

	By     string // who drafted it (see Actor)
	ByName string // their name as the platform gave it; "" when it gave none
	At     time.Time

	ChangedBy     string // who last changed it; By until someone does
	ChangedByName string
	Changed       time.Time // when it was last changed; At until it is

	// Briefing is the id it is published as (or was): chosen from the
	// article when drafted, made unique when it is published.
	Briefing string
	// Published is the briefing's version that publishing it made; 0
	// until then, and while a publish is under way.
	Published int

	Content DraftContent
	// Typed is what the last refused form held, for "Edit again"; nil when
	// there is none.
	Typed *Typed
}

// DraftContent is what a draft would publish. It is kept as JSON; the
// names are part of the stored format.
type DraftContent struct {
	Title    string    `json:"title"`
	Date     time.Time `json:"date"`                // the day the news is about, UTC midnight
	DateFrom string    `json:"date_from,omitempty"` // where the date came from; "" when today stands in
	// Topics are topic ids: the registry's, or of NewTopics.
	Topics      []string       `json:"topics"`
	Summary     string         `json:"summary"` // paragraphs separated by a blank line
	Points      []DraftPoint   `json:"points,omitempty"`
	Quotes      []DraftQuote   `json:"quotes,omitempty"`
	NewSpeakers []DraftSpeaker `json:"new_speakers,omitempty"`
	NewTopics   []DraftTopic   `json:"new_topics,omitempty"`
	Source      DraftSource    `json:"source"`
	// Sources are further articles on the same story, added when another
	// followed feed carried it (one story, one draft); they are published
	// as the briefing's further sources.
	Sources []DraftSource `json:"more_sources,omitempty"`
	// Notes are what ingest wants the curator to know ("the article gives
	// no date").
	Notes []string `json:"notes,omitempty"`
}

// DraftPoint is a key point, with its speaker's name when it reports one.
type DraftPoint struct {
	Text    string `json:"text"`
	Speaker string `json:"speaker,omitempty"`
}

// DraftQuote is a quote as the article has it. Its text is never edited;
// its speaker is a registry name, a new speaker's name, or UnknownSpeaker.
type DraftQuote struct {
	Text    string    `json:"text"`
	Speaker string    `json:"speaker"`
	Said    time.Time `json:"said"`
	// Check is why ingest thinks the curator should check the speaker.
	Check   string `json:"check,omitempty"`
	Dropped bool   `json:"dropped,omitempty"` // left out of what is published
}

// DraftSpeaker is a speaker the registry lacks, which publishing adds.
type DraftSpeaker struct {
	Name    string   `json:"name"`
	Role    string   `json:"role,omitempty"`
	Kind    string   `json:"kind,omitempty"`
	Aliases []string `json:"aliases,omitempty"`
}

// DraftTopic is a topic the registry lacks, which publishing adds.
type DraftTopic struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// DraftSource is the article.
type DraftSource struct {
	ID        string    `json:"id"`
	Title     string    `json:"title"`
	Outlet    string    `json:"outlet,omitempty"`
	Author    string    `json:"author,omitempty"`
	URL       string    `json:"url,omitempty"`
	Published time.Time `json:"published,omitzero"`
}

// Typed is what a curator typed into a form the bot refused, kept so the
// form can be offered again as they left it.
type Typed struct {
	Form   string            `json:"form"` // the Form.ID
	By     string            `json:"by"`
	Values map[string]string `json:"values"`
}

// UnknownSpeaker is the speaker of a quote whose speaker the article does
// not name (ingest.Unknown). Such a quote is not published until a curator
// names its speaker or drops it.
const UnknownSpeaker = "unknown"

// ErrNoDraft is returned for a draft the store does not hold: never made,
// or purged long after it was closed.
var ErrNoDraft = errors.New("store: no such draft")

// DraftConflictError refuses a write based on a version of a draft that is
// no longer current: another curator changed it meanwhile. It holds the
// draft as it now is, to show them.
type DraftConflictError struct {
	Base    int // the version the refused write started from
	Current Draft
}

func (e *DraftConflictError) Error() string {
	c := e.Current
	return fmt.Sprintf("draft %d was changed by someone else: version %d is %s, by %s at %s, after version %d, which this change started from",
		c.ID, c.Version, c.State, c.ChangedBy, c.Changed.UTC().Format("2006-01-02 15:04 MST"), e.Base)
}

// CheckDraft checks what a store is asked to write for what no store may
// accept. Stores call it; its errors match ErrInvalidDraft.
func CheckDraft(d Draft) error {
	switch {
	case d.Platform == "" || d.Workspace == "":
		return fmt.Errorf("%w: a draft without platform or workspace", ErrInvalidDraft)
	case d.By == "" || d.At.IsZero():
		return fmt.Errorf("%w: a draft without who drafted it or when", ErrInvalidDraft)
	}
	return CheckDraftUpdate(d)
}

// CheckDraftUpdate checks what DraftStore.UpdateDraft is asked to write:
// a known state, and who changed it when. Its errors match ErrInvalidDraft.
func CheckDraftUpdate(d Draft) error {
	if d.ChangedBy == "" || d.Changed.IsZero() {
		return fmt.Errorf("%w: a change without who or when", ErrInvalidDraft)
	}
	switch d.State {
	case DraftOpen, DraftPublished, DraftDiscarded, DraftExpired:
	default:
		return fmt.Errorf("%w: state %q", ErrInvalidDraft, d.State)
	}
	return nil
}

// ErrInvalidDraft means a draft write breaks the rules CheckDraft enforces.
var ErrInvalidDraft = errors.New("store: invalid draft")
