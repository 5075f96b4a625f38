package segment

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/digidip/digidip"
	"github.com/digidip/digidip/corpus/internal/swar"
)

// Paragraphs returns the spans of the non-blank lines of text.
func Paragraphs(text string) []digidip.Span { return AppendParagraphs(nil, text) }

// AppendParagraphs appends the spans of the non-blank lines of text to dst.
// A line ends at "\n" (a "\r" before it is trimmed with the other
// whitespace); each span is trimmed of leading and trailing whitespace.
func AppendParagraphs(dst []digidip.Span, text string) []digidip.Span {
	for start := 0; start < len(text); {
		end := indexNewline(text, start)
		if s, e := TrimSpace(text, start, end); s < e {
			dst = append(dst, digidip.Span{Start: s, End: e})
		}
		start = end + 1
	}
	return dst
}

// Sentences returns the spans of the sentences of text.
func Sentences(text string) []digidip.Span { return AppendSentences(nil, text) }

// AppendSentences appends the spans of the sentences of text to dst, in
// order. Sentences never cross a newline.
func AppendSentences(dst []digidip.Span, text string) []digidip.Span {
	for start := 0; start < len(text); {
		end := indexNewline(text, start)
		dst = appendLineSentences(dst, text, start, end)
		start = end + 1
	}
	return dst
}

// Find returns the index of the span in spans, sorted and disjoint as the
// functions of this package return them, that contains offset, or -1 when
// offset falls between spans or outside them all.
func Find(spans []digidip.Span, offset int) int {
	i := sort.Search(len(spans), func(i int) bool { return spans[i].End > offset })
	if i < len(spans) && spans[i].Start <= offset {
		return i
	}
	return -1
}

// stopLead marks the bytes that may begin a sentence stop: '.', '!', '?'
// and 0xE2, the lead byte of "…".
var stopLead = [256]bool{'.': true, '!': true, '?': true, 0xE2: true}

// skipToStopLead returns the index of the first byte of text[i:end] that
// stopLead marks, or end. Most of a line is words, so it tests eight bytes
// at a time for the four stop bytes (the word-at-a-time zero-byte test on
// the word XORed with each byte repeated) and only looks byte by byte at
// the eight that hold one.
func skipToStopLead(text string, i, end int) int {
	for ; i+8 <= end; i += 8 {
		x := swar.Load(text, i)
		if swar.Match(x, '.')|swar.Match(x, '!')|swar.Match(x, '?')|swar.Match(x, 0xE2) != 0 {
			break
		}
	}
	for i < end && !stopLead[text[i]] {
		i++
	}
	return i
}

// indexNewline returns the index of the first '\n' at or after start, or
// len(text).
func indexNewline(text string, start int) int {
	if k := strings.IndexByte(text[start:], '\n'); k >= 0 {
		return start + k
	}
	return len(text)
}

// appendLineSentences splits the line text[start:end].
func appendLineSentences(dst []digidip.Span, text string, start, end int) []digidip.Span {
	sentStart := start
	for i := start; i < end; {
		i = skipToStopLead(text, i, end)
		if i == end {
			break
		}
		if text[i] == 0xE2 && !hasPrefixAt(text, i, end, "…") {
			i++
			continue
		}
		stop := i
		// The run of terminal punctuation, including the "./." of
		// Vietnamese copy.
		j := i
		for j < end {
			switch {
			case text[j] == '.' || text[j] == '!' || text[j] == '?':
				j++
				continue
			case hasPrefixAt(text, j, end, "…"):
				j += len("…")
				continue
			case text[j] == '/' && j+1 < end && text[j+1] == '.':
				j += 2
				continue
			}
			break
		}
		// Closing quotes and brackets belong to the sentence.
		for j < end {
			if n := closerLen(text, j, end); n > 0 {
				j += n
				continue
			}
			break
		}
		if j == end || !isSpaceAt(text, j, end) {
			i = j
			if j == stop {
				i++
			}
			continue
		}
		next := skipSpace(text, j, end)
		if next < end && opensSentence(text, next, end) && !(j-stop == 1 && text[stop] == '.' && noBreakBefore(text, sentStart, stop)) {
			if s, e := TrimSpace(text, sentStart, j); s < e {
				dst = append(dst, digidip.Span{Start: s, End: e})
			}
			sentStart = next
		}
		i = next
	}
	if s, e := TrimSpace(text, sentStart, end); s < e {
		dst = append(dst, digidip.Span{Start: s, End: e})
	}
	return dst
}

func hasPrefixAt(text string, i, end int, p string) bool {
	return end-i >= len(p) && text[i:i+len(p)] == p
}

// closerLen returns the length of the closing quote or bracket at text[i],
// or 0.
func closerLen(text string, i, end int) int {
	switch text[i] {
	case '"', '\'', ')', ']', '}':
		return 1
	}
	for _, q := range closers {
		if hasPrefixAt(text, i, end, q) {
			return len(q)
		}
	}
	return 0
}

var closers = [...]string{"”", "’", "»", "›", "】", "」", "』", "）"}
var openers = [...]string{"“", "‘", "«", "‹", "【", "「", "『", "（", "•", "–", "—"}

// opensSentence reports whether the character at text[i] can start a
// sentence: an upper-case letter, a digit, an opening quote or bracket, or a
// list bullet.
func opensSentence(text string, i, end int) bool {
	c := text[i]
	if c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '"' || c == '\'' || c == '(' || c == '[' || c == '-' || c == '*'
	}
	for _, q := range openers {
		if hasPrefixAt(text, i, end, q) {
			return true
		}
	}
	r, _ := utf8.DecodeRuneInString(text[i:end])
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

// noBreakBefore reports whether the full stop at text[stop] belongs to the
// word before it rather than ending the sentence that began at sentStart.
func noBreakBefore(text string, sentStart, stop int) bool {
	w := stop
	for w > sentStart {
		r, size := utf8.DecodeLastRuneInString(text[sentStart:w])
		if r == '.' || unicode.IsLetter(r) || unicode.IsDigit(r) || r == '&' {
			w -= size
			continue
		}
		break
	}
	word := text[w:stop]
	if word == "" {
		return false
	}
	if IsAbbreviation(word) {
		return true
	}
	// A single letter is an initial: "Nguyễn V. A.", "John F. Kennedy".
	if r, size := utf8.DecodeRuneInString(word); size == len(word) && unicode.IsUpper(r) {
		return true
	}
	// The number or roman numeral that opens a list item: "1. ", "II. ".
	if s, _ := TrimSpace(text, sentStart, w); s == w && (allDigits(word) || allRoman(word)) {
		return true
	}
	// Dotted initialisms: "U.S", "Th.S", "GS.TS" — every part short or
	// itself an abbreviation.
	return dotted(word)
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return len(s) > 0 && len(s) <= 3
}

func allRoman(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case 'I', 'V', 'X', 'L', 'C':
		default:
			return false
		}
	}
	return len(s) > 0 && len(s) <= 5
}

// dotted reports whether word is made of dot-separated parts, each one
// letter or a known abbreviation.
func dotted(word string) bool {
	parts := 0
	for start := 0; start <= len(word); {
		end := start
		for end < len(word) && word[end] != '.' {
			end++
		}
		part := word[start:end]
		if part == "" {
			return false
		}
		if utf8.RuneCountInString(part) > 1 && !IsAbbreviation(part) {
			return false
		}
		parts++
		start = end + 1
	}
	return parts > 1
}

func isSpaceAt(text string, i, end int) bool {
	c := text[i]
	if c == ' ' || c == '\t' || c == '\r' {
		return true
	}
	return hasPrefixAt(text, i, end, "\u00a0") || hasPrefixAt(text, i, end, "\u202f")
}

func skipSpace(text string, i, end int) int {
	for i < end && isSpaceAt(text, i, end) {
		if text[i] < utf8.RuneSelf {
			i++
		} else {
			_, size := utf8.DecodeRuneInString(text[i:end])
			i += size
		}
	}
	return i
}

// TrimSpace narrows text[s:e] to exclude leading and trailing white space,
// the byte order mark and the zero-width space included, and returns the
// narrowed bounds (s == e when nothing is left).
func TrimSpace(text string, s, e int) (int, int) {
	for s < e {
		r, size := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) && r != '\ufeff' && r != '\u200b' {
			break
		}
		s += size
	}
	for e > s {
		r, size := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) && r != '\ufeff' && r != '\u200b' {
			break
		}
		e -= size
	}
	return s, e
}

// IsAbbreviation reports whether word, written without its final full stop
// ("TS", "U.S", "e.g"), is an abbreviation after which a full stop does not
// end a sentence. The list covers Vietnamese academic and professional
// titles and place prefixes (TS., ThS., PGS., GS., TSKH., BS., KS., TP., Tp.,
// Q., P., NXB.), English titles, business suffixes, months and Latin
// abbreviations (Mr., Mrs., Ms., Dr., Prof., St., No., Inc., Ltd., Co., Jan.,
// e.g., i.e., etc., vs.), and Indonesian ones (Bpk., Yth., dll., dsb.).
func IsAbbreviation(word string) bool {
	switch word {
	// Vietnamese.
	case "TS", "ThS", "Ths", "PGS", "GS", "TSKH", "Th.S", "BS", "KS", "CN", "NCS", "TP", "Tp", "Q", "P", "NXB", "tr", "Tr", "v.v", "TT", "ĐT":
		return true
	// English.
	case "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "No", "Nos", "Jr", "Sr", "Inc", "Ltd", "Co", "Corp", "Gen", "Col",
		"Lt", "Sgt", "Capt", "Rep", "Sen", "Gov", "Rev", "Hon", "Amb", "Dept", "Univ", "Fig", "Vol", "pp", "approx",
		"Jan", "Feb", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
		"U.S", "U.K", "U.N", "e.g", "i.e", "etc", "vs", "cf", "al", "a.m", "p.m":
		return true
	// Indonesian.
	case "Bpk", "Yth", "dll", "dsb", "dkk", "Sdr", "Hj", "Drs", "Ir":
		return true
	}
	return false
}
