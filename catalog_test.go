package digidip_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/digidip/digidip"
	"github.com/digidip/digidip/schema"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

var testSource = []digidip.Citation{{Title: "Test source", URL: "https://example.org/source"}}

// testFrameworks is a small catalog in the shape of the real data: a plan
// with two outcomes and an action, and a declaration with one commitment.
func testFrameworks() ([]digidip.Framework, []digidip.Relation) {
	plan := digidip.Framework{
		ID: "plan", Kind: digidip.KindMasterplan,
		Name:    digidip.EnVi("A plan", "Một kế hoạch"),
		Aliases: digidip.Aliases{{Lang: language.Und, Name: "PLAN"}},
		Adopted: digidip.MustParseDate("2021-01-22"),
		Sources: testSource,
		Elements: []digidip.Element{
			{ID: "plan/DO1", Kind: digidip.KindDesiredOutcome, Code: "DO1", Title: digidip.EnVi("Outcome one", "Kết quả một"), Sources: testSource},
			{ID: "plan/DO3", Kind: digidip.KindDesiredOutcome, Code: "DO3", Title: digidip.EnVi("Outcome three", "Kết quả ba"), Sources: testSource},
			{ID: "plan/EA3.2", Kind: digidip.KindEnablingAction, Code: "EA3.2", Parent: "plan/DO3", Title: digidip.EnVi("Action", "Hành động"), Sources: testSource},
		},
	}
	decl := digidip.Framework{
		ID: "decl", Kind: digidip.KindDeclaration,
		Name:    digidip.EnVi("A declaration", "Một tuyên bố"),
		Sources: testSource,
		Elements: []digidip.Element{
			{ID: "decl/B1", Kind: digidip.KindCommitment, Code: "B1", Title: digidip.EnVi("Commitment", "Cam kết"), Sources: testSource},
		},
	}
	rels := []digidip.Relation{
		{From: "decl/B1", To: "plan/DO3", Kind: digidip.Supports, Note: "both aim at the same thing"},
		{From: "decl/B1", To: "plan", Kind: digidip.Implements, Note: "the commitment carries out the plan"},
	}
	return []digidip.Framework{plan, decl}, rels
}

func TestCatalogLookup(t *testing.T) {
	fws, rels := testFrameworks()
	c, err := digidip.NewCatalog(fws, rels)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Validate(); err != nil {
		t.Fatalf("valid test catalog: %v", err)
	}
	if diff := cmp.Diff([]digidip.ID{"plan", "decl"}, c.IDs()); diff != "" {
		t.Errorf("IDs (-want +got):\n%s", diff)
	}
	el, ok := c.Element("plan/EA3.2")
	if !ok || el.Parent != "plan/DO3" {
		t.Errorf("Element(plan/EA3.2) = %+v, %v", el, ok)
	}
	var kids []digidip.ID
	for _, e := range c.Children("plan/DO3") {
		kids = append(kids, e.ID)
	}
	if diff := cmp.Diff([]digidip.ID{"plan/EA3.2"}, kids); diff != "" {
		t.Errorf("Children(plan/DO3) (-want +got):\n%s", diff)
	}
	if n := len(c.Children("plan")); n != 2 {
		t.Errorf("Children(plan) has %d top-level elements, want 2", n)
	}
	if got := c.RelationsTo("plan/DO3"); len(got) != 1 || got[0].From != "decl/B1" {
		t.Errorf("RelationsTo(plan/DO3) = %+v", got)
	}
	if got := c.RelationsFrom("decl/B1"); len(got) != 2 {
		t.Errorf("RelationsFrom(decl/B1) = %+v", got)
	}
	if _, ok := c.Element("plan/DO9"); ok {
		t.Error("unknown element found")
	}
}

// TestCatalogImmutable shows that editing what a catalog returns, or what it
// was built from, leaves the catalog as it was.
func TestCatalogImmutable(t *testing.T) {
	fws, rels := testFrameworks()
	c, err := digidip.NewCatalog(fws, rels)
	if err != nil {
		t.Fatal(err)
	}
	before, _ := json.Marshal(c)

	fws[0].Elements[0].Title = digidip.EnVi("changed", "đã đổi")
	fws[0].Sources[0].URL = "https://evil.example"
	rels[0].Note = "changed"
	f, _ := c.Framework("plan")
	f.Elements[1].Parent = "x"
	f.Sources[0].Title = "changed"
	f.Aliases[0].Name = "changed"
	e, _ := c.Element("plan/DO1")
	e.Sources[0].Title = "changed"
	c.Relations()[0].Note = "changed"
	c.RelationsFrom("decl/B1")[0].Note = "changed"
	c.Frameworks()[1].Elements[0].Code = "changed"
	c.Children("plan/DO3")[0].Sources[0].URL = "changed"

	after, _ := json.Marshal(c)
	if diff := cmp.Diff(string(before), string(after)); diff != "" {
		t.Errorf("catalog changed (-before +after):\n%s", diff)
	}
}

func TestNewCatalogRejectsUnindexable(t *testing.T) {
	tests := []struct {
		name  string
		edit  func([]digidip.Framework)
		id    digidip.ID
		field string
	}{
		{"duplicate framework", func(f []digidip.Framework) { f[1].ID = "plan" }, "plan", "id"},
		{"duplicate element", func(f []digidip.Framework) { f[0].Elements[1].ID = "plan/DO1" }, "plan/DO1", "id"},
		{"malformed element ID", func(f []digidip.Framework) { f[0].Elements[0].ID = "plan/1" }, "plan/1", "id"},
		{"framework ID with a code", func(f []digidip.Framework) { f[1].ID = "decl/B1" }, "decl/B1", "id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fws, rels := testFrameworks()
			tt.edit(fws)
			_, err := digidip.NewCatalog(fws, rels)
			checkValidationError(t, err, tt.id, tt.field)
		})
	}
}

// TestValidateRules breaks a copy of valid data once per rule and checks that
// Validate names the element and the field.
func TestValidateRules(t *testing.T) {
	tests := []struct {
		name  string
		edit  func([]digidip.Framework, []digidip.Relation) []digidip.Relation
		id    digidip.ID
		field string
	}{
		{"missing kind", func(f []digidip.Framework, r []digidip.Relation) []digidip.Relation {
			f[0].Elements[0].Kind = ""
			return r
		}, "plan/DO1", "kind"},
		{"code disagrees with ID", func(f []digidip.Framework, r []digidip.Relation) []digidip.Relation {
			f[0].Elements[0].Code = "DO2"
			return r
		}, "plan/DO1", "code"},
		{"element under the wrong framework", func(f []digidip.Framework, r []digidip.Relation) []digidip.Relation {
			f[1].Elements[0].ID, f[1].Elements[0].Code = "plan/B1", "B1"
			return nil
		}, "plan/B1", "id"},
		{"unknown parent", func(f []digidip.Framework, r []digidip.Relation) []digidip.Relation {
			f[0].Elements[2].Parent = "plan/DO7"
			return r
		}, "plan/EA3.2", "parent"},
		{"code does not sit under parent", func(f []digidip.Framework, r []digidip.Relation) []digidip.Relation {
			f[0].Elements[2].Parent = "plan/DO1"
			return r
		}, "plan/EA3.2", "parent"},
		{"parent in another framework", func(f []digidip.Framework, r []digidip.Relation) []digidip.Relation {
			f[0].Elements[2].Parent = "decl/B1"
			return r
		}, "plan/EA3.2", "parent"},
		{"parent cycle", func(f []digidip.Framework, r []digidip.Relation) []digidip.Relation {
			f[0].Elements[1].Parent = "plan/EA3.2"
			return r
		}, "plan/DO3", "parent"},
		{"missing Vietnamese title", func(f []digidip.Framework, r []digidip.Relation) []digidip.Relation {
			f[0].Elements[1].Title = digidip.EnVi("Outcome three", "")
			return r
		}, "plan/DO3", "title.vi"},
		{"missing English name", func(f []digidip.Framework, r []digidip.Relation) []digidip.Relation {
			f[1].Name = digidip.EnVi("", "Một tuyên bố")
			return r
		}, "decl", "name.en"},
		{"no citation", func(f []digidip.Framework, r []digidip.Relation) []digidip.Relation {
			f[1].Elements[0].Sources = nil
			return r
		}, "decl/B1", "sources"},
		{"citation without title or URL", func(f []digidip.Framework, r []digidip.Relation) []digidip.Relation {
			f[1].Elements[0].Sources = []digidip.Citation{{Locator: "p. 3"}}
			return r
		}, "decl/B1", "sources[0]"},
		{"relative URL", func(f []digidip.Framework, r []digidip.Relation) []digidip.Relation {
			f[1].Elements[0].Sources = []digidip.Citation{{URL: "example.org/x"}}
			return r
		}, "decl/B1", "sources[0]"},
		{"impossible date", func(f []digidip.Framework, r []digidip.Relation) []digidip.Relation {
			f[0].Adopted = digidip.Date{Year: 2021, Month: 2, Day: 30}
			return r
		}, "plan", "adopted"},
		{"relation to unknown ID", func(f []digidip.Framework, r []digidip.Relation) []digidip.Relation {
			r[0].To = "plan/DO8"
			return r
		}, "decl/B1", "relations[0].to"},
		{"relation from unknown ID", func(f []digidip.Framework, r []digidip.Relation) []digidip.Relation {
			r[0].From = "decl/B2"
			return r
		}, "decl/B2", "relations[0].from"},
		{"relation without rationale", func(f []digidip.Framework, r []digidip.Relation) []digidip.Relation {
			r[1].Note = " "
			return r
		}, "decl/B1", "relations[1].note"},
		{"unknown relation kind", func(f []digidip.Framework, r []digidip.Relation) []digidip.Relation {
			r[0].Kind = "likes"
			return r
		}, "decl/B1", "relations[0].kind"},
		{"relation within one framework", func(f []digidip.Framework, r []digidip.Relation) []digidip.Relation {
			r[0].To = "decl"
			return r
		}, "decl/B1", "relations[0].to"},
		{"no-counterpart to an element", func(f []digidip.Framework, r []digidip.Relation) []digidip.Relation {
			r[0].Kind = digidip.NoCounterpart
			return r
		}, "decl/B1", "relations[0].to"},
		{"repeated relation", func(f []digidip.Framework, r []digidip.Relation) []digidip.Relation {
			return append(r, r[0])
		}, "decl/B1", "relations[2]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fws, rels := testFrameworks()
			rels = tt.edit(fws, rels)
			c, err := digidip.NewCatalog(fws, rels)
			if err != nil {
				t.Fatalf("NewCatalog: %v", err)
			}
			checkValidationError(t, c.Validate(), tt.id, tt.field)
		})
	}
}

func checkValidationError(t *testing.T, err error, id digidip.ID, field string) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want one for %s %s", id, field)
	}
	var list digidip.ValidationErrors
	if !errors.As(err, &list) {
		t.Fatalf("error %T is not a ValidationErrors", err)
	}
	var ve *digidip.ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("errors.As found no *ValidationError in %v", err)
	}
	for _, e := range list {
		if e.ID == id && e.Field == field {
			return
		}
	}
	t.Errorf("no error for %s %s in: %v", id, field, list)
}

func TestCatalogJSONRoundTrip(t *testing.T) {
	fws, rels := testFrameworks()
	c, _ := digidip.NewCatalog(fws, rels)
	data, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	var back digidip.Catalog
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	again, _ := json.Marshal(&back)
	if diff := cmp.Diff(string(data), string(again)); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

// An empty catalog must still be a valid export: the schema wants arrays,
// not null, for both lists.
func TestEmptyCatalogJSON(t *testing.T) {
	c, err := digidip.NewCatalog(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	data, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(`{"frameworks":[],"relations":[]}`, string(data)); diff != "" {
		t.Errorf("empty catalog JSON (-want +got):\n%s", diff)
	}
	if err := schema.Validate(schema.Catalog, data); err != nil {
		t.Errorf("empty catalog export fails the catalog schema: %v", err)
	}
}

func ExampleCatalog_RelationsTo() {
	plan := digidip.Framework{
		ID: "plan", Kind: digidip.KindMasterplan, Name: digidip.EnVi("Plan", "Kế hoạch"),
		Elements: []digidip.Element{{ID: "plan/DO2", Code: "DO2", Kind: digidip.KindDesiredOutcome,
			Title: digidip.EnVi("Better broadband", "Băng thông rộng tốt hơn")}},
	}
	decl := digidip.Framework{
		ID: "decl", Kind: digidip.KindDeclaration, Name: digidip.EnVi("Declaration", "Tuyên bố"),
		Elements: []digidip.Element{{ID: "decl/B5", Code: "B5", Kind: digidip.KindCommitment,
			Title: digidip.EnVi("Rural broadband", "Băng rộng nông thôn")}},
	}
	c, err := digidip.NewCatalog([]digidip.Framework{plan, decl}, []digidip.Relation{
		{From: "decl/B5", To: "plan/DO2", Kind: digidip.Supports, Note: "rural broadband widens coverage"},
	})
	if err != nil {
		panic(err)
	}
	for _, r := range c.RelationsTo("plan/DO2") {
		from, _ := c.Element(r.From)
		fmt.Printf("%s %s %s: %s\n", r.From, r.Kind, r.To, from.Title.In(language.Vietnamese))
	}
	// The example catalog carries no citations, and Validate says so.
	fmt.Println(c.Validate() != nil)
	// Output:
	// decl/B5 supports plan/DO2: Băng rộng nông thôn
	// true
}
