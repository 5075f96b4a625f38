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

// BenchmarkMapNews maps the same 4 MiB of generated text cut into
// news-sized articles of about 8 KB, one goroutine, no reading: each article
// once in turn ("distinct"), and each article four times in a row
// ("each-4-times"). The gap between the two is what a new article costs
// because the automaton rows and rule data it needs are not in the cache
// yet, the cost MapAll pays on every article of a real archive.
func BenchmarkMapNews(b *testing.B) {
	m, err := corpus.NewMapper()
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	whole := bigArticle(b, 4<<20)
	var articles []corpus.Article
	var size int64
	for from := 0; from+8000 < len(whole.Body); {
		to := from + 8000
		for to < len(whole.Body) && whole.Body[to] != ' ' {
			to++
		}
		a := whole
		a.Body = whole.Body[from:to]
		articles = append(articles, a)
		size += int64(len(a.Body))
		from = to
	}
	for _, v := range []struct {
		name string
		mask int // article i maps articles[i&^mask]
	}{{"distinct", 0}, {"each-4-times", 3}} {
		b.Run(v.name, func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				for i := range articles {
					if _, err := m.Map(ctx, articles[i&^v.mask]); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
