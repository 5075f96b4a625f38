package automaton

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// checkAgainstOracle compiles patterns in both modes and compares all four
// matching methods with the brute-force oracle on text.
func checkAgainstOracle(t *testing.T, patterns []string, text string) {
	t.Helper()
	for _, whole := range []bool{false, true} {
		var opts []Option
		if whole {
			opts = append(opts, WholeWords())
		}
		compiled, err := Compile(patterns, opts...)
		if err != nil {
			t.Fatalf("Compile(%q): %v", patterns, err)
		}
		wantLL := oracleLeftmostLongest(patterns, text, whole)
		wantAll := oracleOverlapping(patterns, text, whole)
		// The default automaton walks texts this short in one stream; the
		// small-block copies interleave four walks with seams every few
		// bytes.
		variants := []struct {
			name string
			a    *Automaton
		}{
			{"default", compiled},
			{"blocks", withSmallBlocks(compiled, 1+len(text)%5, eventCap)},
			{"blocks+early-stop", withSmallBlocks(compiled, 2+len(text)%3, 1+len(text)%2)},
		}
		for _, v := range variants {
			a := v.a
			if diff := cmp.Diff(wantLL, a.AppendMatches(nil, []byte(text))); diff != "" {
				t.Errorf("%s whole=%v AppendMatches(%q) with patterns %q (-want +got):\n%s", v.name, whole, text, patterns, diff)
			}
			if diff := cmp.Diff(wantLL, a.AppendMatchesString(nil, text)); diff != "" {
				t.Errorf("%s whole=%v AppendMatchesString(%q) with patterns %q (-want +got):\n%s", v.name, whole, text, patterns, diff)
			}
			if diff := cmp.Diff(wantAll, a.AppendOverlapping(nil, []byte(text))); diff != "" {
				t.Errorf("%s whole=%v AppendOverlapping(%q) with patterns %q (-want +got):\n%s", v.name, whole, text, patterns, diff)
			}
			if diff := cmp.Diff(wantAll, a.AppendOverlappingString(nil, text)); diff != "" {
				t.Errorf("%s whole=%v AppendOverlappingString(%q) with patterns %q (-want +got):\n%s", v.name, whole, text, patterns, diff)
			}
		}
	}
}

// FuzzAutomaton compares the automaton with the brute-force oracle. The
// first argument is a newline-separated pattern list; patterns the automaton
// must refuse (empty, invalid UTF-8) are checked to be refused with the right
// index, then dropped so the rest still gets matched.
func FuzzAutomaton(f *testing.F) {
	seeds := []struct{ patterns, text string }{
		{"bcd\nabcde", "xabcdex"},
		{"kinh tế\nkinh tế số", "kinh tế số"},
		{"kinh tế\nkinh tế s\nsố", "kinh tế số, kinh tế sống"},
		{"số\nsống\nsốt", "sống sốt số số"},
		{"asean\naseanapol", "aseanapol asean, asean."},
		{"ab\nabcdx\nc", "abcy"},
		{"bộ tt&tt\nadm 2025\nngoại giao số", "(bộ tt&tt) adm 2025; adm 20250 ngoại giao sốx"},
		{"a\naa\naaa\naaaa", "aaaaaaa aa a"},
		{"mạng\nmạng\nan ninh mạng", "an ninh mạng lưới mạng"},
		{"đổi\nchuyển đổi số\nđổi số", "chuyển đổi sốđổi số đổi"},
		{"so\nsó", "so\u0301 so só"},
	}
	for _, s := range seeds {
		f.Add(s.patterns, s.text)
	}
	f.Fuzz(func(t *testing.T, patternList, text string) {
		if len(patternList) > 512 || len(text) > 512 {
			return // keep the quadratic oracle fast
		}
		raw := strings.Split(patternList, "\n")
		var patterns []string
		firstBad, badErr := -1, error(nil)
		for i, p := range raw {
			var err error
			switch {
			case p == "":
				err = ErrEmptyPattern
			case !utf8.ValidString(p):
				err = ErrInvalidUTF8
			default:
				patterns = append(patterns, p)
				continue
			}
			if firstBad < 0 {
				firstBad, badErr = i, err
			}
		}
		if firstBad >= 0 {
			_, err := Compile(raw)
			var pe *PatternError
			if !errors.As(err, &pe) || pe.Index != firstBad || !errors.Is(err, badErr) {
				t.Fatalf("Compile(%q) error = %v, want a *PatternError at index %d for %v", raw, err, firstBad, badErr)
			}
		}
		checkAgainstOracle(t, patterns, text)
	})
}

// TestLexiconAgainstOracle runs the benchmark lexicon over a 20 KB article,
// long enough for the default automaton to interleave four walks across
// several blocks and split what is left evenly.
func TestLexiconAgainstOracle(t *testing.T) {
	if testing.Short() {
		t.Skip("brute-force oracle over 20 KB × 1,900 patterns")
	}
	checkAgainstOracle(t, benchLexicon(), benchText(20<<10))
}
