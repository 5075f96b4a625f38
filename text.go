package digidip

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"golang.org/x/text/language"
)

// Text is a short string given in one or more languages, keyed by BCP 47
// language tags. The zero value holds no language.
//
// Text is immutable: [Text.With] returns a new value, and no method hands out
// anything through which the receiver could be changed, so Text values can
// be shared freely between goroutines and catalogs.
//
// In JSON a Text is an object from tag to string: {"en":"…","vi":"…"}.
type Text struct {
	entries []textEntry // sorted by tag string; no duplicate tags
}

type textEntry struct {
	tag language.Tag
	s   string
}

// EnVi returns a Text with an English and a Vietnamese string; an empty string
// is left out.
func EnVi(en, vi string) Text {
	return Text{}.With(language.English, en).With(language.Vietnamese, vi)
}

// NewText returns a Text holding the given strings. An empty string is left out.
func NewText(m map[language.Tag]string) Text {
	var t Text
	for tag, s := range m {
		t = t.With(tag, s)
	}
	return t
}

// With returns a copy of t in which the string for tag is s. An empty s
// removes the tag.
func (t Text) With(tag language.Tag, s string) Text {
	key := tag.String()
	out := make([]textEntry, 0, len(t.entries)+1)
	inserted := false
	for _, e := range t.entries {
		k := e.tag.String()
		if k == key {
			continue
		}
		if !inserted && k > key {
			if s != "" {
				out = append(out, textEntry{tag, s})
			}
			inserted = true
		}
		out = append(out, e)
	}
	if !inserted && s != "" {
		out = append(out, textEntry{tag, s})
	}
	if len(out) == 0 {
		return Text{}
	}
	return Text{entries: out}
}

// Get returns the string for exactly tag, if there is one.
func (t Text) Get(tag language.Tag) (string, bool) {
	key := tag.String()
	for _, e := range t.entries {
		if e.tag.String() == key {
			return e.s, true
		}
	}
	return "", false
}

// En returns the English string, or "".
func (t Text) En() string { s, _ := t.Get(language.English); return s }

// Vi returns the Vietnamese string, or "".
func (t Text) Vi() string { s, _ := t.Get(language.Vietnamese); return s }

// Tags returns the languages t holds, in a stable order.
func (t Text) Tags() []language.Tag {
	tags := make([]language.Tag, len(t.entries))
	for i, e := range t.entries {
		tags[i] = e.tag
	}
	return tags
}

// Len returns the number of languages t holds.
func (t Text) Len() int { return len(t.entries) }

// IsZero reports whether t holds no language.
func (t Text) IsZero() bool { return len(t.entries) == 0 }

// In returns the string that best fits the preferred languages, in order of
// preference, as decided by a [language.Matcher]: t.In(language.Vietnamese,
// language.English) means "Vietnamese, else English". When no preference
// matches at all, In falls back to English, then to Vietnamese, then to the
// first language t holds. It returns "" only for an empty Text.
func (t Text) In(prefs ...language.Tag) string {
	s, _ := t.Lookup(prefs...)
	return s
}

// Lookup is like [Text.In] and also returns the tag of the string chosen.
func (t Text) Lookup(prefs ...language.Tag) (string, language.Tag) {
	if len(t.entries) == 0 {
		return "", language.Und
	}
	if len(prefs) > 0 {
		m := language.NewMatcher(t.Tags())
		_, i, conf := m.Match(prefs...)
		if conf != language.No {
			return t.entries[i].s, t.entries[i].tag
		}
	}
	for _, tag := range []language.Tag{language.English, language.Vietnamese} {
		if s, ok := t.Get(tag); ok {
			return s, tag
		}
	}
	return t.entries[0].s, t.entries[0].tag
}

// String returns the English string, else the fallback of [Text.In].
func (t Text) String() string { return t.In(language.English) }

// Equal reports whether t and u hold the same strings for the same tags.
func (t Text) Equal(u Text) bool {
	return slices.EqualFunc(t.entries, u.entries, func(a, b textEntry) bool {
		return a.s == b.s && a.tag.String() == b.tag.String()
	})
}

// MarshalJSON encodes t as an object from BCP 47 tag to string, keys sorted.
func (t Text) MarshalJSON() ([]byte, error) {
	var b strings.Builder
	b.WriteByte('{')
	for i, e := range t.entries {
		if i > 0 {
			b.WriteByte(',')
		}
		k, _ := marshalString(e.tag.String())
		v, err := marshalString(e.s)
		if err != nil {
			return nil, err
		}
		b.Write(k)
		b.WriteByte(':')
		b.Write(v)
	}
	b.WriteByte('}')
	return []byte(b.String()), nil
}

// marshalString encodes s as a JSON string without HTML escaping, so that
// "Bộ TT&TT" stays readable; an encoder that wants escaping still applies it.
func marshalString(s string) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// UnmarshalJSON decodes an object from BCP 47 tag to string. A key that is
// not a well-formed tag is an error.
func (t *Text) UnmarshalJSON(data []byte) error {
	var m map[string]string
	if err := json.Unmarshal(data, &m); err != nil {
		return fmt.Errorf("digidip: text: %w", err)
	}
	var out Text
	for k, v := range m {
		tag, err := language.Parse(k)
		if err != nil {
			return fmt.Errorf("digidip: text: language tag %q: %w", k, err)
		}
		out = out.With(tag, v)
	}
	*t = out
	return nil
}
