package regexbaseline

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/digidip/digidip"
	"github.com/digidip/digidip/corpus/lexicon"
)

func TestMap(t *testing.T) {
	file := &lexicon.File{
		Lang:  "en",
		Terms: map[string][]string{"broadband": {"Broadband", "5G"}},
		Frameworks: []lexicon.FrameworkEntry{
			{ID: "boracay", Names: []string{"Boracay Digital Declaration", "boracay"}},
		},
		Elements: []lexicon.ElementEntry{
			{ID: "adm2025/DO2", Rules: []lexicon.Rule{{Query: "@broadband AND (rural OR remote)"}}},
		},
	}
	m, err := New([]*lexicon.File{file})
	if err != nil {
		t.Fatal(err)
	}
	if m.NumPatterns() != 2 {
		t.Errorf("NumPatterns() = %d, want 2", m.NumPatterns())
	}
	for _, tc := range []struct {
		name, title, body string
		want              []Hit
	}{
		{"nothing", "Weather", "Rain in Hanoi.", nil},
		{"name in title and body", "BORACAY declaration", "The Boracay Digital Declaration of 2023.",
			[]Hit{{ID: "boracay", Count: 2}}},
		{"every phrase of an element's rule counts, NOT and AND aside", "", "Broadband reaches remote areas; 5G follows.",
			[]Hit{{ID: "adm2025/DO2", Count: 3}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, m.Map(tc.title, tc.body)); diff != "" {
				t.Errorf("Map (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDefaultLexicons(t *testing.T) {
	m, err := New(lexicon.Default())
	if err != nil {
		t.Fatal(err)
	}
	got := m.Map("", "ASEAN ministers adopted the Boracay Digital Declaration.")
	found := false
	for _, h := range got {
		found = found || h.ID == digidip.ID("boracay")
	}
	if !found {
		t.Errorf("Map found %v, want boracay among them", got)
	}
}

func TestBadQuery(t *testing.T) {
	file := &lexicon.File{Lang: "en", Elements: []lexicon.ElementEntry{{ID: "adm2025/DO2", Rules: []lexicon.Rule{{Query: "(broadband"}}}}}
	if _, err := New([]*lexicon.File{file}); err == nil {
		t.Error("New accepted a query with an unclosed parenthesis")
	}
}
