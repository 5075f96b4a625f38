package automaton

import (
	"unicode"
	"unicode/utf8"
)

// AppendMatches appends to dst the leftmost-longest non-overlapping matches
// in text, in increasing Start order, and returns the extended slice.
//
// Scanning from the left, the match chosen at each step is the one that
// starts first; among those, the longest; the scan then resumes at its end.
// With [WholeWords], only matches that pass the word-boundary test take part
// in that choice.
//
// The method allocates only when dst must grow, so a caller that reuses dst
// (dst[:0]) across articles allocates nothing per article once dst is large
// enough. While it works, dst briefly holds every overlapping match (the
// selection is then made in place), so size it for those.
func (a *Automaton) AppendMatches(dst []Match, text []byte) []Match {
	return leftmostLongest(a, dst, text)
}

// AppendMatchesString is [Automaton.AppendMatches] for a string, without
// converting it to bytes.
func (a *Automaton) AppendMatchesString(dst []Match, text string) []Match {
	return leftmostLongest(a, dst, text)
}

// AppendOverlapping appends to dst every match in text, overlapping ones
// included, ordered by End and, for equal End, by Start (longest first).
// With [WholeWords], matches that fail the word-boundary test are left out.
// Like [Automaton.AppendMatches], it allocates only to grow dst.
func (a *Automaton) AppendOverlapping(dst []Match, text []byte) []Match {
	return overlapping(a, dst, text)
}

// AppendOverlappingString is [Automaton.AppendOverlapping] for a string.
func (a *Automaton) AppendOverlappingString(dst []Match, text string) []Match {
	return overlapping(a, dst, text)
}

// A DFA step is a load whose address depends on the previous load, so a
// single walk waits on memory at every byte. Walking two distant parts of
// the text in the same loop gives the processor two independent chains to
// overlap: on the benchmark lexicon this lifts both searches by about 1.4×
// (BenchmarkInterleave). The AC state at a byte depends only on the last
// maxLen bytes (no pattern is longer), so the second walk can start from the
// root maxLen bytes before its part and is exact from there on.

const (
	// minBlockLen is the least number of bytes each walk takes per block
	// (see Automaton.blockLen).
	minBlockLen = 2048
	// eventCap bounds the match states the second walk records before they
	// are expanded into matches, which can only be appended after the first
	// walk's. A full buffer just ends the second walk early.
	eventCap = 256
)

// event is a byte position where the second walk stood in a match state.
type event struct {
	state uint32
	end   int
}

// leftmostLongest collects every accepted match after dst's existing
// elements, then keeps the leftmost-longest selection among them. Choosing
// among accepted matches only is what keeps a match rejected by the
// whole-word test from hiding another.
func leftmostLongest[T ~string | ~[]byte](a *Automaton, dst []Match, text T) []Match {
	base := len(dst)
	return selectLeftmostLongest(overlapping(a, dst, text), base, a.maxLen)
}

// overlapping appends every accepted match in text to dst, ordered by End
// then Start. Texts of at least two blocks are walked two parts at a time.
func overlapping[T ~string | ~[]byte](a *Automaton, dst []Match, text T) []Match {
	trans := a.trans
	classes := &a.classes
	firstMatch := a.firstMatch
	warm := a.maxLen
	block := a.blockLen // at least warm, so the second walk starts at or after pos
	n := len(text)
	var s uint32 // exact state of the first walk at pos
	pos := 0
	if n >= 2*block {
		var buf [eventCap]event
		events := buf[:a.eventLimit]
		for n-pos >= 2*block {
			aEnd := pos + block // the first walk covers ends in (pos, aEnd]
			i, j := pos, aEnd-warm
			var t uint32
			ne := 0
			// Warm-up and lockstep: the second walk reports only past aEnd.
			for i < aEnd {
				s = trans[s+uint32(classes[text[i]])]
				t = trans[t+uint32(classes[text[j]])]
				i++
				j++
				if s >= firstMatch {
					dst = appendOutputs(a, dst, text, s, i)
				}
				if t >= firstMatch && j > aEnd {
					events[ne] = event{state: t, end: j}
					ne++
					if ne == len(events) {
						break
					}
				}
			}
			for i < aEnd { // the second walk stopped early
				s = trans[s+uint32(classes[text[i]])]
				i++
				if s >= firstMatch {
					dst = appendOutputs(a, dst, text, s, i)
				}
			}
			for _, e := range events[:ne] {
				dst = appendOutputs(a, dst, text, e.state, e.end)
			}
			// The second walk's state is exact: carry on from where it stopped.
			s, pos = t, j
		}
	}
	for i := pos; i < n; {
		s = trans[s+uint32(classes[text[i]])]
		i++
		if s >= firstMatch {
			dst = appendOutputs(a, dst, text, s, i)
		}
	}
	return dst
}

// appendOutputs appends the accepted patterns that end at byte end, where
// the walk stood in match state s: longest first, so Start ascends.
func appendOutputs[T ~string | ~[]byte](a *Automaton, dst []Match, text T, s uint32, end int) []Match {
	trans := a.trans
	o := s
	if trans[o+a.colPattern] == noPattern {
		o = trans[o+a.colDict]
	}
	for ; o != 0; o = trans[o+a.colDict] {
		start := end - int(trans[o+a.colDepth])
		if a.wholeWords && !isBoundary(text, start, end) {
			continue
		}
		dst = append(dst, Match{Start: start, End: end, Pattern: int(trans[o+a.colPattern])})
	}
	return dst
}

// selectLeftmostLongest turns dst[base:], every accepted match
// ordered by End then Start, into the leftmost-longest non-overlapping
// selection, in place.
//
// The candidate is the match with the least Start at or after the last
// selected End (greatest End on ties). It is final when the list reaches a
// match ending more than maxLen bytes after the candidate's start: that match
// and every later one start after the candidate. Matches read past the
// candidate that start after its end are read again, from just after it.
// Selected matches keep the list's order, and each is written at an index no
// greater than the one it is read from, so the compaction is safe.
func selectLeftmostLongest(dst []Match, base, maxLen int) []Match {
	w := base
	lastEnd := 0
	for j := base; j < len(dst); {
		c := -1
		for ; j < len(dst); j++ {
			m := dst[j]
			if c >= 0 && m.End-maxLen > dst[c].Start {
				break
			}
			if m.Start < lastEnd {
				continue
			}
			if c < 0 || m.Start < dst[c].Start || (m.Start == dst[c].Start && m.End > dst[c].End) {
				c = j
			}
		}
		if c < 0 {
			break
		}
		dst[w] = dst[c]
		w++
		lastEnd = dst[c].End
		j = c + 1
	}
	return dst[:w]
}

// isBoundary reports whether text[start:end] stands as a whole word: neither
// the rune before start nor the rune at end is a word rune.
func isBoundary[T ~string | ~[]byte](text T, start, end int) bool {
	if start > 0 {
		if c := text[start-1]; c < utf8.RuneSelf {
			if isASCIIWord(c) {
				return false
			}
		} else if isWordRune(lastRune(text, start)) {
			return false
		}
	}
	if end < len(text) {
		if c := text[end]; c < utf8.RuneSelf {
			if isASCIIWord(c) {
				return false
			}
		} else if isWordRune(firstRune(text, end)) {
			return false
		}
	}
	return true
}

// lastRune decodes the rune that ends at text[end], as utf8.DecodeLastRune
// would on text[:end]. It copies at most utf8.UTFMax bytes into an array so
// that one generic body serves strings and byte slices without allocating.
func lastRune[T ~string | ~[]byte](text T, end int) rune {
	var buf [utf8.UTFMax]byte
	from := max(0, end-utf8.UTFMax)
	n := 0
	for j := from; j < end; j++ {
		buf[n] = text[j]
		n++
	}
	r, _ := utf8.DecodeLastRune(buf[:n])
	return r
}

// firstRune decodes the rune that starts at text[start], as utf8.DecodeRune
// would on text[start:].
func firstRune[T ~string | ~[]byte](text T, start int) rune {
	var buf [utf8.UTFMax]byte
	to := min(len(text), start+utf8.UTFMax)
	n := 0
	for j := start; j < to; j++ {
		buf[n] = text[j]
		n++
	}
	r, _ := utf8.DecodeRune(buf[:n])
	return r
}

// isWordRune reports whether r belongs to a word: a letter, a number or a
// combining mark (a mark continues the letter before it). utf8.RuneError,
// the result of decoding invalid bytes, is none of these.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIWord(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r)
}

// isASCIIWord reports whether the ASCII byte c is a letter or a digit.
func isASCIIWord(c byte) bool {
	return c-'0' < 10 || (c|0x20)-'a' < 26
}
