package lexicon

import (
	"bytes"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strings"

	"github.com/digidip/digidip"
	"github.com/digidip/digidip/schema"
	"golang.org/x/text/language"
)

//go:embed data/*.json
var dataFS embed.FS

// MaxFileSize is the largest lexicon file Read accepts: 4 MiB, some twenty
// times the embedded lexicons together.
const MaxFileSize = 4 << 20

// A File is one lexicon file: the phrases of one language and the rules
// over them. Its JSON shape is the lexicon schema's (schema.Lexicon):
//
//	{"lang":"vi","description":"…","terms":{"<group>":["phrase",…]},
//	 "frameworks":[{"id","names":[…],"guards":[…],"query","note"}],
//	 "elements":[{"id","rules":[{"query","weight","note"}]}]}
type File struct {
	// Lang is the language of the phrases, a BCP 47 tag ("vi", "en").
	Lang string `json:"lang"`
	// Description says what the file covers, for a human reader.
	Description string `json:"description,omitempty"`
	// Terms are named groups of phrases, used in queries as @name.
	Terms map[string][]string `json:"terms,omitempty"`
	// Frameworks say how the text names each framework.
	Frameworks []FrameworkEntry `json:"frameworks,omitempty"`
	// Elements hold the rules deciding when the text discusses an element.
	Elements []ElementEntry `json:"elements,omitempty"`
}

// A FrameworkEntry says how a text names one framework.
//
// A name match counts only if no guard match covers or overlaps it (the
// guard "bali process" vetoes the name "bali" inside it) and, when Query is
// set, the query holds in the sentence of the name match — or, with Scope
// [ScopeParagraph] or [ScopeArticle], anywhere in its paragraph or in the
// article. The vn-mic entry asks for the
// ministry's name together with international-cooperation words, because
// the rubric counts the ministry only with its own agenda, and an article
// often names the ministry in one sentence and sets out its agenda in the
// next.
type FrameworkEntry struct {
	ID     digidip.ID `json:"id"`
	Names  []string   `json:"names"`
	Guards []string   `json:"guards,omitempty"`
	Query  string     `json:"query,omitempty"`
	// Scope is where Query must hold: [ScopeSentence] (the default, when
	// empty), [ScopeParagraph] or [ScopeArticle].
	Scope string `json:"scope,omitempty"`
	// ByElements lets a name count, query or no query, when the article
	// discusses one of the framework's own elements (the mapper asserts
	// it). It fits frameworks the rubric defines as "the body named AND
	// its agenda": the vn-mofa entry counts the foreign ministry when the
	// article sets out one of its digital-diplomacy directions, wherever
	// in the article that is.
	ByElements bool   `json:"byElements,omitempty"`
	Note       string `json:"note,omitempty"`
}

// The scopes of a framework query.
const (
	// ScopeSentence: the query must hold in the sentence of the name.
	ScopeSentence = "sentence"
	// ScopeParagraph: the query may hold anywhere in the paragraph (the
	// line of text) of the name. A name in the title may also have it hold
	// anywhere in the article: a headline speaks for the whole text.
	ScopeParagraph = "paragraph"
	// ScopeArticle: the query may hold anywhere in the article, title
	// included. NEAR then counts word positions within each field.
	ScopeArticle = "article"
)

// An ElementEntry holds the rules for one element; the element is
// discussed in a sentence where any of its rules holds.
type ElementEntry struct {
	ID    digidip.ID `json:"id"`
	Rules []Rule     `json:"rules"`
	// IgnorePartialLists marks the element as one of a set, such as a
	// conference's panels, that articles often name in passing. A sentence
	// where the rules of two or more of the framework's marked elements
	// hold, but not of all of them, lists them in passing ("panels ranged
	// from help for small firms to big data in crises") and adds nothing
	// to their scores. A sentence that names every one is an enumeration,
	// which the annotation rubric counts as discussing each; a sentence on
	// one alone counts as usual. An element is marked when any lexicon
	// marks it.
	IgnorePartialLists bool `json:"ignorePartialLists,omitempty"`
}

// A Rule is one query with the weight a sentence matching it adds to the
// element's score. A zero Weight means DefaultWeight.
type Rule struct {
	Query  string  `json:"query"`
	Weight float64 `json:"weight,omitempty"`
	Note   string  `json:"note,omitempty"`
}

// DefaultWeight is the weight of a rule that gives none: one sentence
// matching it reaches the mapper's default threshold.
const DefaultWeight = 1.0

// EffectiveWeight returns r.Weight, or DefaultWeight when it is zero.
func (r Rule) EffectiveWeight() float64 {
	if r.Weight == 0 {
		return DefaultWeight
	}
	return r.Weight
}

// An Error is one problem in a lexicon file: the file name, the JSON
// pointer of the offending value, and what is wrong. A bad query is
// reported as a *QueryError (which also gives the byte offset in the
// query) wrapped in Err.
type Error struct {
	File    string
	Pointer string
	Err     error
}

func (e *Error) Error() string {
	if qe, ok := e.Err.(*QueryError); ok {
		return qe.Error()
	}
	return fmt.Sprintf("%s: %s: %v", e.File, e.Pointer, e.Err)
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// ErrorList is every problem found in a lexicon file, in document order.
type ErrorList []*Error

func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0].Error(), len(l)-1)
}

// Unwrap returns the errors, so errors.Is and errors.As look at each.
func (l ErrorList) Unwrap() []error {
	out := make([]error, len(l))
	for i, e := range l {
		out[i] = e
	}
	return out
}

// Err returns l as an error, or nil when l is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// ErrDuplicate is wrapped by the error for a framework or element listed
// twice in one file.
var ErrDuplicate = errors.New("listed twice")

// ErrTooLarge is returned by Read for input larger than MaxFileSize.
var ErrTooLarge = errors.New("lexicon file too large")

// Read reads one lexicon file from r, naming it name in errors. The document
// is validated against the lexicon schema (errors are the schema package's,
// with a JSON pointer for each problem), then decoded strictly and checked
// with File.Check: every ID well formed, every query parsed, every @group
// defined. Problems found by the check come back as an ErrorList.
func Read(name string, r io.Reader) (*File, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("lexicon %s: %w", name, err)
	}
	if len(data) > MaxFileSize {
		return nil, fmt.Errorf("lexicon %s: %w (more than %d bytes)", name, ErrTooLarge, MaxFileSize)
	}
	if err := schema.Validate(schema.Lexicon, data); err != nil {
		return nil, fmt.Errorf("lexicon %s: %w", name, err)
	}
	f, err := decode(data)
	if err != nil {
		return nil, fmt.Errorf("lexicon %s: %w", name, err)
	}
	if err := f.Check(name); err != nil {
		return nil, err
	}
	return f, nil
}

func decode(data []byte) (*File, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var f File
	if err := dec.Decode(&f); err != nil {
		return nil, err
	}
	return &f, nil
}

// Default returns the embedded lexicons, one per language (Vietnamese,
// English, Indonesian), sorted by language tag. The values are fresh on
// every call; change them freely.
//
// The embedded files are checked by this package's tests (schema and
// File.Check); Default panics only if the package was built from files that
// fail them.
func Default() []*File {
	names, err := fs.Glob(dataFS, "data/*.json")
	if err != nil {
		panic(fmt.Sprintf("lexicon: embedded data: %v", err))
	}
	out := make([]*File, 0, len(names))
	for _, name := range names {
		data, err := dataFS.ReadFile(name)
		if err != nil {
			panic(fmt.Sprintf("lexicon: embedded %s: %v", name, err))
		}
		f, err := decode(data)
		if err != nil {
			panic(fmt.Sprintf("lexicon: embedded %s: %v", name, err))
		}
		out = append(out, f)
	}
	return out
}

// DefaultFile returns the embedded lexicon for one language tag ("vi",
// "en", "id"), or false when there is none.
func DefaultFile(lang string) (*File, bool) {
	for _, f := range Default() {
		if strings.EqualFold(f.Lang, lang) {
			return f, true
		}
	}
	return nil, false
}

// EmbeddedFiles returns the names and raw bytes of the embedded lexicon
// files ("data/vi.json" …), for tools that show or validate them.
func EmbeddedFiles() map[string][]byte {
	// The pattern is valid and every globbed name exists in the embedded
	// FS, so neither call can fail.
	names, _ := fs.Glob(dataFS, "data/*.json")
	out := make(map[string][]byte, len(names))
	for _, name := range names {
		data, _ := dataFS.ReadFile(name)
		out[path.Base(name)] = data
	}
	return out
}

// Check reports every problem of f that the schema cannot see: a language
// tag that does not parse, malformed or misplaced IDs (an element ID in
// "frameworks"), an element whose ID is not under a framework, a framework
// or element listed twice, blank phrases, and queries that do not parse
// or name an undefined @group. name is the file name used in errors.
func (f *File) Check(name string) error {
	var list ErrorList
	add := func(ptr string, err error) {
		var qe *QueryError
		if errors.As(err, &qe) {
			qe.File, qe.Pointer = name, ptr
		}
		list = append(list, &Error{File: name, Pointer: ptr, Err: err})
	}
	if _, err := language.Parse(f.Lang); err != nil || f.Lang == "" {
		add("/lang", fmt.Errorf("%q is not a BCP 47 language tag", f.Lang))
	}
	for _, g := range slices.Sorted(maps.Keys(f.Terms)) {
		ptr := "/terms/" + escape(g)
		if !validGroupName(g) {
			add(ptr, fmt.Errorf("bad group name %q (ASCII letters, digits, _ - .)", g))
		}
		if len(f.Terms[g]) == 0 {
			add(ptr, errors.New("empty group"))
		}
		for i, p := range f.Terms[g] {
			if strings.TrimSpace(p) == "" {
				add(fmt.Sprintf("%s/%d", ptr, i), errors.New("blank phrase"))
			}
		}
	}
	seen := map[digidip.ID]bool{}
	for i, fw := range f.Frameworks {
		ptr := fmt.Sprintf("/frameworks/%d", i)
		if _, err := digidip.ParseID(string(fw.ID)); err != nil || !fw.ID.IsFramework() {
			add(ptr+"/id", fmt.Errorf("%q is not a framework ID", fw.ID))
		}
		if seen[fw.ID] {
			add(ptr+"/id", fmt.Errorf("framework %s %w", fw.ID, ErrDuplicate))
		}
		seen[fw.ID] = true
		if len(fw.Names) == 0 {
			add(ptr+"/names", errors.New("a framework needs at least one name"))
		}
		for j, p := range fw.Names {
			if strings.TrimSpace(p) == "" {
				add(fmt.Sprintf("%s/names/%d", ptr, j), errors.New("blank phrase"))
			}
		}
		for j, p := range fw.Guards {
			if strings.TrimSpace(p) == "" {
				add(fmt.Sprintf("%s/guards/%d", ptr, j), errors.New("blank phrase"))
			}
		}
		if fw.Query != "" {
			if err := f.checkQuery(fw.Query); err != nil {
				add(ptr+"/query", err)
			}
		}
		switch fw.Scope {
		case "", ScopeSentence, ScopeParagraph, ScopeArticle:
			if fw.Scope != "" && fw.Query == "" {
				add(ptr+"/scope", errors.New("a scope without a query"))
			}
		default:
			add(ptr+"/scope", fmt.Errorf("unknown scope %q (want %q, %q or %q)", fw.Scope, ScopeSentence, ScopeParagraph, ScopeArticle))
		}
	}
	for i, el := range f.Elements {
		ptr := fmt.Sprintf("/elements/%d", i)
		if _, err := digidip.ParseID(string(el.ID)); err != nil || el.ID.IsFramework() {
			add(ptr+"/id", fmt.Errorf("%q is not an element ID", el.ID))
		}
		if seen[el.ID] {
			add(ptr+"/id", fmt.Errorf("element %s %w", el.ID, ErrDuplicate))
		}
		seen[el.ID] = true
		if len(el.Rules) == 0 {
			add(ptr+"/rules", errors.New("an element needs at least one rule"))
		}
		for j, r := range el.Rules {
			if err := f.checkQuery(r.Query); err != nil {
				add(fmt.Sprintf("%s/rules/%d/query", ptr, j), err)
			}
			if r.Weight < 0 {
				add(fmt.Sprintf("%s/rules/%d/weight", ptr, j), fmt.Errorf("negative weight %g", r.Weight))
			}
		}
	}
	return list.Err()
}

// checkQuery parses q and checks that its groups exist in f.
func (f *File) checkQuery(q string) error {
	n, err := Parse(q)
	if err != nil {
		return err
	}
	var bad error
	Walk(n, func(n Node) {
		if g, ok := n.(*GroupRef); ok && bad == nil {
			if _, ok := f.Terms[g.Name]; !ok {
				bad = &QueryError{Query: q, Offset: g.Pos, Err: fmt.Errorf("%w @%s", ErrUnknownGroup, g.Name)}
			}
		}
	})
	return bad
}

// Walk calls fn for n and every node below it, parents first.
func Walk(n Node, fn func(Node)) {
	if n == nil {
		return
	}
	fn(n)
	switch n := n.(type) {
	case *And:
		Walk(n.L, fn)
		Walk(n.R, fn)
	case *Or:
		Walk(n.L, fn)
		Walk(n.R, fn)
	case *Not:
		Walk(n.X, fn)
	case *Near:
		Walk(n.A, fn)
		Walk(n.B, fn)
	}
}

func escape(s string) string { return strings.NewReplacer("~", "~0", "/", "~1").Replace(s) }

// ErrLanguageMismatch is returned by Merge for files of different languages.
var ErrLanguageMismatch = errors.New("lexicon languages differ")

// Merge returns a new file holding base extended by ext, which must be in
// the same language: ext's phrases are added to base's groups of the same
// name (new groups are added whole); for a framework in both, names and
// guards are added, ext's query, when it has one, replaces base's, and
// ByElements holds when either sets it; for an element in both, ext's
// rules are added to base's and IgnorePartialLists holds when either sets
// it. Entries only in ext are appended. Neither input is modified. To replace a lexicon instead,
// give the mapper your file in place of the default one.
func Merge(base, ext *File) (*File, error) {
	if !strings.EqualFold(base.Lang, ext.Lang) {
		return nil, fmt.Errorf("%w: %q and %q", ErrLanguageMismatch, base.Lang, ext.Lang)
	}
	out := &File{Lang: base.Lang, Description: base.Description, Terms: map[string][]string{}}
	if ext.Description != "" && ext.Description != base.Description {
		out.Description = strings.TrimSpace(base.Description + " " + ext.Description)
	}
	for g, ps := range base.Terms {
		out.Terms[g] = slices.Clone(ps)
	}
	for g, ps := range ext.Terms {
		out.Terms[g] = appendNew(out.Terms[g], ps)
	}
	fwIndex := map[digidip.ID]int{}
	for _, fw := range base.Frameworks {
		fw.Names, fw.Guards = slices.Clone(fw.Names), slices.Clone(fw.Guards)
		fwIndex[fw.ID] = len(out.Frameworks)
		out.Frameworks = append(out.Frameworks, fw)
	}
	for _, fw := range ext.Frameworks {
		i, ok := fwIndex[fw.ID]
		if !ok {
			fw.Names, fw.Guards = slices.Clone(fw.Names), slices.Clone(fw.Guards)
			fwIndex[fw.ID] = len(out.Frameworks)
			out.Frameworks = append(out.Frameworks, fw)
			continue
		}
		o := &out.Frameworks[i]
		o.Names = appendNew(o.Names, fw.Names)
		o.Guards = appendNew(o.Guards, fw.Guards)
		if fw.Query != "" {
			o.Query = fw.Query
			o.Scope = fw.Scope
		}
		o.ByElements = o.ByElements || fw.ByElements
		if fw.Note != "" {
			o.Note = strings.TrimSpace(o.Note + " " + fw.Note)
		}
	}
	elIndex := map[digidip.ID]int{}
	for _, el := range base.Elements {
		el.Rules = slices.Clone(el.Rules)
		elIndex[el.ID] = len(out.Elements)
		out.Elements = append(out.Elements, el)
	}
	for _, el := range ext.Elements {
		i, ok := elIndex[el.ID]
		if !ok {
			el.Rules = slices.Clone(el.Rules)
			elIndex[el.ID] = len(out.Elements)
			out.Elements = append(out.Elements, el)
			continue
		}
		o := &out.Elements[i]
		o.Rules = append(o.Rules, el.Rules...)
		o.IgnorePartialLists = o.IgnorePartialLists || el.IgnorePartialLists
	}
	return out, nil
}

func appendNew(dst, src []string) []string {
	for _, s := range src {
		if !slices.Contains(dst, s) {
			dst = append(dst, s)
		}
	}
	return dst
}
