// Package textnorm normalises Vietnamese, English and Indonesian text for
// matching, and remembers where every normalised byte came from.
//
// # What normalising does
//
// A [Normalizer] rewrites text in one pass over its bytes so that spellings a
// reader would call "the same" become byte-identical:
//
//   - Unicode NFC: decomposed input ("a" + U+0301) is composed ("á"). Only the
//     short spans that fail a quick check are handed to
//     golang.org/x/text/unicode/norm; precomposed text, which is nearly all
//     Vietnamese on the web, never is.
//   - One Vietnamese tone-mark placement. In the open syllables oa, oe and uy
//     (no final consonant) the mark sits on the first vowel in the
//     traditional spelling (hòa, khỏe, thủy) and on the second in the spelling
//     of the 1980s orthography reform (hoà, khoẻ, thuỷ); both are in use, often
//     in one article (seed 003 has "Toạ đàm" and "Tọa đàm"). The normaliser
//     writes the first: "hoà" becomes "hòa", "thuỷ" becomes "thủy". Syllables
//     with a final consonant or a third vowel (hoàn, thuyền, hoài, quỳnh) and
//     "qu" + y (quý, where u belongs to the consonant) are spelt alike in both
//     systems and left alone.
//   - Case folding (unless [KeepCase]): the simple lower-case mapping, which
//     for Latin letters, Vietnamese included, keeps each letter's UTF-8 length.
//   - Punctuation and spaces: curly and angle quotes become ASCII ' and ",
//     the Unicode dashes and the minus sign become '-', "…" becomes "...",
//     NBSP, tabs and the other Unicode spaces become ' ', runs of spaces
//     collapse to one, full-width ASCII becomes ASCII, and invisible
//     characters (zero-width space and joiners, BOM, soft hyphen) go.
//     Newlines are kept, so paragraphs stay apart.
//   - Optionally ([StripDiacritics]), a diacritic-insensitive form for
//     matching text typed without accents: every Latin letter loses its
//     marks, and đ/Đ, which Unicode does not decompose, become d.
//
// # Offsets
//
// Folding case keeps every byte where it was; offsets move only where a
// letter is composed from decomposed input, a tone mark moves (oà → òa is
// recorded even though it keeps the length, since the bytes inside the
// pair change places), a curly quote, dash, ellipsis or special space
// becomes ASCII, a space run collapses, an invisible character goes, or
// marks are stripped. An [OffsetMap] records just those places as a sorted
// list of edits — for plain precomposed prose it is empty or nearly so —
// and [OffsetMap.Original] turns any span of the normalised text into the
// exact byte span of the original that produced it, on rune boundaries.
//
// The normal form is for matching only: it is never shown to a reader
// (evidence quotes the original through the map), so it may respell a
// foreign name as a Vietnamese one ("Chloé" normalises like "chlóe").
//
// # Use
//
// Normalise lexicon phrases and article text with the same Normalizer, so
// that both sides of a match were produced by the same function:
//
//	n := textnorm.New()
//	phrase := n.String("Hoà bình")            // "hòa bình"
//	var m textnorm.OffsetMap
//	buf = n.Append(buf[:0], article.Body, &m) // reuse buf across articles
//	start, end := m.Original(i, j)            // back to article.Body offsets
//
// A Normalizer holds only its options, so one value may serve any number of
// goroutines; the output buffer and the OffsetMap belong to the caller.
package textnorm
