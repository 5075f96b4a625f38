package corpus_test

import (
	"context"
	"errors"
	"math"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/digidip/digidip/corpus"
	"github.com/digidip/digidip/corpus/segment"
	"github.com/digidip/digidip/schema"
)

// fuzzMapper is built once per test binary: NewMapper compiles every
// lexicon, which is far slower than one fuzz iteration.
var fuzzMapper = sync.OnceValues(func() (*corpus.Mapper, error) { return corpus.NewMapper() })

// FuzzMapper maps arbitrary title and body text, and a seed passage with
// arbitrary bytes spliced into it, and checks what the mapper promises for
// any input: it does not panic; it either fails with a *MapError naming the
// problem (invalid UTF-8 at the exact first bad byte of the field it names,
// or an oversized article) or every piece of evidence is a span of the
// original field, on rune boundaries, inside the sentence it names, whose
// Text is exactly the original bytes; every score is finite and positive,
// every element clears the threshold, and the mapping passes the mapping
// schema.
func FuzzMapper(f *testing.F) {
	passages := fuzzPassages(f)
	for i, p := range passages {
		f.Add("", p, uint16(0), []byte(nil))
		f.Add(headlineOf(p), p, uint16(len(p)/2), []byte("\xff\xfe"))
		f.Add("", "", uint16(i), []byte("ASEAN Digital Masterplan 2025 và Thông điệp Bali"))
	}
	f.Add("Thông điệp Bali", "Hội nghị bàn về Thông điệp Bali.\n\nĐảo Bali rất đẹp.", uint16(7), []byte("\u0301\u0300"))
	f.Add("ADM 2025", "a\x00b\u200b\u00a0Bali Process\r\n“Tuyên bố Boracay”…", uint16(3), []byte("\xe1\xba"))
	f.Add("", strings.Repeat("Boracay ", 200), uint16(1), []byte("\n\n\n"))

	f.Add(" ", "\n\t", uint16(0), []byte(nil)) // a blank article is ErrEmpty
	f.Fuzz(func(t *testing.T, title, body string, at uint16, junk []byte) {
		m, err := fuzzMapper()
		if err != nil {
			t.Fatal(err)
		}
		// The fuzzer mutates title and body freely; the splice keeps
		// a realistic passage around junk, so that phrase matches, the
		// normaliser's offset map and sentence ends meet broken bytes.
		if len(junk) > 0 {
			p := passages[int(at)%len(passages)]
			i := int(at) % (len(p) + 1)
			body = p[:i] + string(junk) + p[i:] + body
		}
		a := corpus.Article{ID: "fuzz", Title: title, Body: body}
		got, err := m.Map(context.Background(), a)
		if err != nil {
			checkFuzzMapError(t, a, err)
			return
		}
		checkFuzzMapping(t, m, a, got)
	})
}

// checkFuzzMapError checks that a failed Map says exactly why.
func checkFuzzMapError(t *testing.T, a corpus.Article, err error) {
	t.Helper()
	var me *corpus.MapError
	if !errors.As(err, &me) {
		t.Fatalf("Map error %T (%v) is not a *corpus.MapError", err, err)
	}
	if me.Article != a.ID {
		t.Errorf("MapError.Article = %q, want %q", me.Article, a.ID)
	}
	switch {
	case errors.Is(err, corpus.ErrInvalidUTF8):
		text := a.Text(me.Field)
		if me.Field != corpus.FieldTitle && me.Field != corpus.FieldBody {
			t.Fatalf("ErrInvalidUTF8 names field %q", me.Field)
		}
		if me.Field == corpus.FieldBody && !utf8.ValidString(a.Title) {
			t.Errorf("ErrInvalidUTF8 names the body, but the title is already invalid")
		}
		if want := firstInvalidByte(text); me.Offset != want {
			t.Errorf("ErrInvalidUTF8 at %s byte %d, want %d (%v)", me.Field, me.Offset, want, err)
		}
	case errors.Is(err, corpus.ErrEmpty):
		if strings.TrimSpace(a.Title) != "" || strings.TrimSpace(a.Body) != "" {
			t.Errorf("ErrEmpty for an article with text: %q / %q", a.Title, a.Body)
		}
	case errors.Is(err, corpus.ErrTooLarge):
		if len(a.Title)+len(a.Body) <= corpus.DefaultMaxMapSize {
			t.Errorf("ErrTooLarge for %d bytes, the limit is %d", len(a.Title)+len(a.Body), corpus.DefaultMaxMapSize)
		}
	default:
		t.Fatalf("Map failed with an unexpected cause: %v", err)
	}
}

// firstInvalidByte returns the offset of the first byte of s that does not
// start a valid UTF-8 encoding, or -1.
func firstInvalidByte(s string) int {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				return i
			}
		}
	}
	return -1
}

// checkFuzzMapping checks every promise a successful Mapping makes about the
// article it was made from.
func checkFuzzMapping(t *testing.T, m *corpus.Mapper, a corpus.Article, got corpus.Mapping) {
	t.Helper()
	if got.Article.ID != a.ID {
		t.Errorf("Mapping.Article.ID = %q, want %q", got.Article.ID, a.ID)
	}
	sentences := map[corpus.Field][]sentenceSpan{}
	for _, f := range []corpus.Field{corpus.FieldTitle, corpus.FieldBody} {
		for _, s := range segment.Sentences(a.Text(f)) {
			sentences[f] = append(sentences[f], sentenceSpan{s.Start, s.End})
		}
	}
	check := func(kind, id string, score float64, ev []corpus.Evidence) {
		if math.IsNaN(score) || math.IsInf(score, 0) || score <= 0 {
			t.Errorf("%s %s: score %v is not a finite positive number", kind, id, score)
		}
		if len(ev) == 0 {
			t.Errorf("%s %s: asserted without evidence", kind, id)
		}
		for _, e := range ev {
			text := a.Text(e.Field)
			if e.Field != corpus.FieldTitle && e.Field != corpus.FieldBody {
				t.Fatalf("%s %s: evidence in unknown field %q", kind, id, e.Field)
			}
			if e.Start < 0 || e.Start > e.End || e.End > len(text) {
				t.Fatalf("%s %s: evidence [%d,%d) outside the %s (%d bytes)", kind, id, e.Start, e.End, e.Field, len(text))
			}
			if !atRuneBoundary(text, e.Start) || !atRuneBoundary(text, e.End) {
				t.Errorf("%s %s: evidence [%d,%d) of the %s splits a character", kind, id, e.Start, e.End, e.Field)
			}
			if text[e.Start:e.End] != e.Text {
				t.Errorf("%s %s: evidence Text %q, but the %s holds %q at [%d,%d)", kind, id, e.Text, e.Field, text[e.Start:e.End], e.Start, e.End)
			}
			sents := sentences[e.Field]
			if e.Sentence < 0 || e.Sentence >= len(sents) {
				t.Errorf("%s %s: evidence names sentence %d of %d in the %s", kind, id, e.Sentence, len(sents), e.Field)
				continue
			}
			if s := sents[e.Sentence]; e.Start < s.start || e.End > s.end {
				t.Errorf("%s %s: evidence [%d,%d) is not inside its sentence %d [%d,%d)", kind, id, e.Start, e.End, e.Sentence, s.start, s.end)
			}
			if e.Term == "" {
				t.Errorf("%s %s: evidence without the term that fired", kind, id)
			}
		}
	}
	for _, fw := range got.Frameworks {
		check("framework", string(fw.ID), fw.Score, fw.Evidence)
	}
	for _, el := range got.Elements {
		check("element", string(el.ID), el.Score, el.Evidence)
		if el.Score < m.Threshold() {
			t.Errorf("element %s asserted with score %v below the threshold %v", el.ID, el.Score, m.Threshold())
		}
	}
	if err := schema.ValidateValue(schema.Mapping, got); err != nil {
		t.Errorf("mapping fails its schema: %v", err)
	}
}

type sentenceSpan struct{ start, end int }

// atRuneBoundary reports whether i is 0, len(s) or the start of a rune
// encoding in s.
func atRuneBoundary(s string, i int) bool {
	return i == 0 || i == len(s) || utf8.RuneStart(s[i])
}

// fuzzPassages returns the seed corpus for FuzzMapper: the lead of every
// seed article and the text of every gold case, near-misses included.
func fuzzPassages(tb testing.TB) []string {
	tb.Helper()
	var out []string
	for _, a := range corpus.Seeds() {
		out = append(out, cutAtRune(a.Body, 1500))
	}
	for _, c := range corpus.SeedGold() {
		out = append(out, cutAtRune(c.Title+"\n"+c.Text, 800))
	}
	for _, c := range robustGold(tb) {
		out = append(out, c.Title+"\n"+c.Text)
	}
	return out
}

// cutAtRune cuts s to at most n bytes without splitting a character.
func cutAtRune(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func headlineOf(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}
