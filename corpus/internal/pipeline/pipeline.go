// Package pipeline runs a function over a stream on several goroutines with
// memory bounded by the number of items in flight, optionally keeping input
// order. The article mapper uses it to map whole collections on all cores.
package pipeline

import (
	"context"
	"iter"
	"runtime"
	"sync"
	"time"
)

// Options configure [Map]. The zero value is usable.
type Options[In any] struct {
	// Workers is the number of goroutines calling the function; 0 means
	// runtime.GOMAXPROCS(0).
	Workers int
	// Ordered makes results come out in input order. Without it they come
	// out as they finish.
	Ordered bool
	// Window bounds the items read but not yet handed to the caller, and so
	// the memory in use; 0 means 4 × Workers. In ordered mode one slow item
	// holds back at most Window-1 finished ones.
	Window int
	// Size, if set, gives an item's size in bytes for [Progress.Bytes].
	Size func(In) int
	// Progress, if set, is called from the caller's goroutine after each
	// result, and once more at the end with Final set.
	Progress func(Progress)
}

// Progress counts what a run has done so far.
type Progress struct {
	Read    int           // items taken from the input, bad ones included
	Done    int           // results handed to the caller
	Failed  int           // results with an error
	Bytes   int64         // sum of Options.Size over handed-out results
	Elapsed time.Duration // since the run started
	Final   bool          // the last call of the run
}

// Item is one result: the input's position in the stream (0-based), the
// input, and either the function's output or an error. An error from the
// input stream itself (a bad record) arrives as an Item whose In is the
// stream's value and whose Out is zero; the function is not called for it.
type Item[In, Out any] struct {
	Seq int
	In  In
	Out Out
	Err error
}

type job[In any] struct {
	seq int
	in  In
	err error
}

// Map calls fn on every value of src on Options.Workers goroutines and
// yields the results. It stops early when the caller stops iterating or ctx
// is done; in the latter case the last Item carries ctx's error and Seq -1.
// No goroutine outlives the iteration.
func Map[In, Out any](ctx context.Context, src iter.Seq2[In, error], fn func(context.Context, In) (Out, error), opt Options[In]) iter.Seq[Item[In, Out]] {
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	window := opt.Window
	if window <= 0 {
		window = 4 * workers
	}
	if window < workers {
		window = workers
	}
	return func(yield func(Item[In, Out]) bool) {
		parent := ctx
		ctx, cancel := context.WithCancel(parent)
		defer cancel()
		start := time.Now()
		slots := make(chan struct{}, window)
		// jobs holds up to a window of read items, so that a worker that
		// finishes finds the next one waiting instead of waking the
		// producer for each item; slots still bounds what is in flight.
		jobs := make(chan job[In], window)
		results := make(chan Item[In, Out], window)

		var read int
		var readMu sync.Mutex
		go func() { // producer
			defer close(jobs)
			seq := 0
			for in, err := range src {
				select {
				case slots <- struct{}{}:
				case <-ctx.Done():
					return
				}
				readMu.Lock()
				read = seq + 1
				readMu.Unlock()
				select {
				case jobs <- job[In]{seq, in, err}:
				case <-ctx.Done():
					return
				}
				seq++
			}
		}()
		var wg sync.WaitGroup
		for range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for j := range jobs {
					it := Item[In, Out]{Seq: j.seq, In: j.in, Err: j.err}
					if j.err == nil {
						it.Out, it.Err = fn(ctx, j.in)
					}
					results <- it // never blocks for long: at most window items exist
				}
			}()
		}
		go func() { wg.Wait(); close(results) }()

		var p Progress
		report := func(final bool) {
			if opt.Progress == nil {
				return
			}
			readMu.Lock()
			p.Read = read
			readMu.Unlock()
			p.Elapsed = time.Since(start)
			p.Final = final
			opt.Progress(p)
		}
		stopped := false
		emit := func(it Item[In, Out]) bool {
			p.Done++
			if it.Err != nil {
				p.Failed++
			}
			if opt.Size != nil {
				p.Bytes += int64(opt.Size(it.In))
			}
			report(false)
			if !yield(it) {
				stopped = true
				return false
			}
			<-slots // the item's memory is the caller's now
			return true
		}

		pending := map[int]Item[In, Out]{}
		next := 0
	loop:
		for it := range results {
			if !opt.Ordered {
				if !emit(it) {
					break loop
				}
				continue
			}
			pending[it.Seq] = it
			for {
				ready, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				next++
				if !emit(ready) {
					break loop
				}
			}
		}
		cancel()
		for range results { // let workers finish and exit
		}
		if stopped {
			return
		}
		report(true)
		if err := parent.Err(); err != nil {
			yield(Item[In, Out]{Seq: -1, Err: err})
		}
	}
}
