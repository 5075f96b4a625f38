package textnorm_test

import (
	"testing"

	"github.com/digidip/digidip/corpus/textnorm"
)

// checkCursor maps every normalised span of up to maxLen bytes (and a few
// beyond the text, which clamp) with one cursor, in the order of their ends
// as a scan reports matches, then the same spans backwards, and compares
// each result with OffsetMap.Original.
func checkCursor(t *testing.T, m *textnorm.OffsetMap) {
	t.Helper()
	const maxLen = 12
	_, normLen := m.Len()
	type span struct{ start, end int }
	var spans []span
	for end := 0; end <= normLen+2; end++ {
		for start := end; start >= 0 && end-start <= maxLen; start-- {
			spans = append(spans, span{start, end})
		}
	}
	for _, order := range []string{"ascending ends", "descending ends"} {
		c := m.Cursor()
		for i := range spans {
			sp := spans[i]
			if order == "descending ends" {
				sp = spans[len(spans)-1-i]
			}
			gs, ge := c.Original(sp.start, sp.end)
			ws, we := m.Original(sp.start, sp.end)
			if gs != ws || ge != we {
				t.Fatalf("%s: cursor Original(%d, %d) = [%d, %d), want [%d, %d) (%v)", order, sp.start, sp.end, gs, ge, ws, we, m)
			}
		}
	}
}

// TestOffsetCursor checks the cursor against OffsetMap.Original on texts
// rich in edits: shrinking quotes, tone moves, space runs, decomposed
// letters, removed characters.
func TestOffsetCursor(t *testing.T) {
	tests := []struct{ name, in string }{
		{"empty", ""},
		{"no edits", "Ngoại giao số ASEAN"},
		{"seed-like", "Toạ  đàm “Ngoại giao số”: Uỷ ban  hoa\u0300 bình"},
		{"space runs", "a   b    c \t\t d"},
		{"removed characters", "a\u200b\u200bb\u00adc\ufeff"},
		{"decomposed and tone moves", "so\u0302\u0301 Hoà uỳ Thuỷ hoa\u0300"},
		{"ellipsis and quotes", "“x”… ‘y’ — z…"},
	}
	modes := []struct {
		name string
		opts []textnorm.Option
	}{
		{"fold", nil},
		{"strip", []textnorm.Option{textnorm.StripDiacritics()}},
		{"keep case", []textnorm.Option{textnorm.KeepCase()}},
	}
	for _, tt := range tests {
		for _, mode := range modes {
			t.Run(tt.name+"/"+mode.name, func(t *testing.T) {
				var m textnorm.OffsetMap
				textnorm.New(mode.opts...).Append(nil, tt.in, &m)
				checkCursor(t, &m)
			})
		}
	}
}

// FuzzOffsetCursor runs checkCursor on the offset map of any text.
func FuzzOffsetCursor(f *testing.F) {
	for _, s := range []string{"Toạ  đàm “Ngoại”", "a\u200b b", "so\u0302\u0301 Hoà", "x  \t y…"} {
		f.Add(s)
	}
	n := textnorm.New()
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 256 {
			return // the check is quadratic in the text
		}
		var m textnorm.OffsetMap
		n.Append(nil, s, &m)
		checkCursor(t, &m)
	})
}
