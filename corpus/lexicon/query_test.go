package lexicon

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name  string
		query string
		want  string // Node.String of the result
	}{
		{"bare words form one phrase", "kinh tế số", `"kinh tế số"`},
		{"quoted phrase", `"digital economy"`, `"digital economy"`},
		{"group", "@broadband", "@broadband"},
		{"AND binds tighter than OR", "a AND b OR c", `(("a" AND "b") OR "c")`},
		{"parentheses", "a AND (b OR c)", `("a" AND ("b" OR "c"))`},
		{"NOT", "a AND NOT b", `("a" AND NOT "b")`},
		{"lower-case and is a word", "trade and industry AND x", `("trade and industry" AND "x")`},
		{"NEAR", "NEAR/6(e-government, businesses OR firms)", `NEAR/6("e-government", ("businesses" OR "firms"))`},
		{"spaces collapse", "  an   ninh  mạng ", `"an ninh mạng"`},
		{"ampersand in a word", "bộ tt&tt AND @x", `("bộ tt&tt" AND @x)`},
		{"left-assoc chain", "a OR b OR c", `(("a" OR "b") OR "c")`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, err := Parse(tt.query)
			if err != nil {
				t.Fatalf("Parse(%q): %v", tt.query, err)
			}
			if diff := cmp.Diff(tt.want, n.String()); diff != "" {
				t.Errorf("Parse(%q) mismatch (-want +got):\n%s", tt.query, diff)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name       string
		query      string
		wantErr    error
		wantOffset int
	}{
		{"empty", "", ErrSyntax, 0},
		{"dangling AND", "a AND", ErrSyntax, 5},
		{"unclosed paren", "(a OR b", ErrSyntax, 7},
		{"stray paren", "a )", ErrSyntax, 2},
		{"unclosed quote", `a AND "b`, ErrSyntax, 6},
		{"empty quote", `""`, ErrSyntax, 0},
		{"bad group", "@ AND a", ErrSyntax, 0},
		{"NEAR without n", "NEAR/x(a, b)", ErrSyntax, 0},
		{"NEAR too far", "NEAR/1000(a, b)", ErrSyntax, 0},
		{"NEAR without comma", "NEAR/2(a b)", ErrSyntax, 10},
		{"NEAR over AND", "NEAR/2(a AND b, c)", ErrNearOperand, 9},
		{"only NOT", "NOT a", ErrNoPositive, 0},
		{"OR with a NOT side", "a OR NOT b", ErrNoPositive, 0},
		{"too deep", strings.Repeat("(", MaxQueryDepth+1) + "a" + strings.Repeat(")", MaxQueryDepth+1), ErrTooDeep, MaxQueryDepth},
		{"too many terms", strings.Repeat("a OR ", MaxQueryTerms) + "a", ErrTooManyTerms, 5 * MaxQueryTerms},
		{"too long", strings.Repeat("a", MaxQueryLen+1), ErrTooLong, MaxQueryLen},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(tt.query)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Parse(%q) = %v, want %v", tt.query, err, tt.wantErr)
			}
			var qe *QueryError
			if !errors.As(err, &qe) {
				t.Fatalf("Parse(%q) error %T is not a *QueryError", tt.query, err)
			}
			if qe.Offset != tt.wantOffset {
				t.Errorf("Parse(%q) offset = %d, want %d (%v)", tt.query, qe.Offset, tt.wantOffset, err)
			}
		})
	}
}

// FuzzParse checks that no query makes Parse panic, and that an accepted
// query prints as a query that parses to the same tree.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"a AND b", "NEAR/3(a, @b)", `"x" OR (y AND NOT z)`, "((", "@@", "NEAR/"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		n, err := Parse(q)
		if err != nil {
			return
		}
		again, err := Parse(n.String())
		if err != nil {
			t.Fatalf("Parse(%q) ok, but its printed form %q fails: %v", q, n.String(), err)
		}
		if again.String() != n.String() {
			t.Fatalf("round trip of %q: %q != %q", q, again.String(), n.String())
		}
	})
}
