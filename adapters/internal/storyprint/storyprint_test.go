package storyprint

import (
	"math"
	"slices"
	"testing"
)

func TestRoundTrip(t *testing.T) {
	t.Parallel()
	for _, p := range [][]uint64{nil, {0}, {1, 1 << 63, math.MaxUint64, 0x0123456789abcdef}} {
		got, err := Decode(Encode(p))
		if err != nil || !slices.Equal(got, p) {
			t.Errorf("Decode(Encode(%v)) = %v, %v", p, got, err)
		}
	}
	if _, err := Decode(make([]byte, 7)); err == nil {
		t.Error("7 bytes decoded as a fingerprint")
	}
}
