//go:build unix

package corpus_test

// Benchmarks of the whole mapping path, for BENCHMARKS.md. Run them with
//
//	go test -run '^$' -bench 'Pipeline|MapAll|NewMapper' -benchmem -count 3 ./corpus/
//
// Throughput (MB/s) is over article text — title plus body — not over the
// JSON around it, so that it means the same for every input format.

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"runtime"
	"syscall"
	"testing"
	"time"

	"github.com/digidip/digidip/corpus"
	"github.com/digidip/digidip/corpus/internal/regexbaseline"
	"github.com/digidip/digidip/corpus/lexicon"
	"github.com/digidip/digidip/corpus/textnorm"
	"github.com/digidip/digidip/internal/benchtext"
)

// Size limits for the benchmarks: the 10 MB article is above the readers'
// and the mapper's defaults (8 MiB), which guard services against
// accidents, not benchmarks.
const (
	benchMaxArticle = 16 << 20
	benchMaxLine    = 32 << 20
)

// benchInput is one JSON Lines input held in memory.
type benchInput struct {
	name     string
	jsonl    []byte
	text     int64 // title plus body bytes of all articles
	articles int
}

// newBenchInput marshals articles into JSON Lines.
func newBenchInput(tb testing.TB, name string, articles []corpus.Article) benchInput {
	tb.Helper()
	in := benchInput{name: name, articles: len(articles)}
	var buf bytes.Buffer
	for _, a := range articles {
		line, err := json.Marshal(a)
		if err != nil {
			tb.Fatal(err)
		}
		buf.Write(line)
		buf.WriteByte('\n')
		in.text += int64(len(a.Title) + len(a.Body))
	}
	in.jsonl = buf.Bytes()
	return in
}

// read streams the input's articles as the readers hand them to a caller.
func (in benchInput) read() func(func(corpus.Article, error) bool) {
	return corpus.ReadJSONLines(in.name, bytes.NewReader(in.jsonl), corpus.MaxArticleSize(benchMaxArticle), corpus.MaxLineSize(benchMaxLine))
}

// pipelineInputs are the inputs of BenchmarkPipeline: the seed corpus and
// one article of 1 MB and of 10 MB (MiB, strictly).
func pipelineInputs(tb testing.TB) []benchInput {
	return []benchInput{
		newBenchInput(tb, "seeds", corpus.Seeds()),
		newBenchInput(tb, "1MB", []corpus.Article{bigArticle(tb, 1<<20)}),
		newBenchInput(tb, "10MB", []corpus.Article{bigArticle(tb, 10<<20)}),
	}
}

// A meter measures what a benchmark loop costs beyond wall time: heap
// allocations and the process's CPU time (user plus system, all threads,
// the garbage collector's included). CPU time is what "per core" means on
// a machine other work shares: MB per CPU second stays put when the wall
// clock stretches because another process holds a core.
type meter struct {
	mallocs uint64
	cpu     time.Duration
}

func startMeter() meter {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return meter{mallocs: ms.Mallocs, cpu: processCPU()}
}

// report adds, for n iterations over in: nanoseconds per byte of text,
// heap allocations per article, and MB of text per CPU second.
func (m meter) report(b *testing.B, in benchInput, n int) {
	cpu := processCPU() - m.cpu
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	text := float64(int64(n) * in.text)
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/text, "ns/B")
	b.ReportMetric(float64(ms.Mallocs-m.mallocs)/float64(n*in.articles), "allocs/article")
	if cpu > 0 {
		b.ReportMetric(text/1e6/cpu.Seconds(), "MB/cpu-s")
	}
}

// processCPU returns the CPU time the process has used so far.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkPipeline is the whole path on one core: JSON Lines bytes in
// memory are read (decoded, validated, language detected), cleaned,
// segmented, normalised, matched and scored into Mappings.
func BenchmarkPipeline(b *testing.B) {
	m, err := corpus.NewMapper(corpus.WithMaxArticleSize(benchMaxArticle))
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	for _, in := range pipelineInputs(b) {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(in.text)
			b.ReportAllocs()
			mt := startMeter()
			n := 0
			for b.Loop() {
				for a, err := range in.read() {
					if err != nil {
						b.Fatal(err)
					}
					if _, err := m.Map(ctx, a); err != nil {
						b.Fatal(err)
					}
				}
				n++
			}
			mt.report(b, in, n)
		})
	}
}

// BenchmarkPipelineMatchOnly is BenchmarkPipeline cut down to reading,
// normalising and matching: no cleaning, sentence segmentation, scoring or
// evidence. These are the stages the research note perf-anchors.md (section
// 3) budgeted at 10 ns per byte, for 100 MB/s per core; the gap between this
// benchmark and BenchmarkPipeline on the same input is what the stages it
// left out cost (BENCHMARKS.md).
func BenchmarkPipelineMatchOnly(b *testing.B) {
	m, err := corpus.NewMapper(corpus.WithMaxArticleSize(benchMaxArticle))
	if err != nil {
		b.Fatal(err)
	}
	for _, in := range pipelineInputs(b) {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(in.text)
			b.ReportAllocs()
			mt := startMeter()
			n, matches := 0, 0
			for b.Loop() {
				for a, err := range in.read() {
					if err != nil {
						b.Fatal(err)
					}
					k, err := m.NormalizeAndMatch(a)
					if err != nil {
						b.Fatal(err)
					}
					matches += k
				}
				n++
			}
			if matches == 0 {
				b.Fatal("no phrase matched")
			}
			mt.report(b, in, n)
		})
	}
}

// BenchmarkPipelineBaseline runs the naive mapper of package regexbaseline
// (one regexp alternation of the lexicon phrases per framework and
// element, over the lower-cased text) over the same seed input, read the
// same way, so that BenchmarkPipeline/seeds over this is the speed-up. It
// is some hundred times slower than the mapper, so it runs on the seeds
// only, to keep a one-iteration CI run short.
func BenchmarkPipelineBaseline(b *testing.B) {
	base, err := regexbaseline.New(lexicon.Default())
	if err != nil {
		b.Fatal(err)
	}
	in := newBenchInput(b, "seeds", corpus.Seeds())
	b.Run(in.name, func(b *testing.B) {
		b.SetBytes(in.text)
		b.ReportAllocs()
		mt := startMeter()
		n := 0
		for b.Loop() {
			for a, err := range in.read() {
				if err != nil {
					b.Fatal(err)
				}
				base.Map(a.Title, a.Body)
			}
			n++
		}
		mt.report(b, in, n)
	})
}

// BenchmarkPipelineNormalize is normalisation alone (package textnorm,
// which the mapper runs over every field) on the 1 MB article, to set
// beside BenchmarkPipeline/1MB; package textnorm's BenchmarkNormalize
// measures it on the seed text.
func BenchmarkPipelineNormalize(b *testing.B) {
	a := bigArticle(b, 1<<20)
	n := textnorm.New()
	var om textnorm.OffsetMap
	buf := make([]byte, 0, len(a.Body))
	b.SetBytes(int64(len(a.Body)))
	b.ReportAllocs()
	for b.Loop() {
		buf = n.Append(buf[:0], a.Body, &om)
	}
}

// BenchmarkMapAll maps a 4 MB JSON Lines collection of news-sized
// generated articles with Mapper.MapAll: on every core, unordered and
// ordered, and on one worker for comparison.
func BenchmarkMapAll(b *testing.B) {
	m, err := corpus.NewMapper()
	if err != nil {
		b.Fatal(err)
	}
	pool, err := benchPool()
	if err != nil {
		b.Fatal(err)
	}
	g := benchtext.NewGen(pool, 2)
	var articles []corpus.Article
	var size int
	for i := 0; size < 4<<20; i++ {
		a := g.Article(fmt.Sprintf("gen-%05d", i))
		articles = append(articles, a)
		size += len(a.Title) + len(a.Body)
	}
	in := newBenchInput(b, "collection", articles)
	ctx := context.Background()
	for _, tc := range []struct {
		name string
		opts []corpus.BatchOption
	}{
		{"all-cores", nil},
		{"all-cores-ordered", []corpus.BatchOption{corpus.Ordered(true)}},
		{"1-worker", []corpus.BatchOption{corpus.Workers(1)}},
	} {
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(in.text)
			b.ReportAllocs()
			mt := startMeter()
			n := 0
			for b.Loop() {
				for r := range m.MapAll(ctx, in.read(), tc.opts...) {
					if r.Err != nil {
						b.Fatal(r.Err)
					}
				}
				n++
			}
			mt.report(b, in, n)
		})
	}
}
