package corpus

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/digidip/digidip"
	"github.com/digidip/digidip/corpus/internal/automaton"
	"github.com/digidip/digidip/corpus/internal/swar"
	"github.com/digidip/digidip/corpus/lexicon"
	"github.com/digidip/digidip/corpus/segment"
	"github.com/digidip/digidip/corpus/textnorm"
	"golang.org/x/text/language"
)

// scratch is the per-call working memory of a Mapper, kept between calls
// (Mapper.scratches) so that mapping article after article allocates only
// the Mapping it returns (and what cleaning needs).
type scratch struct {
	// The normalised title and body with their offset maps, filled (and
	// validated) before anything else looks at the article.
	titleNorm []byte
	titleOM   textnorm.OffsetMap
	bodyNorm  []byte
	bodyOM    textnorm.OffsetMap

	matches []automaton.Match
	seps    separatorIndex // of the field being mapped
	sents   []digidip.Span
	removed []digidip.Span
	occ     []occurrence
	hits    lexicon.Hits
	// docHits gathers the terms of the whole article, for framework
	// queries of article scope; pending holds the name matches waiting
	// for such a query.
	docHits lexicon.Hits
	pending []fwHit
	paraOf  []int32 // paragraph number of each sentence of the current field
	// paraSeen and paraOK remember, per framework entry, the last
	// paragraph whose query was evaluated and the answer.
	paraSeen []int32
	paraOK   []bool
	// wideOK caches, per framework entry, whether its query holds over
	// the whole article: 0 not yet asked, 1 no, 2 yes (resolvePending).
	wideOK []uint8
	// fwNamed and fwCount are discountLists' working tables, by
	// framework number, and rescore marks the elements whose scores it
	// must sum again.
	fwNamed []bool
	fwCount []int32
	// partCount counts, per framework, the IgnorePartialLists elements
	// held in the sentence eachListHit is at.
	partCount []int32
	rescore   []bool
	tmpScore  []float64

	ruleStamp []uint32
	stamp     uint32
	elBest    []float64
	elBestR   []int32
	touched   []int32
	elScore   []float64

	fwHits []fwHit
	elHits []elHit
}

// occurrence is one phrase found in a field: its term, its span in the
// normalised and the original text, its sentence and its word positions.
type occurrence struct {
	term           int32
	ns, ne         int32 // normalised span
	os, oe         int32 // original span
	sent           int32
	wordS, wordEnd int32
}

type fwHit struct {
	entry  int32
	field  Field
	sent   int32
	os, oe int32
	term   int32
	factor float64
	// paraOK records, for a pending name of paragraph scope, that its
	// query held in its paragraph (see resolvePending).
	paraOK bool
}

type elHit struct {
	el      int32
	rule    int32
	field   Field
	sent    int32
	os, oe  int32
	contrib float64
}

func (m *Mapper) getScratch() *scratch {
	var s *scratch
	select {
	case s = <-m.scratches:
	default:
		s = new(scratch)
	}
	s.hits.Reset(len(m.terms))
	s.docHits.Reset(len(m.terms))
	if len(s.ruleStamp) != len(m.rules) {
		s.ruleStamp = make([]uint32, len(m.rules))
		s.stamp = 0
	}
	if len(s.elBest) != len(m.elements) {
		s.elBest = make([]float64, len(m.elements))
		s.elBestR = make([]int32, len(m.elements))
		s.elScore = make([]float64, len(m.elements))
	} else {
		clear(s.elScore)
	}
	s.fwHits = s.fwHits[:0]
	s.elHits = s.elHits[:0]
	s.pending = s.pending[:0]
	s.docHits.Clear()
	return s
}

// putScratch keeps s for a later call, unless as many are kept as there
// are cores.
func (m *Mapper) putScratch(s *scratch) {
	select {
	case m.scratches <- s:
	default:
	}
}

// checkLimits returns a *MapError when ctx is done or a is too large.
func (m *Mapper) checkLimits(ctx context.Context, a Article) error {
	if err := ctx.Err(); err != nil {
		return &MapError{Article: a.ID, Err: err}
	}
	if n := len(a.Title) + len(a.Body); n > m.maxSize {
		return &MapError{Article: a.ID, Err: fmt.Errorf("%w: %d bytes, at most %d", ErrTooLarge, n, m.maxSize)}
	}
	if a.blank() {
		return &MapError{Article: a.ID, Err: ErrEmpty}
	}
	return nil
}

// check returns a *MapError when a cannot be mapped: checkLimits, then
// invalid UTF-8 in the title or the body. Map leaves the UTF-8 check to
// run, where normalising does it in the same pass; Explain, which must
// reject bad text before it reports an unknown ID, uses check.
func (m *Mapper) check(ctx context.Context, a Article) error {
	if err := m.checkLimits(ctx, a); err != nil {
		return err
	}
	for _, f := range [...]Field{FieldTitle, FieldBody} {
		if i := validUTF8(a.Text(f)); i >= 0 {
			return &MapError{Article: a.ID, Field: f, Offset: i, Err: ErrInvalidUTF8}
		}
	}
	return nil
}

// Map maps one article: the frameworks it names and the elements it
// discusses, with evidence into a.Title and a.Body. An article with no
// text (ErrEmpty), invalid UTF-8 (ErrInvalidUTF8, with the offset) and an
// article above the size limit (ErrTooLarge) are *MapError values, as is a
// cancelled ctx.
func (m *Mapper) Map(ctx context.Context, a Article) (Mapping, error) {
	if err := m.checkLimits(ctx, a); err != nil {
		return Mapping{}, err
	}
	s := m.getScratch()
	defer m.putScratch(s)
	if err := m.run(s, a, nil); err != nil {
		return Mapping{}, err
	}
	return m.mapping(s, a), nil
}

// run finds every framework name and element rule in a, filling s. It
// normalises both fields first, and that pass is also the UTF-8 check:
// invalid text is a *MapError wrapping ErrInvalidUTF8 before cleaning or
// matching looks at it.
func (m *Mapper) run(s *scratch, a Article, tr *tracer) error {
	mt, err := m.normalize(s, a)
	if err != nil {
		return err
	}
	cleaned := m.cleaner.Clean(a)
	// Word positions run on from the title into the body with a gap wider
	// than any NEAR, so that article-wide queries never take the title's
	// last word and the body's first for neighbours.
	bodyWords := countSeparators(s.titleNorm) + lexicon.MaxNear + 2
	for _, f := range [...]Field{FieldTitle, FieldBody} {
		text := a.Text(f)
		if text == "" {
			continue
		}
		s.removed = s.removed[:0]
		for _, r := range cleaned.Removals {
			if r.Field == f {
				s.removed = append(s.removed, r.Span)
			}
		}
		normed, om, words := s.bodyNorm, &s.bodyOM, bodyWords
		if f == FieldTitle {
			normed, om, words = s.titleNorm, &s.titleOM, 0
		}
		m.field(s, f, text, normed, om, mt, words, tr)
	}
	m.resolvePending(s, tr)
	if m.fwKept != nil {
		s.fwHits = slices.DeleteFunc(s.fwHits, func(h fwHit) bool { return !m.fwKept[m.entries[h.entry].fw] })
		s.elHits = slices.DeleteFunc(s.elHits, func(h elHit) bool { return !m.fwKept[m.elFw[h.el]] })
		for el := range s.elScore {
			if !m.fwKept[m.elFw[el]] {
				s.elScore[el] = 0
			}
		}
	}
	return nil
}

// normalize normalises a's title and body into s with the matcher that
// fits a's text, accented or not, and returns that matcher. Invalid UTF-8
// is a *MapError that gives the field and the offset.
func (m *Mapper) normalize(s *scratch, a Article) (*matcher, error) {
	mt := &m.accented
	if unaccented(a) {
		mt = &m.unaccented
	}
	var bad int
	s.titleNorm, bad = mt.norm.AppendChecked(s.titleNorm[:0], a.Title, &s.titleOM)
	if bad >= 0 {
		return nil, &MapError{Article: a.ID, Field: FieldTitle, Offset: bad, Err: ErrInvalidUTF8}
	}
	s.bodyNorm, bad = mt.norm.AppendChecked(s.bodyNorm[:0], a.Body, &s.bodyOM)
	if bad >= 0 {
		return nil, &MapError{Article: a.ID, Field: FieldBody, Offset: bad, Err: ErrInvalidUTF8}
	}
	return mt, nil
}

// resolvePending decides the name matches whose framework query did not
// hold in their sentence but may hold in a wider scope. Such a name counts
// when
//
//   - its query held in its paragraph (scope paragraph, see paragraphNames);
//   - its query holds over the whole article, for scope article and for a
//     name in the title with scope paragraph, since a headline speaks for the
//     whole text ("Vietnam's information ministry …" over an article that
//     sets out the ministry's agenda below);
//   - or, for an entry with byElements, one of the framework's own elements
//     is asserted.
//
// The scope tests come first: the frameworks they name take part in
// discountLists, which it then runs; element scores are final only after
// it, so byElements is decided last. The article-wide answers are computed
// once per entry, however often its names recur; byElements needs no
// memo, since it only looks up the scores of the framework's elements.
func (m *Mapper) resolvePending(s *scratch, tr *tracer) {
	if len(s.wideOK) != len(m.entries) {
		s.wideOK = make([]uint8, len(m.entries))
	} else {
		clear(s.wideOK)
	}
	// wide answers whether entry e's query holds over the whole article,
	// asking once per entry.
	wide := func(e int32) bool {
		if s.wideOK[e] == 0 {
			s.wideOK[e] = 1
			if m.entries[e].query.Eval(&s.docHits) {
				s.wideOK[e] = 2
			}
		}
		return s.wideOK[e] == 2
	}
	promote := func(h fwHit) {
		s.fwHits = append(s.fwHits, h)
		if tr != nil {
			tr.promote(m, h)
		}
	}
	// Names that count by their scope first: the frameworks named so far
	// decide which list sentences count (discountLists), and only then
	// are element scores final for byElements.
	waiting := s.pending[:0]
	for _, h := range s.pending {
		e := &m.entries[h.entry]
		ok := h.paraOK
		if !ok && (e.scope == lexicon.ScopeArticle || (e.scope == lexicon.ScopeParagraph && h.field == FieldTitle)) {
			ok = wide(h.entry)
		}
		switch {
		case ok:
			promote(h)
		case e.byElements:
			waiting = append(waiting, h)
		}
	}
	m.resetListTables(s)
	m.markNamed(s, s.fwHits)
	if len(waiting) > 0 {
		// A name waiting on byElements is in the text too, and a list of
		// its framework's items is the very evidence it waits for; but it
		// may not count in the end, and then its lists must not take hits
		// from others. So decide the waiting names on the scores their
		// lists would leave, and let only those that pass take part.
		m.markNamed(s, waiting)
		m.provisionalScores(s)
		m.resetListTables(s)
		m.markNamed(s, s.fwHits)
		for _, h := range waiting {
			if m.byElementsHold(&m.entries[h.entry], s.tmpScore) {
				s.fwNamed[m.entries[h.entry].fw] = true
			}
		}
	}
	m.discountLists(s, tr)
	for _, h := range waiting {
		if m.byElementsHold(&m.entries[h.entry], s.elScore) {
			promote(h)
		}
	}
}

// byElementsHold reports whether one of e's framework's elements reaches
// the threshold by score.
func (m *Mapper) byElementsHold(e *fwEntry, score []float64) bool {
	return slices.ContainsFunc(e.elements, func(el int32) bool { return score[el] >= m.threshold })
}

// resetListTables sizes the tables of the list walk and clears the named set.
func (m *Mapper) resetListTables(s *scratch) {
	if len(s.fwNamed) != m.nFrameworks {
		s.fwNamed, s.fwCount, s.partCount = make([]bool, m.nFrameworks), make([]int32, m.nFrameworks), make([]int32, m.nFrameworks)
	}
	if len(s.tmpScore) != len(m.elements) {
		s.tmpScore, s.rescore = make([]float64, len(m.elements)), make([]bool, len(m.elements))
	}
	clear(s.fwNamed)
}

// markNamed marks the frameworks of hits as named, for discountLists.
func (m *Mapper) markNamed(s *scratch, hits []fwHit) {
	for _, h := range hits {
		s.fwNamed[m.entries[h.entry].fw] = true
	}
}

// listMin is the number of one framework's elements whose rules must hold
// in one sentence for discountLists to take it as an enumeration.
const listMin = 3

// discountLists takes back what enumerations gave to elements of other
// frameworks. A sentence where the rules of listMin or more elements of
// one framework the article names hold enumerates that framework's items,
// such as a minister's tasks run through in one breath; its items' themes
// overlap other frameworks' elements ("digital skills", "cross-border
// cyberattacks"), whose rules then hold too. Such a sentence speaks for
// the framework it enumerates (the one with the most elements there, all
// such on a tie), and the other frameworks' elements get nothing from it.
// A sentence on one element whose content spans several themes (a
// declaration's point on e-government that connects businesses) has too
// few elements of any one framework and is left as it is.
//
// The named frameworks are those marked in s.fwNamed (resolvePending).
func (m *Mapper) discountLists(s *scratch, tr *tracer) {
	dropped := false
	kept := s.elHits[:0]
	m.eachListHit(s, func(h elHit, keep bool) {
		switch {
		case keep:
			kept = append(kept, h)
		default:
			s.rescore[h.el], dropped = true, true
			if tr != nil {
				tr.listed(h.el, h.field, h.sent)
			}
		}
	})
	s.elHits = kept
	if !dropped {
		return
	}
	// Sum the kept contributions again, in the order sentence added them,
	// rather than subtracting: 0.8 + 1.25 - 1.25 is not 0.8 in floating
	// point, and an element at the threshold would be lost.
	for el, r := range s.rescore {
		if r {
			s.elScore[el] = 0
		}
	}
	for _, h := range s.elHits {
		if s.rescore[h.el] {
			s.elScore[h.el] += h.contrib
		}
	}
	clear(s.rescore)
}

// provisionalScores fills s.tmpScore with the scores discountLists would
// leave, without changing anything else.
func (m *Mapper) provisionalScores(s *scratch) {
	clear(s.tmpScore)
	m.eachListHit(s, func(h elHit, keep bool) {
		if keep {
			s.tmpScore[h.el] += h.contrib
		}
	})
}

// eachListHit calls visit with each of s.elHits, in order, and whether
// its sentence leaves it its contribution. A sentence takes it back in two
// cases (see Mapper, "Lists"):
//
//   - the element is marked IgnorePartialLists, and two or more of its
//     framework's marked elements, but not all, hold in the sentence;
//   - the sentence enumerates listMin or more elements of a framework
//     marked in s.fwNamed, and the element's framework is not the one
//     with the most there (all such on a tie). Partially listed items
//     count towards the enumeration: three panels named in passing are
//     still three of the framework's items.
func (m *Mapper) eachListHit(s *scratch, visit func(h elHit, keep bool)) {
	for i := 0; i < len(s.elHits); {
		// A sentence's hits are contiguous (sentence appends them together).
		j := i + 1
		for j < len(s.elHits) && s.elHits[j].field == s.elHits[i].field && s.elHits[j].sent == s.elHits[i].sent {
			j++
		}
		group := s.elHits[i:j]
		i = j
		clear(s.fwCount)
		clear(s.partCount)
		var best int32
		for _, h := range group {
			fw := m.elFw[h.el]
			if m.partial[h.el] {
				s.partCount[fw]++
			}
			if s.fwNamed[fw] {
				s.fwCount[fw]++
				best = max(best, s.fwCount[fw])
			}
		}
		for _, h := range group {
			fw := m.elFw[h.el]
			partial := m.partial[h.el] && s.partCount[fw] >= 2 && s.partCount[fw] < m.marked[fw]
			visit(h, !partial && (best < listMin || s.fwCount[fw] == best))
		}
	}
}

// unaccented reports whether a is Vietnamese typed without accents: its
// language is Vietnamese (given, or detected when unknown) and fewer than
// one byte in fifty of the first 4 KiB of its text is outside ASCII, where
// accented Vietnamese has one in five or more.
func unaccented(a Article) bool {
	const sample = 4 << 10
	body := a.Body[:min(len(a.Body), sample)]
	n := len(a.Title) + len(body)
	if n == 0 {
		return false
	}
	// Accented text is answered as soon as its non-ASCII bytes reach one
	// in fifty (nonASCII*50 >= n), within the first few words.
	need := (n + 49) / 50
	nonASCII := 0
	for _, text := range [...]string{a.Title, body} {
		if nonASCII += swar.CountHigh(text, need-nonASCII); nonASCII >= need {
			return false
		}
	}
	tag := a.Lang
	if tag == language.Und {
		tag = detectArticle(a)
	}
	base, _ := tag.Base()
	return base.String() == "vi"
}

// overlapsRemoved reports whether [start, end) overlaps a removed span,
// for a stream of queries whose ends never decrease. before is the number
// of removed spans that start before the previous query's end; the first
// result is that number for this end, to pass to the next query. Removed
// spans are sorted and disjoint, so of those that start before end the
// last ends furthest right: [start, end) overlaps one of them exactly when
// it overlaps that one. The scan is amortised O(1) per query, where a
// binary search per match was 3% of mapping time.
func overlapsRemoved(removed []digidip.Span, before, start, end int) (int, bool) {
	for before < len(removed) && removed[before].Start < end {
		before++
	}
	return before, before > 0 && removed[before-1].End > start
}

// field maps one field of the article.
// text is the original field, normed its normal form and om the offset map
// between them.
//
// words is the word position the field starts at.
func (m *Mapper) field(s *scratch, f Field, text string, normed []byte, om *textnorm.OffsetMap, mt *matcher, words int32, tr *tracer) {
	auto := mt.auto
	s.sents = segment.AppendSentences(s.sents[:0], text)
	// Room for a match every 64 bytes up front: on long texts append alone
	// grows by a quarter at a time, which allocated five times the final
	// slice on the 10 MiB benchmark article.
	s.matches = auto.AppendOverlapping(slices.Grow(s.matches[:0], len(normed)/64), normed)
	if len(s.matches) == 0 || len(s.sents) == 0 {
		return
	}
	// Matches come ordered by End. A match belongs to the sentence that
	// holds its last byte (phrases never span a sentence break), so
	// sentences and word counts advance monotonically: one merge, no sort.
	s.occ = slices.Grow(s.occ[:0], len(s.matches)) // one per match but for shared texts
	identity := om.Identity()
	origOf := om.Cursor() // matches come in End order: the cursor's fast case
	innerSeps := mt.innerSeps
	// A match's last word is at the field's start plus the separators
	// before its end.
	s.seps.build(normed)
	sent := 0
	// removedBefore counts the removed spans that start before lastOE, the
	// greatest original end seen: matches come in End order, so it only
	// moves forward (see overlapsRemoved).
	removedBefore, lastOE := 0, 0
	for _, mt := range s.matches {
		end := words + s.seps.count(mt.End)
		os, oe := mt.Start, mt.End
		if !identity {
			os, oe = origOf.Original(mt.Start, mt.End)
		}
		if len(s.removed) > 0 {
			if oe < lastOE { // not expected: the offset map is monotone
				removedBefore = 0
			}
			lastOE = oe
			var hit bool
			removedBefore, hit = overlapsRemoved(s.removed, removedBefore, os, oe)
			if hit {
				continue
			}
		}
		for sent < len(s.sents) && s.sents[sent].End < oe {
			sent++
		}
		if sent == len(s.sents) {
			break
		}
		if s.sents[sent].Start > os {
			continue // straddles a sentence start: not a phrase of either
		}
		inner := innerSeps[mt.Pattern] // = countSeparators(normed[mt.Start:mt.End])
		// Phrases that normalise alike share one pattern; each is a term.
		for _, p := range auto.SameText(mt.Pattern) {
			s.occ = append(s.occ, occurrence{
				term: int32(p), ns: int32(mt.Start), ne: int32(mt.End),
				os: int32(os), oe: int32(oe), sent: int32(sent),
				wordS: end - inner, wordEnd: end + 1,
			})
		}
	}
	if tr != nil {
		tr.found(m, f, s)
	}
	for i := 0; i < len(s.occ); {
		j := i + 1
		for j < len(s.occ) && s.occ[j].sent == s.occ[i].sent {
			j++
		}
		m.sentence(s, f, s.occ[i:j], tr)
		i = j
	}
	m.paragraphNames(s, f, text, tr)
}

// paragraphNames decides the name matches of field f waiting for a query
// of paragraph scope: such a name counts when its query holds over the
// terms of its paragraph, the line of text it stands on. Paragraphs are
// found from the sentence spans (a sentence never crosses a newline) and
// each paragraph is evaluated once per framework entry, so the cost stays
// linear in the article however often a name recurs.
func (m *Mapper) paragraphNames(s *scratch, f Field, text string, tr *tracer) {
	para := s.paraOf[:0] // paragraph number of each sentence, filled on first need
	// The last paragraph evaluated for each entry, and its answer.
	if len(s.paraSeen) != len(m.entries) {
		s.paraSeen, s.paraOK = make([]int32, len(m.entries)), make([]bool, len(m.entries))
	}
	for i := range s.paraSeen {
		s.paraSeen[i] = -1
	}
	for i, h := range s.pending {
		entry := &m.entries[h.entry]
		if h.field != f || entry.scope != lexicon.ScopeParagraph {
			continue
		}
		if len(para) == 0 {
			para = paragraphsOf(para, text, s.sents)
			s.paraOf = para
		}
		p := para[h.sent]
		if s.paraSeen[h.entry] != p {
			// The sentences of paragraph p, then their occurrences:
			// para and s.occ are both ordered by sentence.
			sa, _ := slices.BinarySearch(para, p)
			sb, _ := slices.BinarySearch(para, p+1)
			lo, _ := slices.BinarySearchFunc(s.occ, int32(sa), func(o occurrence, t int32) int { return cmp.Compare(o.sent, t) })
			s.hits.Clear()
			for _, o := range s.occ[lo:] {
				if int(o.sent) >= sb {
					break
				}
				s.hits.Add(lexicon.Occurrence{Term: o.term, WordStart: o.wordS, WordEnd: o.wordEnd})
			}
			s.paraSeen[h.entry], s.paraOK[h.entry] = p, entry.query.Eval(&s.hits)
		}
		s.pending[i].paraOK = s.paraOK[h.entry]
	}
}

// paragraphsOf appends to dst the paragraph number of each sentence: a new
// paragraph starts where a newline stands between two sentences.
func paragraphsOf(dst []int32, text string, sents []digidip.Span) []int32 {
	p, prevEnd := int32(0), 0
	for i, sp := range sents {
		if i > 0 && strings.IndexByte(text[prevEnd:sp.Start], '\n') >= 0 {
			p++
		}
		dst = append(dst, p)
		prevEnd = sp.End
	}
	return dst
}

func positionFactor(f Field, sent int32) float64 {
	switch {
	case f == FieldTitle:
		return titleFactor
	case sent < leadLen:
		return leadFactor
	}
	return 1
}

// sentence evaluates names and rules on the occurrences of one sentence.
func (m *Mapper) sentence(s *scratch, f Field, group []occurrence, tr *tracer) {
	s.hits.Clear()
	for _, o := range group {
		occ := lexicon.Occurrence{Term: o.term, WordStart: o.wordS, WordEnd: o.wordEnd}
		s.hits.Add(occ)
		s.docHits.Add(occ)
	}
	sent := group[0].sent
	factor := positionFactor(f, sent)

	// Framework names.
	for _, o := range group {
		for _, e := range m.nameOf[o.term] {
			guard := int32(-1)
			for _, g := range group {
				if g.ns < o.ne && o.ns < g.ne && slices.Contains(m.guardOf[g.term], e) {
					guard = g.term
					break
				}
			}
			entry := &m.entries[e]
			queryOK := guard < 0 && (entry.query == nil || entry.query.Eval(&s.hits))
			if tr != nil {
				tr.name(m, e, f, o, guard, queryOK)
			}
			hit := fwHit{entry: e, field: f, sent: sent, os: o.os, oe: o.oe, term: o.term, factor: factor}
			switch {
			case guard >= 0:
			case queryOK:
				s.fwHits = append(s.fwHits, hit)
			case entry.scope != "" || entry.byElements:
				s.pending = append(s.pending, hit) // the query may hold in a wider scope
			}
		}
	}

	// Element rules triggered by the sentence's phrases.
	s.stamp++
	if s.stamp == 0 { // wrapped: forget every old stamp
		clear(s.ruleStamp)
		s.stamp = 1
	}
	s.touched = s.touched[:0]
	for _, o := range group {
		for _, r := range m.triggers[o.term] {
			if s.ruleStamp[r] == s.stamp {
				continue
			}
			s.ruleStamp[r] = s.stamp
			rule := &m.rules[r]
			if !rule.prog.Eval(&s.hits) {
				continue
			}
			spec := 1.0
			if rule.generic {
				// The most specific of the rule's phrases present.
				spec = minSpecificity
				for _, t := range rule.prog.Terms() {
					if s.hits.Has(t) {
						if spec = max(spec, m.terms[t].specificity); spec == 1 {
							break
						}
					}
				}
			}
			c := rule.weight * spec * factor
			el := rule.element
			if s.elBest[el] == 0 {
				s.touched = append(s.touched, el)
			}
			if c > s.elBest[el] {
				s.elBest[el] = c
				s.elBestR[el] = r
			}
			if tr != nil {
				tr.held(r, f, sent)
			}
		}
	}
	if len(s.touched) == 0 {
		return
	}
	sp := clipRemoved(s.sents[sent], s.removed, int(group[0].os))
	for _, el := range s.touched {
		c := s.elBest[el]
		s.elScore[el] += c
		s.elHits = append(s.elHits, elHit{el: el, rule: s.elBestR[el], field: f, sent: sent, os: int32(sp.Start), oe: int32(sp.End), contrib: c})
		s.elBest[el] = 0
	}
}

// clipRemoved narrows sentence span sp, when cleaning removed part of it,
// to the kept piece around offset anchor. The removed spans are sorted and
// disjoint, so those overlapping sp are found by binary search: a field
// with many removals costs no more per sentence than one with few.
func clipRemoved(sp digidip.Span, removed []digidip.Span, anchor int) digidip.Span {
	i, _ := slices.BinarySearchFunc(removed, sp.Start, func(r digidip.Span, start int) int {
		if r.End <= start {
			return -1
		}
		return 1
	})
	for _, r := range removed[i:] {
		if r.Start >= sp.End {
			break
		}
		if r.End <= anchor {
			sp.Start = max(sp.Start, r.End)
		} else if r.Start > anchor {
			sp.End = min(sp.End, r.Start)
		}
	}
	return sp
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

func evidence(a Article, f Field, sent int32, os, oe int32, term string) Evidence {
	text := a.Text(f)
	start, end := int(os), int(oe)
	// Trim white space left at the edges by clipping.
	for start < end && (text[start] == ' ' || text[start] == '\t' || text[start] == '\n' || text[start] == '\r') {
		start++
	}
	for end > start && (text[end-1] == ' ' || text[end-1] == '\t' || text[end-1] == '\n' || text[end-1] == '\r') {
		end--
	}
	return Evidence{Field: f, Start: start, End: end, Text: text[start:end], Sentence: int(sent), Term: term}
}

// mapping builds the Mapping from the hits in s.
func (m *Mapper) mapping(s *scratch, a Article) Mapping {
	out := Mapping{
		Article:    MappedArticle{ID: a.ID, Title: a.Title},
		Frameworks: []FrameworkMatch{},
		Elements:   []ElementMatch{},
	}
	if a.Lang.String() != "und" {
		out.Article.Lang = a.Lang.String()
	}
	// Longer names first where two start together, so that a nested name
	// is recognised as part of the longer one below.
	slices.SortFunc(s.fwHits, func(x, y fwHit) int {
		if c := cmp.Compare(fieldOrder(x.field), fieldOrder(y.field)); c != 0 {
			return c
		}
		if c := cmp.Compare(x.os, y.os); c != 0 {
			return c
		}
		return cmp.Compare(y.oe, x.oe)
	})
	// maxEnd[i] is the furthest end of framework i's evidence so far in the
	// field being walked: hits come sorted by field and start, so a hit is
	// nested in an earlier one exactly when it ends no later than that.
	maxEnd := make([]int, 0, 8)
	maxField := make([]Field, 0, 8)
	for _, h := range s.fwHits {
		id := m.entries[h.entry].id
		i := slices.IndexFunc(out.Frameworks, func(fm FrameworkMatch) bool { return fm.ID == id })
		if i < 0 {
			out.Frameworks = append(out.Frameworks, FrameworkMatch{ID: id})
			maxEnd, maxField = append(maxEnd, -1), append(maxField, "")
			i = len(out.Frameworks) - 1
		}
		fm := &out.Frameworks[i]
		// One place counts once: a name nested in a longer name of the
		// same framework ("Boracay" in "Boracay Digital Declaration"),
		// or found through two lexicons, is the same mention.
		if maxField[i] == h.field && int(h.oe) <= maxEnd[i] {
			continue
		}
		maxField[i], maxEnd[i] = h.field, int(h.oe)
		fm.Score += h.factor
		fm.Evidence = append(fm.Evidence, evidence(a, h.field, h.sent, h.os, h.oe, m.terms[h.term].display))
	}
	// Size the elements and their evidence first: one array holds the
	// evidence of every asserted element, each taking its exact share
	// (capped, so that a caller's append cannot spill into the next).
	asserted, total := 0, 0
	for _, score := range s.elScore {
		if score >= m.threshold {
			asserted++
		}
	}
	for _, h := range s.elHits {
		if s.elScore[h.el] >= m.threshold {
			total++
		}
	}
	out.Elements = make([]ElementMatch, 0, asserted)
	evs := make([]Evidence, total)
	// Place each asserted element's evidence in its own run of evs, in hit
	// order, with one pass over the hits (a counting sort by element).
	next := make([]int, len(s.elScore))
	for _, h := range s.elHits {
		next[h.el]++
	}
	at := 0
	for el, score := range s.elScore {
		n := next[el]
		next[el] = at
		if score >= m.threshold {
			at += n
		}
	}
	for _, h := range s.elHits {
		if s.elScore[h.el] >= m.threshold {
			evs[next[h.el]] = evidence(a, h.field, h.sent, h.os, h.oe, m.rules[h.rule].query)
			next[h.el]++
		}
	}
	from := 0
	for el, score := range s.elScore {
		if score < m.threshold {
			continue
		}
		em := ElementMatch{ID: m.elements[el], Score: round3(score)}
		if next[el] > from {
			em.Evidence = evs[from:next[el]:next[el]]
		}
		from = next[el]
		out.Elements = append(out.Elements, em)
	}
	for i := range out.Frameworks {
		out.Frameworks[i].Score = round3(out.Frameworks[i].Score)
	}
	slices.SortFunc(out.Frameworks, func(x, y FrameworkMatch) int {
		if c := cmp.Compare(y.Score, x.Score); c != 0 {
			return c
		}
		return cmp.Compare(x.ID, y.ID)
	})
	slices.SortFunc(out.Elements, func(x, y ElementMatch) int {
		if c := cmp.Compare(y.Score, x.Score); c != 0 {
			return c
		}
		return cmp.Compare(x.ID, y.ID)
	})
	return out
}

// Explain tells why the mapper does or does not assert id (a framework or
// an element) for article a: which rules held in which sentences and which
// of their phrases were found where, or which names were found and why
// they did or did not count. An ID no lexicon of the mapper describes is a
// *MapError wrapping ErrUnknownID.
func (m *Mapper) Explain(ctx context.Context, a Article, id digidip.ID) (Explanation, error) {
	if err := m.check(ctx, a); err != nil {
		return Explanation{}, err
	}
	tr := &tracer{id: id, el: -1, rules: map[int32]*RuleTrace{}}
	if !m.kept(id) {
		return Explanation{}, &MapError{Article: a.ID, Err: fmt.Errorf("%w %s", ErrUnknownID, id)}
	}
	if id.IsFramework() {
		if !slices.ContainsFunc(m.entries, func(e fwEntry) bool { return e.id == id }) {
			return Explanation{}, &MapError{Article: a.ID, Err: fmt.Errorf("%w %s", ErrUnknownID, id)}
		}
	} else {
		i, ok := slices.BinarySearch(m.elements, id)
		if !ok {
			return Explanation{}, &MapError{Article: a.ID, Err: fmt.Errorf("%w %s", ErrUnknownID, id)}
		}
		tr.el = int32(i)
		for r := range m.rules {
			if m.rules[r].element == tr.el {
				rule := m.rules[r]
				tr.order = append(tr.order, int32(r))
				tr.rules[int32(r)] = &RuleTrace{Lang: rule.lang, Query: rule.query, Weight: rule.weight}
			}
		}
	}
	tr.article = a
	s := m.getScratch()
	defer m.putScratch(s)
	if err := m.run(s, a, tr); err != nil {
		return Explanation{}, err
	}
	mp := m.mapping(s, a)

	ex := Explanation{ID: id, Threshold: m.threshold, Names: tr.names}
	if id.IsFramework() {
		for _, fm := range mp.Frameworks {
			if fm.ID == id {
				ex.Matched, ex.Score = true, fm.Score
			}
		}
		counted, vetoed, failed := 0, 0, 0
		for _, n := range tr.names {
			switch {
			case n.Counted:
				counted++
			case n.Guard != "":
				vetoed++
			default:
				failed++
			}
		}
		switch {
		case len(tr.names) == 0:
			ex.Reason = "no name of the framework occurs in the article"
		case counted > 0:
			ex.Reason = fmt.Sprintf("named in %d place(s); %d vetoed by a guard, %d without the required context", counted, vetoed, failed)
		default:
			ex.Reason = fmt.Sprintf("a name occurs %d time(s) but never counts: %d vetoed by a guard, %d where the framework's query does not hold", len(tr.names), vetoed, failed)
		}
		return ex, nil
	}
	ex.Score = round3(s.elScore[tr.el])
	ex.Matched = s.elScore[tr.el] >= m.threshold // as Map decides, before rounding
	for _, h := range s.elHits {
		if h.el == tr.el {
			tr.rules[h.rule].Contribution += h.contrib
		}
	}
	held := 0
	type place struct {
		f    Field
		sent int
	}
	var listedAt []place // the distinct list sentences
	for _, r := range tr.order {
		rt := tr.rules[r]
		rt.Contribution = round3(rt.Contribution)
		if len(rt.Held) > 0 {
			held++
		}
		for _, ev := range rt.Listed {
			if p := (place{ev.Field, ev.Sentence}); !slices.Contains(listedAt, p) {
				listedAt = append(listedAt, p)
			}
		}
		ex.Rules = append(ex.Rules, *rt)
	}
	listed := len(listedAt)
	switch {
	case !ex.Matched && held == 0 && listed > 0:
		ex.Reason = fmt.Sprintf("rules hold only in %d list sentence(s), which count for nothing here: a few of a marked set named in passing, or an enumeration of another framework's elements", listed)
	case !ex.Matched && held > 0 && listed > 0:
		ex.Reason = fmt.Sprintf("score %.3g stays below the threshold %.3g: only weak rules hold, in too few sentences; %d more list sentence(s) count for nothing", ex.Score, m.threshold, listed)
	case ex.Matched:
		ex.Reason = fmt.Sprintf("score %.3g reaches the threshold %.3g: %d of %d rules hold in some sentence", ex.Score, m.threshold, held, len(tr.order))
	case held > 0:
		ex.Reason = fmt.Sprintf("score %.3g stays below the threshold %.3g: only weak rules hold, in too few sentences", ex.Score, m.threshold)
	default:
		ex.Reason = fmt.Sprintf("none of the %d rules holds in any sentence (see each rule's found phrases)", len(tr.order))
	}
	return ex, nil
}

// tracer collects what Explain reports about one ID.
type tracer struct {
	id      digidip.ID
	el      int32
	article Article
	order   []int32
	rules   map[int32]*RuleTrace
	names   []NameTrace
}

func (t *tracer) found(m *Mapper, f Field, s *scratch) {
	if t.el < 0 {
		return
	}
	for _, r := range t.order {
		terms := m.rules[r].prog.Terms()
		rt := t.rules[r]
		for _, o := range s.occ {
			if _, ok := slices.BinarySearch(terms, o.term); ok {
				rt.Found = append(rt.Found, evidence(t.article, f, o.sent, o.os, o.oe, m.terms[o.term].display))
			}
		}
	}
}

func (t *tracer) name(m *Mapper, e int32, f Field, o occurrence, guard int32, queryOK bool) {
	entry := m.entries[e]
	if entry.id != t.id {
		return
	}
	nt := NameTrace{Evidence: evidence(t.article, f, o.sent, o.os, o.oe, m.terms[o.term].display), Lang: entry.lang}
	switch {
	case guard >= 0:
		nt.Guard = m.terms[guard].display
	case !queryOK:
		nt.QueryFailed, nt.Query = true, entry.queryText
	default:
		nt.Counted = true
	}
	t.names = append(t.names, nt)
}

// promote records that name hit h, whose query failed in its sentence,
// counts after all because its query holds over the whole article.
func (t *tracer) promote(m *Mapper, h fwHit) {
	entry := m.entries[h.entry]
	if entry.id != t.id {
		return
	}
	for i := range t.names {
		nt := &t.names[i]
		if nt.Evidence.Field == h.field && nt.Evidence.Start == int(h.os) && nt.Lang == entry.lang && nt.QueryFailed {
			nt.Counted, nt.QueryFailed = true, false
		}
	}
}

// held records the sentence where rule r held. Explain is rare, so the
// sentence spans are simply recomputed.
func (t *tracer) held(r int32, f Field, sent int32) {
	rt, ok := t.rules[r]
	if !ok {
		return
	}
	spans := segment.Sentences(t.article.Text(f))
	if int(sent) >= len(spans) {
		return
	}
	sp := spans[sent]
	rt.Held = append(rt.Held, evidence(t.article, f, sent, int32(sp.Start), int32(sp.End), rt.Query))
}

// listed moves the sentence where element el's rules held from Held to
// Listed: it was a list that gave the element nothing (see Mapper,
// "Lists").
func (t *tracer) listed(el int32, f Field, sent int32) {
	if el != t.el {
		return
	}
	for _, r := range t.order {
		rt := t.rules[r]
		for i, ev := range rt.Held {
			if ev.Field == f && ev.Sentence == int(sent) {
				rt.Listed = append(rt.Listed, ev)
				rt.Held = slices.Delete(rt.Held, i, i+1)
				break
			}
		}
	}
}

// MapString is a convenience for callers with bare text: it maps an
// article with the given title and body, its ID derived with ContentID.
func (m *Mapper) MapString(ctx context.Context, title, body string) (Mapping, error) {
	return m.Map(ctx, Article{ID: ContentID(title, body), Title: title, Body: body})
}
