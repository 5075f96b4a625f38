package schema_test

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/digidip/digidip"
	"github.com/digidip/digidip/asean"
	"github.com/digidip/digidip/catalog"
	"github.com/digidip/digidip/corpus"
	"github.com/digidip/digidip/corpus/lexicon"
	"github.com/digidip/digidip/schema"
	"golang.org/x/text/language"
)

// The tests in this file validate the documents the library really emits
// and ships, so that a change to a Go type or to its data that breaks the
// published schema fails here.

// TestCatalogExportValidates validates the full catalog digidip ships, as
// `go run ./examples/catalog -format json` prints it.
func TestCatalogExportValidates(t *testing.T) {
	data, err := json.Marshal(catalog.Default())
	if err != nil {
		t.Fatal(err)
	}
	if err := schema.ValidateNamed(schema.Catalog, "catalog.Default()", data); err != nil {
		t.Error(err)
		var invalid *schema.Error
		if errors.As(err, &invalid) {
			for _, p := range invalid.Problems {
				t.Log(p)
			}
		}
	}
}

// TestEnablingActionsFilesValidate validates the format example asean ships
// and the file shape written from asean.EnablingAction values.
func TestEnablingActionsFilesValidate(t *testing.T) {
	t.Run("asean/testdata/enabling-actions-example.json", func(t *testing.T) {
		name := filepath.Join("..", "asean", "testdata", "enabling-actions-example.json")
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if err := schema.ValidateNamed(schema.EnablingActions, name, data); err != nil {
			t.Error(err)
		}
	})
	t.Run("written from Go", func(t *testing.T) {
		eas := []asean.EnablingAction{
			{Code: "EA2.1", Outcome: "DO2", Title: digidip.EnVi("Title", "Tiêu đề"),
				Sources: []digidip.Citation{{Title: "ASEAN Digital Masterplan 2025", Locator: "p. 40"}}},
			{Code: "EA2.2", Outcome: "DO2", Title: digidip.EnVi("Title", "Tiêu đề"),
				Summary: digidip.EnVi("Summary", "Tóm tắt"), Priority: asean.PriorityHigh, Timing: asean.ShortTerm,
				DependsOn: []string{"EA2.1"}, Sources: []digidip.Citation{{URL: "https://asean.org/"}}},
		}
		doc := map[string]any{"enablingActions": eas}
		if err := schema.ValidateValue(schema.EnablingActions, doc); err != nil {
			t.Error(err)
		}
	})
}

// TestEmbeddedLexiconsValidate validates every lexicon file the mapper
// ships, as embedded, and as the package decodes and would write it back.
func TestEmbeddedLexiconsValidate(t *testing.T) {
	files := lexicon.EmbeddedFiles()
	if len(files) == 0 {
		t.Fatal("lexicon.EmbeddedFiles() is empty")
	}
	for name, data := range files {
		t.Run(name, func(t *testing.T) {
			if err := schema.ValidateNamed(schema.Lexicon, name, data); err != nil {
				t.Error(err)
			}
		})
	}
	for _, f := range lexicon.Default() {
		t.Run("Default/"+f.Lang, func(t *testing.T) {
			if err := schema.ValidateValue(schema.Lexicon, f); err != nil {
				t.Error(err)
			}
		})
	}
}

// TestSeedMappingsValidate maps the embedded seed corpus with the default
// Mapper and validates each mapping, as examples/maparticle -format jsonl
// prints it.
func TestSeedMappingsValidate(t *testing.T) {
	m, err := corpus.NewMapper()
	if err != nil {
		t.Fatalf("NewMapper: %v", err)
	}
	for _, a := range corpus.Seeds() {
		t.Run(a.ID, func(t *testing.T) {
			res, err := m.Map(context.Background(), a)
			if err != nil {
				t.Fatalf("Map: %v", err)
			}
			if err := schema.ValidateValue(schema.Mapping, res); err != nil {
				t.Error(err)
			}
		})
	}
	t.Run("nothing found", func(t *testing.T) {
		res, err := m.Map(context.Background(), corpus.Article{Body: "Giá lúa gạo tăng nhẹ trong tuần."})
		if err != nil {
			t.Fatalf("Map: %v", err)
		}
		if err := schema.ValidateValue(schema.Mapping, res); err != nil {
			t.Error(err)
		}
	})
}

func TestSeedArticlesValidate(t *testing.T) {
	seeds := corpus.Seeds()
	if len(seeds) == 0 {
		t.Fatal("corpus.Seeds() is empty")
	}
	for _, a := range seeds {
		t.Run(a.ID, func(t *testing.T) {
			if err := schema.ValidateValue(schema.Article, a); err != nil {
				t.Error(err)
			}
		})
	}
}

func TestSeedGoldValidates(t *testing.T) {
	// The files as shipped…
	files, err := filepath.Glob(filepath.Join("..", "corpus", "seeds", "*.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no seed gold files found")
	}
	for _, name := range files {
		t.Run(filepath.Base(name), func(t *testing.T) {
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			if err := schema.ValidateNamed(schema.Gold, name, data); err != nil {
				t.Error(err)
			}
		})
	}
	// …and the cases as the package reads and would write them back.
	for _, c := range corpus.SeedGold() {
		t.Run("SeedGold/"+c.ID, func(t *testing.T) {
			if err := schema.ValidateValue(schema.Gold, c); err != nil {
				t.Error(err)
			}
		})
	}
}

// TestRootTypesCatalogValidates validates a catalog built from the root
// package's types and checked by digidip.Catalog.Validate: what the
// catalog's own rules accept, the schema must accept too.
func TestRootTypesCatalogValidates(t *testing.T) {
	c := realisticCatalog(t, 6, 40)
	if err := c.Validate(); err != nil {
		t.Fatalf("the sample catalog breaks digidip's own rules: %v", err)
	}
	data, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	if err := schema.Validate(schema.Catalog, data); err != nil {
		t.Error(err)
	}
}

// realisticCatalog builds a catalog the shape and size of the shipped one:
// nFW frameworks of nEl elements each, half of them nested, each with two
// citations, and a cross-walk relation from every element.
func realisticCatalog(tb testing.TB, nFW, nEl int) *digidip.Catalog {
	tb.Helper()
	var fws []digidip.Framework
	var rels []digidip.Relation
	for i := range nFW {
		fid := digidip.ID("fw" + string(rune('a'+i)))
		cite := []digidip.Citation{
			{Title: "ASEAN Digital Masterplan 2025", URL: "https://asean.org/book/asean-digital-masterplan-2025/",
				Publisher: "ASEAN Secretariat", Locator: "p. 12", Published: digidip.MustParseDate("2021-01")},
			{Title: "Báo Quốc tế", URL: "https://baoquocte.vn/", Note: "paraphrase"},
		}
		f := digidip.Framework{
			ID: fid, Kind: digidip.KindMasterplan,
			Name:    digidip.EnVi("Framework "+string(fid), "Khung "+string(fid)),
			Aliases: digidip.Aliases{{Lang: language.Und, Name: "FW"}, {Lang: language.Vietnamese, Name: "Khung " + string(fid)}},
			Issuer:  "ASEAN Digital Ministers' Meeting", Adopted: digidip.MustParseDate("2021-01-22"),
			Summary: digidip.EnVi("A plan with outcomes and actions.", "Một kế hoạch với các kết quả và hành động."),
			Sources: cite,
		}
		for j := range nEl {
			code := "DO" + strconv.Itoa(j+1)
			parent := digidip.ID("")
			if j%2 == 1 {
				code = "DO" + strconv.Itoa(j) + "." + strconv.Itoa(j+1)
				parent = digidip.ElementID(fid, "DO"+strconv.Itoa(j))
			}
			id := digidip.ElementID(fid, code)
			f.Elements = append(f.Elements, digidip.Element{
				ID: id, Kind: digidip.KindDesiredOutcome, Code: code, Parent: parent,
				Title:   digidip.EnVi("Increase in the quality and coverage of broadband", "Tăng chất lượng và độ phủ của băng rộng"),
				Summary: digidip.EnVi("Fixed and mobile broadband for every community.", "Băng rộng cố định và di động cho mọi cộng đồng."),
				Sources: cite,
			})
			if i > 0 {
				rels = append(rels, digidip.Relation{From: id, To: digidip.ElementID(fws[0].ID, "DO1"),
					Kind: digidip.Supports, Note: "Both aim at wider broadband coverage."})
			}
		}
		fws = append(fws, f)
	}
	c, err := digidip.NewCatalog(fws, rels)
	if err != nil {
		tb.Fatal(err)
	}
	return c
}
