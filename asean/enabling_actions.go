package asean

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/digidip/digidip"
)

// EnablingAction is one of the masterplan's 37 enabling actions (EAs): a
// concrete piece of work under one desired outcome. EA 5.1 and EA 5.2, for
// instance, sit under DO5 (e-government).
//
// digidip ships no enabling actions. The masterplan prints them in its
// executive summary and its implementation chapter (about pp. 136–137), but
// no source digidip can reach shows their titles, and digidip invents none.
// A user who holds the masterplan can write them into a JSON file and load
// them with [ReadEnablingActions]; the JSON field names are the struct tags
// below.
type EnablingAction struct {
	// Code is "EA<d>.<n>": d is the number of its desired outcome, n its
	// number under that outcome, as the masterplan numbers it ("EA5.1").
	Code string `json:"code"`
	// Outcome is the code of the desired outcome it serves, "DO1"–"DO8"; it
	// must agree with Code ("EA5.1" serves "DO5").
	Outcome string `json:"outcome"`
	// Title is the action's title in English and Vietnamese.
	Title digidip.Text `json:"title"`
	// Summary says what the action does, if the file gives it.
	Summary digidip.Text `json:"summary,omitzero"`
	// Priority is the masterplan's priority rating, or "" when not given.
	Priority Priority `json:"priority,omitempty"`
	// Timing is when the action is to start, or "" when not given.
	Timing Timing `json:"timing,omitempty"`
	// DependsOn lists the codes of the actions this one needs done first.
	DependsOn []string `json:"dependsOn,omitempty"`
	// Sources cite where the action is printed (page of the masterplan).
	Sources []digidip.Citation `json:"sources"`
}

// Priority is an enabling action's priority rating in the masterplan's
// implementation chapter. The masterplan rates 17 actions high; digidip
// assumes the lower ratings are "medium" and "low" (the sources seen name
// only "high").
type Priority string

// The priority ratings.
const (
	PriorityHigh   Priority = "high"
	PriorityMedium Priority = "medium"
	PriorityLow    Priority = "low"
)

// Known reports whether p is one of the ratings above.
func (p Priority) Known() bool {
	switch p {
	case PriorityHigh, PriorityMedium, PriorityLow:
		return true
	}
	return false
}

// Timing is when an enabling action is to start. The masterplan splits its
// high-priority actions into a short-term start (within a year) and a
// medium-term start (in two to three years).
type Timing string

// The start bands.
const (
	ShortTerm  Timing = "short-term"
	MediumTerm Timing = "medium-term"
	LongTerm   Timing = "long-term"
)

// Known reports whether t is one of the bands above.
func (t Timing) Known() bool {
	switch t {
	case ShortTerm, MediumTerm, LongTerm:
		return true
	}
	return false
}

// ID returns the action's element ID, e.g. "adm2025/EA5.1".
func (ea EnablingAction) ID() digidip.ID { return digidip.ElementID(ADM2025ID, ea.Code) }

// Parent returns the element ID of its desired outcome, e.g. "adm2025/DO5".
func (ea EnablingAction) Parent() digidip.ID { return digidip.ElementID(ADM2025ID, ea.Outcome) }

func (ea EnablingAction) clone() EnablingAction {
	ea.DependsOn = slices.Clone(ea.DependsOn)
	ea.Sources = slices.Clone(ea.Sources)
	return ea
}

func (ea EnablingAction) element() digidip.Element {
	return digidip.Element{
		ID:      ea.ID(),
		Kind:    digidip.KindEnablingAction,
		Code:    ea.Code,
		Parent:  ea.Parent(),
		Title:   ea.Title,
		Summary: ea.Summary,
		Sources: slices.Clone(ea.Sources),
	}
}

var (
	eaCode = regexp.MustCompile(`^EA([1-9][0-9]*)\.([1-9][0-9]*)$`)
	doCode = regexp.MustCompile(`^DO([1-9][0-9]*)$`)
)

// parseEACode splits "EA5.12" into 5 and 12.
func parseEACode(code string) (outcome, n int, ok bool) {
	m := eaCode.FindStringSubmatch(code)
	if m == nil {
		return 0, 0, false
	}
	outcome, err1 := strconv.Atoi(m[1])
	n, err2 := strconv.Atoi(m[2])
	return outcome, n, err1 == nil && err2 == nil
}

// validateAction checks one action on its own: code, outcome and their
// agreement, title, priority, timing, the form of its dependencies, sources.
// Fields are named as in the JSON file.
func validateAction(errs *digidip.ValidationErrors, ea EnablingAction, outcomes map[string]bool) {
	id := ea.ID()
	d, _, codeOK := parseEACode(ea.Code)
	if !codeOK {
		errs.Add(id, "code", fmt.Sprintf("%q is not an enabling-action code EA<outcome>.<number>", ea.Code))
	}
	switch {
	case !doCode.MatchString(ea.Outcome) || !outcomes[ea.Outcome]:
		errs.Add(id, "outcome", fmt.Sprintf("%q is not a desired outcome of the masterplan (DO1–DO%d)", ea.Outcome, DesiredOutcomeCount))
	case codeOK && ea.Outcome != "DO"+strconv.Itoa(d):
		errs.Add(id, "outcome", fmt.Sprintf("code %s sits under DO%d, not %s", ea.Code, d, ea.Outcome))
	}
	errs.RequireEnVi(id, "title", ea.Title)
	if ea.Priority != "" && !ea.Priority.Known() {
		errs.Add(id, "priority", fmt.Sprintf("unknown priority %q; want high, medium or low", ea.Priority))
	}
	if ea.Timing != "" && !ea.Timing.Known() {
		errs.Add(id, "timing", fmt.Sprintf("unknown timing %q; want short-term, medium-term or long-term", ea.Timing))
	}
	for i, dep := range ea.DependsOn {
		f := fmt.Sprintf("dependsOn[%d]", i)
		switch {
		case dep == ea.Code:
			errs.Add(id, f, "an action cannot depend on itself")
		case !eaCode.MatchString(dep):
			errs.Add(id, f, fmt.Sprintf("%q is not an enabling-action code", dep))
		}
	}
	errs.RequireSources(id, "sources", ea.Sources)
}

// actionProblem is a problem with the action at Index of a set, or with the
// set as a whole when Index is -1.
type actionProblem struct {
	Index int
	Err   *digidip.ValidationError
}

// checkActionSet checks a set of actions: each on its own, then codes not
// repeated, dependencies resolving within the set, and the counts within the
// masterplan's figures. It says which action each problem belongs to, so
// that a file reader can point at it.
func checkActionSet(eas []EnablingAction, outcomes map[string]bool, plan ImplementationPlan) []actionProblem {
	var out []actionProblem
	report := func(i int, errs digidip.ValidationErrors) {
		for _, e := range errs {
			out = append(out, actionProblem{Index: i, Err: e})
		}
	}
	codes := map[string]int{}
	for i, ea := range eas {
		var errs digidip.ValidationErrors
		validateAction(&errs, ea, outcomes)
		if j, dup := codes[ea.Code]; dup {
			errs.Add(ea.ID(), "code", fmt.Sprintf("code used twice (actions %d and %d)", j, i))
		} else {
			codes[ea.Code] = i
		}
		report(i, errs)
	}
	high := 0
	for i, ea := range eas {
		if ea.Priority == PriorityHigh {
			high++
		}
		var errs digidip.ValidationErrors
		for j, dep := range ea.DependsOn {
			if _, ok := codes[dep]; !ok && dep != ea.Code && eaCode.MatchString(dep) {
				errs.Add(ea.ID(), fmt.Sprintf("dependsOn[%d]", j), fmt.Sprintf("unknown enabling action %s", dep))
			}
		}
		report(i, errs)
	}
	var errs digidip.ValidationErrors
	if plan.EnablingActions > 0 && len(eas) > plan.EnablingActions {
		errs.Add(ADM2025ID, "enablingActions", fmt.Sprintf("%d actions; the masterplan has %d", len(eas), plan.EnablingActions))
	}
	if plan.HighPriority > 0 && high > plan.HighPriority {
		errs.Add(ADM2025ID, "enablingActions", fmt.Sprintf("%d high-priority actions; the masterplan rates %d high", high, plan.HighPriority))
	}
	report(-1, errs)
	return out
}

// validateActionSet adds the problems [checkActionSet] finds to errs.
func validateActionSet(errs *digidip.ValidationErrors, eas []EnablingAction, outcomes map[string]bool, plan ImplementationPlan) {
	for _, p := range checkActionSet(eas, outcomes, plan) {
		*errs = append(*errs, p.Err)
	}
}

// sortActions orders actions by outcome number, then by action number.
func sortActions(eas []EnablingAction) {
	slices.SortStableFunc(eas, func(a, b EnablingAction) int {
		ad, an, _ := parseEACode(a.Code)
		bd, bn, _ := parseEACode(b.Code)
		if c := cmp.Compare(ad, bd); c != 0 {
			return c
		}
		if c := cmp.Compare(an, bn); c != 0 {
			return c
		}
		return strings.Compare(a.Code, b.Code)
	})
}

// WithEnablingActions returns a copy of m with the given enabling actions
// added, ordered by outcome and number, and checked with [Masterplan.Validate]:
// an action whose code is already in m, a code that disagrees with its
// outcome, an unknown dependency or more actions than the masterplan has are
// errors, and m is left unchanged. The error is a [digidip.ValidationErrors].
//
// The actions usually come from [ReadEnablingActions].
func (m Masterplan) WithEnablingActions(eas []EnablingAction) (Masterplan, error) {
	out := m.clone()
	for _, ea := range eas {
		out.EnablingActions = append(out.EnablingActions, ea.clone())
	}
	sortActions(out.EnablingActions)
	if err := out.Validate(); err != nil {
		return Masterplan{}, err
	}
	return out, nil
}

// EnablingAction returns the enabling action with the given code ("EA5.1"),
// if m holds it.
func (m Masterplan) EnablingAction(code string) (EnablingAction, bool) {
	for _, ea := range m.EnablingActions {
		if ea.Code == code {
			return ea.clone(), true
		}
	}
	return EnablingAction{}, false
}
