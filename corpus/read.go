package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/digidip/digidip"
	"golang.org/x/text/language"
)

// Errors the readers wrap in an [*InputError]. Test for them with
// errors.Is.
var (
	// ErrInvalidUTF8: the input is not valid UTF-8. The InputError's
	// position is the first bad byte.
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	// ErrEmpty: the input holds no text (only white space, or a JSON
	// article whose title and body are both blank).
	ErrEmpty = errors.New("no article text")
	// ErrTooLarge: an article is larger than the limit set with
	// [MaxArticleSize].
	ErrTooLarge = errors.New("article too large")
	// ErrLineTooLong: a JSON Lines record is longer than the limit set with
	// [MaxLineSize]. The reader skips the line and goes on.
	ErrLineTooLong = errors.New("line too long")
)

// An InputError is a problem with one input, and where it is: the file (or
// the name the caller gave a reader), the line and column, and the byte
// offset from the start of the input when they are known. Err says what is
// wrong; it wraps one of the Err… values of this package, a [*FieldError]
// (for a JSON member), a *json.SyntaxError or the I/O error.
type InputError struct {
	Pos digidip.Position
	Err error
}

// Error returns the position and the cause, as
// "batch.jsonl:2:34 (byte 128): /published: …".
func (e *InputError) Error() string {
	if e.Pos.Offset >= 0 && e.Pos.Line > 0 {
		return fmt.Sprintf("%s (byte %d): %v", e.Pos, e.Pos.Offset, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Pos, e.Err)
}

// Unwrap returns the cause.
func (e *InputError) Unwrap() error { return e.Err }

// Default limits of the readers.
const (
	// DefaultMaxArticleSize bounds one article (a text file, a JSON
	// document): 8 MiB, some two hundred times a long news article.
	DefaultMaxArticleSize = 8 << 20
	// DefaultMaxLineSize bounds one JSON Lines record: 16 MiB, room for an
	// article at the size limit with its escapes.
	DefaultMaxLineSize = 16 << 20
)

// A ReadOption adjusts a reader.
type ReadOption func(*readConfig)

type readConfig struct {
	maxArticle int
	maxLine    int
	lang       language.Tag
	replace    bool
}

func newReadConfig(opts []ReadOption) readConfig {
	c := readConfig{maxArticle: DefaultMaxArticleSize, maxLine: DefaultMaxLineSize}
	for _, o := range opts {
		o(&c)
	}
	return c
}

// MaxArticleSize sets the largest article, in bytes, a reader accepts;
// larger ones are an [ErrTooLarge] error. n <= 0 means the default.
func MaxArticleSize(n int) ReadOption {
	return func(c *readConfig) {
		if n > 0 {
			c.maxArticle = n
		}
	}
}

// MaxLineSize sets the longest JSON Lines record, in bytes, without its
// newline; longer ones are an [ErrLineTooLong] error and are skipped.
// n <= 0 means the default.
func MaxLineSize(n int) ReadOption {
	return func(c *readConfig) {
		if n > 0 {
			c.maxLine = n
		}
	}
}

// WithLanguage sets the language of every article read, overriding both a
// "lang" member in the input and language detection. language.Und restores
// the default: the input's tag, else [DetectLanguage].
func WithLanguage(tag language.Tag) ReadOption {
	return func(c *readConfig) { c.lang = tag }
}

// ReplaceInvalidUTF8 makes the readers repair invalid UTF-8 instead of
// failing with [ErrInvalidUTF8]: each run of bad bytes becomes one U+FFFD,
// and the article's Repairs records where it was in the input and what it
// held, so nothing is changed silently. Offsets into the repaired Title and
// Body (such as mapper evidence) are offsets into the repaired text.
func ReplaceInvalidUTF8() ReadOption {
	return func(c *readConfig) { c.replace = true }
}

// utf8Check returns data unchanged when it is valid UTF-8. Otherwise it
// returns an ErrInvalidUTF8 InputError at the first bad byte or, under
// ReplaceInvalidUTF8, the repaired bytes and the repairs made.
func (c *readConfig) utf8Check(name string, data []byte, base, firstLine int) ([]byte, []Repair, error) {
	if utf8.Valid(data) {
		return data, nil, nil
	}
	if !c.replace {
		return nil, nil, checkUTF8(name, data, base, firstLine)
	}
	var out []byte
	var repairs []Repair
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r != utf8.RuneError || size > 1 {
			out = append(out, data[i:i+size]...)
			i += size
			continue
		}
		j := i + 1
		for j < len(data) {
			if r, size := utf8.DecodeRune(data[j:]); r != utf8.RuneError || size > 1 {
				break
			}
			j++
		}
		repairs = append(repairs, Repair{Pos: position(name, data, i, base, firstLine), Bytes: append([]byte(nil), data[i:j]...)})
		out = append(out, "\uFFFD"...)
		i = j
	}
	return out, repairs, nil
}

// finish fills what the input left open: the ID from the content, the
// language from the caller or from detection.
func (c *readConfig) finish(a *Article) {
	if a.ID == "" {
		a.ID = ContentID(a.Title, a.Body)
	}
	switch {
	case c.lang != language.Und:
		a.Lang = c.lang
	case a.Lang == language.Und:
		a.Lang = detectArticle(*a)
	}
}

// readAll reads r up to limit bytes, with an ErrTooLarge InputError beyond.
func readAll(name string, r io.Reader, limit int) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, int64(limit)+1))
	if err != nil {
		return nil, &InputError{Pos: digidip.Position{File: name, Offset: -1}, Err: err}
	}
	if len(data) > limit {
		return nil, &InputError{
			Pos: digidip.Position{File: name, Offset: limit},
			Err: fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit),
		}
	}
	return data, nil
}

// position locates offset in data, which starts at line firstLine and byte
// base of the input.
func position(name string, data []byte, offset, base, firstLine int) digidip.Position {
	offset = min(max(offset, 0), len(data))
	before := data[:offset]
	line := firstLine + bytes.Count(before, []byte{'\n'})
	col := offset - (bytes.LastIndexByte(before, '\n') + 1) + 1
	return digidip.Position{File: name, Offset: base + offset, Line: line, Column: col}
}

// checkUTF8 returns an ErrInvalidUTF8 InputError for the first bad byte,
// or nil when there is none. It runs only once utf8.Valid has failed, so
// the copy to a string is on the error path alone.
func checkUTF8(name string, data []byte, base, firstLine int) error {
	off := validUTF8(string(data))
	if off < 0 {
		return nil
	}
	return &InputError{
		Pos: position(name, data, off, base, firstLine),
		Err: fmt.Errorf("%w: byte 0x%02x", ErrInvalidUTF8, data[off]),
	}
}

// utf8BOM is skipped at the start of text and JSON input.
const utf8BOM = "\ufeff"

// ReadText reads one article in the plain-text format of the seed corpus:
// the first non-blank line is the title (without its surrounding white
// space), and everything after that line's newline, exactly as it is, is
// the body. A UTF-8 byte order mark at the start is skipped. The ID is
// [ContentID] of title and body; the language is set as described at
// [WithLanguage].
//
// Errors are [*InputError]s: [ErrTooLarge], [ErrInvalidUTF8] at the first
// bad byte, [ErrEmpty] for a blank input, or the reader's error.
func ReadText(name string, r io.Reader, opts ...ReadOption) (Article, error) {
	c := newReadConfig(opts)
	data, err := readAll(name, r, c.maxArticle)
	if err != nil {
		return Article{}, err
	}
	return c.parseText(name, data)
}

func (c *readConfig) parseText(name string, data []byte) (Article, error) {
	data, repairs, err := c.utf8Check(name, data, 0, 1)
	if err != nil {
		return Article{}, err
	}
	text := strings.TrimPrefix(string(data), utf8BOM)
	a, ok := splitTitle(text)
	if !ok {
		return Article{}, &InputError{Pos: digidip.Position{File: name, Offset: -1}, Err: ErrEmpty}
	}
	a.Repairs = repairs
	c.finish(&a)
	return a, nil
}

// splitTitle splits text into its first non-blank line (trimmed) and the
// rest after that line's newline. ok is false when text is blank.
func splitTitle(text string) (a Article, ok bool) {
	for rest := text; rest != ""; {
		line, after, found := strings.Cut(rest, "\n")
		if title := strings.TrimSpace(line); title != "" {
			a.Title = title
			if found {
				a.Body = after
			}
			return a, true
		}
		if !found {
			break
		}
		rest = after
	}
	return Article{}, false
}

// ReadJSON reads one article as a JSON object (see [Article.UnmarshalJSON]
// for the shape and its checks). An "id" given is kept unchanged; a missing
// one is derived with [ContentID]; the language is set as described at
// [WithLanguage]. Errors are [*InputError]s whose position is the byte,
// line and column of a syntax error or bad UTF-8, and whose error names the
// member ([*FieldError]) for a type or value problem. An article whose
// title and body are both blank is [ErrEmpty].
func ReadJSON(name string, r io.Reader, opts ...ReadOption) (Article, error) {
	c := newReadConfig(opts)
	data, err := readAll(name, r, c.maxArticle)
	if err != nil {
		return Article{}, err
	}
	data = bytes.TrimPrefix(data, []byte(utf8BOM))
	return c.parseJSON(name, data, 0, 1)
}

// parseJSON decodes one article from data, which starts at byte base and
// line firstLine of the input called name.
func (c *readConfig) parseJSON(name string, data []byte, base, firstLine int) (Article, error) {
	// fastArticle checks the UTF-8 of what it decodes; only records it
	// turns down take the separate check, and its repairs.
	var repairs []Repair
	var err error
	a, ok := fastArticle(data)
	if !ok {
		if data, repairs, err = c.utf8Check(name, data, base, firstLine); err != nil {
			return Article{}, err
		}
		if repairs != nil {
			a, ok = fastArticle(data)
		}
	}
	if !ok {
		// json.Unmarshal checks the syntax and words its errors as before;
		// slowArticle keeps it from running fastArticle a second time.
		err = json.Unmarshal(data, (*slowArticle)(&a))
	}
	if err != nil {
		// A syntax error has its offset; a problem with a member is
		// placed at the member's name, or else at the record's start.
		pos := digidip.Position{File: name, Offset: base, Line: firstLine}
		var syn *json.SyntaxError
		var fe *FieldError
		switch {
		case errors.As(err, &syn):
			// Offset counts the offending byte; point at it, except
			// when the input ended early.
			off := int(syn.Offset)
			if off > 0 && syn.Error() != "unexpected end of JSON input" {
				off--
			}
			pos = position(name, data, off, base, firstLine)
		case errors.As(err, &fe):
			if off := memberOffset(data, fe.Pointer); off >= 0 {
				pos = position(name, data, off, base, firstLine)
			}
		}
		return Article{}, &InputError{Pos: pos, Err: err}
	}
	if a.blank() {
		return Article{}, &InputError{Pos: digidip.Position{File: name, Offset: base, Line: firstLine}, Err: ErrEmpty}
	}
	if len(a.Title)+len(a.Body) > c.maxArticle {
		return Article{}, &InputError{
			Pos: digidip.Position{File: name, Offset: base, Line: firstLine},
			Err: fmt.Errorf("%w: title and body hold %d bytes, the limit is %d", ErrTooLarge, len(a.Title)+len(a.Body), c.maxArticle),
		}
	}
	a.Repairs = repairs
	c.finish(&a)
	return a, nil
}

// memberOffset returns the offset in data of the name of the top-level
// member the JSON pointer names ("/published"), or -1.
func memberOffset(data []byte, pointer string) int {
	name, ok := strings.CutPrefix(pointer, "/")
	if !ok || strings.Contains(name, "/") {
		return -1
	}
	name = strings.NewReplacer("~1", "/", "~0", "~").Replace(name)
	dec := json.NewDecoder(bytes.NewReader(data))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return -1
	}
	for dec.More() {
		off := int(dec.InputOffset())
		key, err := dec.Token()
		if err != nil {
			return -1
		}
		if key == name {
			// InputOffset stood after the previous value: skip the
			// separator and white space to the key's opening quote.
			for off < len(data) && data[off] != '"' {
				off++
			}
			return off
		}
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return -1
		}
	}
	return -1
}

// ReadJSONLines reads one JSON article per line (see [ReadJSON]); blank
// lines are skipped. A bad record yields an [*InputError] with the file,
// the line, and the byte offset from the start of the input, and reading
// goes on with the next line; a line longer than [MaxLineSize] is
// [ErrLineTooLong] and is skipped the same way. Only an error of r itself
// ends the sequence. Records are read one at a time, so memory stays
// bounded by the line limit whatever the input's size.
func ReadJSONLines(name string, r io.Reader, opts ...ReadOption) iter.Seq2[Article, error] {
	c := newReadConfig(opts)
	return func(yield func(Article, error) bool) {
		br := bufio.NewReaderSize(r, 64<<10)
		var line []byte
		offset, lineNo := 0, 0
		for {
			lineNo++
			start := offset
			line = line[:0]
			tooLong := false
			var err error
			for {
				var chunk []byte
				chunk, err = br.ReadSlice('\n')
				offset += len(chunk)
				if !tooLong {
					if len(line)+len(chunk) > c.maxLine+2 { // room for "\r\n"
						tooLong = true
						line = line[:0]
					} else {
						if len(line)+len(chunk) > cap(line) {
							// Double: append grows a long line by a quarter
							// at a time, five times its size in all.
							line = slices.Grow(line, max(len(chunk), cap(line)))
						}
						line = append(line, chunk...)
					}
				}
				if err != bufio.ErrBufferFull {
					break
				}
			}
			if err != nil && err != io.EOF {
				yield(Article{}, &InputError{Pos: digidip.Position{File: name, Offset: offset, Line: lineNo}, Err: err})
				return
			}
			n := offset - start // the record's length without its line ending
			if !tooLong {
				n = len(bytes.TrimSuffix(bytes.TrimSuffix(line, []byte("\n")), []byte("\r")))
				tooLong = n > c.maxLine
			} else if err == nil {
				n-- // the newline; a "\r" before it was not kept to look at
			}
			if tooLong {
				ie := &InputError{
					Pos: digidip.Position{File: name, Offset: start, Line: lineNo, Column: 1},
					Err: fmt.Errorf("%w: %d bytes, the limit is %d", ErrLineTooLong, n, c.maxLine),
				}
				if !yield(Article{}, ie) {
					return
				}
			} else if rec := bytes.TrimRight(line, "\r\n"); len(bytes.TrimSpace(rec)) > 0 {
				if lineNo == 1 {
					trimmed := bytes.TrimPrefix(rec, []byte(utf8BOM))
					start += len(rec) - len(trimmed)
					rec = trimmed
				}
				a, perr := c.parseJSON(name, rec, start, lineNo)
				if !yield(a, perr) {
					return
				}
			}
			if err == io.EOF {
				return
			}
		}
	}
}

// A Format is an input format the readers know.
type Format int

// The input formats.
const (
	// FormatText is the plain-text format of [ReadText].
	FormatText Format = iota + 1
	// FormatJSON is one JSON article, as [ReadJSON] reads.
	FormatJSON
	// FormatJSONLines is one JSON article per line, as [ReadJSONLines] reads.
	FormatJSONLines
)

// String returns the format's usual file extension without the dot.
func (f Format) String() string {
	switch f {
	case FormatText:
		return "txt"
	case FormatJSON:
		return "json"
	case FormatJSONLines:
		return "jsonl"
	}
	return fmt.Sprintf("Format(%d)", int(f))
}

// FormatOf tells the format from a file name's extension, case aside:
// .txt, .json, or .jsonl (also .ndjson). ok is false for any other name.
func FormatOf(name string) (f Format, ok bool) {
	switch strings.ToLower(path.Ext(name)) {
	case ".txt":
		return FormatText, true
	case ".json":
		return FormatJSON, true
	case ".jsonl", ".ndjson":
		return FormatJSONLines, true
	}
	return 0, false
}

// Read reads the articles of r in format f, naming r name in errors: one
// article (or one error) for text and JSON, a stream for JSON Lines. It is
// how a caller reads standard input or another stream whose format it
// knows.
func Read(name string, r io.Reader, f Format, opts ...ReadOption) iter.Seq2[Article, error] {
	return func(yield func(Article, error) bool) {
		switch f {
		case FormatText:
			yield(ReadText(name, r, opts...))
		case FormatJSON:
			yield(ReadJSON(name, r, opts...))
		case FormatJSONLines:
			for a, err := range ReadJSONLines(name, r, opts...) {
				if !yield(a, err) {
					return
				}
			}
		default:
			yield(Article{}, &InputError{Pos: digidip.Position{File: name, Offset: -1}, Err: fmt.Errorf("unknown input format %v", f)})
		}
	}
}

// isGoldFile reports whether name is a gold annotation file, which lives
// beside articles (corpus/seeds) but is not one.
func isGoldFile(name string) bool {
	return strings.HasSuffix(strings.ToLower(name), ".gold.json")
}

// ReadDir walks the tree at root in fsys in lexical order and reads every
// .txt, .json and .jsonl file by its extension (see [FormatOf]). Other
// files, and gold annotation files (*.gold.json), are skipped. A file that
// cannot be opened or read, or a bad article in it, yields an
// [*InputError] naming the file, and the walk goes on.
func ReadDir(fsys fs.FS, root string, opts ...ReadOption) iter.Seq2[Article, error] {
	return func(yield func(Article, error) bool) {
		stopped := false
		walkErr := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				if !yield(Article{}, &InputError{Pos: digidip.Position{File: p, Offset: -1}, Err: err}) {
					stopped = true
					return fs.SkipAll
				}
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			f, ok := FormatOf(p)
			if !ok || isGoldFile(p) {
				return nil
			}
			file, err := fsys.Open(p)
			if err != nil {
				if !yield(Article{}, &InputError{Pos: digidip.Position{File: p, Offset: -1}, Err: err}) {
					stopped = true
					return fs.SkipAll
				}
				return nil
			}
			defer file.Close()
			for a, err := range Read(p, file, f, opts...) {
				if !yield(a, err) {
					stopped = true
					return fs.SkipAll
				}
			}
			return nil
		})
		if walkErr != nil && !stopped {
			yield(Article{}, &InputError{Pos: digidip.Position{File: root, Offset: -1}, Err: walkErr})
		}
	}
}

// ReadFile reads the articles of the file at path (a path of the operating
// system) by its extension, or of every article file under it when it is a
// directory (see [ReadDir]; errors then name files as path/relative).
func ReadFile(name string, opts ...ReadOption) iter.Seq2[Article, error] {
	return func(yield func(Article, error) bool) {
		info, err := os.Stat(name)
		if err != nil {
			yield(Article{}, &InputError{Pos: digidip.Position{File: name, Offset: -1}, Err: err})
			return
		}
		if info.IsDir() {
			for a, err := range ReadDir(os.DirFS(name), ".", opts...) {
				var ie *InputError
				if errors.As(err, &ie) {
					ie.Pos.File = filepath.Join(name, filepath.FromSlash(ie.Pos.File))
				}
				if !yield(a, err) {
					return
				}
			}
			return
		}
		f, ok := FormatOf(name)
		if !ok {
			yield(Article{}, &InputError{
				Pos: digidip.Position{File: name, Offset: -1},
				Err: fmt.Errorf("unknown article file extension %q: want .txt, .json or .jsonl", filepath.Ext(name)),
			})
			return
		}
		file, err := os.Open(name)
		if err != nil {
			yield(Article{}, &InputError{Pos: digidip.Position{File: name, Offset: -1}, Err: err})
			return
		}
		defer file.Close()
		for a, err := range Read(name, file, f, opts...) {
			if !yield(a, err) {
				return
			}
		}
	}
}
