package asean

import (
	"testing"
	"time"

	"github.com/digidip/digidip"
	"github.com/digidip/digidip/schema"
	"github.com/google/go-cmp/cmp"
)

// frameworksWithEA32 returns the package's frameworks with one extra
// enabling action, adm2025/EA3.2 under DO3 (a placeholder element for the
// code-agrees-with-parent rule).
func frameworksWithEA32(t *testing.T) []digidip.Framework {
	t.Helper()
	ea := EnablingAction{
		Code: "EA3.2", Outcome: "DO3", Title: digidip.EnVi("Placeholder", "Mục giữ chỗ"),
		Sources: []digidip.Citation{{Title: "test fixture"}},
	}
	m, err := ADM2025().WithEnablingActions([]EnablingAction{ea})
	if err != nil {
		t.Fatal(err)
	}
	return []digidip.Framework{m.Framework(), Boracay().Framework()}
}

// element returns a pointer to the element with the given ID.
func element(t *testing.T, fws []digidip.Framework, id digidip.ID) *digidip.Element {
	t.Helper()
	for i := range fws {
		for j := range fws[i].Elements {
			if fws[i].Elements[j].ID == id {
				return &fws[i].Elements[j]
			}
		}
	}
	t.Fatalf("no element %s", id)
	return nil
}

// TestCatalogRules breaks a copy of the real data for each rule of the
// generic catalog validator and checks the exact ID and field reported.
func TestCatalogRules(t *testing.T) {
	valid := []digidip.Relation{{From: "boracay/B5", To: "adm2025/DO2", Kind: digidip.Supports, Note: "rural broadband"}}
	for name, fws := range map[string][]digidip.Framework{"shipped": Frameworks(), "with EA3.2": frameworksWithEA32(t)} {
		cat, err := digidip.NewCatalog(fws, valid)
		if err != nil {
			t.Fatalf("%s: NewCatalog: %v", name, err)
		}
		if err := cat.Validate(); err != nil {
			t.Fatalf("%s: Validate: %v", name, err)
		}
	}
	tests := []struct {
		name      string
		mutate    func(t *testing.T, fws []digidip.Framework)
		relations []digidip.Relation
		want      []problem
	}{
		{name: "parent does not exist",
			mutate: func(t *testing.T, fws []digidip.Framework) { element(t, fws, "boracay/B3").Parent = "boracay/B99" },
			want:   []problem{{"boracay/B3", "parent"}}},
		{name: "parent in another framework",
			mutate: func(t *testing.T, fws []digidip.Framework) { element(t, fws, "adm2025/EA3.2").Parent = "boracay/B3" },
			want:   []problem{{"adm2025/EA3.2", "parent"}}},
		{name: "EA3.2 under DO4",
			mutate: func(t *testing.T, fws []digidip.Framework) { element(t, fws, "adm2025/EA3.2").Parent = "adm2025/DO4" },
			want:   []problem{{"adm2025/EA3.2", "parent"}}},
		{name: "parent cycle",
			mutate: func(t *testing.T, fws []digidip.Framework) {
				element(t, fws, "adm2025/DO1").Parent = "adm2025/DO2"
				element(t, fws, "adm2025/DO2").Parent = "adm2025/DO1"
			},
			want: []problem{{"adm2025/DO1", "parent"}, {"adm2025/DO2", "parent"}}},
		{name: "code disagrees with ID",
			mutate: func(t *testing.T, fws []digidip.Framework) { element(t, fws, "adm2025/DO6").Code = "DO7" },
			want:   []problem{{"adm2025/DO6", "code"}}},
		{name: "kind missing",
			mutate: func(t *testing.T, fws []digidip.Framework) { element(t, fws, "boracay/B8").Kind = "" },
			want:   []problem{{"boracay/B8", "kind"}}},
		{name: "English title missing",
			mutate: func(t *testing.T, fws []digidip.Framework) {
				e := element(t, fws, "adm2025/DO5")
				e.Title = digidip.EnVi("", e.Title.Vi())
			},
			want: []problem{{"adm2025/DO5", "title.en"}}},
		{name: "Vietnamese title missing",
			mutate: func(t *testing.T, fws []digidip.Framework) {
				e := element(t, fws, "boracay/B1")
				e.Title = digidip.EnVi(e.Title.En(), "")
			},
			want: []problem{{"boracay/B1", "title.vi"}}},
		{name: "framework name without Vietnamese",
			mutate: func(t *testing.T, fws []digidip.Framework) {
				fws[0].Name = digidip.EnVi("ASEAN Digital Masterplan 2025", "")
			},
			want: []problem{{"adm2025", "name.vi"}}},
		{name: "element without citation",
			mutate: func(t *testing.T, fws []digidip.Framework) { element(t, fws, "boracay/B9").Sources = nil },
			want:   []problem{{"boracay/B9", "sources"}}},
		{name: "framework without citation",
			mutate: func(t *testing.T, fws []digidip.Framework) { fws[1].Sources = nil },
			want:   []problem{{"boracay", "sources"}}},
		{name: "citation with a relative URL",
			mutate: func(t *testing.T, fws []digidip.Framework) {
				element(t, fws, "adm2025/DO8").Sources[1] = digidip.Citation{URL: "asean.org/adm2025"}
			},
			want: []problem{{"adm2025/DO8", "sources[1]"}}},
		{name: "impossible adoption date",
			mutate: func(t *testing.T, fws []digidip.Framework) {
				fws[1].Adopted = digidip.Date{Year: 2023, Month: time.February, Day: 30}
			},
			want: []problem{{"boracay", "adopted"}}},
		{name: "relation to an unknown element",
			relations: []digidip.Relation{{From: "boracay/B5", To: "adm2025/DO9", Kind: digidip.Supports, Note: "rural broadband"}},
			want:      []problem{{"boracay/B5", "relations[0].to"}}},
		{name: "relation from an unknown element",
			relations: []digidip.Relation{{From: "boracay/B10", To: "adm2025/DO2", Kind: digidip.Supports, Note: "rural broadband"}},
			want:      []problem{{"boracay/B10", "relations[0].from"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fws := frameworksWithEA32(t)
			if tt.mutate != nil {
				tt.mutate(t, fws)
			}
			cat, err := digidip.NewCatalog(fws, tt.relations)
			if err != nil {
				t.Fatalf("NewCatalog: %v", err)
			}
			if diff := cmp.Diff(tt.want, problemsOf(t, cat.Validate())); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

// TestCatalogUniqueIDs checks that a repeated or malformed element ID in
// the real data stops NewCatalog, naming the ID and field.
func TestCatalogUniqueIDs(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(t *testing.T, fws []digidip.Framework)
		want   []problem
	}{
		{"repeated element ID", func(t *testing.T, fws []digidip.Framework) { element(t, fws, "adm2025/DO3").ID = "adm2025/DO2" },
			[]problem{{"adm2025/DO2", "id"}}},
		{"malformed element ID", func(t *testing.T, fws []digidip.Framework) { element(t, fws, "boracay/B2").ID = "boracay/B 2" },
			[]problem{{"boracay/B 2", "id"}}},
		{"repeated framework ID", func(t *testing.T, fws []digidip.Framework) {
			fws[1].ID = "adm2025"
		}, []problem{{"adm2025", "id"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fws := Frameworks()
			tt.mutate(t, fws)
			_, err := digidip.NewCatalog(fws, nil)
			if diff := cmp.Diff(tt.want, problemsOf(t, err)); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

// TestCatalogExportMatchesSchema checks that the JSON export of a catalog of
// this package's frameworks, with enabling actions loaded, is a valid
// document of the catalog JSON Schema.
func TestCatalogExportMatchesSchema(t *testing.T) {
	cat, err := digidip.NewCatalog(frameworksWithEA32(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	data, err := cat.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	if err := schema.Validate(schema.Catalog, data); err != nil {
		t.Fatal(err)
	}
}
