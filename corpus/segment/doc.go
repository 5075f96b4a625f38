// Package segment splits article text into paragraphs and sentences, as
// byte spans over the original text.
//
// The rules suit Vietnamese, English and Indonesian news prose:
//
//   - A newline always ends a paragraph and a sentence; scraped articles put
//     one paragraph per line, and headings, captions and list items stand on
//     lines of their own. Blank lines only separate.
//   - Within a line, a sentence ends after '.', '!', '?' or '…' (or a run of
//     them, such as "?!" or the "./." that closes Vietnamese news copy),
//     together with any closing quotes and brackets that follow, when
//     whitespace and then an upper-case letter, a digit or an opening quote
//     or bracket come next. A full stop inside a number (4.300, 3.5), a
//     date (16/11, 9 - 10/2/2023) or a time (12:09) is never followed by
//     whitespace, so it never ends a sentence.
//   - A full stop does not end a sentence after a known abbreviation (TS.,
//     ThS., PGS., GS., TP., Mr., Dr., U.S., e.g., …; see [IsAbbreviation]),
//     after a single letter (an initial, as in "Nguyễn V. A."), or after the
//     number or letter that opens a list item ("1. ", "II. ", "a. ").
//
// Spans are trimmed of surrounding whitespace and never empty. The Append
// functions write into a caller's slice and allocate nothing else, so a
// reused slice makes segmentation allocation-free.
package segment
