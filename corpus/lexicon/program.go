package lexicon

import (
	"cmp"
	"fmt"
	"slices"
)

// A Program is a query compiled for evaluation: a short postfix code over
// term IDs, run once per sentence against that sentence's Hits. It holds no
// strings and evaluating it allocates nothing. A Program is immutable and
// safe for concurrent use.
type Program struct {
	code []instr
	sets [][]int32 // term sets of opAny and opNear, sorted
	// masks holds each set of sets as bitmask words, for opAny: the
	// phrases of a @group get consecutive term IDs, so a set of dozens
	// of terms is one or two words to AND with the sentence's Hits.
	masks    [][]setWord
	triggers []int32 // terms outside any NOT, sorted and distinct
	terms    []int32 // every term the query names, sorted and distinct
}

type opcode uint8

const (
	opAny  opcode = iota // push: some term of sets[a] is in the sentence
	opAnd                // pop 2, push both
	opOr                 // pop 2, push either
	opNot                // pop 1, push its negation
	opNear               // push: a term of sets[a] within n words of one of sets[b]
	// The jumps short-circuit AND and OR: when the value on top already
	// decides the operator, they jump to instruction a, past the other
	// operand and the operator, and leave the value as the result.
	opJumpFalse // if the top is false, jump to a (AND)
	opJumpTrue  // if the top is true, jump to a (OR)
)

type instr struct {
	op   opcode
	a, b int32
	n    int32
}

// maxStack bounds the evaluation stack. Parse limits nesting to
// MaxQueryDepth, and postfix code of a tree that deep never needs more.
const maxStack = 2*MaxQueryDepth + 4

// A Resolver turns the leaves of a query into term IDs while compiling:
// Phrase returns the ID of a literal phrase, Group the IDs of the phrases
// of a named group (false if there is no such group).
type Resolver interface {
	Phrase(text string) (int32, error)
	Group(name string) ([]int32, bool)
}

// Compile compiles a parsed query. Unknown groups are *QueryError values
// wrapping ErrUnknownGroup; an error from the Resolver is returned wrapped
// in a *QueryError at the phrase's offset.
func Compile(query string, n Node, r Resolver) (*Program, error) {
	c := compiler{r: r, query: query}
	// Resolve every leaf in the order the query is written before emit
	// reorders operands, so that a Resolver numbering phrases by first use
	// numbers them as written, and the first bad leaf is the one reported.
	c.resolveInOrder(n)
	c.emit(n, false)
	if c.err != nil {
		return nil, c.err
	}
	p := &Program{code: c.code, sets: c.sets}
	for _, set := range c.sets {
		p.masks = append(p.masks, maskOf(set))
	}
	p.triggers = sortedDistinct(c.triggers)
	p.terms = sortedDistinct(c.all)
	if c.maxDepth > maxStack {
		return nil, &QueryError{Query: query, Err: fmt.Errorf("%w: evaluation needs %d stack slots", ErrTooDeep, c.maxDepth)}
	}
	return p, nil
}

func sortedDistinct(s []int32) []int32 {
	slices.Sort(s)
	return slices.Compact(s)
}

type compiler struct {
	r        Resolver
	query    string
	code     []instr
	sets     [][]int32
	triggers []int32
	all      []int32
	depth    int
	maxDepth int
	err      error
}

func (c *compiler) push() {
	c.depth++
	c.maxDepth = max(c.maxDepth, c.depth)
}

// set resolves a phrase, a group or an OR of them into one term set.
func (c *compiler) set(n Node, negated bool) int32 {
	var ids []int32
	c.collect(n, &ids)
	if !negated {
		c.triggers = append(c.triggers, ids...)
	}
	c.all = append(c.all, ids...)
	c.sets = append(c.sets, sortedDistinct(ids))
	return int32(len(c.sets) - 1)
}

func (c *compiler) collect(n Node, ids *[]int32) {
	if c.err != nil {
		return
	}
	switch n := n.(type) {
	case *Phrase:
		id, err := c.r.Phrase(n.Text)
		if err != nil {
			c.err = &QueryError{Query: c.query, Offset: n.Pos, Err: err}
			return
		}
		*ids = append(*ids, id)
	case *GroupRef:
		g, ok := c.r.Group(n.Name)
		if !ok {
			c.err = &QueryError{Query: c.query, Offset: n.Pos, Err: fmt.Errorf("%w @%s", ErrUnknownGroup, n.Name)}
			return
		}
		*ids = append(*ids, g...)
	case *Or:
		c.collect(n.L, ids)
		c.collect(n.R, ids)
	default:
		c.err = &QueryError{Query: c.query, Offset: n.Offset(), Err: fmt.Errorf("%w: %s", ErrNearOperand, n)}
	}
}

// emit writes postfix code for n. Runs of OR over phrases and groups
// become one opAny over their union.
func (c *compiler) emit(n Node, negated bool) {
	if c.err != nil {
		return
	}
	switch n := n.(type) {
	case *Phrase, *GroupRef:
		c.code = append(c.code, instr{op: opAny, a: c.set(n, negated)})
		c.push()
	case *Or:
		if nearOperand(n) {
			c.code = append(c.code, instr{op: opAny, a: c.set(n, negated)})
			c.push()
			return
		}
		c.emitBinary(n.L, n.R, negated, opJumpTrue, opOr)
	case *And:
		c.emitBinary(n.L, n.R, negated, opJumpFalse, opAnd)
	case *Not:
		c.emit(n.X, !negated)
		c.code = append(c.code, instr{op: opNot})
	case *Near:
		a := c.set(n.A, negated)
		b := c.set(n.B, negated)
		c.code = append(c.code, instr{op: opNear, a: a, b: b, n: int32(n.N)})
		c.push()
	default:
		c.err = &QueryError{Query: c.query, Err: fmt.Errorf("%w: unknown node %T", ErrSyntax, n)}
	}
}

// resolveInOrder resolves the phrases and groups of n from left to right.
func (c *compiler) resolveInOrder(n Node) {
	var ids []int32
	switch n := n.(type) {
	case *Phrase, *GroupRef:
		c.collect(n, &ids)
	case *And:
		c.resolveInOrder(n.L)
		c.resolveInOrder(n.R)
	case *Or:
		c.resolveInOrder(n.L)
		c.resolveInOrder(n.R)
	case *Not:
		c.resolveInOrder(n.X)
	case *Near:
		// As emit reads them: a NEAR operand that is not a phrase, a
		// group or an OR of them is an error of its own.
		c.collect(n.A, &ids)
		c.collect(n.B, &ids)
	}
}

// emitBinary writes the code of an AND or OR: the cheaper operand first
// (by cost), a jump past the rest when it decides the result, the other
// operand, the operator. Both operands are pure, so the order changes the
// work, not the value.
func (c *compiler) emitBinary(l, r Node, negated bool, jump, op opcode) {
	if cost(r) < cost(l) {
		l, r = r, l
	}
	c.emit(l, negated)
	j := len(c.code)
	c.code = append(c.code, instr{op: jump})
	c.emit(r, negated)
	c.code = append(c.code, instr{op: op})
	c.depth--
	c.code[j].a = int32(len(c.code))
}

// cost estimates the work of evaluating n: a set lookup is 1, a NEAR,
// which sorts and sweeps the sentence's occurrences, 8.
func cost(n Node) int {
	switch n := n.(type) {
	case *And:
		return cost(n.L) + cost(n.R)
	case *Or:
		if nearOperand(n) {
			return 1
		}
		return cost(n.L) + cost(n.R)
	case *Not:
		return cost(n.X)
	case *Near:
		return 8
	}
	return 1
}

// Triggers returns the terms that occur outside any NOT, sorted. A query
// Parse accepts can hold in a sentence only if one of them occurs there, so
// a caller evaluates a program only for sentences holding a trigger. The
// slice is shared; do not modify it.
func (p *Program) Triggers() []int32 { return p.triggers }

// Necessary returns terms at least one of which occurs in every sentence
// the program holds on, sorted and distinct: a smaller trigger set than
// [Program.Triggers]. An AND needs only one of its operands, so of "a AND
// @group" it keeps whichever side costs less by the caller's measure (the
// sum of cost over a side's terms: a term's expected frequency, say), and a
// caller that evaluates the program only in sentences holding one of them
// misses no match while evaluating far less often than on every trigger.
//
// ok is false when the query can hold with none of its terms present (it
// is a NOT at heart); then no such set exists and Triggers is the fallback.
// The slice is the caller's to keep.
func (p *Program) Necessary(cost func(term int32) float64) (terms []int32, ok bool) {
	type need struct {
		terms []int32 // nil when the operand can hold with no term present
		cost  float64
	}
	sum := func(ts []int32) need {
		n := need{terms: ts}
		for _, t := range ts {
			n.cost += cost(t)
		}
		return n
	}
	cheaper := func(x, y need) need {
		switch {
		case x.terms == nil:
			return y
		case y.terms == nil || x.cost <= y.cost:
			return x
		}
		return y
	}
	var stack [maxStack]need
	sp := 0
	for _, in := range p.code {
		switch in.op {
		case opAny:
			stack[sp] = sum(p.sets[in.a])
			sp++
		case opAnd:
			sp--
			stack[sp-1] = cheaper(stack[sp-1], stack[sp])
		case opOr:
			sp--
			x, y := stack[sp-1], stack[sp]
			if x.terms == nil || y.terms == nil {
				stack[sp-1] = need{}
			} else {
				stack[sp-1] = need{terms: append(slices.Clip(x.terms), y.terms...), cost: x.cost + y.cost}
			}
		case opNot:
			stack[sp-1] = need{}
		case opNear:
			stack[sp] = cheaper(sum(p.sets[in.a]), sum(p.sets[in.b]))
			sp++
		}
	}
	if sp != 1 || stack[0].terms == nil {
		return nil, false
	}
	return sortedDistinct(slices.Clone(stack[0].terms)), true
}

// Terms returns every term the query names, sorted. The slice is shared; do
// not modify it.
func (p *Program) Terms() []int32 { return p.terms }

// Eval reports whether the query holds for the sentence whose term hits
// are h. It allocates nothing once h's scratch space for NEAR has grown to
// the largest sentence h has held; it writes to that space only, so one
// Hits must not be evaluated from two goroutines at once.
func (p *Program) Eval(h *Hits) bool {
	var stack [maxStack]bool
	sp := 0
	for pc := 0; pc < len(p.code); pc++ {
		switch in := p.code[pc]; in.op {
		case opJumpFalse:
			if !stack[sp-1] {
				pc = int(in.a) - 1
			}
		case opJumpTrue:
			if stack[sp-1] {
				pc = int(in.a) - 1
			}
		case opAny:
			stack[sp] = h.anyOf(p.masks[in.a])
			sp++
		case opAnd:
			sp--
			stack[sp-1] = stack[sp-1] && stack[sp]
		case opOr:
			sp--
			stack[sp-1] = stack[sp-1] || stack[sp]
		case opNot:
			stack[sp-1] = !stack[sp-1]
		case opNear:
			stack[sp] = h.near(p.masks[in.a], p.masks[in.b], in.n)
			sp++
		}
	}
	return sp == 1 && stack[0]
}

// An Occurrence is one place a term occurs in a sentence, in words:
// WordStart is the index of its first word and WordEnd one past its last,
// both counted from any fixed origin (the start of the field will do).
type Occurrence struct {
	Term      int32
	WordStart int32
	WordEnd   int32
}

// Hits are the terms that occur in one sentence: a bitset over term IDs
// for the Boolean operators, and the occurrences in order for NEAR. The
// zero value is empty; Reset sizes it for a lexicon, Add records a hit,
// Clear empties it again in time proportional to the hits, not to the
// lexicon, so one Hits serves sentence after sentence without allocating.
type Hits struct {
	bits []uint64
	occ  []Occurrence
	// nearA and nearB are near's scratch: the occurrences of each side.
	nearA, nearB []nearOcc
}

// nearOcc is an occurrence as near sees it: its word span and its index in
// Hits.occ, so that an occurrence in both term sets is not paired with
// itself.
type nearOcc struct{ start, end, idx int32 }

// Reset sizes h for terms 0 to n-1 and empties it.
func (h *Hits) Reset(n int) {
	words := (n + 63) / 64
	if cap(h.bits) < words {
		h.bits = make([]uint64, words)
	} else {
		h.bits = h.bits[:words]
		clear(h.bits)
	}
	h.occ = h.occ[:0]
}

// Add records an occurrence of a term. Out-of-range terms are ignored.
func (h *Hits) Add(o Occurrence) {
	if o.Term < 0 || int(o.Term>>6) >= len(h.bits) {
		return
	}
	h.bits[o.Term>>6] |= 1 << (uint(o.Term) & 63)
	h.occ = append(h.occ, o)
}

// Has reports whether term occurs.
func (h *Hits) Has(term int32) bool {
	return term >= 0 && int(term>>6) < len(h.bits) && h.bits[term>>6]&(1<<(uint(term)&63)) != 0
}

// Occurrences returns the occurrences recorded since the last Clear, in
// the order they were added. The slice is reused by later calls.
func (h *Hits) Occurrences() []Occurrence { return h.occ }

// Empty reports whether no term occurs.
func (h *Hits) Empty() bool { return len(h.occ) == 0 }

// Clear empties h, keeping its size.
func (h *Hits) Clear() {
	for _, o := range h.occ {
		h.bits[o.Term>>6] = 0
	}
	h.occ = h.occ[:0]
}

// setWord is one 64-bit word of a term set's bitmask: bit k of bits
// stands for term 64*w+k, as in Hits.
type setWord struct {
	w    int32
	bits uint64
}

// maskOf turns a sorted term set into its non-zero bitmask words, in
// increasing order. Negative IDs, which Hits never records, are left out.
func maskOf(set []int32) []setWord {
	var out []setWord
	for _, t := range set {
		if t < 0 {
			continue
		}
		w, bit := t>>6, uint64(1)<<(uint(t)&63)
		if n := len(out); n > 0 && out[n-1].w == w {
			out[n-1].bits |= bit
		} else {
			out = append(out, setWord{w: w, bits: bit})
		}
	}
	return out
}

// anyOf reports whether some term of a set, given as its mask (maskOf),
// occurs.
func (h *Hits) anyOf(set []setWord) bool {
	for _, sw := range set {
		if int(sw.w) < len(h.bits) && h.bits[sw.w]&sw.bits != 0 {
			return true
		}
	}
	return false
}

// inMask reports whether term t is in the set of mask (maskOf): the words
// are in increasing order, and a set rarely spans more than two, where a
// binary search over its terms took a call and several probes.
func inMask(mask []setWord, t int32) bool {
	w, bit := t>>6, uint64(1)<<(uint(t)&63)
	for _, sw := range mask {
		if sw.w >= w {
			return sw.w == w && sw.bits&bit != 0
		}
	}
	return false
}

// near reports whether a term of the set of maskA occurs within n words of
// a term of the set of maskB.
//
// The two sides' occurrences are sorted by start word and swept together:
// for each occurrence of a, only those of b that start within reach of it
// are looked at, so a sentence with thousands of hits (a run-on line of a
// scraped page) costs about as much as that many short sentences, not the
// square of it.
func (h *Hits) near(maskA, maskB []setWord, n int32) bool {
	if !h.anyOf(maskA) || !h.anyOf(maskB) {
		return false
	}
	as, bs := h.nearA[:0], h.nearB[:0]
	var longestB int32 // longest span of b, in words
	for i, x := range h.occ {
		o := nearOcc{start: x.WordStart, end: x.WordEnd, idx: int32(i)}
		if inMask(maskA, x.Term) {
			as = append(as, o)
		}
		if inMask(maskB, x.Term) {
			bs = append(bs, o)
			longestB = max(longestB, x.WordEnd-x.WordStart)
		}
	}
	h.nearA, h.nearB = as, bs
	byStart := func(x, y nearOcc) int { return cmp.Compare(x.start, y.start) }
	if !slices.IsSortedFunc(as, byStart) {
		slices.SortFunc(as, byStart)
	}
	if !slices.IsSortedFunc(bs, byStart) {
		slices.SortFunc(bs, byStart)
	}
	lo := 0
	for _, x := range as {
		// An occurrence of b that starts before x.start-n-longestB ends
		// more than n words before x; as x.start grows, so does that bound.
		for lo < len(bs) && bs[lo].start < x.start-n-longestB {
			lo++
		}
		for _, y := range bs[lo:] {
			if y.start > x.end+n {
				break // this one and every later one start too far after x
			}
			if y.idx == x.idx {
				continue
			}
			var gap int32
			switch {
			case x.end <= y.start:
				gap = y.start - x.end
			case y.end <= x.start:
				gap = x.start - y.end
			}
			if gap <= n {
				return true
			}
		}
	}
	return false
}
