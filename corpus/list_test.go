package corpus_test

import (
	"context"
	"os"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

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
	tests := []elementCase{
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
	checkElements(t, m, tests)

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
	tests := []elementCase{
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
	checkElements(t, m, tests)
	ex, err := m.Explain(context.Background(), corpus.Article{ID: "x", Body: tests[0].body}, "adm2025/DO7")
	if err != nil {
		t.Fatal(err)
	}
	if ex.Matched || len(ex.Rules) != 1 || len(ex.Rules[0].Listed) != 1 || len(ex.Rules[0].Held) != 0 {
		t.Errorf("Explain(adm2025/DO7) = %+v, want not matched with the enumeration under Listed", ex)
	}
}

// An elementCase is an article body and the elements it must assert.
type elementCase struct {
	name string
	body string
	want []digidip.ID
}

// checkElements maps each case's body with m and compares the elements
// asserted with the case's.
func checkElements(t *testing.T, m *corpus.Mapper, cases []elementCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			if got := mappedElements(t, m, corpus.Article{ID: "x", Body: tt.body}); !slices.Equal(got, tt.want) {
				t.Errorf("elements %v, want %v", got, tt.want)
			}
		})
	}
}

// mappedElements returns the IDs of the elements m asserts for a, sorted.
func mappedElements(t testing.TB, m *corpus.Mapper, a corpus.Article) []digidip.ID {
	t.Helper()
	mp, err := m.Map(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	return slices.Sorted(slices.Values(mp.Prediction().Elements))
}

// TestListEdges covers how the two list rules meet, names waiting on
// byElements, and scores at the threshold after a list is taken back.
func TestListEdges(t *testing.T) {
	lex := &lexicon.File{
		Lang: "en",
		Frameworks: []lexicon.FrameworkEntry{
			{ID: "icdd2021", Names: []string{"the conference"}},
			{ID: "vn-mic", Names: []string{"information ministry"}},
			{ID: "vn-mofa", Names: []string{"foreign ministry"}, Query: "digital", ByElements: true},
		},
		Elements: []lexicon.ElementEntry{
			{ID: "icdd2021/P1", IgnorePartialLists: true, Rules: []lexicon.Rule{{Query: "inclusive economy"}}},
			{ID: "icdd2021/P2", IgnorePartialLists: true, Rules: []lexicon.Rule{{Query: "small firms"}}},
			{ID: "icdd2021/P3", IgnorePartialLists: true, Rules: []lexicon.Rule{{Query: "data panel"}}},
			{ID: "icdd2021/P4", IgnorePartialLists: true, Rules: []lexicon.Rule{{Query: "crisis management"}}},
			{ID: "bali/FA2", Rules: []lexicon.Rule{{Query: "crisis"}}},
			{ID: "vn-mic/T1", Rules: []lexicon.Rule{{Query: "rules"}}},
			{ID: "vn-mic/T2", Rules: []lexicon.Rule{{Query: "standards"}}},
			{ID: "vn-mic/T4", Rules: []lexicon.Rule{{Query: "research"}}},
			{ID: "vn-mofa/D1", Rules: []lexicon.Rule{{Query: "portals"}}},
			{ID: "vn-mofa/D2", Rules: []lexicon.Rule{{Query: "embassies"}}},
			{ID: "vn-mofa/D3", Rules: []lexicon.Rule{{Query: "training"}}},
			{ID: "adm2025/DO7", Rules: []lexicon.Rule{{Query: "skills", Weight: 0.8}}},
		},
	}
	m := newMapper(t, corpus.WithLexicons(lex))
	ctx := context.Background()
	for _, tt := range []struct {
		name, title, body string
		want              []digidip.ID
	}{
		{"three panels in passing still enumerate the conference's items", "",
			"The conference was held.\nIts panels covered small firms, the data panel and crisis management.", nil},
		{"a name waiting on byElements makes its framework's list count", "",
			"The foreign ministry will open portals, brief embassies, run training and teach skills.",
			[]digidip.ID{"vn-mofa/D1", "vn-mofa/D2", "vn-mofa/D3"}},
		{"a score left exactly at the threshold is kept",
			"The information ministry will shape rules, set standards, fund research and teach skills",
			"Officials met. They talked. Skills matter.", []digidip.ID{"adm2025/DO7", "vn-mic/T1", "vn-mic/T2", "vn-mic/T4"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := corpus.Article{ID: "x", Title: tt.title, Body: tt.body}
			got := mappedElements(t, m, a)
			if !slices.Equal(got, tt.want) {
				t.Errorf("elements %v, want %v", got, tt.want)
			}
			// Explain agrees with Map on every element.
			for _, id := range m.Elements() {
				ex, err := m.Explain(ctx, a, id)
				if err != nil {
					t.Fatal(err)
				}
				if ex.Matched != slices.Contains(got, id) {
					t.Errorf("Explain(%s).Matched = %v (score %v), Map asserts it: %v", id, ex.Matched, ex.Score, !ex.Matched)
				}
			}
		})
	}
}

// TestWithFrameworksMatchesFullMapper checks, on the seeds and the tuned
// gold texts, that a mapper kept to one framework answers for it exactly
// as the full mapper does: lists of the frameworks left out still take
// back what they gave (see Mapper, "Lists").
func TestWithFrameworksMatchesFullMapper(t *testing.T) {
	full := newMapper(t)
	articles := corpus.Seeds()
	gold, err := corpus.ReadGoldDir(os.DirFS("testdata/gold"), "tuned")
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range gold {
		articles = append(articles, corpus.Article{ID: g.ID, Lang: g.Lang, Title: g.Title, Body: g.Text})
	}
	ctx := context.Background()
	for _, fw := range full.Frameworks() {
		sub := newMapper(t, corpus.WithFrameworks(fw))
		if got := sub.Frameworks(); !slices.Equal(got, []digidip.ID{fw}) {
			t.Errorf("WithFrameworks(%s).Frameworks() = %v", fw, got)
		}
		for _, a := range articles {
			want, err := full.Map(ctx, a)
			if err != nil {
				t.Fatal(err)
			}
			got, err := sub.Map(ctx, a)
			if err != nil {
				t.Fatal(err)
			}
			want.Frameworks = slices.DeleteFunc(want.Frameworks, func(f corpus.FrameworkMatch) bool { return f.ID != fw })
			want.Elements = slices.DeleteFunc(want.Elements, func(e corpus.ElementMatch) bool { return e.ID.Framework() != fw })
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s on %s (-full mapper filtered +WithFrameworks):\n%s", fw, a.ID, diff)
			}
		}
	}
}

// TestListOfANameThatNeverCounts: a framework named only through
// byElements takes part in lists only if its name comes to count; when
// its elements stay below the threshold, its list leaves other
// frameworks' elements alone, and Explain does not point at it.
func TestListOfANameThatNeverCounts(t *testing.T) {
	lex := &lexicon.File{
		Lang: "en",
		Frameworks: []lexicon.FrameworkEntry{
			{ID: "adm2025", Names: []string{"masterplan"}},
			{ID: "vn-mofa", Names: []string{"foreign ministry"}, Query: "digital", ByElements: true},
		},
		Elements: []lexicon.ElementEntry{
			{ID: "vn-mofa/D1", Rules: []lexicon.Rule{{Query: "portals", Weight: 0.3}}},
			{ID: "vn-mofa/D2", Rules: []lexicon.Rule{{Query: "embassies", Weight: 0.3}}},
			{ID: "vn-mofa/D3", Rules: []lexicon.Rule{{Query: "training", Weight: 0.3}}},
			{ID: "adm2025/DO7", Rules: []lexicon.Rule{{Query: "skills"}}},
		},
	}
	m := newMapper(t, corpus.WithLexicons(lex))
	a := corpus.Article{ID: "x", Body: "The masterplan was discussed.\nThe foreign ministry said portals, embassies and training all need skills of officials."}
	if got := mappedElements(t, m, a); !slices.Equal(got, []digidip.ID{"adm2025/DO7"}) {
		t.Errorf("elements %v, want [adm2025/DO7]: vn-mofa is never named, so its list takes nothing", got)
	}
	ex, err := m.Explain(context.Background(), a, "adm2025/DO7")
	if err != nil {
		t.Fatal(err)
	}
	if !ex.Matched || len(ex.Rules[0].Listed) != 0 {
		t.Errorf("Explain(adm2025/DO7) = %+v, want matched with no list sentence", ex)
	}
}
