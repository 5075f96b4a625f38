// Package corpus reads news articles, separates them from the page around
// them, and maps them onto the digital-policy frameworks of the catalog.
//
// # Articles and readers
//
// An [Article] is a headline, a body and what is known of its origin. The
// readers take the seed corpus's plain-text format ([ReadText]: the first
// non-blank line is the title), one JSON object ([ReadJSON]), JSON Lines
// ([ReadJSONLines], streaming, one bad line never stops the rest), a
// directory tree ([ReadDir]) or a path ([ReadFile]). Every error is an
// [*InputError] that says where: file, line, column and byte offset.
// Articles without an ID get [ContentID]; articles without a language get
// [DetectLanguage], and [WithLanguage] overrides both.
//
// # Cleaning
//
// Scraped news carries related-headline lists, "follow us" lines, footers,
// photo captions, repeated headlines and sometimes injected spam. [Clean]
// finds them and reports each as a [Removal] — field, byte span, [Reason],
// the rule that fired and the text — without changing the article, so
// offsets into the original stay valid; [Cleaned.Kept] and
// [Cleaned.Removed] let later stages skip what was removed, and
// [Cleaned.Captions] keeps captions at hand.
//
// # Text
//
// The sub-package textnorm normalises text for matching (NFC, one
// Vietnamese tone-mark placement, case, quotes, dashes, spaces) with a map
// back to the original bytes; segment splits paragraphs and sentences as
// spans of the original.
//
// # Mapping
//
// A [Mapper], built once with [NewMapper], cleans, segments and normalises
// an article with the pieces above and reports the frameworks and elements
// it names or discusses, each with evidence as byte offsets into the
// original Title or Body.
//
// # Seeds
//
// [Seeds] returns the five embedded seed articles, and [SeedGold] their
// gold annotations (shared/ANNOTATION.md in the repository is the rubric).
package corpus
