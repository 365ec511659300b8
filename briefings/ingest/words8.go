package ingest

// Eight bytes at a time: the loops that visit every byte of an article's
// text (lowerInto, over every paragraph, and plainSafe, over every quote
// and point the draft writes) test eight ASCII bytes with a few word
// operations and step over them together, and fall back to their byte at
// a time reading where a word holds a byte they must look at.

const (
	ones8 = 0x0101010101010101 // 0x01 in each byte
	high8 = 0x8080808080808080 // each byte's top bit: set in no ASCII byte
)

// load8 is the eight bytes of s from i as a little-endian word: the byte
// at i is its lowest. The caller checks that i+8 <= len(s).
func load8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// store8 writes x to the eight bytes of b from i, its lowest byte first.
func store8(b []byte, i int, x uint64) {
	b = b[i : i+8]
	b[0], b[1], b[2], b[3] = byte(x), byte(x>>8), byte(x>>16), byte(x>>24)
	b[4], b[5], b[6], b[7] = byte(x>>32), byte(x>>40), byte(x>>48), byte(x>>56)
}

// printableASCII8 reports whether the eight bytes of x are all printable
// ASCII, none a control character (below 0x20, or DEL) nor a byte of a
// longer character (0x80 and up). With no top bit set in x, x - 0x20 in
// each byte borrows, and sets the byte's top bit, exactly where some byte
// is below 0x20 (the lowest such byte sets it, whatever the borrows above
// it), and x + 1 in each byte sets a top bit, carrying nothing, exactly
// where a byte is 0x7f.
func printableASCII8(x uint64) bool {
	return (x|(x-0x20*ones8)|(x+ones8))&high8 == 0
}

// lowerASCII8 is x, eight ASCII bytes (no top bit set), with each of 'A'
// to 'Z' made its lower case, as asciiLower does byte by byte. No byte
// carries into the next: the sums stay below 0x100.
func lowerASCII8(x uint64) uint64 {
	geA := x + (0x80-'A')*ones8   // top bit set where a byte is 'A' or above
	gtZ := x + (0x80-'Z'-1)*ones8 // top bit set where a byte is above 'Z'
	return x | (geA&^gtZ&high8)>>2
}

// digitFree8 reports whether no byte of x is an ASCII digit. A byte at
// 0x80 or above is read by its low seven bits, which may take it for a
// digit (the caller then looks at the bytes one by one) but never miss
// one; the sums then stay below 0x100 in each byte.
func digitFree8(x uint64) bool {
	h := x &^ high8
	ge0 := h + (0x80-'0')*ones8   // top bit set where a byte is '0' or above
	gt9 := h + (0x80-'9'-1)*ones8 // top bit set where a byte is above '9'
	return ge0&^gt9&high8 == 0
}
