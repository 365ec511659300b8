package seal

import (
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"strings"
)

// ParseKeys reads the keys as the environment gives them: current is
// ENCRYPTION_KEY, previous is ENCRYPTION_KEYS_PREVIOUS (keys separated by
// commas or spaces; may be empty). Each is 32 bytes in base64, standard
// or URL-safe, with or without padding. An empty current key is ErrNoKey.
// Errors name the variable and what it should hold, never the value.
func ParseKeys(current, previous string) (*Keyring, error) {
	current = strings.TrimSpace(current)
	olds := strings.FieldsFunc(previous, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == '\n' })
	if current == "" {
		if len(olds) > 0 {
			return nil, fmt.Errorf("%s: not set, but %s is; set %s to the key new values are sealed under", KeyVar, PreviousVar, KeyVar)
		}
		return nil, ErrNoKey
	}
	cur, err := decodeKey(current)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", KeyVar, err)
	}
	var prev [][]byte
	for i, s := range olds {
		k, err := decodeKey(s)
		if err != nil {
			if len(olds) == 1 {
				return nil, fmt.Errorf("%s: %v", PreviousVar, err)
			}
			return nil, fmt.Errorf("%s, key %d of %d: %v", PreviousVar, i+1, len(olds), err)
		}
		prev = append(prev, k)
	}
	return New(cur, prev...)
}

// decodeKey reads one key; its error never repeats it.
func decodeKey(s string) ([]byte, error) {
	var raw []byte
	var err error
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding, base64.URLEncoding, base64.RawURLEncoding} {
		if raw, err = enc.DecodeString(s); err == nil {
			break
		}
	}
	switch {
	case err != nil:
		return nil, fmt.Errorf("not base64; %s", want)
	case len(raw) == KeySize:
		return raw, nil
	case len(s) == 2*KeySize && isHex(s):
		return nil, fmt.Errorf("this looks like hex; %s", want)
	}
	return nil, fmt.Errorf("%d bytes, not 32; %s", len(raw), want)
}

func isHex(s string) bool {
	_, err := hex.DecodeString(s)
	return err == nil
}
