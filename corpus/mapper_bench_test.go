package corpus_test

import (
	"context"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/digidip/digidip/corpus"
	"github.com/digidip/digidip/internal/benchtext"
)

// BenchmarkMapSeeds maps the five seed articles end to end (clean,
// segment, normalise, match, evaluate rules, build the Mapping) and
// reports throughput over their title and body bytes.
func BenchmarkMapSeeds(b *testing.B) {
	m, err := corpus.NewMapper()
	if err != nil {
		b.Fatal(err)
	}
	seeds := corpus.Seeds()
	size := 0
	for _, a := range seeds {
		size += len(a.Title) + len(a.Body)
	}
	ctx := context.Background()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range seeds {
			if _, err := m.Map(ctx, a); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkMapSeedsParallel is BenchmarkMapSeeds on every core, sharing
// one Mapper.
func BenchmarkMapSeedsParallel(b *testing.B) {
	m, err := corpus.NewMapper()
	if err != nil {
		b.Fatal(err)
	}
	seeds := corpus.Seeds()
	size := 0
	for _, a := range seeds {
		size += len(a.Title) + len(a.Body)
	}
	ctx := context.Background()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			for _, a := range seeds {
				if _, err := m.Map(ctx, a); err != nil {
					b.Error(err)
					return
				}
			}
		}
	})
}

// BenchmarkMapLong maps one realistic 1 MiB article (bigArticle: the
// generated text of BenchmarkPipeline/1MB) without reading it, to show the
// mapper's own cost per byte.
func BenchmarkMapLong(b *testing.B) {
	m, err := corpus.NewMapper()
	if err != nil {
		b.Fatal(err)
	}
	a := bigArticle(b, 1<<20)
	ctx := context.Background()
	b.SetBytes(int64(len(a.Title) + len(a.Body)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := m.Map(ctx, a); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMapAdversarial maps inputs built to find costs that grow faster
// than the text, at two sizes a quarter apart: the ns/op of the larger must
// stay near four times the smaller's.
//
//   - run-on: one line with no sentence break, where the two sides of a
//     NEAR rule ("data" and "handled") recur thousands of times but never
//     within reach of each other, as a scraped page without punctuation
//     can make them;
//   - removals: distinct sentences about rural broadband alternating with a
//     repeated caption line, so that cleaning removes thousands of spans
//     from one field while most sentences assert an element.
func BenchmarkMapAdversarial(b *testing.B) {
	m, err := corpus.NewMapper()
	if err != nil {
		b.Fatal(err)
	}
	build := func(size int, unit string) string {
		var sb strings.Builder
		for i := 0; sb.Len() < size; i++ {
			fmt.Fprintf(&sb, unit, i)
		}
		return sb.String()
	}
	inputs := []struct {
		name, unit string
	}{
		{"run-on", "data on diplomacy from item %d was sorted into folders by the staff and then handled by the archive team for the ministry "},
		{"removals", "Village %d now has broadband internet and 4G coverage for every rural school.\nẢnh: TTXVN\n"},
	}
	ctx := context.Background()
	for _, in := range inputs {
		for _, size := range []int{64 << 10, 256 << 10} {
			a := corpus.Article{ID: in.name, Title: in.name, Body: build(size, in.unit)}
			b.Run(fmt.Sprintf("%s/%dKB", in.name, size>>10), func(b *testing.B) {
				b.SetBytes(int64(len(a.Title) + len(a.Body)))
				b.ReportAllocs()
				for b.Loop() {
					if _, err := m.Map(ctx, a); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// benchPool is the sentence pool of the seeds and the tuned gold cases,
// built once per test binary.
var benchPool = sync.OnceValues(func() (*benchtext.Pool, error) {
	gold, err := corpus.ReadGoldDir(os.DirFS("testdata/gold"), "tuned")
	if err != nil {
		return nil, err
	}
	return benchtext.NewPool(gold), nil
})

// bigArticle returns one article of at least size bytes of realistic text.
// Every size is drawn with the same seed, so the 1 MB article is the first
// megabyte of the 10 MB one and the two differ only in length.
func bigArticle(tb testing.TB, size int) corpus.Article {
	tb.Helper()
	pool, err := benchPool()
	if err != nil {
		tb.Fatal(err)
	}
	g := benchtext.NewGen(pool, 1)
	title := g.Title()
	return corpus.Article{ID: "big", Title: title, Body: g.Body(size)}
}

// BenchmarkNewMapper builds a Mapper from the embedded lexicons.
func BenchmarkNewMapper(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := corpus.NewMapper(); err != nil {
			b.Fatal(err)
		}
	}
}
