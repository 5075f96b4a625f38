package asean

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/digidip/digidip"
	"github.com/digidip/digidip/schema"
)

// MaxEnablingActionsFileSize is the largest enabling-actions file
// [ReadEnablingActions] accepts, in bytes. The 37 actions of the masterplan
// with titles, summaries and citations in two languages fit in a few tens of
// kilobytes; anything near this limit is not such a file.
const MaxEnablingActionsFileSize = 1 << 20

// ErrFileTooLarge is wrapped by the error [ReadEnablingActions] returns for
// an input larger than [MaxEnablingActionsFileSize].
var ErrFileTooLarge = errors.New("asean: enabling-actions file too large")

// FileError is one problem found in an enabling-actions file: the file, the
// JSON pointer of the value at fault ("/enablingActions/3/outcome"; "" for
// the whole document), where known the byte position, and what is wrong.
// Err is the underlying error, if any: a *schema.SyntaxError (wrapping the
// *json.SyntaxError, if there is one) or *schema.DepthError for bad bytes, a
// *schema.Error listing the schema's problems, an error from decoding a value (such as one
// wrapping [digidip.ErrInvalidDate]), or a *digidip.ValidationError for a
// rule of the typed model; [errors.As] reaches it through the FileError.
type FileError struct {
	// Pos names the file and, for a syntax or encoding error, the byte
	// offset, line and column; Offset is -1 when only the pointer is known.
	Pos digidip.Position
	// Pointer is the RFC 6901 JSON pointer of the value at fault.
	Pointer string
	// Msg says what is wrong.
	Msg string
	// Err is the underlying error, or nil.
	Err error
}

// Error formats e as "file: /pointer: message", or "file:line:column:
// message" for a problem in the bytes.
func (e *FileError) Error() string {
	var b strings.Builder
	b.WriteString(e.Pos.String())
	if e.Pointer != "" || e.Pos.Line == 0 {
		b.WriteString(": ")
		if e.Pointer == "" {
			b.WriteString("(document)")
		} else {
			b.WriteString(e.Pointer)
		}
	}
	b.WriteString(": ")
	b.WriteString(e.Msg)
	return b.String()
}

// Unwrap returns the underlying error.
func (e *FileError) Unwrap() error { return e.Err }

// FileErrors lists every problem found in one file. Its Error method prints
// the first and a count of the rest; Unwrap exposes each to [errors.As].
type FileErrors []*FileError

// Error prints the first problem and how many more there are.
func (l FileErrors) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Unwrap returns the errors of the list, for [errors.Is] and [errors.As].
func (l FileErrors) Unwrap() []error {
	out := make([]error, len(l))
	for i, e := range l {
		out[i] = e
	}
	return out
}

// ReadEnablingActions reads an enabling-actions file, a JSON document of the
// schema kind "enabling-actions":
//
//	{"enablingActions": [
//	  {"code": "EA1.2", "outcome": "DO1",
//	   "title": {"en": "…", "vi": "…"}, "summary": {"en": "…", "vi": "…"},
//	   "priority": "high", "timing": "short-term", "dependsOn": ["EA1.1"],
//	   "sources": [{"title": "ASEAN Digital Masterplan 2025", "locator": "p. …"}]}
//	]}
//
// (The codes, values and dependency above only illustrate the shape.)
// code, outcome, title and sources are required; priority is "high",
// "medium" or "low"; timing "short-term", "medium-term" or "long-term". name
// is the file name used in errors.
//
// The file is checked in stages, each of which reports every problem it
// finds, not just the first; a stage runs only when the ones before it
// pass: the bytes (not empty); the JSON Schema of package schema, kind
// "enabling-actions", which also checks that the file is UTF-8 and
// well-formed JSON and that no property is unknown, missing or of the wrong
// type; decoding (real dates); and the rules of the typed model (see
// [Masterplan.Validate]). A file holds one complete set: dependsOn must
// name actions in the same file, codes may not repeat, and the file may hold
// no more than 37 actions nor more than 17 high-priority ones. Titles must be
// given in English and in Vietnamese, because every catalog element carries
// both; if you translate a title yourself, say so in the citation's note.
//
// The error is a [FileErrors]; each [FileError] names the file and the JSON
// pointer of the problem ("/enablingActions/3/outcome"), and for a typed rule
// wraps the [digidip.ValidationError]. An input that is empty, larger than
// [MaxEnablingActionsFileSize], not UTF-8 or not JSON is reported with its
// byte position.
//
// testdata/enabling-actions-example.json in this package's source is a
// format example with invented placeholder titles, not the masterplan's.
func ReadEnablingActions(r io.Reader, name string) ([]EnablingAction, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxEnablingActionsFileSize+1))
	if err != nil {
		return nil, FileErrors{{Pos: digidip.Position{File: name, Offset: -1}, Msg: "read: " + err.Error(), Err: err}}
	}
	if len(data) > MaxEnablingActionsFileSize {
		return nil, FileErrors{{Pos: digidip.Position{File: name, Offset: MaxEnablingActionsFileSize},
			Msg: fmt.Sprintf("larger than %d bytes", MaxEnablingActionsFileSize), Err: ErrFileTooLarge}}
	}
	return parseEnablingActions(data, name)
}

func parseEnablingActions(data []byte, name string) ([]EnablingAction, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, FileErrors{{Pos: digidip.Position{File: name, Offset: 0}, Msg: "empty file"}}
	}
	if errs := checkEnablingActionsSchema(name, data); len(errs) > 0 {
		return nil, errs
	}
	eas, errs := decodeEnablingActions(name, data)
	if len(errs) > 0 {
		return nil, errs
	}
	for _, p := range checkActionSet(eas, allOutcomeCodes(), ImplementationPlan{EnablingActions: EnablingActionCount, HighPriority: HighPriorityCount}) {
		errs = append(errs, &FileError{
			Pos:     digidip.Position{File: name, Offset: -1},
			Pointer: fieldPointer(p.Index, p.Err.Field),
			Msg:     p.Err.Msg,
			Err:     p.Err,
		})
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return eas, nil
}

// checkEnablingActionsSchema is the one place where the file is checked
// against the "enabling-actions" JSON Schema of package schema, which also
// checks that it is UTF-8 and one well-formed JSON value. Each schema
// problem becomes a FileError at its JSON pointer that wraps the
// *schema.Error; a fault in the bytes becomes one positioned FileError that
// wraps the *schema.SyntaxError or *schema.DepthError.
func checkEnablingActionsSchema(name string, data []byte) FileErrors {
	err := schema.ValidateNamed(schema.EnablingActions, name, data)
	if err == nil {
		return nil
	}
	var (
		serr  *schema.Error
		syn   *schema.SyntaxError
		depth *schema.DepthError
	)
	switch {
	case errors.As(err, &serr):
		errs := make(FileErrors, 0, len(serr.Problems))
		for _, p := range serr.Problems {
			errs = append(errs, &FileError{
				Pos:     digidip.Position{File: name, Offset: -1},
				Pointer: p.InstancePointer,
				Msg:     fmt.Sprintf("%s (schema keyword %q)", p.Message, p.Keyword),
				Err:     serr,
			})
		}
		return errs
	case errors.As(err, &syn):
		return FileErrors{{Pos: digidip.Position{File: name, Offset: int(syn.Offset), Line: syn.Line, Column: syn.Column}, Msg: syn.Msg, Err: err}}
	case errors.As(err, &depth):
		return FileErrors{{Pos: digidip.Position{File: name, Offset: int(depth.Offset), Line: depth.Line, Column: depth.Column},
			Msg: fmt.Sprintf("arrays and objects nest deeper than %d levels", depth.Limit), Err: err}}
	}
	return FileErrors{{Pos: digidip.Position{File: name, Offset: -1}, Msg: "schema check: " + err.Error(), Err: err}}
}

func allOutcomeCodes() map[string]bool {
	m := map[string]bool{}
	for i := 1; i <= DesiredOutcomeCount; i++ {
		m["DO"+strconv.Itoa(i)] = true
	}
	return m
}

// decodeEnablingActions decodes a document that has passed the schema,
// property by property, so that every problem the schema cannot see (an
// impossible date, say) can be pinned to a JSON pointer. Unknown and
// missing properties and wrong types are the schema's to report.
func decodeEnablingActions(name string, data []byte) ([]EnablingAction, FileErrors) {
	var errs FileErrors
	add := func(ptr, msg string, err error) {
		errs = append(errs, &FileError{Pos: digidip.Position{File: name, Offset: -1}, Pointer: ptr, Msg: msg, Err: err})
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil || top == nil {
		add("", "the document must be a JSON object {\"enablingActions\": [...]}", err)
		return nil, errs
	}
	var items []json.RawMessage
	if err := json.Unmarshal(top["enablingActions"], &items); err != nil || items == nil {
		add("/enablingActions", "must be an array", err)
		return nil, errs
	}
	eas := make([]EnablingAction, 0, len(items))
	for i, item := range items {
		base := "/enablingActions/" + strconv.Itoa(i)
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(item, &obj); err != nil || obj == nil {
			add(base, "must be an object", err)
			continue
		}
		var ea EnablingAction
		field := func(k string, v any) {
			if raw, ok := obj[k]; ok {
				if err := strictUnmarshal(raw, v); err != nil {
					add(base+"/"+k, err.Error(), err)
				}
			}
		}
		field("code", &ea.Code)
		field("outcome", &ea.Outcome)
		field("title", &ea.Title)
		field("summary", &ea.Summary)
		field("priority", &ea.Priority)
		field("timing", &ea.Timing)
		field("dependsOn", &ea.DependsOn)
		if raw, ok := obj["sources"]; ok {
			var cits []json.RawMessage
			if err := json.Unmarshal(raw, &cits); err != nil {
				add(base+"/sources", "must be an array of citations", err)
			}
			for j, c := range cits {
				var cit digidip.Citation
				if err := strictUnmarshal(c, &cit); err != nil {
					add(base+"/sources/"+strconv.Itoa(j), err.Error(), err)
					continue
				}
				ea.Sources = append(ea.Sources, cit)
			}
		}
		eas = append(eas, ea)
	}
	return eas, errs
}

// strictUnmarshal decodes one JSON value, rejecting unknown object fields.
func strictUnmarshal(raw json.RawMessage, v any) error {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	return dec.Decode(v)
}

// fieldPointer turns a typed rule's field into the JSON pointer of the value
// at fault: field "dependsOn[1]" of action 3 becomes
// "/enablingActions/3/dependsOn/1". A problem with the set as a whole
// (index -1) points at "/enablingActions".
func fieldPointer(index int, field string) string {
	if index < 0 {
		return "/enablingActions"
	}
	p := "/enablingActions/" + strconv.Itoa(index)
	for _, part := range strings.FieldsFunc(field, func(r rune) bool { return r == '.' || r == '[' || r == ']' }) {
		p += "/" + escapePointer(part)
	}
	return p
}

// escapePointer escapes a JSON pointer reference token (RFC 6901).
func escapePointer(s string) string {
	return strings.NewReplacer("~", "~0", "/", "~1").Replace(s)
}
