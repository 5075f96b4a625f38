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
// single walk waits on memory at every byte. Walking several distant parts
// of the text in the same loop gives the processor independent chains to
// overlap. The AC state at a byte depends only on the last maxLen bytes (no
// pattern is longer), so every walk but the first starts from the root
// maxLen bytes before its part and is exact from there on.
//
// Four walks beat two by 1.4× on 8 KB articles and 1.9× on a 4 MB text with
// the mapper's lexicon (a 10 MB table, so most steps wait on the L2 cache or
// beyond), and two beat one by 1.4× (BenchmarkInterleave). Texts of four
// parts or more are walked four at a time, shorter ones split evenly, so a
// 2 KB article still gets four chains; only texts under four parts and the
// last few bytes of a split take one walk.

const (
	// minBlockLen and maxBlockLen bound the bytes each walk takes per block
	// (see Automaton.minPart and Automaton.blockLen): long enough that the
	// warm-up stays a small share, short enough that four parts fit the
	// common news article.
	minBlockLen = 512
	maxBlockLen = 2048
	// eventCap bounds the match states each walk records before they are
	// expanded into matches: a later walk's can only be appended after the
	// earlier walks', and the first walk records too, so that the loop
	// makes no call. A full buffer just ends the lockstep early.
	eventCap = 256
)

// event is a byte position where a walk stood in a match state.
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
// then Start: four walks at a time while the text left holds four parts,
// then one.
func overlapping[T ~string | ~[]byte](a *Automaton, dst []Match, text T) []Match {
	n := len(text)
	var s uint32 // exact state at pos
	pos := 0
	if n >= 4*a.minPart {
		var bufs [4][eventCap]event
		for n-pos >= 4*a.minPart {
			block := min(a.blockLen, (n-pos)/4)
			dst, s = walk4(a, dst, text, s, pos, block, &bufs)
			pos += 4 * block
		}
	}
	dst, _ = walk1(a, dst, text, s, pos, n)
	return dst
}

// walk1 walks text[from:to] from the exact state s, appending the matches
// that end in (from, to], and returns the state at to.
func walk1[T ~string | ~[]byte](a *Automaton, dst []Match, text T, s uint32, from, to int) ([]Match, uint32) {
	trans := a.trans
	classes := &a.classes
	firstMatch := a.firstMatch
	for i := from; i < to; {
		s = trans[s+uint32(classes[text[i]])]
		i++
		if s >= firstMatch {
			dst = appendOutputs(a, dst, text, s, i)
		}
	}
	return dst, s
}

// appendEvents expands the match states a walk recorded.
func appendEvents[T ~string | ~[]byte](a *Automaton, dst []Match, text T, events []event) []Match {
	for _, e := range events {
		dst = appendOutputs(a, dst, text, e.state, e.end)
	}
	return dst
}

// walk4 covers the match ends in (pos, pos+4*block] with four walks in
// lockstep, starting from the exact state s at pos, and returns the state
// at the end. block must be at least maxLen.
func walk4[T ~string | ~[]byte](a *Automaton, dst []Match, text T, s uint32, pos, block int, bufs *[4][eventCap]event) ([]Match, uint32) {
	trans := a.trans
	classes := &a.classes
	firstMatch := a.firstMatch
	p1, p2, p3, end := pos+block, pos+2*block, pos+3*block, pos+4*block
	// Walks 1 to 3 first take the maxLen bytes before their parts from
	// the root, which makes them exact at the parts' starts; no match is
	// theirs to report there. The lockstep loop below then tests no
	// position.
	var s1, s2, s3 uint32
	warm := a.maxLen
	w1, w2, w3 := text[p1-warm:p1], text[p2-warm:p2], text[p3-warm:p3]
	w2, w3 = w2[:len(w1)], w3[:len(w1)]
	for j := range len(w1) {
		s1 = trans[s1+uint32(classes[w1[j]])]
		s2 = trans[s2+uint32(classes[w2[j]])]
		s3 = trans[s3+uint32(classes[w3[j]])]
	}
	t0, t1, t2, t3 := text[pos:p1], text[p1:p2], text[p2:p3], text[p3:end]
	t1, t2, t3 = t1[:len(t0)], t2[:len(t0)], t3[:len(t0)]
	lim := a.eventLimit
	ev0, ev1, ev2, ev3 := bufs[0][:lim], bufs[1][:lim], bufs[2][:lim], bufs[3][:lim]
	n0, n1, n2, n3 := 0, 0, 0, 0
	j := 0
	for j < len(t0) {
		s = trans[s+uint32(classes[t0[j]])]
		s1 = trans[s1+uint32(classes[t1[j]])]
		s2 = trans[s2+uint32(classes[t2[j]])]
		s3 = trans[s3+uint32(classes[t3[j]])]
		j++
		full := false
		if s >= firstMatch {
			ev0[n0] = event{s, pos + j}
			n0++
			full = n0 == lim
		}
		if s1 >= firstMatch {
			ev1[n1] = event{s1, p1 + j}
			n1++
			full = full || n1 == lim
		}
		if s2 >= firstMatch {
			ev2[n2] = event{s2, p2 + j}
			n2++
			full = full || n2 == lim
		}
		if s3 >= firstMatch {
			ev3[n3] = event{s3, p3 + j}
			n3++
			full = full || n3 == lim
		}
		// Stop only once this step's match states are all recorded.
		if full {
			break
		}
	}
	dst = appendEvents(a, dst, text, ev0[:n0])
	dst, _ = walk1(a, dst, text, s, pos+j, p1)
	dst = appendEvents(a, dst, text, ev1[:n1])
	dst, _ = walk1(a, dst, text, s1, p1+j, p2)
	dst = appendEvents(a, dst, text, ev2[:n2])
	dst, _ = walk1(a, dst, text, s2, p2+j, p3)
	dst = appendEvents(a, dst, text, ev3[:n3])
	return walk1(a, dst, text, s3, p3+j, end)
}

// appendOutputs appends the accepted patterns that end at byte end, where
// the walk stood in match state s: longest first, so Start ascends.
func appendOutputs[T ~string | ~[]byte](a *Automaton, dst []Match, text T, s uint32, end int) []Match {
	k := a.matchIndex(s)
	for _, o := range a.outs[a.outStart[k]:a.outStart[k+1]] {
		start := end - int(o.depth)
		if a.wholeWords && !isBoundary(text, start, end) {
			continue
		}
		dst = append(dst, Match{Start: start, End: end, Pattern: int(o.pattern)})
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
