package lexicon

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// mapResolver resolves phrases to IDs in order of first use and groups
// from a fixed table.
type mapResolver struct {
	ids    map[string]int32
	groups map[string][]string
}

func (r *mapResolver) Phrase(text string) (int32, error) {
	if strings.Contains(text, "!") {
		return 0, errors.New("no exclamation marks")
	}
	if id, ok := r.ids[text]; ok {
		return id, nil
	}
	id := int32(len(r.ids))
	r.ids[text] = id
	return id, nil
}

func (r *mapResolver) Group(name string) ([]int32, bool) {
	ps, ok := r.groups[name]
	if !ok {
		return nil, false
	}
	var ids []int32
	for _, p := range ps {
		id, _ := r.Phrase(p)
		ids = append(ids, id)
	}
	return ids, true
}

func compileForTest(t *testing.T, r *mapResolver, q string) *Program {
	t.Helper()
	n, err := Parse(q)
	if err != nil {
		t.Fatalf("Parse(%q): %v", q, err)
	}
	p, err := Compile(q, n, r)
	if err != nil {
		t.Fatalf("Compile(%q): %v", q, err)
	}
	return p
}

// sentence builds Hits for a sentence given as words; each word is a term
// when the resolver knows it.
func sentence(r *mapResolver, words string) *Hits {
	var h Hits
	h.Reset(64)
	for i, w := range strings.Fields(words) {
		if id, ok := r.ids[w]; ok {
			h.Add(Occurrence{Term: id, WordStart: int32(i), WordEnd: int32(i + 1)})
		}
	}
	return &h
}

func TestProgramEval(t *testing.T) {
	tests := []struct {
		query    string
		sentence string
		want     bool
	}{
		{"a AND b", "a x b", true},
		{"a AND b", "a x y", false},
		{"a OR b", "y b", true},
		{"a AND NOT b", "a", true},
		{"a AND NOT b", "a b", false},
		{"@g AND c", "two c", true},
		{"@g AND c", "c", false},
		{"NEAR/1(a, b)", "a x b", true},
		{"NEAR/1(a, b)", "b x a", true},
		{"NEAR/1(a, b)", "a x y b", false},
		{"NEAR/0(a, b)", "a b", true},
		{"NEAR/2(a, @g)", "one x x x a", false},
		{"NEAR/2(a, @g)", "one x x a", true},
		{"NEAR/2(a, @g)", "one x a", true},
		{"(a OR b) AND (c OR NOT d)", "b d", false},
		{"(a OR b) AND (c OR NOT d)", "b", true},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s/%s", tt.query, tt.sentence), func(t *testing.T) {
			r := &mapResolver{ids: map[string]int32{}, groups: map[string][]string{"g": {"one", "two"}}}
			for _, w := range []string{"a", "b", "c", "d", "one", "two"} {
				r.Phrase(w)
			}
			p := compileForTest(t, r, tt.query)
			if got := p.Eval(sentence(r, tt.sentence)); got != tt.want {
				t.Errorf("Eval(%q on %q) = %v, want %v", tt.query, tt.sentence, got, tt.want)
			}
		})
	}
}

func TestProgramTriggers(t *testing.T) {
	r := &mapResolver{ids: map[string]int32{}, groups: map[string][]string{"g": {"one", "two"}}}
	p := compileForTest(t, r, "a AND @g AND NOT b") // a=0 one=1 two=2 b=3
	if diff := cmp.Diff([]int32{0, 1, 2}, p.Triggers()); diff != "" {
		t.Errorf("Triggers mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]int32{0, 1, 2, 3}, p.Terms()); diff != "" {
		t.Errorf("Terms mismatch (-want +got):\n%s", diff)
	}
}

func TestProgramNecessary(t *testing.T) {
	groups := map[string][]string{"g": {"one", "two"}, "h": {"x", "y", "z"}}
	flat := func(int32) float64 { return 1 }
	for _, tt := range []struct {
		query string
		cost  func(int32) float64
		want  []string
		ok    bool
	}{
		{"a", flat, []string{"a"}, true},
		{"a AND @g", flat, []string{"a"}, true},
		{"@g AND a", flat, []string{"a"}, true},
		{"a AND @g", func(t int32) float64 { return map[bool]float64{true: 10, false: 1}[t == 0] }, []string{"one", "two"}, true}, // a is term 0
		{"(a OR b) AND @h", flat, []string{"a", "b"}, true},
		{"a OR @g", flat, []string{"a", "one", "two"}, true},
		{"NEAR/3(@h, b)", flat, []string{"b"}, true},
		{"a AND NOT b", flat, []string{"a"}, true},
		{"(a AND NOT b) OR (c AND @g)", flat, []string{"a", "c"}, true},
	} {
		t.Run(tt.query, func(t *testing.T) {
			r := &mapResolver{ids: map[string]int32{}, groups: groups}
			p := compileForTest(t, r, tt.query)
			got, ok := p.Necessary(tt.cost)
			var names []string
			for _, id := range got {
				for name, n := range r.ids {
					if n == id {
						names = append(names, name)
					}
				}
			}
			if ok != tt.ok {
				t.Fatalf("Necessary ok = %v, want %v", ok, tt.ok)
			}
			if diff := cmp.Diff(tt.want, names); diff != "" {
				t.Errorf("Necessary (-want +got):\n%s", diff)
			}
		})
	}
	// Parse refuses a query that can hold with none of its phrases, but a
	// Program compiled from a hand-built tree can be one.
	r := &mapResolver{ids: map[string]int32{}, groups: groups}
	p, err := Compile("a OR NOT b", &Or{L: &Phrase{Text: "a"}, R: &Not{X: &Phrase{Text: "b"}}}, r)
	if err != nil {
		t.Fatal(err)
	}
	if got, ok := p.Necessary(flat); ok || got != nil {
		t.Errorf("Necessary(a OR NOT b) = %v, %v; want nil, false", got, ok)
	}
}

func TestCompileErrors(t *testing.T) {
	r := &mapResolver{ids: map[string]int32{}, groups: map[string][]string{}}
	for _, tt := range []struct {
		query   string
		wantErr error
		offset  int
	}{
		{"a AND @missing", ErrUnknownGroup, 6},
	} {
		n, err := Parse(tt.query)
		if err != nil {
			t.Fatal(err)
		}
		_, err = Compile(tt.query, n, r)
		var qe *QueryError
		if !errors.Is(err, tt.wantErr) || !errors.As(err, &qe) || qe.Offset != tt.offset {
			t.Errorf("Compile(%q) = %v, want %v at %d", tt.query, err, tt.wantErr, tt.offset)
		}
	}
	n, _ := Parse("a AND b!")
	if _, err := Compile("a AND b!", n, r); err == nil {
		t.Error("Compile with a failing resolver succeeded")
	}
}

func TestHitsClear(t *testing.T) {
	var h Hits
	h.Reset(200)
	h.Add(Occurrence{Term: 130})
	h.Add(Occurrence{Term: 500}) // out of range: ignored
	if !h.Has(130) || h.Has(500) || h.Empty() {
		t.Fatalf("after Add: Has(130)=%v Has(500)=%v Empty=%v", h.Has(130), h.Has(500), h.Empty())
	}
	h.Clear()
	if h.Has(130) || !h.Empty() {
		t.Errorf("after Clear: Has(130)=%v Empty=%v", h.Has(130), h.Empty())
	}
}

func TestEvalAllocatesNothing(t *testing.T) {
	r := &mapResolver{ids: map[string]int32{}, groups: map[string][]string{"g": {"one", "two"}}}
	p := compileForTest(t, r, "NEAR/3(a, @g) AND NOT b OR c")
	h := sentence(r, "a x one c")
	if n := testing.AllocsPerRun(100, func() { p.Eval(h) }); n != 0 {
		t.Errorf("Eval allocates %v times per run, want 0", n)
	}
}

func TestAnyOfAgreesWithHas(t *testing.T) {
	// Sets spread over several words, clustered in one, at word edges,
	// and past the end of the Hits.
	sets := map[string][]int32{
		"empty":     nil,
		"one":       {5},
		"clustered": {64, 65, 70, 127},
		"edges":     {0, 63, 64, 127, 128},
		"spread":    {3, 70, 200, 500},
		"beyond":    {1000, 5000},
	}
	hitSets := map[string][]int32{
		"none":   nil,
		"first":  {0},
		"middle": {70, 300},
		"last":   {511},
		"many":   {1, 2, 3, 63, 64, 127, 128, 200, 499},
	}
	for sname, set := range sets {
		for hname, hits := range hitSets {
			t.Run(sname+"/"+hname, func(t *testing.T) {
				var h Hits
				h.Reset(512)
				for _, term := range hits {
					h.Add(Occurrence{Term: term})
				}
				want := false
				for _, term := range set {
					want = want || h.Has(term)
				}
				if got := h.anyOf(maskOf(set)); got != want {
					t.Errorf("anyOf(maskOf(%v)) with hits %v = %v, want %v", set, hits, got, want)
				}
			})
		}
	}
}

// nearNaive is the definition near implements: some occurrence of a term of
// a and a different occurrence of a term of b are at most n words apart.
func nearNaive(h *Hits, a, b []int32, n int32) bool {
	for i, x := range h.occ {
		if !contains(a, x.Term) {
			continue
		}
		for j, y := range h.occ {
			if i == j || !contains(b, y.Term) {
				continue
			}
			var gap int32
			switch {
			case x.WordEnd <= y.WordStart:
				gap = y.WordStart - x.WordEnd
			case y.WordEnd <= x.WordStart:
				gap = x.WordStart - y.WordEnd
			}
			if gap <= n {
				return true
			}
		}
	}
	return false
}

// TestNearMatchesDefinition checks the sweep in near against the pairwise
// definition on random sentences: occurrences in and out of order, of
// different lengths, overlapping, with terms in both sets.
func TestNearMatchesDefinition(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var h Hits
	held := 0
	for trial := range 5000 {
		// Eight terms, 37 apart, so that the sets span several mask words.
		term := func(k int) int32 { return int32(37 * k) }
		h.Reset(8 * 37)
		pos := int32(0)
		for range rng.IntN(12) {
			if rng.IntN(4) > 0 {
				pos += int32(rng.IntN(4))
			} else {
				pos -= int32(rng.IntN(3)) // out of order, as overlapping matches come
			}
			start := max(pos, 0)
			h.Add(Occurrence{Term: term(rng.IntN(8)), WordStart: start, WordEnd: start + 1 + int32(rng.IntN(3))})
		}
		a := []int32{term(rng.IntN(4)), term(4 + rng.IntN(4))}
		b := []int32{term(rng.IntN(4)), term(4 + rng.IntN(4))}
		slices.Sort(a)
		slices.Sort(b)
		n := int32(rng.IntN(4))
		got := h.near(maskOf(a), maskOf(b), n)
		if want := nearNaive(&h, a, b, n); got != want {
			t.Fatalf("trial %d: near(%v, %v, %d) over %v = %v, want %v", trial, a, b, n, h.occ, got, want)
		}
		if got {
			held++
		}
	}
	if held < 500 || held > 4500 {
		t.Errorf("NEAR held in %d of 5000 trials: the random sentences test too little of one outcome", held)
	}
}

// contains is set membership by definition, for the oracles.
func contains(set []int32, t int32) bool {
	_, ok := slices.BinarySearch(set, t)
	return ok
}

// TestInMaskAgreesWithContains checks the mask membership test near uses
// against the sorted set it was made from.
func TestInMaskAgreesWithContains(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for range 2000 {
		var set []int32
		for range rng.IntN(10) {
			set = append(set, int32(rng.IntN(300)))
		}
		slices.Sort(set)
		set = slices.Compact(set)
		mask := maskOf(set)
		for term := range int32(320) {
			if got, want := inMask(mask, term), contains(set, term); got != want {
				t.Fatalf("inMask(maskOf(%v), %d) = %v, want %v", set, term, got, want)
			}
		}
	}
}

// evalNode is the meaning of a query, read off its tree: the oracle for
// Program.Eval, which runs compiled, reordered and short-circuited code.
func evalNode(n Node, r *mapResolver, h *Hits) bool {
	terms := func(n Node) []int32 {
		var ids []int32
		var walk func(Node)
		walk = func(n Node) {
			switch n := n.(type) {
			case *Phrase:
				id, _ := r.Phrase(n.Text)
				ids = append(ids, id)
			case *GroupRef:
				g, _ := r.Group(n.Name)
				ids = append(ids, g...)
			case *Or:
				walk(n.L)
				walk(n.R)
			}
		}
		walk(n)
		slices.Sort(ids)
		return slices.Compact(ids)
	}
	switch n := n.(type) {
	case *Phrase, *GroupRef:
		return slices.ContainsFunc(terms(n), h.Has)
	case *And:
		return evalNode(n.L, r, h) && evalNode(n.R, r, h)
	case *Or:
		return evalNode(n.L, r, h) || evalNode(n.R, r, h)
	case *Not:
		return !evalNode(n.X, r, h)
	case *Near:
		return nearNaive(h, terms(n.A), terms(n.B), int32(n.N))
	}
	panic(fmt.Sprintf("unknown node %T", n))
}

// TestEvalMatchesTree compiles random queries (AND, OR, NOT and NEAR over
// phrases and a group, nested) and checks Eval against the tree's meaning
// on random sentences, and Necessary against Eval: a program never holds
// without one of its necessary terms.
func TestEvalMatchesTree(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	words := []string{"a", "b", "c", "d", "e", "one", "two"}
	leaf := func() Node {
		switch rng.IntN(6) {
		case 0:
			return &GroupRef{Name: "g"}
		case 1:
			return &Or{L: &Phrase{Text: words[rng.IntN(5)]}, R: &Phrase{Text: words[rng.IntN(5)]}}
		}
		return &Phrase{Text: words[rng.IntN(5)]}
	}
	var gen func(depth int) Node
	gen = func(depth int) Node {
		if depth == 0 || rng.IntN(4) == 0 {
			if rng.IntN(3) == 0 {
				return &Near{N: rng.IntN(3), A: leaf(), B: leaf()}
			}
			return leaf()
		}
		switch rng.IntN(5) {
		case 0:
			return &Not{X: gen(depth - 1)}
		case 1, 2:
			return &And{L: gen(depth - 1), R: gen(depth - 1)}
		}
		return &Or{L: gen(depth - 1), R: gen(depth - 1)}
	}
	held, evaluated := 0, 0
	for trial := range 3000 {
		r := &mapResolver{ids: map[string]int32{}, groups: map[string][]string{"g": {"one", "two"}}}
		for _, w := range words {
			r.Phrase(w)
		}
		n := gen(4)
		p, err := Compile(n.String(), n, r)
		if err != nil {
			t.Fatalf("Compile(%s): %v", n, err)
		}
		necessary, ok := p.Necessary(func(int32) float64 { return 1 })
		for range 20 {
			var sent []string
			for range rng.IntN(8) {
				sent = append(sent, words[rng.IntN(len(words))])
			}
			h := sentence(r, strings.Join(sent, " "))
			got, want := p.Eval(h), evalNode(n, r, h)
			if got != want {
				t.Fatalf("trial %d: Eval(%s) on %q = %v, want %v", trial, n, sent, got, want)
			}
			evaluated++
			if got {
				held++
				if ok && !slices.ContainsFunc(necessary, h.Has) {
					t.Fatalf("trial %d: %s holds on %q without any of its necessary terms %v", trial, n, sent, necessary)
				}
			}
		}
	}
	if held < evaluated/10 || held > evaluated*9/10 {
		t.Errorf("queries held in %d of %d sentences: the test covers too little of one outcome", held, evaluated)
	}
}
