package corpus_test

import (
	"context"
	"slices"
	"testing"

	"github.com/digidip/digidip"
	"github.com/digidip/digidip/corpus"
	"github.com/digidip/digidip/corpus/lexicon"
)

// TestIgnoreInLists shows lexicon.ElementEntry.IgnoreInLists with a small
// lexicon of its own: a sentence where two marked elements of one
// framework hold lists them and adds nothing; a sentence on one of them
// counts; unmarked elements, and marked elements of another framework,
// are not part of the list.
func TestIgnoreInLists(t *testing.T) {
	lex := &lexicon.File{
		Lang: "en",
		Elements: []lexicon.ElementEntry{
			{ID: "icdd2021/P1", IgnoreInLists: true, Rules: []lexicon.Rule{{Query: "inclusive economy"}}},
			{ID: "icdd2021/P4", IgnoreInLists: true, Rules: []lexicon.Rule{{Query: "crisis management"}}},
			{ID: "icdd2021/S1", Rules: []lexicon.Rule{{Query: "digital mindset"}}},
			{ID: "bali/FA2", IgnoreInLists: true, Rules: []lexicon.Rule{{Query: "crisis response"}}},
		},
	}
	m := newMapper(t, corpus.WithLexicons(lex))
	tests := []struct {
		name string
		body string
		want []digidip.ID
	}{
		{"a list of two", "Panels covered the inclusive economy and crisis management.", nil},
		{"a list, then one item discussed",
			"Panels covered the inclusive economy and crisis management.\nSpeakers said crisis management now runs on shared data.",
			[]digidip.ID{"icdd2021/P4"}},
		{"one item alone", "Crisis management was the liveliest session.", []digidip.ID{"icdd2021/P4"}},
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
		a := corpus.Article{ID: "x", Body: "Panels covered the inclusive economy and crisis management."}
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
