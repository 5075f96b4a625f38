package digidip

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"

	"golang.org/x/text/language"
)

// ValidationError is one problem found by [Catalog.Validate] or by a typed
// model's validator: which framework, element or relation, which field, and
// what is wrong. Find it with [errors.As].
type ValidationError struct {
	// ID is the framework or element at fault; for a relation, its source.
	ID ID
	// Field names the field, with a path where it helps: "title.vi",
	// "sources[0].url", "relations[3].to".
	Field string
	// Msg says what is wrong.
	Msg string
}

func (e *ValidationError) Error() string {
	id := string(e.ID)
	if id == "" {
		id = "(no id)"
	}
	return fmt.Sprintf("%s: %s: %s", id, e.Field, e.Msg)
}

// ValidationErrors is a list of problems. Its Error method prints the first
// and a count of the rest; Unwrap exposes every one to [errors.As].
type ValidationErrors []*ValidationError

func (l ValidationErrors) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Unwrap returns the errors of the list, for [errors.Is] and [errors.As].
func (l ValidationErrors) Unwrap() []error {
	out := make([]error, len(l))
	for i, e := range l {
		out[i] = e
	}
	return out
}

// Err returns l as an error, or nil when l is empty, so that a validator can
// always end with "return errs.Err()".
func (l ValidationErrors) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// Add appends a problem to the list.
func (l *ValidationErrors) Add(id ID, field, msg string) {
	*l = append(*l, &ValidationError{ID: id, Field: field, Msg: msg})
}

// Validate checks the whole catalog and returns a [ValidationErrors] listing
// every problem, or nil. The rules:
//
//   - every framework and element has a kind, and element codes equal the
//     code part of their IDs;
//   - parents exist, sit in the same framework, and form no cycle;
//   - a dotted code agrees with its parent ("EA3.2" sits under an element
//     whose code ends in 3, such as "DO3");
//   - names and titles are given in English and in Vietnamese;
//   - every framework and element has at least one citation, and each
//     citation has a title or an absolute http(s) URL;
//   - dates are real dates;
//   - relations join two known, distinct IDs of different frameworks, with a
//     known kind and a rationale, and are not repeated; a no-counterpart
//     relation points at a framework.
func (c *Catalog) Validate() error {
	var errs ValidationErrors
	for _, f := range c.frameworks {
		validateFramework(&errs, f)
		for _, e := range f.Elements {
			c.validateElement(&errs, f, e)
		}
	}
	seen := map[Relation]bool{}
	for i, r := range c.relations {
		c.validateRelation(&errs, i, r, seen)
	}
	return errs.Err()
}

func validateFramework(errs *ValidationErrors, f Framework) {
	if f.Kind == "" {
		errs.Add(f.ID, "kind", "missing")
	}
	errs.RequireEnVi(f.ID, "name", f.Name)
	requireKnownTags(errs, f.ID, "name", f.Name)
	errs.RequireSources(f.ID, "sources", f.Sources)
	if err := f.Adopted.Validate(); err != nil {
		errs.Add(f.ID, "adopted", err.Error())
	}
	for i, a := range f.Aliases {
		if strings.TrimSpace(a.Name) == "" {
			errs.Add(f.ID, fmt.Sprintf("aliases[%d]", i), "empty name")
		}
	}
}

var dottedCode = regexp.MustCompile(`^[A-Za-z]+([0-9]+)\.[0-9]+$`)
var trailingNumber = regexp.MustCompile(`([0-9]+)$`)

func (c *Catalog) validateElement(errs *ValidationErrors, f Framework, e Element) {
	if e.ID.Framework() != f.ID {
		errs.Add(e.ID, "id", fmt.Sprintf("element listed under framework %s", f.ID))
	}
	if e.Code != e.ID.Code() {
		errs.Add(e.ID, "code", fmt.Sprintf("code %q does not match the ID's code %q", e.Code, e.ID.Code()))
	}
	if e.Kind == "" {
		errs.Add(e.ID, "kind", "missing")
	}
	errs.RequireEnVi(e.ID, "title", e.Title)
	requireKnownTags(errs, e.ID, "title", e.Title)
	errs.RequireSources(e.ID, "sources", e.Sources)
	if e.Parent != "" {
		parent, ok := c.byElem[e.Parent]
		switch {
		case !ok:
			errs.Add(e.ID, "parent", fmt.Sprintf("unknown element %s", e.Parent))
		case e.Parent.Framework() != f.ID:
			errs.Add(e.ID, "parent", fmt.Sprintf("parent %s is in another framework", e.Parent))
		case c.hasCycle(e.ID):
			errs.Add(e.ID, "parent", "parent links form a cycle")
		default:
			pc := c.frameworks[parent[0]].Elements[parent[1]].Code
			if m := dottedCode.FindStringSubmatch(e.Code); m != nil {
				if pm := trailingNumber.FindStringSubmatch(pc); pm == nil || strings.TrimLeft(pm[1], "0") != strings.TrimLeft(m[1], "0") {
					errs.Add(e.ID, "parent", fmt.Sprintf("code %s does not sit under %s", e.Code, pc))
				}
			}
		}
	}
}

func (c *Catalog) hasCycle(id ID) bool {
	seen := map[ID]bool{}
	for cur := id; cur != ""; {
		if seen[cur] {
			return true
		}
		seen[cur] = true
		ix, ok := c.byElem[cur]
		if !ok {
			return false
		}
		cur = c.frameworks[ix[0]].Elements[ix[1]].Parent
	}
	return false
}

func (c *Catalog) validateRelation(errs *ValidationErrors, i int, r Relation, seen map[Relation]bool) {
	field := fmt.Sprintf("relations[%d]", i)
	if !c.Has(r.From) {
		errs.Add(r.From, field+".from", fmt.Sprintf("unknown ID %q", r.From))
	}
	if !c.Has(r.To) {
		errs.Add(r.From, field+".to", fmt.Sprintf("unknown ID %q", r.To))
	}
	if r.From == r.To {
		errs.Add(r.From, field+".to", "relation to itself")
	} else if r.From.Framework() == r.To.Framework() {
		errs.Add(r.From, field+".to", "a cross-walk relation joins two different frameworks")
	}
	if !r.Kind.Known() {
		errs.Add(r.From, field+".kind", fmt.Sprintf("unknown kind %q", r.Kind))
	}
	if r.Kind == NoCounterpart && !r.To.IsFramework() {
		errs.Add(r.From, field+".to", "a no-counterpart relation points at a framework, not an element")
	}
	if strings.TrimSpace(r.Note) == "" {
		errs.Add(r.From, field+".note", "missing rationale")
	}
	key := Relation{From: r.From, To: r.To, Kind: r.Kind}
	if seen[key] {
		errs.Add(r.From, field, fmt.Sprintf("repeats an earlier %s relation to %s", r.Kind, r.To))
	}
	seen[key] = true
}

// RequireEnVi adds a problem for each of English and Vietnamese that t
// lacks (blank text counts as missing), at field+".en" and field+".vi", so
// that every validator reports a missing translation in the same words and
// under the same field names ("title.en", "title.vi"). Every digidip
// framework, element and typed record carries both languages, because
// analysts read in one and sources are written in the other.
func (l *ValidationErrors) RequireEnVi(id ID, field string, t Text) {
	if strings.TrimSpace(t.En()) == "" {
		l.Add(id, field+".en", "missing English text")
	}
	if strings.TrimSpace(t.Vi()) == "" {
		l.Add(id, field+".vi", "missing Vietnamese text")
	}
}

// RequireSources adds a problem at field when cs is empty, since every
// fact in digidip must be cited, and one at field+"[i]" for each citation
// that [ValidateCitation] rejects: one naming no source, with a URL that is
// not absolute http(s), or with an impossible date.
func (l *ValidationErrors) RequireSources(id ID, field string, cs []Citation) {
	if len(cs) == 0 {
		l.Add(id, field, "no citation")
	}
	for i, c := range cs {
		if err := ValidateCitation(c); err != nil {
			l.Add(id, fmt.Sprintf("%s[%d]", field, i), err.Error())
		}
	}
}

// requireKnownTags reports text held under the undetermined language tag,
// which no reader can ask for by language.
func requireKnownTags(errs *ValidationErrors, id ID, field string, t Text) {
	for _, tag := range t.Tags() {
		if tag == language.Und {
			errs.Add(id, field, "text under the undetermined language tag")
		}
	}
}

// ValidateCitation checks that s names its source: a title, or an absolute
// http(s) URL, and that its date, if any, is real.
func ValidateCitation(s Citation) error {
	if strings.TrimSpace(s.Title) == "" && s.URL == "" {
		return fmt.Errorf("citation has neither title nor URL")
	}
	if s.URL != "" {
		u, err := url.Parse(s.URL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return fmt.Errorf("URL %q is not an absolute http(s) URL", s.URL)
		}
	}
	return s.Published.Validate()
}
