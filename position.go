package digidip

import "fmt"

// Position is a place in an input: a file (or other source name), a 0-based
// byte offset, and a 1-based line and column (column in bytes). Any part may
// be unknown: an empty File, a zero Line, a negative Offset.
type Position struct {
	File   string `json:"file,omitempty"`
	Offset int    `json:"offset"`
	Line   int    `json:"line,omitempty"`
	Column int    `json:"column,omitempty"`
}

// IsValid reports whether the position has a line number.
func (p Position) IsValid() bool { return p.Line > 0 }

// String formats p as "file:line:column", "file:line", "file:#offset",
// "line:column" or "-" when nothing is known, in the manner of go/token.
func (p Position) String() string {
	s := p.File
	switch {
	case p.Line > 0 && p.Column > 0:
		s += fmt.Sprintf(":%d:%d", p.Line, p.Column)
	case p.Line > 0:
		s += fmt.Sprintf(":%d", p.Line)
	case p.Offset > 0:
		s += fmt.Sprintf(":#%d", p.Offset)
	}
	if len(s) > 0 && s[0] == ':' {
		s = s[1:]
	}
	if s == "" {
		return "-"
	}
	return s
}

// Span is a half-open byte range [Start, End) in a text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the length of the span in bytes.
func (s Span) Len() int { return s.End - s.Start }

// In returns the text the span covers, or "" when it does not fit text.
func (s Span) In(text string) string {
	if s.Start < 0 || s.End > len(text) || s.Start > s.End {
		return ""
	}
	return text[s.Start:s.End]
}
