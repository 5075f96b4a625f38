package schema

import (
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// ErrInvalid is matched, with [errors.Is], by every error that says a
// document is not valid: [*Error], [*SyntaxError] and [*DepthError]. It
// lets a caller tell a bad document from a failure to read one.
var ErrInvalid = errors.New("schema: invalid document")

// A Problem is one place where a document breaks its schema.
type Problem struct {
	// InstancePointer is the RFC 6901 JSON pointer of the offending value
	// in the document: "/frameworks/0/elements/3/id". The empty string
	// points at the whole document.
	InstancePointer string
	// KeywordLocation is the JSON pointer, along the evaluation path through
	// the schema (including each "$ref" followed), of the keyword that
	// failed: "/properties/frameworks/items/$ref/properties/id/$ref/pattern".
	KeywordLocation string
	// SchemaLocation is the absolute URL of the failing keyword in the
	// schema document that holds it:
	// "https://github.com/digidip/digidip/schema/common.schema.json#/$defs/FrameworkID/pattern".
	SchemaLocation string
	// Keyword is the failing keyword: "required", "pattern", "type",
	// "additionalProperties", "anyOf" …
	Keyword string
	// Message says what is wrong, in the validator's words, prefixed with
	// the name of the definition broken ("not a valid element ID: …") when
	// one applies.
	Message string
}

// String formats p as "/pointer: message (keyword)", with "(root)" for the
// whole document.
func (p Problem) String() string {
	return fmt.Sprintf("%s: %s (%s)", displayPointer(p.InstancePointer), p.Message, p.Keyword)
}

func displayPointer(ptr string) string {
	if ptr == "" {
		return "(root)"
	}
	return ptr
}

// Error reports a well-formed JSON document that breaks its schema. It lists
// every problem the validator found, sorted by their place in the document
// (array indices in numeric order). Find it with [errors.As]; it also
// matches [ErrInvalid].
type Error struct {
	// Kind is the kind of document that was expected.
	Kind Kind
	// Source names the document, usually a file name; "" when the caller
	// gave none.
	Source string
	// Problems lists every problem; it is never empty.
	Problems []Problem
}

// Error prints the first problem and how many more there are:
//
//	cat.json: not a valid catalog document: /frameworks/0/id: not a valid framework ID: does not match pattern '…' (pattern) (and 2 more problems)
func (e *Error) Error() string {
	var b strings.Builder
	if e.Source != "" {
		b.WriteString(e.Source)
		b.WriteString(": ")
	}
	fmt.Fprintf(&b, "not a valid %s document", e.Kind)
	if len(e.Problems) > 0 {
		b.WriteString(": ")
		b.WriteString(e.Problems[0].String())
	}
	switch n := len(e.Problems) - 1; {
	case n == 1:
		b.WriteString(" (and 1 more problem)")
	case n > 1:
		fmt.Fprintf(&b, " (and %d more problems)", n)
	}
	return b.String()
}

// Is reports whether target is [ErrInvalid].
func (e *Error) Is(target error) bool { return target == ErrInvalid }

// SyntaxError reports input that is not one well-formed JSON value in UTF-8:
// a syntax error, invalid UTF-8, an empty input, or data after the value.
// Find it with [errors.As]; it also matches [ErrInvalid].
type SyntaxError struct {
	// Kind is the kind of document that was expected.
	Kind Kind
	// Source names the document, usually a file name; "" when the caller
	// gave none.
	Source string
	// Offset is the 0-based byte offset of the fault; len(data) when the
	// input ended too early.
	Offset int64
	// Line and Column are the 1-based line and byte column of Offset.
	Line, Column int
	// Msg says what is wrong.
	Msg string
	// Err is the decoder's error, when there is one.
	Err error
}

func newSyntaxError(k Kind, source string, data []byte, off int64, msg string, err error) *SyntaxError {
	line, col := lineCol(data, off)
	return &SyntaxError{Kind: k, Source: source, Offset: off, Line: line, Column: col, Msg: msg, Err: err}
}

// Error formats the error as
//
//	source:line:column: invalid JSON (byte N) in KIND document: msg
//
// with "<input>" for an unnamed source.
func (e *SyntaxError) Error() string {
	return fmt.Sprintf("%s: invalid JSON (byte %d) in %s document: %s", where(e.Source, e.Line, e.Column), e.Offset, e.Kind, e.Msg)
}

// Unwrap returns the decoder's error, if any.
func (e *SyntaxError) Unwrap() error { return e.Err }

// Is reports whether target is [ErrInvalid].
func (e *SyntaxError) Is(target error) bool { return target == ErrInvalid }

// DepthError reports a document whose arrays and objects nest deeper than
// [MaxDepth]. It is found by a scan before anything is decoded. Find it with
// [errors.As]; it also matches [ErrInvalid].
type DepthError struct {
	// Kind is the kind of document that was expected.
	Kind Kind
	// Source names the document, usually a file name; "" when the caller
	// gave none.
	Source string
	// Offset is the 0-based byte offset of the bracket that opens one level
	// too many; Line and Column are its 1-based line and byte column.
	Offset       int64
	Line, Column int
	// Limit is the nesting limit that was exceeded, [MaxDepth].
	Limit int
}

// Error formats the error as
//
//	source:line:column: KIND document nests arrays and objects deeper than N levels (byte M)
func (e *DepthError) Error() string {
	return fmt.Sprintf("%s: %s document nests arrays and objects deeper than %d levels (byte %d)", where(e.Source, e.Line, e.Column), e.Kind, e.Limit, e.Offset)
}

// Is reports whether target is [ErrInvalid].
func (e *DepthError) Is(target error) bool { return target == ErrInvalid }

func where(source string, line, col int) string {
	if source == "" {
		source = "<input>"
	}
	return fmt.Sprintf("%s:%d:%d", source, line, col)
}

// problems flattens the validator's tree of causes into leaf problems,
// sorted by place in the document. An anyOf or oneOf whose alternatives
// all fail becomes one problem that lists what each alternative wanted,
// because listing the alternatives' failures apart would read as if all
// of them were required.
func (c *compiled) problems(root *jsonschema.ValidationError, doc any) []Problem {
	var out []Problem
	var walk func(ve *jsonschema.ValidationError)
	walk = func(ve *jsonschema.ValidationError) {
		kw := lastToken(ve.KeywordLocation)
		if (kw == "anyOf" || kw == "oneOf") && len(ve.Causes) > 0 {
			out = append(out, c.alternatives(ve, kw, doc))
			return
		}
		if len(ve.Causes) == 0 {
			out = append(out, c.leaf(ve, doc)...)
			return
		}
		for _, cause := range ve.Causes {
			walk(cause)
		}
	}
	walk(root)
	slices.SortStableFunc(out, func(a, b Problem) int {
		if d := comparePointers(a.InstancePointer, b.InstancePointer); d != 0 {
			return d
		}
		return strings.Compare(a.KeywordLocation, b.KeywordLocation)
	})
	return slices.Compact(out)
}

// leaf turns one failed keyword into problems: usually one, but one per
// member for "additionalProperties": false, so that each unexpected member
// is named by its own pointer.
func (c *compiled) leaf(ve *jsonschema.ValidationError, doc any) []Problem {
	p := Problem{
		InstancePointer: unescapePointer(ve.InstanceLocation),
		KeywordLocation: unescapePointer(ve.KeywordLocation),
		SchemaLocation:  ve.AbsoluteKeywordLocation,
		Keyword:         lastToken(unescapePointer(ve.KeywordLocation)),
		Message:         ve.Message,
	}
	switch p.Keyword {
	case "pattern", "minLength", "maxLength", "anyOf", "oneOf":
		if title := c.definitionTitle(ve.AbsoluteKeywordLocation); title != "" {
			p.Message = "not a valid " + title + ": " + p.Message
		}
	case "additionalProperties":
		if ps := c.unexpectedMembers(p, doc); len(ps) > 0 {
			return ps
		}
	}
	return []Problem{p}
}

// unexpectedMembers splits a failed "additionalProperties": false into one
// problem per member the schema does not name, each pointing at the member
// and listing the members the schema knows, which makes a misspelling plain.
// It returns nil, keeping the validator's own problem, when the schema or
// the instance is not as expected.
func (c *compiled) unexpectedMembers(p Problem, doc any) []Problem {
	parent, ok := c.schemaNode(strings.TrimSuffix(p.SchemaLocation, "/additionalProperties"))
	if !ok || parent["additionalProperties"] != false {
		return nil
	}
	obj, ok := instanceAt(doc, p.InstancePointer).(map[string]any)
	if !ok {
		return nil
	}
	props, _ := parent["properties"].(map[string]any)
	known := make([]string, 0, len(props))
	for k := range props {
		known = append(known, k)
	}
	slices.Sort(known)
	var extra []string
	for k := range obj {
		if _, ok := props[k]; !ok {
			extra = append(extra, k)
		}
	}
	slices.Sort(extra)
	out := make([]Problem, 0, len(extra))
	for _, k := range extra {
		q := p
		q.InstancePointer = p.InstancePointer + "/" + escapeToken(k)
		q.Message = fmt.Sprintf("member %q is not allowed here", k)
		if len(known) > 0 {
			q.Message += " (allowed: " + strings.Join(known, ", ") + ")"
		}
		out = append(out, q)
	}
	return out
}

// schemaNode returns the schema object at an absolute location
// "URL#/pointer" in the embedded documents.
func (c *compiled) schemaNode(loc string) (map[string]any, bool) {
	docURL, frag, _ := strings.Cut(loc, "#")
	frag = unescapePointer(frag)
	node, ok := c.docs[docURL]
	if !ok {
		return nil, false
	}
	m, ok := instanceAt(node, frag).(map[string]any)
	return m, ok
}

// instanceAt returns the value at the RFC 6901 pointer ptr in v, or nil.
func instanceAt(v any, ptr string) any {
	if ptr == "" {
		return v
	}
	for _, tok := range strings.Split(strings.TrimPrefix(ptr, "/"), "/") {
		tok = unescapeToken(tok)
		switch n := v.(type) {
		case map[string]any:
			v = n[tok]
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(n) {
				return nil
			}
			v = n[i]
		default:
			return nil
		}
	}
	return v
}

// escapeToken escapes a key as one RFC 6901 token.
func escapeToken(key string) string {
	return strings.ReplaceAll(strings.ReplaceAll(key, "~", "~0"), "/", "~1")
}

// alternatives makes one problem of a failed anyOf or oneOf: "none of the
// alternatives holds: missing properties: 'title'; or missing properties:
// 'url'".
func (c *compiled) alternatives(ve *jsonschema.ValidationError, kw string, doc any) Problem {
	base := unescapePointer(ve.InstanceLocation)
	var alts []string
	for _, cause := range ve.Causes {
		var msgs []string
		for _, p := range c.problems(cause, doc) {
			m := p.Message
			if rel := strings.TrimPrefix(p.InstancePointer, base); rel != "" {
				m = rel + ": " + m
			}
			msgs = append(msgs, m)
		}
		alts = append(alts, strings.Join(msgs, ", "))
	}
	p := Problem{
		InstancePointer: base,
		KeywordLocation: unescapePointer(ve.KeywordLocation),
		SchemaLocation:  ve.AbsoluteKeywordLocation,
		Keyword:         kw,
		Message:         "none of the alternatives holds: " + strings.Join(alts, "; or "),
	}
	if title := c.definitionTitle(ve.AbsoluteKeywordLocation); title != "" {
		p.Message = "not a valid " + title + ": " + p.Message
	}
	return p
}

// definitionTitle returns the title of the innermost $defs entry that holds
// the keyword at the absolute location loc, or "" when the keyword is not
// inside a titled definition.
func (c *compiled) definitionTitle(loc string) string {
	docURL, frag, ok := strings.Cut(loc, "#")
	if !ok || frag == "" {
		return ""
	}
	frag = unescapePointer(frag)
	node := c.docs[docURL]
	title := ""
	tokens := strings.Split(strings.TrimPrefix(frag, "/"), "/")
	for i, raw := range tokens {
		tok := unescapeToken(raw)
		switch n := node.(type) {
		case map[string]any:
			node = n[tok]
		case []any:
			j, err := strconv.Atoi(tok)
			if err != nil || j < 0 || j >= len(n) {
				return title
			}
			node = n[j]
		default:
			return title
		}
		if i > 0 && tokens[i-1] == "$defs" {
			if def, ok := node.(map[string]any); ok {
				if t, ok := def["title"].(string); ok {
					title = t
				}
			}
		}
	}
	return title
}

func lastToken(ptr string) string {
	return ptr[strings.LastIndexByte(ptr, '/')+1:]
}

// unescapePointer undoes the percent-encoding the validator adds to each
// token, so that the result is a plain RFC 6901 pointer ("~0" and "~1"
// escapes stay, as RFC 6901 requires).
func unescapePointer(ptr string) string {
	if !strings.Contains(ptr, "%") {
		return ptr
	}
	tokens := strings.Split(ptr, "/")
	for i, t := range tokens {
		if u, err := url.PathUnescape(t); err == nil {
			tokens[i] = u
		}
	}
	return strings.Join(tokens, "/")
}

// unescapeToken turns one RFC 6901 token back into a key.
func unescapeToken(tok string) string {
	return strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
}

// comparePointers orders JSON pointers token by token, comparing tokens
// that are both array indices as numbers, so "/a/2" sorts before "/a/10"
// and a value's own problems come before those of its members.
func comparePointers(a, b string) int {
	if a == b {
		return 0
	}
	ta, tb := strings.Split(a, "/"), strings.Split(b, "/")
	for i := 0; i < len(ta) && i < len(tb); i++ {
		if ta[i] == tb[i] {
			continue
		}
		na, errA := strconv.Atoi(ta[i])
		nb, errB := strconv.Atoi(tb[i])
		if errA == nil && errB == nil {
			return na - nb
		}
		return strings.Compare(ta[i], tb[i])
	}
	return len(ta) - len(tb)
}
