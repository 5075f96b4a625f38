package lexicon_test

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/digidip/digidip"
	"github.com/digidip/digidip/catalog"
	"github.com/digidip/digidip/corpus/lexicon"
	"github.com/digidip/digidip/schema"
	"github.com/google/go-cmp/cmp"
)

// The embedded files must be valid against the schema and pass Check, and
// read back through Read exactly as Default decodes them.
func TestEmbeddedFilesValid(t *testing.T) {
	files := lexicon.EmbeddedFiles()
	if len(files) < 2 {
		t.Fatalf("EmbeddedFiles() has %d files, want vi and en at least", len(files))
	}
	for name, data := range files {
		t.Run(name, func(t *testing.T) {
			if err := schema.Validate(schema.Lexicon, data); err != nil {
				t.Fatalf("schema: %v", err)
			}
			f, err := lexicon.Read(name, strings.NewReader(string(data)))
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			d, ok := lexicon.DefaultFile(f.Lang)
			if !ok {
				t.Fatalf("DefaultFile(%q) not found", f.Lang)
			}
			if diff := cmp.Diff(d, f); diff != "" {
				t.Errorf("Default and Read differ (-default +read):\n%s", diff)
			}
		})
	}
}

// Every framework and element of the default catalog has names or rules in
// every embedded language, and every ID of the lexicons is in the catalog.
func TestEmbeddedCoverCatalog(t *testing.T) {
	cat := catalog.Default()
	var want []digidip.ID
	for _, fw := range cat.Frameworks() {
		want = append(want, fw.ID)
		for _, el := range cat.Elements(fw.ID) {
			// Enabling actions are reached through their outcomes:
			// the rubric labels outcomes, never enabling actions.
			if strings.HasPrefix(el.ID.Code(), "EA") {
				continue
			}
			want = append(want, el.ID)
		}
	}
	slices.Sort(want)
	for _, f := range lexicon.Default() {
		t.Run(f.Lang, func(t *testing.T) {
			var got []digidip.ID
			for _, fw := range f.Frameworks {
				got = append(got, fw.ID)
			}
			for _, el := range f.Elements {
				got = append(got, el.ID)
			}
			for _, id := range got {
				if !cat.Has(id) {
					t.Errorf("lexicon ID %s is not in catalog.Default()", id)
				}
			}
			slices.Sort(got)
			var missing []digidip.ID
			for _, id := range want {
				// The ICDD panels are session titles whose themes are
				// the Bali focus areas (FA2-FA4); the gold rubric
				// labels the focus areas, never the panels, so no
				// lexicon has panel rules.
				if cat, _ := cat.Element(id); cat.Kind == "panel" {
					continue
				}
				if _, ok := slices.BinarySearch(got, id); !ok {
					missing = append(missing, id)
				}
			}
			if len(missing) > 0 {
				t.Errorf("catalog IDs without lexicon entries: %v", missing)
			}
		})
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name        string
		doc         string
		wantPointer string
		wantErr     error
	}{
		{
			name:        "unknown group",
			doc:         `{"lang":"en","elements":[{"id":"adm2025/DO2","rules":[{"query":"@nope"}]}]}`,
			wantPointer: "/elements/0/rules/0/query",
			wantErr:     lexicon.ErrUnknownGroup,
		},
		{
			name:        "bad query",
			doc:         `{"lang":"en","terms":{"g":["x"]},"elements":[{"id":"adm2025/DO2","rules":[{"query":"@g AND"}]}]}`,
			wantPointer: "/elements/0/rules/0/query",
			wantErr:     lexicon.ErrSyntax,
		},
		{
			name:        "duplicate element",
			doc:         `{"lang":"en","elements":[{"id":"bali/FA1","rules":[{"query":"a"}]},{"id":"bali/FA1","rules":[{"query":"b"}]}]}`,
			wantPointer: "/elements/1/id",
			wantErr:     lexicon.ErrDuplicate,
		},
		{
			name:        "framework query",
			doc:         `{"lang":"vi","frameworks":[{"id":"vn-mic","names":["bộ tt&tt"],"query":"NOT x"}]}`,
			wantPointer: "/frameworks/0/query",
			wantErr:     lexicon.ErrNoPositive,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := lexicon.Read("test.json", strings.NewReader(tt.doc))
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Read: %v, want %v", err, tt.wantErr)
			}
			var le *lexicon.Error
			if !errors.As(err, &le) {
				t.Fatalf("Read error %T has no *lexicon.Error", err)
			}
			if le.File != "test.json" || le.Pointer != tt.wantPointer {
				t.Errorf("error at %s %s, want test.json %s (%v)", le.File, le.Pointer, tt.wantPointer, err)
			}
		})
	}
}

func TestReadSchemaErrors(t *testing.T) {
	for _, doc := range []string{
		`{"terms":{}}`,                               // lang missing
		`{"lang":"en","colour":"red"}`,               // unknown member
		`{"lang":"en","frameworks":[{"id":"bali"}]}`, // names missing
		`not json`,
	} {
		_, err := lexicon.Read("bad.json", strings.NewReader(doc))
		if err == nil {
			t.Errorf("Read(%s) succeeded", doc)
			continue
		}
		if !strings.Contains(err.Error(), "bad.json") {
			t.Errorf("Read(%s) error %q does not name the file", doc, err)
		}
	}
}

func TestMerge(t *testing.T) {
	base := &lexicon.File{
		Lang:  "en",
		Terms: map[string][]string{"cyber": {"cybersecurity"}},
		Frameworks: []lexicon.FrameworkEntry{
			{ID: "bali", Names: []string{"bali message"}, Guards: []string{"bali process"}},
		},
		Elements: []lexicon.ElementEntry{
			{ID: "boracay/B7", Rules: []lexicon.Rule{{Query: "@cyber AND cooperation"}}},
		},
	}
	ext := &lexicon.File{
		Lang:  "en",
		Terms: map[string][]string{"cyber": {"cybercrime", "cybersecurity"}, "new": {"x"}},
		Frameworks: []lexicon.FrameworkEntry{
			{ID: "bali", Names: []string{"the bali message"}, Guards: []string{"bali democracy forum"}, ByElements: true},
		},
		Elements: []lexicon.ElementEntry{
			{ID: "boracay/B7", IgnorePartialLists: true, Rules: []lexicon.Rule{{Query: "cert AND joint", Weight: 0.5}}},
			{ID: "boracay/B8", Rules: []lexicon.Rule{{Query: "climate"}}},
		},
	}
	got, err := lexicon.Merge(base, ext)
	if err != nil {
		t.Fatal(err)
	}
	want := &lexicon.File{
		Lang:  "en",
		Terms: map[string][]string{"cyber": {"cybersecurity", "cybercrime"}, "new": {"x"}},
		Frameworks: []lexicon.FrameworkEntry{
			{ID: "bali", Names: []string{"bali message", "the bali message"}, Guards: []string{"bali process", "bali democracy forum"}, ByElements: true},
		},
		Elements: []lexicon.ElementEntry{
			{ID: "boracay/B7", IgnorePartialLists: true, Rules: []lexicon.Rule{{Query: "@cyber AND cooperation"}, {Query: "cert AND joint", Weight: 0.5}}},
			{ID: "boracay/B8", Rules: []lexicon.Rule{{Query: "climate"}}},
		},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Merge mismatch (-want +got):\n%s", diff)
	}
	if len(base.Terms["cyber"]) != 1 || len(base.Frameworks[0].Names) != 1 {
		t.Error("Merge modified its base")
	}
	if _, err := lexicon.Merge(base, &lexicon.File{Lang: "vi"}); !errors.Is(err, lexicon.ErrLanguageMismatch) {
		t.Errorf("Merge(en, vi) = %v, want ErrLanguageMismatch", err)
	}
}

// A lexicon extension read from a file: one new phrase for an element.
func ExampleRead() {
	const ext = `{
	  "lang": "en",
	  "description": "Extra phrases for a newsroom's own style.",
	  "terms": {"cables": ["undersea cable", "undersea cables"]},
	  "elements": [
	    {"id": "adm2025/DO2", "rules": [{"query": "@cables AND (repair OR resilience)", "weight": 1}]}
	  ]
	}`
	f, err := lexicon.Read("newsroom.json", strings.NewReader(ext))
	if err != nil {
		fmt.Println(err)
		return
	}
	en, _ := lexicon.DefaultFile("en")
	merged, err := lexicon.Merge(en, f)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, el := range merged.Elements {
		if el.ID == "adm2025/DO2" {
			fmt.Println(el.Rules[len(el.Rules)-1].Query)
		}
	}
	// Output:
	// @cables AND (repair OR resilience)
}

// Parse reports where a query goes wrong.
func ExampleParse() {
	_, err := lexicon.Parse(`@broadband AND (rural OR "remote areas"`)
	var qe *lexicon.QueryError
	if errors.As(err, &qe) {
		fmt.Println(qe.Offset, errors.Is(err, lexicon.ErrSyntax))
	}
	n, _ := lexicon.Parse(`NEAR/6(e-government, businesses OR firms) AND NOT "strategic competition"`)
	fmt.Println(n)
	// Output:
	// 39 true
	// (NEAR/6("e-government", ("businesses" OR "firms")) AND NOT "strategic competition")
}
