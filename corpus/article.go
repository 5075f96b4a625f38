package corpus

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/bits"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/digidip/digidip"
	"github.com/digidip/digidip/corpus/internal/swar"

	"golang.org/x/text/language"
)

// An Article is one news text as the mapper sees it: a headline, a body and
// what is known about where it came from. Title and Body are kept exactly as
// read (never trimmed, re-encoded or cleaned in place), so that every byte
// offset the package reports — a removed related-news list, a sentence, a
// piece of mapper evidence — points into these strings.
//
// In JSON an article is
//
//	{"id","title","body","lang","url","published","source","byline"}
//
// with only "body" required; see [Article.UnmarshalJSON].
type Article struct {
	// ID names the article. Readers keep an ID the input gives unchanged
	// and otherwise derive one from the content with [ContentID]; the
	// embedded seeds use their file's base name ("000_7b3bbabc5c28dc7d").
	ID string
	// Title is the headline, possibly empty.
	Title string
	// Body is the article text, paragraphs separated by newlines.
	Body string
	// Lang is the language of Title and Body. Readers fill it from the
	// input, from [WithLanguage], or else with [DetectLanguage]; it is
	// language.Und when none of these knows.
	Lang language.Tag
	// URL is where the article was published, if known.
	URL string
	// Published is the publication time; the zero Time when unknown. A
	// plain date is midnight UTC of that day.
	Published time.Time
	// Source names the outlet, e.g. "Báo Quốc tế" or "VietnamPlus".
	Source string
	// Byline names the author or authors as printed.
	Byline string
	// Repairs lists the invalid UTF-8 sequences a reader replaced with
	// U+FFFD under [ReplaceInvalidUTF8]; it is empty otherwise and is not
	// part of the article's JSON form.
	Repairs []Repair
}

// Repair records one run of invalid UTF-8 bytes that a reader replaced with
// a single U+FFFD (the Unicode replacement character) under
// [ReplaceInvalidUTF8].
type Repair struct {
	// Pos is where the bad bytes started in the input.
	Pos digidip.Position
	// Bytes are the bytes that were replaced.
	Bytes []byte
}

// Field names one of the two text fields of an [Article] that offsets refer
// to. Its values are the JSON names used in mapper evidence.
type Field string

// The text fields of an Article.
const (
	FieldTitle Field = "title"
	FieldBody  Field = "body"
)

// Text returns the article text the field names, or "" for an unknown field.
func (a Article) Text(f Field) string {
	switch f {
	case FieldTitle:
		return a.Title
	case FieldBody:
		return a.Body
	}
	return ""
}

// blank reports whether the article has no text to map: title and body are
// both empty or white space. Readers and the Mapper refuse such an article
// with ErrEmpty.
func (a Article) blank() bool {
	return strings.TrimSpace(a.Title) == "" && strings.TrimSpace(a.Body) == ""
}

// ContentID derives a stable article ID from a title and a body: the first
// 16 hex digits (64 bits) of the SHA-256 of the title, a newline, and the
// body, exactly as given. The same text always gets the same ID, on any
// machine; a one-byte change gives a different one. 64 bits keep collisions
// out of reach for any collection this library will meet (about 1 in 10⁸
// for a million articles) while staying short enough to read in a table.
func ContentID(title, body string) string {
	h := sha256.New()
	// The text goes through a fixed buffer: h.Write([]byte(body)) would
	// copy the whole body, up to megabytes, for every ID.
	var buf [512]byte
	write := func(s string) {
		for s != "" {
			n := copy(buf[:], s)
			h.Write(buf[:n])
			s = s[n:]
		}
	}
	write(title)
	write("\n")
	write(body)
	var sum [sha256.Size]byte
	return hex.EncodeToString(h.Sum(sum[:0])[:8])
}

// articleJSON is the wire shape of an Article. Pointers tell a missing
// "body" from an empty one.
type articleJSON struct {
	ID        string  `json:"id,omitempty"`
	Title     string  `json:"title,omitempty"`
	Body      *string `json:"body"`
	Lang      string  `json:"lang,omitempty"`
	URL       string  `json:"url,omitempty"`
	Published string  `json:"published,omitempty"`
	Source    string  `json:"source,omitempty"`
	Byline    string  `json:"byline,omitempty"`
}

// articleFields lists the JSON members an article may have, in order.
var articleFields = [...]string{"id", "title", "body", "lang", "url", "published", "source", "byline"}

// MarshalJSON writes the article in its JSON shape. Empty optional members
// are left out; "body" is always written; "published" is a plain date
// ("2021-11-16") when the time is midnight UTC and RFC 3339 otherwise, so a
// value read from JSON is written back as it was given.
func (a Article) MarshalJSON() ([]byte, error) {
	body := a.Body
	w := articleJSON{
		ID: a.ID, Title: a.Title, Body: &body, URL: a.URL,
		Source: a.Source, Byline: a.Byline,
	}
	if a.Lang != language.Und {
		w.Lang = a.Lang.String()
	}
	if !a.Published.IsZero() {
		w.Published = formatPublished(a.Published)
	}
	return json.Marshal(w)
}

func formatPublished(t time.Time) string {
	if t.Location() == time.UTC && t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0 {
		return t.Format(time.DateOnly)
	}
	return t.Format(time.RFC3339Nano)
}

// ErrUnknownField is wrapped by the error of a JSON article that has a member
// outside the article shape. Unknown members are an error rather than
// ignored because a misspelt "titel" or "text" for "body" would otherwise
// silently lose the text the mapper should see.
var ErrUnknownField = errors.New("unknown field")

// ErrMissingBody is wrapped by the error of a JSON article without "body".
var ErrMissingBody = errors.New(`missing required field "body"`)

// A FieldError says which member of a JSON article is wrong, as a JSON
// pointer such as "/published", and why.
type FieldError struct {
	Pointer string
	Err     error
}

// Error returns the pointer and the cause, as "/published: …".
func (e *FieldError) Error() string { return fmt.Sprintf("%s: %v", e.Pointer, e.Err) }

// Unwrap returns the cause.
func (e *FieldError) Unwrap() error { return e.Err }

// UnmarshalJSON reads one article object. Only "body" is required. Members
// outside {"id","title","body","lang","url","published","source","byline"}
// are an error ([ErrUnknownField]); "lang" must be a well-formed BCP 47 tag;
// "published" is RFC 3339 ("2021-11-16T09:30:00+07:00") or a plain date
// ("2021-11-16", read as midnight UTC). Errors are [*FieldError]s naming the
// member. UnmarshalJSON neither derives a missing ID nor detects the
// language: the readers do that (see [ReadJSON]).
func (a *Article) UnmarshalJSON(data []byte) error {
	if fast, ok := fastArticle(data); ok {
		*a = fast
		return nil
	}
	return (*slowArticle)(a).UnmarshalJSON(data)
}

// slowArticle is an Article decoded by encoding/json alone, without trying
// fastArticle first: the readers decode into it when fastArticle has
// already failed on the same bytes, so the work is not done twice.
type slowArticle Article

// UnmarshalJSON is [Article.UnmarshalJSON] after fastArticle has failed.
func (a *slowArticle) UnmarshalJSON(data []byte) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var w articleJSON
	if err := dec.Decode(&w); err != nil {
		return jsonFieldError(err)
	}
	if dec.More() {
		return errors.New("unexpected data after the article object")
	}
	if w.Body == nil {
		return &FieldError{Pointer: "/body", Err: ErrMissingBody}
	}
	out := Article{ID: w.ID, Title: w.Title, Body: *w.Body, URL: w.URL, Source: w.Source, Byline: w.Byline}
	if w.Lang != "" {
		tag, err := language.Parse(w.Lang)
		if err != nil {
			return &FieldError{Pointer: "/lang", Err: fmt.Errorf("%q is not a BCP 47 language tag: %w", w.Lang, err)}
		}
		out.Lang = tag
	}
	if w.Published != "" {
		t, err := parsePublished(w.Published)
		if err != nil {
			return &FieldError{Pointer: "/published", Err: err}
		}
		out.Published = t
	}
	*a = slowArticle(out)
	return nil
}

// fastArticle decodes the usual form of a JSON article — one object whose
// members are all strings, each member of the article shape at most once —
// in a single pass, about ten times faster than encoding/json. ok is false
// for anything else, valid or not, invalid UTF-8 included (so an accepted
// record is valid UTF-8, and the readers need not check it again); the
// caller then decodes with encoding/json, which also words the errors.
func fastArticle(data []byte) (a Article, ok bool) {
	i := skipSpace(data, 0)
	if i >= len(data) || data[i] != '{' {
		return a, false
	}
	var seen uint8
	var lang, published string
	for i = skipSpace(data, i+1); ; {
		key, j, ok := fastString(data, i)
		if !ok {
			return a, false
		}
		if i = skipSpace(data, j); i >= len(data) || data[i] != ':' {
			return a, false
		}
		val, j, ok := fastString(data, skipSpace(data, i+1))
		if !ok {
			return a, false
		}
		var bit uint8
		switch key {
		case "id":
			bit, a.ID = 1, val
		case "title":
			bit, a.Title = 2, val
		case "body":
			bit, a.Body = 4, val
		case "lang":
			bit, lang = 8, val
		case "url":
			bit, a.URL = 16, val
		case "published":
			bit, published = 32, val
		case "source":
			bit, a.Source = 64, val
		case "byline":
			bit, a.Byline = 128, val
		default:
			return a, false
		}
		if seen&bit != 0 {
			return a, false
		}
		seen |= bit
		if i = skipSpace(data, j); i < len(data) && data[i] == ',' {
			i = skipSpace(data, i+1)
			continue
		}
		if i >= len(data) || data[i] != '}' || skipSpace(data, i+1) != len(data) {
			return a, false
		}
		break
	}
	if seen&4 == 0 {
		return a, false
	}
	if lang != "" {
		tag, err := language.Parse(lang)
		if err != nil {
			return a, false
		}
		a.Lang = tag
	}
	if published != "" {
		t, err := parsePublished(published)
		if err != nil {
			return a, false
		}
		a.Published = t
	}
	return a, true
}

func skipSpace(data []byte, i int) int {
	for i < len(data) && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r') {
		i++
	}
	return i
}

// fastString reads the JSON string starting at data[i], returning it, the
// offset after it, and whether it was well formed: closed, free of the
// control characters JSON forbids in strings, valid UTF-8, and with valid
// escapes. Being the UTF-8 check too, it spares the readers a pass of
// utf8.Valid over records that decode here.
func fastString(data []byte, i int) (string, int, bool) {
	if i >= len(data) || data[i] != '"' {
		return "", i, false
	}
	j, escaped, ok := scanString(data, i+1)
	if !ok {
		return "", j, false
	}
	if !escaped {
		return string(data[i+1 : j]), j + 1, true
	}
	s, ok := unescape(data[i+1 : j])
	return s, j + 1, ok
}

// scanString finds the closing quote of the JSON string whose contents
// start at data[i]. It returns the quote's offset, whether a backslash came
// before it, and false if the string is not closed or holds a control
// character or invalid UTF-8. Plain ASCII goes eight bytes at a time; each
// step jumps to the next byte that needs a look (a quote, a backslash, a
// control character or the first byte of a multibyte character).
func scanString(data []byte, i int) (int, bool, bool) {
	escaped := false
	for i < len(data) {
		if i+8 <= len(data) {
			w := binary.LittleEndian.Uint64(data[i:])
			stop := w&swar.Highs | swar.Below(w, 0x20) | swar.Match(w, '"') | swar.Match(w, '\\')
			if stop == 0 {
				i += 8
				continue
			}
			// The lowest flagged byte is a true stop; flags above it may
			// come from a borrow and are not trusted.
			i += bits.TrailingZeros64(stop) / 8
		}
		switch c := data[i]; {
		case c == '"':
			return i, escaped, true
		case c == '\\':
			escaped = true
			i += 2 // the escaped byte is checked by unescape
		case c < 0x20:
			return i, escaped, false
		case c < utf8.RuneSelf:
			i++
		case c >= 0xE1 && c <= 0xEC && i+2 < len(data) && data[i+1]&0xC0 == 0x80 && data[i+2]&0xC0 == 0x80:
			i += 3 // most of Vietnamese's letters with a tone mark
		case c >= 0xC2 && c <= 0xDF && i+1 < len(data) && data[i+1]&0xC0 == 0x80:
			i += 2 // à, đ, ơ, ư and the like
		default:
			n := validRuneLen(data[i:])
			if n == 0 {
				return i, escaped, false
			}
			i += n
		}
	}
	return i, escaped, false
}

// validRuneLen returns the length of the valid UTF-8 encoding of a
// non-ASCII rune at the start of p, or 0 when there is none. scanString
// checks the common two- and three-byte forms itself.
func validRuneLen(p []byte) int {
	if r, n := utf8.DecodeRune(p); r != utf8.RuneError || n > 1 {
		return n
	}
	return 0
}

// unescape decodes the body of a JSON string that contains escapes, as
// encoding/json does (a lone UTF-16 surrogate becomes U+FFFD).
func unescape(raw []byte) (string, bool) {
	// The decoded string is never longer than raw: a Builder grown to
	// len(raw) holds it without growing and hands it over without a copy.
	var b strings.Builder
	b.Grow(len(raw))
	for i := 0; i < len(raw); {
		k := bytes.IndexByte(raw[i:], '\\')
		if k < 0 {
			b.Write(raw[i:])
			break
		}
		b.Write(raw[i : i+k])
		i += k
		if i+1 >= len(raw) {
			return "", false
		}
		switch c := raw[i+1]; c {
		case '"', '\\', '/':
			b.WriteByte(c)
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u':
			r, ok := hex4(raw, i+2)
			if !ok {
				return "", false
			}
			i += 6
			if utf16.IsSurrogate(r) {
				if r2, ok := hex4(raw, i+2); ok && i+1 < len(raw) && raw[i] == '\\' && raw[i+1] == 'u' {
					if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
						b.WriteRune(dec)
						i += 6
						continue
					}
				}
				r = utf8.RuneError
			}
			b.WriteRune(r)
			continue
		default:
			return "", false
		}
		i += 2
	}
	return b.String(), true
}

// hex4 reads four hex digits at raw[i:].
func hex4(raw []byte, i int) (rune, bool) {
	if i+4 > len(raw) {
		return 0, false
	}
	var r rune
	for _, c := range raw[i : i+4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}

func parsePublished(s string) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("%q is neither an RFC 3339 date-time nor a date like 2021-11-16", s)
}

// jsonFieldError turns encoding/json's messages into FieldErrors where the
// member is known.
func jsonFieldError(err error) error {
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &typeErr) {
		ptr := "/" + strings.ReplaceAll(typeErr.Field, ".", "/")
		if typeErr.Field == "" {
			ptr = ""
		}
		return &FieldError{Pointer: ptr, Err: fmt.Errorf("want %s, got JSON %s", typeErr.Type, typeErr.Value)}
	}
	// encoding/json reports unknown members only as text:
	// `json: unknown field "x"`.
	const prefix = "json: unknown field "
	if msg := err.Error(); strings.HasPrefix(msg, prefix) {
		name := strings.Trim(msg[len(prefix):], `"`)
		return &FieldError{
			Pointer: "/" + escapePointer(name),
			Err:     fmt.Errorf("%w %q (an article has %s)", ErrUnknownField, name, strings.Join(articleFields[:], ", ")),
		}
	}
	return err
}

// escapePointer escapes a member name for a JSON pointer (RFC 6901).
func escapePointer(s string) string {
	return strings.NewReplacer("~", "~0", "/", "~1").Replace(s)
}

// validUTF8 returns the offset of the first invalid UTF-8 byte in s, or -1.
func validUTF8(s string) int {
	if utf8.ValidString(s) {
		return -1
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}
