package corpus_test

// Robustness tests: every limit and every class of bad input gives the
// exact typed error and says where; a batch with bad records loses no good
// one; a Mapper shared by many goroutines answers as it does alone; and the
// readers and the query parser survive arbitrary input (fuzz targets).

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"github.com/digidip/digidip"
	"github.com/digidip/digidip/corpus"
	"github.com/digidip/digidip/corpus/lexicon"
	"github.com/digidip/digidip/corpus/textnorm"
	"github.com/digidip/digidip/schema"
)

// robustGold returns the team's written gold cases, both splits.
func robustGold(tb testing.TB) []corpus.GoldCase {
	tb.Helper()
	var out []corpus.GoldCase
	for _, split := range []string{"tuned", "heldout"} {
		cases, err := corpus.ReadGoldDir(os.DirFS("testdata/gold"), split)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, cases...)
	}
	return out
}

// robustReadOne reads the first article or error of input in format f.
func robustReadOne(name string, input string, f corpus.Format, opts ...corpus.ReadOption) (corpus.Article, error) {
	for a, err := range corpus.Read(name, strings.NewReader(input), f, opts...) {
		return a, err
	}
	return corpus.Article{}, errors.New("the reader yielded nothing")
}

// TestReaderErrorsSayWhere checks, for every limit and every class of bad
// input, the exact error a reader returns: the sentinel (errors.Is), the
// *InputError position (file, line, column, byte offset), and for a bad
// member the *FieldError's JSON pointer or the *json.SyntaxError.
func TestReaderErrorsSayWhere(t *testing.T) {
	oversize := strings.Repeat("a", corpus.DefaultMaxArticleSize+1)
	tests := []struct {
		name    string
		format  corpus.Format
		input   string
		opts    []corpus.ReadOption
		is      error  // sentinel the error must match, if any
		syntax  bool   // the cause must be a *json.SyntaxError
		pointer string // the *FieldError's pointer, if any
		want    digidip.Position
	}{
		{
			name: "text above the default size", format: corpus.FormatText, input: oversize,
			is:   corpus.ErrTooLarge,
			want: digidip.Position{File: "in", Offset: corpus.DefaultMaxArticleSize},
		},
		{
			name: "text above a configured size", format: corpus.FormatText, input: "Tiêu đề\n" + strings.Repeat("x", 100),
			opts: []corpus.ReadOption{corpus.MaxArticleSize(64)},
			is:   corpus.ErrTooLarge,
			want: digidip.Position{File: "in", Offset: 64},
		},
		{
			name: "JSON above a configured size", format: corpus.FormatJSON, input: `{"body":"` + strings.Repeat("x", 100) + `"}`,
			opts: []corpus.ReadOption{corpus.MaxArticleSize(64)},
			is:   corpus.ErrTooLarge,
			want: digidip.Position{File: "in", Offset: 64},
		},
		{
			// The line fits the line limit, the article does not fit
			// the article limit.
			name: "JSON Lines article above a configured size", format: corpus.FormatJSONLines,
			input: "\n" + `{"body":"` + strings.Repeat("x", 100) + `"}`,
			opts:  []corpus.ReadOption{corpus.MaxArticleSize(64)},
			is:    corpus.ErrTooLarge,
			want:  digidip.Position{File: "in", Offset: 1, Line: 2},
		},
		{
			name: "JSON Lines line too long", format: corpus.FormatJSONLines,
			input: `{"body":"` + strings.Repeat("x", 100) + `"}` + "\n",
			opts:  []corpus.ReadOption{corpus.MaxLineSize(64)},
			is:    corpus.ErrLineTooLong,
			want:  digidip.Position{File: "in", Offset: 0, Line: 1, Column: 1},
		},
		{
			name: "text invalid UTF-8", format: corpus.FormatText, input: "Tiêu đề\nNgoại \xffgiao",
			is:   corpus.ErrInvalidUTF8,
			want: digidip.Position{File: "in", Offset: 20, Line: 2, Column: 9},
		},
		{
			name: "text truncated multi-byte character", format: corpus.FormatText, input: "Tiêu đề\nNgoại gi\xe1\xba",
			is:   corpus.ErrInvalidUTF8,
			want: digidip.Position{File: "in", Offset: 22, Line: 2, Column: 11},
		},
		{
			name: "JSON invalid UTF-8", format: corpus.FormatJSON, input: "{\"title\":\"T\",\n\"body\":\"ab\xc0\xafc\"}",
			is:   corpus.ErrInvalidUTF8,
			want: digidip.Position{File: "in", Offset: 24, Line: 2, Column: 11},
		},
		{
			name: "JSON Lines invalid UTF-8 on line 2", format: corpus.FormatJSONLines,
			input: `{"body":"ok"}` + "\n" + "{\"body\":\"\xed\xa0\x80\"}\n",
			is:    corpus.ErrInvalidUTF8,
			want:  digidip.Position{File: "in", Offset: 23, Line: 2, Column: 10},
		},
		{
			name: "text blank", format: corpus.FormatText, input: "\ufeff \n\t\r\n",
			is:   corpus.ErrEmpty,
			want: digidip.Position{File: "in", Offset: -1},
		},
		{
			name: "JSON blank title and body", format: corpus.FormatJSON, input: `{"title":" ","body":"\n"}`,
			is:   corpus.ErrEmpty,
			want: digidip.Position{File: "in", Offset: 0, Line: 1},
		},
		{
			name: "JSON nested beyond encoding/json's depth limit", format: corpus.FormatJSON,
			input:  `{"body":"x","title":` + strings.Repeat("[", 20000) + strings.Repeat("]", 20000) + `}`,
			syntax: true,
			want:   digidip.Position{File: "in", Offset: 10019, Line: 1, Column: 10020},
		},
		{
			name: "JSON nested member of the wrong type", format: corpus.FormatJSON,
			input:   `{"body":"x","title":` + strings.Repeat("[", 300) + strings.Repeat("]", 300) + `}`,
			pointer: "/title",
			want:    digidip.Position{File: "in", Offset: 12, Line: 1, Column: 13},
		},
		{
			name: "JSON malformed", format: corpus.FormatJSON, input: "{\"body\":\"x\",\n}",
			syntax: true,
			want:   digidip.Position{File: "in", Offset: 13, Line: 2, Column: 1},
		},
		{
			name: "JSON unknown field", format: corpus.FormatJSON, input: `{"body":"x", "titel":"y"}`,
			is: corpus.ErrUnknownField, pointer: "/titel",
			want: digidip.Position{File: "in", Offset: 13, Line: 1, Column: 14},
		},
		{
			name: "JSON missing body", format: corpus.FormatJSON, input: `{"title":"x"}`,
			is: corpus.ErrMissingBody, pointer: "/body",
			// The member is missing, so the position is the record's start.
			want: digidip.Position{File: "in", Offset: 0, Line: 1},
		},
		{
			name: "JSON Lines bad date on line 3", format: corpus.FormatJSONLines,
			input:   "{\"body\":\"a\"}\n\n{\"body\":\"b\",\"published\":\"16/11/2021\"}\n",
			pointer: "/published",
			want:    digidip.Position{File: "in", Offset: 26, Line: 3, Column: 13},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// JSON Lines yields the good records first; the case's
			// error is the first error.
			var err error
			for _, e := range corpus.Read("in", strings.NewReader(tt.input), tt.format, tt.opts...) {
				if e != nil {
					err = e
					break
				}
			}
			var ie *corpus.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error %T (%v) is not a *corpus.InputError", err, err)
			}
			if diff := cmp.Diff(tt.want, ie.Pos); diff != "" {
				t.Errorf("position of %v (-want +got):\n%s", err, diff)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("error %v does not match %v", err, tt.is)
			}
			var syn *json.SyntaxError
			if got := errors.As(err, &syn); got != tt.syntax {
				t.Errorf("error %v: *json.SyntaxError %v, want %v", err, got, tt.syntax)
			}
			var fe *corpus.FieldError
			if errors.As(err, &fe) != (tt.pointer != "") || (fe != nil && fe.Pointer != tt.pointer) {
				t.Errorf("error %v: field error %+v, want pointer %q", err, fe, tt.pointer)
			}
		})
	}
}

// TestJSONSyntaxErrorPosition: a JSON syntax error is placed at the
// offending byte, as schema.Validate places it, not one byte later, although
// json.SyntaxError.Offset counts the bad byte as already read.
func TestJSONSyntaxErrorPosition(t *testing.T) {
	tests := []struct {
		input string
		want  digidip.Position
	}{
		{`{"body":"x",}`, digidip.Position{File: "in", Offset: 12, Line: 1, Column: 13}},
		{"{\"body\":\"x\",\n}", digidip.Position{File: "in", Offset: 13, Line: 2, Column: 1}},
		{`{"body" "x"}`, digidip.Position{File: "in", Offset: 8, Line: 1, Column: 9}},
	}
	for _, tt := range tests {
		_, err := corpus.ReadJSON("in", strings.NewReader(tt.input))
		var ie *corpus.InputError
		if !errors.As(err, &ie) {
			t.Fatalf("ReadJSON(%q) = %v, want an *InputError", tt.input, err)
		}
		if diff := cmp.Diff(tt.want, ie.Pos); diff != "" {
			t.Errorf("ReadJSON(%q): %v (-want +got):\n%s", tt.input, err, diff)
		}
	}
}

// TestReaderLimitBoundaries checks that each reader limit is inclusive:
// exactly the limit is read, one byte more is an error.
func TestReaderLimitBoundaries(t *testing.T) {
	const limit = 64
	text := "T\n" + strings.Repeat("x", limit-2)
	if _, err := robustReadOne("in", text, corpus.FormatText, corpus.MaxArticleSize(limit)); err != nil {
		t.Errorf("text of exactly %d bytes: %v", limit, err)
	}
	if _, err := robustReadOne("in", text+"x", corpus.FormatText, corpus.MaxArticleSize(limit)); !errors.Is(err, corpus.ErrTooLarge) {
		t.Errorf("text of %d bytes: %v, want ErrTooLarge", limit+1, err)
	}
	line := `{"body":"` + strings.Repeat("x", limit-11) + `"}`
	for _, end := range []string{"", "\n", "\r\n"} {
		if _, err := robustReadOne("in", line+end, corpus.FormatJSONLines, corpus.MaxLineSize(limit)); err != nil {
			t.Errorf("line of exactly %d bytes and %q: %v", limit, end, err)
		}
	}
}

// TestLineLimitIsExact: MaxLineSize is the longest record without its
// newline, so a record of limit+1 or limit+2 bytes is ErrLineTooLong, with
// or without a newline after it: the room ReadJSONLines keeps for "\r\n"
// must not let a longer record through.
func TestLineLimitIsExact(t *testing.T) {
	const limit = 64
	for _, extra := range []int{1, 2} {
		line := `{"body":"` + strings.Repeat("x", limit-11+extra) + `"}`
		for _, end := range []string{"", "\n"} {
			if _, err := robustReadOne("in", line+end, corpus.FormatJSONLines, corpus.MaxLineSize(limit)); !errors.Is(err, corpus.ErrLineTooLong) {
				t.Errorf("record of %d bytes and %q: %v, want ErrLineTooLong", len(line), end, err)
			}
		}
	}
}

// TestMapperErrorsSayWhere checks the limits Map enforces itself, for
// articles built in code rather than read: the size limit (default and
// configured) and invalid UTF-8 with its field and byte offset.
func TestMapperErrorsSayWhere(t *testing.T) {
	m := robustMapper(t)
	small, err := corpus.NewMapper(corpus.WithMaxArticleSize(100))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		mapper *corpus.Mapper
		a      corpus.Article
		is     error
		want   corpus.MapError // Err aside
	}{
		{
			name: "above the default size", mapper: m,
			a:  corpus.Article{ID: "big", Title: "T", Body: strings.Repeat("a ", corpus.DefaultMaxMapSize/2)},
			is: corpus.ErrTooLarge, want: corpus.MapError{Article: "big"},
		},
		{
			name: "above a configured size, title and body together", mapper: small,
			a:  corpus.Article{ID: "t+b", Title: strings.Repeat("t", 50), Body: strings.Repeat("b", 51)},
			is: corpus.ErrTooLarge, want: corpus.MapError{Article: "t+b"},
		},
		{
			name: "invalid UTF-8 in the title", mapper: m,
			a:  corpus.Article{ID: "t", Title: "Thông\xffđiệp", Body: "\xff"},
			is: corpus.ErrInvalidUTF8, want: corpus.MapError{Article: "t", Field: corpus.FieldTitle, Offset: 6},
		},
		{
			name: "invalid UTF-8 in the body", mapper: m,
			a:  corpus.Article{ID: "b", Title: "Thông điệp", Body: "Hội nghị ASEAN \xe1\xbb"},
			is: corpus.ErrInvalidUTF8, want: corpus.MapError{Article: "b", Field: corpus.FieldBody, Offset: 19},
		},
		{
			name: "surrogate half in the body", mapper: m,
			a:  corpus.Article{ID: "s", Body: "ab\xed\xa0\x80"},
			is: corpus.ErrInvalidUTF8, want: corpus.MapError{Article: "s", Field: corpus.FieldBody, Offset: 2},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.mapper.Map(context.Background(), tt.a)
			var me *corpus.MapError
			if !errors.As(err, &me) {
				t.Fatalf("error %T (%v) is not a *corpus.MapError", err, err)
			}
			if !errors.Is(err, tt.is) {
				t.Errorf("error %v does not match %v", err, tt.is)
			}
			got := *me
			got.Err = nil
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("MapError of %v (-want +got):\n%s", err, diff)
			}
		})
	}
}

// TestMapEmptyArticle: an article without text is an error, as the issue
// (item 2) asks and MapError's documentation says: a *MapError naming the
// article and wrapping ErrEmpty, not an empty Mapping.
func TestMapEmptyArticle(t *testing.T) {
	m := robustMapper(t)
	for _, a := range []corpus.Article{{ID: "empty"}, {ID: "blank", Title: " ", Body: "\n\t\n"}} {
		_, err := m.Map(context.Background(), a)
		var me *corpus.MapError
		if !errors.As(err, &me) || !errors.Is(err, corpus.ErrEmpty) || me.Article != a.ID {
			t.Errorf("Map(%q) = %v, want a *MapError for %q wrapping ErrEmpty", a.ID, err, a.ID)
		}
	}
}

// TestQueryLimits checks that each limit of the lexicon query language gives
// a *lexicon.QueryError matching its sentinel at the byte where the limit
// was crossed, and that a query just inside each limit parses.
func TestQueryLimits(t *testing.T) {
	terms := func(n int) string {
		w := make([]string, n)
		for i := range w {
			w[i] = fmt.Sprintf("t%d", i)
		}
		return strings.Join(w, " OR ")
	}
	nest := func(n int) string { return strings.Repeat("(", n) + "a" + strings.Repeat(")", n) }
	nots := func(n int) string { return "a AND " + strings.Repeat("NOT ", n) + "b" }
	tests := []struct {
		name       string
		query      string
		is         error // nil: the query must parse
		wantOffset int
	}{
		{name: "terms at the limit", query: terms(lexicon.MaxQueryTerms)},
		{name: "one term too many", query: terms(lexicon.MaxQueryTerms + 1), is: lexicon.ErrTooManyTerms,
			wantOffset: strings.LastIndex(terms(lexicon.MaxQueryTerms+1), "t")},
		// The query itself is the first level, so MaxQueryDepth-1
		// parentheses or NOTs may nest inside it.
		{name: "parentheses at the limit", query: nest(lexicon.MaxQueryDepth - 1)},
		{name: "parentheses one too deep", query: nest(lexicon.MaxQueryDepth), is: lexicon.ErrTooDeep,
			wantOffset: lexicon.MaxQueryDepth},
		{name: "NOT chain at the limit", query: nots(lexicon.MaxQueryDepth - 1)},
		{name: "NOT chain one too deep", query: nots(lexicon.MaxQueryDepth), is: lexicon.ErrTooDeep,
			wantOffset: len("a AND ") + 4*(lexicon.MaxQueryDepth-1)},
		{name: "longer than MaxQueryLen", query: strings.Repeat("a", lexicon.MaxQueryLen+1), is: lexicon.ErrTooLong,
			wantOffset: lexicon.MaxQueryLen},
		{name: "NEAR beyond MaxNear", query: fmt.Sprintf("NEAR/%d(a, b)", lexicon.MaxNear+1), is: lexicon.ErrSyntax,
			wantOffset: 0},
		{name: "unclosed parenthesis", query: "(a AND b", is: lexicon.ErrSyntax, wantOffset: 8},
		{name: "unclosed quote", query: `a AND "b`, is: lexicon.ErrSyntax, wantOffset: 6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := lexicon.Parse(tt.query)
			if tt.is == nil {
				if err != nil {
					t.Fatalf("Parse: %v", err)
				}
				return
			}
			var qe *lexicon.QueryError
			if !errors.As(err, &qe) || !errors.Is(err, tt.is) {
				t.Fatalf("Parse error %T (%v), want a *lexicon.QueryError matching %v", err, err, tt.is)
			}
			if qe.Offset != tt.wantOffset {
				t.Errorf("offset %d, want %d (%v)", qe.Offset, tt.wantOffset, err)
			}
		})
	}
}

// TestSchemaDepthLimit checks that schema validation refuses deep nesting
// with a *schema.DepthError at the first bracket past schema.MaxDepth.
func TestSchemaDepthLimit(t *testing.T) {
	doc := `{"body":"x","title":` + strings.Repeat("[", schema.MaxDepth) + strings.Repeat("]", schema.MaxDepth) + `}`
	err := schema.Validate(schema.Article, []byte(doc))
	var de *schema.DepthError
	if !errors.As(err, &de) || !errors.Is(err, schema.ErrInvalid) {
		t.Fatalf("Validate = %T (%v), want a *schema.DepthError", err, err)
	}
	// The object is level 1, so the bracket opening level MaxDepth+1 is
	// the MaxDepth-th '['.
	if want := int64(len(`{"body":"x","title":`) + schema.MaxDepth - 1); de.Offset != want || de.Limit != schema.MaxDepth {
		t.Errorf("DepthError offset %d limit %d, want %d and %d", de.Offset, de.Limit, want, schema.MaxDepth)
	}
}

// robustLine is one line of the test batch and what must come of it.
type robustLine struct {
	text string
	bad  error // sentinel of the expected error; errRobustSyntax for a *json.SyntaxError
}

var errRobustSyntax = errors.New("JSON syntax error")

// robustBatch is a JSON Lines batch with bad records among good ones: good
// lines first, last and between every kind of bad line, and a blank line
// (which is neither).
var robustBatch = []robustLine{
	{text: `{"id":"good-1","title":"Thông điệp Bali","body":"Hội nghị thông qua Thông điệp Bali về chuyển đổi số."}`},
	{text: `{"id":"syntax","body":"x",}`, bad: errRobustSyntax},
	{text: `{"id":"good-2","body":"Viet Nam backs the ASEAN Digital Masterplan 2025 and cross-border data flows."}`},
	{text: "{\"id\":\"utf8\",\"body\":\"Ngo\xe1i giao\"}", bad: corpus.ErrInvalidUTF8},
	{text: ""},
	{text: `{"id":"unknown","text":"the body under the wrong name"}`, bad: corpus.ErrUnknownField},
	{text: `{"id":"empty","body":"   "}`, bad: corpus.ErrEmpty},
	{text: `{"id":"good-3","title":"Tuyên bố Boracay","body":"Các bộ trưởng số ASEAN nhắc lại Tuyên bố Boracay."}`},
	{text: `[1,2,3]`, bad: errRobustShape},
	{text: `{"id":"good-4","body":"Nothing about policy here, only the weather."}`},
}

// errRobustShape: valid JSON that is not an article object.
var errRobustShape = errors.New("not an article object")

func robustBatchInput() string {
	var b strings.Builder
	for _, l := range robustBatch {
		b.WriteString(l.text)
		b.WriteByte('\n')
	}
	return b.String()
}

// TestBatchLosesNothing reads a JSON Lines batch with bad lines in the
// middle and maps every article read: every good line gives a mapping,
// every bad line an error with its line number, and read = mapped + failed.
func TestBatchLosesNothing(t *testing.T) {
	m := robustMapper(t)
	var wantGood []string
	wantBad := map[int]error{}
	for i, l := range robustBatch {
		switch {
		case l.text == "":
		case l.bad != nil:
			wantBad[i+1] = l.bad
		default:
			var a struct{ ID string }
			if err := json.Unmarshal([]byte(l.text), &a); err != nil {
				t.Fatal(err)
			}
			wantGood = append(wantGood, a.ID)
		}
	}

	read, mapped, failed := 0, 0, 0
	var gotGood []string
	gotBad := map[int]error{}
	for a, err := range corpus.ReadJSONLines("batch.jsonl", strings.NewReader(robustBatchInput())) {
		read++
		if err != nil {
			failed++
			var ie *corpus.InputError
			if !errors.As(err, &ie) || ie.Pos.File != "batch.jsonl" {
				t.Errorf("error %v is not an *InputError naming the file", err)
				continue
			}
			gotBad[ie.Pos.Line] = err
			continue
		}
		mp, err := m.Map(context.Background(), a)
		if err != nil {
			failed++
			t.Errorf("Map(%s): %v", a.ID, err)
			continue
		}
		mapped++
		gotGood = append(gotGood, mp.Article.ID)
	}
	if read != mapped+failed {
		t.Errorf("read %d = mapped %d + failed %d does not hold", read, mapped, failed)
	}
	if read != len(wantGood)+len(wantBad) {
		t.Errorf("read %d records, want %d good and %d bad", read, len(wantGood), len(wantBad))
	}
	if diff := cmp.Diff(wantGood, gotGood); diff != "" {
		t.Errorf("mapped articles (-want +got):\n%s", diff)
	}
	for line, want := range wantBad {
		got, ok := gotBad[line]
		switch {
		case !ok:
			t.Errorf("line %d: no error, want %v", line, want)
		case want == errRobustSyntax:
			var syn *json.SyntaxError
			if !errors.As(got, &syn) {
				t.Errorf("line %d: %v, want a JSON syntax error", line, got)
			}
		case want == errRobustShape:
			var fe *corpus.FieldError
			var syn *json.SyntaxError
			var ute *json.UnmarshalTypeError
			if !errors.As(got, &fe) && !errors.As(got, &syn) && !errors.As(got, &ute) {
				t.Errorf("line %d: %v (%T), want an error saying it is not an object", line, got, got)
			}
		case !errors.Is(got, want):
			t.Errorf("line %d: %v, want %v", line, got, want)
		}
	}
	for line, err := range gotBad {
		if _, ok := wantBad[line]; !ok {
			t.Errorf("line %d: unexpected error %v", line, err)
		}
	}
}

// TestMaparticleBatch runs the maparticle example on a batch with bad
// lines: one JSON line out per record in, an error record
// {"source","error"} naming the line for each bad one, a mapping for each
// good one, and exit status 1.
func TestMaparticleBatch(t *testing.T) {
	if testing.Short() {
		t.Skip("builds examples/maparticle")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "maparticle")
	build := exec.Command(goTool, "build", "-o", bin, "github.com/digidip/digidip/examples/maparticle")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	input := filepath.Join(dir, "batch.jsonl")
	if err := os.WriteFile(input, []byte(robustBatchInput()), 0o600); err != nil {
		t.Fatal(err)
	}

	cmd := exec.Command(bin, "-format", "jsonl", input)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 1 {
		t.Errorf("exit: %v, want status 1 (stderr: %s)", err, stderr.String())
	}

	// One output line per non-blank input line, in input order.
	type record struct {
		raw    []byte
		fields map[string]json.RawMessage
	}
	var records []record
	sc := bufio.NewScanner(&stdout)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		r := record{raw: bytes.Clone(sc.Bytes())}
		if err := json.Unmarshal(r.raw, &r.fields); err != nil {
			t.Fatalf("output line %q is not a JSON object: %v", r.raw, err)
		}
		records = append(records, r)
	}
	var want []robustLine
	var lineNo []int
	for i, l := range robustBatch {
		if l.text != "" {
			want = append(want, l)
			lineNo = append(lineNo, i+1)
		}
	}
	if len(records) != len(want) {
		t.Fatalf("%d output lines for %d records:\n%s", len(records), len(want), stdout.String())
	}
	for i, l := range want {
		r, line := records[i], lineNo[i]
		if l.bad == nil {
			if _, ok := r.fields["article"]; !ok {
				t.Errorf("output %d (line %d) is not a mapping: %s", i, line, r.raw)
			}
			if err := schema.Validate(schema.Mapping, r.raw); err != nil {
				t.Errorf("output %d (line %d) fails the mapping schema: %v", i, line, err)
			}
			continue
		}
		var src, msg string
		if json.Unmarshal(r.fields["source"], &src) != nil || json.Unmarshal(r.fields["error"], &msg) != nil || len(r.fields) != 2 {
			t.Errorf("output %d (line %d) is not {\"source\",\"error\"}: %s", i, line, r.raw)
			continue
		}
		if src != input {
			t.Errorf("output %d: source %q, want %q", i, src, input)
		}
		// The position is file:line, then ":column" when known.
		if where := fmt.Sprintf("%s:%d", input, line); !strings.HasPrefix(msg, where+":") && !strings.HasPrefix(msg, where+" ") {
			t.Errorf("output %d: error %q does not say %q", i, msg, where)
		}
	}
}

// robustMapper returns a Mapper with the embedded lexicons.
func robustMapper(t testing.TB) *corpus.Mapper {
	t.Helper()
	m, err := corpus.NewMapper()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// robustArticles are the seeds and every gold case as articles.
func robustArticles(t testing.TB) []corpus.Article {
	t.Helper()
	arts := corpus.Seeds()
	for _, c := range append(corpus.SeedGold(), robustGold(t)...) {
		arts = append(arts, corpus.Article{ID: c.ID, Title: c.Title, Body: c.Text, Lang: c.Lang})
	}
	return arts
}

// TestMapperConcurrent shares one Mapper between 16 goroutines mapping the
// seeds and gold texts in different orders: every result must equal the
// single-threaded one. Each goroutine then scribbles over what it got back,
// which the race detector reports if a Mapping shares memory with the
// Mapper or with another call's result, and which must not change any later
// result.
func TestMapperConcurrent(t *testing.T) {
	m := robustMapper(t)
	arts := robustArticles(t)
	ctx := context.Background()
	want := make([]corpus.Mapping, len(arts))
	for i, a := range arts {
		got, err := m.Map(ctx, a)
		if err != nil {
			t.Fatalf("Map(%s): %v", a.ID, err)
		}
		want[i] = got
	}
	wantFrameworks, wantElements := m.Frameworks(), m.Elements()
	goroutines, rounds := 16, 2
	if testing.Short() {
		rounds = 1
	}
	var wg sync.WaitGroup
	errs := make(chan string, goroutines*len(arts)*rounds)
	for g := range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range rounds {
				for k := range arts {
					i := (k*7 + g + r) % len(arts)
					got, err := m.Map(ctx, arts[i])
					if err != nil {
						errs <- fmt.Sprintf("goroutine %d: Map(%s): %v", g, arts[i].ID, err)
						continue
					}
					if diff := cmp.Diff(want[i], got); diff != "" {
						errs <- fmt.Sprintf("goroutine %d: Map(%s) differs from the single-threaded result (-want +got):\n%s", g, arts[i].ID, diff)
					}
					scribbleMapping(&got)
				}
				fws, els := m.Frameworks(), m.Elements()
				if len(fws) > 0 {
					fws[0] = "scribbled"
				}
				if len(els) > 0 {
					els[0] = "scribbled"
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	for i, a := range arts {
		got, err := m.Map(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want[i], got); diff != "" {
			t.Errorf("Map(%s) after the hammering (-want +got):\n%s", a.ID, diff)
		}
	}
	if diff := cmp.Diff(wantFrameworks, m.Frameworks()); diff != "" {
		t.Errorf("Frameworks() changed by a caller (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantElements, m.Elements()); diff != "" {
		t.Errorf("Elements() changed by a caller (-want +got):\n%s", diff)
	}
}

// scribbleMapping overwrites every field a caller can reach in m, in place.
func scribbleMapping(m *corpus.Mapping) {
	m.Article.ID, m.Article.Title = "scribbled", "scribbled"
	for i := range m.Frameworks {
		fw := &m.Frameworks[i]
		fw.ID, fw.Score = "scribbled", -1
		for j := range fw.Evidence {
			fw.Evidence[j] = corpus.Evidence{Field: "scribbled", Start: -1, End: -1, Text: "scribbled", Term: "scribbled"}
		}
		fw.Evidence = append(fw.Evidence, corpus.Evidence{})
	}
	for i := range m.Elements {
		el := &m.Elements[i]
		el.ID, el.Score = "scribbled", -1
		for j := range el.Evidence {
			el.Evidence[j] = corpus.Evidence{Field: "scribbled", Start: -1, End: -1, Text: "scribbled", Term: "scribbled"}
		}
		el.Evidence = append(el.Evidence, corpus.Evidence{})
	}
	m.Frameworks = append(m.Frameworks, corpus.FrameworkMatch{ID: "scribbled"})
	m.Elements = append(m.Elements, corpus.ElementMatch{ID: "scribbled"})
}

// FuzzReadText reads arbitrary bytes as a text article. An error must be a
// *InputError matching one of the documented causes, at a byte offset inside
// the input; an article must have valid UTF-8, a trimmed one-line title
// found in the input, and a body that is exactly the input's tail.
func FuzzReadText(f *testing.F) {
	for _, a := range corpus.Seeds() {
		f.Add([]byte(a.Title + "\n" + cutAtRune(a.Body, 400)))
	}
	for _, s := range []string{"", "\ufeff\n\n  Tiêu đề  \r\nThân\xff", " \t\n", "\ufeff", "T\n", "\xe1\xba\xa1\n\xe1"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := corpus.ReadText("f.txt", bytes.NewReader(data), corpus.MaxArticleSize(1<<12))
		if err != nil {
			checkRobustInputError(t, data, err, corpus.ErrInvalidUTF8, corpus.ErrEmpty, corpus.ErrTooLarge)
			return
		}
		if !utf8.ValidString(a.Title) || !utf8.ValidString(a.Body) {
			t.Fatalf("invalid UTF-8 accepted: %q", data)
		}
		if a.Title == "" || a.Title != strings.TrimSpace(a.Title) || strings.Contains(a.Title, "\n") {
			t.Fatalf("title %q is not a trimmed, non-blank line", a.Title)
		}
		if !strings.HasSuffix(string(data), a.Body) || !strings.Contains(string(data), a.Title) {
			t.Fatalf("title %q or body %q is not the input's text", a.Title, a.Body)
		}
		if a.ID != corpus.ContentID(a.Title, a.Body) {
			t.Fatalf("ID %q is not the content ID", a.ID)
		}
	})
}

// FuzzReadJSON reads arbitrary bytes as one JSON article. An error must be a
// *InputError at a byte offset inside the input; an article must have valid
// UTF-8 text and survive a round trip through MarshalJSON and ReadJSON
// unchanged.
func FuzzReadJSON(f *testing.F) {
	f.Add([]byte(`{"id":"a","title":"T","body":"Ngoại giao số","lang":"vi","published":"2021-11-16","url":"https://x","source":"S","byline":"B"}`))
	f.Add([]byte(`{"body":"x","published":"2021-11-16T09:30:00+07:00"}`))
	f.Add([]byte("\ufeff{\"body\":\"\\ud800\"}"))
	f.Add([]byte(`{"body":"x","body":"y"}`))
	f.Add([]byte(`{"body":` + strings.Repeat("[", 300) + `}`))
	f.Add([]byte(`{"body":"x","lang":"not a tag!"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := corpus.ReadJSON("f.json", bytes.NewReader(data), corpus.MaxArticleSize(1<<12))
		if err != nil {
			checkRobustInputError(t, data, err)
			return
		}
		if !utf8.ValidString(a.Title) || !utf8.ValidString(a.Body) || a.ID == "" {
			t.Fatalf("bad article accepted from %q: %+v", data, a)
		}
		out, err := json.Marshal(a)
		if err != nil {
			t.Fatalf("MarshalJSON(%+v): %v", a, err)
		}
		again, err := corpus.ReadJSON("again.json", bytes.NewReader(out))
		if err != nil {
			t.Fatalf("%s does not read back: %v", out, err)
		}
		if diff := cmp.Diff(a, again, cmp.Comparer(func(x, y language.Tag) bool { return x == y })); diff != "" {
			t.Fatalf("round trip of %q through %s (-first +second):\n%s", data, out, diff)
		}
	})
}

// checkRobustInputError checks that err is an *InputError naming the file with an
// offset inside data (or -1 when there is none) and, when causes are given,
// that it matches one of them.
func checkRobustInputError(t *testing.T, data []byte, err error, causes ...error) {
	t.Helper()
	var ie *corpus.InputError
	if !errors.As(err, &ie) {
		t.Fatalf("error %T (%v) is not a *corpus.InputError", err, err)
	}
	if ie.Pos.Offset < -1 || ie.Pos.Offset > len(data) {
		t.Fatalf("error %v: offset %d outside the %d-byte input", err, ie.Pos.Offset, len(data))
	}
	if errors.Is(err, corpus.ErrInvalidUTF8) && (ie.Pos.Offset < 0 || utf8.Valid(data[ie.Pos.Offset:min(ie.Pos.Offset+4, len(data))]) && utf8.Valid(data[:ie.Pos.Offset])) {
		t.Fatalf("error %v: no invalid UTF-8 at offset %d of %q", err, ie.Pos.Offset, data)
	}
	if len(causes) == 0 {
		return
	}
	for _, c := range causes {
		if errors.Is(err, c) {
			return
		}
	}
	t.Fatalf("error %v matches none of %v", err, causes)
}

// FuzzQueryErrors checks what FuzzParse in package lexicon does not: every
// rejected query gives a *lexicon.QueryError at an offset inside the query,
// matching one of the documented sentinels.
func FuzzQueryErrors(f *testing.F) {
	for _, s := range []string{"a AND b", "NEAR/3(a, @b)", `"x" OR (y AND NOT z)`, "((", "@@", "NEAR/", "NEAR/101(a,b)",
		strings.Repeat("(", 20) + "a", strings.Repeat("NOT ", 20) + "a", `"unclosed`, "a AND", ")"} {
		f.Add(s)
	}
	sentinels := []error{lexicon.ErrSyntax, lexicon.ErrTooDeep, lexicon.ErrTooManyTerms, lexicon.ErrTooLong,
		lexicon.ErrNearOperand, lexicon.ErrNoPositive, lexicon.ErrUnknownGroup}
	f.Fuzz(func(t *testing.T, q string) {
		_, err := lexicon.Parse(q)
		if err == nil {
			if len(q) > lexicon.MaxQueryLen {
				t.Fatalf("a query of %d bytes was accepted", len(q))
			}
			return
		}
		var qe *lexicon.QueryError
		if !errors.As(err, &qe) {
			t.Fatalf("Parse(%q) error %T (%v) is not a *lexicon.QueryError", q, err, err)
		}
		if qe.Offset < 0 || qe.Offset > len(q) {
			t.Fatalf("Parse(%q): offset %d outside the query", q, qe.Offset)
		}
		for _, s := range sentinels {
			if errors.Is(err, s) {
				return
			}
		}
		t.Fatalf("Parse(%q) error %v matches no documented sentinel", q, err)
	})
}

// FuzzJSONLinesAccounting checks the batch promise on arbitrary input:
// every non-blank line yields exactly one article or one error, in order,
// and each error names its line and a byte offset inside that line.
// (FuzzReadJSONLines in read_test.go checks only that errors have a line.)
func FuzzJSONLinesAccounting(f *testing.F) {
	f.Add([]byte(robustBatchInput()))
	f.Add([]byte("\ufeff{\"body\":\"x\"}\r\n\r\n{\"body\":1}\n\xff\n{}\n   \n" + `{"body":"` + strings.Repeat("y", 80) + `"}`))
	f.Add([]byte("\n\n{\"body\":\"a\"}"))
	const limit = 64
	f.Fuzz(func(t *testing.T, data []byte) {
		type line struct{ no, start, end int }
		var counted []line
		start := 0
		for no, l := range bytes.SplitAfter(data, []byte("\n")) {
			rec := bytes.TrimRight(l, "\r\n")
			if len(bytes.TrimSpace(rec)) == 0 {
				if len(l) > limit {
					return // a long blank line: reported or not, both are fair
				}
			} else {
				counted = append(counted, line{no + 1, start, start + len(l)})
			}
			start += len(l)
		}
		i := 0
		for _, err := range corpus.ReadJSONLines("f.jsonl", bytes.NewReader(data), corpus.MaxLineSize(limit)) {
			if i == len(counted) {
				t.Fatalf("more results than the %d non-blank lines of %q", len(counted), data)
			}
			want := counted[i]
			i++
			if err == nil {
				continue
			}
			var ie *corpus.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error %T (%v) is not an *InputError", err, err)
			}
			if ie.Pos.File != "f.jsonl" || ie.Pos.Line != want.no || ie.Pos.Offset < want.start || ie.Pos.Offset > want.end {
				t.Fatalf("error %v for line %d, bytes [%d,%d) of %q", err, want.no, want.start, want.end, data)
			}
		}
		if i != len(counted) {
			t.Fatalf("%d results for %d non-blank lines of %q", i, len(counted), data)
		}
	})
}

// TestMapScalesLinearlyInNameMentions: mapping time must grow in proportion
// to the number of framework-name mentions. Checking each name hit against
// every evidence entry its framework already has would be quadratic, and an
// 8 MiB article repeating one short name would tie a core up for minutes.
func TestMapScalesLinearlyInNameMentions(t *testing.T) {
	if testing.Short() {
		t.Skip("times mapping")
	}
	m := robustMapper(t)
	timeMap := func(n int) time.Duration {
		a := corpus.Article{ID: "rep", Body: strings.Repeat("Tuyên bố Boracay. ", n)}
		best := time.Duration(math.MaxInt64)
		for range 3 {
			start := time.Now()
			got, err := m.Map(context.Background(), a)
			elapsed := time.Since(start)
			if err != nil || len(got.Frameworks) != 1 || len(got.Frameworks[0].Evidence) != n {
				t.Fatalf("Map of %d mentions: %v, %d frameworks", n, err, len(got.Frameworks))
			}
			best = min(best, elapsed)
		}
		return best
	}
	small, large := timeMap(1<<12), timeMap(1<<14)
	// Four times the mentions; linear work takes about four times as
	// long, quadratic sixteen. Allow generous noise.
	if ratio := float64(large) / float64(small); ratio > 8 {
		t.Errorf("4× the name mentions took %.1f× as long (%v vs %v): super-linear", ratio, large, small)
	}
}

// FuzzOffsetMapSpans checks the normaliser's promise for any span of its
// output on character boundaries, not only the prefixes and suffixes FuzzNormalize in package
// textnorm tries: OffsetMap.Original maps [i, j) back inside the original,
// start before end, both on rune boundaries, and a non-empty span never maps
// outside the span of the whole text.
func FuzzOffsetMapSpans(f *testing.F) {
	for _, s := range []string{"Hoà bình “ngoại giao số”…", "thuỷ\u00a0\u00a0 lợi\u200b", "so\u0302\u0301 ＡＢ", "Chloé—Đà Nẵng"} {
		f.Add(s, uint16(1), uint16(7))
	}
	normalizers := []*textnorm.Normalizer{textnorm.New(), textnorm.New(textnorm.StripDiacritics()), textnorm.New(textnorm.KeepCase())}
	f.Fuzz(func(t *testing.T, s string, i, j uint16) {
		if !utf8.ValidString(s) {
			return // the mapper rejects invalid UTF-8 before normalising
		}
		for _, n := range normalizers {
			var m textnorm.OffsetMap
			out := n.Append(nil, s, &m)
			if !utf8.Valid(out) {
				t.Fatalf("%q normalises to invalid UTF-8 %q", s, out)
			}
			lo, hi := int(i)%(len(out)+1), int(j)%(len(out)+1)
			if lo > hi {
				lo, hi = hi, lo
			}
			// Spans of the output start and end on its characters, as
			// the automaton's matches do.
			for lo < len(out) && !utf8.RuneStart(out[lo]) {
				lo--
			}
			for hi < len(out) && !utf8.RuneStart(out[hi]) {
				hi++
			}
			a, b := m.Original(lo, hi)
			if a < 0 || b > len(s) || a > b {
				t.Fatalf("%q → %q: Original(%d, %d) = [%d, %d), outside the %d-byte original", s, out, lo, hi, a, b, len(s))
			}
			if !atRuneBoundary(s, a) || !atRuneBoundary(s, b) {
				t.Fatalf("%q → %q: Original(%d, %d) = [%d, %d) splits a character", s, out, lo, hi, a, b)
			}
			wa, wb := m.Original(0, len(out))
			if lo < hi && (a < wa || b > wb) {
				t.Fatalf("%q → %q: Original(%d, %d) = [%d, %d) is outside the whole text's span [%d, %d)", s, out, lo, hi, a, b, wa, wb)
			}
		}
	})
}
