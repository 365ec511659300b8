package bot

import (
	"bytes"
	"cmp"
	"context"
	"maps"
	"slices"
	"time"
)

type credKey struct{ platform, workspace string }

type memCredential struct {
	c          Credential
	claimOwner string
	claimUntil time.Time
}

// copyCredential returns c with its own byte slices and times in UTC.
func copyCredential(c Credential) Credential {
	c.Secret = bytes.Clone(c.Secret)
	c.Meta = bytes.Clone(c.Meta)
	if !c.Expires.IsZero() {
		c.Expires = c.Expires.UTC().Truncate(time.Millisecond)
	}
	if !c.Updated.IsZero() {
		c.Updated = c.Updated.UTC().Truncate(time.Millisecond)
	}
	return c
}

// Credential implements CredentialStore.
func (m *MemStore) Credential(ctx context.Context, platform, workspace string) (Credential, error) {
	if err := m.lock(ctx); err != nil {
		return Credential{}, err
	}
	defer m.mu.Unlock()
	r := m.creds[credKey{platform, workspace}]
	if r == nil {
		return Credential{}, ErrNoCredential
	}
	return copyCredential(r.c), nil
}

// PutCredential implements CredentialStore.
func (m *MemStore) PutCredential(ctx context.Context, c Credential, ifRev int64) (Credential, error) {
	if err := m.lock(ctx); err != nil {
		return Credential{}, err
	}
	defer m.mu.Unlock()
	k := credKey{c.Platform, c.Workspace}
	r := m.creds[k]
	switch {
	case ifRev == AnyRev:
	case ifRev == NoRev && r != nil, ifRev > 0 && (r == nil || r.c.Rev != ifRev):
		return Credential{}, ErrCredentialChanged
	}
	c = copyCredential(c)
	c.Rev = 1
	if r != nil {
		c.Rev = r.c.Rev + 1
	}
	m.creds[k] = &memCredential{c: c}
	return copyCredential(c), nil
}

// DeleteCredential implements CredentialStore.
func (m *MemStore) DeleteCredential(ctx context.Context, platform, workspace string, ifRev int64) (bool, error) {
	if err := m.lock(ctx); err != nil {
		return false, err
	}
	defer m.mu.Unlock()
	k := credKey{platform, workspace}
	r := m.creds[k]
	if r == nil || (ifRev != AnyRev && r.c.Rev != ifRev) {
		return false, nil
	}
	delete(m.creds, k)
	return true, nil
}

// Credentials implements CredentialStore.
func (m *MemStore) Credentials(ctx context.Context, platform string, before time.Time) ([]Credential, error) {
	if err := m.lock(ctx); err != nil {
		return nil, err
	}
	defer m.mu.Unlock()
	var out []Credential
	for _, k := range slices.SortedFunc(maps.Keys(m.creds), func(a, b credKey) int {
		if a.platform != b.platform {
			return cmp.Compare(a.platform, b.platform)
		}
		return cmp.Compare(a.workspace, b.workspace)
	}) {
		r := m.creds[k]
		if k.platform != platform {
			continue
		}
		if !before.IsZero() && (r.c.Expires.IsZero() || !r.c.Expires.Before(before)) {
			continue
		}
		out = append(out, copyCredential(r.c))
	}
	return out, nil
}

// ClaimRefresh implements CredentialStore.
func (m *MemStore) ClaimRefresh(ctx context.Context, platform, workspace, owner string, now, until time.Time) (Credential, bool, error) {
	if err := m.lock(ctx); err != nil {
		return Credential{}, false, err
	}
	defer m.mu.Unlock()
	r := m.creds[credKey{platform, workspace}]
	if r == nil {
		return Credential{}, false, ErrNoCredential
	}
	if r.claimOwner != "" && r.claimUntil.After(now) {
		return copyCredential(r.c), false, nil
	}
	r.claimOwner, r.claimUntil = owner, until.UTC().Truncate(time.Millisecond)
	return copyCredential(r.c), true, nil
}

// UseOnce implements CredentialStore.
func (m *MemStore) UseOnce(ctx context.Context, key string, now, expires time.Time) (bool, error) {
	if err := m.lock(ctx); err != nil {
		return false, err
	}
	defer m.mu.Unlock()
	for k, until := range m.once {
		if !until.After(now) {
			delete(m.once, k)
		}
	}
	if _, used := m.once[key]; used {
		return false, nil
	}
	m.once[key] = expires
	return true, nil
}
