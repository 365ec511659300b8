package bot

import (
	"context"
	"errors"
	"time"
)

// CredentialStore keeps platform credentials: one record per (platform,
// workspace), such as the bot token a Slack workspace gave the bot when it
// installed it. The core keeps them without reading them: Secret is sealed
// by the adapter that owns the record (internal/seal) before it reaches the
// store, and Meta is the adapter's own description of it. Only that adapter
// knows what either means (DESIGN.md, "Workspaces").
//
// adapters/sqlite and adapters/postgres implement it beside Store, and
// bot/storetest holds the contract. Implementations must be safe for
// concurrent use, and a store shared by several processes keeps its
// promises across them: a credential put through one replica is read by the
// others at once, a refresh is claimed by one at a time, and a one-time
// value is used once. Every method honours ctx. Times are kept to the
// millisecond and returned in UTC; the store never reads its own clock.
type CredentialStore interface {
	// Credential returns the record of a workspace, or ErrNoCredential.
	Credential(ctx context.Context, platform, workspace string) (Credential, error)

	// PutCredential stores c under (c.Platform, c.Workspace) and returns it
	// as stored, with its new Rev. ifRev says what it may replace: AnyRev,
	// whatever is there, or nothing; NoRev, nothing (the record must not
	// exist); any other value, only the record at that revision. When the
	// stored record is not what ifRev asks for, nothing changes and the
	// error matches ErrCredentialChanged. Putting a record ends any claim
	// on its refresh.
	PutCredential(ctx context.Context, c Credential, ifRev int64) (Credential, error)

	// DeleteCredential deletes a workspace's record when it is at revision
	// ifRev (AnyRev: at any). It reports whether it deleted one.
	DeleteCredential(ctx context.Context, platform, workspace string, ifRev int64) (bool, error)

	// Credentials lists a platform's records, by workspace. With before set,
	// only those whose Expires is set and before it: the ones due for a
	// refresh.
	Credentials(ctx context.Context, platform string, before time.Time) ([]Credential, error)

	// ClaimRefresh claims the refresh of a workspace's credential for owner
	// until then, unless another holds an unexpired claim at now. It returns
	// the record as it is, and whether the claim is this caller's. The
	// claim ends when the record is put again (the refreshed secret) or
	// deleted, or at until.
	ClaimRefresh(ctx context.Context, platform, workspace, owner string, now, until time.Time) (Credential, bool, error)

	// UseOnce records a one-time value, such as the state of an OAuth
	// flow, and reports whether this is its first use. The value is
	// remembered until expires; a value whose record has expired (at now)
	// counts as new again, so expires must outlast the value's own
	// validity. Records past their time may be forgotten.
	UseOnce(ctx context.Context, key string, now, expires time.Time) (bool, error)
}

// Credential is one workspace's credentials on a platform, as the store
// keeps them.
type Credential struct {
	Platform  string
	Workspace string // e.g. a Slack team (T…) or enterprise (E…) id
	// Secret is sealed by its adapter; the store keeps the bytes as given.
	// A record may have none, when it only says something about the
	// workspace (Meta).
	Secret []byte
	// Meta is what the adapter notes beside the secret, never secret itself
	// (team name, bot user, who installed it); the store keeps it as given.
	Meta []byte
	// Expires is when Secret stops working, so that it is refreshed
	// before; zero when it does not expire.
	Expires time.Time
	// Rev is the record's revision, set by the store: it grows with every
	// put, so a writer can tell whether the record changed since it read it.
	Rev int64
	// Updated is when the record was last put, as given by the caller.
	Updated time.Time
}

// Revisions PutCredential and DeleteCredential may be given instead of a
// record's Rev.
const (
	// AnyRev puts or deletes whatever is there.
	AnyRev int64 = -1
	// NoRev puts only where there is no record yet.
	NoRev int64 = 0
)

var (
	// ErrNoCredential means the workspace has no credential record.
	ErrNoCredential = errors.New("store: no credential for this workspace")
	// ErrCredentialChanged means a conditional put found another revision
	// than the one it was given (or a record where none was expected).
	ErrCredentialChanged = errors.New("store: the credential changed meanwhile")
)
