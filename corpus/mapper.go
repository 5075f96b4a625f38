package corpus

import (
	"errors"
	"fmt"
	"math"
	"runtime"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/digidip/digidip"
	"github.com/digidip/digidip/corpus/internal/automaton"
	"github.com/digidip/digidip/corpus/lexicon"
	"github.com/digidip/digidip/corpus/textnorm"
)

// Scoring constants. They are documented at [Mapper].
const (
	// DefaultThreshold is the score an element needs to be asserted: one
	// sentence where a rule of weight 1 holds clears it, two sentences
	// where a rule of weight 0.5 holds clear it together.
	DefaultThreshold = 0.8
	// DefaultMaxMapSize bounds the title plus body the mapper accepts; it
	// matches the readers' limit, DefaultMaxArticleSize.
	DefaultMaxMapSize = DefaultMaxArticleSize

	titleFactor = 1.5  // a sentence of the headline
	leadFactor  = 1.25 // one of the first two sentences of the body
	leadLen     = 2

	// A term named by more than specificElements elements is generic:
	// a rule fired by generic terms only counts for less, down to
	// minSpecificity of its weight.
	specificElements = 3
	minSpecificity   = 0.8
)

// ErrUnknownID is wrapped in the *MapError Explain returns for an ID that
// no lexicon of the mapper describes (or that WithFrameworks left out).
var ErrUnknownID = errors.New("no lexicon entry for ID")

// A MapError is a problem mapping one article: the article's ID and what
// went wrong. Err is ErrInvalidUTF8 (with Field and the Offset of the first
// bad byte), ErrTooLarge, ErrUnknownID (from Explain) or the context's
// error. A blank article is not an error: it names and discusses nothing.
type MapError struct {
	// Article is the ID of the article, as the caller gave it.
	Article string
	// Field and Offset say where in the article, when that is known.
	Field  Field
	Offset int
	// Err is the cause; test it with errors.Is.
	Err error
}

func (e *MapError) Error() string {
	if e.Field != "" {
		return fmt.Sprintf("corpus: map article %q: %s byte %d: %v", e.Article, e.Field, e.Offset, e.Err)
	}
	return fmt.Sprintf("corpus: map article %q: %v", e.Article, e.Err)
}

// Unwrap returns the cause.
func (e *MapError) Unwrap() error { return e.Err }

// A LexiconError is a problem building a Mapper from its lexicons: the
// lexicon's language, the JSON pointer of the entry, and the cause (often
// a *lexicon.QueryError with the byte offset in the query).
type LexiconError struct {
	Lang    string
	Pointer string
	Err     error
}

func (e *LexiconError) Error() string {
	return fmt.Sprintf("corpus: lexicon %q: %s: %v", e.Lang, e.Pointer, e.Err)
}

// Unwrap returns the cause.
func (e *LexiconError) Unwrap() error { return e.Err }

// A MapperOption configures NewMapper.
type MapperOption func(*mapperConfig)

type mapperConfig struct {
	files      []*lexicon.File
	extra      []*lexicon.File
	frameworks []digidip.ID
	threshold  float64
	catalog    *digidip.Catalog
	maxSize    int
}

// WithLexicons replaces the embedded lexicons (lexicon.Default) with files.
func WithLexicons(files ...*lexicon.File) MapperOption {
	return func(c *mapperConfig) { c.files = files }
}

// WithExtraLexicons extends the lexicons with files: each is merged
// (lexicon.Merge) into the lexicon of its language, or added when there is
// none.
func WithExtraLexicons(files ...*lexicon.File) MapperOption {
	return func(c *mapperConfig) { c.extra = append(c.extra, files...) }
}

// WithFrameworks restricts the Mapping to the given frameworks and their
// elements, and Explain, Frameworks and Elements to their IDs. The mapper
// still reads the others' names and rules, so that a kept framework gets
// exactly what the full mapper gives it: a sentence that enumerates
// another framework's items takes back what it gave the kept one's
// elements (see Mapper, "Lists"). No IDs means all frameworks.
func WithFrameworks(ids ...digidip.ID) MapperOption {
	return func(c *mapperConfig) { c.frameworks = ids }
}

// WithThreshold sets the score an element needs to be asserted
// (DefaultThreshold when t <= 0).
func WithThreshold(t float64) MapperOption {
	return func(c *mapperConfig) { c.threshold = t }
}

// WithCatalog makes NewMapper check every framework and element ID of the
// lexicons against the catalog, so a typo in a user lexicon ("adm2025/DO9")
// is an error rather than a silent dead rule.
func WithCatalog(cat *digidip.Catalog) MapperOption {
	return func(c *mapperConfig) { c.catalog = cat }
}

// WithMaxArticleSize sets the largest title plus body, in bytes, Map
// accepts (DefaultMaxMapSize when n <= 0); larger ones are ErrTooLarge.
func WithMaxArticleSize(n int) MapperOption {
	return func(c *mapperConfig) { c.maxSize = n }
}

// A Mapper maps articles onto the frameworks of its lexicons. Build one
// with NewMapper and use it from any number of goroutines.
//
// How an article is mapped:
//
//  1. Cleaning ([Cleaner]) finds page noise; nothing in a removed span is
//     evidence.
//  2. Title and body are split into sentences over the original text
//     (package segment) and normalised (package textnorm) into a reused
//     buffer, with an offset map back to the original.
//  3. One automaton holding every phrase of every lexicon finds all
//     whole-word occurrences, nested ones included, in one pass per field.
//  4. Per sentence, the phrases found form a bitset. A framework name
//     counts unless a guard phrase of its entry overlaps it, and only if
//     the entry's query (if any) holds in that sentence. Each element rule
//     that one of the sentence's phrases can trigger is evaluated.
//  5. An element's score is the sum over sentences of the best
//     weight × specificity × position among its rules that hold there.
//     Specificity is 1 when a phrase that fired is named by at most three
//     elements' rules and falls to 0.8 as phrases get generic; position is
//     1.5 in the headline, 1.25 in the first two body sentences, else 1.
//     Elements at or above the threshold are asserted; a framework is
//     asserted when one name counts, scored by the same position factors.
//
// Lists. A sentence that enumerates one framework's items ("the ministry's
// four tasks: …") carries themes that other frameworks' elements share
// ("digital skills", "cross-border cyberattacks"). When the rules of three
// or more elements of one framework the article names hold in one
// sentence, the sentence counts only for that framework's elements (the
// one with the most, all such on a tie). Elements marked
// lexicon.ElementEntry.IgnorePartialLists, the ICDD 2021 panels, get
// nothing from a sentence naming a few of their set in passing (they still
// count towards an enumeration of their framework); one naming
// them all is an enumeration and counts for each. [Mapper.Explain] lists
// such sentences under RuleTrace.Listed.
//
// Vietnamese typed without accents ("ke hoach tong the so", common in forum
// posts) is matched diacritic-insensitively: when an article in Vietnamese
// has almost no non-ASCII letters, it and the phrases are compared with
// marks and tones stripped (textnorm.StripDiacritics), so that "dich vu
// cong truc tuyen" finds "dịch vụ công trực tuyến". Accented text is never
// matched that way, since stripping conflates words (số, sở, sơ).
//
// Every lexicon applies to every article, whatever its language:
// Vietnamese reports quote English names ("ASEAN Digital Masterplan 2025",
// "ICDD") and English ones Vietnamese names, and a phrase that does not
// occur costs nothing. Results are ranked by score, then ID.
//
// Memory. A call's working memory (the normalised text, the matches, the
// word index) is kept for later calls, one set per core (GOMAXPROCS when
// the Mapper was built), each as large as the largest article it served:
// a Mapper that maps articles of a few megabytes keeps some tens of
// megabytes per core until it is no longer referenced.
type Mapper struct {
	// accented matches text as written; unaccented is the
	// diacritic-insensitive matcher for Vietnamese typed without accents
	// (see unaccented).
	accented, unaccented matcher

	cleaner   *Cleaner
	threshold float64
	maxSize   int
	// keep holds the frameworks WithFrameworks keeps in the output, and
	// fwKept the same by framework number; nil keeps all.
	keep   map[digidip.ID]bool
	fwKept []bool

	terms []termInfo // by term ID = automaton pattern index

	entries []fwEntry
	// nameOf and guardOf list, per term, the entries it names or guards.
	nameOf  [][]int32
	guardOf [][]int32

	elements []digidip.ID // element index → ID, sorted
	// partial marks the elements of lexicon.ElementEntry.IgnorePartialLists;
	// marked counts them per framework number.
	partial []bool
	marked  []int32
	// elFw numbers each element's framework, and fwEntry.fw each entry's,
	// 0 to nFrameworks-1 (see discountLists).
	elFw        []int32
	nFrameworks int
	rules       []ruleInfo
	// triggers lists, per term, the rules it can trigger.
	triggers [][]int32

	// scratches holds the working memory of finished calls for the next
	// ones, up to one per core. A sync.Pool would lose it at every garbage
	// collection, and an article of megabytes, whose mapping allocates
	// enough to trigger several, would build it again each time.
	scratches chan *scratch
}

// A matcher is a normaliser and the automaton of every lexicon phrase
// normalised by it.
type matcher struct {
	norm *textnorm.Normalizer
	auto *automaton.Automaton
	// innerSeps counts, per pattern, the word separators inside it: a
	// match's bytes are its pattern's, so its length in words need not be
	// counted per match.
	innerSeps []int32
}

// newMatcher compiles the phrases terms, normalised by norm, into a
// matcher. Normalising conflates some phrases ("số" and "sở" both become
// "so" without diacritics); the automaton collapses equal patterns and
// SameText gives them all back.
func newMatcher(norm *textnorm.Normalizer, terms []termInfo) (matcher, error) {
	patterns := make([]string, len(terms))
	for i, t := range terms {
		patterns[i] = norm.String(t.text)
	}
	auto, err := automaton.Compile(patterns, automaton.WholeWords())
	if err != nil {
		return matcher{}, err
	}
	return matcher{norm: norm, auto: auto, innerSeps: separatorCounts(patterns)}, nil
}

type termInfo struct {
	text        string  // normalised
	display     string  // as first written in a lexicon
	specificity float64 // see Mapper
}

type fwEntry struct {
	id        digidip.ID
	lang      string
	query     *lexicon.Program
	queryText string
	scope     string // lexicon.ScopeParagraph or ScopeArticle; "" for the sentence
	// byElements: a name also counts when one of the framework's elements
	// is asserted (lexicon.FrameworkEntry.ByElements); elements lists
	// their indexes in Mapper.elements, filled by builder.finish.
	byElements bool
	elements   []int32
	fw         int32 // the framework's number (Mapper.elFw)
}

type ruleInfo struct {
	element int32
	lang    string
	query   string
	weight  float64
	prog    *lexicon.Program
	// generic reports whether some phrase of the rule is generic, so
	// that its specificity depends on which phrases fired.
	generic bool
}

// NewMapper builds a Mapper: it normalises and compiles every phrase of
// the lexicons into one automaton and compiles every query. Errors are
// *LexiconError values naming the lexicon and entry (a bad query wraps a
// *lexicon.QueryError with its byte offset).
func NewMapper(opts ...MapperOption) (*Mapper, error) {
	cfg := mapperConfig{}
	for _, o := range opts {
		o(&cfg)
	}
	files := cfg.files
	if files == nil {
		files = lexicon.Default()
	}
	files, err := mergeExtra(files, cfg.extra)
	if err != nil {
		return nil, err
	}
	m := &Mapper{
		accented:  matcher{norm: textnorm.New()},
		cleaner:   NewCleaner(DefaultMarkers()),
		threshold: cfg.threshold,
		maxSize:   cfg.maxSize,
	}
	if m.threshold <= 0 {
		m.threshold = DefaultThreshold
	}
	if m.maxSize <= 0 {
		m.maxSize = DefaultMaxMapSize
	}
	b := builder{m: m, ids: map[string]int32{}, elIndex: map[digidip.ID]int32{}, elListed: map[digidip.ID]bool{}, seen: map[digidip.ID]bool{}}
	if len(cfg.frameworks) > 0 {
		m.keep = map[digidip.ID]bool{}
		for _, id := range cfg.frameworks {
			m.keep[id.Framework()] = true
		}
	}
	for _, f := range files {
		if err := b.add(f, cfg.catalog); err != nil {
			return nil, err
		}
	}
	for _, id := range cfg.frameworks {
		if !b.seen[id.Framework()] {
			return nil, &LexiconError{Err: fmt.Errorf("WithFrameworks: no lexicon describes framework %q", id)}
		}
	}
	if len(m.terms) == 0 {
		return nil, &LexiconError{Err: errors.New("the lexicons name no phrases")}
	}
	b.finish()
	// Terms are already in the accented normal form, which is idempotent.
	if m.accented, err = newMatcher(m.accented.norm, m.terms); err != nil {
		return nil, fmt.Errorf("corpus: compile lexicon automaton: %w", err)
	}
	if m.unaccented, err = newMatcher(textnorm.New(textnorm.StripDiacritics()), m.terms); err != nil {
		return nil, fmt.Errorf("corpus: compile unaccented lexicon automaton: %w", err)
	}
	m.scratches = make(chan *scratch, runtime.GOMAXPROCS(0))
	return m, nil
}

// separatorCounts returns countSeparators of each pattern.
func separatorCounts(patterns []string) []int32 {
	out := make([]int32, len(patterns))
	for i, p := range patterns {
		out[i] = countSeparators([]byte(p))
	}
	return out
}

func mergeExtra(files, extra []*lexicon.File) ([]*lexicon.File, error) {
	out := slices.Clone(files)
	for _, x := range extra {
		i := slices.IndexFunc(out, func(f *lexicon.File) bool { return strings.EqualFold(f.Lang, x.Lang) })
		if i < 0 {
			out = append(out, x)
			continue
		}
		merged, err := lexicon.Merge(out[i], x)
		if err != nil {
			return nil, &LexiconError{Lang: x.Lang, Err: err}
		}
		out[i] = merged
	}
	return out, nil
}

// builder interns phrases and compiles queries into the Mapper's tables.
type builder struct {
	m       *Mapper
	ids     map[string]int32
	seen    map[digidip.ID]bool // frameworks the lexicons describe
	elIndex map[digidip.ID]int32
	elRules [][]ruleInfo // by element index, before sorting
	// elListed holds the elements some lexicon marks IgnorePartialLists.
	elListed map[digidip.ID]bool
	// usedBy counts, per term, the elements whose rules name it.
	usedBy []map[int32]bool
}

func (b *builder) term(phrase string) (int32, error) {
	norm := strings.TrimSpace(b.m.accented.norm.String(phrase))
	if norm == "" {
		return 0, fmt.Errorf("phrase %q is empty once normalised", phrase)
	}
	if !utf8.ValidString(norm) {
		return 0, fmt.Errorf("phrase %q is not valid UTF-8", phrase)
	}
	if id, ok := b.ids[norm]; ok {
		return id, nil
	}
	id := int32(len(b.m.terms))
	b.ids[norm] = id
	b.m.terms = append(b.m.terms, termInfo{text: norm, display: phrase, specificity: 1})
	b.m.nameOf = append(b.m.nameOf, nil)
	b.m.guardOf = append(b.m.guardOf, nil)
	b.usedBy = append(b.usedBy, nil)
	return id, nil
}

// fileResolver resolves the phrases and @groups of one lexicon file.
type fileResolver struct {
	b      *builder
	f      *lexicon.File
	groups map[string][]int32
	err    error
}

func (r *fileResolver) Phrase(text string) (int32, error) { return r.b.term(text) }

func (r *fileResolver) Group(name string) ([]int32, bool) {
	if ids, ok := r.groups[name]; ok {
		return ids, true
	}
	phrases, ok := r.f.Terms[name]
	if !ok {
		return nil, false
	}
	ids := make([]int32, 0, len(phrases))
	for _, p := range phrases {
		id, err := r.b.term(p)
		if err != nil {
			if r.err == nil {
				r.err = fmt.Errorf("group @%s: %w", name, err)
			}
			continue
		}
		ids = append(ids, id)
	}
	r.groups[name] = ids
	return ids, true
}

func (b *builder) compile(r *fileResolver, lang, ptr, query string) (*lexicon.Program, error) {
	n, err := lexicon.Parse(query)
	if err == nil {
		var p *lexicon.Program
		p, err = lexicon.Compile(query, n, r)
		if err == nil && r.err != nil {
			err = r.err
		}
		if err == nil {
			return p, nil
		}
	}
	var qe *lexicon.QueryError
	if errors.As(err, &qe) {
		qe.Pointer = ptr
	}
	return nil, &LexiconError{Lang: lang, Pointer: ptr, Err: err}
}

func (b *builder) add(f *lexicon.File, cat *digidip.Catalog) error {
	m := b.m
	r := &fileResolver{b: b, f: f, groups: map[string][]int32{}}
	for i, fw := range f.Frameworks {
		ptr := fmt.Sprintf("/frameworks/%d", i)
		if !fw.ID.Valid() || !fw.ID.IsFramework() {
			return &LexiconError{Lang: f.Lang, Pointer: ptr + "/id", Err: fmt.Errorf("%q is not a framework ID", fw.ID)}
		}
		if cat != nil && !cat.Has(fw.ID) {
			return &LexiconError{Lang: f.Lang, Pointer: ptr + "/id", Err: fmt.Errorf("framework %s is not in the catalog", fw.ID)}
		}
		b.seen[fw.ID] = true
		e := fwEntry{id: fw.ID, lang: f.Lang, queryText: fw.Query, scope: fw.Scope, byElements: fw.ByElements}
		if e.scope == lexicon.ScopeSentence {
			e.scope = ""
		}
		idx := int32(len(m.entries))
		if fw.Query != "" {
			p, err := b.compile(r, f.Lang, ptr+"/query", fw.Query)
			if err != nil {
				return err
			}
			e.query = p
		}
		m.entries = append(m.entries, e)
		for j, name := range fw.Names {
			id, err := b.term(name)
			if err != nil {
				return &LexiconError{Lang: f.Lang, Pointer: fmt.Sprintf("%s/names/%d", ptr, j), Err: err}
			}
			m.nameOf[id] = append(m.nameOf[id], idx)
		}
		for j, g := range fw.Guards {
			id, err := b.term(g)
			if err != nil {
				return &LexiconError{Lang: f.Lang, Pointer: fmt.Sprintf("%s/guards/%d", ptr, j), Err: err}
			}
			m.guardOf[id] = append(m.guardOf[id], idx)
		}
	}
	for i, el := range f.Elements {
		ptr := fmt.Sprintf("/elements/%d", i)
		if !el.ID.Valid() || el.ID.IsFramework() {
			return &LexiconError{Lang: f.Lang, Pointer: ptr + "/id", Err: fmt.Errorf("%q is not an element ID", el.ID)}
		}
		if cat != nil && !cat.Has(el.ID) {
			return &LexiconError{Lang: f.Lang, Pointer: ptr + "/id", Err: fmt.Errorf("element %s is not in the catalog", el.ID)}
		}
		b.seen[el.ID.Framework()] = true
		ei, ok := b.elIndex[el.ID]
		if !ok {
			ei = int32(len(b.elRules))
			b.elIndex[el.ID] = ei
			b.elRules = append(b.elRules, nil)
		}
		if el.IgnorePartialLists {
			b.elListed[el.ID] = true
		}
		for j, rule := range el.Rules {
			rptr := fmt.Sprintf("%s/rules/%d/query", ptr, j)
			if rule.Weight < 0 || math.IsNaN(rule.Weight) || math.IsInf(rule.Weight, 0) {
				return &LexiconError{Lang: f.Lang, Pointer: fmt.Sprintf("%s/rules/%d/weight", ptr, j), Err: fmt.Errorf("weight %g is not a finite non-negative number", rule.Weight)}
			}
			p, err := b.compile(r, f.Lang, rptr, rule.Query)
			if err != nil {
				return err
			}
			for _, t := range p.Terms() {
				if b.usedBy[t] == nil {
					b.usedBy[t] = map[int32]bool{}
				}
				b.usedBy[t][ei] = true
			}
			b.elRules[ei] = append(b.elRules[ei], ruleInfo{lang: f.Lang, query: rule.Query, weight: rule.EffectiveWeight(), prog: p})
		}
	}
	return nil
}

// finish orders elements by ID, indexes rules by trigger term and computes
// term specificity.
func (b *builder) finish() {
	m := b.m
	ids := make([]digidip.ID, 0, len(b.elIndex))
	for id := range b.elIndex {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	m.elements = ids
	fwNum := map[digidip.ID]int32{}
	number := func(id digidip.ID) int32 {
		n, ok := fwNum[id]
		if !ok {
			n = int32(len(fwNum))
			fwNum[id] = n
		}
		return n
	}
	for i := range m.entries {
		m.entries[i].fw = number(m.entries[i].id)
	}
	m.elFw = make([]int32, len(ids))
	for ei, id := range ids {
		m.elFw[ei] = number(id.Framework())
	}
	m.nFrameworks = len(fwNum)
	if m.keep != nil {
		m.fwKept = make([]bool, m.nFrameworks)
		for id, n := range fwNum {
			m.fwKept[n] = m.keep[id]
		}
	}
	m.partial = make([]bool, len(ids))
	m.marked = make([]int32, m.nFrameworks)
	for ei, id := range ids {
		if b.elListed[id] {
			m.partial[ei] = true
			m.marked[m.elFw[ei]]++
		}
	}
	m.triggers = make([][]int32, len(m.terms))
	// A rule is evaluated only in sentences holding one of the terms it
	// cannot hold without (lexicon.Program.Necessary). Where it may choose,
	// it takes the side of an AND whose terms fewer elements share: a
	// phrase of one element is rarer in text than the @group many rules
	// combine it with, so the rule is looked at less often.
	cost := func(t int32) float64 { return float64(1 + len(b.usedBy[t])) }
	for ei, id := range ids {
		for _, r := range b.elRules[b.elIndex[id]] {
			r.element = int32(ei)
			ri := int32(len(m.rules))
			m.rules = append(m.rules, r)
			// Parse refuses a query that could hold with none of its
			// phrases, so every rule has a necessary set.
			triggers, _ := r.prog.Necessary(cost)
			for _, t := range triggers {
				m.triggers[t] = append(m.triggers[t], ri)
			}
		}
	}
	for i := range m.entries {
		e := &m.entries[i]
		if !e.byElements {
			continue
		}
		for ei := range ids {
			if m.elFw[ei] == e.fw {
				e.elements = append(e.elements, int32(ei))
			}
		}
	}
	for t := range m.terms {
		if n := len(b.usedBy[t]); n > specificElements {
			m.terms[t].specificity = max(minSpecificity, float64(specificElements)/float64(n))
		}
	}
	for i := range m.rules {
		for _, t := range m.rules[i].prog.Terms() {
			if m.terms[t].specificity < 1 {
				m.rules[i].generic = true
			}
		}
	}
}

// Threshold returns the score an element needs to be asserted.
func (m *Mapper) Threshold() float64 { return m.threshold }

// Frameworks returns the IDs of the frameworks the mapper can find, sorted.
func (m *Mapper) Frameworks() []digidip.ID {
	var out []digidip.ID
	for _, e := range m.entries {
		if m.kept(e.id) {
			out = append(out, e.id)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// Elements returns the IDs of the elements the mapper has rules for, sorted.
func (m *Mapper) Elements() []digidip.ID {
	out := make([]digidip.ID, 0, len(m.elements))
	for _, id := range m.elements {
		if m.kept(id) {
			out = append(out, id)
		}
	}
	return out
}

// kept reports whether the ID's framework is one WithFrameworks kept.
func (m *Mapper) kept(id digidip.ID) bool {
	return m.keep == nil || m.keep[id.Framework()]
}

// NumTerms returns the number of distinct normalised phrases in the
// mapper's automaton.
func (m *Mapper) NumTerms() int { return len(m.terms) }
