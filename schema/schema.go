package schema

import (
	"bytes"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// Kind names a sort of document digidip reads or writes, and so the schema
// that describes it.
type Kind string

// The document kinds. Each has one schema, schemas/<kind>.schema.json.
const (
	// Catalog is the catalog export: (*digidip.Catalog).MarshalJSON.
	Catalog Kind = "catalog"
	// Article is one news article as the mapper reads it (corpus.Article).
	Article Kind = "article"
	// Mapping is what the mapper found in one article.
	Mapping Kind = "mapping"
	// Lexicon is the mapper's lexicon for one language.
	Lexicon Kind = "lexicon"
	// Gold is one hand-annotated gold case (corpus.GoldCase).
	Gold Kind = "gold"
	// EnablingActions is a list of ADM 2025 enabling actions
	// (asean.ReadEnablingActions).
	EnablingActions Kind = "enabling-actions"
)

// Kinds returns every document kind, in a stable order. The slice is new on
// each call.
func Kinds() []Kind {
	return []Kind{Catalog, Article, Mapping, Lexicon, Gold, EnablingActions}
}

// Known reports whether k is one of the kinds [Kinds] lists.
func (k Kind) Known() bool {
	switch k {
	case Catalog, Article, Mapping, Lexicon, Gold, EnablingActions:
		return true
	}
	return false
}

// BaseURL is the prefix of every schema's $id. The URLs are names, not
// locations: the schemas are embedded in this package, and validation never
// fetches anything.
const BaseURL = "https://github.com/digidip/digidip/schema/"

// CommonFile is the file name of the shared definitions (IDs, language tags,
// localized text, dates, citations) that every document schema refers to.
const CommonFile = "common.schema.json"

// FileName returns the file name of k's schema, "<kind>.schema.json", as it
// appears in [FS] and at the end of k's [Kind.URL].
func (k Kind) FileName() string { return string(k) + ".schema.json" }

// URL returns the $id of k's schema.
func (k Kind) URL() string { return BaseURL + k.FileName() }

//go:embed schemas/*.schema.json
var embedded embed.FS

// ErrUnknownKind is wrapped by every function of this package that is given
// a [Kind] not in [Kinds].
var ErrUnknownKind = errors.New("schema: unknown document kind")

func unknownKind(k Kind) error {
	return fmt.Errorf("%w %q (known: %s)", ErrUnknownKind, string(k), kindList())
}

func kindList() string {
	names := make([]string, 0, 6)
	for _, k := range Kinds() {
		names = append(names, string(k))
	}
	return strings.Join(names, ", ")
}

// Bytes returns the raw JSON Schema document of kind k, as embedded. The
// slice is a fresh copy the caller may keep or change.
//
// The document refers to shared definitions in [CommonFile]
// ($ref "common.schema.json#/$defs/…"), so a validator must be given both;
// [FS] holds them all.
func Bytes(k Kind) ([]byte, error) {
	if !k.Known() {
		return nil, unknownKind(k)
	}
	return embedded.ReadFile("schemas/" + k.FileName())
}

// FS returns a read-only file system holding every schema document at its
// top level: one "<kind>.schema.json" per kind and [CommonFile]. Write them
// out with it to point a JSON Schema tool in another language at them (see
// the package documentation).
func FS() fs.FS {
	sub, err := fs.Sub(embedded, "schemas")
	if err != nil {
		// fs.Sub fails only for an invalid directory name; "schemas" is valid.
		panic(err)
	}
	return sub
}

// compiled is one kind's schema compiled, with the decoded schema documents
// kept to look up the titles of failing sub-schemas for error messages.
type compiled struct {
	schema *jsonschema.Schema
	docs   map[string]any // schema URL → decoded document
}

// compilers holds one lazily run, run-once compiler per kind. sync.OnceValues
// makes the first call compile and every later call, from any goroutine,
// return the same read-only result.
var compilers = func() map[Kind]func() (*compiled, error) {
	m := make(map[Kind]func() (*compiled, error))
	for _, k := range Kinds() {
		m[k] = sync.OnceValues(func() (*compiled, error) { return compile(k) })
	}
	return m
}()

// errNotEmbedded is returned by the compiler's loader: every $ref must
// resolve to an embedded schema, so Compile never reads disk or network.
var errNotEmbedded = errors.New("not an embedded digidip schema; schemas are never loaded from disk or network")

// newCompiler returns a draft 2020-12 compiler holding every embedded
// schema document as a resource under its $id, with a loader that refuses
// everything else, and the documents decoded, keyed by URL.
func newCompiler() (*jsonschema.Compiler, map[string]any, error) {
	c := jsonschema.NewCompiler()
	c.Draft = jsonschema.Draft2020
	c.LoadURL = func(url string) (io.ReadCloser, error) {
		return nil, fmt.Errorf("schema: load %s: %w", url, errNotEmbedded)
	}
	entries, err := fs.ReadDir(embedded, "schemas")
	if err != nil {
		return nil, nil, fmt.Errorf("schema: list embedded schemas: %w", err)
	}
	docs := make(map[string]any, len(entries))
	for _, e := range entries {
		data, err := embedded.ReadFile("schemas/" + e.Name())
		if err != nil {
			return nil, nil, fmt.Errorf("schema: read embedded %s: %w", e.Name(), err)
		}
		url := BaseURL + e.Name()
		if err := c.AddResource(url, bytes.NewReader(data)); err != nil {
			return nil, nil, fmt.Errorf("schema: add %s: %w", e.Name(), err)
		}
		var doc any
		if err := json.Unmarshal(data, &doc); err != nil {
			return nil, nil, fmt.Errorf("schema: decode %s: %w", e.Name(), err)
		}
		docs[url] = doc
	}
	return c, docs, nil
}

// compile compiles k's schema.
func compile(k Kind) (*compiled, error) {
	c, docs, err := newCompiler()
	if err != nil {
		return nil, err
	}
	s, err := c.Compile(k.URL())
	if err != nil {
		return nil, fmt.Errorf("schema: compile %s: %w", k.FileName(), err)
	}
	return &compiled{schema: s, docs: docs}, nil
}

func compiledFor(k Kind) (*compiled, error) {
	get, ok := compilers[k]
	if !ok {
		return nil, unknownKind(k)
	}
	return get()
}

// Validate checks that data is one JSON document of kind k. It returns nil
// when the document is valid, and otherwise
//
//   - an error wrapping [ErrUnknownKind] when k is not a known kind;
//   - a [*SyntaxError] when data is not one well-formed UTF-8 JSON value,
//     with the byte offset, line and column of the fault;
//   - a [*DepthError] when arrays and objects nest deeper than [MaxDepth],
//     found before anything is decoded;
//   - a [*Error] listing every place the document breaks its schema, each
//     with its JSON pointer and the failing keyword.
//
// Numbers are decoded as [json.Number], so no precision is lost before the
// schema's numeric keywords see them. The compiled schema is built on first
// use and shared; Validate is safe for concurrent use.
func Validate(k Kind, data []byte) error {
	return ValidateNamed(k, "", data)
}

// ValidateNamed is [Validate] for a document read from source (usually a
// file name), which the returned errors carry in their Source field and
// print first.
func ValidateNamed(k Kind, source string, data []byte) error {
	c, err := compiledFor(k)
	if err != nil {
		return err
	}
	v, err := decode(k, source, data)
	if err != nil {
		return err
	}
	return c.validate(k, source, v)
}

// ValidateValue checks that the JSON encoding of v is a valid document of
// kind k: v may be any value encoding/json can marshal, a Go struct such as
// a corpus.Article or an already decoded map[string]any. Validating the
// encoding rather than the Go value means the result is what a reader of the
// JSON would get. Errors are as for [Validate], plus a wrapped marshalling
// error when v cannot be encoded.
func ValidateValue(k Kind, v any) error {
	if _, err := compiledFor(k); err != nil {
		return err
	}
	data, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("schema: %s: encode %T as JSON: %w", k, v, err)
	}
	return Validate(k, data)
}

func (c *compiled) validate(k Kind, source string, v any) error {
	err := c.schema.Validate(v)
	if err == nil {
		return nil
	}
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		// Only an infinite $ref loop or a non-JSON Go type gets here; the
		// embedded schemas have no loop and decode yields only JSON types.
		return fmt.Errorf("schema: %s: validate: %w", k, err)
	}
	return &Error{Kind: k, Source: source, Problems: c.problems(ve, v)}
}
