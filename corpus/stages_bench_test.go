package corpus_test

import (
	"context"
	"testing"

	"github.com/digidip/digidip/corpus"
)

// BenchmarkStages times stages of reading and mapping on their own, over
// the same realistic text as BenchmarkPipeline: a news-sized article of
// 8 KiB and the 1 MiB one, next to Map itself. Language detection is the
// readers' step for an article that does not give its language (Map runs
// it only for text that looks like unaccented Vietnamese); the others are
// Map's. The split shows where a byte's nanoseconds go (BENCHMARKS.md).
func BenchmarkStages(b *testing.B) {
	m, err := corpus.NewMapper()
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	for _, size := range []struct {
		name string
		n    int
	}{{"8KB", 8 << 10}, {"1MB", 1 << 20}} {
		a := bigArticle(b, size.n)
		for _, st := range m.Stages(a) {
			b.Run(size.name+"/"+st.Name, func(b *testing.B) {
				b.SetBytes(int64(len(a.Body)))
				b.ReportAllocs()
				for b.Loop() {
					st.Run()
				}
			})
		}
		b.Run(size.name+"/map", func(b *testing.B) {
			b.SetBytes(int64(len(a.Body)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := m.Map(ctx, a); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
