package schema_test

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/digidip/digidip"
	"github.com/digidip/digidip/asean"
	"github.com/digidip/digidip/corpus"
	"github.com/digidip/digidip/corpus/lexicon"
	"github.com/digidip/digidip/schema"
	"golang.org/x/text/language"
)

// This file keeps the Go types and the schemas from drifting apart. For each
// exported type that has a JSON form, it builds a sample value with every
// field set, marshals it with the type's own encoding, and walks the JSON
// beside the schema: every member the Go value writes must be a property of
// the schema, and every property of the schema must be written by the Go
// value. Marshalling rather than reading struct tags is deliberate: several
// types (corpus.Article, digidip.Text, digidip.Aliases, digidip.Catalog)
// have their own MarshalJSON, and only the encoding says what a reader
// of the JSON sees.

// driftCase is one Go type held against one schema definition.
type driftCase struct {
	name string
	kind schema.Kind
	// def is the JSON pointer of the definition inside the kind's schema
	// ("" for the whole document), or an absolute URL with a fragment for
	// a definition of the common schema.
	def string
	// value returns a sample with every field set.
	value func(t *testing.T) any
}

var driftCases = []driftCase{
	{"digidip.Catalog", schema.Catalog, "", func(t *testing.T) any { return sampleCatalog(t) }},
	{"digidip.Framework", schema.Catalog, "/$defs/Framework", func(t *testing.T) any { return sampleFramework() }},
	{"digidip.Element", schema.Catalog, "/$defs/Element", func(t *testing.T) any { return sampleFramework().Elements[1] }},
	{"digidip.Relation", schema.Catalog, "/$defs/Relation", func(t *testing.T) any { return fill[digidip.Relation]() }},
	{"digidip.Citation", schema.Catalog, schema.BaseURL + schema.CommonFile + "#/$defs/Citation",
		func(t *testing.T) any { return fill[digidip.Citation]() }},
	{"corpus.Article", schema.Article, "", func(t *testing.T) any { return fill[corpus.Article]() }},
	{"corpus.GoldCase", schema.Gold, "", func(t *testing.T) any { return fill[corpus.GoldCase]() }},
	{"corpus.Mapping", schema.Mapping, "", func(t *testing.T) any { return fill[corpus.Mapping]() }},
	{"corpus.FrameworkMatch", schema.Mapping, "/$defs/FrameworkMatch", func(t *testing.T) any { return fill[corpus.FrameworkMatch]() }},
	{"corpus.ElementMatch", schema.Mapping, "/$defs/ElementMatch", func(t *testing.T) any { return fill[corpus.ElementMatch]() }},
	{"corpus.Evidence", schema.Mapping, "/$defs/Evidence", func(t *testing.T) any { return fill[corpus.Evidence]() }},
	{"lexicon.File", schema.Lexicon, "", func(t *testing.T) any { return fill[lexicon.File]() }},
	{"lexicon.FrameworkEntry", schema.Lexicon, "/$defs/FrameworkEntry", func(t *testing.T) any { return fill[lexicon.FrameworkEntry]() }},
	{"lexicon.ElementEntry", schema.Lexicon, "/$defs/ElementEntry", func(t *testing.T) any { return fill[lexicon.ElementEntry]() }},
	{"lexicon.Rule", schema.Lexicon, "/$defs/Rule", func(t *testing.T) any { return fill[lexicon.Rule]() }},
	{"asean.EnablingAction", schema.EnablingActions, "/$defs/EnablingAction",
		func(t *testing.T) any { return fill[asean.EnablingAction]() }},
	{"enabling-actions file of asean.EnablingAction", schema.EnablingActions, "",
		func(t *testing.T) any {
			return map[string]any{"enablingActions": []asean.EnablingAction{fill[asean.EnablingAction]()}}
		}},
}

func TestGoTypesMatchSchemas(t *testing.T) {
	docs := loadSchemaDocs(t)
	for _, dc := range driftCases {
		t.Run(dc.name, func(t *testing.T) {
			data, err := json.Marshal(dc.value(t))
			if err != nil {
				t.Fatalf("marshal sample: %v", err)
			}
			var v any
			if err := json.Unmarshal(data, &v); err != nil {
				t.Fatal(err)
			}
			url, ptr := dc.kind.URL(), dc.def
			if before, after, ok := strings.Cut(dc.def, "#"); ok {
				url, ptr = before, after
			}
			node, base := docs.resolve(t, url, ptr)
			if problems := docs.check(t, base, node, v); len(problems) > 0 {
				t.Errorf("Go type and schema disagree:\n%s\nsample JSON: %s", strings.Join(problems, "\n"), data)
			}
		})
	}
}

// TestDriftCheckerCatchesDrift makes sure the checker is not vacuous: a Go
// type with an extra member, and one that lacks a property, must both be
// reported.
func TestDriftCheckerCatchesDrift(t *testing.T) {
	docs := loadSchemaDocs(t)
	type relationPlus struct {
		digidip.Relation
		Weight float64 `json:"weight"`
	}
	type relationMinus struct {
		From digidip.ID `json:"from"`
		To   digidip.ID `json:"to"`
		Kind string     `json:"kind"`
	}
	tests := []struct {
		name  string
		value any
		want  []string
	}{
		{"extra member", fill[relationPlus](), []string{`/weight: written by Go, not a property of the schema`}},
		{"missing member", fill[relationMinus](), []string{`/note: a property of the schema that Go never writes`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, err := json.Marshal(tt.value)
			if err != nil {
				t.Fatal(err)
			}
			var v any
			if err := json.Unmarshal(data, &v); err != nil {
				t.Fatal(err)
			}
			node, base := docs.resolve(t, schema.Catalog.URL(), "/$defs/Relation")
			if got := docs.check(t, base, node, v); !slices.Equal(tt.want, got) {
				t.Errorf("problems = %q, want %q", got, tt.want)
			}
		})
	}
}

// schemaDocs holds every embedded schema document, decoded, by URL.
type schemaDocs map[string]any

func loadSchemaDocs(t *testing.T) schemaDocs {
	t.Helper()
	docs := schemaDocs{}
	names, err := fs.Glob(schema.FS(), "*.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		data, err := fs.ReadFile(schema.FS(), name)
		if err != nil {
			t.Fatal(err)
		}
		var doc any
		if err := json.Unmarshal(data, &doc); err != nil {
			t.Fatal(err)
		}
		docs[schema.BaseURL+name] = doc
	}
	return docs
}

// resolve returns the schema node at the JSON pointer ptr of the document
// at url, and the document's URL as the base for the $refs inside it.
func (d schemaDocs) resolve(t *testing.T, url, ptr string) (map[string]any, string) {
	t.Helper()
	node, ok := d[url]
	if !ok {
		t.Fatalf("no embedded schema %s", url)
	}
	if ptr != "" {
		for _, tok := range strings.Split(strings.TrimPrefix(ptr, "/"), "/") {
			tok = strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
			switch n := node.(type) {
			case map[string]any:
				node = n[tok]
			case []any:
				i, err := strconv.Atoi(tok)
				if err != nil || i < 0 || i >= len(n) {
					t.Fatalf("%s#%s: no index %q", url, ptr, tok)
				}
				node = n[i]
			default:
				t.Fatalf("%s#%s: cannot step into %T", url, ptr, node)
			}
		}
	}
	m, ok := node.(map[string]any)
	if !ok {
		t.Fatalf("%s#%s is not a schema object", url, ptr)
	}
	return m, url
}

// shape is what a schema node, with its $ref and allOf followed, says about
// objects and arrays: the named properties (nil when it names none), the
// schema for other members, and the schema for array items.
type shape struct {
	properties map[string]ref
	additional *ref
	items      *ref
}

// ref is a schema node together with the URL its own $refs resolve against.
type ref struct {
	node map[string]any
	base string
}

func (d schemaDocs) shapeOf(t *testing.T, base string, node map[string]any) shape {
	t.Helper()
	var s shape
	var merge func(base string, node map[string]any)
	merge = func(base string, node map[string]any) {
		if r, ok := node["$ref"].(string); ok {
			url, ptr, _ := strings.Cut(r, "#")
			if url == "" {
				url = base
			} else if !strings.Contains(url, "://") {
				url = base[:strings.LastIndexByte(base, '/')+1] + url
			}
			target, tbase := d.resolve(t, url, ptr)
			merge(tbase, target)
		}
		if all, ok := node["allOf"].([]any); ok {
			for _, sub := range all {
				if m, ok := sub.(map[string]any); ok {
					merge(base, m)
				}
			}
		}
		if props, ok := node["properties"].(map[string]any); ok {
			if s.properties == nil {
				s.properties = map[string]ref{}
			}
			for k, p := range props {
				if m, ok := p.(map[string]any); ok {
					s.properties[k] = ref{m, base}
				}
			}
		}
		if m, ok := node["additionalProperties"].(map[string]any); ok {
			s.additional = &ref{m, base}
		}
		if m, ok := node["items"].(map[string]any); ok {
			s.items = &ref{m, base}
		}
	}
	merge(base, node)
	return s
}

// drift collects what a walk finds: members Go writes that the schema
// lacks, and, per place in the schema (array indices as "*", so that the
// elements of one array are taken together), the properties the schema
// names and those the Go value wrote.
type drift struct {
	extra    []string
	expected map[string]map[string]bool
	written  map[string]map[string]bool
}

func (dr *drift) problems() []string {
	out := slices.Clone(dr.extra)
	for place, props := range dr.expected {
		for key := range props {
			if !dr.written[place][key] {
				out = append(out, place+"/"+key+": a property of the schema that Go never writes")
			}
		}
	}
	slices.Sort(out)
	return out
}

// check walks the JSON value v beside the schema node at base and reports
// every member that one side has and the other lacks.
func (d schemaDocs) check(t *testing.T, base string, node map[string]any, v any) []string {
	t.Helper()
	dr := &drift{expected: map[string]map[string]bool{}, written: map[string]map[string]bool{}}
	d.walk(t, base, node, v, "", "", dr)
	return dr.problems()
}

func (d schemaDocs) walk(t *testing.T, base string, node map[string]any, v any, path, place string, dr *drift) {
	t.Helper()
	s := d.shapeOf(t, base, node)
	switch v := v.(type) {
	case map[string]any:
		if s.properties != nil {
			if dr.expected[place] == nil {
				dr.expected[place], dr.written[place] = map[string]bool{}, map[string]bool{}
			}
			for key := range s.properties {
				dr.expected[place][key] = true
			}
		}
		for key, member := range v {
			switch prop, named := s.properties[key]; {
			case named:
				dr.written[place][key] = true
				d.walk(t, prop.base, prop.node, member, path+"/"+key, place+"/"+key, dr)
			case s.additional != nil:
				d.walk(t, s.additional.base, s.additional.node, member, path+"/"+key, place+"/"+key, dr)
			default:
				dr.extra = append(dr.extra, path+"/"+key+": written by Go, not a property of the schema")
			}
		}
	case []any:
		if s.items == nil {
			return
		}
		for i, item := range v {
			d.walk(t, s.items.base, s.items.node, item, fmt.Sprintf("%s/%d", path, i), place+"/*", dr)
		}
	}
}

// Samples.

var sampleTime = time.Date(2021, 11, 16, 9, 30, 0, 0, time.FixedZone("ICT", 7*3600))

// special gives samples for types whose fields cannot be set one by one
// (unexported state) or whose zero-free generic fill would not be valid.
var special = map[reflect.Type]func() any{
	reflect.TypeFor[time.Time]():    func() any { return sampleTime },
	reflect.TypeFor[language.Tag](): func() any { return language.Vietnamese },
	reflect.TypeFor[digidip.Text](): func() any { return digidip.EnVi("English", "Tiếng Việt") },
	reflect.TypeFor[digidip.Date](): func() any { return digidip.MustParseDate("2021-11-16") },
}

// fill returns a T with every exported field set to a non-zero value, and
// every slice and map holding one filled element, so that every omitempty
// or omitzero member is written.
func fill[T any]() T {
	var v T
	fillValue(reflect.ValueOf(&v).Elem(), 0)
	return v
}

func fillValue(v reflect.Value, depth int) {
	if f, ok := special[v.Type()]; ok {
		v.Set(reflect.ValueOf(f()))
		return
	}
	if depth > 8 {
		return // a recursive type; one level of it is enough
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString("x")
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(1)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(1)
	case reflect.Float32, reflect.Float64:
		v.SetFloat(1)
	case reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		fillValue(p.Elem(), depth+1)
		v.Set(p)
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 1, 1)
		fillValue(s.Index(0), depth+1)
		v.Set(s)
	case reflect.Map:
		m := reflect.MakeMap(v.Type())
		k := reflect.New(v.Type().Key()).Elem()
		e := reflect.New(v.Type().Elem()).Elem()
		fillValue(k, depth+1)
		fillValue(e, depth+1)
		m.SetMapIndex(k, e)
		v.Set(m)
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fillValue(v.Field(i), depth+1)
			}
		}
	}
}

// sampleFramework is a filled Framework with well-formed IDs: a top-level
// element and a child, so that both the parent-less and the parent forms
// are written.
func sampleFramework() digidip.Framework {
	f := fill[digidip.Framework]()
	f.ID = "bali"
	top := fill[digidip.Element]()
	top.ID, top.Code, top.Parent = "bali/FA1", "FA1", ""
	child := fill[digidip.Element]()
	child.ID, child.Code, child.Parent = "bali/FA1.1", "FA1.1", "bali/FA1"
	f.Elements = []digidip.Element{top, child}
	return f
}

func sampleCatalog(t *testing.T) *digidip.Catalog {
	t.Helper()
	rel := fill[digidip.Relation]()
	rel.From, rel.To = "bali/FA1", "adm2025"
	c, err := digidip.NewCatalog([]digidip.Framework{sampleFramework()}, []digidip.Relation{rel})
	if err != nil {
		t.Fatal(err)
	}
	return c
}
