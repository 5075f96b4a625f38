package textnorm

import (
	"fmt"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The lookup tables below are computed once, when the package is
// initialised, from the Unicode data in the standard library and
// golang.org/x/text, and never written again.

// asciiFold and asciiKeep map each ASCII byte: upper-case letters to lower
// case (asciiFold only) and tab, vertical tab and form feed to a space. Both
// keep byte lengths, so they need no offset edits.
var asciiFold, asciiKeep = asciiTables()

func asciiTables() (fold, keep [256]byte) {
	for c := range 256 {
		fold[c], keep[c] = byte(c), byte(c)
	}
	for c := 'A'; c <= 'Z'; c++ {
		fold[c] = byte(c + 'a' - 'A')
	}
	for _, c := range []byte{'\t', '\v', '\f'} {
		fold[c], keep[c] = ' ', ' '
	}
	return fold, keep
}

// latinTab maps U+0080–U+024F and vietTab U+1E00–U+1EFF, one table per mode.
var (
	latinTab = runeTables(0x80, 0x250)
	vietTab  = runeTables(0x1E00, 0x1F00)
	punctTab = punctTable()
)

func runeTables(lo, hi rune) [numModes][]rune {
	var t [numModes][]rune
	for md := range mode(numModes) {
		t[md] = make([]rune, hi-lo)
		for r := lo; r < hi; r++ {
			t[md][r-lo] = mapLetter(r, md)
		}
	}
	return t
}

// mapLetter is the slow definition the Latin tables are built from.
func mapLetter(r rune, md mode) rune {
	switch r {
	case 0xA0: // no-break space
		return ' '
	case 0xAD: // soft hyphen: invisible unless a line breaks there
		return drop
	case 0xAB, 0xBB: // « »
		return '"'
	}
	if md&modeStrip != 0 {
		r = baseLetter(r)
	}
	if md&modeKeepCase == 0 {
		r = unicode.ToLower(r)
	}
	return r
}

// baseLetter returns the letter r without diacritics: the first rune of its
// canonical decomposition when that is an ASCII letter, and d/D for đ/Đ,
// which Unicode treats as letters of their own.
func baseLetter(r rune) rune {
	switch r {
	case 'đ':
		return 'd'
	case 'Đ':
		return 'D'
	}
	if !unicode.IsLetter(r) {
		return r
	}
	d := norm.NFD.String(string(r))
	b, size := utf8.DecodeRuneInString(d)
	if size < len(d) && b < utf8.RuneSelf && unicode.IsLetter(b) {
		return b
	}
	return r
}

// fastTabs holds, for each mode, the letters the main loop of
// writer.run settles without leaving it: the two-byte runes up to U+07FF
// by code point and the Vietnamese block U+1E00–U+1EFF, each entry the
// last byte of the rune's normal form, fastOK when that form has the same
// length and first bytes as the rune (itself, or its lower case), and
// fastTone when the rune is a marked second vowel that a preceding o or u
// may make respell (see toneMove; never under StripDiacritics).
var fastTabs = fastTables()

// The flags of a fastTabs entry.
const (
	fastOK   = 1 << 8
	fastTone = 1 << 9
)

type fastRunes struct {
	two  [0x800]uint16
	viet [0x100]uint16
}

func fastTables() *[numModes]fastRunes {
	t := new([numModes]fastRunes)
	entry := func(r rune, md mode) uint16 {
		if r < utf8.RuneSelf {
			return 0 // not a two- or three-byte rune: never looked up
		}
		mapped, known := tableRune(md, r)
		if !known || mapped < 0 {
			return 0 // outside the tables, dropped, or an ellipsis
		}
		var a, b [utf8.UTFMax]byte
		na, nb := utf8.EncodeRune(a[:], r), utf8.EncodeRune(b[:], mapped)
		if na != nb || string(a[:na-1]) != string(b[:nb-1]) {
			return 0
		}
		e := fastOK | uint16(b[nb-1])
		if md&modeStrip == 0 && hasToneMove(r) {
			e |= fastTone
		}
		return e
	}
	for md := range mode(numModes) {
		for r := range rune(len(t[md].two)) {
			t[md].two[r] = entry(r, md)
		}
		for k := range rune(len(t[md].viet)) {
			t[md].viet[k] = entry(0x1E00+k, md)
		}
	}
	return t
}

// punctTable maps General Punctuation, U+2000–U+206F.
func punctTable() []rune {
	t := make([]rune, 0x70)
	for i := range t {
		r := rune(0x2000 + i)
		switch {
		case r <= 0x200A, r == 0x202F, r == 0x205F: // en quad … hair space, narrow and medium spaces
			t[i] = ' '
		case r == 0x200B, r == 0x200C, r == 0x200D, r == 0x200E, r == 0x200F, // zero width, joiners, direction marks
			r >= 0x202A && r <= 0x202E, r >= 0x2060 && r <= 0x2064, r >= 0x2066 && r <= 0x2069:
			t[i] = drop
		case r >= 0x2010 && r <= 0x2015, r == 0x2043: // hyphens and dashes, hyphen bullet
			t[i] = '-'
		case r == 0x2018, r == 0x2019, r == 0x201A, r == 0x201B, r == 0x2032, r == 0x2035, r == 0x2039, r == 0x203A:
			t[i] = '\''
		case r == 0x201C, r == 0x201D, r == 0x201E, r == 0x201F, r == 0x2033, r == 0x2036:
			t[i] = '"'
		case r == 0x2026:
			t[i] = ellipsis
		case r == 0x2028, r == 0x2029: // line and paragraph separators
			t[i] = '\n'
		default:
			t[i] = r
		}
	}
	return t
}

// A toneMove says how to respell an oa/oe/uy pair whose second vowel
// carries the tone mark: the glide (o or u) takes the mark, the second
// vowel loses it.
type toneMove struct {
	glide        byte // 'o' or 'u'
	lower, upper rune // the glide with the mark
	base         rune // the second vowel without the mark, in its case
}

// toneMoveTab lists the pairs; toneLatin and toneViet index it (plus one,
// zero meaning "none") by the marked second vowel, which is always in
// Latin-1 or Latin Extended Additional.
var toneMoveTab, toneLatin, toneViet = toneMoveTable()

func toneMoveTable() (list []toneMove, latin *[0x250]uint8, viet *[0x100]uint8) {
	latin, viet = new([0x250]uint8), new([0x100]uint8)
	// The five tone marks: huyền, sắc, hỏi, ngã, nặng.
	marks := []rune{0x0300, 0x0301, 0x0309, 0x0303, 0x0323}
	pairs := []struct {
		glide  byte
		second rune
	}{{'o', 'a'}, {'o', 'e'}, {'u', 'y'}}
	compose := func(base, mark rune) rune {
		r, _ := utf8.DecodeRuneInString(norm.NFC.String(string([]rune{base, mark})))
		return r
	}
	put := func(second rune, mv toneMove) {
		list = append(list, mv)
		switch {
		case second < 0x250:
			latin[second] = uint8(len(list))
		case second >= 0x1E00 && second < 0x1F00:
			viet[second-0x1E00] = uint8(len(list))
		default:
			panic(fmt.Sprintf("textnorm: tone table: %U outside the indexed blocks", second))
		}
	}
	for _, p := range pairs {
		glide := rune(p.glide)
		for _, mk := range marks {
			mv := toneMove{glide: p.glide, lower: compose(glide, mk), upper: compose(unicode.ToUpper(glide), mk)}
			mv.base = p.second
			put(compose(p.second, mk), mv)
			mv.base = unicode.ToUpper(p.second)
			put(compose(unicode.ToUpper(p.second), mk), mv)
		}
	}
	return list, latin, viet
}

// toneIndex returns the position plus one in toneMoveTab of the
// respelling for r, or 0.
func toneIndex(r rune) uint8 {
	switch {
	case r >= 0x80 && r < 0x250:
		return toneLatin[r]
	case r >= 0x1E00 && r < 0x1F00:
		return toneViet[r-0x1E00]
	}
	return 0
}

// hasToneMove reports whether r is a marked a, e or y that an oa, oe or uy
// pair may need to respell.
func hasToneMove(r rune) bool { return toneIndex(r) != 0 }

// toneMoves looks up the respelling for a marked second vowel.
func toneMoves(r rune) (toneMove, bool) {
	if k := toneIndex(r); k != 0 {
		return toneMoveTab[k-1], true
	}
	return toneMove{}, false
}
