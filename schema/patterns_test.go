package schema

import (
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/digidip/digidip"
	"github.com/santhosh-tekuri/jsonschema/v5"
)

// compileDef compiles one definition of the common schema, so that tests can
// hold it against the Go rule it mirrors.
func compileDef(tb testing.TB, name string) *jsonschema.Schema {
	tb.Helper()
	c, _, err := newCompiler()
	if err != nil {
		tb.Fatal(err)
	}
	s, err := c.Compile(BaseURL + CommonFile + "#/$defs/" + name)
	if err != nil {
		tb.Fatalf("compile %s: %v", name, err)
	}
	return s
}

// idSamples are well-formed and malformed IDs at the edges of the rules of
// digidip.ParseID.
var idSamples = []string{
	"adm2025", "vn-mic", "a", "a-1", "a1-b2-c3", "adm2025/DO3", "adm2025/EA3.1", "bali/FA2", "vn-mofa/D1", "x/a.1.b",
	"", "-", "a-", "-a", "a--b", "1abc", "Adm", "adm_2025", "adm 2025", "adm2025/", "/DO3", "adm2025/3", "adm2025/DO3.",
	"adm2025/.DO3", "adm2025/DO..3", "adm2025/DO3/EA1", "adm2025/DO-3", "adm2025/Đ3", "ädm",
	strings.Repeat("a", 64), strings.Repeat("a", 65), "a/" + strings.Repeat("B", 64), "a/" + strings.Repeat("B", 65),
	strings.Repeat("a-", 32) + "a", "adm2025/DO3\n", "\nadm2025",
}

// TestIDPatternsMatchParseID checks that the ID definitions of the common
// schema accept exactly the strings digidip.ParseID accepts.
func TestIDPatternsMatchParseID(t *testing.T) {
	for _, s := range idSamples {
		checkIDAgreement(t, s)
	}
}

// FuzzIDPatterns looks for a string on which the schema's ID patterns and
// digidip.ParseID disagree.
func FuzzIDPatterns(f *testing.F) {
	for _, s := range idSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkIDAgreement(t, s) })
}

func checkIDAgreement(t *testing.T, s string) {
	t.Helper()
	id, err := digidip.ParseID(s)
	parsed := err == nil
	defs := []struct {
		name string
		want bool
	}{
		{"ID", parsed},
		{"FrameworkID", parsed && id.IsFramework()},
		{"ElementID", parsed && !id.IsFramework()},
	}
	for _, d := range defs {
		got := compiledDefs(t, d.name).Validate(s) == nil
		if got != d.want {
			t.Errorf("%s accepts %q: %v; digidip.ParseID says %v", d.name, s, got, d.want)
		}
	}
	if parsed && !id.IsFramework() {
		if got := compiledDefs(t, "Code").Validate(id.Code()) == nil; !got {
			t.Errorf("Code rejects %q, the code of the valid ID %q", id.Code(), s)
		}
	}
}

// idDefs compiles the ID definitions once per test binary, so that the fuzz
// loop does not recompile them for every input.
var idDefs = sync.OnceValues(func() (map[string]*jsonschema.Schema, error) {
	c, _, err := newCompiler()
	if err != nil {
		return nil, err
	}
	defs := map[string]*jsonschema.Schema{}
	for _, name := range []string{"ID", "FrameworkID", "ElementID", "Code"} {
		s, err := c.Compile(BaseURL + CommonFile + "#/$defs/" + name)
		if err != nil {
			return nil, err
		}
		defs[name] = s
	}
	return defs, nil
})

func compiledDefs(tb testing.TB, name string) *jsonschema.Schema {
	tb.Helper()
	defs, err := idDefs()
	if err != nil {
		tb.Fatal(err)
	}
	return defs[name]
}

func TestDatePattern(t *testing.T) {
	s := compileDef(t, "Date")
	tests := []struct {
		in   string
		want bool
	}{
		{"2021", true}, {"2021-11", true}, {"2021-11-16", true}, {"0001", true}, {"9999-12-31", true},
		{"2020-02-29", true},
		{"0000", false}, {"21", false}, {"20211", false}, {"2021-1", false}, {"2021-00", false}, {"2021-13", false},
		{"2021-11-00", false}, {"2021-11-32", false}, {"2021-11-16T00:00:00Z", false}, {"2021/11/16", false},
		{"+123", false}, {"", false}, {"2021-11-16-01", false},
	}
	for _, tt := range tests {
		got := s.Validate(tt.in) == nil
		if got != tt.want {
			t.Errorf("Date accepts %q: %v, want %v", tt.in, got, tt.want)
		}
		// Whatever the pattern accepts, digidip.ParseDate reads (the
		// pattern cannot know that February has no 30th; no sample here
		// asks it to).
		if got {
			if _, err := digidip.ParseDate(tt.in); err != nil {
				t.Errorf("Date accepts %q but digidip.ParseDate says %v", tt.in, err)
			}
		}
	}
}

// TestPublishedPattern holds the article schema's "published" pattern
// against the parsing corpus.Article does (RFC 3339 with Go's time
// package, else a plain date): whatever one accepts, the other must too,
// except for days a month lacks, which only the parser can see.
func TestPublishedPattern(t *testing.T) {
	c, _, err := newCompiler()
	if err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(Article.URL() + "#/properties/published")
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range []string{
		"2021-11-16", "2021-11-16T09:30:00+07:00", "2021-11-16T02:30:00Z", "2021-11-16T02:30:00.123456789Z",
		"2021-11-16T23:59:59-11:30", "0001-01-01T00:00:00Z",
		"2021-11-16t09:30:00z", "2021-11-16T24:00:00Z", "2021-11-16T09:30:60Z", "2021-11-16T09:30Z", "2021-11-16 09:30:00Z",
		"2021-11-16T09:30:00", "2021-11-16T09:30:00+0700", "2021-13-01", "2021-11-32", "16/11/2021", "2021-11", "",
		"2021-11-16T09:30:00.Z",
	} {
		schemaOK := s.Validate(in) == nil
		_, errRFC := time.Parse(time.RFC3339Nano, in)
		_, errDate := time.Parse(time.DateOnly, in)
		goOK := errRFC == nil || errDate == nil
		if schemaOK != goOK {
			t.Errorf("%q: schema accepts %v, corpus.Article's parsing accepts %v", in, schemaOK, goOK)
		}
	}
	// One known difference: Go's time package takes an offset of 24 hours,
	// which RFC 3339 (time-hour 00–23) and the schema do not.
	if s.Validate("2021-11-16T09:30:00+24:00") == nil {
		t.Errorf("the schema accepts the offset +24:00")
	}
}

func TestLanguageTagPattern(t *testing.T) {
	s := compileDef(t, "LanguageTag")
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"en", true}, {"vi", true}, {"und", true}, {"zh-Hant", true}, {"en-US", true}, {"sr-Latn-RS", true},
		{"", false}, {"e", false}, {"en_US", false}, {"en-", false}, {"vi VN", false}, {"Vietnamese language", false},
	} {
		if got := s.Validate(tt.in) == nil; got != tt.want {
			t.Errorf("LanguageTag accepts %q: %v, want %v", tt.in, got, tt.want)
		}
	}
}
