package digidip_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sync"
	"testing"

	"golang.org/x/text/language"

	"github.com/digidip/digidip"
	"github.com/digidip/digidip/asean"
	"github.com/digidip/digidip/catalog"
	"github.com/digidip/digidip/diplomacy"
)

// TestCatalogHammer reads one Catalog from 32 goroutines at once — every
// lookup, Children, RelationsFrom and RelationsTo, the lists and the JSON
// export — while each goroutine scribbles over every value it gets back,
// and the test scribbles over the slices the catalog was built from. Run
// with -race: a result sharing memory with the catalog (or with another
// caller's result) is a reported race. Every answer must equal the
// single-threaded one, and the catalog's JSON must be byte-identical
// before and after.
func TestCatalogHammer(t *testing.T) {
	fws := append(asean.Frameworks(), diplomacy.Frameworks()...)
	rels := catalog.Crosswalk()
	built, err := digidip.NewCatalog(fws, rels)
	if err != nil {
		t.Fatal(err)
	}
	data, err := json.Marshal(built)
	if err != nil {
		t.Fatal(err)
	}
	// A catalog read back from its JSON must be just as independent.
	var decoded digidip.Catalog
	if err := json.Unmarshal(data, &decoded); err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]*digidip.Catalog{"NewCatalog": built, "UnmarshalJSON": &decoded} {
		t.Run(name, func(t *testing.T) {
			before, err := c.MarshalJSON()
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(before, data) {
				t.Fatal("the catalog's JSON differs from the catalog it was built from")
			}
			want := catalogAnswers(c)
			var wg sync.WaitGroup
			errs := make(chan error, 64)
			wg.Add(1)
			go func() {
				// The caller's input is its own to change after
				// NewCatalog returns.
				defer wg.Done()
				for i := range fws {
					scribbleFramework(&fws[i])
				}
				for i := range rels {
					rels[i].Note, rels[i].From = "scribbled", "scribbled"
				}
			}()
			for g := range 32 {
				wg.Add(1)
				go func() {
					defer wg.Done()
					if got := catalogAnswers(c); got != want {
						errs <- fmt.Errorf("goroutine %d: answers differ from the single-threaded ones", g)
					}
					ids := c.IDs()
					for k := range ids {
						id := ids[(k+g)%len(ids)]
						hammerID(c, id)
					}
					for i := range ids {
						ids[i] = "scribbled"
					}
					out, err := c.MarshalJSON()
					if err != nil {
						errs <- err
						return
					}
					if !bytes.Equal(out, before) {
						errs <- fmt.Errorf("goroutine %d: JSON changed while others scribbled", g)
					}
					clear(out)
				}()
			}
			wg.Wait()
			close(errs)
			for err := range errs {
				t.Error(err)
			}
			after, err := c.MarshalJSON()
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(before, after) {
				t.Errorf("the catalog's JSON changed: %d bytes before, %d after", len(before), len(after))
			}
			if got := catalogAnswers(c); got != want {
				t.Error("answers changed after the hammering")
			}
		})
	}
}

// hammerID asks c everything about id and scribbles over every answer.
func hammerID(c *digidip.Catalog, id digidip.ID) {
	c.Has(id)
	if e, ok := c.Element(id); ok {
		scribbleElement(&e)
	}
	if f, ok := c.Framework(id); ok {
		scribbleFramework(&f)
	}
	for _, list := range [][]digidip.Element{c.Children(id), c.Elements(id)} {
		for i := range list {
			scribbleElement(&list[i])
		}
	}
	for _, list := range [][]digidip.Relation{c.RelationsFrom(id), c.RelationsTo(id)} {
		for i := range list {
			list[i] = digidip.Relation{From: "scribbled", To: "scribbled", Kind: "scribbled", Note: "scribbled"}
		}
	}
	fws := c.Frameworks()
	for i := range fws {
		scribbleFramework(&fws[i])
	}
	rels := c.Relations()
	for i := range rels {
		rels[i].Note = "scribbled"
	}
}

// catalogAnswers renders every answer c gives, per ID, as one string, so
// that two moments (or two goroutines) can be compared.
func catalogAnswers(c *digidip.Catalog) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	for _, id := range c.IDs() {
		e, eok := c.Element(id)
		f, fok := c.Framework(id)
		_ = enc.Encode([]any{id, c.Has(id), e, eok, f, fok, c.Children(id), c.Elements(id), c.RelationsFrom(id), c.RelationsTo(id)})
	}
	_ = enc.Encode([]any{c.Len(), c.Frameworks(), c.Relations()})
	return b.String()
}

// scribbleFramework overwrites, in place, everything of f a caller can
// reach through slices.
func scribbleFramework(f *digidip.Framework) {
	f.ID, f.Issuer = "scribbled", "scribbled"
	f.Name = digidip.EnVi("scribbled", "scribbled")
	for i := range f.Aliases {
		f.Aliases[i] = digidip.Alias{Lang: language.Und, Name: "scribbled"}
	}
	f.Aliases = append(f.Aliases, digidip.Alias{Name: "scribbled"})
	scribbleCitations(f.Sources)
	f.Sources = append(f.Sources, digidip.Citation{Title: "scribbled"})
	for i := range f.Elements {
		scribbleElement(&f.Elements[i])
	}
	f.Elements = append(f.Elements, digidip.Element{ID: "scribbled"})
}

func scribbleElement(e *digidip.Element) {
	e.ID, e.Parent, e.Code, e.Kind = "scribbled", "scribbled", "scribbled", "scribbled"
	e.Title = digidip.EnVi("scribbled", "scribbled")
	scribbleCitations(e.Sources)
	e.Sources = append(e.Sources, digidip.Citation{Title: "scribbled"})
}

func scribbleCitations(cs []digidip.Citation) {
	for i := range cs {
		cs[i] = digidip.Citation{Title: "scribbled", URL: "https://scribbled.example", Note: "scribbled"}
	}
}
