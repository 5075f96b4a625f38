package schema

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"unicode/utf8"
)

// MaxDepth is how deeply arrays and objects may nest in a document given to
// [Validate]. Real digidip documents nest fewer than ten levels; the limit
// keeps a hostile or broken input from costing deep recursion in the
// decoder and the validator. A deeper document is refused with a
// [*DepthError] before anything is decoded.
const MaxDepth = 256

// decode turns data into the generic JSON tree the validator works on,
// refusing invalid UTF-8, nesting beyond MaxDepth, malformed JSON and data
// after the value, each with the byte offset of the fault.
func decode(k Kind, source string, data []byte) (any, error) {
	if off := invalidUTF8(data); off >= 0 {
		return nil, newSyntaxError(k, source, data, off, "invalid UTF-8", nil)
	}
	if off, ok := checkDepth(data); !ok {
		line, col := lineCol(data, off)
		return nil, &DepthError{Kind: k, Source: source, Offset: off, Line: line, Column: col, Limit: MaxDepth}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		var se *json.SyntaxError
		switch {
		case errors.As(err, &se):
			// encoding/json reports the offset just past the offending byte.
			return nil, newSyntaxError(k, source, data, max(se.Offset-1, 0), se.Error(), err)
		case errors.Is(err, io.EOF):
			return nil, newSyntaxError(k, source, data, int64(len(data)), "empty document: no JSON value", err)
		case errors.Is(err, io.ErrUnexpectedEOF):
			return nil, newSyntaxError(k, source, data, int64(len(data)), "unexpected end of JSON input", err)
		}
		return nil, newSyntaxError(k, source, data, dec.InputOffset(), err.Error(), err)
	}
	// Anything but white space after the value is an error; find where it
	// starts without decoding it.
	rest := dec.InputOffset()
	for rest < int64(len(data)) && isSpace(data[rest]) {
		rest++
	}
	if rest < int64(len(data)) {
		return nil, newSyntaxError(k, source, data, rest, "data after the JSON value", nil)
	}
	return v, nil
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// invalidUTF8 returns the offset of the first byte of data that is not part
// of valid UTF-8, or -1.
func invalidUTF8(data []byte) int64 {
	if utf8.Valid(data) {
		return -1
	}
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return int64(i)
		}
		i += size
	}
	return -1
}

// checkDepth scans data for '[' and '{' outside strings and reports the
// offset of the first bracket that opens level MaxDepth+1. It does not
// check the syntax otherwise; the decoder does that afterwards.
func checkDepth(data []byte) (offset int64, ok bool) {
	depth := 0
	inString, escaped := false, false
	for i, c := range data {
		switch {
		case inString:
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
		case c == '"':
			inString = true
		case c == '[' || c == '{':
			depth++
			if depth > MaxDepth {
				return int64(i), false
			}
		case c == ']' || c == '}':
			depth--
		}
	}
	return 0, true
}

// lineCol returns the 1-based line and byte column of offset in data.
func lineCol(data []byte, offset int64) (line, col int) {
	off := int(min(max(offset, 0), int64(len(data))))
	line = 1 + bytes.Count(data[:off], []byte{'\n'})
	col = off - bytes.LastIndexByte(data[:off], '\n')
	return line, col
}
