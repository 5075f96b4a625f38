package automaton

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode/utf8"
)

// Match is one occurrence of a pattern in a text: the half-open byte range
// text[Start:End] equals the pattern's bytes.
//
// Pattern is the index, in the slice given to [Compile], of the lowest-indexed
// pattern with that text; [Automaton.SameText] lists every index that shares
// it.
type Match struct {
	Start   int
	End     int
	Pattern int
}

// Option changes how [Compile] builds an [Automaton].
type Option func(*config)

type config struct {
	wholeWords bool
}

// WholeWords makes the automaton report a match only when it is not part of a
// longer word: the rune before Start and the rune at End (when they exist)
// must not be word runes, that is letters, numbers or combining marks
// (Unicode categories L, N and M). Vietnamese letters are multi-byte, so the
// test decodes runes rather than bytes: "số" does not match inside "sống".
//
// The test applies to the text around the match only, whatever the pattern
// starts or ends with: "bộ tt&tt" matches in "(bộ tt&tt)" but not in
// "bộ tt&ttx". Leftmost-longest selection happens among the matches that pass
// the test, so a rejected long match never hides a valid shorter one.
func WholeWords() Option {
	return func(c *config) { c.wholeWords = true }
}

// ErrEmptyPattern is the cause of a [*PatternError] for a pattern with no
// bytes. An empty pattern would match between every two bytes of every text,
// which no lexicon wants, so Compile refuses it rather than guessing.
var ErrEmptyPattern = errors.New("empty pattern")

// ErrInvalidUTF8 is the cause of a [*PatternError] for a pattern that is not
// valid UTF-8. Patterns are normalised text; a malformed one could match in
// the middle of a multi-byte letter, so Compile refuses it.
var ErrInvalidUTF8 = errors.New("pattern is not valid UTF-8")

// ErrTooLarge is returned by [Compile] when the dense transition table would
// not be addressable with 32-bit premultiplied state IDs (about 16 GiB of
// table) or the patterns could not be numbered with int32, which no
// realistic lexicon comes near.
var ErrTooLarge = errors.New("automaton too large for 32-bit state IDs")

// PatternError reports a pattern that [Compile] refused, with its index in
// the input slice. Use [errors.As] to get at it and [errors.Is] with
// [ErrEmptyPattern] or [ErrInvalidUTF8] to learn why.
type PatternError struct {
	Index   int    // position of the pattern in the slice given to Compile
	Pattern string // the offending pattern, as given
	Err     error  // ErrEmptyPattern or ErrInvalidUTF8
}

// Error describes the problem with the pattern's index and bytes.
func (e *PatternError) Error() string {
	return fmt.Sprintf("automaton: pattern %d %q: %v", e.Index, e.Pattern, e.Err)
}

// Unwrap returns the cause, so that errors.Is(err, ErrEmptyPattern) works.
func (e *PatternError) Unwrap() error { return e.Err }

// Stats describes the size of a compiled [Automaton], for capacity planning
// and benchmark reports.
type Stats struct {
	Patterns   int // patterns given to Compile, duplicates included
	Unique     int // distinct pattern texts
	States     int // DFA states (trie nodes), the start state included
	Classes    int // byte equivalence classes (columns that hold transitions)
	TableBytes int // bytes held by the transition table and the output lists
}

// Automaton is a compiled multi-pattern matcher: a dense deterministic
// Aho-Corasick automaton over byte classes. It is immutable once built and
// safe for concurrent use by any number of goroutines.
type Automaton struct {
	// trans holds one row of stride uint32 per state, one column per byte
	// class. A state's ID is its row offset (premultiplied), so the
	// transition on byte b from state s is trans[s+classes[b]].
	trans   []uint32
	classes [256]uint8
	stride  uint32
	// firstMatch is the ID of the first state with at least one output.
	// States are numbered so that every such state comes after every state
	// without one: the hot loop tests "s >= firstMatch" and nothing else.
	firstMatch uint32
	// The outputs of the k-th match state (ID firstMatch + k*stride) are
	// outs[outStart[k]:outStart[k+1]], longest first. They are kept apart
	// from the rows so that a match reads a few small, mostly cached
	// arrays rather than another line of the large table. strideInv turns
	// an ID into k with a multiplication (see matchIndex).
	outStart  []uint32
	outs      []output
	strideInv uint64
	// maxLen is the longest pattern's length, the deepest state's depth.
	maxLen int
	// Interleaved walks (see overlapping) take blockLen bytes each per
	// block, fewer when the text is short, but never under minPart. Both
	// are at least four times the longest pattern, so that the warm-up of
	// a walk stays a small share. eventLimit (at most eventCap) is how
	// many match states a walk may record per block. Tests shrink
	// all three to exercise the block seams on short texts.
	blockLen, minPart, eventLimit int

	wholeWords bool
	patterns   []string
	// sameText[i] lists every index whose pattern equals patterns[i],
	// ascending; the slices share one backing array.
	sameText [][]int
	stats    Stats
}

// output is one pattern that ends in a match state: its length in bytes
// and its lowest index.
type output struct {
	depth   uint32
	pattern uint32
}

// Compile builds an automaton that finds the given patterns.
//
// Patterns are byte strings compared exactly, so callers normalise them (NFC,
// case folding) with the same function they apply to the text. Every pattern
// must be non-empty and valid UTF-8; otherwise Compile returns a
// [*PatternError] naming the first bad one.
//
// Duplicate patterns are allowed and collapsed: matches report the lowest
// index that has the text, and [Automaton.SameText] gives every index that
// shares it, so a caller that attached meaning to each index loses nothing.
//
// Building takes a few milliseconds for a few thousand phrases; the table
// takes about 4 × states × classes bytes (see [Automaton.Stats]).
func Compile(patterns []string, opts ...Option) (*Automaton, error) {
	var cfg config
	for _, o := range opts {
		o(&cfg)
	}
	if len(patterns) > math.MaxInt32 {
		return nil, fmt.Errorf("automaton: %d patterns: %w", len(patterns), ErrTooLarge)
	}
	var used [256]bool
	for i, p := range patterns {
		switch {
		case p == "":
			return nil, &PatternError{Index: i, Pattern: p, Err: ErrEmptyPattern}
		case !utf8.ValidString(p):
			return nil, &PatternError{Index: i, Pattern: p, Err: ErrInvalidUTF8}
		}
		for j := 0; j < len(p); j++ {
			used[p[j]] = true
		}
	}

	a := &Automaton{
		wholeWords: cfg.wholeWords,
		patterns:   slices.Clone(patterns),
	}

	// Byte classes: every byte that occurs in a pattern gets a class of its
	// own; all other bytes share class 0, which never extends a match. Valid
	// UTF-8 never holds the bytes C0, C1 or F5–FF, so class 0 always exists
	// and at most 251 classes hold pattern bytes.
	nClasses := 1
	for b := range 256 {
		if used[b] {
			a.classes[b] = uint8(nClasses)
			nClasses++
		}
	}

	// Sort the pattern indexes by text, then by index, so duplicates sit
	// together with their lowest index first and the trie can be built by
	// sharing each pattern's common prefix with the previous one.
	order := make([]int32, len(patterns))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(x, y int32) int {
		if c := strings.Compare(patterns[x], patterns[y]); c != 0 {
			return c
		}
		return int(x - y)
	})
	a.sameText = make([][]int, len(patterns))
	flat := make([]int, len(patterns))
	for i, j := 0, 0; i < len(order); i = j {
		for j = i + 1; j < len(order) && patterns[order[j]] == patterns[order[i]]; j++ {
		}
		group := flat[i:j:j]
		for k := i; k < j; k++ {
			group[k-i] = int(order[k])
		}
		for k := i; k < j; k++ {
			a.sameText[order[k]] = group
		}
		a.stats.Unique++
	}

	t := buildTrie(patterns, order)
	if err := a.buildDFA(t, nClasses); err != nil {
		return nil, err
	}
	a.stats.Patterns = len(patterns)
	a.stats.States = len(t.depth)
	a.stats.Classes = nClasses
	a.stats.TableBytes = 4*len(a.trans) + 4*len(a.outStart) + 8*len(a.outs)
	return a, nil
}

// trie is the temporary goto structure the DFA is built from. Node 0 is the
// root; children are singly linked lists.
type trie struct {
	firstChild, nextSibling []int32
	label                   []byte
	depth                   []int32
	terminal                []int32 // lowest pattern index ending here, or -1
}

func (t *trie) newNode(parent int32, label byte, depth int32) int32 {
	id := int32(len(t.depth))
	t.firstChild = append(t.firstChild, -1)
	t.nextSibling = append(t.nextSibling, t.firstChild[parent])
	t.firstChild[parent] = id
	t.label = append(t.label, label)
	t.depth = append(t.depth, depth)
	t.terminal = append(t.terminal, -1)
	return id
}

// buildTrie inserts the patterns in sorted order. Because consecutive
// patterns in sorted order share their longest common prefix, the path of the
// previous pattern is all the lookup the insertion needs: no child search.
func buildTrie(patterns []string, order []int32) *trie {
	var total int
	maxLen := 0
	for _, p := range patterns {
		total += len(p)
		maxLen = max(maxLen, len(p))
	}
	t := &trie{
		firstChild:  make([]int32, 1, total+1),
		nextSibling: make([]int32, 1, total+1),
		label:       make([]byte, 1, total+1),
		depth:       make([]int32, 1, total+1),
		terminal:    make([]int32, 1, total+1),
	}
	t.firstChild[0], t.nextSibling[0], t.terminal[0] = -1, -1, -1
	path := make([]int32, maxLen+1) // path[k]: node for the previous pattern's first k bytes
	prev := ""
	for _, idx := range order {
		p := patterns[idx]
		if p == prev {
			continue // duplicate: its lowest index came first and already ends here
		}
		l := 0
		for l < len(p) && l < len(prev) && p[l] == prev[l] {
			l++
		}
		for k := l; k < len(p); k++ {
			path[k+1] = t.newNode(path[k], p[k], int32(k+1))
		}
		t.terminal[path[len(p)]] = idx
		prev = p
	}
	return t
}

// buildDFA computes failure links on the trie breadth-first, numbers the
// states so that match states come last, then fills the dense table in
// breadth-first order: each state's row starts as a copy of its failure
// state's row, which is shallower and therefore already complete.
func (a *Automaton) buildDFA(t *trie, nClasses int) error {
	n := len(t.depth)
	stride := nClasses
	if uint64(n)*uint64(stride) > math.MaxUint32 {
		return fmt.Errorf("automaton: %d states × %d columns: %w", n, stride, ErrTooLarge)
	}
	a.stride = uint32(stride)
	// ceil(2³²/stride): see matchIndex.
	a.strideInv = (1<<32 + uint64(stride) - 1) / uint64(stride)

	// The root has many children; index them by byte. Deeper nodes have few
	// and are searched in their sibling list.
	var rootChild [256]int32
	for v := t.firstChild[0]; v >= 0; v = t.nextSibling[v] {
		rootChild[t.label[v]] = v
	}
	child := func(u int32, b byte) int32 {
		if u == 0 {
			return rootChild[b]
		}
		for v := t.firstChild[u]; v >= 0; v = t.nextSibling[v] {
			if t.label[v] == b {
				return v
			}
		}
		return -1
	}

	fail := make([]int32, n)
	dict := make([]int32, n) // nearest proper suffix state that ends a pattern, or -1
	isMatch := make([]bool, n)
	queue := make([]int32, 0, n)
	queue = append(queue, 0)
	dict[0] = -1
	for q := 0; q < len(queue); q++ {
		u := queue[q]
		for v := t.firstChild[u]; v >= 0; v = t.nextSibling[v] {
			b := t.label[v]
			f := int32(0)
			if u != 0 {
				// The longest proper suffix of v's text that is in the
				// trie: extend u's failure chain by b.
				for g := fail[u]; ; g = fail[g] {
					if c := child(g, b); c > 0 {
						f = c
						break
					}
					if g == 0 {
						break
					}
				}
			}
			fail[v] = f
			if t.terminal[f] >= 0 {
				dict[v] = f
			} else {
				dict[v] = dict[f]
			}
			isMatch[v] = t.terminal[v] >= 0 || dict[v] >= 0
			queue = append(queue, v)
		}
	}

	// Number states without output first (the root is 0), then match
	// states, each group in trie order, which is depth-first (buildTrie
	// inserts sorted patterns). A walk along a phrase then reads rows that
	// lie next to each other, on few memory pages, where breadth-first
	// order scattered them over the table: 20% faster on the benchmark
	// lexicon (BenchmarkAppendOverlapping).
	id := make([]uint32, n)
	next := uint32(0)
	for u := range int32(n) {
		if !isMatch[u] {
			id[u] = next
			next += a.stride
		}
	}
	a.firstMatch = next
	a.outStart = make([]uint32, 1, n-int(next/a.stride)+1)
	for u := range int32(n) {
		if isMatch[u] {
			id[u] = next
			next += a.stride
			// The state's own pattern, then those of its dictionary
			// suffixes, which get shorter along the chain.
			if p := t.terminal[u]; p >= 0 {
				a.outs = append(a.outs, output{depth: uint32(t.depth[u]), pattern: uint32(p)})
			}
			for d := dict[u]; d >= 0; d = dict[d] {
				a.outs = append(a.outs, output{depth: uint32(t.depth[d]), pattern: uint32(t.terminal[d])})
			}
			a.outStart = append(a.outStart, uint32(len(a.outs)))
		}
	}
	for _, d := range t.depth {
		a.maxLen = max(a.maxLen, int(d))
	}
	a.minPart = max(minBlockLen, 4*a.maxLen)
	a.blockLen = max(maxBlockLen, a.minPart)
	a.eventLimit = eventCap

	a.trans = make([]uint32, n*stride)
	for _, u := range queue {
		row := a.trans[id[u] : id[u]+a.stride]
		if u != 0 { // the root's row starts all zero: every byte leads home
			copy(row[:nClasses], a.trans[id[fail[u]]:id[fail[u]]+uint32(nClasses)])
		}
		for v := t.firstChild[u]; v >= 0; v = t.nextSibling[v] {
			row[a.classes[t.label[v]]] = id[v]
		}
	}
	return nil
}

// matchIndex returns k for the k-th match state, s = firstMatch + k*stride,
// without a division: with M = ceil(2³²/stride), stride·M = 2³² + e for
// some 0 ≤ e < stride, so x = k·stride gives x·M = k·2³² + k·e, and
// k·e < x < 2³² (Compile keeps IDs under 2³²): the high half is k.
func (a *Automaton) matchIndex(s uint32) uint32 {
	return uint32((uint64(s-a.firstMatch) * a.strideInv) >> 32)
}

// NumPatterns returns the number of patterns given to [Compile], duplicates
// included; match Pattern values lie in [0, NumPatterns).
func (a *Automaton) NumPatterns() int { return len(a.patterns) }

// Pattern returns the text of pattern i as given to [Compile]; i must lie in
// [0, NumPatterns), like a slice index.
func (a *Automaton) Pattern(i int) string { return a.patterns[i] }

// SameText returns, in ascending order, every pattern index whose text equals
// that of pattern i (i itself included). Matches only ever report the first of
// these, so a caller that gave one text several meanings expands a match with
// this. The result is shared with the automaton and must not be modified;
// i must lie in [0, NumPatterns), like a slice index.
func (a *Automaton) SameText(i int) []int { return a.sameText[i] }

// WholeWords reports whether the automaton was built with the [WholeWords]
// option.
func (a *Automaton) WholeWords() bool { return a.wholeWords }

// Stats returns the automaton's size figures.
func (a *Automaton) Stats() Stats { return a.stats }
