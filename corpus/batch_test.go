package corpus_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/digidip/digidip/corpus"
)

// batchInput is a JSON Lines stream of the seed articles repeated rounds
// times, with a malformed line inserted before each 0-based record index
// in bad, and the sequence positions of the bad records.
func batchInput(t testing.TB, rounds int, bad ...int) (data []byte, badSeqs []int) {
	t.Helper()
	var buf bytes.Buffer
	seq := 0
	for r := range rounds {
		for _, a := range corpus.Seeds() {
			if slices.Contains(bad, seq) {
				buf.WriteString(`{"title": "broken", "body": ` + "\n")
				badSeqs = append(badSeqs, seq)
				seq++
			}
			a.ID = fmt.Sprintf("%s-r%d", a.ID, r)
			line, err := json.Marshal(a)
			if err != nil {
				t.Fatal(err)
			}
			buf.Write(line)
			buf.WriteByte('\n')
			seq++
		}
	}
	return buf.Bytes(), badSeqs
}

// batchSequential maps the readable articles of data one by one, keyed by ID:
// what MapAll must reproduce.
func batchSequential(t testing.TB, m *corpus.Mapper, data []byte) map[string]corpus.Mapping {
	t.Helper()
	want := map[string]corpus.Mapping{}
	for a, err := range corpus.ReadJSONLines("batch.jsonl", bytes.NewReader(data)) {
		if err != nil {
			continue
		}
		mp, err := m.Map(context.Background(), a)
		if err != nil {
			t.Fatalf("Map(%s): %v", a.ID, err)
		}
		want[a.ID] = mp
	}
	return want
}

func batchMapper(t testing.TB) *corpus.Mapper {
	t.Helper()
	m, err := corpus.NewMapper()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestMapAllLosesNothing(t *testing.T) {
	m := batchMapper(t)
	data, badSeqs := batchInput(t, 3, 0, 7, 8, 16)
	want := batchSequential(t, m, data)
	total := len(want) + len(badSeqs)

	for _, tc := range []struct {
		name string
		opts []corpus.BatchOption
	}{
		{"ordered", []corpus.BatchOption{corpus.Ordered(true), corpus.Workers(4), corpus.Window(3)}},
		{"unordered", []corpus.BatchOption{corpus.Workers(3)}},
		{"one worker", []corpus.BatchOption{corpus.Ordered(true), corpus.Workers(1)}},
		{"defaults", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var seqs, failed []int
			var last corpus.BatchProgress
			calls := 0
			opts := append(slices.Clone(tc.opts), corpus.OnProgress(func(p corpus.BatchProgress) {
				calls++
				if p.Read != p.Mapped+p.Failed {
					t.Errorf("progress %+v: Read != Mapped + Failed", p)
				}
				if p.Read < last.Read || p.Bytes < last.Bytes || p.InFlight < 0 {
					t.Errorf("progress went backwards or negative: %+v after %+v", p, last)
				}
				last = p
			}))
			for r := range m.MapAll(context.Background(), corpus.ReadJSONLines("batch.jsonl", bytes.NewReader(data)), opts...) {
				seqs = append(seqs, r.Seq)
				if r.Err != nil {
					var ie *corpus.InputError
					if !errors.As(r.Err, &ie) || ie.Pos.Line != r.Seq+1 {
						t.Errorf("record %d: error %v, want an *InputError on line %d", r.Seq, r.Err, r.Seq+1)
					}
					failed = append(failed, r.Seq)
					continue
				}
				if diff := cmp.Diff(want[r.Article.ID], r.Mapping); diff != "" {
					t.Errorf("record %d (%s): mapping differs from Map (-want +got):\n%s", r.Seq, r.Article.ID, diff)
				}
			}
			slices.Sort(failed)
			if diff := cmp.Diff(badSeqs, failed); diff != "" {
				t.Errorf("failed records (-want +got):\n%s", diff)
			}
			if len(tc.opts) > 0 && tc.name != "unordered" && !slices.IsSorted(seqs) {
				t.Errorf("ordered run handed out %v", seqs)
			}
			slices.Sort(seqs)
			if want := batchSeqs(total); !slices.Equal(want, seqs) {
				t.Errorf("sequence numbers %v, want 0..%d each once", seqs, total-1)
			}
			if !last.Final || last.Read != total || last.Failed != len(badSeqs) || last.InFlight != 0 {
				t.Errorf("final progress = %+v, want Final, Read %d, Failed %d, InFlight 0", last, total, len(badSeqs))
			}
			if wantBytes := 3 * batchSeedBytes(); last.Bytes != wantBytes {
				t.Errorf("final Bytes = %d, want %d", last.Bytes, wantBytes)
			}
			if calls != total+1 {
				t.Errorf("progress called %d times, want once per record and once at the end (%d)", calls, total+1)
			}
		})
	}
}

// batchSeqs returns 0, 1, …, n-1: the sequence numbers of an n-record run.
func batchSeqs(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	return s
}

// batchSeedBytes is the text (titles plus bodies) of the seed articles.
func batchSeedBytes() int64 {
	var n int64
	for _, a := range corpus.Seeds() {
		n += int64(len(a.Title) + len(a.Body))
	}
	return n
}

// batchEndless yields seed articles until the consumer stops, counting them.
func batchEndless(n *int) iter.Seq2[corpus.Article, error] {
	return func(yield func(corpus.Article, error) bool) {
		seeds := corpus.Seeds()
		for i := 0; ; i++ {
			*n++
			if !yield(seeds[i%len(seeds)], nil) {
				return
			}
		}
	}
}

func TestMapAllCancel(t *testing.T) {
	m := batchMapper(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	read := 0
	var got []corpus.Result
	var final corpus.BatchProgress
	for r := range m.MapAll(ctx, batchEndless(&read), corpus.Workers(2), corpus.Window(4), corpus.OnProgress(func(p corpus.BatchProgress) { final = p })) {
		got = append(got, r)
		if len(got) == 5 {
			cancel()
		}
	}
	last := got[len(got)-1]
	if last.Seq != -1 || !errors.Is(last.Err, context.Canceled) {
		t.Fatalf("last result = {Seq %d, Err %v}, want Seq -1 and context.Canceled", last.Seq, last.Err)
	}
	// At most the window (plus the one the reader holds) can be in flight
	// when the cancel lands.
	if n := len(got) - 1; n > 5+4+1 {
		t.Errorf("%d results after cancelling at the fifth: the run did not stop", n)
	}
	if read > 5+4+2 {
		t.Errorf("%d articles read after cancelling at the fifth", read)
	}
	for _, r := range got[5 : len(got)-1] {
		var me *corpus.MapError
		if r.Err != nil && (!errors.As(r.Err, &me) || !errors.Is(r.Err, context.Canceled)) {
			t.Errorf("record %d after cancel: error %v, want a *MapError wrapping context.Canceled", r.Seq, r.Err)
		}
	}
	if !final.Final || final.Read != len(got)-1 || final.Read != final.Mapped+final.Failed {
		t.Errorf("final progress = %+v, want Final and Read = %d = Mapped + Failed", final, len(got)-1)
	}
}

func TestMapAllStopsEarly(t *testing.T) {
	m := batchMapper(t)
	before := runtime.NumGoroutine()
	read, n := 0, 0
	finalCalls := 0
	for range m.MapAll(context.Background(), batchEndless(&read), corpus.Workers(3), corpus.OnProgress(func(p corpus.BatchProgress) {
		if p.Final {
			finalCalls++
		}
	})) {
		n++
		if n == 7 {
			break
		}
	}
	if finalCalls != 0 {
		t.Errorf("progress reported Final %d times after the caller stopped", finalCalls)
	}
	if read > 7+12+2 {
		t.Errorf("read %d articles for 7 results: reading did not stop", read)
	}
	deadline := time.Now().Add(2 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	if g := runtime.NumGoroutine(); g > before {
		t.Errorf("%d goroutines after stopping early, %d before", g, before)
	}
}

func TestMapAllMapErrors(t *testing.T) {
	m := batchMapper(t)
	src := func(yield func(corpus.Article, error) bool) {
		for _, a := range []corpus.Article{
			{ID: "ok", Body: "ASEAN ministers adopted the Boracay Digital Declaration."},
			{ID: "bad-utf8", Body: "ASEAN \xff digital"},
			{ID: "huge", Body: strings.Repeat("a ", corpus.DefaultMaxMapSize/2+1)},
		} {
			if !yield(a, nil) {
				return
			}
		}
	}
	var got []string
	for r := range m.MapAll(context.Background(), src, corpus.Ordered(true)) {
		var me *corpus.MapError
		switch {
		case r.Err == nil:
			got = append(got, r.Article.ID+": mapped")
		case errors.As(r.Err, &me) && me.Article == r.Article.ID:
			got = append(got, r.Article.ID+": *MapError")
		default:
			got = append(got, fmt.Sprintf("%s: unexpected %v", r.Article.ID, r.Err))
		}
	}
	want := []string{"ok: mapped", "bad-utf8: *MapError", "huge: *MapError"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("results (-want +got):\n%s", diff)
	}
}

func TestBatchProgressMBPerSecond(t *testing.T) {
	for _, tc := range []struct {
		name string
		p    corpus.BatchProgress
		want float64
	}{
		{"no time yet", corpus.BatchProgress{Bytes: 1e6}, 0},
		{"one MB in one second", corpus.BatchProgress{Bytes: 1e6, Elapsed: time.Second}, 1},
		{"250 MB in two seconds", corpus.BatchProgress{Bytes: 250e6, Elapsed: 2 * time.Second}, 125},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.p.MBPerSecond(); got != tc.want {
				t.Errorf("MBPerSecond() = %v, want %v", got, tc.want)
			}
		})
	}
}

// Map a JSON Lines collection on all cores, in input order, with a bad line
// in the middle: it comes through as a Result with its error (file, line
// and byte offset), and the run goes on.
func ExampleMapper_MapAll() {
	m, err := corpus.NewMapper()
	if err != nil {
		fmt.Println(err)
		return
	}
	input := strings.Join([]string{
		`{"id":"a1","body":"ASEAN digital ministers adopted the Boracay Digital Declaration in 2023."}`,
		`{"id":"a2","body": oops}`,
		`{"id":"a3","body":"Viet Nam hosted the first International Conference on Digital Diplomacy."}`,
	}, "\n")
	var summary corpus.BatchProgress
	src := corpus.ReadJSONLines("news.jsonl", strings.NewReader(input))
	for r := range m.MapAll(context.Background(), src, corpus.Ordered(true), corpus.OnProgress(func(p corpus.BatchProgress) { summary = p })) {
		if r.Err != nil {
			fmt.Printf("%d: error: %v\n", r.Seq, r.Err)
			continue
		}
		var ids []string
		for _, f := range r.Mapping.Frameworks {
			ids = append(ids, string(f.ID))
		}
		fmt.Printf("%d: %s names %v\n", r.Seq, r.Article.ID, ids)
	}
	fmt.Printf("read %d, mapped %d, failed %d\n", summary.Read, summary.Mapped, summary.Failed)
	// Output:
	// 0: a1 names [boracay]
	// 1: error: news.jsonl:2:20 (byte 113): invalid character 'o' looking for beginning of value
	// 2: a3 names [icdd2021]
	// read 3, mapped 2, failed 1
}
