// Package catalog assembles digidip's full catalog: the six frameworks of
// packages asean and diplomacy — ADM 2025 (adm2025), the Boracay Digital
// Declaration (boracay), the Bali Message (bali), ICDD 2021 (icdd2021) and
// the Vietnamese ministries' tasks (vn-mic, vn-mofa) — and the cross-walk
// between their elements.
//
// Most callers want [Default], which is built once and shared. [New] builds
// a catalog with options: ADM 2025 enabling actions loaded from a file with
// asean.ReadEnablingActions, or relations of the caller's own. Either way
// the result has passed [digidip.Catalog.Validate]: every element titled in
// English and Vietnamese and cited, and every relation joining two known
// IDs with a rationale.
//
// The cross-walk ([Crosswalk]) relates each Bali focus area, ICDD 2021 step
// and panel, MIC task, MOFA task or direction and Boracay commitment to the
// ADM 2025 desired outcomes it serves, or records with a
// [digidip.NoCounterpart] relation why none does. Query it both ways:
//
//	cat := catalog.Default()
//	cat.RelationsFrom("boracay/B5") // what B5 serves
//	cat.RelationsTo("adm2025/DO3")  // what serves DO3
package catalog

import (
	"fmt"
	"sync"

	"github.com/digidip/digidip"
	"github.com/digidip/digidip/asean"
	"github.com/digidip/digidip/diplomacy"
)

// An Option changes what [New] builds.
type Option func(*config)

type config struct {
	enablingActions []asean.EnablingAction
	loadActions     bool
	relations       []digidip.Relation
}

// WithEnablingActions adds ADM 2025 enabling actions, typically read with
// asean.ReadEnablingActions, to the adm2025 framework as children of their
// desired outcomes. The actions must pass
// asean.Masterplan.WithEnablingActions, or [New] fails.
func WithEnablingActions(eas []asean.EnablingAction) Option {
	eas = append([]asean.EnablingAction(nil), eas...)
	return func(c *config) {
		c.enablingActions = eas
		c.loadActions = true
	}
}

// WithRelations adds the caller's own relations after the cross-walk. They
// are validated like the cross-walk: a relation to an unknown ID, between
// elements of one framework, of an unknown kind, without a rationale, or
// repeating another makes [New] fail.
func WithRelations(rels ...digidip.Relation) Option {
	rels = append([]digidip.Relation(nil), rels...)
	return func(c *config) { c.relations = append(c.relations, rels...) }
}

// New builds and validates a catalog of the six frameworks and the
// cross-walk, changed by the options. The error wraps the
// [digidip.ValidationErrors] of every problem found, so that errors.As finds
// each [*digidip.ValidationError] with the ID and field at fault.
func New(opts ...Option) (*digidip.Catalog, error) {
	var cfg config
	for _, o := range opts {
		o(&cfg)
	}
	fws := asean.Frameworks()
	if cfg.loadActions {
		adm, err := asean.ADM2025().WithEnablingActions(cfg.enablingActions)
		if err != nil {
			return nil, fmt.Errorf("catalog: ADM 2025 enabling actions: %w", err)
		}
		for i := range fws {
			if fws[i].ID == adm.ID {
				fws[i] = adm.Framework()
			}
		}
	}
	fws = append(fws, diplomacy.Frameworks()...)
	rels := append(Crosswalk(), cfg.relations...)
	c, err := digidip.NewCatalog(fws, rels)
	if err != nil {
		return nil, fmt.Errorf("catalog: %w", err)
	}
	if err := c.Validate(); err != nil {
		return nil, fmt.Errorf("catalog: %w", err)
	}
	return c, nil
}

// defaultCatalog builds the default catalog once, on first use.
var defaultCatalog = sync.OnceValue(func() *digidip.Catalog {
	c, err := New()
	if err != nil {
		// The data is compiled in and checked by this package's tests, so
		// this is a programming error, like a bad regexp literal.
		panic(fmt.Sprintf("digidip/catalog: built-in catalog is invalid: %v", err))
	}
	return c
})

// Default returns the catalog of all six frameworks and the cross-walk,
// without enabling actions. It is built on first use and the same
// [*digidip.Catalog] is returned to every caller; that is safe because a
// Catalog is immutable and hands out copies.
//
// Default panics only if the compiled-in data were inconsistent, which the
// package's tests rule out.
func Default() *digidip.Catalog { return defaultCatalog() }
