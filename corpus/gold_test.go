package corpus

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/digidip/digidip"
	"github.com/digidip/digidip/catalog"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

func TestReadGoldCase(t *testing.T) {
	const doc = `{
  "id": "en-test-01",
  "lang": "en",
  "title": "Ministers adopt a plan",
  "text": "The ASEAN Digital Masterplan 2025 was adopted.",
  "frameworks": ["adm2025"],
  "elements": ["adm2025/DO2"],
  "maybe": ["adm2025/DO8"],
  "notes": "Named in full.",
  "sources": [{"title": "ASEAN Digital Masterplan 2025 adopted", "url": "https://en.vietnamplus.vn/asean-digital-masterplan-2025-adopted/195233.vnp", "published": "2021-01-22"}],
  "tags": ["en"]
}`
	got, err := ReadGoldCase("a.json", strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	want := GoldCase{
		ID:         "en-test-01",
		Lang:       language.English,
		Title:      "Ministers adopt a plan",
		Text:       "The ASEAN Digital Masterplan 2025 was adopted.",
		Frameworks: []digidip.ID{"adm2025"},
		Elements:   []digidip.ID{"adm2025/DO2"},
		Maybe:      []digidip.ID{"adm2025/DO8"},
		Notes:      "Named in full.",
		Sources: []digidip.Citation{{
			Title:     "ASEAN Digital Masterplan 2025 adopted",
			URL:       "https://en.vietnamplus.vn/asean-digital-masterplan-2025-adopted/195233.vnp",
			Published: digidip.MustParseDate("2021-01-22"),
		}},
		Tags: []string{"en"},
	}
	if diff := cmp.Diff(want, got, cmp.Comparer(func(a, b language.Tag) bool { return a == b })); diff != "" {
		t.Errorf("ReadGoldCase (-want +got):\n%s", diff)
	}
	if !got.HasTag("en") || got.HasTag("vi") {
		t.Errorf("HasTag: got tags %v", got.Tags)
	}
}

func TestReadGoldCaseMinimal(t *testing.T) {
	got, err := ReadGoldCase("m.json", strings.NewReader(`{"id":"x","text":"body"}`))
	if err != nil {
		t.Fatal(err)
	}
	if got.Lang != language.Und || got.Frameworks != nil || got.Elements != nil || got.Maybe != nil {
		t.Errorf("minimal case: got %+v, want und language and no labels", got)
	}
}

// TestReadGoldCaseErrors checks that each kind of defect is reported with
// the file, the JSON pointer (or the line and column of a syntax error) and
// a message that says what is wrong.
func TestReadGoldCaseErrors(t *testing.T) {
	tests := []struct {
		name, doc string
		want      []string // substrings of the error, in order of appearance
	}{
		{"syntax", "{\n  \"id\": \"x\",\n  \"text\": \"y\"\n  \"lang\": \"en\"\n}", []string{"bad.json:4:3:", "invalid character"}},
		{"empty", "", []string{"bad.json: empty file"}},
		{"truncated", "{\"id\": \"x\",\n \"text\": \"y", []string{"bad.json:2:", "unexpected end of JSON input"}},
		{"array", `[]`, []string{"must be a JSON object"}},
		{"null", `null`, []string{"not null"}},
		{"trailing", `{"id":"x","text":"y"} {}`, []string{"bad.json:1:23:", "data after the JSON object"}},
		{"utf8", "{\"id\":\"x\",\"text\":\"a\xffb\"}", []string{"bad.json:1:20:", "invalid UTF-8"}},
		{"missing required", `{"lang":"vi"}`, []string{"bad.json: /id: required field is missing", "bad.json: /text: required field is missing"}},
		{"blank id", `{"id":" ","text":"y"}`, []string{"/id: must not be empty"}},
		{"unknown field", `{"id":"x","text":"y","framework":["bali"]}`, []string{"/framework: unknown field"}},
		{"wrong type", `{"id":7,"text":"y"}`, []string{"/id: want a string, got JSON number"}},
		{"ids not array", `{"id":"x","text":"y","elements":"bali/FA1"}`, []string{"/elements: want an array, got JSON string"}},
		{"bad lang", `{"id":"x","text":"y","lang":"vietnamese!"}`, []string{"/lang: not a BCP 47 tag"}},
		{"malformed id", `{"id":"x","text":"y","elements":["bali/FA1","Bali/FA2"]}`, []string{"/elements/1:", "invalid ID"}},
		{"element as framework", `{"id":"x","text":"y","frameworks":["bali/FA1"]}`, []string{"/frameworks/0: bali/FA1 is an element ID"}},
		{"framework as element", `{"id":"x","text":"y","elements":["bali"]}`, []string{"/elements/0: bali is a framework ID"}},
		{"duplicate", `{"id":"x","text":"y","frameworks":["bali","bali"]}`, []string{"/frameworks/1: bali is listed twice"}},
		{"labelled and maybe", `{"id":"x","text":"y","elements":["bali/FA1"],"maybe":["bali/FA1"]}`, []string{"/maybe/0: bali/FA1 is both labelled and maybe"}},
		{"citation without title or url", `{"id":"x","text":"y","sources":[{"note":"n"}]}`, []string{"/sources/0: citation has neither title nor URL"}},
		{"citation unknown key", `{"id":"x","text":"y","sources":[{"title":"t","page":3}]}`, []string{"/sources/0:", "unknown field"}},
		{"citation bad date", `{"id":"x","text":"y","sources":[{"title":"t","published":"2021-13"}]}`, []string{"/sources/0:", "invalid date"}},
		{"id item not string", `{"id":"x","text":"y","maybe":["bali",3]}`, []string{"/maybe/1: want a string, got JSON number"}},
		{"tag item not string", `{"id":"x","text":"y","tags":[true]}`, []string{"/tags/0: want a string, got JSON bool"}},
		{"null array", `{"id":"x","text":"y","frameworks":null}`, []string{"/frameworks: null is not allowed"}},
		{"null string", `{"id":"x","text":null}`, []string{"/text: null is not allowed"}},
		{"empty tag", `{"id":"x","text":"y","tags":["en",""]}`, []string{"/tags/1: empty tag"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadGoldCase("bad.json", strings.NewReader(tt.doc))
			if err == nil {
				t.Fatal("no error")
			}
			if !errors.Is(err, ErrGold) {
				t.Errorf("error %q does not wrap ErrGold", err)
			}
			var ge *GoldError
			if !errors.As(err, &ge) || ge.Pos.File != "bad.json" {
				t.Errorf("error %q: errors.As finds no *GoldError naming the file", err)
			}
			msg := err.Error()
			at := 0
			for _, w := range tt.want {
				i := strings.Index(msg[at:], w)
				if i < 0 {
					t.Fatalf("error %q lacks %q (after offset %d)", msg, w, at)
				}
				at += i + len(w)
			}
		})
	}
}

func TestReadGoldCaseUnwrap(t *testing.T) {
	_, err := ReadGoldCase("x.json", strings.NewReader(`{"id":"x","text":"y","elements":["Bali/FA1"]}`))
	if !errors.Is(err, digidip.ErrInvalidID) {
		t.Errorf("error %v does not wrap digidip.ErrInvalidID", err)
	}
}

func TestReadGoldCaseTooLarge(t *testing.T) {
	big := `{"id":"x","text":"` + strings.Repeat("a", MaxGoldFileSize) + `"}`
	_, err := ReadGoldCase("big.json", strings.NewReader(big))
	if err == nil || !strings.Contains(err.Error(), "larger than") {
		t.Errorf("got %v, want a size error", err)
	}
}

func TestReadGoldDir(t *testing.T) {
	fsys := fstest.MapFS{
		"g/a.json":         {Data: []byte(`{"id":"a","text":"one"}`)},
		"g/b.json":         {Data: []byte(`{"id":"b","text":"two","elements":["nope"]}`)},
		"g/c.json":         {Data: []byte(`{"id":"c","text":"three"}`)},
		"g/d.json":         {Data: []byte(`{"id":"a","text":"again"}`)},
		"g/README.md":      {Data: []byte("not a case")},
		"g/sub/inner.json": {Data: []byte(`{"id":"inner","text":"skipped"}`)},
	}
	cases, err := ReadGoldDir(fsys, "g")
	var ids []string
	for _, c := range cases {
		ids = append(ids, c.ID)
	}
	if diff := cmp.Diff([]string{"a", "c"}, ids); diff != "" {
		t.Errorf("cases read (-want +got):\n%s", diff)
	}
	if err == nil {
		t.Fatal("no error for the bad files")
	}
	for _, w := range []string{"g/b.json: /elements/0: nope is a framework ID", `g/d.json: /id: case "a" is already defined in g/a.json`} {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error %q lacks %q", err, w)
		}
	}
	if _, err := ReadGoldDir(fsys, "missing"); err == nil {
		t.Error("no error for a missing directory")
	}
}

// knownIDs reports whether id is a framework or element of the default
// catalog, the one the gold sets are written against.
func knownIDs(id digidip.ID) bool { return catalog.Default().Has(id) }

func checkKnownIDs(t *testing.T, c GoldCase) {
	t.Helper()
	for _, list := range [][]digidip.ID{c.Frameworks, c.Elements, c.Maybe} {
		for _, id := range list {
			if !knownIDs(id) {
				t.Errorf("case %s: %s is not a framework or element of the catalog", c.ID, id)
			}
		}
	}
}

func TestSeedGold(t *testing.T) {
	cases := SeedGold()
	if len(cases) != 5 {
		t.Fatalf("SeedGold: %d cases, want 5", len(cases))
	}
	for _, c := range cases {
		t.Run(c.ID, func(t *testing.T) {
			checkKnownIDs(t, c)
			if c.Lang != language.Vietnamese || c.Title == "" || c.Notes == "" {
				t.Errorf("want lang vi, a title and notes; got %q, %q, %q", c.Lang, c.Title, c.Notes)
			}
			// The seed article beside the gold file (owned by the corpus
			// reader) must be exactly title line + rest, so offsets agree.
			raw, err := os.ReadFile(path.Join("seeds", c.ID+".txt"))
			if errors.Is(err, fs.ErrNotExist) {
				t.Skipf("seeds/%s.txt not present", c.ID)
			}
			if err != nil {
				t.Fatal(err)
			}
			title, body := goldTestSplit(string(raw))
			if title != c.Title || body != c.Text {
				t.Errorf("gold title/text differ from seeds/%s.txt", c.ID)
			}
		})
	}
}

// goldTestSplit splits a .txt article the way the corpus .txt reader does:
// the first non-blank line, trimmed, is the title and the bytes after that
// line's newline are the body.
func goldTestSplit(s string) (title, body string) {
	for s != "" {
		line, rest, _ := strings.Cut(s, "\n")
		if t := strings.TrimSpace(line); t != "" {
			return t, rest
		}
		s = rest
	}
	return "", ""
}

// TestWrittenGold checks the team's own gold sets in testdata/gold: every
// file parses, is named after its case, uses only catalog IDs, cites its
// sources, and the split keeps at least 35% of cases held out with both
// languages and near-misses on each side.
func TestWrittenGold(t *testing.T) {
	splits := map[string][]GoldCase{}
	total := 0
	for _, split := range []string{"tuned", "heldout"} {
		dir := path.Join("testdata/gold", split)
		cases, err := ReadGoldDir(os.DirFS("."), dir)
		if err != nil {
			t.Fatal(err)
		}
		splits[split] = cases
		total += len(cases)
		langs := map[string]int{}
		nearMiss := 0
		for _, c := range cases {
			checkKnownIDs(t, c)
			if _, err := os.Stat(path.Join(dir, c.ID+".json")); err != nil {
				t.Errorf("case %s is not in %s/%s.json", c.ID, dir, c.ID)
			}
			base, _ := c.Lang.Base()
			langs[base.String()]++
			if !c.HasTag(base.String()) {
				t.Errorf("case %s: lang %s but no %q tag", c.ID, c.Lang, base)
			}
			if len(c.Sources) == 0 || c.Notes == "" || c.Title == "" {
				t.Errorf("case %s: want a title, notes and at least one source", c.ID)
			}
			if c.HasTag("near-miss") {
				nearMiss++
				if len(c.Frameworks) > 0 {
					t.Errorf("near-miss case %s names frameworks %v", c.ID, c.Frameworks)
				}
			}
		}
		if langs["en"] == 0 || langs["vi"] == 0 || nearMiss == 0 {
			t.Errorf("%s: want en, vi and near-miss cases; got %v and %d near-misses", split, langs, nearMiss)
		}
	}
	if total < 45 {
		t.Errorf("%d written cases, want at least 45", total)
	}
	if h := len(splits["heldout"]); float64(h) < 0.35*float64(total) {
		t.Errorf("%d of %d cases held out, want at least 35%%", h, total)
	}
	seen := map[string]bool{}
	for _, cases := range splits {
		for _, c := range cases {
			if seen[c.ID] {
				t.Errorf("case %s is in both splits", c.ID)
			}
			seen[c.ID] = true
		}
	}
}
