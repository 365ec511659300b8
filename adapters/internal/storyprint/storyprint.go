// Package storyprint stores a story's fingerprint the same way in both SQL
// stores: its uint64s, little-endian, in one binary column. That is exact
// for every value, which a signed BIGINT array would not be, and one read
// of the column is one story.
package storyprint

import (
	"encoding/binary"
	"fmt"
)

// Encode returns p as the stored bytes.
func Encode(p []uint64) []byte {
	b := make([]byte, 0, 8*len(p))
	for _, x := range p {
		b = binary.LittleEndian.AppendUint64(b, x)
	}
	return b
}

// Decode reads back what Encode stored; nil for none.
func Decode(b []byte) ([]uint64, error) {
	if len(b)%8 != 0 {
		return nil, fmt.Errorf("a fingerprint of %d bytes is not whole uint64s", len(b))
	}
	if len(b) == 0 {
		return nil, nil
	}
	p := make([]uint64, len(b)/8)
	for i := range p {
		p[i] = binary.LittleEndian.Uint64(b[8*i:])
	}
	return p, nil
}
