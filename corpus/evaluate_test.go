package corpus_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/digidip/digidip"
	"github.com/digidip/digidip/catalog"
	"github.com/digidip/digidip/corpus"
	"github.com/digidip/digidip/schema"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"golang.org/x/text/language"
)

func ids(s ...string) []digidip.ID {
	out := make([]digidip.ID, len(s))
	for i, v := range s {
		out[i] = digidip.ID(v)
	}
	return out
}

// approx compares figures to three decimals, the precision of hand sums.
var approx = cmpopts.EquateApprox(0, 5e-4)

func scores(tp, fp, fn int, p, r, f1 float64) corpus.Scores {
	return corpus.Scores{TruePositives: tp, FalsePositives: fp, FalseNegatives: fn, Precision: p, Recall: r, F1: f1}
}

// Two synthetic cases, scored by hand:
//
//	frameworks: c1 gold {adm2025, boracay}, predicted {adm2025, bali}: TP 1, FP 1, FN 1
//	            c2 gold {bali},              predicted {bali}:          TP 1
//	            total TP 2, FP 1, FN 1 → P = 2/3, R = 2/3, F1 = 2/3
//	elements:   c1 gold {DO2, DO3, B5}, predicted {DO2, B5, B7}: TP 2, FP 1, FN 1
//	            c2 gold {FA1, FA2},     predicted {FA1, DO8}:    TP 1, FP 1, FN 1
//	            total TP 3, FP 2, FN 2 → P = 3/5, R = 3/5, F1 = 3/5
//
// Per framework: adm2025 mentions 1/0/0, elements TP DO2, FN DO3, FP DO8 →
// P 1/2, R 1/2; boracay mentions FN 1 → P 1 (nothing predicted), R 0, F1 0;
// elements TP B5, FP B7 → P 1/2, R 1, F1 2/3; bali mentions TP 1 (c2) and
// FP 1 (c1) → P 1/2, R 1, F1 2/3; elements TP FA1, FN FA2 → P 1, R 1/2, F1 2/3.
func TestScoreHandComputed(t *testing.T) {
	cases := []corpus.GoldCase{
		{ID: "c1", Frameworks: ids("adm2025", "boracay"), Elements: ids("adm2025/DO2", "adm2025/DO3", "boracay/B5")},
		{ID: "c2", Frameworks: ids("bali"), Elements: ids("bali/FA1", "bali/FA2")},
	}
	preds := map[string]corpus.Prediction{
		"c1":    {Frameworks: ids("adm2025", "bali", "adm2025"), Elements: ids("adm2025/DO2", "boracay/B5", "boracay/B7")},
		"c2":    {Frameworks: ids("bali"), Elements: ids("bali/FA1", "adm2025/DO8")},
		"extra": {Frameworks: ids("vn-mic")},
	}
	got := corpus.Score(cases, preds)
	want := corpus.Report{
		Cases:      2,
		Frameworks: scores(2, 1, 1, 2.0/3, 2.0/3, 2.0/3),
		Elements:   scores(3, 2, 2, 0.6, 0.6, 0.6),
		PerFramework: []corpus.FrameworkScores{
			{Framework: "adm2025", Mentions: scores(1, 0, 0, 1, 1, 1), Elements: scores(1, 1, 1, 0.5, 0.5, 0.5)},
			{Framework: "bali", Mentions: scores(1, 1, 0, 0.5, 1, 2.0/3), Elements: scores(1, 0, 1, 1, 0.5, 2.0/3)},
			{Framework: "boracay", Mentions: scores(0, 0, 1, 1, 0, 0), Elements: scores(1, 1, 0, 0.5, 1, 2.0/3)},
		},
		ByCase: []corpus.CaseResult{
			{Case: "c1", MissedFrameworks: ids("boracay"), FalseFrameworks: ids("bali"), MissedElements: ids("adm2025/DO3"), FalseElements: ids("boracay/B7")},
			{Case: "c2", MissedElements: ids("bali/FA2"), FalseElements: ids("adm2025/DO8")},
		},
	}
	if diff := cmp.Diff(want, got, approx); diff != "" {
		t.Errorf("Score (-want +got):\n%s", diff)
	}
}

// TestScoreMaybe checks that a "maybe" ID counts neither way: predicted, it
// is no false hit; not predicted, it is no miss. It also shows up in
// IgnoredMaybe when predicted, for the reader of the report.
func TestScoreMaybe(t *testing.T) {
	cases := []corpus.GoldCase{{
		ID:         "m",
		Frameworks: ids("icdd2021"),
		Elements:   ids("icdd2021/S1"),
		Maybe:      ids("vn-mofa", "vn-mofa/D5", "bali/FA2"),
	}}
	tests := []struct {
		name string
		pred corpus.Prediction
		want corpus.Report
	}{
		{
			name: "maybe predicted",
			pred: corpus.Prediction{Frameworks: ids("icdd2021", "vn-mofa"), Elements: ids("icdd2021/S1", "vn-mofa/D5")},
			want: corpus.Report{
				Cases:      1,
				Frameworks: scores(1, 0, 0, 1, 1, 1),
				Elements:   scores(1, 0, 0, 1, 1, 1),
				PerFramework: []corpus.FrameworkScores{
					{Framework: "icdd2021", Mentions: scores(1, 0, 0, 1, 1, 1), Elements: scores(1, 0, 0, 1, 1, 1)},
				},
				ByCase: []corpus.CaseResult{},
			},
		},
		{
			name: "maybe not predicted, one miss",
			pred: corpus.Prediction{Frameworks: ids("icdd2021")},
			want: corpus.Report{
				Cases:      1,
				Frameworks: scores(1, 0, 0, 1, 1, 1),
				Elements:   scores(0, 0, 1, 1, 0, 0),
				PerFramework: []corpus.FrameworkScores{
					{Framework: "icdd2021", Mentions: scores(1, 0, 0, 1, 1, 1), Elements: scores(0, 0, 1, 1, 0, 0)},
				},
				ByCase: []corpus.CaseResult{{Case: "m", MissedElements: ids("icdd2021/S1")}},
			},
		},
		{
			name: "maybe predicted next to a false hit",
			pred: corpus.Prediction{Frameworks: ids("icdd2021"), Elements: ids("icdd2021/S1", "bali/FA2", "bali/FA3")},
			want: corpus.Report{
				Cases:      1,
				Frameworks: scores(1, 0, 0, 1, 1, 1),
				Elements:   scores(1, 1, 0, 0.5, 1, 2.0/3),
				PerFramework: []corpus.FrameworkScores{
					{Framework: "bali", Mentions: scores(0, 0, 0, 1, 1, 1), Elements: scores(0, 1, 0, 0, 1, 0)},
					{Framework: "icdd2021", Mentions: scores(1, 0, 0, 1, 1, 1), Elements: scores(1, 0, 0, 1, 1, 1)},
				},
				ByCase: []corpus.CaseResult{{Case: "m", FalseElements: ids("bali/FA3"), IgnoredMaybe: ids("bali/FA2")}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := corpus.Score(cases, map[string]corpus.Prediction{"m": tt.pred})
			if diff := cmp.Diff(tt.want, got, approx); diff != "" {
				t.Errorf("Score (-want +got):\n%s", diff)
			}
		})
	}
}

// TestScoreEmpty pins the convention for empty sets: nothing predicted means
// precision 1, nothing expected means recall 1, and F1 is 0 only when one of
// them is 0.
func TestScoreEmpty(t *testing.T) {
	negative := corpus.GoldCase{ID: "near-miss", Tags: []string{"near-miss"}}
	positive := corpus.GoldCase{ID: "pos", Frameworks: ids("bali"), Elements: ids("bali/FA1")}
	tests := []struct {
		name           string
		cases          []corpus.GoldCase
		preds          map[string]corpus.Prediction
		wantFw, wantEl corpus.Scores
	}{
		{"no cases", nil, nil, scores(0, 0, 0, 1, 1, 1), scores(0, 0, 0, 1, 1, 1)},
		{"silent on a negative", []corpus.GoldCase{negative}, nil, scores(0, 0, 0, 1, 1, 1), scores(0, 0, 0, 1, 1, 1)},
		{"false hit on a negative", []corpus.GoldCase{negative}, map[string]corpus.Prediction{"near-miss": {Frameworks: ids("boracay")}},
			scores(0, 1, 0, 0, 1, 0), scores(0, 0, 0, 1, 1, 1)},
		{"silent on a positive", []corpus.GoldCase{positive}, nil, scores(0, 0, 1, 1, 0, 0), scores(0, 0, 1, 1, 0, 0)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := corpus.Score(tt.cases, tt.preds)
			if diff := cmp.Diff(tt.wantFw, got.Frameworks, approx); diff != "" {
				t.Errorf("frameworks (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantEl, got.Elements, approx); diff != "" {
				t.Errorf("elements (-want +got):\n%s", diff)
			}
			wantNear := 0
			for _, c := range tt.cases {
				if c.HasTag("near-miss") {
					wantNear++
				}
			}
			if got.NearMissCases != wantNear || got.NearMissFalseFrameworks != tt.wantFw.FalsePositives {
				t.Errorf("near-miss: got %d cases, %d false hits; want %d, %d",
					got.NearMissCases, got.NearMissFalseFrameworks, wantNear, tt.wantFw.FalsePositives)
			}
			for _, s := range []corpus.Scores{got.Frameworks, got.Elements} {
				if math.IsNaN(s.Precision) || math.IsNaN(s.Recall) || math.IsNaN(s.F1) {
					t.Errorf("NaN in %+v", s)
				}
			}
		})
	}
}

func TestEvaluate(t *testing.T) {
	cases := []corpus.GoldCase{
		{ID: "a", Frameworks: ids("bali")},
		{ID: "b", Frameworks: ids("boracay")},
		{ID: "c", Frameworks: ids("adm2025")},
	}
	errMapper := errors.New("mapper failed")
	predict := func(c corpus.GoldCase) (corpus.Prediction, error) {
		if c.ID == "b" {
			return corpus.Prediction{}, errMapper
		}
		return corpus.Prediction{Frameworks: c.Frameworks}, nil
	}
	got, err := corpus.Evaluate(context.Background(), cases, predict)
	if !errors.Is(err, errMapper) || !strings.Contains(err.Error(), "case b") {
		t.Errorf("error %v: want the mapper's error, wrapped with the case ID", err)
	}
	want := corpus.Report{
		Cases:      2,
		Failed:     1,
		Frameworks: scores(2, 0, 0, 1, 1, 1),
		Elements:   scores(0, 0, 0, 1, 1, 1),
		PerFramework: []corpus.FrameworkScores{
			{Framework: "adm2025", Mentions: scores(1, 0, 0, 1, 1, 1), Elements: scores(0, 0, 0, 1, 1, 1)},
			{Framework: "bali", Mentions: scores(1, 0, 0, 1, 1, 1), Elements: scores(0, 0, 0, 1, 1, 1)},
		},
		ByCase: []corpus.CaseResult{{Case: "b", Err: "mapper failed"}},
	}
	if diff := cmp.Diff(want, got, approx); diff != "" {
		t.Errorf("Evaluate (-want +got):\n%s", diff)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	r, err := corpus.Evaluate(ctx, cases, predict)
	if !errors.Is(err, context.Canceled) || r.Cases != 0 {
		t.Errorf("cancelled: got %d cases and %v, want 0 and context.Canceled", r.Cases, err)
	}
}

func TestWriteText(t *testing.T) {
	clean := corpus.Score([]corpus.GoldCase{{ID: "a", Frameworks: ids("bali")}}, map[string]corpus.Prediction{"a": {Frameworks: ids("bali")}})
	failed, _ := corpus.Evaluate(context.Background(), []corpus.GoldCase{{ID: "b"}}, func(corpus.GoldCase) (corpus.Prediction, error) {
		return corpus.Prediction{}, errors.New("boom")
	})
	tests := []struct {
		name string
		r    corpus.Report
		want []string
	}{
		{"clean", clean, []string{"gold cases: 1\n", "bali mentions  1.000  1.000  1.000     1     0     0\n", "no misses, no false hits\n"}},
		{"failed", failed, []string{"gold cases: 0 (1 failed)\n", "b\n  error: boom\n"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			if err := tt.r.WriteText(&b); err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(b.String(), w) {
					t.Errorf("output lacks %q:\n%s", w, b.String())
				}
			}
		})
	}
}

func TestReportJSON(t *testing.T) {
	r := corpus.Score([]corpus.GoldCase{{ID: "a", Frameworks: ids("bali")}}, nil)
	data, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var back corpus.Report
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(r, back); diff != "" {
		t.Errorf("JSON round trip (-want +got):\n%s", diff)
	}
	for _, key := range []string{`"frameworks":{"truePositives":0,"falsePositives":0,"falseNegatives":1,"precision":1,"recall":0,"f1":0}`, `"byCase":[{"case":"a","missedFrameworks":["bali"]}]`} {
		if !bytes.Contains(data, []byte(key)) {
			t.Errorf("JSON %s lacks %s", data, key)
		}
	}
}

// TestSeedGoldSelfScore scores the seed gold against itself: a perfect
// predictor must get 1/1/1 and the report must be clean, which also checks
// that no seed lists an ID both as a label and as a maybe.
func TestSeedGoldSelfScore(t *testing.T) {
	cases := corpus.SeedGold()
	r, err := corpus.Evaluate(context.Background(), cases, func(c corpus.GoldCase) (corpus.Prediction, error) {
		return corpus.Prediction{Frameworks: c.Frameworks, Elements: c.Elements}, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if r.Frameworks.F1 != 1 || r.Elements.F1 != 1 || len(r.ByCase) != 0 {
		t.Errorf("self-score: %+v", r)
	}
}

func ExampleScore() {
	cases := []corpus.GoldCase{
		{ID: "vi-bali-01", Frameworks: ids("bali", "icdd2021"), Elements: ids("bali/FA2", "icdd2021/S2"), Maybe: ids("bali/FA4")},
		{ID: "en-near-bali-process", Tags: []string{"near-miss"}},
	}
	preds := map[string]corpus.Prediction{
		"vi-bali-01":           {Frameworks: ids("bali", "icdd2021"), Elements: ids("bali/FA2", "bali/FA4")},
		"en-near-bali-process": {Frameworks: ids("bali")},
	}
	r := corpus.Score(cases, preds)
	fmt.Printf("frameworks P=%.2f R=%.2f F1=%.2f\n", r.Frameworks.Precision, r.Frameworks.Recall, r.Frameworks.F1)
	fmt.Printf("elements   P=%.2f R=%.2f F1=%.2f\n", r.Elements.Precision, r.Elements.Recall, r.Elements.F1)
	if err := r.WriteText(os.Stdout); err != nil {
		fmt.Println(err)
	}
	// Output:
	// frameworks P=0.67 R=1.00 F1=0.80
	// elements   P=1.00 R=0.50 F1=0.67
	// gold cases: 2
	//
	// micro              P      R      F1       TP    FP    FN
	// frameworks         0.667  1.000  0.800     2     1     0
	// elements           1.000  0.500  0.667     1     0     1
	// near-miss cases: 1, framework false hits on them: 1
	//
	// per framework      P      R      F1       TP    FP    FN
	// bali mentions      0.500  1.000  0.667     1     1     0
	// bali elements      1.000  1.000  1.000     1     0     0
	// icdd2021 mentions  1.000  1.000  1.000     1     0     0
	// icdd2021 elements  1.000  0.000  0.000     0     0     1
	//
	// misses and false hits by case:
	// vi-bali-01
	//   missed elements: icdd2021/S2
	// en-near-bali-process
	//   false frameworks: bali
}

func ExampleReadGoldCase() {
	const file = `{"id": "en-near-boracay-island", "lang": "en",
	  "text": "Boracay reopened its beaches to tourists after a six-month clean-up.",
	  "frameworks": [], "elements": [], "maybe": [],
	  "notes": "Boracay the island, not the declaration.", "tags": ["en", "near-miss"]}`
	c, err := corpus.ReadGoldCase("en-near-boracay-island.json", strings.NewReader(file))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.ID, c.Lang, len(c.Frameworks), c.HasTag("near-miss"))

	_, err = corpus.ReadGoldCase("typo.json", strings.NewReader(`{"id": "x", "text": "y", "elements": ["boracay/B 7"]}`))
	fmt.Println(err)
	// Output:
	// en-near-boracay-island en 0 true
	// typo.json: /elements/0: digidip: invalid ID "boracay/B 7": code must start with a letter and hold only letters, digits and inner dots
}

// TestGoldFilesAgainstCatalogAndSchema checks every gold file the project
// ships (the seed gold, both written splits and the development sets) against the published JSON
// Schema (raw bytes) and the real catalog, and that each case survives a
// marshal/read round trip unchanged.
func TestGoldFilesAgainstCatalogAndSchema(t *testing.T) {
	cat := catalog.Default()
	var files []string
	for _, pattern := range []string{"seeds/*.gold.json", "testdata/gold/tuned/*.json", "testdata/gold/heldout/*.json", "testdata/gold/dev*/*.json"} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) < 50 {
		t.Fatalf("found only %d gold files", len(files))
	}
	for _, file := range files {
		t.Run(file, func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			if err := schema.ValidateNamed(schema.Gold, file, data); err != nil {
				t.Errorf("schema: %v", err)
			}
			c, err := corpus.ReadGoldCase(file, bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			for _, list := range [][]digidip.ID{c.Frameworks, c.Elements, c.Maybe} {
				for _, id := range list {
					if !cat.Has(id) {
						t.Errorf("%s is not in catalog.Default()", id)
					}
				}
			}
			out, err := json.Marshal(c)
			if err != nil {
				t.Fatal(err)
			}
			back, err := corpus.ReadGoldCase(file, bytes.NewReader(out))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(c, back, cmp.Comparer(func(a, b language.Tag) bool { return a == b }), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("round trip (-want +got):\n%s", diff)
			}
		})
	}
}

// ExampleEvaluate scores a deliberately naive predictor, one that asserts a
// framework whenever a keyword occurs, against the seed gold plus one
// near-miss. It misses the frameworks named in other words (ICDD 2021 in a
// Vietnamese rendering, the two ministries), fires on "Boracay" the island,
// and predicts no elements at all.
func ExampleEvaluate() {
	keywords := map[string]digidip.ID{"ICDD": "icdd2021", "Bali": "bali", "Boracay": "boracay", "ADM 2025": "adm2025"}
	naive := func(c corpus.GoldCase) (corpus.Prediction, error) {
		var p corpus.Prediction
		for kw, id := range keywords {
			if strings.Contains(c.Title+"\n"+c.Text, kw) {
				p.Frameworks = append(p.Frameworks, id)
			}
		}
		return p, nil
	}
	cases := append(corpus.SeedGold(), corpus.GoldCase{
		ID:   "en-near-boracay-island",
		Text: "Boracay reopened to tourists in October 2018 after a six-month clean-up.",
		Tags: []string{"near-miss"},
	})
	r, err := corpus.Evaluate(context.Background(), cases, naive)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("frameworks: P=%.2f R=%.2f F1=%.2f\n", r.Frameworks.Precision, r.Frameworks.Recall, r.Frameworks.F1)
	fmt.Printf("elements:   P=%.2f R=%.2f F1=%.2f\n", r.Elements.Precision, r.Elements.Recall, r.Elements.F1)
	for _, c := range r.ByCase {
		if len(c.MissedFrameworks)+len(c.FalseFrameworks) > 0 {
			fmt.Println(c.Case, "missed", c.MissedFrameworks, "false", c.FalseFrameworks)
		}
	}
	// Output:
	// frameworks: P=0.80 R=0.57 F1=0.67
	// elements:   P=1.00 R=0.00 F1=0.00
	// 000_7b3bbabc5c28dc7d missed [icdd2021] false []
	// 002_7a2de960d0113bc6 missed [vn-mic vn-mofa] false []
	// en-near-boracay-island missed [] false [boracay]
}

func ExampleSeedGold() {
	for _, c := range corpus.SeedGold() {
		fmt.Printf("%s %v %d elements\n", c.ID, c.Frameworks, len(c.Elements))
	}
	// Output:
	// 000_7b3bbabc5c28dc7d [icdd2021 bali] 8 elements
	// 001_dd70fcc3181878ba [icdd2021] 3 elements
	// 002_7a2de960d0113bc6 [vn-mic vn-mofa] 7 elements
	// 003_c84967ab269d1a45 [] 5 elements
	// 004_2e749312dbb7a4d4 [boracay adm2025] 15 elements
}
