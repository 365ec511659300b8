package bot

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/briefbot/briefbot/briefings"
)

// ContentStore keeps the briefings curators publish into the store, every
// version of each with who published it and when, and the registry entries
// they bring; and it tells a replica when any of it changed. The core
// defines it; adapters/sqlite and adapters/postgres implement it, and
// bot/storetest holds the contract every implementation must pass.
//
// Every write changes the content's sequence number, which only grows:
// Snapshot gives the content as of a number, and Changes what changed after
// one, so a replica catches up from where it was however many changes it
// missed. Writes check what they are based on: an edit names the version
// it started from, and is refused with a *ConflictError when another was
// published meanwhile. Implementations must be safe for concurrent use, by
// goroutines and, for a store shared by replicas, by processes. Times are
// kept to the millisecond and returned in UTC; the store never reads its
// own clock.
type ContentStore interface {
	// Snapshot returns what is published now: the latest version of each
	// briefing that is not retracted, every registry entry, and the
	// sequence number they are as of.
	Snapshot(ctx context.Context) (Content, error)

	// Registry returns the registry entries alone, with the sequence
	// number: what checking a briefing against the store needs, without
	// every text.
	Registry(ctx context.Context) (Content, error)

	// Changes returns what changed after sequence number after: every
	// version written since (in order; a briefing changed twice comes
	// twice) and every registry entry added, with the number they bring the
	// content to. With nothing new, it returns no versions and Seq = after.
	Changes(ctx context.Context, after int64) (Content, error)

	// Watch returns a channel that receives a value soon after the content
	// may have changed, here or in another process, until ctx ends. Signals
	// are coalesced: one value may stand for several changes, and a value
	// may come with nothing new (callers ask Changes).
	Watch(ctx context.Context) <-chan struct{}

	// Publish writes a batch of briefings and registry entries in one
	// transaction: all of it, or nothing. Each briefing's Base must be its
	// current version (0 for an id the store has never held), else the
	// batch is refused with a *ConflictError naming who changed it and
	// when; a briefing whose Key is the current version's, and which is
	// not retracted, is left as it is (Unchanged). A registry entry whose
	// id the store holds with other details, or one of whose names another
	// entry of its kind has, refuses the batch with a
	// *RegistryConflictError; one held with the same details is skipped.
	// It returns the result for each briefing, in order.
	Publish(ctx context.Context, b Batch) ([]Published, error)

	// Retract hides a briefing from every answer by writing a retracted
	// version on top of its current one (which history keeps). r.Version
	// must be the current version, or 0 for whatever is current. It
	// returns ErrNoBriefing for an id the store has never held, a
	// *ConflictError when the current version is another or is already
	// retracted.
	Retract(ctx context.Context, r Retraction) (Version, error)

	// History returns every version of a briefing, oldest first; nil for
	// an id the store has never held.
	History(ctx context.Context, id string) ([]Version, error)

	// Current returns the latest version of each id the store holds (of
	// those asked for), retracted or not.
	Current(ctx context.Context, ids []string) (map[string]Version, error)
}

// VersionState says what a version did.
type VersionState string

// The states of a Version.
const (
	StatePublished VersionState = "published"
	StateRetracted VersionState = "retracted"
)

// Version is one version of a briefing in the store.
type Version struct {
	ID      string
	Version int // 1, 2, …
	State   VersionState
	// Text is the briefing file as published; a retraction keeps the text
	// it hid.
	Text string
	Key  string // briefings.ContentKey of Text
	By   string // who: "slack:T1/U2", "discord:123", "cli:alice" (see Actor)
	At   time.Time
	Base int // the version this one was made from; 0 for the first
	// Reason is why a briefing was retracted.
	Reason string
	// Updated is when the briefing counts as last updated: when it was
	// published, or for an import, as its updated field says (zero).
	Updated time.Time
	Seq     int64 // the content's sequence number this version brought
}

// Content is the store's published content, or a change to it.
type Content struct {
	Versions []Version
	Speakers []RegistryEntry
	Topics   []RegistryEntry
	Seq      int64
}

// RegistryEntry is a speaker or topic the store's registry holds: added by
// publishing a briefing that brought it, or by an import.
type RegistryEntry struct {
	Speaker *briefings.Speaker // for a speaker
	Topic   *briefings.Topic   // for a topic
	By      string
	At      time.Time
	Seq     int64
}

// ID returns the entry's id.
func (e RegistryEntry) ID() string {
	if e.Speaker != nil {
		return e.Speaker.ID
	}
	return e.Topic.ID
}

// Names returns the entry's names as briefings.Fold gives them, each once:
// no two entries of one kind may share one.
func (e RegistryEntry) Names() []string {
	var all []string
	if e.Speaker != nil {
		all = append([]string{e.Speaker.ID, e.Speaker.Name}, e.Speaker.Aliases...)
	} else {
		all = append([]string{e.Topic.ID, e.Topic.Name}, e.Topic.Aliases...)
	}
	var out []string
	seen := map[string]bool{}
	for _, n := range all {
		if k := briefings.Fold(n); k != "" && !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}

// Same reports whether two entries describe the same speaker or topic in
// every detail.
func (e RegistryEntry) Same(o RegistryEntry) bool {
	switch {
	case e.Speaker != nil && o.Speaker != nil:
		return briefings.SameSpeaker(e.Speaker, o.Speaker)
	case e.Topic != nil && o.Topic != nil:
		return briefings.SameTopic(e.Topic, o.Topic)
	}
	return false
}

// Batch is what Publish writes in one transaction.
type Batch struct {
	Briefings []Publication
	Speakers  []*briefings.Speaker
	Topics    []*briefings.Topic
	By        string
	At        time.Time
}

// Publication is one briefing to publish.
type Publication struct {
	ID   string
	Text string
	Key  string // briefings.ContentKey of Text
	// Base is the version the edit started from: the current version, or
	// 0 for a briefing the store has never held.
	Base int
	// Updated is Version.Updated.
	Updated time.Time
}

// Published is what Publish did with one briefing.
type Published struct {
	Version Version // the version now current
	// Unchanged reports that the text was the current version's, and no
	// version was written.
	Unchanged bool
}

// Retraction is what Retract writes.
type Retraction struct {
	ID      string
	Version int // the version the curator saw; 0 for whatever is current
	By      string
	At      time.Time
	Reason  string
}

var (
	// ErrNoBriefing is returned for an id the store has never held.
	ErrNoBriefing = errors.New("store: no such briefing")
	// ErrInvalidContent means a write breaks the rules CheckBatch
	// enforces.
	ErrInvalidContent = errors.New("store: invalid content write")
)

// ConflictError refuses a write based on a version that is no longer the
// current one: someone else published or retracted the briefing meanwhile.
// It names them, so the curator can look at their change before making
// theirs again.
type ConflictError struct {
	ID string
	// Base is the version the refused write started from; 0 when it took
	// the briefing for new.
	Base int
	// The current version: its number, state, author and time.
	Current int
	State   VersionState
	By      string
	At      time.Time
}

func (e *ConflictError) Error() string {
	did := "published"
	if e.State == StateRetracted {
		did = "retracted"
	}
	when := e.At.UTC().Format("2006-01-02 15:04 MST")
	switch {
	case e.Current == 0:
		return fmt.Sprintf("%s is not in the store: version %d, which this change started from, is not there", e.ID, e.Base)
	case e.Base == 0:
		return fmt.Sprintf("%s is already in the store: version %d, %s by %s at %s", e.ID, e.Current, did, e.By, when)
	case e.State == StateRetracted && e.Current == e.Base:
		return fmt.Sprintf("%s is already retracted: version %d, by %s at %s", e.ID, e.Current, e.By, when)
	}
	return fmt.Sprintf("%s was changed by someone else: version %d was %s by %s at %s, after version %d, which this change started from",
		e.ID, e.Current, did, e.By, when, e.Base)
}

// RegistryConflictError refuses a registry entry that would rename or merge
// an entry the store holds: its id with other details, or a name another
// entry of its kind has.
type RegistryConflictError struct {
	Kind  string // "speaker" or "topic"
	ID    string
	Name  string // the name in dispute, when it is a name
	Owner string // the id of the entry that has it
}

func (e *RegistryConflictError) Error() string {
	if e.Name != "" {
		return fmt.Sprintf("new %s %q: the name %q already belongs to the %s %q", e.Kind, e.ID, e.Name, e.Kind, e.Owner)
	}
	return fmt.Sprintf("new %s %q: the store already has a %s with this id and other details", e.Kind, e.ID, e.Kind)
}

// Actor names who did something, as Version.By records it: the platform
// and the user's id (with the Slack workspace, since a Slack user id is
// only unique within one), or "cli" and the operating-system user.
func Actor(platform, workspace, user string) string {
	switch {
	case platform == Slack && workspace != "":
		return "slack:" + workspace + "/" + user
	case platform == "":
		return user
	}
	return platform + ":" + user
}

// CheckBatch checks what Publish is asked to write for what no store can
// accept: an empty id or text, an id twice. Stores call it; the errors
// match ErrInvalidContent.
func CheckBatch(b Batch) error {
	seen := map[string]bool{}
	for _, p := range b.Briefings {
		switch {
		case strings.TrimSpace(p.ID) == "" || strings.TrimSpace(p.Text) == "" || p.Key == "":
			return fmt.Errorf("%w: a briefing without id, text or key", ErrInvalidContent)
		case seen[p.ID]:
			return fmt.Errorf("%w: briefing %s given twice", ErrInvalidContent, p.ID)
		case p.Base < 0:
			return fmt.Errorf("%w: briefing %s based on version %d", ErrInvalidContent, p.ID, p.Base)
		}
		seen[p.ID] = true
	}
	if strings.TrimSpace(b.By) == "" || b.At.IsZero() {
		return fmt.Errorf("%w: a publication without who or when", ErrInvalidContent)
	}
	return nil
}
