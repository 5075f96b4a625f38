package catalog_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sync"
	"testing"

	"github.com/digidip/digidip"
	"github.com/digidip/digidip/asean"
	"github.com/digidip/digidip/catalog"
)

// TestDefaultHammer has 32 goroutines share Default while they scribble over
// everything it hands out — lookups, children, relations both ways, the
// cross-walk, the framework and element lists, the JSON export — and while
// 4 more build their own catalogs with New. Run with -race. Default must
// stay one catalog whose JSON is byte-identical before and after, and
// every New must build the same catalog.
func TestDefaultHammer(t *testing.T) {
	def := catalog.Default()
	before, err := json.Marshal(def)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for g := range 32 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := catalog.Default()
			if c != def {
				errs <- fmt.Errorf("goroutine %d: Default returned another catalog", g)
				return
			}
			ids := c.IDs()
			for k := range ids {
				id := ids[(k*3+g)%len(ids)]
				if e, ok := c.Element(id); ok {
					e.Parent, e.Code = "scribbled", "scribbled"
					for i := range e.Sources {
						e.Sources[i].URL = "https://scribbled.example"
					}
				}
				if f, ok := c.Framework(id); ok {
					f.Name = digidip.EnVi("scribbled", "scribbled")
					for i := range f.Elements {
						f.Elements[i].ID = "scribbled"
					}
					for i := range f.Aliases {
						f.Aliases[i].Name = "scribbled"
					}
				}
				for _, list := range [][]digidip.Element{c.Children(id), c.Elements(id)} {
					for i := range list {
						list[i].Sources = nil
						list[i].Title = digidip.EnVi("scribbled", "")
					}
				}
				for _, list := range [][]digidip.Relation{c.RelationsFrom(id), c.RelationsTo(id)} {
					for i := range list {
						list[i].Kind, list[i].Note = digidip.NoCounterpart, "scribbled"
					}
				}
			}
			for _, rels := range [][]digidip.Relation{c.Relations(), catalog.Crosswalk()} {
				for i := range rels {
					rels[i].To = "scribbled"
				}
			}
			for _, f := range c.Frameworks() {
				for i := range f.Sources {
					f.Sources[i].Title = "scribbled"
				}
			}
			out, err := json.Marshal(c)
			if err != nil {
				errs <- err
				return
			}
			if !bytes.Equal(out, before) {
				errs <- fmt.Errorf("goroutine %d: Default's JSON changed while others scribbled", g)
			}
			clear(out)
		}()
	}
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := catalog.New()
			if err != nil {
				errs <- fmt.Errorf("New in goroutine %d: %w", g, err)
				return
			}
			if c == def {
				errs <- fmt.Errorf("goroutine %d: New returned the shared Default catalog", g)
			}
			out, err := json.Marshal(c)
			if err != nil {
				errs <- err
				return
			}
			if !bytes.Equal(out, before) {
				errs <- fmt.Errorf("goroutine %d: New built a catalog other than Default", g)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	after, err := json.Marshal(catalog.Default())
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Errorf("Default's JSON changed: %d bytes before, %d after", len(before), len(after))
	}
}

// TestNewOwnsItsInputs changes the slices given to WithRelations and
// WithEnablingActions after the options were made and after New returned:
// the catalog must not see either change.
func TestNewOwnsItsInputs(t *testing.T) {
	rel := digidip.Relation{From: "boracay/B1", To: "bali/FA1", Kind: digidip.AlignsWith, Note: "Both call for digital connectivity."}
	rels := []digidip.Relation{rel}
	eas := []asean.EnablingAction{}
	opts := []catalog.Option{catalog.WithRelations(rels...), catalog.WithEnablingActions(eas)}
	rels[0].Note = "changed before New"
	c, err := catalog.New(opts...)
	if err != nil {
		t.Fatal(err)
	}
	before, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	rels[0].To = "changed after New"
	found := false
	for _, r := range c.RelationsFrom("boracay/B1") {
		if r.To == rel.To && r.Kind == rel.Kind {
			found = true
			if r.Note != rel.Note {
				t.Errorf("the relation's note is %q, want %q: New saw a change made after WithRelations", r.Note, rel.Note)
			}
		}
	}
	if !found {
		t.Errorf("the relation added with WithRelations is missing")
	}
	after, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Error("the catalog changed when the caller changed its relations slice")
	}
}
