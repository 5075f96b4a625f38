// Package swar holds what the text scanners of the corpus packages need to
// test eight bytes at a time in one 64-bit word ("SIMD within a
// register"): the load of a word from a string and the constants of the
// usual byte tests.
//
// The tests themselves stay with their scanners, which each flag different
// bytes; for the record, with y = x ^ (Ones * c):
//
//	(y - Ones) &^ y & Highs
//
// sets the high bit of the lowest byte of x equal to c (and perhaps of
// bytes above it, through a borrow), which is what a search needs, and
//
//	^((y&Lows + Lows) | y | Lows)
//
// sets it for exactly the bytes equal to c, which is what a count needs.
package swar

const (
	// Ones holds 0x01 in every byte: Ones*c repeats byte c.
	Ones = 0x0101010101010101
	// Highs holds the high bit of every byte.
	Highs = 0x8080808080808080
	// Lows holds the seven low bits of every byte.
	Lows = 0x7F7F7F7F7F7F7F7F
)

// Load returns the eight bytes of s from i, s[i] in the low byte. It
// panics, as an index would, unless i+8 ≤ len(s).
//
// Written out over a string, the eight byte loads are merged into one,
// but each keeps its bounds check: the compiler does not carry a loop's
// i+8 ≤ len(s) over to i+1 … i+7. Slicing first leaves one check.
func Load(s string, i int) uint64 {
	b := s[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}
