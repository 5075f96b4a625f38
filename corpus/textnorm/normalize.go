package textnorm

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/digidip/digidip/corpus/internal/swar"
)

// A Normalizer turns text into its matching form (see the package
// documentation for what changes). It holds only its options and is never
// modified after [New], so one Normalizer may be used by many goroutines at
// once. The zero value is the default normaliser: NFC, one tone-mark
// placement, case folded, punctuation and spaces unified, diacritics kept.
type Normalizer struct {
	mode mode
}

// mode selects one of the precomputed rune tables.
type mode uint8

const (
	modeKeepCase mode = 1 << iota
	modeStrip
	numModes = 4
)

// An Option changes what a [Normalizer] does.
type Option func(*Normalizer)

// KeepCase leaves letter case as it is; everything else is normalised as
// usual. Use it for display forms, not for matching.
func KeepCase() Option { return func(n *Normalizer) { n.mode |= modeKeepCase } }

// StripDiacritics makes the diacritic-insensitive form: every Latin letter
// loses its accents and tone marks (ệ → e, ư → u, ñ → n) and đ/Đ become d/D,
// so "Ngoại giao số" and the unaccented "Ngoai giao so" normalise alike. The
// form conflates distinct Vietnamese words (số "number", sở "office" and sơ
// "early" all become "so"), so match with it only text that was typed without
// accents. Every stripped letter is an edit in the [OffsetMap].
func StripDiacritics() Option { return func(n *Normalizer) { n.mode |= modeStrip } }

// New returns a Normalizer with the given options.
func New(opts ...Option) *Normalizer {
	n := &Normalizer{}
	for _, o := range opts {
		o(n)
	}
	return n
}

// StripsDiacritics reports whether n makes the diacritic-insensitive form.
func (n *Normalizer) StripsDiacritics() bool { return n.mode&modeStrip != 0 }

// FoldsCase reports whether n folds letter case.
func (n *Normalizer) FoldsCase() bool { return n.mode&modeKeepCase == 0 }

// String returns the normal form of s. It is the function to apply to
// lexicon phrases: the text they are matched against must go through
// [Normalizer.Append] of an identically configured Normalizer.
func (n *Normalizer) String(s string) string {
	return string(n.Append(make([]byte, 0, len(s)), s, nil))
}

// Append appends the normal form of src to dst and returns the extended
// slice. If m is not nil it is reset and then describes how the appended
// bytes, dst[len(dst):] of the result, relate to src: offsets in m count from
// the start of the appended part, not of dst. Reusing dst and m across calls
// avoids allocation: src is read once and written once, with a fast path for
// ASCII runs and per-rune table lookups for Vietnamese letters.
//
// Invalid UTF-8 is copied through unchanged byte by byte; Append never
// panics.
func (n *Normalizer) Append(dst []byte, src string, m *OffsetMap) []byte {
	out, _ := n.AppendChecked(dst, src, m)
	return out
}

// AppendChecked is [Normalizer.Append] that also reports where src stops
// being valid UTF-8: invalid is the byte offset in src of the first byte
// that does not belong to a valid UTF-8 sequence, or -1 when src is valid
// UTF-8 throughout (the answer utf8.ValidString would give, with the
// offset). The normaliser decodes every rune anyway, so a caller that must
// reject invalid text saves a second pass over it.
func (n *Normalizer) AppendChecked(dst []byte, src string, m *OffsetMap) (out []byte, invalid int) {
	w := writer{out: dst, base: len(dst), src: src, mode: n.mode, m: m, invalid: -1}
	if m != nil {
		m.Reset()
	}
	w.out = slices.Grow(w.out, len(src)) // output is rarely longer than input
	w.run()
	if m != nil {
		m.origLen, m.normLen = len(src), len(w.out)-w.base
	}
	return w.out, w.invalid
}

// writer is the state of one Append call.
type writer struct {
	out  []byte
	base int // len(out) when the call started; normalised offsets count from here
	src  string
	mode mode
	m    *OffsetMap
	// lastEditEnd is the original offset where the last recorded edit
	// ended; bytes before it may not be rewritten again.
	lastEditEnd int
	// invalid is the offset of the first invalid UTF-8 byte seen, or -1.
	invalid int
}

// noteInvalid records that src[i] is not valid UTF-8, if it is the first
// such byte. Callers meet bytes in increasing order.
func (w *writer) noteInvalid(i int) {
	if w.invalid < 0 {
		w.invalid = i
	}
}

// checkSkipped validates src[from:to], bytes that a slow path consumed
// without the main loop decoding them (the combining marks that compose
// folds into the rune before them).
func (w *writer) checkSkipped(from, to int) {
	if w.invalid >= 0 || utf8.ValidString(w.src[from:to]) {
		return
	}
	for i := from; i < to; {
		r, size := utf8.DecodeRuneInString(w.src[i:to])
		if r == utf8.RuneError && size == 1 {
			w.noteInvalid(i)
			return
		}
		i += size
	}
}

// edit records that src[o0:o1] became out[n0:n1] (absolute out indexes).
func (w *writer) edit(o0, o1, n0, n1 int) {
	w.lastEditEnd = o1
	if w.m != nil {
		w.m.add(o0, o1, n0-w.base, n1-w.base)
	}
}

// run is the single pass over src. It looks at src through a window of
// eight bytes: ASCII is stored eight bytes at a time up to the next byte
// that needs a look (a control character, a space after a space, a byte
// outside ASCII); the Latin and Vietnamese letters that normalise to a
// letter of the same length take one lookup in fastTabs; everything else,
// and the last bytes, which fill no window, go to writer.step.
//
// Every byte is validated as UTF-8 on the way: ASCII and the fast tables
// accept only valid sequences, step's fallback is utf8.DecodeRuneInString,
// and the few bytes a slow path consumes beyond the rune it was given are
// checked by checkSkipped.
func (w *writer) run() {
	src := w.src
	n := len(src)
	tab, fold := &asciiFold, true
	if w.mode&modeKeepCase != 0 {
		tab, fold = &asciiKeep, false
	}
	fast := &fastTabs[w.mode]
	const ones, highs = swar.Ones, swar.Highs
	// Writes go through room, all of out's capacity, at k. The loop keeps
	// room for the rest of src (cap(room)-k ≥ n-i), which the paths that
	// stay in it never outgrow, their output being no longer than their
	// input; step appends to w.out, and the room is made again after it.
	out := slices.Grow(w.out, n)
	room, k, base := out[:cap(out)], len(out), w.base
	i := 0
	for i+8 <= n {
		x := swar.Load(src, i)
		if x&0x80 == 0 {
			// ASCII: eight bytes stored at once, folded to lower case,
			// and kept up to the first that needs a look. A borrow may
			// flag bytes above the first flagged one, but never the
			// first wrongly, and a byte flagged needlessly only goes
			// to step, which is always right.
			var stop uint64
			for {
				sp := swar.Match(x, ' ')
				stop = x&highs | swar.Below(x, 0x20) | sp&(sp<<8)
				if sp&0x80 != 0 && k > base && room[k-1] == ' ' {
					stop |= 0x80
				}
				if fold {
					// Bytes from 'A' to 'Z' gain 0x20; no sum carries
					// into the next byte, all being below 0x80.
					x |= (((x + ones*(0x80-'A')) ^ (x + ones*(0x80-'Z'-1))) & highs) >> 2
				}
				binary.LittleEndian.PutUint64(room[k:], x)
				if stop != 0 || i+16 > n {
					break
				}
				i += 8
				k += 8
				x = swar.Load(src, i)
			}
			if stop == 0 {
				i += 8
				k += 8
				continue
			}
			if j := bits.TrailingZeros64(stop) >> 3; j > 0 || x&0x80 != 0 {
				// A later byte, or a first one outside ASCII after
				// the first word: the window moves to it.
				i += j
				k += j
				continue
			}
			// The byte step: one table lookup; a space after a space
			// goes.
			if c := tab[byte(x)]; c == ' ' && k > base && room[k-1] == ' ' {
				w.edit(i, i+1, k, k)
			} else {
				room[k] = c
				k++
			}
			i++
			continue
		} else {
			// A two- or three-byte letter that normalises to one of the
			// same length and first bytes (itself, or its lower case),
			// when no combining mark follows and no tone mark may have
			// to move. Written out here, not called, as this is the
			// hottest spot for Vietnamese text.
			c, c1 := byte(x), byte(x>>8)
			switch {
			case c >= 0xC2 && c < 0xE0 && c1&0xC0 == 0x80:
				e := fast.two[uint(c&0x1F)<<6|uint(c1&0x3F)]
				if e&fastOK == 0 || e&fastTone != 0 && afterGlide(src, i) || mayCombineWord(x>>16) {
					break
				}
				binary.LittleEndian.PutUint16(room[k:], uint16(x)&0xFF|e<<8)
				i += 2
				k += 2
				continue
			case c == 0xE1 && c1-0xB8 < 4 && byte(x>>16)&0xC0 == 0x80:
				e := fast.viet[uint(c1-0xB8)<<6|uint(x>>16)&0x3F]
				if e&fastOK == 0 || e&fastTone != 0 && afterGlide(src, i) || mayCombineWord(x>>24) {
					break
				}
				binary.LittleEndian.PutUint32(room[k:], uint32(x)&0xFFFF|uint32(e&0xFF)<<16)
				i += 3
				k += 3
				continue
			}
		}
		w.out = room[:k]
		i = w.step(i)
		room, k = w.room(n - i)
	}
	for i < n {
		w.out = room[:k]
		i = w.step(i)
		room, k = w.room(n - i)
	}
	w.out = room[:k]
}

// room returns all of w.out's capacity, grown to hold at least need more
// bytes, and its length.
func (w *writer) room(need int) ([]byte, int) {
	out := w.out
	if cap(out)-len(out) < need {
		out = slices.Grow(out, need)
	}
	return out[:cap(out)], len(out)
}

// mayCombineWord is mayCombineLead on the low two bytes of x, for run's
// window.
func mayCombineWord(x uint64) bool { return mayCombineLead(byte(x), byte(x>>8)) }

// step normalises the rune or byte at src[i], appending to w.out, and
// returns where the next one starts.
func (w *writer) step(i int) int {
	c := w.src[i]
	if c >= utf8.RuneSelf {
		return w.rune(i)
	}
	tab := &asciiFold
	if w.mode&modeKeepCase != 0 {
		tab = &asciiKeep
	}
	// A space after a space goes.
	if c = tab[c]; c == ' ' && len(w.out) > w.base && w.out[len(w.out)-1] == ' ' {
		w.edit(i, i+1, len(w.out), len(w.out))
	} else {
		w.out = append(w.out, c)
	}
	return i + 1
}

// afterGlide reports whether the byte before src[i] is an o or a u, which
// may make the letter at i the second vowel of an oa, oe or uy pair.
func afterGlide(src string, i int) bool {
	return i > 0 && (src[i-1]|0x20 == 'o' || src[i-1]|0x20 == 'u')
}

// rune normalises the non-ASCII rune at src[i], or copies an invalid byte,
// appending to w.out, and returns where the next rune starts.
func (w *writer) rune(i int) int {
	src := w.src
	n := len(src)
	// The two- and three-byte sequences decoded inline: about a
	// twentieth of the letters outside ASCII still come here (370 of the
	// seed text's 7 301).
	c := src[i]
	var r rune
	var size int
	switch {
	case c >= 0xC2 && c < 0xE0 && i+1 < n && src[i+1]&0xC0 == 0x80:
		r, size = rune(c&0x1F)<<6|rune(src[i+1]&0x3F), 2
	case c > 0xE0 && c < 0xF0 && c != 0xED && i+2 < n && src[i+1]&0xC0 == 0x80 && src[i+2]&0xC0 == 0x80:
		r, size = rune(c&0x0F)<<12|rune(src[i+1]&0x3F)<<6|rune(src[i+2]&0x3F), 3
	default:
		r, size = utf8.DecodeRuneInString(src[i:])
	}
	if r == utf8.RuneError && size == 1 {
		// Invalid UTF-8: copy the byte, keep offsets.
		w.noteInvalid(i)
		w.out = append(w.out, c)
		return i + 1
	}
	next := i + size
	mapped, known := tableRune(w.mode, r)
	if !known || next < n && mayCombine(src, next) ||
		w.mode&modeStrip == 0 && afterGlide(src, i) && hasToneMove(r) {
		// The rare cases: runes outside the tables, a combining mark
		// next, a tone mark to move.
		i = w.slow(i, r, size, mapped, known)
		if i > next {
			w.checkSkipped(next, i)
		}
		return i
	}
	w.emit(i, next, r, mapped)
	return next
}

// slow handles the rune r at src[i] when it is outside the fast tables, is
// followed by a combining mark, or may need its tone mark moved.
func (w *writer) slow(i int, r rune, size int, mapped rune, known bool) int {
	src := w.src
	if !known {
		return w.unknown(i, r, size)
	}
	next := i + size
	if next < len(src) && src[next] >= utf8.RuneSelf && combinesBackward(src[next:]) {
		return w.compose(i, segmentEnd(src, next))
	}
	if w.mode&modeStrip == 0 && w.moveToneRune(i, next, r) {
		return next
	}
	w.emit(i, next, r, mapped)
	return next
}

// tableRune returns the mapping in mode md of a rune the fast tables
// cover: ASCII, Latin-1, Latin Extended-A and -B (ơ, ư), Latin Extended
// Additional (the Vietnamese precomposed letters) and General Punctuation.
func tableRune(md mode, r rune) (rune, bool) {
	switch {
	case r < utf8.RuneSelf:
		if md&modeKeepCase != 0 {
			return rune(asciiKeep[r]), true
		}
		return rune(asciiFold[r]), true
	case r < 0x250:
		return latinTab[md][r-0x80], true
	case r >= 0x1E00 && r < 0x1F00:
		return vietTab[md][r-0x1E00], true
	case r >= 0x2000 && r < 0x2070:
		return punctTab[r-0x2000], true
	}
	return 0, false
}

// Special values in the rune tables.
const (
	drop     rune = -1 // the rune is removed
	ellipsis rune = -2 // "…" becomes "..."
)

// emit writes the mapping of the rune src[i:next], recording an edit when
// the byte length changes.
func (w *writer) emit(i, next int, r, mapped rune) {
	size := next - i
	o := len(w.out)
	switch {
	case mapped == r:
		w.out = append(w.out, w.src[i:next]...)
		return
	case mapped == drop:
		w.edit(i, next, o, o)
		return
	case mapped == ellipsis:
		w.out = append(w.out, "..."...)
	case mapped == ' ':
		if o > w.base && w.out[o-1] == ' ' {
			w.edit(i, next, o, o)
			return
		}
		w.out = append(w.out, ' ')
	default:
		w.out = utf8.AppendRune(w.out, mapped)
	}
	if len(w.out)-o != size || mapped == ellipsis {
		w.edit(i, next, o, len(w.out))
	}
}

// mapRune maps any rune, table or not, for text produced by composition.
func (w *writer) mapRune(r rune) rune {
	if m, ok := tableRune(w.mode, r); ok {
		return m
	}
	return w.other(r)
}

// other maps a rune outside the fast tables.
func (w *writer) other(r rune) rune {
	switch {
	case r == 0x2212 || r == 0xFE58 || r == 0xFE63 || r == 0xFF0D: // minus, small and full-width hyphen-minus
		return '-'
	case r == 0x3000: // ideographic space
		return ' '
	case r == 0xFEFF: // byte order mark, zero-width no-break space
		return drop
	case r >= 0xFF01 && r <= 0xFF5E: // full-width ASCII
		r -= 0xFEE0
		if w.mode&modeKeepCase == 0 && 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	if w.mode&modeKeepCase == 0 {
		return unicode.ToLower(r)
	}
	return r
}

// unknown handles a rune outside the fast tables: it may combine with what
// precedes it, need NFC itself, or simply be folded.
func (w *writer) unknown(i int, r rune, size int) int {
	src := w.src
	props := norm.NFC.PropertiesString(src[i:])
	next := i + size
	if !props.BoundaryBefore() {
		// A combining mark. Recompose it with the ASCII letter before
		// it, taking that letter back out of the output, if it was
		// copied one for one.
		start := i
		if i > 0 && src[i-1] < utf8.RuneSelf && w.lastEditEnd <= i-1 && len(w.out) > w.base {
			w.out = w.out[:len(w.out)-1]
			start = i - 1
		}
		return w.compose(start, segmentEnd(src, next))
	}
	if end := segmentEnd(src, next); end > next || norm.NFC.QuickSpanString(src[i:next]) != size {
		return w.compose(i, end)
	}
	w.emit(i, next, r, w.other(r))
	return next
}

// compose writes the NFC form of the segment src[start:end], mapped rune by
// rune, as one edit.
func (w *writer) compose(start, end int) int {
	var buf [64]byte
	composed := norm.NFC.AppendString(buf[:0], w.src[start:end])
	if w.mode&modeStrip == 0 {
		if r, size := utf8.DecodeRune(composed); size == len(composed) && w.moveToneRune(start, end, r) {
			return end
		}
	}
	o := len(w.out)
	w.out = w.appendMapped(w.out, composed)
	// Folding can make a composable pair where NFC found none: "T" with
	// a combining diaeresis has no precomposed capital, but "t" with it
	// is U+1E97, which StripDiacritics then turns into a bare "t" that
	// may compose with the next mark. Compose and map again until
	// nothing changes, so that normalising the output once more changes
	// nothing either. Each round composes at least one mark away, so the
	// loop ends; the bound only guards against a table mistake.
	for range end - start {
		mapped := w.out[o:]
		if norm.NFC.IsNormal(mapped) && !w.remaps(mapped) {
			break
		}
		again := norm.NFC.Append(buf[:0], mapped...)
		w.out = w.appendMapped(w.out[:o], again)
	}
	w.edit(start, end, o, len(w.out))
	return end
}

// remaps reports whether mapping s rune by rune would change it.
func (w *writer) remaps(s []byte) bool {
	for k := 0; k < len(s); {
		r, size := utf8.DecodeRune(s[k:])
		k += size
		if w.mapRune(r) != r {
			return true
		}
	}
	return false
}

// appendMapped appends the mapping of every rune of s to dst.
func (w *writer) appendMapped(dst, s []byte) []byte {
	for k := 0; k < len(s); {
		r, size := utf8.DecodeRune(s[k:])
		k += size
		switch m := w.mapRune(r); m {
		case drop:
		case ellipsis:
			dst = append(dst, "..."...)
		default:
			dst = utf8.AppendRune(dst, m)
		}
	}
	return dst
}

// mayCombine reports whether the rune at s[i] could combine with the one
// before it, deciding the common cases on its first bytes (mayCombineLead)
// and asking the Unicode tables only about the rest.
func mayCombine(s string, i int) bool {
	var c1 byte
	if i+1 < len(s) {
		c1 = s[i+1]
	}
	return mayCombineLead(s[i], c1) && combinesBackward(s[i:])
}

// mayCombineLead reports whether a rune whose first two bytes are c and c1
// (c1 zero at the end of the text) may combine with the rune before it:
// ASCII and U+0080–U+02FF (below the combining diacritics, lead bytes
// under 0xCC) and U+1E00–U+1EFF (the Vietnamese letters, E1 B8–BB) never
// do.
func mayCombineLead(c, c1 byte) bool {
	return c >= 0xCC && (c != 0xE1 || c1-0xB8 >= 4)
}

// combinesBackward reports whether the rune at the start of s would combine
// with the rune before it under NFC (a combining mark, for instance).
func combinesBackward(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if r < 0x250 || (r >= 0x1E00 && r < 0x1F00) || (r >= 0x2000 && r < 0x2070) {
		return false
	}
	return !norm.NFC.PropertiesString(s).BoundaryBefore()
}

// segmentEnd returns the end of the run of combining runes starting at i.
func segmentEnd(s string, i int) int {
	for i < len(s) && s[i] >= utf8.RuneSelf {
		p := norm.NFC.PropertiesString(s[i:])
		if p.BoundaryBefore() {
			break
		}
		i += max(p.Size(), 1)
	}
	return i
}

// moveToneRune rewrites an old-placement oa/oe/uy pair ending in the rune r,
// which the original spelt as src[i:next], possibly decomposed; the glide
// o/u is the ASCII byte before i, and any other byte there leaves r alone.
// It reports whether it wrote anything.
func (w *writer) moveToneRune(i, next int, r rune) bool {
	if i == 0 || w.lastEditEnd > i-1 || len(w.out) == w.base {
		return false
	}
	t, ok := toneMoves(r)
	if !ok {
		return false
	}
	glide := w.src[i-1]
	if glide|0x20 != t.glide {
		return false
	}
	// "qu" + y: the u belongs to the consonant, the y carries the tone in
	// both spellings (quý, quỳ).
	if t.glide == 'u' && i >= 2 && w.src[i-2]|0x20 == 'q' {
		return false
	}
	// Only open syllables: a following letter (a final consonant or a
	// third vowel, as in hoàn, hoài, thuyền) means both spellings agree.
	if next < len(w.src) && startsWithLetter(w.src[next:]) {
		return false
	}
	first := t.lower
	if glide != t.glide {
		first = t.upper
	}
	o := len(w.out) - 1
	w.out = w.out[:o]
	w.out = utf8.AppendRune(w.out, w.mapRune(first))
	w.out = utf8.AppendRune(w.out, w.mapRune(t.base))
	w.edit(i-1, next, o, len(w.out))
	return true
}

// startsWithLetter reports whether s begins with a letter or a combining
// mark.
func startsWithLetter(s string) bool {
	c := s[0]
	if c < utf8.RuneSelf {
		return 'a' <= c|0x20 && c|0x20 <= 'z'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}
