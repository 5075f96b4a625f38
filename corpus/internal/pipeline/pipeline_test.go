package pipeline

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"runtime"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// numbers yields 0..n-1, with an input error at every index in bad.
func numbers(n int, bad ...int) iter.Seq2[int, error] {
	return func(yield func(int, error) bool) {
		for i := range n {
			var err error
			if slices.Contains(bad, i) {
				err = fmt.Errorf("bad record %d", i)
			}
			if !yield(i, err) {
				return
			}
		}
	}
}

func square(_ context.Context, i int) (int, error) {
	if i%7 == 3 {
		time.Sleep(time.Millisecond) // make finishing order differ from input order
	}
	if i == 42 {
		return 0, errors.New("cannot square 42")
	}
	return i * i, nil
}

func TestMapOrderedLosesNothing(t *testing.T) {
	var got []int
	var failed []int
	for it := range Map(context.Background(), numbers(200, 5, 99), square, Options[int]{Workers: 4, Ordered: true}) {
		if it.Err != nil {
			failed = append(failed, it.Seq)
			continue
		}
		if it.Out != it.In*it.In {
			t.Errorf("item %d: out %d", it.Seq, it.Out)
		}
		got = append(got, it.Seq)
	}
	if diff := cmp.Diff([]int{5, 42, 99}, failed); diff != "" {
		t.Errorf("failed items (-want +got):\n%s", diff)
	}
	if len(got) != 197 || !slices.IsSorted(got) {
		t.Errorf("got %d items, sorted=%v", len(got), slices.IsSorted(got))
	}
}

func TestMapUnorderedLosesNothing(t *testing.T) {
	seen := map[int]bool{}
	for it := range Map(context.Background(), numbers(300), square, Options[int]{Workers: 3}) {
		seen[it.Seq] = true
	}
	if len(seen) != 300 {
		t.Errorf("saw %d distinct items, want 300", len(seen))
	}
}

func TestMapBoundsInFlight(t *testing.T) {
	var inFlight, peak atomic.Int64
	src := func(yield func(int, error) bool) {
		for i := range 500 {
			n := inFlight.Add(1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			if !yield(i, nil) {
				return
			}
		}
	}
	const window = 8
	for range Map(context.Background(), src, square, Options[int]{Workers: 2, Window: window, Ordered: true}) {
		time.Sleep(10 * time.Microsecond)
		inFlight.Add(-1)
	}
	// One more than the window can be read: the producer holds an item while
	// it waits for a slot.
	if p := peak.Load(); p > window+1 {
		t.Errorf("peak items in flight = %d, want at most %d", p, window+1)
	}
}

func TestMapStopsEarlyWithoutLeaks(t *testing.T) {
	before := runtime.NumGoroutine()
	n := 0
	for range Map(context.Background(), numbers(10000), square, Options[int]{Workers: 4}) {
		n++
		if n == 10 {
			break
		}
	}
	deadline := time.Now().Add(2 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	if g := runtime.NumGoroutine(); g > before {
		t.Errorf("%d goroutines after early stop, %d before", g, before)
	}
}

func TestMapCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var last Item[int, int]
	n := 0
	for it := range Map(ctx, numbers(100000), square, Options[int]{Workers: 2}) {
		n++
		if n == 5 {
			cancel()
		}
		last = it
	}
	if !errors.Is(last.Err, context.Canceled) || last.Seq != -1 {
		t.Errorf("last item = %+v, want the context's error", last)
	}
	if n > 1000 {
		t.Errorf("%d items after cancel: the run did not stop", n)
	}
}

func TestMapProgress(t *testing.T) {
	var calls []Progress
	opt := Options[int]{Workers: 2, Ordered: true, Size: func(int) int { return 10 }, Progress: func(p Progress) { calls = append(calls, p) }}
	for range Map(context.Background(), numbers(20, 3), square, opt) {
	}
	last := calls[len(calls)-1]
	if !last.Final || last.Read != 20 || last.Done != 20 || last.Failed != 1 || last.Bytes != 200 {
		t.Errorf("final progress = %+v", last)
	}
}
