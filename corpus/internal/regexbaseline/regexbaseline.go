// Package regexbaseline is the naive mapper the real one is measured
// against: what one would write first with the standard library. Each
// framework and each element gets one regexp, an alternation of every
// phrase the lexicons give it (a framework's names; the phrases and
// @groups of an element's rules), quoted with regexp.QuoteMeta and run over
// the lower-cased title and body.
//
// It does less than corpus.Mapper — no cleaning, no Unicode normalisation
// beyond lower case, no word boundaries, guards or Boolean rules, no scores
// — so a speed ratio against it understates the real mapper's advantage.
// It exists only for benchmarks.
package regexbaseline

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/digidip/digidip"
	"github.com/digidip/digidip/corpus/lexicon"
)

// A Mapper holds one compiled alternation per framework and element ID.
// It is safe for concurrent use.
type Mapper struct {
	ids []digidip.ID
	res []*regexp.Regexp
}

// New builds a Mapper from lexicon files. Phrases for the same ID from
// several files (languages) go into one alternation. An error says which
// query of which file does not parse.
func New(files []*lexicon.File) (*Mapper, error) {
	phrases := map[digidip.ID][]string{}
	add := func(id digidip.ID, p string) {
		p = strings.ToLower(strings.TrimSpace(p))
		if p != "" && !slices.Contains(phrases[id], p) {
			phrases[id] = append(phrases[id], p)
		}
	}
	for _, f := range files {
		for _, fw := range f.Frameworks {
			for _, n := range fw.Names {
				add(fw.ID, n)
			}
		}
		for i, el := range f.Elements {
			for j, r := range el.Rules {
				n, err := lexicon.Parse(r.Query)
				if err != nil {
					return nil, fmt.Errorf("regexbaseline: lexicon %s: /elements/%d/rules/%d/query: %w", f.Lang, i, j, err)
				}
				lexicon.Walk(n, func(n lexicon.Node) {
					switch n := n.(type) {
					case *lexicon.Phrase:
						add(el.ID, n.Text)
					case *lexicon.GroupRef:
						for _, p := range f.Terms[n.Name] {
							add(el.ID, p)
						}
					}
				})
			}
		}
	}
	m := &Mapper{}
	for id := range phrases {
		m.ids = append(m.ids, id)
	}
	slices.Sort(m.ids)
	for _, id := range m.ids {
		alts := make([]string, len(phrases[id]))
		for i, p := range phrases[id] {
			alts[i] = regexp.QuoteMeta(p)
		}
		re, err := regexp.Compile(strings.Join(alts, "|"))
		if err != nil {
			return nil, fmt.Errorf("regexbaseline: %s: %w", id, err)
		}
		m.res = append(m.res, re)
	}
	return m, nil
}

// NumPatterns returns the number of alternations, one per ID.
func (m *Mapper) NumPatterns() int { return len(m.res) }

// A Hit is an ID with the number of places its alternation matched.
type Hit struct {
	ID    digidip.ID
	Count int
}

// Map lower-cases title and body and runs every alternation over both,
// finding every match (as the real mapper does, for evidence). It returns
// the IDs that matched at least once, sorted, with their match counts.
func (m *Mapper) Map(title, body string) []Hit {
	lt, lb := strings.ToLower(title), strings.ToLower(body)
	var hits []Hit
	for i, re := range m.res {
		n := len(re.FindAllStringIndex(lt, -1)) + len(re.FindAllStringIndex(lb, -1))
		if n > 0 {
			hits = append(hits, Hit{ID: m.ids[i], Count: n})
		}
	}
	return hits
}
