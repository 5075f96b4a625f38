package corpus

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/digidip/digidip"
)

// A Prediction is what a mapper asserts about one gold case: the frameworks
// it says the text names and the elements it says the text discusses.
// Duplicates are ignored; order does not matter.
type Prediction struct {
	// Frameworks are the framework IDs the mapper says the text names.
	Frameworks []digidip.ID `json:"frameworks"`
	// Elements are the element IDs the mapper says the text discusses.
	Elements []digidip.ID `json:"elements"`
}

// Scores are micro-averaged counts over (case, ID) pairs and the figures
// derived from them.
//
// Empty cases follow the convention that a vacuous claim is true: precision
// is 1 when nothing was predicted (no false hit was made) and recall is 1
// when nothing was expected (nothing was missed). F1 is the harmonic mean of
// the two, 0 when both are 0. So a mapper that stays silent on a set of
// near-miss negatives scores 1/1/1, and one that stays silent on positives
// scores P=1, R=0, F1=0.
type Scores struct {
	// TruePositives counts predicted pairs that are in the gold.
	TruePositives int `json:"truePositives"`
	// FalsePositives counts predicted pairs that are not (false hits).
	FalsePositives int `json:"falsePositives"`
	// FalseNegatives counts gold pairs that were not predicted (misses).
	FalseNegatives int `json:"falseNegatives"`
	// Precision is TP / (TP + FP), 1 when nothing was predicted.
	Precision float64 `json:"precision"`
	// Recall is TP / (TP + FN), 1 when nothing was expected.
	Recall float64 `json:"recall"`
	// F1 is 2PR / (P + R), 0 when P + R is 0.
	F1 float64 `json:"f1"`
}

func (s *Scores) add(tp, fp, fn int) {
	s.TruePositives += tp
	s.FalsePositives += fp
	s.FalseNegatives += fn
}

// finish computes Precision, Recall and F1 from the counts.
func (s *Scores) finish() {
	s.Precision, s.Recall = 1, 1
	if n := s.TruePositives + s.FalsePositives; n > 0 {
		s.Precision = float64(s.TruePositives) / float64(n)
	}
	if n := s.TruePositives + s.FalseNegatives; n > 0 {
		s.Recall = float64(s.TruePositives) / float64(n)
	}
	s.F1 = 0
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
}

// FrameworkScores are the figures for one framework: Mentions scores the
// framework ID itself (does the mapper see that the text names it?), Elements
// scores the framework's elements (grouped by the framework part of their
// IDs, so "adm2025/DO3" counts under "adm2025").
type FrameworkScores struct {
	// Framework is the framework ID.
	Framework digidip.ID `json:"framework"`
	// Mentions scores the (case, framework) pairs.
	Mentions Scores `json:"mentions"`
	// Elements scores the (case, element) pairs of this framework's elements.
	Elements Scores `json:"elements"`
}

// A CaseResult lists, for one case, every miss and every false hit, and the
// predictions that were left out of scoring because the gold marks them
// "maybe". Err is set, and nothing else, when the prediction failed.
type CaseResult struct {
	// Case is the gold case's ID.
	Case string `json:"case"`
	// MissedFrameworks are gold frameworks the prediction lacks.
	MissedFrameworks []digidip.ID `json:"missedFrameworks,omitempty"`
	// FalseFrameworks are predicted frameworks the gold does not list.
	FalseFrameworks []digidip.ID `json:"falseFrameworks,omitempty"`
	// MissedElements are gold elements the prediction lacks.
	MissedElements []digidip.ID `json:"missedElements,omitempty"`
	// FalseElements are predicted elements the gold does not list.
	FalseElements []digidip.ID `json:"falseElements,omitempty"`
	// IgnoredMaybe are predicted IDs the gold marks "maybe".
	IgnoredMaybe []digidip.ID `json:"ignoredMaybe,omitempty"`
	// Err is the prediction's error message, if it failed.
	Err string `json:"error,omitempty"`
}

// clean reports whether the case has no miss, no false hit and no error.
func (r CaseResult) clean() bool {
	return len(r.MissedFrameworks)+len(r.FalseFrameworks)+len(r.MissedElements)+len(r.FalseElements) == 0 && r.Err == ""
}

// A Report is the outcome of scoring a mapper against gold cases, as
// described in the rubric (shared/ANNOTATION.md): micro precision, recall and
// F1 over (case, ID) pairs, separately for framework mentions and element
// matches, with "maybe" pairs removed from both the predictions and the gold
// before counting. It marshals to JSON as is; WriteText prints it as tables.
type Report struct {
	// Cases is the number of cases scored (failed predictions excluded).
	Cases int `json:"cases"`
	// Failed is the number of cases whose prediction returned an error.
	Failed int `json:"failed,omitempty"`
	// Frameworks scores framework mentions over all cases.
	Frameworks Scores `json:"frameworks"`
	// Elements scores element matches over all cases.
	Elements Scores `json:"elements"`
	// NearMissCases counts scored cases tagged "near-miss", and
	// NearMissFalseFrameworks the framework false hits on them: the design's
	// quality bar asks for zero.
	NearMissCases           int `json:"nearMissCases"`
	NearMissFalseFrameworks int `json:"nearMissFalseFrameworks"`
	// PerFramework breaks both down by framework, in ID order. A framework
	// appears if it occurs in the gold or in a prediction.
	PerFramework []FrameworkScores `json:"perFramework"`
	// ByCase lists the cases with a miss, a false hit or an error, in the
	// order the cases were given. Clean cases are left out.
	ByCase []CaseResult `json:"byCase"`
}

// Score compares predictions with gold cases. preds is keyed by case ID; a
// case with no entry counts as predicting nothing, so every gold label of it
// is a miss. Entries for IDs that are not cases are ignored.
func Score(cases []GoldCase, preds map[string]Prediction) Report {
	var s scorer
	for _, c := range cases {
		s.score(c, preds[c.ID])
	}
	return s.report()
}

// Evaluate runs predict on every case and scores the results like Score. A
// case whose prediction fails is left out of the figures and listed in
// Report.ByCase with its error; the returned error joins those failures, each
// wrapped with its case ID, so a partial report is still returned. If ctx is
// cancelled, Evaluate stops and returns ctx's error with the report so far.
func Evaluate(ctx context.Context, cases []GoldCase, predict func(GoldCase) (Prediction, error)) (Report, error) {
	var (
		s    scorer
		errs []error
	)
	for _, c := range cases {
		if err := ctx.Err(); err != nil {
			return s.report(), err
		}
		p, err := predict(c)
		if err != nil {
			errs = append(errs, fmt.Errorf("case %s: %w", c.ID, err))
			s.fail(c, err)
			continue
		}
		s.score(c, p)
	}
	return s.report(), errors.Join(errs...)
}

// scorer accumulates counts; the zero value is ready to use.
type scorer struct {
	cases, failed int
	nearMiss      int
	nearMissFalse int
	frameworks    Scores
	elements      Scores
	per           map[digidip.ID]*FrameworkScores
	byCase        []CaseResult
}

func (s *scorer) group(fw digidip.ID) *FrameworkScores {
	if s.per == nil {
		s.per = make(map[digidip.ID]*FrameworkScores)
	}
	g, ok := s.per[fw]
	if !ok {
		g = &FrameworkScores{Framework: fw}
		s.per[fw] = g
	}
	return g
}

// tally counts each ID of tp, fp and fn in its framework's scores, the
// ones pick chooses.
func (s *scorer) tally(tp, fp, fn []digidip.ID, pick func(*FrameworkScores) *Scores) {
	for _, id := range tp {
		pick(s.group(id.Framework())).add(1, 0, 0)
	}
	for _, id := range fp {
		pick(s.group(id.Framework())).add(0, 1, 0)
	}
	for _, id := range fn {
		pick(s.group(id.Framework())).add(0, 0, 1)
	}
}

func (s *scorer) fail(c GoldCase, err error) {
	s.failed++
	s.byCase = append(s.byCase, CaseResult{Case: c.ID, Err: err.Error()})
}

func (s *scorer) score(c GoldCase, p Prediction) {
	s.cases++
	res := CaseResult{Case: c.ID}
	maybe := setOf(c.Maybe)
	for id := range setOf(append(slices.Clone(p.Frameworks), p.Elements...)) {
		if maybe[id] {
			res.IgnoredMaybe = append(res.IgnoredMaybe, id)
		}
	}

	tp, fp, fn := compare(setOf(c.Frameworks), setOf(p.Frameworks), maybe, &res.MissedFrameworks, &res.FalseFrameworks)
	s.frameworks.add(len(tp), len(fp), len(fn))
	if c.HasTag("near-miss") {
		s.nearMiss++
		s.nearMissFalse += len(fp)
	}
	s.tally(tp, fp, fn, func(g *FrameworkScores) *Scores { return &g.Mentions })

	tp, fp, fn = compare(setOf(c.Elements), setOf(p.Elements), maybe, &res.MissedElements, &res.FalseElements)
	s.elements.add(len(tp), len(fp), len(fn))
	s.tally(tp, fp, fn, func(g *FrameworkScores) *Scores { return &g.Elements })

	slices.Sort(res.IgnoredMaybe)
	if !res.clean() {
		s.byCase = append(s.byCase, res)
	}
}

// compare splits gold and predicted IDs, minus the maybe set, into true
// positives, false positives and false negatives, each sorted, and records
// the misses and false hits in the case result.
func compare(gold, pred, maybe map[digidip.ID]bool, missed, falseHits *[]digidip.ID) (tp, fp, fn []digidip.ID) {
	for id := range pred {
		switch {
		case maybe[id]:
		case gold[id]:
			tp = append(tp, id)
		default:
			fp = append(fp, id)
		}
	}
	for id := range gold {
		if !maybe[id] && !pred[id] {
			fn = append(fn, id)
		}
	}
	slices.Sort(tp)
	slices.Sort(fp)
	slices.Sort(fn)
	*missed = fn
	*falseHits = fp
	return tp, fp, fn
}

func setOf(ids []digidip.ID) map[digidip.ID]bool {
	m := make(map[digidip.ID]bool, len(ids))
	for _, id := range ids {
		m[id] = true
	}
	return m
}

func (s *scorer) report() Report {
	r := Report{
		Cases:                   s.cases,
		Failed:                  s.failed,
		Frameworks:              s.frameworks,
		Elements:                s.elements,
		NearMissCases:           s.nearMiss,
		NearMissFalseFrameworks: s.nearMissFalse,
		ByCase:                  slices.Clone(s.byCase),
	}
	r.Frameworks.finish()
	r.Elements.finish()
	r.PerFramework = make([]FrameworkScores, 0, len(s.per))
	for _, g := range s.per {
		f := *g
		f.Mentions.finish()
		f.Elements.finish()
		r.PerFramework = append(r.PerFramework, f)
	}
	slices.SortFunc(r.PerFramework, func(a, b FrameworkScores) int { return cmp.Compare(a.Framework, b.Framework) })
	if r.ByCase == nil {
		r.ByCase = []CaseResult{}
	}
	return r
}

// WriteText writes the report as plain-text tables: the micro figures, the
// per-framework figures, then every case with a miss, a false hit or an
// error. Figures are printed with three decimals.
func (r Report) WriteText(w io.Writer) error {
	type row struct {
		label string
		s     Scores
	}
	micro := []row{{"frameworks", r.Frameworks}, {"elements", r.Elements}}
	var per []row
	for _, f := range r.PerFramework {
		per = append(per, row{string(f.Framework) + " mentions", f.Mentions}, row{string(f.Framework) + " elements", f.Elements})
	}
	width := len("per framework")
	for _, x := range append(slices.Clone(micro), per...) {
		width = max(width, len(x.label))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "gold cases: %d", r.Cases)
	if r.Failed > 0 {
		fmt.Fprintf(&b, " (%d failed)", r.Failed)
	}
	b.WriteString("\n")
	table := func(title string, rows []row) {
		fmt.Fprintf(&b, "\n%-*s  %-5s  %-5s  %-5s  %4s  %4s  %4s\n", width, title, "P", "R", "F1", "TP", "FP", "FN")
		for _, x := range rows {
			fmt.Fprintf(&b, "%-*s  %.3f  %.3f  %.3f  %4d  %4d  %4d\n", width, x.label,
				x.s.Precision, x.s.Recall, x.s.F1, x.s.TruePositives, x.s.FalsePositives, x.s.FalseNegatives)
		}
	}
	table("micro", micro)
	if r.NearMissCases > 0 {
		fmt.Fprintf(&b, "near-miss cases: %d, framework false hits on them: %d\n", r.NearMissCases, r.NearMissFalseFrameworks)
	}
	if len(per) > 0 {
		table("per framework", per)
	}
	if len(r.ByCase) == 0 {
		b.WriteString("\nno misses, no false hits\n")
	} else {
		b.WriteString("\nmisses and false hits by case:\n")
	}
	for _, c := range r.ByCase {
		fmt.Fprintf(&b, "%s\n", c.Case)
		if c.Err != "" {
			fmt.Fprintf(&b, "  error: %s\n", c.Err)
		}
		writeIDs(&b, "missed frameworks", c.MissedFrameworks)
		writeIDs(&b, "false frameworks", c.FalseFrameworks)
		writeIDs(&b, "missed elements", c.MissedElements)
		writeIDs(&b, "false elements", c.FalseElements)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeIDs(b *strings.Builder, label string, ids []digidip.ID) {
	if len(ids) == 0 {
		return
	}
	strs := make([]string, len(ids))
	for i, id := range ids {
		strs[i] = string(id)
	}
	fmt.Fprintf(b, "  %s: %s\n", label, strings.Join(strs, ", "))
}
