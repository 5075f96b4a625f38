package corpus

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/digidip/digidip"
	"github.com/digidip/digidip/corpus/segment"
)

// A Reason says why cleaning set a piece of text aside.
type Reason string

// The reasons for a [Removal].
const (
	// ReasonSpam: an injected fragment that is not part of the article — a
	// bracketed promotional slogan with betting vocabulary, or a long run
	// of words glued together without spaces.
	ReasonSpam Reason = "spam"
	// ReasonRelatedNews: a list or box of links to other articles ("TIN
	// LIÊN QUAN", "Đọc thêm", "Related", "Baca juga", or a headline
	// printed twice with its teaser).
	ReasonRelatedNews Reason = "related-news"
	// ReasonSocial: a "follow us" line ("Theo dõi … trên", "Follow us on").
	ReasonSocial Reason = "social"
	// ReasonFooter: page furniture after the article ("Phiên bản di động",
	// copyright lines).
	ReasonFooter Reason = "footer"
	// ReasonCaption: a photo caption. Captions are text about the article's
	// pictures, not noise, so [Cleaned.Captions] lists them apart.
	ReasonCaption Reason = "caption"
	// ReasonMedia: the file name of an image or other embedded medium.
	ReasonMedia Reason = "media"
	// ReasonRepeatedHeadline: the headline printed again in the body.
	ReasonRepeatedHeadline Reason = "repeated-headline"
	// ReasonDuplicate: a line that repeats an earlier line of the body
	// word for word (a lead paragraph printed twice, say).
	ReasonDuplicate Reason = "duplicate"
	// ReasonMetadata: a dateline, category or source line ("Diễn đàn -
	// Ngày đăng : 12:09, 13/02/2023", "Theo Vietnam+").
	ReasonMetadata Reason = "metadata"
	// ReasonByline: the author's name, and position when it stands on the
	// next line.
	ReasonByline Reason = "byline"
)

// A Removal is one span of an article's original text that cleaning set
// aside. The article itself is never changed: Span indexes the original
// Title or Body, and Text is a copy of those bytes.
type Removal struct {
	Field  Field        `json:"field"`
	Span   digidip.Span `json:"span"`
	Reason Reason       `json:"reason"`
	// Rule names the marker or test that fired, for example
	// `header "TIN LIÊN QUAN"` or "glued run of 52 letters".
	Rule string `json:"rule"`
	Text string `json:"text"`
}

// Cleaned is an article with the result of cleaning it: the untouched
// original and the removals, sorted by field (title first) and offset, and
// disjoint.
type Cleaned struct {
	Article  Article
	Removals []Removal
}

// Kept returns the spans of field f that cleaning did not remove, in order:
// the complement of the removals. They still index the original text; a
// kept span may begin or end with white space.
func (c *Cleaned) Kept(f Field) []digidip.Span {
	text := c.Article.Text(f)
	var kept []digidip.Span
	pos := 0
	for _, r := range c.Removals {
		if r.Field != f {
			continue
		}
		if r.Span.Start > pos {
			kept = append(kept, digidip.Span{Start: pos, End: r.Span.Start})
		}
		pos = r.Span.End
	}
	if pos < len(text) {
		kept = append(kept, digidip.Span{Start: pos, End: len(text)})
	}
	return kept
}

// Removed reports whether any byte of span s of field f was removed, and
// the first removal that overlaps it. An empty span is removed when it lies
// strictly inside a removal.
func (c *Cleaned) Removed(f Field, s digidip.Span) (Removal, bool) {
	i := sort.Search(len(c.Removals), func(i int) bool {
		r := c.Removals[i]
		if r.Field != f {
			return fieldOrder(r.Field) > fieldOrder(f)
		}
		return r.Span.End > s.Start
	})
	if i < len(c.Removals) {
		r := c.Removals[i]
		if r.Field == f && (r.Span.Start < s.End || (s.Start == s.End && r.Span.Start < s.Start)) {
			return r, true
		}
	}
	return Removal{}, false
}

// Captions returns the removals that are photo captions, in order.
func (c *Cleaned) Captions() []Removal {
	var out []Removal
	for _, r := range c.Removals {
		if r.Reason == ReasonCaption {
			out = append(out, r)
		}
	}
	return out
}

// Text returns the kept text of field f for reading: the kept spans joined
// with a newline where the removal between them spanned one, and directly
// otherwise (so "The" + spam + "o Bộ trưởng" reads "Theo Bộ trưởng"), each
// line trimmed and blank lines dropped. Offsets into it mean nothing; use
// [Cleaned.Kept] to work on the original.
func (c *Cleaned) Text(f Field) string {
	text := c.Article.Text(f)
	var b strings.Builder
	pos := 0
	write := func(s string) { b.WriteString(s) }
	for _, r := range c.Removals {
		if r.Field != f {
			continue
		}
		write(text[pos:r.Span.Start])
		if strings.Contains(r.Text, "\n") {
			write("\n")
		}
		pos = r.Span.End
	}
	write(text[pos:])
	lines := strings.Split(b.String(), "\n")
	out := lines[:0]
	for _, l := range lines {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// fieldOrder sorts the title before the body, in removals and evidence.
func fieldOrder(f Field) int {
	if f == FieldTitle {
		return 0
	}
	return 1
}

// Markers are the phrases cleaning recognises, grouped by what they mark.
// Matching ignores case and surrounding white space. [DefaultMarkers]
// gives lists for Vietnamese, English and Indonesian news sites; add to
// them for a new site rather than writing new rules.
type Markers struct {
	// RelatedHeaders head a list of links to other articles when they
	// make up a whole line (a trailing colon aside): "Tin liên quan".
	RelatedHeaders []string
	// SocialPrefixes start a short "follow us" line: "Theo dõi".
	SocialPrefixes []string
	// Footers are whole lines of page furniture: "Phiên bản di động".
	Footers []string
	// FooterPrefixes start a footer line: "Bản quyền", "Copyright".
	FooterPrefixes []string
	// CaptionCredits open a photo credit, which marks its line as a
	// caption: "(Ảnh:", "Ảnh:", "(Photo:".
	CaptionCredits []string
	// Dateline words mark a metadata line when a date follows them:
	// "Ngày đăng", "Cập nhật", "Published".
	Dateline []string
	// SourcePrefixes start a short closing source line: "Theo", "Nguồn:".
	SourcePrefixes []string
	// Gambling is betting vocabulary; a bracketed fragment containing any
	// of it is spam, as is one glued to a run of words without spaces.
	Gambling []string
}

// DefaultMarkers returns the built-in marker lists (a fresh copy each call).
// They come from the seed corpus's sites (baoquocte.vn, vietnamplus.vn,
// mic.gov.vn) and from the usual furniture of English and Indonesian news
// sites.
func DefaultMarkers() Markers {
	return Markers{
		RelatedHeaders: []string{
			"Tin liên quan", "Đọc thêm", "Xem thêm", "Bài liên quan", "Tin cùng chuyên mục", "Tin khác",
			"Có thể bạn quan tâm", "Tin mới nhất", "Tin nổi bật",
			"Related news", "Related articles", "Related", "Read more", "More stories", "See also",
			"Baca juga", "Berita terkait", "Artikel terkait",
		},
		SocialPrefixes: []string{
			"Theo dõi", "Mời quý độc giả theo dõi", "Follow us", "Follow", "Ikuti kami", "Ikuti",
		},
		Footers: []string{
			"Phiên bản di động", "Phiên bản máy tính", "Về đầu trang", "Lên đầu trang", "Xem bản đầy đủ",
			"Mobile version", "Desktop version", "Back to top", "Versi mobile", "Kembali ke atas",
		},
		FooterPrefixes: []string{"Bản quyền", "©", "Copyright", "All rights reserved", "Hak cipta"},
		CaptionCredits: []string{"(Ảnh:", "(Ảnh ", "Ảnh:", "(Nguồn ảnh", "(Photo:", "(Photo ", "Photo:", "(Foto:", "Foto:"},
		Dateline:       []string{"Ngày đăng", "Cập nhật", "Đăng lúc", "Published", "Posted", "Updated", "Diterbitkan", "Dipublikasikan"},
		SourcePrefixes: []string{"Theo", "(Theo", "Nguồn:", "Source:", "Sumber:"},
		Gambling: []string{
			"nhà cái", "kèo", "cá cược", "cá độ", "nổ hũ", "tài xỉu", "game bài", "bắn cá", "lô đề", "xóc đĩa",
			"casino", "betting", "bookmaker", "sportsbook", "slot",
			"judi", "taruhan", "togel", "gacor",
		},
	}
}

// A Cleaner separates articles from the page around them, by the rules
// described at [Cleaner.Clean]. It is read-only once built, so one Cleaner
// may serve many goroutines.
type Cleaner struct {
	related, social, footers, footerPrefixes, credits, datelines, source, gambling markerList
}

// A markerList is a list of markers with the first bytes they can start
// with, so that most lines are ruled out with one lookup.
type markerList struct {
	list  []string
	first [256]bool
	// rules holds, per marker, the Rule text of a removal it causes
	// ("footer \"Phiên bản di động\""), built once rather than per line.
	rules map[string]string
}

// newMarkerList indexes the markers of list; label starts the Rule text of
// the removals they cause, or is empty for markers that build their own.
func newMarkerList(label string, list []string) markerList {
	ml := markerList{list: slices.Clone(list)}
	if label != "" {
		ml.rules = make(map[string]string, len(list))
	}
	for _, m := range list {
		if label != "" {
			ml.rules[m] = label + quote(m)
		}
		if m == "" {
			continue
		}
		c := m[0]
		ml.first[c] = true
		if 'a' <= c|0x20 && c|0x20 <= 'z' {
			ml.first[c|0x20], ml.first[c&^0x20] = true, true
		}
	}
	return ml
}

// mayStart reports whether some marker may start text (case aside).
func (ml *markerList) mayStart(text string) bool { return text != "" && ml.first[text[0]] }

// NewCleaner returns a Cleaner using the given markers.
func NewCleaner(m Markers) *Cleaner {
	return &Cleaner{
		related: newMarkerList("header ", m.RelatedHeaders), social: newMarkerList("social prefix ", m.SocialPrefixes),
		footers: newMarkerList("footer ", m.Footers), footerPrefixes: newMarkerList("footer ", m.FooterPrefixes),
		credits: newMarkerList("photo credit ", m.CaptionCredits), datelines: newMarkerList("dateline ", m.Dateline),
		source: newMarkerList("source line ", m.SourcePrefixes), gambling: newMarkerList("", m.Gambling),
	}
}

// defaultCleaner is never modified after package initialisation.
var defaultCleaner = NewCleaner(DefaultMarkers())

// Clean cleans a with the [DefaultMarkers]; see [Cleaner.Clean].
func Clean(a Article) Cleaned { return defaultCleaner.Clean(a) }

// Clean finds what in a is not the article and reports it as removals; it
// never changes a. Body lines (a paragraph each) are tested in this order:
//
//   - related news: a header line (Markers.RelatedHeaders) and the lines
//     after it while they look like a list of links — headlines without a
//     full stop, a headline printed twice with its teaser, teasers cut off
//     with "…" — up to the first ordinary paragraph; also, anywhere, a
//     headline line printed twice in a row together with its teaser;
//   - social lines, footers, photo captions (a photo credit such as
//     "(Ảnh: …)", or the line right after an image file name), image file
//     names, datelines (a dateline word and a date), short source lines at
//     the end ("Theo Vietnam+"), and bylines (a title and a name in
//     capitals at the top, "TS. NGUYỄN HÙNG SƠN", with the position line
//     after it; a short name alone on the last line);
//   - the headline repeated, and repeats of an earlier line;
//   - in lines left, and in the title, spam: a bracketed fragment
//     (【…】, […], 《…》) with betting vocabulary, and a glued run — a word of
//     30 or more letters, most likely the headline with its spaces lost —
//     together with betting vocabulary glued to it. When the run contains
//     the headline without spaces, only that part goes, so that the words
//     it was pasted between are kept.
func (c *Cleaner) Clean(a Article) Cleaned {
	out := Cleaned{Article: a}
	out.Removals = append(out.Removals, c.spam(FieldTitle, a.Title, nil, a.Title)...)
	out.Removals = append(out.Removals, c.cleanBody(a)...)
	return out
}

// line is one non-blank line of the body.
type line struct {
	start, end int // trimmed span
	text       string
	reason     Reason
	rule       string
}

func (c *Cleaner) cleanBody(a Article) []Removal {
	body := a.Body
	lines := make([]line, 0, strings.Count(body, "\n")+1)
	for start := 0; start <= len(body); {
		end := strings.IndexByte(body[start:], '\n')
		if end < 0 {
			end = len(body)
		} else {
			end += start
		}
		s, e := segment.TrimSpace(body, start, end)
		if s < e {
			lines = append(lines, line{start: s, end: e, text: body[s:e]})
		}
		start = end + 1
	}
	c.relatedBlocks(lines)
	c.relatedBoxes(lines)
	c.lineRules(lines)
	repeats(lines, a.Title)
	c.breadcrumbs(lines)

	var rs []Removal
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if l.reason == "" {
			rs = append(rs, c.spam(FieldBody, body, &l, a.Title)...)
			continue
		}
		// Consecutive lines removed for the same reason and rule form one
		// removal; captions and duplicates stay one per line.
		j := i
		for l.reason != ReasonCaption && l.reason != ReasonDuplicate && j+1 < len(lines) &&
			lines[j+1].reason == l.reason && lines[j+1].rule == l.rule {
			j++
		}
		span := digidip.Span{Start: l.start, End: lines[j].end}
		rs = append(rs, Removal{Field: FieldBody, Span: span, Reason: l.reason, Rule: l.rule, Text: span.In(body)})
		i = j
	}
	return rs
}

// equalFoldLine reports whether a line is marker m, ignoring case and a
// trailing colon.
func equalFoldLine(text, m string) bool {
	// Case can change a letter's byte length, but not by half.
	if len(text) > 2*len(m)+4 || !hasPrefixFold(text, m) {
		return false
	}
	text = strings.TrimRight(text, ": ")
	return strings.EqualFold(text, m)
}

// hasPrefixFold reports whether text starts with p, ignoring case.
func hasPrefixFold(text, p string) bool {
	if len(text) < len(p) || p == "" {
		return len(p) == 0
	}
	// Quick rejection on the first byte: ASCII letters differ in case by
	// bit 0x20; the upper and lower case of a Latin or Vietnamese letter
	// share their UTF-8 lead byte.
	if c, d := text[0], p[0]; c != d && (c >= utf8.RuneSelf || d >= utf8.RuneSelf || c|0x20 != d|0x20) {
		return false
	}
	// Case changes the length of few letters; compare by runes over a
	// window of p's length in runes.
	n := utf8.RuneCountInString(p)
	i := 0
	for k := 0; k < n && i < len(text); k++ {
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
	}
	return strings.EqualFold(text[:i], p)
}

// isHeadlineLike reports whether a line reads as a headline or link: not
// too long and not ending with a full stop (headlines may ask or exclaim).
func isHeadlineLike(text string) bool {
	if len(text) > 300 {
		return false
	}
	t := trimClosers(text)
	return !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "…")
}

// trimClosers removes closing quotes and brackets from the end of text.
func trimClosers(text string) string {
	for len(text) > 0 {
		switch c := text[len(text)-1]; {
		case c == '"' || c == '\'' || c == ')':
			text = text[:len(text)-1]
		case strings.HasSuffix(text, "”") || strings.HasSuffix(text, "’"):
			text = text[:len(text)-len("”")]
		case strings.HasSuffix(text, "»"):
			text = text[:len(text)-len("»")]
		default:
			return text
		}
	}
	return text
}

// endsSentence reports whether text ends with sentence punctuation,
// closing quotes aside.
func endsSentence(text string) bool {
	text = trimClosers(text)
	return strings.HasSuffix(text, ".") || strings.HasSuffix(text, "!") || strings.HasSuffix(text, "?") ||
		strings.HasSuffix(text, "…")
}

// isTeaser reports whether a line is a cut-off teaser ("… ...").
func isTeaser(text string) bool {
	return strings.HasSuffix(text, "...") || strings.HasSuffix(text, "…")
}

func (c *Cleaner) relatedHeader(text string) (string, bool) {
	if !c.related.mayStart(text) {
		return "", false
	}
	for _, m := range c.related.list {
		if equalFoldLine(text, m) {
			return m, true
		}
	}
	return "", false
}

// relatedBlocks marks header lines of related-news lists and the list
// entries after them.
func (c *Cleaner) relatedBlocks(lines []line) {
	for i := 0; i < len(lines); i++ {
		m, ok := c.relatedHeader(lines[i].text)
		if !ok {
			continue
		}
		rule := c.related.rules[m]
		lines[i].reason, lines[i].rule = ReasonRelatedNews, rule
		j := i + 1
		sawPair := false // the list prints each headline twice, then a teaser
		for j < len(lines) {
			t := lines[j].text
			m, header := c.relatedHeader(t)
			if header {
				rule = c.related.rules[m]
			}
			paired := j+1 < len(lines) && lines[j+1].text == t
			sawPair = sawPair || paired
			// In a list of that shape, a sentence or two after a headline is
			// its teaser.
			teaser := sawPair && isHeadlineLike(lines[j-1].text) && len(t) <= 400 && atMostTwoSentences(t)
			if c.isFooter(t) || c.isSocial(t) || !(header || paired || teaser || isHeadlineLike(t) || isTeaser(t)) {
				break
			}
			lines[j].reason, lines[j].rule = ReasonRelatedNews, rule
			j++
		}
		i = j - 1
	}
}

// relatedBoxes marks a headline printed twice in a row, and the teaser
// after it, as a related-news box.
func (c *Cleaner) relatedBoxes(lines []line) {
	for i := 0; i+1 < len(lines); i++ {
		if lines[i].reason != "" || lines[i].text != lines[i+1].text || !isHeadlineLike(lines[i].text) {
			continue
		}
		const rule = "headline printed twice"
		lines[i].reason, lines[i].rule = ReasonRelatedNews, rule
		lines[i+1].reason, lines[i+1].rule = ReasonRelatedNews, rule
		if k := i + 2; k < len(lines) && lines[k].reason == "" && isTeaser(lines[k].text) {
			lines[k].reason, lines[k].rule = ReasonRelatedNews, rule
			i = k
		} else {
			i++
		}
	}
}

// isSocial reports whether a line is a short "follow us" line.
func (c *Cleaner) isSocial(text string) bool { return c.socialPrefix(text) != "" }

// socialPrefix returns the social-media prefix a short follow line starts
// with, or "".
func (c *Cleaner) socialPrefix(text string) string {
	if len(text) > 100 || !c.social.mayStart(text) || endsSentence(text) {
		return ""
	}
	return c.prefixed(text, &c.social)
}

// footerRule returns the Rule text for footer marker m, from whichever
// list holds it.
func (c *Cleaner) footerRule(m string) string {
	if r, ok := c.footers.rules[m]; ok {
		return r
	}
	return c.footerPrefixes.rules[m]
}

func (c *Cleaner) isFooter(text string) bool {
	_, ok := c.footer(text)
	return ok
}

func (c *Cleaner) footer(text string) (string, bool) {
	if !c.footers.mayStart(text) && !c.footerPrefixes.mayStart(text) {
		return "", false
	}
	for _, m := range c.footers.list {
		if equalFoldLine(text, m) {
			return m, true
		}
	}
	if len(text) <= 200 {
		for _, p := range c.footerPrefixes.list {
			if hasPrefixFold(text, p) {
				return p, true
			}
		}
	}
	return "", false
}

// lineRules applies the one-line tests.
func (c *Cleaner) lineRules(lines []line) {
	lastText := -1 // the last line not already removed
	for i := range lines {
		if lines[i].reason == "" {
			lastText = i
		}
	}
	for i := range lines {
		l := &lines[i]
		if l.reason != "" {
			continue
		}
		t := l.text
		// Each check runs once; its marker names the rule.
		if m := c.socialPrefix(t); m != "" {
			l.reason, l.rule = ReasonSocial, c.social.rules[m]
			continue
		}
		if m, ok := c.footer(t); ok {
			l.reason, l.rule = ReasonFooter, c.footerRule(m)
			continue
		}
		if m := c.captionCredit(t); m != "" {
			l.reason, l.rule = ReasonCaption, c.credits.rules[m]
			continue
		}
		if isMediaFile(t) {
			l.reason, l.rule = ReasonMedia, "image file name"
			continue
		}
		if m := c.dateline(t); m != "" {
			l.reason, l.rule = ReasonMetadata, c.datelines.rules[m]
			continue
		}
		source := ""
		if i == lastText && len(t) <= 60 && !endsSentence(t) {
			source = c.prefixed(t, &c.source)
		}
		switch {
		case isNameDateLine(t):
			l.reason, l.rule = ReasonMetadata, "name with date and time"
		case source != "":
			l.reason, l.rule = ReasonMetadata, c.source.rules[source]
		case i == lastText && isShortName(t):
			l.reason, l.rule = ReasonByline, "name at the end"
		case i <= 2 && isCapitalName(t):
			l.reason, l.rule = ReasonByline, "title and name in capitals at the top"
			if k := i + 1; k < len(lines) && lines[k].reason == "" && len(lines[k].text) <= 160 && !endsSentence(lines[k].text) {
				lines[k].reason, lines[k].rule = ReasonByline, "position after the byline"
			}
		}
	}
	// The line after an image file name is its caption, when it is short.
	for i := 0; i+1 < len(lines); i++ {
		if lines[i].reason == ReasonMedia && lines[i+1].reason == "" && len(lines[i+1].text) <= 300 {
			lines[i+1].reason, lines[i+1].rule = ReasonCaption, "line after an image"
		}
	}
}

func (c *Cleaner) prefixed(text string, prefixes *markerList) string {
	if !prefixes.mayStart(text) {
		return ""
	}
	for _, p := range prefixes.list {
		if hasPrefixFold(text, p) && len(text) >= len(p) {
			// The prefix must end a word, or run into a capitalised name
			// as in "TheoVietnam+".
			rest := text[len(p):]
			if strings.EqualFold(text[:len(p)], p) && (rest == "" || !startsWithLetter(rest) || startsWithUpper(rest)) {
				return p
			}
		}
	}
	return ""
}

func startsWithLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

func startsWithUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// captionCredit returns the photo-credit marker of a caption line: one
// that starts with a credit, or ends with a parenthesised one.
func (c *Cleaner) captionCredit(text string) string {
	for _, m := range c.credits.list {
		if hasPrefixFold(text, m) {
			return m
		}
		if strings.HasPrefix(m, "(") && strings.HasSuffix(text, ")") {
			if k := strings.LastIndex(text, m); k >= 0 && len(text)-k <= 80 {
				return m
			}
		}
	}
	return ""
}

// isMediaFile reports whether a line is just an image or video file name.
func isMediaFile(text string) bool {
	if strings.ContainsAny(text, " \t") {
		return false
	}
	lower := strings.ToLower(text)
	for _, ext := range [...]string{".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".mp4", ".avif"} {
		if strings.HasSuffix(lower, ext) {
			return true
		}
	}
	return false
}

// dateline returns the dateline word of a line that has one followed by a
// date.
func (c *Cleaner) dateline(text string) string {
	if len(text) > 160 || !hasDate(text) {
		return ""
	}
	for _, m := range c.datelines.list {
		if k := indexFold(text, m); k >= 0 && hasDate(text[k:]) {
			return m
		}
	}
	return ""
}

// indexFold finds p in text ignoring case, for short texts.
func indexFold(text, p string) int {
	for i := 0; i < len(text); {
		if hasPrefixFold(text[i:], p) {
			return i
		}
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
	}
	return -1
}

// hasDate reports whether text holds a date such as 13/02/2023, 2023-02-13
// or 13.02.2023.
func hasDate(text string) bool {
	for i := 0; i < len(text); i++ {
		if !isDigit(text[i]) {
			continue
		}
		j := i
		for j < len(text) && isDigit(text[j]) {
			j++
		}
		if j < len(text) && (text[j] == '/' || text[j] == '-' || text[j] == '.') {
			sep := text[j]
			k := j + 1
			for k < len(text) && isDigit(text[k]) {
				k++
			}
			if k > j+1 && k < len(text) && text[k] == sep && k+1 < len(text) && isDigit(text[k+1]) {
				return true
			}
		}
		i = j
	}
	return false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isNameDateLine reports whether a short line is a name followed by a date
// and a time, as "Hoàng Linh 13/02/2023 12:09".
func isNameDateLine(text string) bool {
	if len(text) > 80 || !hasDate(text) || !strings.Contains(text, ":") || endsSentence(text) {
		return false
	}
	words := strings.Fields(text)
	names := 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			names++
		} else if !isDigit(w[0]) && w != "-" && w != "|" {
			return false
		}
	}
	return names >= 1 && names <= 5
}

// isShortName reports whether a line is a short personal name: two to four
// capitalised words and nothing else.
func isShortName(text string) bool {
	if len(text) > 48 {
		return false
	}
	words := strings.Fields(text)
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		r, size := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		for _, r := range w[size:] {
			if !unicode.IsLetter(r) {
				return false
			}
		}
	}
	return true
}

// isCapitalName reports whether a line is a name in capitals after an
// academic or professional title: "TS. NGUYỄN HÙNG SƠN", "PGS.TS LÊ VĂN A".
// The title is required: a line in capitals alone may just as well be a
// heading.
func isCapitalName(text string) bool {
	if len(text) > 80 {
		return false
	}
	words := strings.Fields(text)
	if len(words) < 3 || len(words) > 7 || !isTitleAbbreviation(words[0]) {
		return false
	}
	for _, w := range words[1:] {
		letters := 0
		for _, r := range w {
			if !unicode.IsLetter(r) || !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
		if letters == 0 {
			return false
		}
	}
	return true
}

// isTitleAbbreviation reports whether w is a title such as "TS.", "ThS.",
// "PGS.TS" or "Dr.": dot-separated parts that are all abbreviations.
func isTitleAbbreviation(w string) bool {
	w = strings.TrimSuffix(w, ".")
	if w == "" {
		return false
	}
	for part := range strings.SplitSeq(w, ".") {
		if !segment.IsAbbreviation(part) {
			return false
		}
	}
	return true
}

// repeats marks the headline repeated in the body and lines repeating an
// earlier line.
func repeats(lines []line, title string) {
	title = strings.TrimSpace(title)
	seen := make(map[string]bool, len(lines))
	for i := range lines {
		l := &lines[i]
		if l.reason == "" && title != "" && strings.EqualFold(l.text, title) {
			l.reason, l.rule = ReasonRepeatedHeadline, "same as the title"
			continue
		}
		if l.reason == "" && len(l.text) >= 20 && seen[l.text] {
			l.reason, l.rule = ReasonDuplicate, "repeats an earlier line"
			continue
		}
		seen[l.text] = true
	}
}

// breadcrumbs marks a short line that is the category at the head of a
// removed dateline ("Diễn đàn" for "Diễn đàn - Ngày đăng : …").
func (c *Cleaner) breadcrumbs(lines []line) {
	var heads []string
	for _, l := range lines {
		if l.reason == ReasonMetadata {
			if k := strings.Index(l.text, " - "); k > 0 && k <= 40 {
				heads = append(heads, l.text[:k])
			}
		}
	}
	for i := range lines {
		l := &lines[i]
		if l.reason != "" || len(l.text) > 40 {
			continue
		}
		for _, h := range heads {
			if strings.EqualFold(l.text, h) {
				l.reason, l.rule = ReasonMetadata, "category of the dateline"
			}
		}
	}
}

func quote(s string) string { return `"` + s + `"` }

// atMostTwoSentences reports whether t holds at most two sentences. The
// spans go to an array on the stack, so the common short case allocates
// nothing.
func atMostTwoSentences(t string) bool {
	var buf [3]digidip.Span
	return len(segment.AppendSentences(buf[:0], t)) <= 2
}
