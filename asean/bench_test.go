package asean

import (
	"bytes"
	"os"
	"testing"
)

func BenchmarkReadEnablingActions(b *testing.B) {
	data, err := os.ReadFile("testdata/enabling-actions-example.json")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadEnablingActions(bytes.NewReader(data), "example.json"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkADM2025Validate(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if err := ADM2025().Validate(); err != nil {
			b.Fatal(err)
		}
	}
}
