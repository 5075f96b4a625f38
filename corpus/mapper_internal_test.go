package corpus

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestCountNonASCII(t *testing.T) {
	naive := func(s string) int {
		n := 0
		for i := 0; i < len(s); i++ {
			if s[i] >= utf8.RuneSelf {
				n++
			}
		}
		return n
	}
	texts := []struct{ name, text string }{
		{"empty", ""},
		{"short ascii", "abc"},
		{"ascii", strings.Repeat("digital economy ", 40)},
		{"vietnamese", "Kế hoạch tổng thể số ASEAN 2025 về chuyển đổi số"},
		{"late accent", strings.Repeat("a", 37) + "é" + strings.Repeat("b", 9)},
		{"invalid bytes", "ab\xff\xfecd\x80"},
	}
	for _, tt := range texts {
		t.Run(tt.name, func(t *testing.T) {
			all := naive(tt.text)
			if got := countNonASCII(tt.text, len(tt.text)+1); got != all {
				t.Errorf("countNonASCII(%q, no limit) = %d, want %d", tt.text, got, all)
			}
			// With a limit the count may stop early, but it reaches the
			// limit exactly when the full count does.
			for limit := 1; limit <= all+1; limit++ {
				got := countNonASCII(tt.text, limit)
				if (got >= limit) != (all >= limit) || got > all {
					t.Errorf("countNonASCII(%q, %d) = %d; full count %d", tt.text, limit, got, all)
				}
			}
		})
	}
}

// TestFunctionWordListsDisjoint checks what DetectLanguage's table relies
// on: no word is in two languages' lists, where one would silently win.
func TestFunctionWordListsDisjoint(t *testing.T) {
	seen := map[string]int{}
	for lang, words := range functionWordLists {
		for _, w := range words {
			if other, ok := seen[w]; ok {
				t.Errorf("%q is in lists %d and %d", w, other, lang)
			}
			seen[w] = lang
		}
	}
	if len(seen) != len(functionWords) {
		t.Errorf("table holds %d words, lists %d", len(functionWords), len(seen))
	}
}
