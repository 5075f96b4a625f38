package automaton

import (
	"fmt"
	"testing"
)

// withSmallBlocks returns a copy of a that interleaves its walks on parts
// of only block to 2×block bytes (at least the longest pattern) and lets
// the walks record at most events match states per block, so that
// short test texts cross many block seams and early stops, in texts split
// evenly and in texts cut into full blocks.
func withSmallBlocks(a *Automaton, block, events int) *Automaton {
	c := *a
	c.minPart = max(block, a.maxLen)
	c.blockLen = 2*c.minPart + 1
	c.eventLimit = min(max(events, 1), eventCap)
	return &c
}

// withWalks returns a copy of a that walks a text of textLen bytes in
// exactly walks interleaved parts (1 or 4).
func withWalks(a *Automaton, walks, textLen int) *Automaton {
	c := *a
	c.minPart = textLen / walks
	c.blockLen = c.minPart
	return &c
}

// BenchmarkInterleave compares one and four interleaved walks on the same
// article. perf-anchors.md suggested the technique; this is the
// evidence for keeping it.
func BenchmarkInterleave(b *testing.B) {
	text := []byte(benchText(8 << 10))
	a := mustCompile(b, benchLexicon(), WholeWords())
	for _, walks := range []int{1, 4} {
		a := withWalks(a, walks, len(text))
		name := fmt.Sprintf("%d-walks", walks)
		b.Run("matches/"+name, func(b *testing.B) {
			dst := a.AppendMatches(nil, text)
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				dst = a.AppendMatches(dst[:0], text)
			}
		})
		b.Run("overlapping/"+name, func(b *testing.B) {
			dst := a.AppendOverlapping(nil, text)
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				dst = a.AppendOverlapping(dst[:0], text)
			}
		})
	}
}
