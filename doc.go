// Package digidip models the frameworks of ASEAN and Vietnamese digital policy
// and digital diplomacy — the ASEAN Digital Masterplan 2025, the Boracay
// Digital Declaration, the Bali Message of ICDD 2021, and the Vietnamese
// ministries' digital-diplomacy tasks — and maps news articles onto them.
//
// This root package holds only the vocabulary every other package shares:
//
//   - [ID]: a framework ID ("adm2025") or an element ID ("adm2025/DO3"),
//     stable once released.
//   - [Text]: a string in several languages, keyed by BCP 47 tags, with a
//     fallback lookup ([Text.In]) built on golang.org/x/text/language.
//   - [Citation] and [Date]: where a fact comes from and when, with
//     partial dates ("2022-01") for facts the sources give only in part.
//   - [Framework], [Element] and [Relation]: the generic view that every
//     typed framework yields, and the cross-walk between frameworks.
//   - [Catalog]: an immutable, indexed set of frameworks and relations,
//     with lookup by ID, children, relations in both directions and
//     [Catalog.Validate].
//   - [Position] and [Span]: where in an input a problem or a piece of
//     evidence is.
//
// # Getting started
//
// Most users start from the full catalog and the article mapper:
//
//	cat := catalog.Default()                  // github.com/digidip/digidip/catalog
//	el, _ := cat.Element("adm2025/DO2")
//	fmt.Println(el.Title.In(language.Vietnamese))
//
//	m, _ := corpus.NewMapper()                // github.com/digidip/digidip/corpus
//	res, _ := m.Map(ctx, article)
//
// The typed models live in [github.com/digidip/digidip/asean] and
// [github.com/digidip/digidip/diplomacy]; the JSON Schemas for every document
// digidip reads or writes in [github.com/digidip/digidip/schema].
//
// # Immutability
//
// A [Catalog] copies what it is built from and hands out copies, so a caller
// that edits a returned [Framework] or [Element] cannot change the catalog
// that other goroutines read. [Text] values are immutable.
package digidip
