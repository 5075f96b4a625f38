package automaton

import "testing"

// withSmallBlocks returns a copy of a that interleaves its two walks on
// blocks of only block bytes (at least the longest pattern) and lets the
// second walk record at most events match states per block, so that short
// test texts cross many block seams and early stops.
func withSmallBlocks(a *Automaton, block, events int) *Automaton {
	c := *a
	c.blockLen = max(block, a.maxLen)
	c.eventLimit = min(max(events, 1), eventCap)
	return &c
}

// BenchmarkInterleave compares the two-walk search with a single walk (a
// block too long for the text turns interleaving off) on the same article.
// perf-anchors.md suggested the technique; this is the evidence for keeping it.
func BenchmarkInterleave(b *testing.B) {
	text := []byte(benchText(8 << 10))
	a := mustCompile(b, benchLexicon(), WholeWords())
	single := withSmallBlocks(a, len(text), eventCap)
	for _, v := range []struct {
		name string
		a    *Automaton
	}{{"single-walk", single}, {"two-walks", a}} {
		b.Run("matches/"+v.name, func(b *testing.B) {
			dst := v.a.AppendMatches(nil, text)
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				dst = v.a.AppendMatches(dst[:0], text)
			}
		})
		b.Run("overlapping/"+v.name, func(b *testing.B) {
			dst := v.a.AppendOverlapping(nil, text)
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				dst = v.a.AppendOverlapping(dst[:0], text)
			}
		})
	}
}
