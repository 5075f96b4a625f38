package corpus_test

import (
	"context"
	"slices"
	"testing"

	"github.com/digidip/digidip"
	"github.com/digidip/digidip/corpus"
	"github.com/digidip/digidip/corpus/lexicon"
)

// TestIgnorePartialLists shows lexicon.ElementEntry.IgnorePartialLists
// with a small lexicon of its own, three marked elements of one framework:
// a sentence where two of them hold lists them in passing and adds
// nothing; a sentence on one of them counts, and so does one naming all
// three (an enumeration). Unmarked elements, and marked elements of
// another framework, take no part.
func TestIgnorePartialLists(t *testing.T) {
	lex := &lexicon.File{
		Lang: "en",
		Elements: []lexicon.ElementEntry{
			{ID: "icdd2021/P1", IgnorePartialLists: true, Rules: []lexicon.Rule{{Query: "inclusive economy"}}},
			{ID: "icdd2021/P2", IgnorePartialLists: true, Rules: []lexicon.Rule{{Query: "small firms"}}},
			{ID: "icdd2021/P4", IgnorePartialLists: true, Rules: []lexicon.Rule{{Query: "crisis management"}}},
			{ID: "icdd2021/S1", Rules: []lexicon.Rule{{Query: "digital mindset"}}},
			{ID: "bali/FA2", IgnorePartialLists: true, Rules: []lexicon.Rule{{Query: "crisis response"}}},
		},
	}
	m := newMapper(t, corpus.WithLexicons(lex))
	tests := []struct {
		name string
		body string
		want []digidip.ID
	}{
		{"two of three in passing", "Panels ranged from the inclusive economy to crisis management.", nil},
		{"two of three, then one discussed",
			"Panels ranged from the inclusive economy to crisis management.\nSpeakers said crisis management now runs on shared data.",
			[]digidip.ID{"icdd2021/P4"}},
		{"all three enumerated", "The panels were: inclusive economy; small firms; crisis management.",
			[]digidip.ID{"icdd2021/P1", "icdd2021/P2", "icdd2021/P4"}},
		{"one alone", "Crisis management was the liveliest session.", []digidip.ID{"icdd2021/P4"}},
		{"an unmarked element does not make a list",
			"A digital mindset helps crisis management.", []digidip.ID{"icdd2021/P4", "icdd2021/S1"}},
		{"another framework's element does not make a list",
			"Crisis response and crisis management were compared.", []digidip.ID{"bali/FA2", "icdd2021/P4"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mp, err := m.Map(context.Background(), corpus.Article{ID: "x", Body: tt.body})
			if err != nil {
				t.Fatal(err)
			}
			var got []digidip.ID
			for _, e := range mp.Elements {
				got = append(got, e.ID)
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("elements %v, want %v", got, tt.want)
			}
		})
	}

	t.Run("Explain shows the listing sentence", func(t *testing.T) {
		a := corpus.Article{ID: "x", Body: "Panels ranged from the inclusive economy to crisis management."}
		ex, err := m.Explain(context.Background(), a, "icdd2021/P4")
		if err != nil {
			t.Fatal(err)
		}
		if ex.Matched || len(ex.Rules) != 1 || len(ex.Rules[0].Held) != 0 || len(ex.Rules[0].Listed) != 1 || ex.Reason == "" {
			t.Fatalf("Explain = %+v, want not matched, one listed sentence and a reason", ex)
		}
		if got := ex.Rules[0].Listed[0].Text; got != a.Body {
			t.Errorf("listed evidence %q, want the sentence %q", got, a.Body)
		}
	})
}

// TestListSpeaksForItsFramework shows how a sentence where three or more
// elements of one named framework hold counts only for that framework.
func TestListSpeaksForItsFramework(t *testing.T) {
	lex := &lexicon.File{
		Lang: "en",
		Frameworks: []lexicon.FrameworkEntry{
			{ID: "vn-mic", Names: []string{"information ministry"}},
			{ID: "adm2025", Names: []string{"masterplan"}},
		},
		Elements: []lexicon.ElementEntry{
			{ID: "vn-mic/T1", Rules: []lexicon.Rule{{Query: "rules"}}},
			{ID: "vn-mic/T2", Rules: []lexicon.Rule{{Query: "standards"}}},
			{ID: "vn-mic/T4", Rules: []lexicon.Rule{{Query: "research"}}},
			{ID: "adm2025/DO7", Rules: []lexicon.Rule{{Query: "skills"}}},
			{ID: "adm2025/DO6", Rules: []lexicon.Rule{{Query: "trade"}}},
			{ID: "adm2025/DO3", Rules: []lexicon.Rule{{Query: "scams"}}},
		},
	}
	m := newMapper(t, corpus.WithLexicons(lex))
	tests := []struct {
		name string
		body string
		want []digidip.ID
	}{
		{"an enumeration of the named framework's tasks",
			"The information ministry set out its tasks.\nIt will shape rules, set standards, teach skills and fund research.",
			[]digidip.ID{"vn-mic/T1", "vn-mic/T2", "vn-mic/T4"}},
		{"the same sentence with no framework named",
			"It will shape rules, set standards, teach skills and fund research.",
			[]digidip.ID{"adm2025/DO7", "vn-mic/T1", "vn-mic/T2", "vn-mic/T4"}},
		{"fewer than three of any one framework's elements",
			"The information ministry and the masterplan were discussed.\nRules, standards, skills and trade came up.",
			[]digidip.ID{"adm2025/DO6", "adm2025/DO7", "vn-mic/T1", "vn-mic/T2"}},
		{"a tie between two named frameworks keeps both",
			"The information ministry and the masterplan were discussed.\nRules, standards, research, skills, trade and scams came up.",
			[]digidip.ID{"adm2025/DO3", "adm2025/DO6", "adm2025/DO7", "vn-mic/T1", "vn-mic/T2", "vn-mic/T4"}},
		{"a named framework with one element there still loses it",
			"The masterplan was discussed.\nThe information ministry will shape rules, set standards, teach skills and fund research.",
			[]digidip.ID{"vn-mic/T1", "vn-mic/T2", "vn-mic/T4"}},
		{"the other framework's element discussed on its own still counts",
			"The information ministry set out its tasks.\nIt will shape rules, set standards, teach skills and fund research.\nSkills matter most.",
			[]digidip.ID{"adm2025/DO7", "vn-mic/T1", "vn-mic/T2", "vn-mic/T4"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mp, err := m.Map(context.Background(), corpus.Article{ID: "x", Body: tt.body})
			if err != nil {
				t.Fatal(err)
			}
			var got []digidip.ID
			for _, e := range mp.Elements {
				got = append(got, e.ID)
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("elements %v, want %v", got, tt.want)
			}
		})
	}
	ex, err := m.Explain(context.Background(), corpus.Article{ID: "x", Body: tests[0].body}, "adm2025/DO7")
	if err != nil {
		t.Fatal(err)
	}
	if ex.Matched || len(ex.Rules) != 1 || len(ex.Rules[0].Listed) != 1 || len(ex.Rules[0].Held) != 0 {
		t.Errorf("Explain(adm2025/DO7) = %+v, want not matched with the enumeration under Listed", ex)
	}
}
