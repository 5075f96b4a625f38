package corpus_test

import (
	"context"
	"testing"

	"github.com/digidip/digidip/corpus"
)

// BenchmarkStages times each stage of Mapper.Map on its own, over the same
// realistic text as BenchmarkPipeline: a news-sized article of 8 KiB and
// the 1 MiB one, next to Map itself. Map does not clean or segment a field
// with no matches, so the stages may add up to more than Map; the split
// shows where a byte's nanoseconds go (BENCHMARKS.md).
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
		stages := append(m.Stages(a), corpus.Stage{Name: "map", Run: func() {
			if _, err := m.Map(ctx, a); err != nil {
				b.Fatal(err)
			}
		}})
		for _, st := range stages {
			b.Run(size.name+"/"+st.Name, func(b *testing.B) {
				b.SetBytes(int64(len(a.Body)))
				b.ReportAllocs()
				for b.Loop() {
					st.Run()
				}
			})
		}
	}
}
