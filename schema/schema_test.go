package schema

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestKindsBytesAndFS(t *testing.T) {
	fsys := FS()
	for _, k := range Kinds() {
		t.Run(string(k), func(t *testing.T) {
			if !k.Known() {
				t.Fatalf("Kinds lists %q but Known says no", k)
			}
			raw, err := Bytes(k)
			if err != nil {
				t.Fatalf("Bytes: %v", err)
			}
			var doc struct {
				Schema string `json:"$schema"`
				ID     string `json:"$id"`
			}
			if err := json.Unmarshal(raw, &doc); err != nil {
				t.Fatalf("schema is not JSON: %v", err)
			}
			if diff := cmp.Diff(k.URL(), doc.ID); diff != "" {
				t.Errorf("$id (-want +got):\n%s", diff)
			}
			if doc.Schema != "https://json-schema.org/draft/2020-12/schema" {
				t.Errorf("$schema = %q, want draft 2020-12", doc.Schema)
			}
			fromFS, err := fs.ReadFile(fsys, k.FileName())
			if err != nil {
				t.Fatalf("FS: %v", err)
			}
			if !slices.Equal(raw, fromFS) {
				t.Errorf("Bytes and FS disagree on %s", k.FileName())
			}
			// Bytes hands out a copy: changing it must not change the next one.
			raw[0] = 'X'
			again, _ := Bytes(k)
			if again[0] == 'X' {
				t.Errorf("Bytes returned the embedded slice itself")
			}
		})
	}
	if _, err := fs.ReadFile(fsys, CommonFile); err != nil {
		t.Errorf("FS lacks %s: %v", CommonFile, err)
	}
}

func TestUnknownKind(t *testing.T) {
	for name, call := range map[string]func() error{
		"Bytes":         func() error { _, err := Bytes("catalogue"); return err },
		"Validate":      func() error { return Validate("catalogue", []byte(`{}`)) },
		"ValidateValue": func() error { return ValidateValue("catalogue", map[string]any{}) },
	} {
		t.Run(name, func(t *testing.T) {
			err := call()
			if !errors.Is(err, ErrUnknownKind) {
				t.Fatalf("err = %v, want ErrUnknownKind", err)
			}
			if !strings.Contains(err.Error(), `"catalogue"`) || !strings.Contains(err.Error(), "enabling-actions") {
				t.Errorf("error %q should name the bad kind and the known ones", err)
			}
		})
	}
}

// TestSchemaDocumentation checks that every property and every definition of
// every schema carries a description, so that the schemas read as reference
// documentation in any tool.
func TestSchemaDocumentation(t *testing.T) {
	fsys := FS()
	names, err := fs.Glob(fsys, "*.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(names) != len(Kinds())+1 {
		t.Errorf("FS holds %d schemas, want one per kind and %s: %v", len(names), CommonFile, names)
	}
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			data, err := fs.ReadFile(fsys, name)
			if err != nil {
				t.Fatal(err)
			}
			var doc map[string]any
			if err := json.Unmarshal(data, &doc); err != nil {
				t.Fatal(err)
			}
			var undocumented []string
			var walk func(ptr string, v any)
			walk = func(ptr string, v any) {
				switch v := v.(type) {
				case map[string]any:
					for _, container := range []string{"properties", "$defs"} {
						members, _ := v[container].(map[string]any)
						for key, sub := range members {
							m, _ := sub.(map[string]any)
							if d, _ := m["description"].(string); strings.TrimSpace(d) == "" {
								undocumented = append(undocumented, ptr+"/"+container+"/"+key)
							}
						}
					}
					for key, sub := range v {
						walk(ptr+"/"+key, sub)
					}
				case []any:
					for i, sub := range v {
						walk(fmt.Sprintf("%s/%d", ptr, i), sub)
					}
				}
			}
			walk("", doc)
			if d, _ := doc["description"].(string); d == "" {
				undocumented = append(undocumented, "(root)")
			}
			slices.Sort(undocumented)
			if len(undocumented) > 0 {
				t.Errorf("no description at:\n%s", strings.Join(undocumented, "\n"))
			}
		})
	}
}

// TestCompilerNeverLoads checks that a $ref outside the embedded schemas is a
// compile error rather than a read from disk or network.
func TestCompilerNeverLoads(t *testing.T) {
	for _, ref := range []string{
		"https://example.com/other.schema.json",
		"file:///etc/passwd",
		"missing.schema.json",
	} {
		t.Run(ref, func(t *testing.T) {
			c, _, err := newCompiler()
			if err != nil {
				t.Fatal(err)
			}
			url := BaseURL + "test.schema.json"
			doc := fmt.Sprintf(`{"$schema":"https://json-schema.org/draft/2020-12/schema","$ref":%q}`, ref)
			if err := c.AddResource(url, strings.NewReader(doc)); err != nil {
				t.Fatal(err)
			}
			_, err = c.Compile(url)
			if !errors.Is(err, errNotEmbedded) {
				t.Fatalf("Compile = %v, want an error wrapping errNotEmbedded", err)
			}
		})
	}
}

func TestEverySchemaCompiles(t *testing.T) {
	for _, k := range Kinds() {
		if _, err := compiledFor(k); err != nil {
			t.Errorf("%s: %v", k, err)
		}
	}
}

// validDocs holds one small valid document per kind, each using most of
// its schema, as the base the invalid cases below are edited from.
var validDocs = map[Kind]string{
	Catalog: `{"frameworks":[{"id":"bali","kind":"message","name":{"en":"Bali Message","vi":"Thông điệp Bali"},
		"aliases":{"und":["ICDD"]},"issuer":"Ministry of Foreign Affairs of Indonesia","adopted":"2021-11-16",
		"summary":{"en":"Five focus areas."},
		"sources":[{"title":"Bali Message","url":"https://example.org/bali","published":"2021-11"}],
		"elements":[{"id":"bali/FA1","kind":"focus-area","code":"FA1","title":{"en":"Policy frameworks","vi":"Khung chính sách"},
			"sources":[{"url":"https://example.org/bali","locator":"para. 1"}]},
			{"id":"bali/FA1.1","kind":"focus-area","code":"FA1.1","parent":"bali/FA1","title":{"en":"A","vi":"B"},"sources":[{"title":"T"}]}]}],
		"relations":[{"from":"bali/FA1","to":"adm2025","kind":"no-counterpart","note":"Compared; nothing corresponds."}]}`,
	Article: `{"id":"a1","title":"Headline","body":"Text.","lang":"vi","url":"https://example.org/a",
		"published":"2021-11-16T09:30:00+07:00","source":"Outlet","byline":"Reporter"}`,
	Mapping: `{"article":{"id":"a1","title":"Headline","lang":"en"},
		"frameworks":[{"id":"bali","score":1,"evidence":[{"field":"body","start":0,"end":12,"text":"Bali Message","sentence":0,"term":"bali message"}]}],
		"elements":[{"id":"bali/FA2","score":0.75,"evidence":[{"field":"title","start":3,"end":9,"text":"crisis","sentence":0,"term":"@crisis AND @diplomacy"}]}]}`,
	Lexicon: `{"lang":"en","description":"English phrases.","terms":{"crisis":["crisis management"]},
		"frameworks":[{"id":"bali","names":["Bali Message"],"guards":["Bali Process"],"query":"@digital","note":"n"}],
		"elements":[{"id":"bali/FA2","rules":[{"query":"@crisis","weight":1.5,"note":"n"}]}]}`,
	Gold: `{"id":"en-bali-01","lang":"en","title":"T","text":"Body.","frameworks":["bali"],"elements":["bali/FA2"],
		"maybe":["icdd2021"],"notes":"n","sources":[{"title":"S"}],"tags":["near-miss"]}`,
	EnablingActions: `{"enablingActions":[{"code":"EA5.1","outcome":"DO5","title":{"en":"E","vi":"V"},"summary":{"en":"S"},
		"priority":"high","timing":"short-term","dependsOn":["EA5.2"],"sources":[{"title":"ADM 2025","locator":"p. 137"}]}]}`,
}

func TestValidDocuments(t *testing.T) {
	for _, k := range Kinds() {
		t.Run(string(k), func(t *testing.T) {
			doc, ok := validDocs[k]
			if !ok {
				t.Fatalf("no valid example for kind %s", k)
			}
			if err := Validate(k, []byte(doc)); err != nil {
				t.Errorf("Validate: %v", err)
			}
			var v any
			if err := json.Unmarshal([]byte(doc), &v); err != nil {
				t.Fatal(err)
			}
			if err := ValidateValue(k, v); err != nil {
				t.Errorf("ValidateValue: %v", err)
			}
		})
	}
}

// at is one expected problem: the pointer in the document and the keyword.
type at struct{ Pointer, Keyword string }

func TestInvalidDocuments(t *testing.T) {
	tests := []struct {
		name string
		kind Kind
		doc  string
		want []at
	}{
		{"catalog: not an object", Catalog, `[]`, []at{{"", "type"}}},
		{"catalog: missing lists", Catalog, `{}`, []at{{"", "required"}}},
		{"catalog: unknown member", Catalog, `{"frameworks":[],"relations":[],"version":1}`, []at{{"/version", "additionalProperties"}}},
		{"catalog: unknown members deep inside, each by its own pointer", Catalog,
			`{"frameworks":[{"id":"bali","kind":"message","name":{"en":"a","vi":"b"},"sources":[{"title":"t","page":4}],"elements":[
				{"id":"bali/FA1","kind":"focus-area","code":"FA1","title":{"en":"a","vi":"b"},"sources":[{"title":"t"}],"parnet":"bali/FA0","Title":{}}]}],"relations":[]}`,
			[]at{{"/frameworks/0/elements/0/Title", "additionalProperties"}, {"/frameworks/0/elements/0/parnet", "additionalProperties"}, {"/frameworks/0/sources/0/page", "additionalProperties"}}},
		{"catalog: framework ID in capitals", Catalog,
			`{"frameworks":[{"id":"ADM2025","kind":"masterplan","name":{"en":"a","vi":"b"},"sources":[{"title":"t"}],"elements":[]}],"relations":[]}`,
			[]at{{"/frameworks/0/id", "pattern"}}},
		{"catalog: framework ID with a double hyphen", Catalog,
			`{"frameworks":[{"id":"vn--mic","kind":"task-list","name":{"en":"a","vi":"b"},"sources":[{"title":"t"}],"elements":[]}],"relations":[]}`,
			[]at{{"/frameworks/0/id", "pattern"}}},
		{"catalog: element without Vietnamese title, citation without title or url", Catalog,
			`{"frameworks":[{"id":"bali","kind":"message","name":{"en":"a","vi":"b"},"sources":[{"title":"t"}],"elements":[
				{"id":"bali/FA1","kind":"focus-area","code":"FA1","title":{"en":"a"},"sources":[{"title":"t"}]},
				{"id":"bali/FA2","kind":"focus-area","code":"FA2","title":{"en":"a","vi":"b"},"sources":[{"publisher":"p"}]}]}],"relations":[]}`,
			[]at{{"/frameworks/0/elements/0/title", "required"}, {"/frameworks/0/elements/1/sources/0", "anyOf"}}},
		{"catalog: element ID without code, bad date, empty sources", Catalog,
			`{"frameworks":[{"id":"bali","kind":"message","name":{"en":"a","vi":"b"},"adopted":"2021-13","sources":[],"elements":[
				{"id":"bali/","kind":"focus-area","code":"FA1","title":{"en":"a","vi":"b"},"sources":[{"title":"t"}]}]}],"relations":[]}`,
			[]at{{"/frameworks/0/adopted", "pattern"}, {"/frameworks/0/elements/0/id", "pattern"}, {"/frameworks/0/sources", "minItems"}}},
		{"catalog: code longer than 64 bytes", Catalog,
			`{"frameworks":[{"id":"bali","kind":"message","name":{"en":"a","vi":"b"},"sources":[{"title":"t"}],"elements":[
				{"id":"bali/A` + strings.Repeat("1", 64) + `","kind":"focus-area","code":"FA1","title":{"en":"a","vi":"b"},"sources":[{"title":"t"}]}]}],"relations":[]}`,
			[]at{{"/frameworks/0/elements/0/id", "pattern"}}},
		{"catalog: relation kind and blank note; problems sorted numerically", Catalog,
			`{"frameworks":[],"relations":[` + strings.Repeat(`{"from":"a","to":"b","kind":"supports","note":"n"},`, 10) +
				`{"from":"a","to":"b","kind":"related","note":"  "}, {"from":"a","to":"b/","kind":"supports","note":"n"}]}`,
			[]at{{"/relations/10/kind", "enum"}, {"/relations/10/note", "pattern"}, {"/relations/11/to", "pattern"}}},
		{"catalog: text under a key that is not a language tag", Catalog,
			`{"frameworks":[{"id":"bali","kind":"message","name":{"en":"a","vi":"b","not a tag":"c"},"sources":[{"title":"t"}],"elements":[]}],"relations":[]}`,
			[]at{{"/frameworks/0/name/not a tag", "pattern"}}},
		{"catalog: citation URL not http", Catalog,
			`{"frameworks":[{"id":"bali","kind":"message","name":{"en":"a","vi":"b"},"sources":[{"url":"ftp://x.org/a"}],"elements":[]}],"relations":[]}`,
			[]at{{"/frameworks/0/sources/0/url", "pattern"}}},
		{"article: no body", Article, `{"title":"t"}`, []at{{"", "required"}}},
		{"article: misspelt member", Article, `{"body":"b","titel":"t"}`, []at{{"/titel", "additionalProperties"}}},
		{"article: body not a string", Article, `{"body":42}`, []at{{"/body", "type"}}},
		{"article: published in another format", Article, `{"body":"b","published":"16/11/2021"}`, []at{{"/published", "pattern"}}},
		{"article: lang not a tag", Article, `{"body":"b","lang":"Vietnamese language"}`, []at{{"/lang", "pattern"}}},
		{"mapping: evidence field and negative offset", Mapping,
			`{"article":{"id":"a"},"frameworks":[{"id":"bali","score":1,"evidence":[{"field":"lead","start":-1,"end":2,"text":"x","sentence":0,"term":"t"}]}],"elements":[]}`,
			[]at{{"/frameworks/0/evidence/0/field", "enum"}, {"/frameworks/0/evidence/0/start", "minimum"}}},
		{"mapping: element ID under frameworks, framework ID under elements", Mapping,
			`{"article":{},"frameworks":[{"id":"bali/FA1","score":1,"evidence":[{"field":"body","start":0,"end":1,"text":"x","sentence":0,"term":"t"}]}],
				"elements":[{"id":"bali","score":1,"evidence":[{"field":"body","start":0,"end":1,"text":"x","sentence":0,"term":"t"}]}]}`,
			[]at{{"/elements/0/id", "pattern"}, {"/frameworks/0/id", "pattern"}}},
		{"mapping: batch error record is not a mapping", Mapping, `{"source":"a.json","error":"bad"}`,
			[]at{{"", "required"}, {"/error", "additionalProperties"}, {"/source", "additionalProperties"}}},
		{"mapping: fractional offset, no evidence", Mapping,
			`{"article":{},"frameworks":[],"elements":[{"id":"bali/FA1","score":1,"evidence":[]},{"id":"bali/FA2","score":-0.5,"evidence":[{"field":"body","start":0.5,"end":1,"text":"x","sentence":0,"term":"t"}]}]}`,
			[]at{{"/elements/0/evidence", "minItems"}, {"/elements/1/evidence/0/start", "type"}, {"/elements/1/score", "minimum"}}},
		{"lexicon: no lang, empty phrase, rule without query", Lexicon,
			`{"terms":{"g":["ok",""]},"elements":[{"id":"adm2025/DO2","rules":[{"weight":1}]}]}`,
			[]at{{"", "required"}, {"/elements/0/rules/0", "required"}, {"/terms/g/1", "pattern"}}},
		{"lexicon: framework entry without names, bad group name", Lexicon,
			`{"lang":"vi","terms":{"@bad":["x"]},"frameworks":[{"id":"boracay","names":[]}]}`,
			[]at{{"/frameworks/0/names", "minItems"}, {"/terms/@bad", "pattern"}}},
		{"gold: no text, repeated element, element under frameworks", Gold,
			`{"id":"c1","frameworks":["bali/FA1"],"elements":["bali/FA1","bali/FA1"]}`,
			[]at{{"", "required"}, {"/elements", "uniqueItems"}, {"/frameworks/0", "pattern"}}},
		{"gold: blank id, key with slash", Gold, `{"id":" ","text":"t","a/b":1}`,
			[]at{{"/a~1b", "additionalProperties"}, {"/id", "pattern"}}},
		{"enabling actions: bad codes, priority, no sources", EnablingActions,
			`{"enablingActions":[{"code":"EA5","outcome":"5","title":{"en":"a","vi":"b"},"priority":"urgent","dependsOn":["EA5.1","x"]}]}`,
			[]at{{"/enablingActions/0", "required"}, {"/enablingActions/0/code", "pattern"}, {"/enablingActions/0/dependsOn/1", "pattern"}, {"/enablingActions/0/outcome", "pattern"}, {"/enablingActions/0/priority", "enum"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := ValidateNamed(tt.kind, "doc.json", []byte(tt.doc))
			var se *Error
			if !errors.As(err, &se) {
				t.Fatalf("err = %v (%T), want *schema.Error", err, err)
			}
			if !errors.Is(err, ErrInvalid) {
				t.Errorf("*Error does not match ErrInvalid")
			}
			if se.Kind != tt.kind || se.Source != "doc.json" {
				t.Errorf("Kind, Source = %q, %q; want %q, doc.json", se.Kind, se.Source, tt.kind)
			}
			var got []at
			for _, p := range se.Problems {
				got = append(got, at{p.InstancePointer, p.Keyword})
				if p.Message == "" || p.KeywordLocation == "" || !strings.HasPrefix(p.SchemaLocation, BaseURL) {
					t.Errorf("incomplete problem %+v", p)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("problems (-want +got):\n%s\nerror: %v", diff, err)
			}
		})
	}
}

func TestErrorString(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"one problem at the root", ValidateNamed(Article, "a.json", []byte(`{}`)),
			`a.json: not a valid article document: (root): missing properties: 'body' (required)`},
		{"two problems, no source", Validate(Article, []byte(`{"body":1,"lang":"x y"}`)),
			`not a valid article document: /body: expected string, but got number (type) (and 1 more problem)`},
		{"named definition", Validate(Gold, []byte(`{"id":"c","text":"t","frameworks":["Bali"],"elements":["x"],"maybe":["y/"]}`)),
			`not a valid gold document: /elements/0: not a valid element ID: does not match pattern '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*/[A-Za-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)*$' (pattern) (and 2 more problems)`},
		{"alternatives", Validate(Gold, []byte(`{"id":"c","text":"t","sources":[{"note":"n"}]}`)),
			`not a valid gold document: /sources/0: not a valid citation: none of the alternatives holds: missing properties: 'title'; or missing properties: 'url' (anyOf)`},
		{"syntax", ValidateNamed(Catalog, "c.json", []byte("{\n  \"frameworks\": [,]\n}")),
			`c.json:2:18: invalid JSON (byte 19) in catalog document: invalid character ',' looking for beginning of value`},
		{"depth", Validate(Lexicon, []byte(strings.Repeat("[", MaxDepth+1))),
			fmt.Sprintf(`<input>:1:%d: lexicon document nests arrays and objects deeper than %d levels (byte %d)`, MaxDepth+1, MaxDepth, MaxDepth)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.err == nil {
				t.Fatal("got no error")
			}
			if diff := cmp.Diff(tt.want, tt.err.Error()); diff != "" {
				t.Errorf("Error() (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSyntaxErrors(t *testing.T) {
	tests := []struct {
		name         string
		doc          string
		offset       int64
		line, column int
		msg          string
	}{
		{"empty", ``, 0, 1, 1, "empty document: no JSON value"},
		{"only white space", "  \n ", 4, 2, 2, "empty document: no JSON value"},
		{"unterminated", `{"body":"b"`, 11, 1, 12, "unexpected end of JSON input"},
		{"bad token on line 3", "{\n\"body\":\n x}", 11, 3, 2, "invalid character 'x' looking for beginning of value"},
		{"trailing value", `{"body":"b"} {"body":"c"}`, 13, 1, 14, "data after the JSON value"},
		{"invalid UTF-8", "{\"body\":\"caf\xe9\"}", 12, 1, 13, "invalid UTF-8"},
		{"multi-byte column", "{\"title\":\"Hà Nội\",}", 21, 1, 22, "invalid character '}' looking for beginning of object key string"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := ValidateNamed(Article, "in.json", []byte(tt.doc))
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("err = %v (%T), want *schema.SyntaxError", err, err)
			}
			if !errors.Is(err, ErrInvalid) {
				t.Errorf("*SyntaxError does not match ErrInvalid")
			}
			got := fmt.Sprintf("%s %d %d:%d %s", se.Source, se.Offset, se.Line, se.Column, se.Msg)
			want := fmt.Sprintf("in.json %d %d:%d %s", tt.offset, tt.line, tt.column, tt.msg)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("source, offset, line:column, message (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDepthLimit(t *testing.T) {
	nest := func(n int, inner string) string {
		return strings.Repeat(`{"a":[`, n) + inner + strings.Repeat(`]}`, n)
	}
	tests := []struct {
		name      string
		doc       string
		tooDeep   bool
		wantBytes int64
	}{
		{"at the limit", nest(MaxDepth/2, `1`), false, 0},
		// The opening '[' is level 1; each `{"a":[` (6 bytes) adds two more, so
		// the '[' of the last one opens level MaxDepth+1.
		{"one past the limit", `[` + nest(MaxDepth/2, `1`) + `]`, true, 1 + (MaxDepth/2-1)*6 + 5},
		{"brackets inside strings do not count", `{"body":"` + strings.Repeat(`[{\"`, 1000) + `"}`, false, 0},
		{"far too deep, never closed", strings.Repeat(`[`, 1<<20), true, MaxDepth},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Validate(Article, []byte(tt.doc))
			var de *DepthError
			if got := errors.As(err, &de); got != tt.tooDeep {
				t.Fatalf("err = %v; DepthError: %v, want %v", err, got, tt.tooDeep)
			}
			if !tt.tooDeep {
				return
			}
			if de.Limit != MaxDepth || de.Offset != tt.wantBytes || de.Line != 1 || de.Column != int(tt.wantBytes)+1 {
				t.Errorf("DepthError = %+v, want offset %d", de, tt.wantBytes)
			}
			if !errors.Is(err, ErrInvalid) {
				t.Errorf("*DepthError does not match ErrInvalid")
			}
		})
	}
}

func TestValidateValue(t *testing.T) {
	type article struct {
		Body  string `json:"body"`
		Title string `json:"title,omitempty"`
		Extra int    `json:"extra,omitempty"`
	}
	tests := []struct {
		name string
		v    any
		want []at
	}{
		{"struct", article{Body: "b", Title: "t"}, nil},
		{"struct with a member the schema lacks", article{Body: "b", Extra: 1}, []at{{"/extra", "additionalProperties"}}},
		{"raw message", json.RawMessage(`{"body":"b","lang":"vi"}`), nil},
		{"decoded map", map[string]any{"body": 3}, []at{{"/body", "type"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := ValidateValue(Article, tt.v)
			var got []at
			if err != nil {
				var se *Error
				if !errors.As(err, &se) {
					t.Fatalf("err = %v (%T), want *schema.Error", err, err)
				}
				for _, p := range se.Problems {
					got = append(got, at{p.InstancePointer, p.Keyword})
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
	t.Run("cannot marshal", func(t *testing.T) {
		err := ValidateValue(Article, map[string]any{"body": make(chan int)})
		var ute *json.UnsupportedTypeError
		if !errors.As(err, &ute) {
			t.Fatalf("err = %v, want a wrapped *json.UnsupportedTypeError", err)
		}
		if errors.Is(err, ErrInvalid) {
			t.Errorf("a marshalling failure must not read as an invalid document")
		}
	})
}

// TestLargeNumbersKeepPrecision checks that numbers reach the validator as
// json.Number: 2^53+1 as a float64 would round to an even integer and a
// fraction below float64 resolution would vanish.
func TestLargeNumbersKeepPrecision(t *testing.T) {
	doc := `{"article":{},"frameworks":[],"elements":[{"id":"a/B","score":1,"evidence":[{"field":"body","start":9007199254740993,"end":9007199254740993.0000000001,"text":"","sentence":0,"term":"t"}]}]}`
	err := Validate(Mapping, []byte(doc))
	var se *Error
	if !errors.As(err, &se) {
		t.Fatalf("err = %v, want *schema.Error", err)
	}
	got := []at{}
	for _, p := range se.Problems {
		got = append(got, at{p.InstancePointer, p.Keyword})
	}
	if diff := cmp.Diff([]at{{"/elements/0/evidence/0/end", "type"}}, got); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
}

func TestPointerEscaping(t *testing.T) {
	// Keys with "/", "~", "%" and spaces must come back as RFC 6901 tokens.
	doc := `{"lang":"vi","terms":{"a/b":["x"],"c~d":["x"],"e%f g":["x"],"ok":[""]}}`
	err := Validate(Lexicon, []byte(doc))
	var se *Error
	if !errors.As(err, &se) {
		t.Fatalf("err = %v, want *schema.Error", err)
	}
	var got []string
	for _, p := range se.Problems {
		got = append(got, p.InstancePointer)
	}
	want := []string{"/terms/a~1b", "/terms/c~0d", "/terms/e%f g", "/terms/ok/0"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("pointers (-want +got):\n%s", diff)
	}

	// An unexpected member whose name looks percent-encoded keeps its name.
	err = Validate(Gold, []byte(`{"id":"c","text":"t","x%41/~":1}`))
	if !errors.As(err, &se) {
		t.Fatalf("err = %v, want *schema.Error", err)
	}
	if len(se.Problems) != 1 || se.Problems[0].InstancePointer != "/x%41~1~0" || !strings.Contains(se.Problems[0].Message, `"x%41/~"`) {
		t.Errorf("problems = %+v, want one at /x%%41~1~0 naming \"x%%41/~\"", se.Problems)
	}
}

func TestComparePointers(t *testing.T) {
	in := []string{"/a/10", "/b", "", "/a/2/x", "/a/2", "/a/x", "/a/10/y"}
	want := []string{"", "/a/2", "/a/2/x", "/a/10", "/a/10/y", "/a/x", "/b"}
	slices.SortFunc(in, comparePointers)
	if diff := cmp.Diff(want, in); diff != "" {
		t.Errorf("order (-want +got):\n%s", diff)
	}
}

// TestConcurrentValidation runs the first compilation and many validations
// from several goroutines at once; run with -race.
func TestConcurrentValidation(t *testing.T) {
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for i := range 16 {
		k := Kinds()[i%len(Kinds())]
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				if err := Validate(k, []byte(validDocs[k])); err != nil {
					errs <- fmt.Errorf("%s: %w", k, err)
					return
				}
				if err := Validate(k, []byte(`{"x":1}`)); !errors.Is(err, ErrInvalid) {
					errs <- fmt.Errorf("%s: invalid document gave %v", k, err)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// FuzzValidate feeds arbitrary bytes to every kind: Validate must never
// panic, and must answer with nil or one of its documented errors.
func FuzzValidate(f *testing.F) {
	for _, doc := range validDocs {
		f.Add([]byte(doc))
	}
	f.Add([]byte(`{"body":"\ud800"}`))
	f.Add([]byte(strings.Repeat("[", 300)))
	f.Add([]byte("{\"body\":\"\xff\"}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, k := range Kinds() {
			err := Validate(k, data)
			if err == nil {
				continue
			}
			var (
				se  *Error
				syn *SyntaxError
				de  *DepthError
			)
			switch {
			case errors.As(err, &se):
				if len(se.Problems) == 0 {
					t.Fatalf("%s: *Error with no problems", k)
				}
			case errors.As(err, &syn), errors.As(err, &de):
			default:
				t.Fatalf("%s: unexpected error %T: %v", k, err, err)
			}
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("%s: %v does not match ErrInvalid", k, err)
			}
		}
	})
}

// BenchmarkCompile measures the one-time cost of compiling a schema, which
// the first Validate of each kind pays (for example when a Mapper loads its
// first lexicon).
func BenchmarkCompile(b *testing.B) {
	for _, k := range []Kind{Catalog, Lexicon} {
		b.Run(string(k), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := compile(k); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
