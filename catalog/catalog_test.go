package catalog

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/digidip/digidip"
	"github.com/digidip/digidip/asean"
	"github.com/digidip/digidip/schema"
	"github.com/google/go-cmp/cmp"
)

func TestDefaultIsValidAndComplete(t *testing.T) {
	c := Default()
	if err := c.Validate(); err != nil {
		t.Fatalf("Validate: %v", err)
	}
	want := []digidip.ID{"adm2025", "boracay", "bali", "icdd2021", "vn-mic", "vn-mofa"}
	if diff := cmp.Diff(want, c.IDs()); diff != "" {
		t.Fatalf("frameworks (-want +got):\n%s", diff)
	}
	for _, f := range c.Frameworks() {
		if len(f.Elements) == 0 {
			t.Errorf("%s: no elements", f.ID)
		}
		for _, e := range f.Elements {
			if strings.TrimSpace(e.Title.En()) == "" || strings.TrimSpace(e.Title.Vi()) == "" {
				t.Errorf("%s: title not in both English and Vietnamese", e.ID)
			}
			if len(e.Sources) == 0 {
				t.Errorf("%s: no citation", e.ID)
			}
		}
	}
	if Default() != c {
		t.Error("Default built the catalog twice")
	}
}

// Every element of these frameworks must be related to ADM 2025 — to a
// desired outcome, to the masterplan as a whole, or by an explicit
// no-counterpart note.
func TestCrosswalkCoversADM(t *testing.T) {
	c := Default()
	covered := func(id digidip.ID) bool {
		for _, r := range c.RelationsFrom(id) {
			if r.To.Framework() == "adm2025" {
				return true
			}
		}
		return false
	}
	var checked int
	for _, fw := range []digidip.ID{"bali", "icdd2021", "vn-mic", "vn-mofa", "boracay"} {
		els := c.Elements(fw)
		if len(els) == 0 {
			t.Errorf("%s: no elements to check", fw)
		}
		for _, e := range els {
			checked++
			if !covered(e.ID) {
				t.Errorf("%s: no relation to ADM 2025 and no no-counterpart note", e.ID)
			}
		}
	}
	// 5 focus areas, 3 steps and 4 panels, 4 MIC tasks, 2 + 5 MOFA items,
	// 9 Boracay commitments.
	if checked != 32 {
		t.Errorf("checked %d elements, want 32", checked)
	}
}

func TestCrosswalkRelationsAreWellFormed(t *testing.T) {
	for i, r := range Crosswalk() {
		if r.Kind == digidip.NoCounterpart && r.To != "adm2025" {
			t.Errorf("relation %d (%s): no-counterpart points at %s, want adm2025", i, r.From, r.To)
		}
		if n := len(r.Note); n < 20 || strings.Contains(r.Note, "\n") {
			t.Errorf("relation %d (%s → %s): rationale is not one line of substance: %q", i, r.From, r.To, r.Note)
		}
	}
}

func TestRelationsBothWays(t *testing.T) {
	c := Default()
	tests := []struct {
		from, to digidip.ID
		kind     digidip.RelationKind
	}{
		{"boracay/B5", "adm2025/DO2", digidip.Supports},
		{"boracay/B3", "adm2025", digidip.Implements},
		{"boracay/B8", "adm2025", digidip.NoCounterpart},
		{"bali/FA5", "adm2025/DO8", digidip.AlignsWith},
		{"vn-mic/T3", "adm2025/DO3", digidip.Supports},
		{"vn-mofa/D2", "adm2025/DO5", digidip.Supports},
		{"vn-mofa/M1", "adm2025", digidip.NoCounterpart},
		{"bali/FA4", "icdd2021/P2", digidip.AlignsWith},
	}
	has := func(rs []digidip.Relation, from, to digidip.ID, kind digidip.RelationKind) bool {
		for _, r := range rs {
			if r.From == from && r.To == to && r.Kind == kind {
				return true
			}
		}
		return false
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s→%s", tt.from, tt.to), func(t *testing.T) {
			if !has(c.RelationsFrom(tt.from), tt.from, tt.to, tt.kind) {
				t.Errorf("RelationsFrom(%s) lacks %s %s", tt.from, tt.kind, tt.to)
			}
			if !has(c.RelationsTo(tt.to), tt.from, tt.to, tt.kind) {
				t.Errorf("RelationsTo(%s) lacks %s from %s", tt.to, tt.kind, tt.from)
			}
		})
	}
}

// findProblem reports whether err holds a *digidip.ValidationError with
// exactly this ID and field.
func findProblem(err error, id digidip.ID, field string) bool {
	var list digidip.ValidationErrors
	if !errors.As(err, &list) {
		return false
	}
	for _, e := range list {
		if e.ID == id && e.Field == field {
			return true
		}
	}
	return false
}

func TestNewRejectsBadRelations(t *testing.T) {
	n := len(Crosswalk()) // index of the first added relation
	tests := []struct {
		name  string
		rel   digidip.Relation
		id    digidip.ID
		field string
	}{
		{"unknown target", digidip.Relation{From: "bali/FA1", To: "adm2025/DO9", Kind: digidip.Supports, Note: "a rationale"},
			"bali/FA1", fmt.Sprintf("relations[%d].to", n)},
		{"unknown source", digidip.Relation{From: "vn-mic/T9", To: "adm2025/DO3", Kind: digidip.Supports, Note: "a rationale"},
			"vn-mic/T9", fmt.Sprintf("relations[%d].from", n)},
		{"empty rationale", digidip.Relation{From: "vn-mofa/D3", To: "adm2025/DO7", Kind: digidip.AlignsWith, Note: ""},
			"vn-mofa/D3", fmt.Sprintf("relations[%d].note", n)},
		{"blank rationale", digidip.Relation{From: "vn-mofa/D3", To: "adm2025/DO7", Kind: digidip.AlignsWith, Note: "  "},
			"vn-mofa/D3", fmt.Sprintf("relations[%d].note", n)},
		{"repeated relation", Crosswalk()[0],
			Crosswalk()[0].From, fmt.Sprintf("relations[%d]", n)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := New(WithRelations(tt.rel))
			if err == nil {
				t.Fatalf("New accepted %+v", tt.rel)
			}
			if c != nil {
				t.Error("New returned a catalog along with an error")
			}
			if !findProblem(err, tt.id, tt.field) {
				t.Errorf("error lacks *digidip.ValidationError{ID: %s, Field: %s}: %v", tt.id, tt.field, err)
			}
		})
	}
}

// A copy of the cross-walk with one relation broken must fail the root
// package's validator with the exact ID and field, whoever builds it.
func TestBrokenCrosswalkCopy(t *testing.T) {
	fws := Default().Frameworks()
	tests := []struct {
		name  string
		edit  func(r *digidip.Relation)
		field string
	}{
		{"unknown ID", func(r *digidip.Relation) { r.To = "adm2025/DO42" }, "relations[3].to"},
		{"missing rationale", func(r *digidip.Relation) { r.Note = "" }, "relations[3].note"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rels := Crosswalk()
			tt.edit(&rels[3])
			c, err := digidip.NewCatalog(fws, rels)
			if err != nil {
				t.Fatal(err)
			}
			if err := c.Validate(); !findProblem(err, rels[3].From, tt.field) {
				t.Errorf("Validate = %v, want a problem at %s %s", err, rels[3].From, tt.field)
			}
		})
	}
}

func TestWithEnablingActions(t *testing.T) {
	// A user-supplied action, as a file read by asean.ReadEnablingActions
	// would give it; the titles are the test's own.
	eas := []asean.EnablingAction{{
		Code:     "EA5.1",
		Outcome:  "DO5",
		Title:    digidip.EnVi("Test action under DO5", "Hành động thử thuộc DO5"),
		Priority: asean.PriorityHigh,
		Sources:  []digidip.Citation{{Title: "test fixture"}},
	}}
	c, err := New(WithEnablingActions(eas))
	if err != nil {
		t.Fatal(err)
	}
	e, ok := c.Element("adm2025/EA5.1")
	if !ok {
		t.Fatal("enabling action not in the catalog")
	}
	if e.Parent != "adm2025/DO5" {
		t.Errorf("parent = %s, want adm2025/DO5", e.Parent)
	}
	if _, ok := Default().Element("adm2025/EA5.1"); ok {
		t.Error("loading actions into one catalog changed the default catalog")
	}

	bad := eas
	bad[0].Outcome = "DO4" // disagrees with the code
	if _, err := New(WithEnablingActions(bad)); err == nil {
		t.Error("New accepted an action whose code disagrees with its outcome")
	}
}

func TestCatalogJSON(t *testing.T) {
	data, err := json.Marshal(Default())
	if err != nil {
		t.Fatal(err)
	}
	if err := schema.Validate(schema.Catalog, data); err != nil {
		t.Fatalf("catalog JSON fails the catalog schema: %v", err)
	}
	var back digidip.Catalog
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(Crosswalk(), back.Relations()); diff != "" {
		t.Errorf("relations after a JSON round trip (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(Default().IDs(), back.IDs()); diff != "" {
		t.Errorf("frameworks after a JSON round trip (-want +got):\n%s", diff)
	}
}

// Default is shared; many goroutines reading it at once must see one
// catalog and no data race (run with -race).
func TestDefaultConcurrent(t *testing.T) {
	const n = 8
	got := make(chan *digidip.Catalog, n)
	for range n {
		go func() {
			c := Default()
			_ = c.RelationsTo("adm2025/DO3")
			_, _ = c.Element("bali/FA1")
			got <- c
		}()
	}
	first := <-got
	for range n - 1 {
		if c := <-got; c != first {
			t.Fatal("Default returned different catalogs")
		}
	}
}

func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
}
