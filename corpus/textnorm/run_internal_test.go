package textnorm

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// appendByStep normalises src one rune at a time through writer.step, the
// path run takes only for runes its fast tables do not settle and for the
// last bytes of a text: the reference the fast paths must agree with.
func appendByStep(n *Normalizer, src string, m *OffsetMap) []byte {
	w := writer{src: src, mode: n.mode, m: m, invalid: -1}
	m.Reset()
	for i := 0; i < len(src); {
		i = w.step(i)
	}
	m.origLen, m.normLen = len(src), len(w.out)
	return w.out
}

// checkAgainstSteps fails the test unless every mode normalises s, output
// and offset map, as appendByStep does.
func checkAgainstSteps(t *testing.T, s string) {
	t.Helper()
	for md := range mode(numModes) {
		n := &Normalizer{mode: md}
		var got, want OffsetMap
		out := n.Append(nil, s, &got)
		ref := appendByStep(n, s, &want)
		if string(out) != string(ref) {
			t.Fatalf("mode %d: %q → %q, one rune at a time %q", md, s, out, ref)
		}
		if !slices.Equal(got.edits, want.edits) || got.origLen != want.origLen || got.normLen != want.normLen {
			t.Fatalf("mode %d: %q: edits %v, one rune at a time %v", md, s, got.edits, want.edits)
		}
	}
}

// TestFastPathsMatchSteps checks the eight-byte window of run, the ASCII
// word and the fastTabs letters, against the rune-at-a-time path, on texts
// that put every letter of the fast tables after every kind of byte that
// changes its treatment (a glide o or u, "qu", a space, a capital) and
// before every kind that follows one (a combining mark, a Vietnamese
// letter, a final consonant, the end).
func TestFastPathsMatchSteps(t *testing.T) {
	var letters []string
	for r := rune(0x80); r < 0x300; r++ {
		letters = append(letters, string(r))
	}
	for r := rune(0x1E00); r < 0x1F00; r++ {
		letters = append(letters, string(r))
	}
	before := []string{"", "o", "O", "u", "qu", " ", "  ", "x\t", "\u0301", "ế"}
	after := []string{"", "n", " ", "\u0301", "\u0323a", "ế", "ợ", "\ufeff", "A", "\n", "\u1eb8"}
	for _, l := range letters {
		for _, b := range before {
			for _, a := range after {
				// Long enough for the window, and short.
				checkAgainstSteps(t, "Hello World "+b+l+a+" the end of it")
				checkAgainstSteps(t, b+l+a)
			}
		}
	}
	// Random mixes of letters, ASCII and the bytes that stop a word.
	pieces := []string{"digital ", "ASEAN", "  ", "\t", "\n", "\r\n", "\x01", "oà", "uỷ", "hoà ", "Quỳ", "a\u0301", "\u0300",
		"đ", "Đ", "ư", "Ư", "ơ", "Ơ", "ế", "Ế", "\u00a0", "…", "“", "\u200b", "\xff", "\xe1\xba", "ｚ", "0123456789"}
	rng := rand.New(rand.NewPCG(7, 8))
	for range 20000 {
		var sb strings.Builder
		for range rng.IntN(24) {
			if rng.IntN(3) == 0 {
				sb.WriteString(letters[rng.IntN(len(letters))])
			} else {
				sb.WriteString(pieces[rng.IntN(len(pieces))])
			}
		}
		checkAgainstSteps(t, sb.String())
	}
}

// FuzzFastPaths compares run with the rune-at-a-time path on any input,
// valid UTF-8 or not.
func FuzzFastPaths(f *testing.F) {
	for _, s := range []string{"Hoà bình chuyển đổi số", "ABCDEFGH  ijklmnop", "thuỷ lợi\u0301 and more", "a\xffb\xe1\xbb", "qu\u1ef3 QUỲNH"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkAgainstSteps(t, s)
		if utf8.ValidString(s) {
			var m OffsetMap
			if _, bad := New().AppendChecked(nil, s, &m); bad >= 0 {
				t.Fatalf("%q: valid UTF-8 reported invalid at %d", s, bad)
			}
		}
	})
}
