package corpus

import (
	"bytes"
	"encoding/binary"
	"math/bits"

	"github.com/digidip/digidip/corpus/internal/swar"
)

// A word separator is a space or a newline. The normaliser turns tabs and
// the Unicode spaces into a space and collapses runs of spaces, so the
// separators before a byte of normalised text count the words before it.

// countSeparators counts the word separators in b, for the short texts
// (patterns, a title) that need no separatorIndex.
func countSeparators(b []byte) int32 {
	return int32(bytes.Count(b, []byte{' '}) + bytes.Count(b, []byte{'\n'}))
}

// A separatorIndex counts, in constant time, the word separators (spaces
// and newlines) of a normalised text before any byte: the word position of
// a match. It holds a bitmap of the separators, 64 bytes a word, and the
// count before each word. Building it takes one pass of eight bytes at a
// time; counting between consecutive matches instead called bytes.Count
// twice per match and took twice the instructions (27 M against 13 M on
// 4 MiB of news, callgrind).
type separatorIndex struct {
	bits   []uint64 // bit i%64 of bits[i/64]: text[i] is a separator
	before []int32  // separators before byte 64*k
}

// build indexes text, reusing x's memory.
func (x *separatorIndex) build(text []byte) {
	// One block more than the full ones, so that every offset up to and
	// including len(text) has its block.
	full := len(text) / 64
	nb := full + 1
	if cap(x.bits) < nb {
		x.bits, x.before = make([]uint64, nb), make([]int32, nb)
	}
	x.bits, x.before = x.bits[:nb], x.before[:nb]
	count := int32(0)
	for b := range full {
		blk := text[64*b : 64*b+64]
		w := separatorBits(blk[0:]) | separatorBits(blk[8:])<<8 |
			separatorBits(blk[16:])<<16 | separatorBits(blk[24:])<<24 |
			separatorBits(blk[32:])<<32 | separatorBits(blk[40:])<<40 |
			separatorBits(blk[48:])<<48 | separatorBits(blk[56:])<<56
		x.bits[b], x.before[b] = w, count
		count += int32(bits.OnesCount64(w))
	}
	var w uint64
	for i, c := range text[64*full:] {
		if c == ' ' || c == '\n' {
			w |= 1 << uint(i)
		}
	}
	x.bits[full], x.before[full] = w, count
}

// separatorBits returns a byte whose bit k says whether p[k] is a space or
// a newline, for the first eight bytes of p.
func separatorBits(p []byte) uint64 {
	v := binary.LittleEndian.Uint64(p)
	f := (swar.Equal(v, ' ') | swar.Equal(v, '\n')) >> 7 // one low bit a separator
	// The eight low bits gathered into the top byte by one multiplication:
	// no two partial products meet there.
	return f * 0x0102040810204080 >> 56
}

// count returns the number of separators in text[:p], 0 ≤ p ≤ len(text).
func (x *separatorIndex) count(p int) int32 {
	b := p >> 6
	return x.before[b] + int32(bits.OnesCount64(x.bits[b]&(1<<(p&63)-1)))
}
