// Command catalog prints the digidip catalog: every framework with its
// elements as a readable tree, or as JSON valid against the catalog schema.
//
// Usage:
//
//	go run ./examples/catalog [-format text|json] [-lang en|vi] [-enabling-actions FILE] [ID]
//
// With an ID it shows one framework, or one element with its parents,
// children and cross-walk relations in both directions. -enabling-actions
// loads the ADM 2025 enabling actions from a file (see package asean) into
// the catalog before printing.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/digidip/digidip"
	"github.com/digidip/digidip/asean"
	"github.com/digidip/digidip/catalog"
	"golang.org/x/text/language"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is the whole program, apart from os.Exit, so tests can call it.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("catalog", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output format: text or json")
	lang := fs.String("lang", "en", "language of titles in text output: en or vi (falls back to the other)")
	eaFile := fs.String("enabling-actions", "", "JSON file of ADM 2025 enabling actions to load into the catalog")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: catalog [-format text|json] [-lang en|vi] [-enabling-actions FILE] [ID]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 1 || (*format != "text" && *format != "json") {
		fs.Usage()
		return 2
	}
	tag, err := language.Parse(*lang)
	if err != nil {
		fmt.Fprintf(stderr, "catalog: -lang: %v\n", err)
		return 2
	}

	cat := catalog.Default()
	if *eaFile != "" {
		cat, err = withEnablingActions(*eaFile)
		if err != nil {
			printError(stderr, err)
			return 1
		}
	}

	p := &printer{w: stdout, errw: stderr, cat: cat, prefs: []language.Tag{tag, language.English, language.Vietnamese}}
	if fs.NArg() == 0 {
		if *format == "json" {
			return p.json(cat)
		}
		for i, id := range cat.IDs() {
			if i > 0 {
				fmt.Fprintln(stdout)
			}
			p.framework(id)
		}
		return 0
	}

	id := digidip.ID(fs.Arg(0))
	if !cat.Has(id) {
		fmt.Fprintf(stderr, "catalog: no framework or element %q (try one of: %s)\n", id, joinIDs(cat.IDs()))
		return 1
	}
	if *format == "json" {
		sub, err := subset(cat, id)
		if err != nil {
			fmt.Fprintf(stderr, "catalog: %v\n", err)
			return 1
		}
		return p.json(sub)
	}
	if id.IsFramework() {
		p.framework(id)
	} else {
		p.element(id)
	}
	return 0
}

// printError writes err to w, one line per problem when it is an
// [asean.FileErrors], whose own message shows only the first.
func printError(w io.Writer, err error) {
	var list asean.FileErrors
	if errors.As(err, &list) && len(list) > 0 {
		for _, fe := range list {
			fmt.Fprintf(w, "catalog: %v\n", fe)
		}
		return
	}
	fmt.Fprintf(w, "catalog: %v\n", err)
}

func withEnablingActions(path string) (*digidip.Catalog, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	eas, err := asean.ReadEnablingActions(f, path)
	if err != nil {
		return nil, err
	}
	return catalog.New(catalog.WithEnablingActions(eas))
}

type printer struct {
	w     io.Writer // output
	errw  io.Writer // error messages
	cat   *digidip.Catalog
	prefs []language.Tag
}

func (p *printer) json(c *digidip.Catalog) int {
	enc := json.NewEncoder(p.w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(c); err != nil {
		fmt.Fprintf(p.errw, "catalog: %v\n", err)
		return 1
	}
	return 0
}

func (p *printer) framework(id digidip.ID) {
	f, _ := p.cat.Framework(id)
	var meta []string
	meta = append(meta, string(f.Kind))
	if f.Issuer != "" {
		meta = append(meta, f.Issuer)
	}
	if !f.Adopted.IsZero() {
		meta = append(meta, "adopted "+f.Adopted.String())
	}
	fmt.Fprintf(p.w, "%s  %s  (%s)\n", f.ID, f.Name.In(p.prefs...), strings.Join(meta, "; "))
	for _, e := range p.cat.Children(id) {
		p.tree(e, 1)
	}
}

func (p *printer) tree(e digidip.Element, depth int) {
	fmt.Fprintf(p.w, "%s%-7s %s%s\n", strings.Repeat("  ", depth), e.Code, e.Title.In(p.prefs...), p.relSummary(e.ID))
	for _, c := range p.cat.Children(e.ID) {
		p.tree(c, depth+1)
	}
}

// relSummary lists, briefly, what an element is related to.
func (p *printer) relSummary(id digidip.ID) string {
	var to []string
	for _, r := range p.cat.RelationsFrom(id) {
		if r.Kind == digidip.NoCounterpart {
			to = append(to, "no "+string(r.To)+" counterpart")
			continue
		}
		to = append(to, string(r.To))
	}
	if len(to) == 0 {
		return ""
	}
	return "  → " + strings.Join(to, ", ")
}

func (p *printer) element(id digidip.ID) {
	e, _ := p.cat.Element(id)
	f, _ := p.cat.Framework(id.Framework())
	fmt.Fprintf(p.w, "%s  %s\n", e.ID, e.Title.In(p.prefs...))
	fmt.Fprintf(p.w, "  framework: %s (%s)\n", f.ID, f.Name.In(p.prefs...))
	fmt.Fprintf(p.w, "  kind:      %s\n", e.Kind)
	for parent := e.Parent; parent != ""; {
		pe, _ := p.cat.Element(parent)
		fmt.Fprintf(p.w, "  parent:    %s  %s\n", pe.ID, pe.Title.In(p.prefs...))
		parent = pe.Parent
	}
	for _, tag := range e.Title.Tags() {
		t, _ := e.Title.Get(tag)
		fmt.Fprintf(p.w, "  title[%s]: %s\n", tag, t)
	}
	if s := e.Summary.In(p.prefs...); s != "" {
		fmt.Fprintf(p.w, "  summary:   %s\n", s)
	}
	for _, s := range e.Sources {
		fmt.Fprintf(p.w, "  source:    %s\n", citation(s))
	}
	if kids := p.cat.Children(id); len(kids) > 0 {
		fmt.Fprintln(p.w, "  children:")
		for _, c := range kids {
			p.tree(c, 2)
		}
	}
	p.relations("relations from here:", p.cat.RelationsFrom(id), func(r digidip.Relation) digidip.ID { return r.To })
	p.relations("relations to here:", p.cat.RelationsTo(id), func(r digidip.Relation) digidip.ID { return r.From })
}

func (p *printer) relations(head string, rels []digidip.Relation, other func(digidip.Relation) digidip.ID) {
	if len(rels) == 0 {
		return
	}
	fmt.Fprintln(p.w, "  "+head)
	for _, r := range rels {
		o := other(r)
		title := ""
		if el, ok := p.cat.Element(o); ok {
			title = el.Title.In(p.prefs...)
		} else if f, ok := p.cat.Framework(o); ok {
			title = f.Name.In(p.prefs...)
		}
		fmt.Fprintf(p.w, "    %-13s %-14s %s\n", r.Kind, o, title)
		fmt.Fprintf(p.w, "    %13s %s\n", "", r.Note)
	}
}

func citation(c digidip.Citation) string {
	parts := []string{}
	for _, s := range []string{c.Title, c.Publisher, c.Published.String(), c.Locator, c.URL} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	s := strings.Join(parts, ", ")
	if c.Note != "" {
		s += " (" + c.Note + ")"
	}
	return s
}

// subset returns a catalog holding only what concerns id: a whole framework,
// or an element with its ancestors and descendants; and the relations that
// touch any of them.
func subset(c *digidip.Catalog, id digidip.ID) (*digidip.Catalog, error) {
	f, ok := c.Framework(id.Framework())
	if !ok {
		return nil, errors.New("unknown framework " + string(id.Framework()))
	}
	// The framework itself is kept only when it is what was asked for: for
	// an element, a relation aimed at its framework as a whole (such as a
	// no-counterpart relation) does not concern that element.
	keep := map[digidip.ID]bool{}
	if id.IsFramework() {
		keep[f.ID] = true
		for _, e := range f.Elements {
			keep[e.ID] = true
		}
	} else {
		e, _ := c.Element(id)
		for cur := e; ; {
			keep[cur.ID] = true
			if cur.Parent == "" {
				break
			}
			cur, _ = c.Element(cur.Parent)
		}
		var walk func(digidip.ID)
		walk = func(x digidip.ID) {
			for _, k := range c.Children(x) {
				keep[k.ID] = true
				walk(k.ID)
			}
		}
		walk(id)
		var els []digidip.Element
		for _, e := range f.Elements {
			if keep[e.ID] {
				els = append(els, e)
			}
		}
		f.Elements = els
	}
	var rels []digidip.Relation
	for _, r := range c.Relations() {
		if keep[r.From] || keep[r.To] {
			rels = append(rels, r)
		}
	}
	return digidip.NewCatalog([]digidip.Framework{f}, rels)
}

func joinIDs(ids []digidip.ID) string {
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = string(id)
	}
	return strings.Join(s, ", ")
}
