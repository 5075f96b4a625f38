package digidip

import (
	"encoding/json"
	"fmt"
	"slices"
)

// Catalog is an immutable, indexed set of frameworks and the relations
// between their elements. Build one with [NewCatalog]; it is safe for
// concurrent use, and every method returns copies, so nothing a caller does
// with a result can change the catalog.
//
// Frameworks keep the order they were given in, and elements the order of
// their framework's Elements slice.
type Catalog struct {
	frameworks []Framework
	byFW       map[ID]int
	byElem     map[ID][2]int // framework index, element index
	children   map[ID][]ID
	relations  []Relation
	from, to   map[ID][]int
}

// NewCatalog indexes copies of the frameworks and relations. It fails only
// when the input cannot be indexed: a malformed or repeated ID. Everything
// else — dangling parents and relations, missing titles, citations — is
// reported by [Catalog.Validate], so that a caller can inspect a catalog
// that is not yet valid.
func NewCatalog(frameworks []Framework, relations []Relation) (*Catalog, error) {
	c := &Catalog{
		byFW:     map[ID]int{},
		byElem:   map[ID][2]int{},
		children: map[ID][]ID{},
		from:     map[ID][]int{},
		to:       map[ID][]int{},
	}
	var errs ValidationErrors
	for _, f := range frameworks {
		f = f.Clone()
		if _, err := ParseID(string(f.ID)); err != nil || !f.ID.IsFramework() {
			errs.Add(f.ID, "id", "not a well-formed framework ID")
			continue
		}
		if _, dup := c.byFW[f.ID]; dup {
			errs.Add(f.ID, "id", "framework ID used twice")
			continue
		}
		c.byFW[f.ID] = len(c.frameworks)
		for j, e := range f.Elements {
			if _, err := ParseID(string(e.ID)); err != nil || e.ID.IsFramework() {
				errs.Add(e.ID, "id", fmt.Sprintf("element %d of %s: not a well-formed element ID", j, f.ID))
				continue
			}
			if _, dup := c.byElem[e.ID]; dup {
				errs.Add(e.ID, "id", "element ID used twice")
				continue
			}
			c.byElem[e.ID] = [2]int{len(c.frameworks), j}
			if e.Parent != "" {
				c.children[e.Parent] = append(c.children[e.Parent], e.ID)
			}
		}
		c.frameworks = append(c.frameworks, f)
	}
	c.relations = slices.Clone(relations)
	for i, r := range c.relations {
		c.from[r.From] = append(c.from[r.From], i)
		c.to[r.To] = append(c.to[r.To], i)
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return c, nil
}

// Len returns the number of frameworks.
func (c *Catalog) Len() int { return len(c.frameworks) }

// Frameworks returns copies of all frameworks, in catalog order.
func (c *Catalog) Frameworks() []Framework {
	out := make([]Framework, len(c.frameworks))
	for i, f := range c.frameworks {
		out[i] = f.Clone()
	}
	return out
}

// IDs returns the framework IDs in catalog order.
func (c *Catalog) IDs() []ID {
	out := make([]ID, len(c.frameworks))
	for i, f := range c.frameworks {
		out[i] = f.ID
	}
	return out
}

// Framework returns a copy of the framework with the given ID.
func (c *Catalog) Framework(id ID) (Framework, bool) {
	i, ok := c.byFW[id]
	if !ok {
		return Framework{}, false
	}
	return c.frameworks[i].Clone(), true
}

// Element returns a copy of the element with the given ID.
func (c *Catalog) Element(id ID) (Element, bool) {
	ix, ok := c.byElem[id]
	if !ok {
		return Element{}, false
	}
	return c.frameworks[ix[0]].Elements[ix[1]].Clone(), true
}

// Has reports whether id names a framework or an element of c.
func (c *Catalog) Has(id ID) bool {
	_, f := c.byFW[id]
	_, e := c.byElem[id]
	return f || e
}

// Elements returns copies of the elements of one framework, or of every
// framework when fw is "", in catalog order.
func (c *Catalog) Elements(fw ID) []Element {
	var out []Element
	for _, f := range c.frameworks {
		if fw != "" && f.ID != fw {
			continue
		}
		for _, e := range f.Elements {
			out = append(out, e.Clone())
		}
	}
	return out
}

// Children returns copies of the elements whose parent is id, in catalog
// order. For a framework ID it returns its top-level elements.
func (c *Catalog) Children(id ID) []Element {
	var out []Element
	if i, ok := c.byFW[id]; ok {
		for _, e := range c.frameworks[i].Elements {
			if e.Parent == "" {
				out = append(out, e.Clone())
			}
		}
		return out
	}
	for _, cid := range c.children[id] {
		if e, ok := c.Element(cid); ok {
			out = append(out, e)
		}
	}
	return out
}

// Relations returns all relations, in the order given.
func (c *Catalog) Relations() []Relation { return slices.Clone(c.relations) }

// RelationsFrom returns the relations whose source is id.
func (c *Catalog) RelationsFrom(id ID) []Relation { return c.pick(c.from[id]) }

// RelationsTo returns the relations whose target is id.
func (c *Catalog) RelationsTo(id ID) []Relation { return c.pick(c.to[id]) }

func (c *Catalog) pick(ix []int) []Relation {
	if len(ix) == 0 {
		return nil
	}
	out := make([]Relation, len(ix))
	for i, j := range ix {
		out[i] = c.relations[j]
	}
	return out
}

// catalogJSON is the shape of the catalog export (schema kind "catalog").
type catalogJSON struct {
	Frameworks []Framework `json:"frameworks"`
	Relations  []Relation  `json:"relations"`
}

// MarshalJSON encodes the catalog as {"frameworks":[…],"relations":[…]}, the
// document described by the catalog JSON Schema.
func (c *Catalog) MarshalJSON() ([]byte, error) {
	// The schema wants arrays, so an empty catalog is [] rather than null.
	fws, rels := c.frameworks, c.relations
	if fws == nil {
		fws = []Framework{}
	}
	if rels == nil {
		rels = []Relation{}
	}
	return json.Marshal(catalogJSON{Frameworks: fws, Relations: rels})
}

// UnmarshalJSON decodes a catalog export and indexes it as [NewCatalog] does.
func (c *Catalog) UnmarshalJSON(data []byte) error {
	var v catalogJSON
	if err := json.Unmarshal(data, &v); err != nil {
		return fmt.Errorf("digidip: catalog: %w", err)
	}
	n, err := NewCatalog(v.Frameworks, v.Relations)
	if err != nil {
		return err
	}
	*c = *n
	return nil
}
