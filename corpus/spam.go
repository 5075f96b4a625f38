package corpus

import (
	"cmp"
	"fmt"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/digidip/digidip"
	"github.com/digidip/digidip/corpus/internal/swar"
)

// minGluedLetters is the shortest run of letters without a space that
// counts as glued text. Vietnamese syllables have at most seven letters and
// English words rarely pass twenty, so thirty letters in a row are words
// that lost their spaces.
const minGluedLetters = 30

// minTitleOverlap is the shortest part of a glued run, in bytes, that must
// match the headline without spaces for only that part to be removed.
const minTitleOverlap = 12

// spam finds spam in one line of the body (l), or in the whole of text
// when l is nil.
func (c *Cleaner) spam(field Field, text string, l *line, title string) []Removal {
	start, end := 0, len(text)
	if l != nil {
		start, end = l.start, l.end
	}
	seg := text[start:end]
	var spans []spamSpan
	spans = c.bracketed(spans, seg, start)
	if l != nil {
		spans = c.glued(spans, seg, start, title)
	}
	spans = c.spelledDomains(spans, seg, start)
	if len(spans) == 0 {
		return nil
	}
	slices.SortStableFunc(spans, func(x, y spamSpan) int { return cmp.Compare(x.s, y.s) })
	// Overlapping and touching spans merge.
	merged := spans[:1]
	for _, sp := range spans[1:] {
		last := &merged[len(merged)-1]
		if sp.s <= last.e {
			if sp.e > last.e {
				last.e = sp.e
			}
			if !strings.Contains(last.rule, sp.rule) {
				last.rule += "; " + sp.rule
			}
			continue
		}
		merged = append(merged, sp)
	}
	out := make([]Removal, 0, len(merged))
	for _, sp := range merged {
		span := digidip.Span{Start: sp.s, End: sp.e}
		out = append(out, Removal{Field: field, Span: span, Reason: ReasonSpam, Rule: sp.rule, Text: span.In(text)})
	}
	return out
}

type spamSpan struct {
	s, e int
	rule string
}

// bracketPairs are the brackets promotional fragments come in.
var bracketPairs = [...][2]string{{"【", "】"}, {"[", "]"}, {"《", "》"}, {"〔", "〕"}, {"〖", "〗"}}

// bracketed finds bracketed fragments holding betting vocabulary.
func (c *Cleaner) bracketed(spans []spamSpan, seg string, base int) []spamSpan {
	if strings.IndexByte(seg, '[') < 0 && strings.IndexByte(seg, 0xE3) < 0 {
		return spans
	}
	for _, p := range bracketPairs {
		for from := 0; ; {
			k := strings.Index(seg[from:], p[0])
			if k < 0 {
				break
			}
			open := from + k
			closeAt := strings.Index(seg[open+len(p[0]):], p[1])
			if closeAt < 0 || closeAt > 200 {
				from = open + len(p[0])
				continue
			}
			endAt := open + len(p[0]) + closeAt + len(p[1])
			inner := seg[open+len(p[0]) : endAt-len(p[1])]
			if w := c.gamblingWord(inner); w != "" {
				spans = append(spans, spamSpan{base + open, base + endAt, fmt.Sprintf("bracketed betting slogan (%q)", w)})
			}
			from = endAt
		}
	}
	return spans
}

// gamblingWord returns the first betting term in s, ignoring case.
func (c *Cleaner) gamblingWord(s string) string {
	for _, w := range c.gambling.list {
		if indexFold(s, w) >= 0 {
			return w
		}
	}
	return ""
}

// gamblingPrefix returns the length of the betting term s starts with.
func (c *Cleaner) gamblingPrefix(s string) int {
	if !c.gambling.mayStart(s) {
		return 0
	}
	for _, w := range c.gambling.list {
		if hasPrefixFold(s, w) {
			n := 0
			for range utf8.RuneCountInString(w) {
				_, size := utf8.DecodeRuneInString(s[n:])
				n += size
			}
			return n
		}
	}
	return 0
}

// glued finds runs of letters too long to be one word.
func (c *Cleaner) glued(spans []spamSpan, seg string, base int, title string) []spamSpan {
	if !hasLongGap(seg, minGluedLetters) {
		return spans
	}
	squeezed := strings.Join(strings.Fields(title), "")
	for i := 0; i < len(seg); {
		r, size := utf8.DecodeRuneInString(seg[i:])
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		j, letters, nonASCII := i, 0, 0
		for j < len(seg) {
			r, size := utf8.DecodeRuneInString(seg[j:])
			if !unicode.IsLetter(r) {
				break
			}
			letters++
			if r >= utf8.RuneSelf {
				nonASCII++
			}
			j += size
		}
		if letters >= minGluedLetters && nonASCII >= 3 {
			s, e := i, j
			rule := fmt.Sprintf("glued run of %d letters", letters)
			if ms, me := longestCommon(seg[i:j], squeezed); me-ms >= minTitleOverlap {
				s, e = i+ms, i+me
				rule += " holding the headline without spaces"
			}
			// Betting vocabulary glued to the run goes with it, with the
			// rest of its slogan.
			if n := c.slogan(seg[e:]); n > 0 {
				e += n
				rule += " and a betting slogan"
			}
			spans = append(spans, spamSpan{base + s, base + e, rule})
		}
		i = j
	}
	return spans
}

// hasLongGap reports whether s has n bytes in a row without a space: the
// cheap test that rules out glued runs in nearly every line. It looks at n
// bytes at a time and jumps past the last space among them.
func hasLongGap(s string, n int) bool {
	for i := 0; i+n <= len(s); {
		k := strings.LastIndexByte(s[i:i+n], ' ')
		if k < 0 {
			return true
		}
		i += k + 1
	}
	return false
}

// longestCommon returns the longest substring of a that also occurs in b,
// as a byte range of a on rune boundaries. The inputs are short (a glued
// run and a headline), so the quadratic table is small.
func longestCommon(a, b string) (start, end int) {
	if len(a) == 0 || len(b) == 0 || len(a)*len(b) > 1<<20 {
		return 0, 0
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	best, bestEnd := 0, 0
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				cur[j] = prev[j-1] + 1
				if cur[j] > best {
					best, bestEnd = cur[j], i
				}
			} else {
				cur[j] = 0
			}
		}
		prev, cur = cur, prev
	}
	start, end = bestEnd-best, bestEnd
	for start < end && !utf8.RuneStart(a[start]) {
		start++
	}
	for end > start && end < len(a) && !utf8.RuneStart(a[end]) {
		end--
	}
	// Drop a last rune cut short.
	if end > start {
		if r, _ := utf8.DecodeLastRuneInString(a[start:end]); r == utf8.RuneError {
			_, size := utf8.DecodeLastRuneInString(a[start:end])
			end -= size
		}
	}
	return start, end
}

// tlds are the domain endings betting slogans spell out ("5 chấm com").
var tlds = [...]string{"com", "net", "vip", "org", "info", "club", "top", "bet", "xyz", "vn"}

// slogan returns the length of the betting slogan s starts with: betting
// terms, numbers and a spelt-out domain ("kèo nhà cái 5 chấm com"), or 0
// when s does not start with a betting term.
func (c *Cleaner) slogan(s string) int {
	n := c.gamblingPrefix(s)
	if n == 0 {
		return 0
	}
	for {
		rest := s[n:]
		word := strings.TrimLeft(rest, " ")
		skip := len(rest) - len(word)
		if k := c.gamblingPrefix(word); k > 0 {
			n += skip + k
			continue
		}
		if k := digitsPrefix(word); k > 0 {
			n += skip + k
			continue
		}
		if k := spelledDot(word); k > 0 {
			n += skip + k
			continue
		}
		return n
	}
}

func digitsPrefix(s string) int {
	k := 0
	for k < len(s) && isDigit(s[k]) {
		k++
	}
	return k
}

// spelledDot returns the length of "chấm com" or ".com" at the start of s.
func spelledDot(s string) int {
	var k int
	switch {
	case hasPrefixFold(s, "chấm "):
		k = len("chấm ")
	case hasPrefixFold(s, "dot "):
		k = len("dot ")
	case strings.HasPrefix(s, "."):
		k = 1
	default:
		return 0
	}
	for _, t := range tlds {
		if len(s) >= k+len(t) && strings.EqualFold(s[k:k+len(t)], t) {
			return k + len(t)
		}
	}
	return 0
}

// spelledDomains finds betting slogans that spell out a domain ("kèo nhà
// cái 5 chấm com") standing on their own, not glued or bracketed. Only the
// words shortly before each "chấm" can start one.
func (c *Cleaner) spelledDomains(spans []spamSpan, seg string, base int) []spamSpan {
	const window = 80 // bytes before "chấm" where the slogan may start
	next := 0         // slogans found end here; do not look inside them
	for from := 0; from < len(seg); {
		k := indexCham(seg[from:])
		if k < 0 {
			break
		}
		k += from
		for i := max(next, k-window); i < k; i++ {
			if !utf8.RuneStart(seg[i]) || (i > 0 && seg[i-1] != ' ') {
				continue
			}
			if n := c.slogan(seg[i:]); n > 0 && i+n > k && hasSpelledDot(seg[i:i+n]) {
				spans = append(spans, spamSpan{base + i, base + i + n, "betting slogan with a spelt-out domain"})
				next = i + n
				break
			}
		}
		from = k + len("chấm")
	}
	return spans
}

// indexCham finds "chấm" in its three usual capitalisations: the first
// "chấm", "Chấm" or "CHẤM" in s, or -1. It looks for the words' last byte,
// 'm' or 'M', eight bytes at a time, and checks the five bytes before each
// one it finds. Searching for the words themselves, or for "ấm", starts from
// a byte that Vietnamese text holds every few letters ('c', or the 0xE1 that
// begins most accented letters), and took 7–11% of mapping time.
func indexCham(s string) int {
	const lower = swar.Ones * 0x20 // 'M'|0x20 is 'm', and no other byte ORs to 'm'

	i := 5 // the first place an 'm' can end "chấm"
	for ; i+8 <= len(s); i += 8 {
		// The 'm' and 'M' bytes, plus perhaps a few above them that a
		// borrow reaches: each candidate is checked.
		for z := swar.Match(swar.Load(s, i)|lower, 'm'); z != 0; z &= z - 1 {
			if j := i + bits.TrailingZeros64(z)/8; isCham(s, j) {
				return j - 5
			}
		}
	}
	for ; i < len(s); i++ {
		if isCham(s, i) {
			return i - 5
		}
	}
	return -1
}

// isCham reports whether s[j-5:j+1] is "chấm", "Chấm" or "CHẤM"; j ≥ 5.
func isCham(s string, j int) bool {
	switch {
	case s[j] == 'm' && s[j-3:j] == "\xe1\xba\xa5": // "ấ"
		return s[j-4] == 'h' && (s[j-5] == 'c' || s[j-5] == 'C')
	case s[j] == 'M' && s[j-3:j] == "\xe1\xba\xa4": // "Ấ"
		return s[j-4] == 'H' && s[j-5] == 'C'
	}
	return false
}

func hasSpelledDot(s string) bool {
	for i := 0; i < len(s); i++ {
		if spelledDot(s[i:]) > 0 {
			return true
		}
	}
	return false
}
