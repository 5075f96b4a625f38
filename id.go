package digidip

import (
	"errors"
	"fmt"
	"strings"
)

// ErrInvalidID is the error wrapped by [ParseID] when a string is not a
// well-formed framework or element ID.
var ErrInvalidID = errors.New("digidip: invalid ID")

// An ID names a framework or one of its elements.
//
// A framework ID is lowercase letters, digits and inner hyphens ("adm2025",
// "vn-mic"). An element ID is "<framework>/<CODE>", where CODE is the code the
// source numbers the element with: a letter, then letters, digits and dots
// ("adm2025/DO3", "adm2025/EA3.1", "bali/FA2"). IDs are part of the public
// contract: once released they never change meaning.
type ID string

// ParseID checks that s is a well-formed framework or element ID and returns
// it as an [ID]. The error wraps [ErrInvalidID].
func ParseID(s string) (ID, error) {
	fw, code, isElem := strings.Cut(s, "/")
	if !validFrameworkPart(fw) {
		return "", fmt.Errorf("%w %q: framework part must be lowercase letters, digits and inner hyphens", ErrInvalidID, s)
	}
	if isElem && !validCode(code) {
		return "", fmt.Errorf("%w %q: code must start with a letter and hold only letters, digits and inner dots", ErrInvalidID, s)
	}
	return ID(s), nil
}

// MustParseID is like [ParseID] but panics on a malformed ID. It is meant for
// package-level values built from literals.
func MustParseID(s string) ID {
	id, err := ParseID(s)
	if err != nil {
		panic(err)
	}
	return id
}

// ElementID joins a framework ID and an element code.
func ElementID(framework ID, code string) ID {
	return ID(string(framework) + "/" + code)
}

// Valid reports whether id is well formed.
func (id ID) Valid() bool {
	_, err := ParseID(string(id))
	return err == nil
}

// Framework returns the framework part of id: id itself for a framework ID.
func (id ID) Framework() ID {
	fw, _, _ := strings.Cut(string(id), "/")
	return ID(fw)
}

// Code returns the element code of id, or "" for a framework ID.
func (id ID) Code() string {
	_, code, _ := strings.Cut(string(id), "/")
	return code
}

// IsFramework reports whether id names a framework rather than an element.
func (id ID) IsFramework() bool {
	return id != "" && !strings.Contains(string(id), "/")
}

// String returns id as a string.
func (id ID) String() string { return string(id) }

func validFrameworkPart(s string) bool {
	if s == "" || len(s) > 64 || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	if s[0] < 'a' || s[0] > 'z' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == '-' && s[i-1] != '-':
		default:
			return false
		}
	}
	return true
}

func validCode(s string) bool {
	if s == "" || len(s) > 64 || s[len(s)-1] == '.' {
		return false
	}
	if !isASCIILetter(s[0]) {
		return false
	}
	for i := 1; i < len(s); i++ {
		c := s[i]
		switch {
		case isASCIILetter(c), c >= '0' && c <= '9':
		case c == '.' && s[i-1] != '.':
		default:
			return false
		}
	}
	return true
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
