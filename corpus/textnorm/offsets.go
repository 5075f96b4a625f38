package textnorm

import (
	"fmt"
	"sort"
)

// An Edit is one place where normalising did not copy bytes one for one: the
// original bytes [Orig.Start, Orig.End) became the normalised bytes
// [Norm.Start, Norm.End). A removed character has an empty Norm span. An edit
// is indivisible: a normalised offset inside it maps to the edit's original
// start or end, never into the middle of an original rune.
type Edit struct {
	Orig, Norm Span
}

// Span is a half-open byte range [Start, End). It mirrors digidip.Span; the
// package keeps its own so that it imports nothing but golang.org/x/text.
type Span struct {
	Start, End int
}

// An OffsetMap relates a normalised text to the original it came from. Its
// zero value is an empty map ready for [Normalizer.Append], which resets and
// fills it; a map may be reused for article after article without
// allocating once its edit list has grown.
//
// Outside the edits, the two texts agree byte for byte up to a shift, so the
// map stores only the edits, sorted; lookups are a binary search.
type OffsetMap struct {
	edits   []Edit
	origLen int
	normLen int
}

// Reset empties the map, keeping its storage.
func (m *OffsetMap) Reset() {
	m.edits = m.edits[:0]
	m.origLen, m.normLen = 0, 0
}

// Len returns the lengths of the original and the normalised text.
func (m *OffsetMap) Len() (orig, norm int) { return m.origLen, m.normLen }

// Identity reports whether normalising kept every offset: the texts have the
// same length and no edit was recorded (case folding and punctuation
// mapping that keep lengths are not edits).
func (m *OffsetMap) Identity() bool { return len(m.edits) == 0 && m.origLen == m.normLen }

// Edits returns a copy of the edits in order.
func (m *OffsetMap) Edits() []Edit { return append([]Edit(nil), m.edits...) }

// Original maps the normalised span [start, end) to the span of the original
// text it was produced from. A bound inside an edit widens to the whole edit,
// so the result always falls on rune boundaries of the original and covers
// every original byte that contributed. Bounds are clamped to the normalised
// text; an end before start is treated as start. An empty span where
// characters were removed maps to the empty span after them.
func (m *OffsetMap) Original(start, end int) (int, int) {
	start = clamp(start, 0, m.normLen)
	end = clamp(end, start, m.normLen)
	s, e := m.origStart(start), m.origEnd(end)
	// An empty span at a removed character: both bounds after it.
	return s, max(s, e)
}

// origStart maps a normalised start offset: the last edit beginning at or
// before p decides.
func (m *OffsetMap) origStart(p int) int {
	return m.origStartAt(sort.Search(len(m.edits), func(i int) bool { return m.edits[i].Norm.Start > p }), p)
}

// origStartAt is origStart given n, the number of edits beginning at or
// before p.
func (m *OffsetMap) origStartAt(n, p int) int {
	if n == 0 {
		return p
	}
	e := m.edits[n-1]
	if p < e.Norm.End {
		return e.Orig.Start
	}
	return p - e.Norm.End + e.Orig.End
}

// origEnd maps a normalised end offset: the last edit beginning strictly
// before p decides, so that an end just at an edit's start stays before it.
func (m *OffsetMap) origEnd(p int) int {
	return m.origEndAt(sort.Search(len(m.edits), func(i int) bool { return m.edits[i].Norm.Start >= p }), p)
}

// origEndAt is origEnd given n, the number of edits beginning strictly
// before p.
func (m *OffsetMap) origEndAt(n, p int) int {
	if n == 0 {
		return p
	}
	e := m.edits[n-1]
	if p <= e.Norm.End {
		return e.Orig.End
	}
	return p - e.Norm.End + e.Orig.End
}

// An OffsetCursor maps a stream of normalised spans back to the original,
// with the results of [OffsetMap.Original]. Each lookup of Original is a
// binary search over the edits; a cursor remembers where the last span
// ended, so when spans come in order of their ends (as the matches of a
// left-to-right scan do) a lookup only steps over the edits in between.
// Spans out of order are still mapped right, at the cost of a search.
//
// A cursor is a small value for one goroutine; the map it reads may be
// shared. It must not outlive a reuse of its map (a new Append into it).
type OffsetCursor struct {
	m *OffsetMap
	// before is the number of edits beginning strictly before the end of
	// the last span mapped.
	before int
}

// Cursor returns a cursor over m, positioned at the start of the text.
func (m *OffsetMap) Cursor() OffsetCursor { return OffsetCursor{m: m} }

// Original is [OffsetMap.Original]: it maps the normalised span
// [start, end) to the span of the original text it came from.
func (c *OffsetCursor) Original(start, end int) (int, int) {
	m := c.m
	start = clamp(start, 0, m.normLen)
	end = clamp(end, start, m.normLen)
	edits := m.edits
	// n: the edits beginning strictly before end.
	n := c.before
	if n > 0 && edits[n-1].Norm.Start >= end { // end moved back: search
		n = sort.Search(n, func(i int) bool { return edits[i].Norm.Start >= end })
	}
	for n < len(edits) && edits[n].Norm.Start < end {
		n++
	}
	c.before = n
	// k: the edits beginning at or before start. As start <= end, that is
	// n less the few edits inside the span, or, for an empty span, n plus
	// those beginning exactly at it.
	k := n
	for k > 0 && edits[k-1].Norm.Start > start {
		k--
	}
	for k < len(edits) && edits[k].Norm.Start <= start {
		k++
	}
	s, e := m.origStartAt(k, start), m.origEndAt(n, end)
	return s, max(s, e)
}

// Normalized maps the original span [start, end) to the normalised span it
// became, widening bounds inside an edit to the whole edit, as
// [OffsetMap.Original] does in the other direction. Bounds are clamped to
// the original text.
func (m *OffsetMap) Normalized(start, end int) (int, int) {
	start = clamp(start, 0, m.origLen)
	end = clamp(end, start, m.origLen)
	s, e := m.normStart(start), m.normEnd(end)
	return s, max(s, e)
}

func (m *OffsetMap) normStart(p int) int {
	i := sort.Search(len(m.edits), func(i int) bool { return m.edits[i].Orig.Start > p }) - 1
	if i < 0 {
		return p
	}
	e := m.edits[i]
	if p < e.Orig.End {
		return e.Norm.Start
	}
	return p - e.Orig.End + e.Norm.End
}

func (m *OffsetMap) normEnd(p int) int {
	i := sort.Search(len(m.edits), func(i int) bool { return m.edits[i].Orig.Start >= p }) - 1
	if i < 0 {
		return p
	}
	e := m.edits[i]
	if p <= e.Orig.End {
		return e.Norm.End
	}
	return p - e.Orig.End + e.Norm.End
}

// String lists the edits, for debugging and test failures.
func (m *OffsetMap) String() string {
	return fmt.Sprintf("OffsetMap{orig %d, norm %d, edits %v}", m.origLen, m.normLen, m.edits)
}

func clamp(v, lo, hi int) int {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

// add records that original [o0,o1) became normalised [n0,n1). Adjacent
// deletions merge into one edit so that a long run of removed spaces costs
// one entry.
func (m *OffsetMap) add(o0, o1, n0, n1 int) {
	if k := len(m.edits) - 1; k >= 0 && n0 == n1 {
		if last := &m.edits[k]; last.Norm.Start == last.Norm.End && last.Norm.End == n0 && last.Orig.End == o0 {
			last.Orig.End = o1
			return
		}
	}
	m.edits = append(m.edits, Edit{Orig: Span{o0, o1}, Norm: Span{n0, n1}})
}
