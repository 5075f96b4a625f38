package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"github.com/digidip/digidip"
)

// articleCmp compares language tags by their string form.
var articleCmp = cmp.Comparer(func(a, b language.Tag) bool { return a == b })

func TestReadText(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Article
	}{
		{
			name: "title then body, body kept byte for byte",
			in:   "Ngoại giao số: Xu thế tất yếu\n\nTS. NGUYỄN HÙNG SƠN\nTGVN. Trong bối cảnh Covid-19.",
			want: Article{Title: "Ngoại giao số: Xu thế tất yếu", Body: "\nTS. NGUYỄN HÙNG SƠN\nTGVN. Trong bối cảnh Covid-19."},
		},
		{
			name: "leading blank lines, BOM and spaces around the title",
			in:   "\ufeff\n  \n  Indonesia tăng cường hợp tác  \r\nHôm qua (16/11), Indonesia tổ chức Hội nghị.",
			want: Article{Title: "Indonesia tăng cường hợp tác", Body: "Hôm qua (16/11), Indonesia tổ chức Hội nghị."},
		},
		{
			name: "title only",
			in:   "Ngoại giao số",
			want: Article{Title: "Ngoại giao số"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadText("a.txt", strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			tt.want.ID = ContentID(tt.want.Title, tt.want.Body)
			tt.want.Lang = language.Vietnamese
			if diff := cmp.Diff(tt.want, got, articleCmp); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name    string
		read    func() error
		wantErr error
		wantPos digidip.Position
	}{
		{
			name: "text: invalid UTF-8 names line, column and byte",
			read: func() error {
				_, err := ReadText("bad.txt", strings.NewReader("Tiêu đề\nHội \xff nghị"))
				return err
			},
			wantErr: ErrInvalidUTF8,
			wantPos: digidip.Position{File: "bad.txt", Offset: 18, Line: 2, Column: 7},
		},
		{
			name:    "text: blank",
			read:    func() error { _, err := ReadText("blank.txt", strings.NewReader(" \n\t\n")); return err },
			wantErr: ErrEmpty,
			wantPos: digidip.Position{File: "blank.txt", Offset: -1},
		},
		{
			name: "text: too large",
			read: func() error {
				_, err := ReadText("big.txt", strings.NewReader(strings.Repeat("a", 101)), MaxArticleSize(100))
				return err
			},
			wantErr: ErrTooLarge,
			wantPos: digidip.Position{File: "big.txt", Offset: 100},
		},
		{
			name:    "json: unknown member",
			read:    func() error { _, err := ReadJSON("a.json", strings.NewReader(`{"body":"x","text":"y"}`)); return err },
			wantErr: ErrUnknownField,
			wantPos: digidip.Position{File: "a.json", Offset: 12, Line: 1, Column: 13},
		},
		{
			name:    "json: missing body",
			read:    func() error { _, err := ReadJSON("a.json", strings.NewReader(`{"title":"x"}`)); return err },
			wantErr: ErrMissingBody,
			wantPos: digidip.Position{File: "a.json", Offset: 0, Line: 1},
		},
		{
			name:    "json: empty body and title",
			read:    func() error { _, err := ReadJSON("a.json", strings.NewReader(`{"body":"  "}`)); return err },
			wantErr: ErrEmpty,
			wantPos: digidip.Position{File: "a.json", Offset: 0, Line: 1},
		},
		{
			name:    "json: invalid UTF-8 inside a string",
			read:    func() error { _, err := ReadJSON("a.json", strings.NewReader("{\n\"body\":\"a\xc3\"}")); return err },
			wantErr: ErrInvalidUTF8,
			wantPos: digidip.Position{File: "a.json", Offset: 11, Line: 2, Column: 10},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.read()
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("error %v, want %v", err, tt.wantErr)
			}
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error %T is not an *InputError", err)
			}
			if diff := cmp.Diff(tt.wantPos, ie.Pos); diff != "" {
				t.Errorf("position (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReadJSONFieldPosition(t *testing.T) {
	in := "{\n  \"id\": \"x\",\n  \"published\": \"16/11/2021\",\n  \"body\": \"y\"\n}"
	_, err := ReadJSON("a.json", strings.NewReader(in))
	var ie *InputError
	var fe *FieldError
	if !errors.As(err, &ie) || !errors.As(err, &fe) {
		t.Fatalf("error %v is not an *InputError wrapping a *FieldError", err)
	}
	want := digidip.Position{File: "a.json", Offset: strings.Index(in, `"published"`), Line: 3, Column: 3}
	if diff := cmp.Diff(want, ie.Pos); diff != "" {
		t.Errorf("position (-want +got):\n%s", diff)
	}
	if fe.Pointer != "/published" {
		t.Errorf("pointer %q, want /published", fe.Pointer)
	}
}

func TestReadJSONSyntaxError(t *testing.T) {
	_, err := ReadJSON("a.json", strings.NewReader("{\n  \"body\": \"x\",\n  \"title\" \"y\"\n}"))
	var ie *InputError
	if !errors.As(err, &ie) {
		t.Fatalf("error %v is not an *InputError", err)
	}
	var syn *json.SyntaxError
	if !errors.As(err, &syn) {
		t.Fatalf("error %v does not wrap a *json.SyntaxError", err)
	}
	if ie.Pos.Line != 3 {
		t.Errorf("syntax error on line %d, want 3 (%v)", ie.Pos.Line, err)
	}
}

func TestReadJSON(t *testing.T) {
	in := `{"id":"vi-icdd-1","title":"Hội nghị ICDD","body":"Ngày 16/11, Indonesia tổ chức hội nghị.","lang":"vi",` +
		`"url":"https://example.org/a","published":"2021-11-16","source":"Báo Quốc tế","byline":"Thu Trang"}`
	got, err := ReadJSON("a.json", strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := Article{
		ID: "vi-icdd-1", Title: "Hội nghị ICDD", Body: "Ngày 16/11, Indonesia tổ chức hội nghị.", Lang: language.Vietnamese,
		URL: "https://example.org/a", Published: time.Date(2021, 11, 16, 0, 0, 0, 0, time.UTC),
		Source: "Báo Quốc tế", Byline: "Thu Trang",
	}
	if diff := cmp.Diff(want, got, articleCmp); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	// The JSON form round-trips, the plain date included.
	out, err := json.Marshal(got)
	if err != nil {
		t.Fatal(err)
	}
	var back Article
	if err := json.Unmarshal(out, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(got, back, articleCmp); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	if !strings.Contains(string(out), `"published":"2021-11-16"`) {
		t.Errorf("plain date not written back as a date: %s", out)
	}
}

func TestReadJSONOverrides(t *testing.T) {
	in := `{"body":"The ministers adopted the declaration and the plan for the region.","lang":"vi","published":"2023-02-10T09:00:00+08:00"}`
	got, err := ReadJSON("a.json", strings.NewReader(in), WithLanguage(language.English))
	if err != nil {
		t.Fatal(err)
	}
	if got.Lang != language.English {
		t.Errorf("Lang = %v, want the caller's en over the input's vi", got.Lang)
	}
	if got.ID != ContentID("", got.Body) {
		t.Errorf("ID = %q, want the content ID", got.ID)
	}
	if want := time.Date(2023, 2, 10, 1, 0, 0, 0, time.UTC); !got.Published.Equal(want) {
		t.Errorf("Published = %v, want %v", got.Published, want)
	}
	// Without an override or a "lang", the language is detected.
	got, err = ReadJSON("a.json", strings.NewReader(`{"body":"The ministers adopted the declaration and the plan for the region."}`))
	if err != nil {
		t.Fatal(err)
	}
	if got.Lang != language.English {
		t.Errorf("detected %v, want en", got.Lang)
	}
}

func TestReadJSONLines(t *testing.T) {
	in := strings.Join([]string{
		`{"id":"a","body":"Hội nghị quốc tế về ngoại giao số."}`,
		``,
		`{"id":"b","body":1}`,
		`{"id":"c" "body":"x"}`,
		`{"id":"d","body":"` + strings.Repeat("x", 200) + `"}`,
		"{\"id\":\"e\",\"body\":\"ngo\xffại\"}",
		`{"id":"f","body":"Ngoại giao kỹ thuật số."}`,
	}, "\n")
	type result struct {
		ID   string
		Line int
		Off  int
		Err  string
	}
	var got []result
	for a, err := range ReadJSONLines("in.jsonl", strings.NewReader(in), MaxLineSize(100)) {
		var ie *InputError
		switch {
		case err == nil:
			got = append(got, result{ID: a.ID})
		case errors.As(err, &ie):
			kind := "other"
			for _, k := range []error{ErrLineTooLong, ErrInvalidUTF8} {
				if errors.Is(err, k) {
					kind = k.Error()
				}
			}
			var syn *json.SyntaxError
			var fe *FieldError
			if errors.As(err, &syn) {
				kind = "syntax"
			} else if errors.As(err, &fe) {
				kind = "field " + fe.Pointer
			}
			got = append(got, result{Line: ie.Pos.Line, Off: ie.Pos.Offset, Err: kind})
		default:
			t.Fatalf("error %v is not an *InputError", err)
		}
	}
	lineStart := func(n int) int { // byte offset of line n (1-based)
		off := 0
		for _, l := range strings.Split(in, "\n")[:n-1] {
			off += len(l) + 1
		}
		return off
	}
	want := []result{
		{ID: "a"},
		{Line: 3, Off: lineStart(3) + 10, Err: "field /body"},
		{Line: 4, Off: lineStart(4) + 10, Err: "syntax"},
		{Line: 5, Off: lineStart(5), Err: "line too long"},
		{Line: 6, Off: lineStart(6) + 21, Err: "invalid UTF-8"},
		{ID: "f"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestReadJSONLinesReadError(t *testing.T) {
	r := io.MultiReader(strings.NewReader(`{"body":"Ngoại giao số."}`+"\n"), errReader{})
	var n, errs int
	for _, err := range ReadJSONLines("in.jsonl", r) {
		if err != nil {
			errs++
			continue
		}
		n++
	}
	if n != 1 || errs != 1 {
		t.Errorf("got %d articles and %d errors, want 1 and 1", n, errs)
	}
}

type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, errors.New("disk on fire") }

func TestReadDir(t *testing.T) {
	fsys := fstest.MapFS{
		"in/a.txt":          {Data: []byte("Tiêu đề\nNội dung bài báo về ngoại giao số.")},
		"in/b.json":         {Data: []byte(`{"id":"b","body":"Ngoại giao số."}`)},
		"in/c.jsonl":        {Data: []byte(`{"id":"c1","body":"Một."}` + "\n" + `{"id":"c2","body":"Hai."}`)},
		"in/d.gold.json":    {Data: []byte(`{"id":"gold","text":"not an article"}`)},
		"in/e.md":           {Data: []byte("# notes")},
		"in/sub/f.txt":      {Data: []byte("\xff")},
		"in/sub/g.JSON":     {Data: []byte(`{"id":"g","body":"Ngoại giao."}`)},
		"in/sub/h.ndjson":   {Data: []byte(`{"id":"h","body":"Số."}`)},
		"elsewhere/x.txt":   {Data: []byte("x\ny")},
		"in/sub/empty.json": {Data: []byte(``)},
	}
	var ids, errs []string
	for a, err := range ReadDir(fsys, "in") {
		if err != nil {
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error %v is not an *InputError", err)
			}
			errs = append(errs, ie.Pos.File)
			continue
		}
		ids = append(ids, a.ID)
	}
	wantIDs := []string{ContentID("Tiêu đề", "Nội dung bài báo về ngoại giao số."), "b", "c1", "c2", "g", "h"}
	if diff := cmp.Diff(wantIDs, ids); diff != "" {
		t.Errorf("ids (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"in/sub/empty.json", "in/sub/f.txt"}, errs); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
}

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Tiêu đề\nNgoại giao số."), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "b.csv"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	var titles []string
	for a, err := range ReadFile(dir) {
		if err != nil {
			t.Fatal(err)
		}
		titles = append(titles, a.Title)
	}
	if diff := cmp.Diff([]string{"Tiêu đề"}, titles); diff != "" {
		t.Errorf("directory (-want +got):\n%s", diff)
	}
	for _, name := range []string{filepath.Join(dir, "b.csv"), filepath.Join(dir, "missing.txt")} {
		for _, err := range ReadFile(name) {
			var ie *InputError
			if !errors.As(err, &ie) || ie.Pos.File != name {
				t.Errorf("ReadFile(%s): error %v does not name the file", name, err)
			}
		}
	}
}

func TestContentID(t *testing.T) {
	a, b := ContentID("Tiêu đề", "Nội dung"), ContentID("Tiêu đề", "Nội dung.")
	if a == b || len(a) != 16 {
		t.Errorf("ContentID gave %q and %q", a, b)
	}
	// Title and body are separated, so text moving between them changes the ID.
	if ContentID("ab", "c") == ContentID("a", "bc") {
		t.Error("ContentID ignores the title/body boundary")
	}
}

// TestContentIDUnchanged pins the IDs of the seed texts, so that a change
// to how ContentID hashes cannot move every ID a user has stored, and checks
// them against SHA-256 of title, newline and body computed in one piece.
func TestContentIDUnchanged(t *testing.T) {
	want := map[string]string{
		"000_7b3bbabc5c28dc7d": "8a1dbacb11e010c0",
		"001_dd70fcc3181878ba": "b960f284cc07711c",
		"002_7a2de960d0113bc6": "56db5151259c982b",
		"003_c84967ab269d1a45": "cd3bd35deec1b728",
		"004_2e749312dbb7a4d4": "1507f5c10cfe9768",
	}
	seeds := Seeds()
	if len(seeds) != len(want) {
		t.Fatalf("%d seeds, want %d", len(seeds), len(want))
	}
	for _, a := range seeds {
		got := ContentID(a.Title, a.Body)
		if got != want[a.ID] {
			t.Errorf("ContentID of seed %s = %s, want %s", a.ID, got, want[a.ID])
		}
		sum := sha256.Sum256([]byte(a.Title + "\n" + a.Body))
		if ref := hex.EncodeToString(sum[:8]); got != ref {
			t.Errorf("ContentID of seed %s = %s, SHA-256 prefix %s", a.ID, got, ref)
		}
	}
	// Text longer than the hashing buffer, cut at and around its size.
	long := strings.Repeat("ngoại giao số ", 200)
	for _, n := range []int{511, 512, 513, 1024, len(long)} {
		sum := sha256.Sum256([]byte("t\n" + long[:n]))
		if got, ref := ContentID("t", long[:n]), hex.EncodeToString(sum[:8]); got != ref {
			t.Errorf("ContentID of a %d-byte body = %s, want %s", n, got, ref)
		}
	}
}

func FuzzReadJSONLines(f *testing.F) {
	f.Add([]byte(`{"body":"x"}` + "\n" + `{"id":1}` + "\n\xff\n"))
	f.Add([]byte(`{"body":"Ngoại giao","published":"2021-11-16","lang":"vi"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		for a, err := range ReadJSONLines("f.jsonl", strings.NewReader(string(data)), MaxLineSize(64)) {
			if err != nil {
				var ie *InputError
				if !errors.As(err, &ie) || ie.Pos.Line < 1 {
					t.Fatalf("error %v has no line", err)
				}
				continue
			}
			if a.ID == "" {
				t.Fatal("article without an ID")
			}
		}
	})
}

// BenchmarkReadJSONLines reads the seeds as JSON Lines: the reading stage
// of the mapper's end-to-end budget.
func BenchmarkReadJSONLines(b *testing.B) {
	var in strings.Builder
	for _, a := range Seeds() {
		line, err := json.Marshal(a)
		if err != nil {
			b.Fatal(err)
		}
		in.Write(line)
		in.WriteByte('\n')
	}
	data := in.String()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		for _, err := range ReadJSONLines("seeds.jsonl", strings.NewReader(data)) {
			if err != nil {
				b.Fatal(err)
			}
		}
	}
}

// FuzzFastArticle checks the fast decoder against encoding/json: whenever
// it accepts a document, encoding/json (via the slow path) must read the
// same article.
func FuzzFastArticle(f *testing.F) {
	f.Add(`{"id":"a","title":"T","body":"Ngoại \"giao\" \u0073ố\n","lang":"vi","published":"2021-11-16"}`)
	f.Add(` { "body" : "x" , "url":"u" } `)
	f.Add(`{"body":"x","body":"y"}`)
	f.Add(`{"body":null}`)
	f.Add("{\"body\":\"Ngo\xe1\xba\"}")
	f.Add("{\"body\":\"x\\\xc3\xa1\"}")
	f.Fuzz(func(t *testing.T, doc string) {
		fast, ok := fastArticle([]byte(doc))
		if !ok {
			return
		}
		// The readers rely on fastArticle for the UTF-8 check of what it
		// accepts.
		if !utf8.ValidString(doc) {
			t.Fatalf("fast decoder accepted invalid UTF-8 %q", doc)
		}
		var w articleJSON
		dec := json.NewDecoder(strings.NewReader(doc))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&w); err != nil || dec.More() || w.Body == nil {
			t.Fatalf("fast decoder accepted %q, encoding/json: %v", doc, err)
		}
		if fast.Body != *w.Body || fast.Title != w.Title || fast.ID != w.ID || fast.URL != w.URL ||
			fast.Source != w.Source || fast.Byline != w.Byline || fast.Lang.String() != langOr(w.Lang) {
			t.Fatalf("fast decoder read %q as %+v, encoding/json as %+v", doc, fast, w)
		}
	})
}

func langOr(s string) string {
	if s == "" {
		return "und"
	}
	tag, err := language.Parse(s)
	if err != nil {
		return "invalid"
	}
	return tag.String()
}

func TestReplaceInvalidUTF8(t *testing.T) {
	text := "Tiêu đề\nNgoại giao \xff\xfe số và \xc3 kinh tế số"
	if _, err := ReadText("bad.txt", strings.NewReader(text)); !errors.Is(err, ErrInvalidUTF8) {
		t.Fatalf("without the option: err = %v, want ErrInvalidUTF8", err)
	}
	a, err := ReadText("bad.txt", strings.NewReader(text), ReplaceInvalidUTF8())
	if err != nil {
		t.Fatal(err)
	}
	if want := "Ngoại giao \uFFFD số và \uFFFD kinh tế số"; a.Body != want {
		t.Errorf("Body = %q, want %q", a.Body, want)
	}
	want := []Repair{
		{Pos: digidip.Position{File: "bad.txt", Offset: 25, Line: 2, Column: 14}, Bytes: []byte{0xff, 0xfe}},
		{Pos: digidip.Position{File: "bad.txt", Offset: 37, Line: 2, Column: 26}, Bytes: []byte{0xc3}},
	}
	if diff := cmp.Diff(want, a.Repairs); diff != "" {
		t.Errorf("Repairs (-want +got):\n%s", diff)
	}

	var got []Article
	in := "{\"id\":\"x\",\"body\":\"a\xffb\"}\n{\"id\":\"y\",\"body\":\"ok\"}\n"
	for a, err := range ReadJSONLines("in.jsonl", strings.NewReader(in), ReplaceInvalidUTF8()) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, a)
	}
	if len(got) != 2 || got[0].Body != "a\uFFFDb" || len(got[0].Repairs) != 1 || got[0].Repairs[0].Pos.Offset != 19 || got[1].Repairs != nil {
		t.Errorf("JSON Lines with repair: %+v", got)
	}
}

// TestCheckUTF8 checks that checkUTF8 places its error at the first bad
// byte, as validUTF8 finds it, and accepts valid text.
func TestCheckUTF8(t *testing.T) {
	for _, in := range []string{"", "ascii", "Ngoại giao số", "\xff", "ab\xffcd", "đ\xc3", "ngoại\xed\xa0\x80", "x\xe1\xba", "ok\n\xf0\x28\x8c\xbc"} {
		err := checkUTF8("in", []byte(in), 0, 1)
		off := validUTF8(in)
		if off < 0 {
			if err != nil {
				t.Errorf("checkUTF8(%q) = %v, want nil", in, err)
			}
			continue
		}
		var ie *InputError
		if !errors.As(err, &ie) || !errors.Is(err, ErrInvalidUTF8) || ie.Pos.Offset != off {
			t.Errorf("checkUTF8(%q) = %v, want ErrInvalidUTF8 at byte %d", in, err, off)
		}
	}
}

// TestScanStringMatchesByteLoop checks the eight-bytes-at-a-time string
// scan against a byte-by-byte reading of the same rules, on random mixes
// of plain text, Vietnamese letters, quotes, escapes, control characters
// and broken UTF-8, long enough to take the fast path.
func TestScanStringMatchesByteLoop(t *testing.T) {
	oracle := func(data []byte) (int, bool, bool) {
		escaped := false
		for i := 0; i < len(data); {
			switch c := data[i]; {
			case c == '"':
				return i, escaped, true
			case c == '\\':
				escaped = true
				i += 2
			case c < 0x20:
				return i, escaped, false
			case c < utf8.RuneSelf:
				i++
			default:
				r, n := utf8.DecodeRune(data[i:])
				if r == utf8.RuneError && n == 1 {
					return i, escaped, false
				}
				i += n
			}
		}
		return len(data), escaped, false
	}
	parts := []string{"Ngoại giao số ", "digital ", "ASEAN", "\"", "\\n", "\\\"", "\\", "\n", "\x1f", "\x7f",
		"\xe1\xba", "\xc3", "\xed\xa0\x80", "\xe0\x80\x80", "\xf0\x9f\x98\x80", "\xf4\x90\x80\x80", "đ", "ấ", "€", "12345678"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 50000 {
		var b []byte
		for range rng.IntN(30) {
			b = append(b, parts[rng.IntN(len(parts))]...)
		}
		gi, ge, gok := scanString(b, 0)
		wi, we, wok := oracle(b)
		if gok != wok || (gok && (gi != wi || ge != we)) {
			t.Fatalf("scanString(%q) = %d, %v, %v; want %d, %v, %v", b, gi, ge, gok, wi, we, wok)
		}
	}
}

// TestUnmarshalJSONInvalidUTF8 checks that Article.UnmarshalJSON reads
// invalid UTF-8 in a string as encoding/json does, as U+FFFD: the fast
// decoder refuses such records rather than keep the raw bytes.
func TestUnmarshalJSONInvalidUTF8(t *testing.T) {
	var a Article
	if err := json.Unmarshal([]byte("{\"title\":\"T\xc3\",\"body\":\"a\xffb\"}"), &a); err != nil {
		t.Fatal(err)
	}
	if a.Title != "T\uFFFD" || a.Body != "a\uFFFDb" {
		t.Errorf("Title, Body = %q, %q; want %q, %q", a.Title, a.Body, "T\uFFFD", "a\uFFFDb")
	}
}
