package automaton

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// spans renders matches as the matched text with its pattern index, which
// makes a failing table case readable.
type span struct {
	Text    string
	Start   int
	Pattern int
}

func spans(text string, ms []Match) []span {
	out := make([]span, 0, len(ms))
	for _, m := range ms {
		out = append(out, span{Text: text[m.Start:m.End], Start: m.Start, Pattern: m.Pattern})
	}
	return out
}

func TestAppendMatches(t *testing.T) {
	tests := []struct {
		name     string
		patterns []string
		text     string
		whole    bool
		want     []span
	}{
		{
			// petar-dambovaliev/aho-corasick returns both "abcde" and the
			// inner "bcd"; coregx/ahocorasick v0.2.1 returns "bcd" alone.
			name:     "longer match starting first wins over inner one",
			patterns: []string{"bcd", "abcde"},
			text:     "xabcdex",
			want:     []span{{"abcde", 1, 1}},
		},
		{
			// coregx/ahocorasick v0.2.1 returns "kinh tế", the match that
			// ends first.
			name:     "longest of two patterns with a shared prefix",
			patterns: []string{"kinh tế", "kinh tế số"},
			text:     "kinh tế số",
			want:     []span{{"kinh tế số", 0, 1}},
		},
		{
			name:     "shorter prefix when the longer one does not complete",
			patterns: []string{"kinh tế", "kinh tế số"},
			text:     "kinh tế sông",
			want:     []span{{"kinh tế", 0, 0}},
		},
		{
			name:     "match read while the candidate was pending is not lost",
			patterns: []string{"ab", "abcdx", "c"},
			text:     "abcy",
			want:     []span{{"ab", 0, 0}, {"c", 2, 2}},
		},
		{
			name:     "non-overlapping matches in order",
			patterns: []string{"an ninh mạng", "chuyển đổi số", "mạng"},
			text:     "chuyển đổi số và an ninh mạng, mạng",
			want:     []span{{"chuyển đổi số", 0, 1}, {"an ninh mạng", 25, 0}, {"mạng", 41, 2}},
		},
		{
			name:     "no patterns in text",
			patterns: []string{"digital economy"},
			text:     "kinh tế số",
			want:     []span{},
		},
		{
			name:     "empty text",
			patterns: []string{"a"},
			text:     "",
			want:     []span{},
		},
		{
			name:     "plain mode matches inside words",
			patterns: []string{"số"},
			text:     "sống",
			want:     []span{{"số", 0, 0}},
		},
		{
			name:     "whole words: Vietnamese letter after the match",
			patterns: []string{"số"},
			text:     "sống sốt số",
			whole:    true,
			want:     []span{{"số", 13, 0}},
		},
		{
			name:     "whole words: ASCII letters after the match",
			patterns: []string{"asean"},
			text:     "aseanapol asean",
			whole:    true,
			want:     []span{{"asean", 10, 0}},
		},
		{
			name:     "whole words: multi-byte letter before the match",
			patterns: []string{"ng"},
			text:     "mạng ng",
			whole:    true,
			want:     []span{{"ng", 7, 0}},
		},
		{
			name:     "whole words: rejected longer match does not hide a shorter one",
			patterns: []string{"kinh tế", "kinh tế s"},
			text:     "kinh tế số",
			whole:    true,
			want:     []span{{"kinh tế", 0, 0}},
		},
		{
			name:     "whole words: rejected shorter match does not hide a longer one",
			patterns: []string{"kinh tế s", "kinh tế số"},
			text:     "kinh tế số",
			whole:    true,
			want:     []span{{"kinh tế số", 0, 1}},
		},
		{
			name:     "whole words: rejected leftmost match lets a later one through",
			patterns: []string{"ngoại giao", "giao số"},
			text:     "xngoại giao số",
			whole:    true,
			want:     []span{{"giao số", 9, 1}},
		},
		{
			name:     "whole words: punctuation and digits inside patterns",
			patterns: []string{"bộ tt&tt", "adm 2025", "ngoại giao số"},
			text:     "(bộ tt&tt) theo adm 2025; adm 20250; ngoại giao số.",
			whole:    true,
			want:     []span{{"bộ tt&tt", 1, 0}, {"adm 2025", 18, 1}, {"ngoại giao số", 39, 2}},
		},
		{
			name:     "whole words: digits count as word runes",
			patterns: []string{"adm"},
			text:     "2adm adm2 adm",
			whole:    true,
			want:     []span{{"adm", 10, 0}},
		},
		{
			name:     "whole words: combining mark after the match",
			patterns: []string{"so"},
			text:     "so\u0301 so",
			whole:    true,
			want:     []span{{"so", 5, 0}},
		},
		{
			name:     "duplicates report the lowest index",
			patterns: []string{"mạng", "an ninh", "mạng"},
			text:     "an ninh mạng",
			want:     []span{{"an ninh", 0, 1}, {"mạng", 8, 0}},
		},
		{
			name:     "adjacent repeats",
			patterns: []string{"aa"},
			text:     "aaaaa",
			want:     []span{{"aa", 0, 0}, {"aa", 2, 0}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var opts []Option
			if tt.whole {
				opts = append(opts, WholeWords())
			}
			a, err := Compile(tt.patterns, opts...)
			if err != nil {
				t.Fatalf("Compile(%q): %v", tt.patterns, err)
			}
			got := spans(tt.text, a.AppendMatches(nil, []byte(tt.text)))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("AppendMatches(%q) (-want +got):\n%s", tt.text, diff)
			}
			gotString := spans(tt.text, a.AppendMatchesString(nil, tt.text))
			if diff := cmp.Diff(tt.want, gotString); diff != "" {
				t.Errorf("AppendMatchesString(%q) (-want +got):\n%s", tt.text, diff)
			}
			oracle := spans(tt.text, oracleLeftmostLongest(tt.patterns, tt.text, tt.whole))
			if diff := cmp.Diff(tt.want, oracle); diff != "" {
				t.Errorf("oracle disagrees with the table (-want +got):\n%s", diff)
			}
		})
	}
}

func TestAppendOverlapping(t *testing.T) {
	tests := []struct {
		name     string
		patterns []string
		text     string
		whole    bool
		want     []span
	}{
		{
			name:     "inner and outer matches, ordered by end then start",
			patterns: []string{"bcd", "abcde", "cd"},
			text:     "xabcdex",
			want:     []span{{"bcd", 2, 0}, {"cd", 3, 2}, {"abcde", 1, 1}},
		},
		{
			name:     "shared prefix reports both",
			patterns: []string{"kinh tế", "kinh tế số"},
			text:     "kinh tế số",
			want:     []span{{"kinh tế", 0, 0}, {"kinh tế số", 0, 1}},
		},
		{
			name:     "whole words filters each match on its own",
			patterns: []string{"kinh tế", "kinh tế số", "tế", "số"},
			text:     "kinh tế sống",
			whole:    true,
			want:     []span{{"kinh tế", 0, 0}, {"tế", 5, 2}},
		},
		{
			name:     "overlapping repeats",
			patterns: []string{"aa"},
			text:     "aaaa",
			want:     []span{{"aa", 0, 0}, {"aa", 1, 0}, {"aa", 2, 0}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var opts []Option
			if tt.whole {
				opts = append(opts, WholeWords())
			}
			a, err := Compile(tt.patterns, opts...)
			if err != nil {
				t.Fatalf("Compile(%q): %v", tt.patterns, err)
			}
			got := spans(tt.text, a.AppendOverlapping(nil, []byte(tt.text)))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("AppendOverlapping(%q) (-want +got):\n%s", tt.text, diff)
			}
			gotString := spans(tt.text, a.AppendOverlappingString(nil, tt.text))
			if diff := cmp.Diff(tt.want, gotString); diff != "" {
				t.Errorf("AppendOverlappingString(%q) (-want +got):\n%s", tt.text, diff)
			}
			oracle := spans(tt.text, oracleOverlapping(tt.patterns, tt.text, tt.whole))
			if diff := cmp.Diff(tt.want, oracle); diff != "" {
				t.Errorf("oracle disagrees with the table (-want +got):\n%s", diff)
			}
		})
	}
}

func TestAppendKeepsDst(t *testing.T) {
	a, err := Compile([]string{"số"})
	if err != nil {
		t.Fatal(err)
	}
	prior := []Match{{Start: 7, End: 9, Pattern: 42}}
	got := a.AppendMatchesString(prior, "số")
	want := []Match{{Start: 7, End: 9, Pattern: 42}, {Start: 0, End: 4, Pattern: 0}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("AppendMatchesString onto a non-empty dst (-want +got):\n%s", diff)
	}
}

func TestCompileErrors(t *testing.T) {
	tests := []struct {
		name      string
		patterns  []string
		wantIndex int
		wantErr   error
	}{
		{"empty pattern", []string{"a", ""}, 1, ErrEmptyPattern},
		{"invalid UTF-8", []string{"s\xe1\xbb", "b"}, 0, ErrInvalidUTF8},
		{"first problem is reported", []string{"ok", "\xff", ""}, 1, ErrInvalidUTF8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Compile(tt.patterns)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Compile(%q) error = %v, want %v", tt.patterns, err, tt.wantErr)
			}
			var pe *PatternError
			if !errors.As(err, &pe) {
				t.Fatalf("Compile(%q) error %v is not a *PatternError", tt.patterns, err)
			}
			if pe.Index != tt.wantIndex || pe.Pattern != tt.patterns[tt.wantIndex] {
				t.Errorf("PatternError index %d pattern %q, want %d %q", pe.Index, pe.Pattern, tt.wantIndex, tt.patterns[tt.wantIndex])
			}
			if !strings.Contains(err.Error(), "pattern") {
				t.Errorf("error %q does not say which pattern", err)
			}
		})
	}
}

func TestCompileNoPatterns(t *testing.T) {
	a, err := Compile(nil, WholeWords())
	if err != nil {
		t.Fatal(err)
	}
	if got := a.AppendMatchesString(nil, "kinh tế số"); len(got) != 0 {
		t.Errorf("empty automaton matched %v", got)
	}
	if got := a.AppendOverlappingString(nil, "kinh tế số"); len(got) != 0 {
		t.Errorf("empty automaton matched %v", got)
	}
}

func TestSameText(t *testing.T) {
	patterns := []string{"mạng", "an ninh", "mạng", "số", "mạng"}
	a, err := Compile(patterns)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		pattern int
		want    []int
	}{
		{0, []int{0, 2, 4}},
		{2, []int{0, 2, 4}},
		{1, []int{1}},
		{3, []int{3}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, a.SameText(tt.pattern)); diff != "" {
			t.Errorf("SameText(%d) (-want +got):\n%s", tt.pattern, diff)
		}
	}
	if got, want := a.Stats().Unique, 3; got != want {
		t.Errorf("Stats().Unique = %d, want %d", got, want)
	}
	if got, want := a.NumPatterns(), len(patterns); got != want {
		t.Errorf("NumPatterns() = %d, want %d", got, want)
	}
	if got, want := a.Pattern(3), "số"; got != want {
		t.Errorf("Pattern(3) = %q, want %q", got, want)
	}
}

func TestNoAllocations(t *testing.T) {
	lex := benchLexicon()
	text := []byte(benchText(8 << 10))
	for _, whole := range []bool{false, true} {
		var opts []Option
		if whole {
			opts = append(opts, WholeWords())
		}
		a, err := Compile(lex, opts...)
		if err != nil {
			t.Fatal(err)
		}
		dst := make([]Match, 0, 4096)
		if n := len(a.AppendOverlapping(dst, text)); n == 0 || n > cap(dst) {
			t.Fatalf("got %d overlapping matches; want between 1 and %d", n, cap(dst))
		}
		textString := string(text)
		allocs := testing.AllocsPerRun(20, func() {
			dst = a.AppendMatches(dst[:0], text)
			dst = a.AppendOverlapping(dst[:0], text)
			dst = a.AppendMatchesString(dst[:0], textString)
			dst = a.AppendOverlappingString(dst[:0], textString)
		})
		if allocs != 0 {
			t.Errorf("whole=%v: %.1f allocations per run, want 0", whole, allocs)
		}
	}
}

// TestTableInvariants checks the numbering the search loop relies on: the
// states with output come last, each has its list, longest first, and
// matchIndex finds it without a division.
func TestTableInvariants(t *testing.T) {
	a, err := Compile(benchLexicon())
	if err != nil {
		t.Fatal(err)
	}
	st := a.Stats()
	nMatch := (len(a.trans) - int(a.firstMatch)) / int(a.stride)
	if got, want := st.TableBytes, 4*st.States*st.Classes+4*(nMatch+1)+8*len(a.outs); got != want {
		t.Errorf("TableBytes = %d, want %d", got, want)
	}
	if len(a.outStart) != nMatch+1 || a.outStart[nMatch] != uint32(len(a.outs)) {
		t.Fatalf("%d output lists ending at %d for %d match states and %d outputs", len(a.outStart)-1, a.outStart[len(a.outStart)-1], nMatch, len(a.outs))
	}
	for k := range nMatch {
		s := a.firstMatch + uint32(k)*a.stride
		if got := a.matchIndex(s); got != uint32(k) {
			t.Fatalf("matchIndex(%d) = %d, want %d", s, got, k)
		}
		outs := a.outs[a.outStart[k]:a.outStart[k+1]]
		if len(outs) == 0 {
			t.Fatalf("match state %d has no output", k)
		}
		for i, o := range outs {
			if int(o.depth) != len(a.Pattern(int(o.pattern))) {
				t.Errorf("match state %d: output %d has length %d, pattern %q", k, i, o.depth, a.Pattern(int(o.pattern)))
			}
			if i > 0 && o.depth >= outs[i-1].depth {
				t.Errorf("match state %d: outputs not longest first: %v", k, outs)
			}
		}
	}
	// matchIndex at the largest table Compile allows: the bound its
	// proof needs.
	for _, stride := range []uint32{1, 3, 90, 251} {
		b := &Automaton{stride: stride, strideInv: (1<<32 + uint64(stride) - 1) / uint64(stride)}
		last := uint32(math.MaxUint32/stride) - 1
		for _, k := range []uint32{0, 1, last / 2, last} {
			if got := b.matchIndex(k * stride); got != k {
				t.Errorf("stride %d: matchIndex(%d) = %d, want %d", stride, k*stride, got, k)
			}
		}
	}
}

// TestConcurrentUse shares one automaton between goroutines; run with -race.
func TestConcurrentUse(t *testing.T) {
	a, err := Compile(benchLexicon(), WholeWords())
	if err != nil {
		t.Fatal(err)
	}
	text := []byte(benchText(16 << 10))
	want := a.AppendMatches(nil, text)
	errs := make(chan string, 4)
	for range 4 {
		go func() {
			var dst []Match
			for range 20 {
				dst = a.AppendMatches(dst[:0], text)
				if diff := cmp.Diff(want, dst); diff != "" {
					errs <- diff
					return
				}
			}
			errs <- ""
		}()
	}
	for range 4 {
		if diff := <-errs; diff != "" {
			t.Errorf("concurrent AppendMatches (-want +got):\n%s", diff)
		}
	}
}
