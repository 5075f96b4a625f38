// Command maparticle maps news articles onto the digital-policy frameworks
// digidip knows: which frameworks an article names and which of their
// elements it discusses, each with the passages that prove it.
//
// Usage:
//
//	maparticle [-format text|json|jsonl] [-quiet] [FILE ...]
//
// With no FILE it maps the embedded seed corpus (five Vietnamese articles)
// and prints a table. FILE "-" is standard input. A FILE is read by its
// extension:
//
//   - .txt: the first non-empty line is the title, the rest the body;
//   - .json: one article {"id","title","body","lang","url","published","source"}
//     (only "body" is required; an "id" given is echoed back unchanged);
//   - .jsonl: one article per line.
//
// Standard input is read as JSON when it is one JSON object (on one line or
// pretty-printed over many), as JSON Lines when it holds several, one per
// line (its first two non-blank lines both start with "{"), and as text
// otherwise.
//
// Output formats:
//
//   - text (default): a summary table, one row per article, then each
//     article's frameworks and elements with their first evidence;
//   - jsonl: one Mapping per article per line,
//     {"article":{"id","title","lang"},"frameworks":[{"id","score","evidence":[E]}],"elements":[…]}
//     with E = {"field","start","end","text","sentence","term"}, start and end
//     being byte offsets into the original title or body;
//   - json: the same objects in one indented JSON array.
//
// jsonl and json are written as articles are mapped, so memory stays flat
// however large the input; text prints its table first and so holds every
// mapping until the end (use jsonl for archives).
//
// Articles are mapped on all cores, in input order. On standard error a
// progress line appears for runs longer than two seconds, and a summary
// (read, mapped, failed, MB/s) at the end; -quiet turns both off.
//
// A bad input (an unreadable file, invalid UTF-8, a bad JSON line) yields
// {"source":…,"error":…} in its place (a line "ERROR …" in text), the other
// inputs are still mapped, and the exit status is 1. Usage errors exit 2.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"sync"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"github.com/digidip/digidip/corpus"
)

const (
	exitOK    = 0
	exitError = 1
	exitUsage = 2
)

// maxStdin bounds what is read from standard input.
const maxStdin = 256 << 20

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// record is one output item: a mapping, or the error of one input.
type record struct {
	mapping *corpus.Mapping
	source  string
	err     error
}

// errorRecord is the JSON shape of a bad input.
type errorRecord struct {
	Source string `json:"source"`
	Error  string `json:"error"`
}

// run is the whole program with its inputs and outputs passed in, so that
// tests can drive it. It returns the exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("maparticle", flag.ContinueOnError)
	flags.SetOutput(stderr)
	format := flags.String("format", "text", "output format: text, json or jsonl")
	quiet := flags.Bool("quiet", false, "print no progress line and no summary on standard error")
	flags.Usage = func() {
		fmt.Fprintf(stderr, "usage: maparticle [-format text|json|jsonl] [-quiet] [FILE ...]\n\n"+
			"Maps articles (.txt, .json, .jsonl; - for standard input) onto digidip's frameworks.\n"+
			"With no FILE, maps the embedded seed corpus.\n\nFlags:\n")
		flags.PrintDefaults()
	}
	if err := flags.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	switch *format {
	case "text", "json", "jsonl":
	default:
		fmt.Fprintf(stderr, "maparticle: unknown -format %q (want text, json or jsonl)\n", *format)
		return exitUsage
	}
	mapper, err := corpus.NewMapper()
	if err != nil {
		fmt.Fprintf(stderr, "maparticle: %v\n", err)
		return exitError
	}

	var out output
	switch *format {
	case "text":
		out = &textOutput{w: stdout}
	case "json":
		out = &jsonOutput{w: stdout}
	default:
		out = &jsonlOutput{enc: json.NewEncoder(stdout)}
	}
	status := exitOK
	emit := func(r record) bool {
		if r.err != nil {
			status = exitError
		}
		if err := out.write(r); err != nil {
			fmt.Fprintf(stderr, "maparticle: write: %v\n", err)
			status = exitError
			return false
		}
		return true
	}

	// Every input is one stream of articles, mapped on all cores in input
	// order. The name of each record's input is kept only while the record
	// is in flight, so memory stays bounded whatever the input's size.
	var mu sync.Mutex
	sources := map[int]string{}
	src := func(yield func(corpus.Article, error) bool) {
		seq := 0
		put := func(name string, a corpus.Article, err error) bool {
			mu.Lock()
			sources[seq] = name
			mu.Unlock()
			seq++
			return yield(a, err)
		}
		if flags.NArg() == 0 {
			for _, a := range corpus.Seeds() {
				if !put(a.ID, a, nil) {
					return
				}
			}
		}
		for _, name := range flags.Args() {
			for a, err := range readInput(name, stdin) {
				if !put(name, a, err) {
					return
				}
			}
		}
	}
	prog := &progressLine{w: stderr, quiet: *quiet}
	for res := range mapper.MapAll(ctx, src, corpus.Ordered(true), corpus.OnProgress(prog.update)) {
		mu.Lock()
		source := sources[res.Seq]
		delete(sources, res.Seq)
		mu.Unlock()
		r := record{source: source, err: res.Err}
		if res.Seq < 0 {
			r.source = "maparticle"
		} else if res.Err == nil {
			m := res.Mapping
			r.mapping = &m
		}
		if !emit(r) {
			break
		}
	}
	prog.finish()
	if err := out.close(); err != nil {
		fmt.Fprintf(stderr, "maparticle: write: %v\n", err)
		return exitError
	}
	return status
}

// readInput yields the articles of one FILE argument.
func readInput(name string, stdin io.Reader) func(func(corpus.Article, error) bool) {
	if name != "-" {
		return corpus.ReadFile(name)
	}
	return func(yield func(corpus.Article, error) bool) {
		f, r, err := sniffStdin(&limitedStdin{r: stdin, left: maxStdin})
		if err != nil {
			yield(corpus.Article{}, err)
			return
		}
		for a, err := range corpus.Read("<stdin>", r, f) {
			if !yield(a, err) {
				return
			}
		}
	}
}

// errStdinTooLarge is the error of reading more than maxStdin bytes.
var errStdinTooLarge = fmt.Errorf("standard input larger than %d bytes", maxStdin)

// limitedStdin reads r up to left bytes and fails with errStdinTooLarge
// beyond, so that an oversized input is an error, not a silent cut.
type limitedStdin struct {
	r    io.Reader
	left int64
}

func (l *limitedStdin) Read(p []byte) (int, error) {
	if l.left < 0 {
		return 0, errStdinTooLarge
	}
	if int64(len(p)) > l.left+1 {
		p = p[:l.left+1] // one byte more than allowed tells a too-large input
	}
	n, err := l.r.Read(p)
	l.left -= int64(n)
	if l.left < 0 {
		return 0, errStdinTooLarge
	}
	return n, err
}

// sniffStdin tells the format of standard input as the package comment
// says: text unless the first non-blank line starts with "{"; then JSON
// Lines when the second non-blank line starts with "{" too, and one JSON
// document otherwise (so a pretty-printed object, whose second line is a
// member, is JSON). It reads only up to the first byte of the second
// non-blank line and returns a reader that yields the whole input again,
// so JSON Lines still stream. (bufio.Reader.Peek cannot look past its
// buffer, and a first JSON Lines record may be longer than any buffer.)
func sniffStdin(r io.Reader) (corpus.Format, io.Reader, error) {
	var head []byte
	buf := make([]byte, 32<<10)
	lines := 0           // non-blank lines begun so far
	lineHasText := false // the current line has a byte other than white space
	for {
		n, err := r.Read(buf)
		for _, b := range buf[:n] {
			switch {
			case b == '\n':
				lineHasText = false
			case lineHasText || b == ' ' || b == '\t' || b == '\r' || b == '\v' || b == '\f':
			default:
				lineHasText = true
				lines++
				if lines == 1 && b != '{' || lines == 2 {
					f := corpus.FormatText
					switch {
					case lines == 2 && b == '{':
						f = corpus.FormatJSONLines
					case lines == 2:
						f = corpus.FormatJSON
					}
					return f, io.MultiReader(bytes.NewReader(append(head, buf[:n]...)), r), nil
				}
			}
		}
		head = append(head, buf[:n]...)
		if err == io.EOF {
			f := corpus.FormatText
			if lines == 1 {
				f = corpus.FormatJSON
			}
			return f, bytes.NewReader(head), nil
		}
		if errors.Is(err, errStdinTooLarge) {
			return 0, nil, err
		}
		if err != nil {
			return 0, nil, fmt.Errorf("read standard input: %w", err)
		}
	}
}

// progressLine shows, on standard error, how far a long run has got (after
// two seconds, at most twice a second) and a summary at the end.
type progressLine struct {
	w      io.Writer
	quiet  bool
	last   corpus.BatchProgress
	shown  time.Duration // Elapsed when the line was last drawn
	active bool          // a progress line is on the screen
}

func (p *progressLine) update(bp corpus.BatchProgress) {
	p.last = bp
	if p.quiet || bp.Final || bp.Elapsed < 2*time.Second || bp.Elapsed-p.shown < 500*time.Millisecond {
		return
	}
	p.shown = bp.Elapsed
	p.active = true
	fmt.Fprintf(p.w, "\rmaparticle: %s", summary(bp))
}

func (p *progressLine) finish() {
	if p.quiet {
		return
	}
	if p.active {
		fmt.Fprint(p.w, "\r")
	}
	fmt.Fprintf(p.w, "maparticle: %s\n", summary(p.last))
}

func summary(bp corpus.BatchProgress) string {
	size := fmt.Sprintf("%.1f MB", float64(bp.Bytes)/1e6)
	if bp.Bytes < 1e6 { // the seeds are 47 KB: "0.0 MB" would say nothing
		size = fmt.Sprintf("%.0f KB", float64(bp.Bytes)/1e3)
	}
	return fmt.Sprintf("read %d, mapped %d, failed %d; %s in %v (%.1f MB/s)",
		bp.Read, bp.Mapped, bp.Failed, size, bp.Elapsed.Round(time.Millisecond), bp.MBPerSecond())
}

// An output writes records in one format.
type output interface {
	write(record) error
	close() error
}

type jsonlOutput struct{ enc *json.Encoder }

func (o *jsonlOutput) write(r record) error {
	if r.err != nil {
		return o.enc.Encode(errorRecord{Source: r.source, Error: r.err.Error()})
	}
	return o.enc.Encode(r.mapping)
}

func (o *jsonlOutput) close() error { return nil }

type jsonOutput struct {
	w io.Writer
	n int // records written
}

// write streams each record as the next element of one indented JSON array,
// so that memory stays flat however many articles are mapped; the bytes
// are those json.MarshalIndent gives for the whole array.
func (o *jsonOutput) write(r record) error {
	var item any = r.mapping
	if r.err != nil {
		item = errorRecord{Source: r.source, Error: r.err.Error()}
	}
	data, err := json.MarshalIndent(item, "  ", "  ")
	if err != nil {
		return err
	}
	sep := ",\n  "
	if o.n == 0 {
		sep = "[\n  "
	}
	o.n++
	if _, err := io.WriteString(o.w, sep); err != nil {
		return err
	}
	_, err = o.w.Write(data)
	return err
}

func (o *jsonOutput) close() error {
	end := "\n]\n"
	if o.n == 0 {
		end = "[]\n"
	}
	_, err := io.WriteString(o.w, end)
	return err
}

// textOutput collects the records and prints a summary table followed by
// the details of each article.
type textOutput struct {
	w       io.Writer
	records []record
}

func (o *textOutput) write(r record) error {
	o.records = append(o.records, r)
	return nil
}

func (o *textOutput) close() error {
	tw := tabwriter.NewWriter(o.w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ARTICLE\tLANG\tFRAMEWORKS\tELEMENTS\tTITLE")
	for _, r := range o.records {
		if r.err != nil {
			fmt.Fprintf(tw, "ERROR\t\t\t\t%s: %v\n", r.source, r.err)
			continue
		}
		m := r.mapping
		var fws []string
		for _, f := range m.Frameworks {
			fws = append(fws, string(f.ID))
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", shorten(m.Article.ID, 22), orDash(m.Article.Lang),
			orDash(strings.Join(fws, " ")), orDash(elementCodes(m.Elements)), shorten(m.Article.Title, 40))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, r := range o.records {
		if r.err != nil {
			continue
		}
		m := r.mapping
		fmt.Fprintf(o.w, "\n%s  %s\n", m.Article.ID, shorten(m.Article.Title, 80))
		if len(m.Frameworks) == 0 && len(m.Elements) == 0 {
			fmt.Fprintln(o.w, "  (no framework named, no element discussed)")
			continue
		}
		tw := tabwriter.NewWriter(o.w, 0, 0, 2, ' ', 0)
		for _, f := range m.Frameworks {
			e := f.Evidence[0]
			fmt.Fprintf(tw, "  framework %s\t%.2f\t%d×\t%s %d: %q\n", f.ID, f.Score, len(f.Evidence), e.Field, e.Sentence, shorten(e.Text, 60))
		}
		for _, el := range m.Elements {
			e := el.Evidence[0]
			fmt.Fprintf(tw, "  element   %s\t%.2f\t%d×\t%s %d: %q\n", el.ID, el.Score, len(el.Evidence), e.Field, e.Sentence, shorten(e.Text, 60))
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	return nil
}

// elementCodes lists element IDs compactly, grouped by framework in the
// order the frameworks first appear, codes sorted: "bali:FA1,FA2 icdd2021:S1".
func elementCodes(els []corpus.ElementMatch) string {
	var order []string
	codes := map[string][]string{}
	for _, e := range els {
		fw := string(e.ID.Framework())
		if _, ok := codes[fw]; !ok {
			order = append(order, fw)
		}
		codes[fw] = append(codes[fw], e.ID.Code())
	}
	var parts []string
	for _, fw := range order {
		slices.SortFunc(codes[fw], func(a, b string) int {
			if len(a) != len(b) {
				return len(a) - len(b)
			}
			return strings.Compare(a, b)
		})
		parts = append(parts, fw+":"+strings.Join(codes[fw], ","))
	}
	return strings.Join(parts, " ")
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// shorten cuts s to at most n runes, marking the cut with "…".
func shorten(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	runes := []rune(s)
	return string(runes[:n-1]) + "…"
}
