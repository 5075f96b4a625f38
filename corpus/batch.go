package corpus

import (
	"context"
	"iter"
	"time"

	"github.com/digidip/digidip/corpus/internal/pipeline"
)

// A Result is the outcome for one record of a collection mapped with
// [Mapper.MapAll]: the article and its Mapping, or an error.
//
// Err is an [*InputError] when the record could not be read (a bad JSON
// Lines line, an unreadable file; Article is then the zero value and Seq
// still says where in the stream it was), a [*MapError] when the article
// was read but could not be mapped, or — in the one Result that ends a
// cancelled run, whose Seq is -1 — the context's error.
type Result struct {
	// Seq is the record's 0-based position in the input stream, bad
	// records included, so that a caller writing results out of order
	// can put them back in order; -1 for the Result that reports
	// cancellation.
	Seq int
	// Article is the article as read; the Mapping's evidence offsets point
	// into its Title and Body.
	Article Article
	// Mapping is the article's mapping when Err is nil.
	Mapping Mapping
	// Err is why this record has no Mapping, or nil.
	Err error
}

// BatchProgress says how far a [Mapper.MapAll] run has got. Read is always
// Mapped + Failed: a record counts when its Result is handed to the caller,
// so a progress line never claims work the caller has not seen.
type BatchProgress struct {
	// Read is the number of records handed to the caller so far, the one
	// being handed out included, bad ones included.
	Read int
	// Mapped is the number of articles mapped without error.
	Mapped int
	// Failed is the number of records that could not be read or mapped.
	Failed int
	// InFlight is the number of records taken from the input but not yet
	// handed to the caller: being mapped, or waiting for an earlier one in
	// ordered mode. It never exceeds the window (see [Window]) by more than
	// one, which is what bounds the run's memory.
	InFlight int
	// Bytes is the article text (title plus body) of the records counted
	// in Read.
	Bytes int64
	// Elapsed is the time since the run started.
	Elapsed time.Duration
	// Final is set on the last call of a run that was not stopped by the
	// caller, after every Result has been handed out.
	Final bool
}

// MBPerSecond returns the article text mapped per second of the run so far,
// in megabytes (10⁶ bytes) per second, or 0 before any time has passed.
func (p BatchProgress) MBPerSecond() float64 {
	s := p.Elapsed.Seconds()
	if s <= 0 {
		return 0
	}
	return float64(p.Bytes) / 1e6 / s
}

// A BatchOption configures [Mapper.MapAll].
type BatchOption func(*batchConfig)

type batchConfig struct {
	workers  int
	ordered  bool
	window   int
	progress func(BatchProgress)
}

// Workers sets how many goroutines map articles at once. n ≤ 0, the
// default, means runtime.GOMAXPROCS(0): one per core, since mapping is pure
// computation and more goroutines than cores would only add switching.
func Workers(n int) BatchOption {
	return func(c *batchConfig) { c.workers = n }
}

// Ordered makes MapAll hand out results in input order when on. Off, the
// default, results come as they finish, which keeps every core busy even
// when one article is much longer than its neighbours; Result.Seq still
// gives each one's position.
func Ordered(on bool) BatchOption {
	return func(c *batchConfig) { c.ordered = on }
}

// Window bounds the number of records read but not yet handed to the
// caller; n ≤ 0, the default, means four per worker. Memory in use is
// therefore about n articles plus their mappings, whatever the size of the
// input. In ordered mode one slow article holds back at most n-1 finished
// ones, so a larger window keeps cores busier over uneven articles at the
// cost of memory. A window smaller than the number of workers is raised to
// it.
func Window(n int) BatchOption {
	return func(c *batchConfig) { c.window = n }
}

// OnProgress has MapAll call fn as each Result is handed out (just before
// the loop body receives it, with that Result counted), and once more at
// the end with Final set, unless the caller stopped iterating. fn runs on
// the caller's goroutine, between results, so it needs no locking but
// should be quick: throttle a progress line to a few updates a second
// rather than printing on every call.
func OnProgress(fn func(BatchProgress)) BatchOption {
	return func(c *batchConfig) { c.progress = fn }
}

// MapAll maps every article of src on several goroutines and yields one
// Result per record of src. src is any article stream, typically
// [ReadJSONLines], [ReadDir] or [ReadFile]; a record it yields with an
// error (a bad line) comes out as a Result with that error and the run goes
// on, so Read = Mapped + Failed counts every record.
//
// Records are read only as fast as results are consumed, at most the
// window's worth ahead (see [Window]), so a 200 MB JSON Lines file is mapped
// in the memory of a few dozen articles. Stopping the iteration early stops
// reading and mapping; no goroutine outlives the loop.
//
// When ctx is cancelled, reading stops, the articles already being mapped
// come out (mostly as failures wrapping the context's error), and a final
// Result with Seq -1 carries ctx.Err(); it is not counted in BatchProgress.
//
// The Mapper is shared by the workers, which it allows.
func (m *Mapper) MapAll(ctx context.Context, src iter.Seq2[Article, error], opts ...BatchOption) iter.Seq[Result] {
	var cfg batchConfig
	for _, o := range opts {
		o(&cfg)
	}
	popts := pipeline.Options[Article]{
		Workers: cfg.workers,
		Ordered: cfg.ordered,
		Window:  cfg.window,
		Size:    articleSize,
	}
	if fn := cfg.progress; fn != nil {
		popts.Progress = func(p pipeline.Progress) {
			fn(BatchProgress{
				Read:     p.Done,
				Mapped:   p.Done - p.Failed,
				Failed:   p.Failed,
				InFlight: p.Read - p.Done,
				Bytes:    p.Bytes,
				Elapsed:  p.Elapsed,
				Final:    p.Final,
			})
		}
	}
	return func(yield func(Result) bool) {
		for it := range pipeline.Map(ctx, src, m.Map, popts) {
			if !yield(Result{Seq: it.Seq, Article: it.In, Mapping: it.Out, Err: it.Err}) {
				return
			}
		}
	}
}

// articleSize is the text of a that the mapper reads, for throughput.
func articleSize(a Article) int { return len(a.Title) + len(a.Body) }
