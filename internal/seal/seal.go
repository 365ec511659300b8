// Package seal keeps secrets the bot must store, such as the bot tokens
// of the Slack workspaces that installed it, encrypted at rest: a copy of
// the database, a backup or a replica's disk then gives away no token
// without the key, which lives only in the environment.
//
// A value is sealed with AES-256-GCM under the current key and bound to
// its record (e.g. "slack:T123"): copied into another row, it does not
// open. Keys can be rotated without downtime: give the new key as
// ENCRYPTION_KEY and the old one in ENCRYPTION_KEYS_PREVIOUS; values
// sealed under either open, new ones are sealed under the new key, and
// NeedsReseal tells a store which records to seal again before the old
// key is dropped.
//
// A sealed value is, byte by byte:
//
//	version (1) | key id (4) | nonce (12) | ciphertext and GCM tag
//
// where the key id is the first 4 bytes of the SHA-256 of the key, so that
// opening knows which key to use, and the version and key id are
// authenticated along with the record.
package seal

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
)

// The environment variables the keys come from, named in every error about
// them.
const (
	KeyVar      = "ENCRYPTION_KEY"
	PreviousVar = "ENCRYPTION_KEYS_PREVIOUS"
)

// KeySize is the length of a key: AES-256.
const KeySize = 32

const (
	version   = 1
	idSize    = 4
	nonceSize = 12
	headSize  = 1 + idSize
	overhead  = headSize + nonceSize + 16 // the GCM tag
)

// Errors from Open. Each reads as the end of a sentence about the value.
var (
	// ErrNotSealed: the bytes are not a value this package sealed, or are cut short.
	ErrNotSealed = errors.New("is not a sealed value (wrong format or cut short)")
	// ErrUnknownKey: the value was sealed under a key that is not configured.
	ErrUnknownKey = errors.New("was sealed under a key that is not configured")
	// ErrCannotOpen: the key is right but the value was altered, or it was
	// sealed for another record.
	ErrCannotOpen = errors.New("cannot be opened: it was altered, or sealed for another record")
)

// ErrNoKey is returned by ParseKeys when ENCRYPTION_KEY is not set.
var ErrNoKey = errors.New(KeyVar + ": not set; " + want)

const want = "expected 32 random bytes in base64 (44 characters; make one with: head -c 32 /dev/urandom | base64)"

// Keyring is the current key and the previous ones. It is safe for
// concurrent use.
type Keyring struct {
	current *key
	keys    []*key // current first
}

type key struct {
	id   [idSize]byte
	aead cipher.AEAD
}

// New makes a keyring that seals under current and opens under current
// and any of previous. Each key must be KeySize bytes.
func New(current []byte, previous ...[]byte) (*Keyring, error) {
	k := &Keyring{}
	all := append([][]byte{current}, previous...)
	for i, raw := range all {
		if len(raw) != KeySize {
			return nil, fmt.Errorf("key %d is %d bytes, want %d", i+1, len(raw), KeySize)
		}
		if slices.ContainsFunc(all[:i], func(b []byte) bool { return bytes.Equal(b, raw) }) {
			continue // the same key given twice, e.g. during a rotation
		}
		block, err := aes.NewCipher(raw)
		if err != nil {
			return nil, err
		}
		aead, err := cipher.NewGCM(block)
		if err != nil {
			return nil, err
		}
		k.keys = append(k.keys, &key{id: keyID(raw), aead: aead})
	}
	k.current = k.keys[0]
	return k, nil
}

func keyID(raw []byte) [idSize]byte {
	sum := sha256.Sum256(raw)
	return [idSize]byte(sum[:idSize])
}

// ID names the current key without giving it away: the hex of its key id,
// which a log may show to confirm which key is in use. For a key in
// base64, the same is: echo KEY | base64 -d | sha256sum | cut -c1-8
func (k *Keyring) ID() string { return hex.EncodeToString(k.current.id[:]) }

// Seal encrypts plaintext under the current key, bound to record: the
// same record must be given to Open. Each call gives different bytes.
func (k *Keyring) Seal(plaintext []byte, record string) []byte {
	out := make([]byte, headSize+nonceSize, overhead+len(plaintext))
	out[0] = version
	copy(out[1:headSize], k.current.id[:])
	rand.Read(out[headSize:]) // never fails (crypto/rand)
	nonce := out[headSize : headSize+nonceSize]
	return k.current.aead.Seal(out, nonce, plaintext, additional(out[:headSize], record))
}

// Open decrypts a value Seal made for record, under whichever configured
// key sealed it. Its errors wrap ErrNotSealed, ErrUnknownKey or
// ErrCannotOpen, and never hold the value or a key.
func (k *Keyring) Open(sealed []byte, record string) ([]byte, error) {
	if len(sealed) < overhead || sealed[0] != version {
		return nil, ErrNotSealed
	}
	id := [idSize]byte(sealed[1:headSize])
	found := false
	for _, c := range k.keys {
		if c.id != id {
			continue
		}
		found = true
		nonce := sealed[headSize : headSize+nonceSize]
		plain, err := c.aead.Open(nil, nonce, sealed[headSize+nonceSize:], additional(sealed[:headSize], record))
		if err == nil {
			return plain, nil
		}
	}
	if !found {
		return nil, fmt.Errorf("%w: key %x is neither %s nor one of %s", ErrUnknownKey, id, KeyVar, PreviousVar)
	}
	return nil, ErrCannotOpen
}

// NeedsReseal reports whether a sealed value is not under the current key
// (or not in the current format), so a store should Reseal it and write it
// back before the previous key is dropped.
func (k *Keyring) NeedsReseal(sealed []byte) bool {
	return len(sealed) < overhead || sealed[0] != version || [idSize]byte(sealed[1:headSize]) != k.current.id
}

// Reseal opens a value under any configured key and seals it again under
// the current one, for the same record.
func (k *Keyring) Reseal(sealed []byte, record string) ([]byte, error) {
	plain, err := k.Open(sealed, record)
	if err != nil {
		return nil, err
	}
	return k.Seal(plain, record), nil
}

// additional is what GCM authenticates besides the ciphertext: the header
// (so neither version nor key id can be swapped) and the record.
func additional(head []byte, record string) []byte {
	return append(append(make([]byte, 0, len(head)+len(record)), head...), record...)
}
