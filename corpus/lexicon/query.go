package lexicon

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Limits on one query. They keep a hand-written or downloaded lexicon from
// making the mapper slow or its stack deep; no sensible rule comes near them.
const (
	// MaxQueryDepth is how deeply operators and parentheses may nest.
	MaxQueryDepth = 16
	// MaxQueryTerms is how many phrases and @group references one query may
	// name (a group counts once, however many phrases it holds).
	MaxQueryTerms = 64
	// MaxQueryLen is the longest query, in bytes.
	MaxQueryLen = 4096
	// MaxNear is the largest n of NEAR/n.
	MaxNear = 100
)

// Errors a QueryError wraps; test for them with errors.Is.
var (
	// ErrSyntax: the query is not well formed (an unexpected token, an
	// unclosed parenthesis or quote, a missing operand).
	ErrSyntax = errors.New("query syntax error")
	// ErrTooDeep: operators nest deeper than MaxQueryDepth.
	ErrTooDeep = errors.New("query nests too deeply")
	// ErrTooManyTerms: the query names more than MaxQueryTerms phrases and
	// groups.
	ErrTooManyTerms = errors.New("query names too many terms")
	// ErrTooLong: the query is longer than MaxQueryLen bytes.
	ErrTooLong = errors.New("query too long")
	// ErrUnknownGroup: an @name refers to no group of the lexicon file.
	ErrUnknownGroup = errors.New("unknown term group")
	// ErrNearOperand: an operand of NEAR/n is not a phrase, a group or an OR
	// of them. Proximity is between occurrences of words, so each side must
	// be something that occurs somewhere.
	ErrNearOperand = errors.New("NEAR operands must be phrases, groups or OR of them")
	// ErrNoPositive: the query could hold in a sentence where none of its
	// phrases occurs ("NOT x"); such a rule would match almost every
	// sentence of every article.
	ErrNoPositive = errors.New("query needs a phrase that must occur")
)

// A QueryError says what is wrong with a query and where: the byte Offset
// in the query text and, when the query comes from a lexicon file, the File
// and the JSON Pointer of the query string ("/elements/3/rules/0/query").
type QueryError struct {
	File    string
	Pointer string
	Query   string
	Offset  int
	Err     error
}

func (e *QueryError) Error() string {
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File)
		b.WriteString(": ")
	}
	if e.Pointer != "" {
		b.WriteString(e.Pointer)
		b.WriteString(": ")
	}
	fmt.Fprintf(&b, "query %q at byte %d: %v", e.Query, e.Offset, e.Err)
	return b.String()
}

// Unwrap returns the cause, one of the Err… values of this package.
func (e *QueryError) Unwrap() error { return e.Err }

// A Node is one part of a parsed query: *Phrase, *GroupRef, *And, *Or, *Not
// or *Near. The set is closed; a type switch over these six is exhaustive.
type Node interface {
	// Offset is the byte offset in the query text where the node begins.
	Offset() int
	String() string
	node()
}

// A Phrase is a literal phrase, written "in quotes" or as bare words.
type Phrase struct {
	Text string
	Pos  int
}

// A GroupRef refers to a named group of phrases of the lexicon file (@name);
// it holds in a sentence where any phrase of the group occurs.
type GroupRef struct {
	Name string
	Pos  int
}

// An And holds where both sides hold.
type And struct {
	L, R Node
	Pos  int
}

// An Or holds where either side holds.
type Or struct {
	L, R Node
	Pos  int
}

// A Not holds where X does not.
type Not struct {
	X   Node
	Pos int
}

// A Near holds where an occurrence of A and one of B lie within N words of
// each other (counted from the end of the earlier to the start of the
// later, so adjacent phrases are 0 words apart), in either order.
type Near struct {
	N    int
	A, B Node
	Pos  int
}

func (n *Phrase) Offset() int   { return n.Pos }
func (n *GroupRef) Offset() int { return n.Pos }
func (n *And) Offset() int      { return n.Pos }
func (n *Or) Offset() int       { return n.Pos }
func (n *Not) Offset() int      { return n.Pos }
func (n *Near) Offset() int     { return n.Pos }

func (n *Phrase) String() string   { return `"` + n.Text + `"` }
func (n *GroupRef) String() string { return "@" + n.Name }
func (n *And) String() string      { return "(" + n.L.String() + " AND " + n.R.String() + ")" }
func (n *Or) String() string       { return "(" + n.L.String() + " OR " + n.R.String() + ")" }
func (n *Not) String() string      { return "NOT " + n.X.String() }
func (n *Near) String() string {
	return fmt.Sprintf("NEAR/%d(%s, %s)", n.N, n.A.String(), n.B.String())
}

func (*Phrase) node()   {}
func (*GroupRef) node() {}
func (*And) node()      {}
func (*Or) node()       {}
func (*Not) node()      {}
func (*Near) node()     {}

// Parse parses one query. The grammar, loosest binding first:
//
//	query  = and { "OR" and }
//	and    = unary { "AND" unary }
//	unary  = "NOT" unary | atom
//	atom   = "(" query ")"
//	       | "NEAR/" n "(" query "," query ")"
//	       | '"' phrase '"'
//	       | "@" group
//	       | word { word }
//
// Operators are upper case; anything else is text, so lower-case "and"
// and "or" inside a phrase are just words. Bare words next to each other
// form one phrase (digital economy = "digital economy"); quote a phrase
// that holds parentheses, commas, quotes or an upper-case operator word.
//
// Every query is evaluated within one sentence: "a AND b" holds where a
// sentence has both. There is deliberately no article-wide scope: the
// annotation rubric asks for at least one full sentence on a theme, and the
// mapper adds sentences up in the score instead.
//
// Errors are *QueryError values with the byte offset of the fault.
func Parse(query string) (Node, error) {
	if len(query) > MaxQueryLen {
		return nil, &QueryError{Query: query, Offset: MaxQueryLen, Err: fmt.Errorf("%w: %d bytes, at most %d", ErrTooLong, len(query), MaxQueryLen)}
	}
	p := parser{src: query}
	p.next()
	n := p.or(1)
	if p.err == nil && p.tok.kind != tokEOF {
		p.fail(p.tok.pos, "unexpected %s after the end of the query", p.tok)
	}
	if p.err != nil {
		return nil, p.err
	}
	if !hasPositive(n) {
		return nil, &QueryError{Query: query, Offset: 0, Err: ErrNoPositive}
	}
	return n, nil
}

// hasPositive reports whether n can hold only where some phrase occurs.
func hasPositive(n Node) bool {
	switch n := n.(type) {
	case *Phrase, *GroupRef, *Near:
		return true
	case *And:
		return hasPositive(n.L) || hasPositive(n.R)
	case *Or:
		return hasPositive(n.L) && hasPositive(n.R)
	}
	return false // *Not
}

type tokKind int

const (
	tokEOF tokKind = iota
	tokLParen
	tokRParen
	tokComma
	tokAnd
	tokOr
	tokNot
	tokNear
	tokPhrase
	tokGroup
)

type token struct {
	kind tokKind
	pos  int
	text string // phrase text or group name
	n    int    // NEAR distance
}

func (t token) String() string {
	switch t.kind {
	case tokEOF:
		return "end of query"
	case tokLParen:
		return `"("`
	case tokRParen:
		return `")"`
	case tokComma:
		return `","`
	case tokAnd:
		return "AND"
	case tokOr:
		return "OR"
	case tokNot:
		return "NOT"
	case tokNear:
		return fmt.Sprintf("NEAR/%d", t.n)
	case tokGroup:
		return "@" + t.text
	}
	return strconv.Quote(t.text)
}

type parser struct {
	src   string
	i     int
	tok   token
	err   *QueryError
	terms int
}

func (p *parser) fail(pos int, format string, args ...any) {
	if p.err == nil {
		p.err = &QueryError{Query: p.src, Offset: pos, Err: fmt.Errorf("%w: "+format, append([]any{ErrSyntax}, args...)...)}
	}
}

func (p *parser) failWith(pos int, err error) {
	if p.err == nil {
		p.err = &QueryError{Query: p.src, Offset: pos, Err: err}
	}
}

// spaceAt returns the size of the white-space rune at s[i], or 0.
func spaceAt(s string, i int) int {
	r, size := utf8.DecodeRuneInString(s[i:])
	if unicode.IsSpace(r) {
		return size
	}
	return 0
}

// delimAt reports whether the rune at s[i] ends a bare word.
func delimAt(s string, i int) bool {
	switch s[i] {
	case '(', ')', ',', '"', '@':
		return true
	}
	return spaceAt(s, i) > 0
}

// skipSpace advances p.i past white space.
func (p *parser) skipSpace() {
	for p.i < len(p.src) {
		n := spaceAt(p.src, p.i)
		if n == 0 {
			return
		}
		p.i += n
	}
}

// next reads the next token into p.tok.
func (p *parser) next() {
	p.skipSpace()
	start := p.i
	if p.i >= len(p.src) {
		p.tok = token{kind: tokEOF, pos: start}
		return
	}
	switch c := p.src[p.i]; c {
	case '(':
		p.i++
		p.tok = token{kind: tokLParen, pos: start}
		return
	case ')':
		p.i++
		p.tok = token{kind: tokRParen, pos: start}
		return
	case ',':
		p.i++
		p.tok = token{kind: tokComma, pos: start}
		return
	case '"':
		end := strings.IndexByte(p.src[p.i+1:], '"')
		if end < 0 {
			p.fail(start, "unclosed quote")
			p.tok = token{kind: tokEOF, pos: len(p.src)}
			return
		}
		text := collapseSpaces(p.src[p.i+1 : p.i+1+end])
		p.i += end + 2
		if text == "" {
			p.fail(start, "empty phrase")
		}
		p.tok = token{kind: tokPhrase, pos: start, text: text}
		return
	case '@':
		j := p.i + 1
		for j < len(p.src) && !delimAt(p.src, j) {
			j++
		}
		name := p.src[p.i+1 : j]
		p.i = j
		if !validGroupName(name) {
			p.fail(start, "bad group name %q (ASCII letters, digits, _ - .)", name)
		}
		p.tok = token{kind: tokGroup, pos: start, text: name}
		return
	}
	// A word: an operator, or the start of a run of bare words.
	word := p.word()
	switch {
	case word == "AND":
		p.tok = token{kind: tokAnd, pos: start}
		return
	case word == "OR":
		p.tok = token{kind: tokOr, pos: start}
		return
	case word == "NOT":
		p.tok = token{kind: tokNot, pos: start}
		return
	case strings.HasPrefix(word, "NEAR/"):
		n, err := strconv.Atoi(word[len("NEAR/"):])
		if err != nil || n < 0 || n > MaxNear {
			p.fail(start, "NEAR/n needs a whole number n from 0 to %d, got %q", MaxNear, word)
		}
		p.tok = token{kind: tokNear, pos: start, n: n}
		return
	}
	// Bare words up to the next delimiter other than a space, or an
	// operator word.
	end := p.i
	for {
		save := p.i
		p.skipSpace()
		if p.i >= len(p.src) || delimAt(p.src, p.i) {
			p.i = save
			break
		}
		w := p.word()
		if isOperatorWord(w) {
			p.i = save
			break
		}
		end = p.i
	}
	p.tok = token{kind: tokPhrase, pos: start, text: collapseSpaces(p.src[start:end])}
}

func isOperatorWord(w string) bool {
	return w == "AND" || w == "OR" || w == "NOT" || strings.HasPrefix(w, "NEAR/")
}

// word reads one bare word starting at p.i.
func (p *parser) word() string {
	j := p.i
	for j < len(p.src) && !delimAt(p.src, j) {
		_, size := utf8.DecodeRuneInString(p.src[j:])
		j += size
	}
	w := p.src[p.i:j]
	p.i = j
	return w
}

func collapseSpaces(s string) string { return strings.Join(strings.Fields(s), " ") }

func (p *parser) or(depth int) Node {
	if depth > MaxQueryDepth {
		p.failWith(p.tok.pos, fmt.Errorf("%w: more than %d levels", ErrTooDeep, MaxQueryDepth))
		return nil
	}
	l := p.and(depth)
	for p.err == nil && p.tok.kind == tokOr {
		pos := p.tok.pos
		p.next()
		r := p.and(depth)
		l = &Or{L: l, R: r, Pos: pos}
	}
	return l
}

func (p *parser) and(depth int) Node {
	l := p.unary(depth)
	for p.err == nil && p.tok.kind == tokAnd {
		pos := p.tok.pos
		p.next()
		r := p.unary(depth)
		l = &And{L: l, R: r, Pos: pos}
	}
	return l
}

func (p *parser) unary(depth int) Node {
	if p.tok.kind == tokNot {
		pos := p.tok.pos
		if depth+1 > MaxQueryDepth {
			p.failWith(pos, fmt.Errorf("%w: more than %d levels", ErrTooDeep, MaxQueryDepth))
			return nil
		}
		p.next()
		return &Not{X: p.unary(depth + 1), Pos: pos}
	}
	return p.atom(depth)
}

func (p *parser) atom(depth int) Node {
	if p.err != nil {
		return nil
	}
	t := p.tok
	switch t.kind {
	case tokLParen:
		p.next()
		n := p.or(depth + 1)
		if p.err == nil && p.tok.kind != tokRParen {
			p.fail(p.tok.pos, "want \")\" to close the \"(\" at byte %d, got %s", t.pos, p.tok)
		}
		p.next()
		return n
	case tokNear:
		p.next()
		if p.tok.kind != tokLParen {
			p.fail(p.tok.pos, "want \"(\" after %s, got %s", t, p.tok)
			return nil
		}
		p.next()
		a := p.or(depth + 1)
		if p.err == nil && p.tok.kind != tokComma {
			p.fail(p.tok.pos, "want \",\" between the operands of %s, got %s", t, p.tok)
		}
		p.next()
		b := p.or(depth + 1)
		if p.err == nil && p.tok.kind != tokRParen {
			p.fail(p.tok.pos, "want \")\" to close %s, got %s", t, p.tok)
		}
		p.next()
		if p.err == nil {
			for _, x := range [...]Node{a, b} {
				if !nearOperand(x) {
					p.failWith(x.Offset(), fmt.Errorf("%w: %s", ErrNearOperand, x))
				}
			}
		}
		return &Near{N: t.n, A: a, B: b, Pos: t.pos}
	case tokPhrase:
		p.count(t.pos)
		p.next()
		return &Phrase{Text: t.text, Pos: t.pos}
	case tokGroup:
		p.count(t.pos)
		p.next()
		return &GroupRef{Name: t.text, Pos: t.pos}
	}
	p.fail(t.pos, "want a phrase, @group, NOT, NEAR/n or \"(\", got %s", t)
	return nil
}

func (p *parser) count(pos int) {
	p.terms++
	if p.terms > MaxQueryTerms {
		p.failWith(pos, fmt.Errorf("%w: more than %d", ErrTooManyTerms, MaxQueryTerms))
	}
}

func nearOperand(n Node) bool {
	switch n := n.(type) {
	case *Phrase, *GroupRef:
		return true
	case *Or:
		return nearOperand(n.L) && nearOperand(n.R)
	}
	return false
}

// validGroupName reports whether s is a group name: ASCII letters, digits,
// "_", "-" and ".", starting with a letter or digit (the lexicon schema's
// GroupName).
func validGroupName(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		case (c == '_' || c == '-' || c == '.') && i > 0:
		default:
			return false
		}
	}
	return true
}
