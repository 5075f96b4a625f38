// Package automaton finds many literal phrases at once in normalised
// (NFC, lowercased) UTF-8 text. The article mapper compiles its lexicon into
// one [Automaton] and runs every article through it once.
//
// # Why digidip has its own matcher
//
// The team measured the Go Aho-Corasick libraries on this project's machine
// and a 2,000-phrase lexicon before writing this package (research note
// perf-anchors.md, section 1, in the team's shared notes). None fitted:
//
//   - github.com/petar-dambovaliev/aho-corasick, asked for leftmost-longest
//     matches of {"bcd", "abcde"} in "xabcdex", also returns the inner "bcd",
//     which overlaps "abcde"; a fix was proposed upstream and never merged.
//     Its tracker notes that whole-word filtering runs after matching, and it
//     allocates twice per match, which left its DFA at well under half the
//     speed of the allocation-free libraries on the same text.
//   - github.com/coregx/ahocorasick v0.2.1 reports the match that ends first
//     whatever match kind is asked for: "kinh tế" rather than "kinh tế số",
//     "bcd" rather than "abcde". Counting with it is quadratic, and its
//     start-byte prefilter fell to a few MB/s when one pattern's first byte
//     was absent from the text.
//   - github.com/cloudflare/ahocorasick returns only the set of pattern
//     indexes that occur, with no positions, so it cannot give evidence
//     offsets or sentence-level rules.
//
// The design follows the one the note recommends, after Rust's aho-corasick
// crate and coregx: a small dense DFA checked against a brute-force oracle by
// table tests and a fuzz target (FuzzAutomaton).
//
// # What counts as a match
//
// Patterns and text are compared byte for byte; normalise both with the same
// function. A [Match] is a half-open byte range [Start, End) of the text.
//
// [Automaton.AppendMatches] reports leftmost-longest, non-overlapping matches:
// scanning left to right, it takes the match that starts first and, among
// those, the longest, then carries on from its end. For {"kinh tế",
// "kinh tế số"} on "kinh tế số" that is the whole "kinh tế số"; for {"bcd",
// "abcde"} on "xabcdex" it is "abcde" alone.
//
// [Automaton.AppendOverlapping] reports every match, ordered by End, then by
// Start, so a phrase and the phrases nested in it are all seen.
//
// With the [WholeWords] option a match counts only if the rune before it and
// the rune after it are not letters, numbers or combining marks. Runes are
// decoded, not bytes, because Vietnamese letters take two or three bytes:
// "số" does not match in "sống" or "sốt", nor "asean" in "aseanapol". The
// test filters candidate matches before the leftmost-longest choice is made,
// so a long match rejected at a word boundary never hides a valid shorter
// one, and the reverse.
//
// Duplicate patterns are collapsed: a match names the lowest index with its
// text and [Automaton.SameText] lists the others. Empty patterns and patterns
// that are not valid UTF-8 are refused with a [*PatternError].
//
// # How it runs
//
// Each state of the DFA is a row of uint32, one column per byte class (bytes
// that no pattern uses share one class). State IDs are row offsets, so a
// step is trans[state+class[b]], one dependent load per byte. States that
// end at least one pattern are numbered after all the others, so the hot
// loop detects a match with a single comparison and does nothing else on
// bytes that end no pattern. Each such state's patterns (length and index,
// longest first) sit in a small list apart from the table, which a match
// reads without touching another line of the large rows.
//
// Every search first collects the accepted matches of all patterns, then,
// for leftmost-longest, keeps the selection in place; choosing among accepted
// matches only is what makes the whole-word test and leftmost-longest
// compose. A step of the DFA waits on the load of the step before, so texts
// of 2 KB or more are walked four parts at a time in one loop; every walk
// but the first starts from the root one pattern-length early, which puts
// it in the exact state by the time its part begins. The cost is linear in
// the text plus the number of matches.
//
// Matching allocates only to grow the caller's dst slice; reuse it per worker.
// An Automaton is immutable and safe for concurrent use.
//
// The note puts the best Go library at about 260 MB/s on this machine for a
// 2,000-phrase lexicon and a DFA step as the limit (the dependent load), with
// the whole mapper budget at 10 ns per byte; the package benchmarks report
// this implementation's figures side by side with a regexp alternation and a
// strings.Index loop.
package automaton
