package digidip

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// A Citation says where a fact comes from: a document or article, with a
// locator (page, paragraph, section) where one exists.
type Citation struct {
	// Title is the title of the document or article.
	Title string `json:"title,omitempty"`
	// URL is where the document can be read, if it is online.
	URL string `json:"url,omitempty"`
	// Publisher is the issuing body or news outlet.
	Publisher string `json:"publisher,omitempty"`
	// Locator points inside the document: "p. 137", "§2.3", "paragraph 4".
	Locator string `json:"locator,omitempty"`
	// Published is the document's date, as far as it is known.
	Published Date `json:"published,omitzero"`
	// Note qualifies the citation, e.g. "paraphrase; wording differs".
	Note string `json:"note,omitempty"`
}

// ErrInvalidDate is wrapped by [ParseDate] for a malformed or impossible date.
var ErrInvalidDate = errors.New("digidip: invalid date")

// Date is a calendar date that may be known only in part: a year, a year and
// a month, or a full date. The zero Date means "unknown". In JSON and text it
// is written "2006", "2006-01" or "2006-01-02".
type Date struct {
	Year  int        // 1 to 9999; 0 means unknown
	Month time.Month // 0 when only the year is known
	Day   int        // 0 when only the year and month are known
}

// ParseDate parses "YYYY", "YYYY-MM" or "YYYY-MM-DD". The error wraps
// [ErrInvalidDate].
func ParseDate(s string) (Date, error) {
	parts := strings.Split(s, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return Date{}, fmt.Errorf("%w %q: want YYYY, YYYY-MM or YYYY-MM-DD", ErrInvalidDate, s)
	}
	var n [3]int
	for i, p := range parts {
		if i > 0 && len(p) != 2 {
			return Date{}, fmt.Errorf("%w %q: want YYYY, YYYY-MM or YYYY-MM-DD", ErrInvalidDate, s)
		}
		v, err := strconv.Atoi(p)
		if err != nil || v < 0 {
			return Date{}, fmt.Errorf("%w %q: want YYYY, YYYY-MM or YYYY-MM-DD", ErrInvalidDate, s)
		}
		n[i] = v
	}
	d := Date{Year: n[0], Month: time.Month(n[1]), Day: n[2]}
	if err := d.Validate(); err != nil {
		return Date{}, err
	}
	return d, nil
}

// MustParseDate is like [ParseDate] but panics on error; for literals.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// DateOf returns the full date of t.
func DateOf(t time.Time) Date { return Date{Year: t.Year(), Month: t.Month(), Day: t.Day()} }

// IsZero reports whether d is unknown.
func (d Date) IsZero() bool { return d == Date{} }

// Before reports whether d is certainly earlier than e, comparing only the
// parts both dates know: 2025-01 is before 2025-02-18, but 2025-02 is not
// before 2025-02-18, nor is 2025 before 2025-03, since either could be the
// same day. It is false when either date is unknown (zero), so a missing
// date never makes a range look out of order.
func (d Date) Before(e Date) bool {
	if d.IsZero() || e.IsZero() {
		return false
	}
	if d.Year != e.Year {
		return d.Year < e.Year
	}
	if d.Month == 0 || e.Month == 0 || d.Month != e.Month {
		return d.Month != 0 && e.Month != 0 && d.Month < e.Month
	}
	return d.Day != 0 && e.Day != 0 && d.Day < e.Day
}

// Validate reports whether d is a real date at its precision. The zero Date
// is valid (unknown).
func (d Date) Validate() error {
	switch {
	case d.IsZero():
		return nil
	case d.Year < 1 || d.Year > 9999:
		return fmt.Errorf("%w: year %d out of range", ErrInvalidDate, d.Year)
	case d.Month < 0 || d.Month > 12:
		return fmt.Errorf("%w: month %d out of range", ErrInvalidDate, d.Month)
	case d.Month == 0 && d.Day != 0:
		return fmt.Errorf("%w: day %d given without a month", ErrInvalidDate, d.Day)
	case d.Day < 0:
		return fmt.Errorf("%w: day %d out of range", ErrInvalidDate, d.Day)
	case d.Day > 0:
		last := time.Date(d.Year, d.Month+1, 0, 0, 0, 0, 0, time.UTC).Day()
		if d.Day > last {
			return fmt.Errorf("%w: %s %d has %d days, not %d", ErrInvalidDate, d.Month, d.Year, last, d.Day)
		}
	}
	return nil
}

// String formats d as "YYYY", "YYYY-MM" or "YYYY-MM-DD", or "" when unknown.
func (d Date) String() string {
	switch {
	case d.IsZero():
		return ""
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, int(d.Month))
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// MarshalText implements [encoding.TextMarshaler].
func (d Date) MarshalText() ([]byte, error) {
	if err := d.Validate(); err != nil {
		return nil, err
	}
	return []byte(d.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]; "" is the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
