package seal_test

import (
	"bytes"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/internal/seal"
)

func newKey() []byte {
	k := make([]byte, seal.KeySize)
	rand.Read(k)
	return k
}

func keyring(t *testing.T, current []byte, previous ...[]byte) *seal.Keyring {
	t.Helper()
	k, err := seal.New(current, previous...)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

const token = "xoxb-1234-5678-abcdefghijklmnop"

func TestRoundTrip(t *testing.T) {
	t.Parallel()
	k := keyring(t, newKey())
	a := k.Seal([]byte(token), "slack:T123")
	b := k.Seal([]byte(token), "slack:T123")
	if bytes.Equal(a, b) {
		t.Error("sealing twice gave the same bytes: the nonce is not fresh")
	}
	if bytes.Contains(a, []byte(token)) || bytes.Contains(a, []byte("xoxb")) {
		t.Error("the sealed value holds the token in clear")
	}
	for _, sealed := range [][]byte{a, b} {
		got, err := k.Open(sealed, "slack:T123")
		if err != nil || string(got) != token {
			t.Errorf("Open: %q, %v", got, err)
		}
	}
	if k.NeedsReseal(a) {
		t.Error("a value sealed under the current key needs no resealing")
	}
	empty := k.Seal(nil, "slack:T1")
	if got, err := k.Open(empty, "slack:T1"); err != nil || len(got) != 0 {
		t.Errorf("empty value: %q, %v", got, err)
	}
}

// TestRotation is the operator's rotation: the new key in ENCRYPTION_KEY,
// the old one in ENCRYPTION_KEYS_PREVIOUS until every record is resealed.
func TestRotation(t *testing.T) {
	t.Parallel()
	oldKey, newKey := newKey(), newKey()
	before := keyring(t, oldKey)
	sealed := before.Seal([]byte(token), "slack:T123")

	during := keyring(t, newKey, oldKey)
	got, err := during.Open(sealed, "slack:T123")
	if err != nil || string(got) != token {
		t.Fatalf("an old value with the old key still configured: %q, %v", got, err)
	}
	if !during.NeedsReseal(sealed) {
		t.Error("an old value should need resealing")
	}
	if during.ID() == before.ID() {
		t.Error("the current key id did not change")
	}
	resealed, err := during.Reseal(sealed, "slack:T123")
	if err != nil {
		t.Fatal(err)
	}
	if during.NeedsReseal(resealed) {
		t.Error("a resealed value still needs resealing")
	}
	fresh := during.Seal([]byte(token), "slack:T9")
	if _, err := before.Open(fresh, "slack:T9"); !errors.Is(err, seal.ErrUnknownKey) {
		t.Errorf("a replica still on the old key opening a new value: %v", err)
	}

	after := keyring(t, newKey)
	if got, err := after.Open(resealed, "slack:T123"); err != nil || string(got) != token {
		t.Errorf("a resealed value after the old key is gone: %q, %v", got, err)
	}
	_, err = after.Open(sealed, "slack:T123")
	if !errors.Is(err, seal.ErrUnknownKey) {
		t.Fatalf("an old value without the old key: %v, want ErrUnknownKey", err)
	}
	for _, want := range []string{before.ID(), "ENCRYPTION_KEY", "ENCRYPTION_KEYS_PREVIOUS"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("%q does not say %q", err, want)
		}
	}
	if _, err := after.Reseal(sealed, "slack:T123"); !errors.Is(err, seal.ErrUnknownKey) {
		t.Errorf("Reseal without the old key: %v", err)
	}

	// The same key given twice is one key.
	twice := keyring(t, newKey, newKey, oldKey)
	if got, err := twice.Open(sealed, "slack:T123"); err != nil || string(got) != token {
		t.Errorf("with a repeated key: %q, %v", got, err)
	}
}

// TestTampering: any change to a sealed value, or opening it for another
// record, fails, and says which of the three it is.
func TestTampering(t *testing.T) {
	t.Parallel()
	k := keyring(t, newKey())
	sealed := k.Seal([]byte(token), "slack:T123")
	for i := range sealed {
		for _, bit := range []byte{0x01, 0x80} {
			bad := bytes.Clone(sealed)
			bad[i] ^= bit
			got, err := k.Open(bad, "slack:T123")
			want := seal.ErrCannotOpen
			switch {
			case i == 0:
				want = seal.ErrNotSealed // the version
			case i < 5:
				want = seal.ErrUnknownKey // the key id
			}
			if !errors.Is(err, want) || got != nil {
				t.Errorf("byte %d ^ %#x: %q, %v; want %v", i, bit, got, err, want)
			}
		}
	}
	for _, n := range []int{0, 1, 5, 17, 32, len(sealed) - 1} {
		if _, err := k.Open(sealed[:n], "slack:T123"); err == nil {
			t.Errorf("cut to %d bytes: opened", n)
		}
	}
	if _, err := k.Open(append(bytes.Clone(sealed), 0), "slack:T123"); !errors.Is(err, seal.ErrCannotOpen) {
		t.Errorf("a byte added: %v", err)
	}
	// Copied to another row, or asked for with no record: does not open.
	for _, record := range []string{"slack:T124", "slack:T12", "slack:T1234", "discord:T123", ""} {
		if got, err := k.Open(sealed, record); !errors.Is(err, seal.ErrCannotOpen) || got != nil {
			t.Errorf("record %q: %q, %v", record, got, err)
		}
	}
	// Another deployment's key of the same format.
	if _, err := keyring(t, newKey()).Open(sealed, "slack:T123"); !errors.Is(err, seal.ErrUnknownKey) {
		t.Errorf("another key: %v", err)
	}
	if !k.NeedsReseal([]byte("short")) {
		t.Error("a value that is not sealed needs resealing")
	}
}

// TestParseKeys: what the environment may hold, and what each mistake
// says, naming the variable but never the value.
func TestParseKeys(t *testing.T) {
	t.Parallel()
	raw := newKey()
	std := base64.StdEncoding.EncodeToString(raw)
	for name, v := range map[string]string{
		"standard":      std,
		"no padding":    base64.RawStdEncoding.EncodeToString(raw),
		"URL-safe":      base64.URLEncoding.EncodeToString(raw),
		"with new line": std + "\n",
		"with spaces":   "  " + std + " ",
	} {
		k, err := seal.ParseKeys(v, "")
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if got, err := keyring(t, raw).Open(k.Seal([]byte("x"), "r"), "r"); err != nil || string(got) != "x" {
			t.Errorf("%s: not the same key", name)
		}
	}
	old1, old2 := newKey(), newKey()
	prev := base64.StdEncoding.EncodeToString(old1) + ", " + base64.StdEncoding.EncodeToString(old2)
	k, err := seal.ParseKeys(std, prev)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := k.Open(keyring(t, old2).Seal([]byte("x"), "r"), "r"); err != nil {
		t.Errorf("the second previous key: %v", err)
	}

	if _, err := seal.ParseKeys("", ""); !errors.Is(err, seal.ErrNoKey) || !strings.Contains(err.Error(), "ENCRYPTION_KEY: not set") {
		t.Errorf("no key: %v", err)
	}
	short := base64.StdEncoding.EncodeToString(raw[:16])
	long := base64.StdEncoding.EncodeToString(append(bytes.Clone(raw), 1))
	hexKey := hex.EncodeToString(raw)
	tests := []struct {
		current, previous string
		want              string
	}{
		{short, "", "ENCRYPTION_KEY: 16 bytes, not 32; expected 32 random bytes in base64"},
		{base64.StdEncoding.EncodeToString(raw[:31]), "", "ENCRYPTION_KEY: 31 bytes, not 32"},
		{long, "", "ENCRYPTION_KEY: 33 bytes, not 32"},
		{"correct horse battery staple!", "", "ENCRYPTION_KEY: not base64; expected 32 random bytes in base64"},
		{hexKey, "", "ENCRYPTION_KEY: this looks like hex; expected 32 random bytes in base64"},
		{std, short, "ENCRYPTION_KEYS_PREVIOUS: 16 bytes, not 32"},
		{std, std + "," + "not*base64", "ENCRYPTION_KEYS_PREVIOUS, key 2 of 2: not base64"},
		{"", std, "ENCRYPTION_KEY: not set, but ENCRYPTION_KEYS_PREVIOUS is"},
	}
	for _, tc := range tests {
		_, err := seal.ParseKeys(tc.current, tc.previous)
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("ParseKeys(%q, %q): %v, want %q", tc.current, tc.previous, err, tc.want)
			continue
		}
		for _, secret := range []string{tc.current, tc.previous, std, short, hexKey} {
			if secret != "" && strings.Contains(err.Error(), secret) {
				t.Errorf("the error repeats a key: %v", err)
			}
		}
	}
	if _, err := seal.New(raw[:16]); err == nil {
		t.Error("New with a 16-byte key")
	}
}
