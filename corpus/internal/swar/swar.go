// Package swar holds what the text scanners of the corpus packages share
// to look at eight bytes at a time in one 64-bit word ("SIMD within a
// register"): the load of a word from a string, the byte tests, and the
// count of non-ASCII bytes.
//
// A test flags a byte by setting its high bit in the result. Match and
// Below flag the lowest byte that passes exactly, but a borrow may flag
// bytes above it too: they serve a search (bits.TrailingZeros64 of the
// result, divided by 8) and the test that a word holds no such byte. Equal
// flags exactly, for counts and bitmaps.
package swar

import "math/bits"

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
// i+8 ≤ len(s) over to i+1 … i+7. Slicing first leaves one.
func Load(s string, i int) uint64 {
	b := s[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// Match flags the bytes of x equal to c: the lowest exactly, perhaps some
// above it through a borrow.
func Match(x uint64, c byte) uint64 {
	y := x ^ (Ones * uint64(c))
	return (y - Ones) &^ y & Highs
}

// Below flags the ASCII bytes of x less than n (n ≤ 0x80): the lowest
// exactly, perhaps some above it through a borrow.
func Below(x uint64, n byte) uint64 {
	return (x - Ones*uint64(n)) &^ x & Highs
}

// Equal flags exactly the bytes of x equal to c.
func Equal(x uint64, c byte) uint64 {
	y := x ^ (Ones * uint64(c))
	return ^((y&Lows + Lows) | y | Lows)
}

// CountHigh counts the bytes of s at or above 0x80, the bytes outside
// ASCII, stopping once it has seen limit of them: the result is the full
// count when that is below limit, and at least limit otherwise. ASCII
// text, the case that must be read to the end, goes eight bytes at a time.
func CountHigh(s string, limit int) int {
	count, i := 0, 0
	for ; i+8 <= len(s) && count < limit; i += 8 {
		count += bits.OnesCount64(Load(s, i) & Highs)
	}
	for ; i < len(s) && count < limit; i++ {
		count += int(s[i] >> 7)
	}
	return count
}
