package corpus

import (
	"bytes"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/digidip/digidip"
	"golang.org/x/text/language"
)

// A GoldCase is one hand-annotated text: what a careful analyst says the text
// names and discusses, against which the mapper is measured. The rubric is
// shared/ANNOTATION.md in the project repository; in short:
//
//   - Frameworks lists the frameworks the text refers to explicitly, by name,
//     acronym or an unmistakable description ("adm2025", "bali").
//   - Elements lists the elements whose theme the text substantively
//     discusses, whether or not their framework is named ("adm2025/DO2").
//   - Maybe lists defensible but borderline IDs (frameworks or elements); an
//     evaluation counts them neither as hits nor as misses.
//
// In JSON a case is
//
//	{"id","lang","title","text","frameworks":[ids],"elements":[ids],
//	 "maybe":[ids],"notes","sources":[Citation],"tags":[string]}
//
// with only "id" and "text" required. Text is the article body, exactly as a
// reader would hand it to the mapper, so that evidence offsets stay
// meaningful; Title is kept apart for the same reason.
type GoldCase struct {
	// ID names the case, e.g. "vi-bali-03" or a seed's file base name. It
	// is a case name, not a catalog ID.
	ID string `json:"id"`
	// Lang is the language of Title and Text as a BCP 47 tag; language.Und
	// when the file does not say.
	Lang language.Tag `json:"lang"`
	// Title is the headline, if the text has one.
	Title string `json:"title,omitempty"`
	// Text is the body: the text the annotation describes.
	Text string `json:"text"`
	// Frameworks are the framework IDs the text names.
	Frameworks []digidip.ID `json:"frameworks"`
	// Elements are the element IDs the text discusses.
	Elements []digidip.ID `json:"elements"`
	// Maybe are borderline IDs, left out of scoring.
	Maybe []digidip.ID `json:"maybe"`
	// Notes justify the labels in a sentence or two.
	Notes string `json:"notes,omitempty"`
	// Sources cite where the facts of a written case come from.
	Sources []digidip.Citation `json:"sources,omitempty"`
	// Tags classify the case: "en", "vi", "near-miss", "paraphrase", "seed".
	Tags []string `json:"tags,omitempty"`
}

// MarshalJSON writes the case in the shape ReadGoldCase reads, with
// "frameworks", "elements" and "maybe" always present as arrays (possibly
// empty), so that an unlabelled near-miss case says so explicitly.
func (c GoldCase) MarshalJSON() ([]byte, error) {
	type plain GoldCase // drops the method, avoiding recursion
	p := plain(c)
	for _, ids := range []*[]digidip.ID{&p.Frameworks, &p.Elements, &p.Maybe} {
		if *ids == nil {
			*ids = []digidip.ID{}
		}
	}
	return json.Marshal(p)
}

// HasTag reports whether the case carries tag.
func (c GoldCase) HasTag(tag string) bool { return slices.Contains(c.Tags, tag) }

// MaxGoldFileSize is the largest gold file ReadGoldCase accepts. Gold cases
// are single articles; anything larger is a mistake, not a case.
const MaxGoldFileSize = 1 << 22

// ErrGold is wrapped by every error that ReadGoldCase and ReadGoldDir return
// for a malformed gold file, so callers can test for the whole class with
// errors.Is.
var ErrGold = errors.New("corpus: invalid gold case")

// A GoldError says what is wrong with a gold file and where: the file name,
// the JSON pointer of the offending value ("" for the document as a whole,
// "/elements/2" for the third element ID) and, for JSON syntax errors, the
// byte offset, line and column. Use errors.As to get one.
type GoldError struct {
	// Pos is the file name and, where known, the offset, line and column.
	Pos digidip.Position
	// Pointer is the RFC 6901 JSON pointer of the bad value.
	Pointer string
	// Err is the underlying problem.
	Err error
}

// Error formats the error as "file:line:col: /pointer: problem".
func (e *GoldError) Error() string {
	var b strings.Builder
	b.WriteString(e.Pos.String())
	if e.Pointer != "" {
		b.WriteString(": ")
		b.WriteString(e.Pointer)
	}
	b.WriteString(": ")
	b.WriteString(e.Err.Error())
	return b.String()
}

// Unwrap returns the underlying error.
func (e *GoldError) Unwrap() error { return e.Err }

// Is makes every GoldError match ErrGold.
func (e *GoldError) Is(target error) bool { return target == ErrGold }

// isGoldField reports whether key is one of the closed set of keys a gold
// case may hold.
func isGoldField(key string) bool {
	switch key {
	case "id", "lang", "title", "text", "frameworks", "elements", "maybe", "notes", "sources", "tags":
		return true
	}
	return false
}

// ReadGoldCase reads one gold case from r. name is used in errors only
// (usually the file name).
//
// Decoding is strict: unknown keys, values of the wrong JSON type, trailing
// data, invalid UTF-8, malformed or misplaced IDs (an element ID under
// "frameworks"), IDs listed twice, an ID that is both labelled and "maybe",
// and citations without a title or URL are all errors. "id" and "text" are
// required. Every error is a *GoldError naming the file and the JSON pointer.
func ReadGoldCase(name string, r io.Reader) (GoldCase, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxGoldFileSize+1))
	if err != nil {
		return GoldCase{}, &GoldError{Pos: digidip.Position{File: name, Offset: -1}, Err: fmt.Errorf("read: %w", err)}
	}
	if len(data) > MaxGoldFileSize {
		return GoldCase{}, goldErr(name, "", fmt.Errorf("file is larger than %d bytes", MaxGoldFileSize))
	}
	return parseGoldCase(name, data)
}

func goldErr(name, pointer string, err error) *GoldError {
	return &GoldError{Pos: digidip.Position{File: name, Offset: -1}, Pointer: pointer, Err: err}
}

// syntaxErr locates a JSON syntax error by line and column in data.
func syntaxErr(name string, data []byte, offset int64, err error) *GoldError {
	off := int(min(max(offset, 0), int64(len(data))))
	// encoding/json reports the offset just past the offending byte.
	if off > 0 {
		off--
	}
	line := 1 + bytes.Count(data[:off], []byte("\n"))
	col := off - bytes.LastIndexByte(data[:off], '\n')
	return &GoldError{Pos: digidip.Position{File: name, Offset: off, Line: line, Column: col}, Err: err}
}

func parseGoldCase(name string, data []byte) (GoldCase, error) {
	if !utf8.Valid(data) {
		bad := 0
		for bad < len(data) {
			r, size := utf8.DecodeRune(data[bad:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			bad += size
		}
		return GoldCase{}, syntaxErr(name, data, int64(bad)+1, errors.New("invalid UTF-8"))
	}
	var raw map[string]json.RawMessage
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&raw); err != nil {
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			return GoldCase{}, syntaxErr(name, data, se.Offset, err)
		case errors.As(err, &te):
			return GoldCase{}, goldErr(name, "", errors.New("a gold case must be a JSON object"))
		case errors.Is(err, io.EOF):
			return GoldCase{}, goldErr(name, "", errors.New("empty file"))
		case errors.Is(err, io.ErrUnexpectedEOF):
			return GoldCase{}, syntaxErr(name, data, int64(len(data))+1, errors.New("unexpected end of JSON input"))
		}
		return GoldCase{}, goldErr(name, "", err)
	}
	if raw == nil {
		return GoldCase{}, goldErr(name, "", errors.New("a gold case must be a JSON object, not null"))
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		// InputOffset is now just past the stray token's first byte.
		return GoldCase{}, syntaxErr(name, data, dec.InputOffset(), errors.New("data after the JSON object"))
	}

	var errs []error
	keys := make([]string, 0, len(raw))
	for k := range raw {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		if !isGoldField(k) {
			errs = append(errs, goldErr(name, pointer(k), errors.New("unknown field")))
		}
	}

	var c GoldCase
	field := func(key string, dst any) bool {
		msg, ok := raw[key]
		if !ok {
			return false
		}
		if isNull(msg) {
			errs = append(errs, goldErr(name, pointer(key), errors.New("null is not allowed; leave the field out instead")))
			return false
		}
		if err := json.Unmarshal(msg, dst); err != nil {
			errs = append(errs, goldErr(name, pointer(key), typeProblem(err)))
			return false
		}
		return true
	}
	for _, key := range []string{"id", "text"} {
		if _, ok := raw[key]; !ok {
			errs = append(errs, goldErr(name, pointer(key), errors.New("required field is missing")))
		}
	}
	if field("id", &c.ID) && strings.TrimSpace(c.ID) == "" {
		errs = append(errs, goldErr(name, "/id", errors.New("must not be empty")))
	}
	if field("text", &c.Text) && strings.TrimSpace(c.Text) == "" {
		errs = append(errs, goldErr(name, "/text", errors.New("must not be empty")))
	}
	field("title", &c.Title)
	field("notes", &c.Notes)
	var lang string
	if field("lang", &lang) {
		tag, err := language.Parse(lang)
		if err != nil {
			errs = append(errs, goldErr(name, "/lang", fmt.Errorf("not a BCP 47 tag: %w", err)))
		}
		c.Lang = tag
	}

	c.Frameworks = readIDs(name, raw, "frameworks", idFramework, &errs)
	c.Elements = readIDs(name, raw, "elements", idElement, &errs)
	c.Maybe = readIDs(name, raw, "maybe", idAny, &errs)
	for i, id := range c.Maybe {
		if slices.Contains(c.Frameworks, id) || slices.Contains(c.Elements, id) {
			errs = append(errs, goldErr(name, fmt.Sprintf("/maybe/%d", i), fmt.Errorf("%s is both labelled and maybe", id)))
		}
	}

	if tags, ok := readStrings(name, raw, "tags", &errs); ok {
		for i, t := range tags {
			if strings.TrimSpace(t) == "" {
				errs = append(errs, goldErr(name, fmt.Sprintf("/tags/%d", i), errors.New("empty tag")))
			}
		}
		c.Tags = tags
	}

	var sources []json.RawMessage
	if field("sources", &sources) {
		for i, msg := range sources {
			p := fmt.Sprintf("/sources/%d", i)
			var cit digidip.Citation
			d := json.NewDecoder(bytes.NewReader(msg))
			d.DisallowUnknownFields()
			if err := d.Decode(&cit); err != nil {
				errs = append(errs, goldErr(name, p, typeProblem(err)))
				continue
			}
			if err := digidip.ValidateCitation(cit); err != nil {
				errs = append(errs, goldErr(name, p, err))
				continue
			}
			c.Sources = append(c.Sources, cit)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return GoldCase{}, err
	}
	return c, nil
}

// typeProblem rewords encoding/json's messages, which name Go types, in
// terms of JSON: "want a string", "want an array of strings".
func typeProblem(err error) error {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		want := "a " + te.Type.Kind().String()
		switch te.Type.Kind().String() {
		case "slice":
			want = "an array"
		case "struct", "map":
			want = "an object"
		case "string":
			want = "a string"
		}
		where := ""
		if te.Field != "" {
			where = " at " + te.Field
		}
		return fmt.Errorf("want %s%s, got JSON %s", want, where, te.Value)
	}
	return err
}

// isNull reports whether a raw JSON value is the literal null, which
// encoding/json would silently accept as an empty value.
func isNull(msg json.RawMessage) bool { return string(bytes.TrimSpace(msg)) == "null" }

// pointer escapes key as a one-step RFC 6901 JSON pointer.
func pointer(key string) string {
	key = strings.ReplaceAll(key, "~", "~0")
	return "/" + strings.ReplaceAll(key, "/", "~1")
}

type idKind int

const (
	idAny idKind = iota
	idFramework
	idElement
)

// readIDs decodes the array of IDs under key, checking each with
// digidip.ParseID, its kind, and that none repeats.
func readIDs(name string, raw map[string]json.RawMessage, key string, kind idKind, errs *[]error) []digidip.ID {
	strs, ok := readStrings(name, raw, key, errs)
	if !ok {
		return nil
	}
	ids := make([]digidip.ID, 0, len(strs))
	for i, s := range strs {
		p := fmt.Sprintf("/%s/%d", key, i)
		id, err := digidip.ParseID(s)
		switch {
		case err != nil:
			*errs = append(*errs, goldErr(name, p, err))
			continue
		case kind == idFramework && !id.IsFramework():
			*errs = append(*errs, goldErr(name, p, fmt.Errorf("%s is an element ID; elements go under \"elements\"", id)))
			continue
		case kind == idElement && id.IsFramework():
			*errs = append(*errs, goldErr(name, p, fmt.Errorf("%s is a framework ID; frameworks go under \"frameworks\"", id)))
			continue
		case slices.Contains(ids, id):
			*errs = append(*errs, goldErr(name, p, fmt.Errorf("%s is listed twice", id)))
			continue
		}
		ids = append(ids, id)
	}
	return ids
}

// readStrings decodes the array of strings under key, reporting a value of
// the wrong type at its own index ("/tags/2"). ok is false when the key is
// absent or any item is bad.
func readStrings(name string, raw map[string]json.RawMessage, key string, errs *[]error) (strs []string, ok bool) {
	msg, present := raw[key]
	if !present {
		return nil, false
	}
	if isNull(msg) {
		*errs = append(*errs, goldErr(name, pointer(key), errors.New("null is not allowed; use [] or leave the field out")))
		return nil, false
	}
	var items []json.RawMessage
	if err := json.Unmarshal(msg, &items); err != nil {
		*errs = append(*errs, goldErr(name, pointer(key), typeProblem(err)))
		return nil, false
	}
	ok = true
	strs = make([]string, len(items))
	for i, item := range items {
		if err := json.Unmarshal(item, &strs[i]); err != nil {
			*errs = append(*errs, goldErr(name, fmt.Sprintf("/%s/%d", key, i), typeProblem(err)))
			ok = false
		}
	}
	return strs, ok
}

// ReadGoldDir reads every "*.json" file directly inside dir of fsys (not in
// its sub-directories, so that a tuned and a held-out split kept side by side
// are never mixed by accident), in file-name order.
//
// A bad file does not stop the others: ReadGoldDir returns the cases it
// could read together with errors.Join of one error per bad file (each a
// *GoldError naming the file). Two files with the same case ID are an error
// on the second. A directory with no gold files yields no cases and no error.
func ReadGoldDir(fsys fs.FS, dir string) ([]GoldCase, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("read gold directory: %w", err)
	}
	var (
		cases []GoldCase
		errs  []error
		seen  = make(map[string]string)
	)
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".json") {
			continue
		}
		name := path.Join(dir, e.Name())
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			errs = append(errs, &GoldError{Pos: digidip.Position{File: name, Offset: -1}, Err: err})
			continue
		}
		c, err := ReadGoldCase(name, bytes.NewReader(data))
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if first, dup := seen[c.ID]; dup {
			errs = append(errs, goldErr(name, "/id", fmt.Errorf("case %q is already defined in %s", c.ID, first)))
			continue
		}
		seen[c.ID] = name
		cases = append(cases, c)
	}
	return cases, errors.Join(errs...)
}

//go:embed seeds/*.gold.json
var seedGoldFS embed.FS

// SeedGold returns the gold annotations of the five seed articles, embedded
// from corpus/seeds/*.gold.json, in file-name order. Each case's ID is the
// seed file's base name, and its Title and Text are the seed file's first
// non-blank line (trimmed) and the bytes after that line, exactly as the
// corpus .txt reader splits them, so the seed articles and their gold cases
// describe the same bytes and evidence offsets can be checked against both.
//
// The embedded files are checked by this package's tests; SeedGold panics
// only if the package was built from gold files that fail them.
func SeedGold() []GoldCase {
	cases, err := ReadGoldDir(seedGoldFS, "seeds")
	if err != nil {
		panic(fmt.Sprintf("corpus: embedded seed gold is invalid: %v", err))
	}
	return cases
}
