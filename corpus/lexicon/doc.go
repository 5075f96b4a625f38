// Package lexicon holds the mapper's lexicons: for each language, the
// phrases that name each framework and the rules that say when a sentence
// discusses one of its elements. Lexicons are data, embedded as JSON
// (data/vi.json, data/en.json, data/id.json), readable by an analyst, and replaceable or
// extendable from a file checked against the lexicon schema.
//
// # Files
//
// A lexicon file is one language:
//
//	{"lang":"vi","description":"…",
//	 "terms":{"broadband":["băng rộng","5g","cáp quang"]},
//	 "frameworks":[{"id":"boracay","names":["tuyên bố boracay","boracay"],
//	                "guards":["đảo boracay"],"query":"NEAR/8(boracay, tuyên bố)"}],
//	 "elements":[{"id":"adm2025/DO2","rules":[{"query":"@broadband","weight":1}]}]}
//
// "terms" are named groups of phrases; a query refers to a group as @name.
// A framework's "names" name it; a "guards" phrase that covers or overlaps
// a name match vetoes it (the island in "đảo Boracay", the "Bali Process");
// an optional "query" must also hold in the sentence of the name match (or,
// with "scope", in its paragraph or the article; "byElements" lets a name
// count when one of the framework's elements is asserted). An element's
// "rules" are queries with weights: a sentence where a rule holds adds its
// weight to the element's score; "ignorePartialLists" marks elements, such
// as a conference's panels, that a sentence naming a few of them in passing
// does not discuss (see [ElementEntry]).
//
// Use [Default] for the embedded files, [Read] to load a file (validated
// with the schema package, then checked with [File.Check]), and [Merge] to
// extend a default file with your own phrases and rules.
//
// # Queries
//
// A query is a small Boolean expression over phrases, evaluated within one
// sentence (see [Parse] for the grammar):
//
//	@broadband AND (nông thôn OR vùng sâu)
//	@cooperate AND @cyber_any AND NOT "cạnh tranh chiến lược"
//	NEAR/6(e-government, businesses OR firms)
//
// Queries compile ([Compile]) to a [Program]: postfix code over term IDs,
// run against a sentence's [Hits] (a bitset of the terms found there plus
// their word positions for NEAR) without allocating.
package lexicon
