package digidip

import (
	"encoding/json"
	"fmt"
	"slices"
	"sort"

	"golang.org/x/text/language"
)

// FrameworkKind says what sort of document or programme a framework is.
type FrameworkKind string

// The kinds of framework digidip ships. Users may define others.
const (
	KindMasterplan  FrameworkKind = "masterplan"  // a multi-year plan, e.g. ADM 2025
	KindDeclaration FrameworkKind = "declaration" // a ministerial declaration, e.g. Boracay
	KindMessage     FrameworkKind = "message"     // a non-binding outcome message, e.g. the Bali Message
	KindConference  FrameworkKind = "conference"  // a conference and what was said there, e.g. ICDD 2021
	KindTaskList    FrameworkKind = "task-list"   // a ministry's tasks or directions
)

// ElementKind says what sort of item an element is within its framework.
type ElementKind string

// The kinds of element digidip ships. Users may define others.
const (
	KindDesiredOutcome ElementKind = "desired-outcome" // ADM 2025 DO1–DO8
	KindEnablingAction ElementKind = "enabling-action" // ADM 2025 EA x.y
	KindCommitment     ElementKind = "commitment"      // a declaration's commitment
	KindFocusArea      ElementKind = "focus-area"      // a Bali Message focus area
	KindStep           ElementKind = "step"            // a proposed step, e.g. ICDD 2021 S1–S3
	KindPanel          ElementKind = "panel"           // a conference panel or session
	KindTask           ElementKind = "task"            // a ministry task
	KindDirection      ElementKind = "direction"       // a direction of adaptation
)

// Framework is the generic view of a framework that every typed model in
// digidip yields, and the unit a [Catalog] holds: its identity, names and
// aliases in several languages, sources, and its elements flattened in
// source order, each with a link to its parent.
type Framework struct {
	ID      ID            `json:"id"`
	Kind    FrameworkKind `json:"kind"`
	Name    Text          `json:"name"`
	Aliases Aliases       `json:"aliases,omitzero"`
	// Issuer is the body that adopted or issued the framework.
	Issuer string `json:"issuer,omitempty"`
	// Adopted is when it was adopted, as far as known.
	Adopted  Date       `json:"adopted,omitzero"`
	Summary  Text       `json:"summary,omitzero"`
	Sources  []Citation `json:"sources"`
	Elements []Element  `json:"elements"`
}

// Element is one numbered item of a framework: a desired outcome, an
// enabling action, a commitment, a focus area, a task.
type Element struct {
	ID   ID          `json:"id"`
	Kind ElementKind `json:"kind"`
	// Code is the code the source numbers the element with; it equals ID.Code().
	Code string `json:"code"`
	// Parent is the element this one sits under, or "" for a top-level element.
	Parent  ID         `json:"parent,omitempty"`
	Title   Text       `json:"title"`
	Summary Text       `json:"summary,omitzero"`
	Sources []Citation `json:"sources"`
}

// Clone returns a deep copy of f.
func (f Framework) Clone() Framework {
	f.Aliases = f.Aliases.clone()
	f.Sources = slices.Clone(f.Sources)
	els := make([]Element, len(f.Elements))
	for i, e := range f.Elements {
		els[i] = e.Clone()
	}
	f.Elements = els
	return f
}

// Clone returns a deep copy of e.
func (e Element) Clone() Element {
	e.Sources = slices.Clone(e.Sources)
	return e
}

// Alias is another name a framework goes by in one language. Acronyms that
// are the same in every language use [language.Und].
type Alias struct {
	Lang language.Tag
	Name string
}

// Aliases is a list of names. In JSON it is an object from BCP 47 tag to the
// names in that language, in order: {"en":["ADM 2025"],"vi":["…"]}.
type Aliases []Alias

func (a Aliases) clone() Aliases { return slices.Clone(a) }

// In returns the aliases in exactly the language tag, in order.
func (a Aliases) In(tag language.Tag) []string {
	var out []string
	for _, x := range a {
		if x.Lang.String() == tag.String() {
			out = append(out, x.Name)
		}
	}
	return out
}

// MarshalJSON implements [json.Marshaler].
func (a Aliases) MarshalJSON() ([]byte, error) {
	m := map[string][]string{}
	for _, x := range a {
		k := x.Lang.String()
		m[k] = append(m[k], x.Name)
	}
	return json.Marshal(m)
}

// UnmarshalJSON implements [json.Unmarshaler]; languages come out sorted by tag.
func (a *Aliases) UnmarshalJSON(data []byte) error {
	var m map[string][]string
	if err := json.Unmarshal(data, &m); err != nil {
		return fmt.Errorf("digidip: aliases: %w", err)
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var out Aliases
	for _, k := range keys {
		tag, err := language.Parse(k)
		if err != nil {
			return fmt.Errorf("digidip: aliases: language tag %q: %w", k, err)
		}
		for _, n := range m[k] {
			out = append(out, Alias{Lang: tag, Name: n})
		}
	}
	*a = out
	return nil
}

// RelationKind says how the source of a [Relation] stands to its target.
type RelationKind string

// The relation kinds of the cross-walk.
const (
	// Supports: the source advances the target's aim (a Boracay commitment on
	// rural broadband supports ADM 2025 DO2).
	Supports RelationKind = "supports"
	// Implements: the source is a way of carrying out the target.
	Implements RelationKind = "implements"
	// AlignsWith: the two pursue the same aim from different sides.
	AlignsWith RelationKind = "aligns-with"
	// References: the source names the target without committing to it.
	References RelationKind = "references"
	// NoCounterpart records that the source was compared with the target
	// framework (To is a framework ID) and nothing in it corresponds; Note
	// says why. It keeps "not related" apart from "not yet compared".
	NoCounterpart RelationKind = "no-counterpart"
)

// Known reports whether k is one of the kinds above.
func (k RelationKind) Known() bool {
	switch k {
	case Supports, Implements, AlignsWith, References, NoCounterpart:
		return true
	}
	return false
}

// Relation links an element (or framework) to an element (or framework) of
// another framework, with a one-line rationale in Note.
type Relation struct {
	From ID           `json:"from"`
	To   ID           `json:"to"`
	Kind RelationKind `json:"kind"`
	Note string       `json:"note"`
}
