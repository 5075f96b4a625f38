package swar

import (
	"encoding/binary"
	"math/bits"
	"math/rand/v2"
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

// TestByteTests checks the two tests the package documentation gives: the
// search flag's lowest set byte is the first byte equal to c, and the exact
// flags count the bytes equal to c.
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
		y := x ^ (Ones * uint64(c))
		search := (y - Ones) &^ y & Highs
		if got := -1; search != 0 {
			if got = bits.TrailingZeros64(search) / 8; got != first {
				t.Fatalf("x = %#x, c = %#x: search flags byte %d first, want %d", x, c, got, first)
			}
		} else if first >= 0 {
			t.Fatalf("x = %#x, c = %#x: search flags nothing, want byte %d", x, c, first)
		}
		exact := ^((y&Lows + Lows) | y | Lows)
		if got := bits.OnesCount64(exact); got != count || exact&^Highs != 0 {
			t.Fatalf("x = %#x, c = %#x: exact flags %#x, want %d bytes", x, c, exact, count)
		}
	}
}
