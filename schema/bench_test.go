package schema_test

import (
	"encoding/json"
	"testing"

	"github.com/digidip/digidip/catalog"
	"github.com/digidip/digidip/schema"
)

// BenchmarkValidateCatalog validates the full catalog export digidip ships
// (catalog.Default(), as examples/catalog -format json prints it), from
// bytes: UTF-8 and depth checks, decoding and validation.
func BenchmarkValidateCatalog(b *testing.B) {
	data, err := json.Marshal(catalog.Default())
	if err != nil {
		b.Fatal(err)
	}
	benchmarkValidate(b, data)
}

// BenchmarkValidateCatalogLarge validates a synthetic catalog a few times
// the size of the shipped one (6 frameworks of 40 elements, 200 relations),
// to show that the cost grows with the size of the document.
func BenchmarkValidateCatalogLarge(b *testing.B) {
	data, err := json.Marshal(realisticCatalog(b, 6, 40))
	if err != nil {
		b.Fatal(err)
	}
	benchmarkValidate(b, data)
}

func benchmarkValidate(b *testing.B, data []byte) {
	// The first call compiles the schema; keep it out of the timed loop.
	if err := schema.Validate(schema.Catalog, data); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if err := schema.Validate(schema.Catalog, data); err != nil {
			b.Fatal(err)
		}
	}
}
