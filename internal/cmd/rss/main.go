//go:build linux

// Command rss measures the peak memory of mapping a large JSON Lines
// archive with corpus.Mapper.MapAll, to show that memory is bounded by the
// articles in flight and not by the size of the input.
//
// It generates a JSON Lines file of news-sized articles (realistic text
// drawn from the seed corpus and the tuned gold cases, see package
// benchtext) in a temporary directory, maps it on all cores, and prints the
// counts, the throughput and the peak resident set size (VmHWM of
// /proc/self/status, the kernel's high-water mark for the process). Run it
// from the repository root:
//
//	go run ./internal/cmd/rss -size 200
//	go run ./internal/cmd/rss -size 50
//
// Mapping runs in a child process (the program runs itself with -in), so
// that the peak it reports is that of mapping alone — start-up, the Mapper
// and the run — and not of generating the file. The peak is also read just
// before the run starts, to separate the run from the Mapper.
package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/digidip/digidip/corpus"
	"github.com/digidip/digidip/internal/benchtext"
)

func main() {
	size := flag.Int("size", 200, "size of the generated JSON Lines file, in MB (10⁶ bytes)")
	gold := flag.String("gold", "corpus/testdata/gold", "directory holding the tuned/ gold split, for realistic text")
	workers := flag.Int("workers", 0, "mapping goroutines (0: one per core)")
	window := flag.Int("window", 0, "records in flight (0: four per worker)")
	ordered := flag.Bool("ordered", false, "hand results out in input order")
	keep := flag.Bool("keep", false, "keep the generated file and print its path")
	in := flag.String("in", "", "map this JSON Lines file instead of generating one")
	flag.Parse()
	var err error
	if *in != "" {
		err = mapFile(os.Stdout, *in, *workers, *window, *ordered)
	} else {
		err = run(os.Stdout, *size, *gold, *keep)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "rss:", err)
		os.Exit(1)
	}
}

// run generates the archive and maps it in a child process, handing it
// the mapping flags.
func run(w io.Writer, sizeMB int, goldDir string, keep bool) error {
	if sizeMB <= 0 {
		return fmt.Errorf("-size %d: want a positive number of MB", sizeMB)
	}
	cases, err := corpus.ReadGoldDir(os.DirFS(goldDir), "tuned")
	if err != nil {
		return fmt.Errorf("reading gold cases: %w", err)
	}
	if len(cases) == 0 {
		return fmt.Errorf("no gold cases in %s/tuned: run from the repository root or set -gold", goldDir)
	}
	dir, err := os.MkdirTemp("", "digidip-rss-")
	if err != nil {
		return err
	}
	if !keep {
		defer os.RemoveAll(dir)
	}
	path := filepath.Join(dir, "archive.jsonl")
	articles, written, err := generate(path, benchtext.NewGen(benchtext.NewPool(cases), 1), int64(sizeMB)*1e6)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "generated %s: %d articles, %.1f MB\n", path, articles, float64(written)/1e6)
	if keep {
		fmt.Fprintf(w, "kept %s\n", path)
	}

	self, err := os.Executable()
	if err != nil {
		return err
	}
	args := []string{"-in", path}
	flag.Visit(func(f *flag.Flag) {
		switch f.Name {
		case "workers", "window", "ordered":
			args = append(args, "-"+f.Name+"="+f.Value.String())
		}
	})
	cmd := exec.Command(self, args...)
	cmd.Stdout, cmd.Stderr = w, os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("mapping in a child process: %w", err)
	}
	return nil
}

// mapFile maps the JSON Lines file at path with MapAll and reports counts,
// throughput and peak memory.
func mapFile(w io.Writer, path string, workers, window int, ordered bool) error {
	m, err := corpus.NewMapper()
	if err != nil {
		return err
	}
	// Start the measured run from a clean heap: what building the Mapper
	// left is garbage now, and returning it to the OS makes the rise in
	// VmRSS during the run the run's own.
	runtime.GC()
	debug.FreeOSMemory()
	before, err := memStatus()
	if err != nil {
		return err
	}
	cpuBefore := processCPU()

	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	opts := []corpus.BatchOption{corpus.Workers(workers), corpus.Window(window), corpus.Ordered(ordered)}
	var last corpus.BatchProgress
	opts = append(opts, corpus.OnProgress(func(p corpus.BatchProgress) { last = p }))
	peakRSSDuringRun := before.rss
	checked := time.Now()
	for r := range m.MapAll(context.Background(), corpus.ReadJSONLines(path, bufio.NewReaderSize(f, 1<<16)), opts...) {
		if r.Err != nil {
			fmt.Fprintf(os.Stderr, "record %d: %v\n", r.Seq, r.Err)
		}
		if time.Since(checked) > 100*time.Millisecond {
			checked = time.Now()
			if s, err := memStatus(); err == nil && s.rss > peakRSSDuringRun {
				peakRSSDuringRun = s.rss
			}
		}
	}
	cpu := processCPU() - cpuBefore
	after, err := memStatus()
	if err != nil {
		return err
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Fprintf(w, "workers %d, window %d, ordered %v, GOMAXPROCS %d\n", workers, window, ordered, runtime.GOMAXPROCS(0))
	fmt.Fprintf(w, "read %d, mapped %d, failed %d, %.1f MB of article text in %v: %.1f MB/s\n",
		last.Read, last.Mapped, last.Failed, float64(last.Bytes)/1e6, last.Elapsed.Round(time.Millisecond), last.MBPerSecond())
	if cpu > 0 {
		fmt.Fprintf(w, "CPU time %v: %.1f MB per CPU second (the per-core rate, whatever else the machine runs)\n",
			cpu.Round(time.Millisecond), float64(last.Bytes)/1e6/cpu.Seconds())
	}
	fmt.Fprintf(w, "peak RSS (VmHWM): %.1f MB before mapping, %.1f MB at the end; RSS sampled during the run peaked at %.1f MB\n",
		mb(before.hwm), mb(after.hwm), mb(peakRSSDuringRun))
	fmt.Fprintf(w, "Go heap: %.1f MB allocated in all, %d GC cycles; heap in use at the end %.1f MB\n",
		float64(ms.TotalAlloc)/1e6, ms.NumGC, float64(ms.HeapInuse)/1e6)
	return nil
}

// generate writes the archive to path.
func generate(path string, g *benchtext.Gen, size int64) (articles int, written int64, err error) {
	f, err := os.Create(path)
	if err != nil {
		return 0, 0, err
	}
	articles, written, err = benchtext.WriteJSONLines(f, g, size)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return articles, written, err
}

// memStatusValues holds the resident set size and its high-water mark, in bytes.
type memStatusValues struct {
	rss, hwm int64
}

// memStatus reads VmRSS and VmHWM from /proc/self/status (Linux).
func memStatus() (memStatusValues, error) {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return memStatusValues{}, fmt.Errorf("reading peak RSS: %w (this program needs Linux's /proc)", err)
	}
	var v memStatusValues
	for line := range strings.Lines(string(data)) {
		key, val, ok := strings.Cut(line, ":")
		if !ok || (key != "VmRSS" && key != "VmHWM") {
			continue
		}
		n, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(val), " kB"), 10, 64)
		if err != nil {
			return memStatusValues{}, fmt.Errorf("/proc/self/status: %s: %w", key, err)
		}
		if key == "VmRSS" {
			v.rss = n << 10
		} else {
			v.hwm = n << 10
		}
	}
	if v.hwm == 0 {
		return v, errors.New("/proc/self/status has no VmHWM line")
	}
	return v, nil
}

// processCPU returns the CPU time (user plus system, all threads) the
// process has used so far, or 0 where getrusage is not available.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func mb(b int64) float64 { return float64(b) / 1e6 }
