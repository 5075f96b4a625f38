package corpus

import (
	"github.com/digidip/digidip"
)

// A Mapping is what a [Mapper] found in one article: the frameworks the
// article names and the elements it discusses, each with a score and the
// passages that prove it. Lists hold only what the mapper asserts (elements
// at or above its threshold), strongest first. In JSON (schema "mapping"):
//
//	{"article":{"id","title","lang"},
//	 "frameworks":[{"id","score","evidence":[E]}],
//	 "elements":[{"id","score","evidence":[E]}]}
//
// with E = {"field","start","end","text","sentence","term"}. Both lists are
// always present, empty when nothing was found.
type Mapping struct {
	Article    MappedArticle    `json:"article"`
	Frameworks []FrameworkMatch `json:"frameworks"`
	Elements   []ElementMatch   `json:"elements"`
}

// MappedArticle says which article a Mapping is of: its ID (echoed back
// unchanged), headline and language tag ("" when unknown).
type MappedArticle struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Lang  string `json:"lang,omitempty"`
}

// A FrameworkMatch is a framework the article names. Score counts the
// places it is named, a place in the headline or the lead weighing more;
// Evidence lists each place, with the name phrase that matched as Term.
type FrameworkMatch struct {
	ID       digidip.ID `json:"id"`
	Score    float64    `json:"score"`
	Evidence []Evidence `json:"evidence"`
}

// An ElementMatch is an element whose theme the article discusses. Score
// adds up, over the sentences where one of the element's rules holds, the
// rule's weight times the specificity of its terms and a position factor
// for the headline and lead; see [Mapper] for the formula. Evidence lists
// each such sentence, with the rule's query as Term.
type ElementMatch struct {
	ID       digidip.ID `json:"id"`
	Score    float64    `json:"score"`
	Evidence []Evidence `json:"evidence"`
}

// Evidence is one passage of the ORIGINAL article: Article.Text(Field)
// [Start:End] is exactly Text, whatever normalisation the mapper did
// inside. Sentence is the 0-based index of the sentence within that field
// (as package segment splits it), and Term is the lexicon phrase or rule
// that fired.
type Evidence struct {
	Field    Field  `json:"field"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Text     string `json:"text"`
	Sentence int    `json:"sentence"`
	Term     string `json:"term"`
}

// Prediction returns the IDs the mapping asserts, in the shape
// [Evaluate] scores.
func (m Mapping) Prediction() Prediction {
	p := Prediction{Frameworks: make([]digidip.ID, 0, len(m.Frameworks)), Elements: make([]digidip.ID, 0, len(m.Elements))}
	for _, f := range m.Frameworks {
		p.Frameworks = append(p.Frameworks, f.ID)
	}
	for _, e := range m.Elements {
		p.Elements = append(p.Elements, e.ID)
	}
	return p
}

// An Explanation says why the mapper did or did not assert one framework
// or element for an article: for an element, every rule with the sentences
// where it held and the places its phrases were found; for a framework,
// every place a name was found and whether it counted (or which guard
// vetoed it, or that the framework's query failed in that sentence).
type Explanation struct {
	ID digidip.ID `json:"id"`
	// Matched reports whether the Mapping asserts ID.
	Matched bool `json:"matched"`
	// Score is the score ID reached, asserted or not.
	Score float64 `json:"score"`
	// Threshold is the score an element needs (frameworks need one name
	// that counts).
	Threshold float64 `json:"threshold"`
	// Reason sums the outcome up in one sentence.
	Reason string `json:"reason"`
	// Rules are the element's rules, from every lexicon.
	Rules []RuleTrace `json:"rules,omitempty"`
	// Names are the places a name of the framework was found.
	Names []NameTrace `json:"names,omitempty"`
}

// A RuleTrace is one element rule as it fared on the article.
type RuleTrace struct {
	// Lang is the language of the lexicon file the rule comes from.
	Lang   string  `json:"lang"`
	Query  string  `json:"query"`
	Weight float64 `json:"weight"`
	// Held lists the sentences where the rule held (Term is the query).
	Held []Evidence `json:"held,omitempty"`
	// Listed lists the sentences where the rule held but which counted
	// for nothing as lists: a few of a set marked
	// lexicon.ElementEntry.IgnorePartialLists named in passing, or an
	// enumeration of another framework's elements (see Mapper, "Lists").
	Listed []Evidence `json:"listed,omitempty"`
	// Found lists every occurrence of a phrase the rule names, held or
	// not (Term is the phrase), so a reader sees which half of an AND was
	// missing.
	Found []Evidence `json:"found,omitempty"`
	// Contribution is what the rule added to the score.
	Contribution float64 `json:"contribution"`
}

// A NameTrace is one place a framework name was found.
type NameTrace struct {
	Evidence Evidence `json:"evidence"`
	// Lang is the language of the lexicon file the name comes from.
	Lang string `json:"lang"`
	// Counted reports whether this place names the framework.
	Counted bool `json:"counted"`
	// Guard is the near-miss phrase that vetoed the name, if one did.
	Guard string `json:"guard,omitempty"`
	// QueryFailed reports that the framework's query did not hold in
	// the sentence (Query is that query).
	QueryFailed bool   `json:"queryFailed,omitempty"`
	Query       string `json:"query,omitempty"`
}
