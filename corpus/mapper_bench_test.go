package corpus_test

import (
	"bytes"
	"context"
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/digidip/digidip/corpus"
	"github.com/digidip/digidip/corpus/lexicon"
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

// BenchmarkMapLong maps one long article (the seeds' bodies repeated to
// about 1 MB) to show that the cost is linear in the text.
func BenchmarkMapLong(b *testing.B) {
	m, err := corpus.NewMapper()
	if err != nil {
		b.Fatal(err)
	}
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		for _, a := range corpus.Seeds() {
			sb.WriteString(a.Body)
			sb.WriteString("\n")
		}
	}
	a := corpus.Article{ID: "long", Title: "long", Body: sb.String()}
	ctx := context.Background()
	b.SetBytes(int64(len(a.Body)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := m.Map(ctx, a); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReadAndMap is the whole path of a batch job: the seeds as JSON
// Lines in memory, read with ReadJSONLines and mapped one by one.
func BenchmarkReadAndMap(b *testing.B) {
	m, err := corpus.NewMapper()
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	for _, a := range corpus.Seeds() {
		line, err := json.Marshal(a)
		if err != nil {
			b.Fatal(err)
		}
		buf.Write(line)
		buf.WriteByte('\n')
	}
	data := buf.Bytes()
	ctx := context.Background()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for a, err := range corpus.ReadJSONLines("seeds.jsonl", bytes.NewReader(data)) {
			if err != nil {
				b.Fatal(err)
			}
			if _, err := m.Map(ctx, a); err != nil {
				b.Fatal(err)
			}
		}
	}
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

// BenchmarkRegexpBaseline is the naive alternative the design measures
// against: one case-insensitive regexp alternation of every phrase of the
// embedded lexicons, FindAllStringIndex over the same seed text (no
// cleaning, no rules). The Mapper must be at least 40 times faster.
func BenchmarkRegexpBaseline(b *testing.B) {
	seen := map[string]bool{}
	var alts []string
	add := func(p string) {
		p = strings.ToLower(p)
		if !seen[p] {
			seen[p] = true
			alts = append(alts, regexp.QuoteMeta(p))
		}
	}
	for _, f := range lexicon.Default() {
		for _, ps := range f.Terms {
			for _, p := range ps {
				add(p)
			}
		}
		for _, fw := range f.Frameworks {
			for _, p := range fw.Names {
				add(p)
			}
			for _, p := range fw.Guards {
				add(p)
			}
		}
	}
	re := regexp.MustCompile(`(?i)\b(?:` + strings.Join(alts, "|") + `)\b`)
	seeds := corpus.Seeds()
	size := 0
	for _, a := range seeds {
		size += len(a.Title) + len(a.Body)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range seeds {
			re.FindAllStringIndex(a.Title, -1)
			re.FindAllStringIndex(a.Body, -1)
		}
	}
}
