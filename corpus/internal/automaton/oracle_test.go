package automaton

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The oracle is the specification written the slow, obvious way: try every
// pattern at every start. The automaton must agree with it on every input.

// oracleCanon returns, for each pattern, the lowest index with the same text.
func oracleCanon(patterns []string) []int {
	canon := make([]int, len(patterns))
	for i, p := range patterns {
		canon[i] = slices.Index(patterns, p)
	}
	return canon
}

// oracleWordRune is the definition of a word rune, written independently of
// isWordRune (no ASCII fast path).
func oracleWordRune(r rune) bool {
	return unicode.In(r, unicode.L, unicode.N, unicode.M)
}

// oracleAccepts reports whether text[start:end] passes the whole-word test.
func oracleAccepts(text string, start, end int, whole bool) bool {
	if !whole {
		return true
	}
	if start > 0 {
		if r, _ := utf8.DecodeLastRuneInString(text[:start]); oracleWordRune(r) {
			return false
		}
	}
	if end < len(text) {
		if r, _ := utf8.DecodeRuneInString(text[end:]); oracleWordRune(r) {
			return false
		}
	}
	return true
}

// oracleLeftmostLongest scans every start from the left; at each, it takes
// the longest accepted pattern (lowest index among equal texts), reports it
// and jumps to its end.
func oracleLeftmostLongest(patterns []string, text string, whole bool) []Match {
	canon := oracleCanon(patterns)
	var out []Match
	for pos := 0; pos < len(text); {
		best := -1
		for i, p := range patterns {
			if canon[i] != i || !strings.HasPrefix(text[pos:], p) || !oracleAccepts(text, pos, pos+len(p), whole) {
				continue
			}
			if best < 0 || len(p) > len(patterns[best]) {
				best = i
			}
		}
		if best < 0 {
			pos++
			continue
		}
		out = append(out, Match{Start: pos, End: pos + len(patterns[best]), Pattern: best})
		pos += len(patterns[best])
	}
	return out
}

// oracleOverlapping lists every accepted occurrence of every distinct
// pattern, ordered by End, then Start.
func oracleOverlapping(patterns []string, text string, whole bool) []Match {
	canon := oracleCanon(patterns)
	var out []Match
	for pos := range len(text) {
		for i, p := range patterns {
			if canon[i] == i && strings.HasPrefix(text[pos:], p) && oracleAccepts(text, pos, pos+len(p), whole) {
				out = append(out, Match{Start: pos, End: pos + len(p), Pattern: i})
			}
		}
	}
	slices.SortFunc(out, func(x, y Match) int {
		return cmp.Or(cmp.Compare(x.End, y.End), cmp.Compare(x.Start, y.Start))
	})
	return out
}
