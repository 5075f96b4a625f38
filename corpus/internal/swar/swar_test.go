package swar

import (
	"encoding/binary"
	"math/bits"
	"math/rand/v2"
	"strings"
	"testing"
)

func TestLoad(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	b := make([]byte, 40)
	for range 1000 {
		for i := range b {
			b[i] = byte(rng.Uint32())
		}
		s := string(b)
		for i := 0; i+8 <= len(s); i++ {
			if got, want := Load(s, i), binary.LittleEndian.Uint64(b[i:]); got != want {
				t.Fatalf("Load(%q, %d) = %#x, want %#x", s, i, got, want)
			}
		}
	}
}

// TestByteTests checks Match and Equal: Match's lowest flag is the first
// byte equal to c, and Equal's flags count the bytes equal to c.
func TestByteTests(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for range 100000 {
		c := byte(rng.IntN(4)) // small values, so that equal bytes are common
		var x uint64
		first, count := -1, 0
		for k := range 8 {
			v := byte(rng.IntN(6))
			if rng.IntN(8) == 0 {
				v = byte(rng.Uint32())
			}
			x |= uint64(v) << (8 * k)
			if v == c {
				count++
				if first < 0 {
					first = k
				}
			}
		}
		search := Match(x, c)
		if got := -1; search != 0 {
			if got = bits.TrailingZeros64(search) / 8; got != first {
				t.Fatalf("x = %#x, c = %#x: search flags byte %d first, want %d", x, c, got, first)
			}
		} else if first >= 0 {
			t.Fatalf("x = %#x, c = %#x: search flags nothing, want byte %d", x, c, first)
		}
		exact := Equal(x, c)
		if got := bits.OnesCount64(exact); got != count || exact&^Highs != 0 {
			t.Fatalf("x = %#x, c = %#x: exact flags %#x, want %d bytes", x, c, exact, count)
		}
	}
}

func TestCountHigh(t *testing.T) {
	naive := func(s string) int {
		n := 0
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
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
			if got := CountHigh(tt.text, len(tt.text)+1); got != all {
				t.Errorf("CountHigh(%q, no limit) = %d, want %d", tt.text, got, all)
			}
			// With a limit the count may stop early, but it reaches the
			// limit exactly when the full count does.
			for limit := 1; limit <= all+1; limit++ {
				got := CountHigh(tt.text, limit)
				if (got >= limit) != (all >= limit) || got > all {
					t.Errorf("CountHigh(%q, %d) = %d; full count %d", tt.text, limit, got, all)
				}
			}
		})
	}
}

// TestBelow checks that Below's lowest flag is the first ASCII byte under
// n, and that it flags nothing when there is none.
func TestBelow(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for range 100000 {
		n := byte(1 + rng.IntN(0x80))
		var x uint64
		first := -1
		for k := range 8 {
			v := byte(rng.Uint32())
			if rng.IntN(2) == 0 {
				v = byte(rng.IntN(0x30)) // around the usual n, 0x20
			}
			x |= uint64(v) << (8 * k)
			if v < n && first < 0 {
				first = k
			}
		}
		got := -1
		if f := Below(x, n); f != 0 {
			got = bits.TrailingZeros64(f) / 8
		}
		if got != first {
			t.Fatalf("Below(%#x, %#x) flags byte %d first, want %d", x, n, got, first)
		}
	}
}
