package corpus_test

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/digidip/digidip"
	"github.com/digidip/digidip/catalog"
	"github.com/digidip/digidip/corpus"
	"github.com/digidip/digidip/corpus/lexicon"
	"github.com/digidip/digidip/corpus/segment"
	"github.com/digidip/digidip/schema"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// tunedDir is the gold split the lexicons were tuned on. The held-out
// split next to it is measured by the project lead only; no test here
// reads it.
const tunedDir = "testdata/gold/tuned"

func newMapper(t testing.TB, opts ...corpus.MapperOption) *corpus.Mapper {
	t.Helper()
	m, err := corpus.NewMapper(opts...)
	if err != nil {
		t.Fatalf("NewMapper: %v", err)
	}
	return m
}

func tunedGold(t testing.TB) []corpus.GoldCase {
	t.Helper()
	cases, err := corpus.ReadGoldDir(os.DirFS(tunedDir), ".")
	if err != nil {
		t.Fatalf("ReadGoldDir(%s): %v", tunedDir, err)
	}
	return cases
}

// goldDir reads the development set testdata/gold/<dir>.
func goldDir(t testing.TB, dir string) []corpus.GoldCase {
	t.Helper()
	cases, err := corpus.ReadGoldDir(os.DirFS("testdata/gold"), dir)
	if err != nil {
		t.Fatalf("ReadGoldDir(%s): %v", dir, err)
	}
	return cases
}

func goldArticle(c corpus.GoldCase) corpus.Article {
	return corpus.Article{ID: c.ID, Title: c.Title, Body: c.Text, Lang: c.Lang}
}

// testArticles are the seeds and the articles of the seed and tuned gold.
func testArticles(t testing.TB) []corpus.Article {
	arts := corpus.Seeds()
	for _, c := range append(corpus.SeedGold(), tunedGold(t)...) {
		arts = append(arts, goldArticle(c))
	}
	return arts
}

// Every piece of evidence must point at the original bytes it quotes, lie
// inside the sentence it names, and avoid the spans cleaning removed.
func TestMapEvidenceIsOriginalText(t *testing.T) {
	m := newMapper(t)
	for _, a := range testArticles(t) {
		t.Run(a.ID, func(t *testing.T) {
			mp, err := m.Map(context.Background(), a)
			if err != nil {
				t.Fatal(err)
			}
			cleaned := corpus.Clean(a)
			var all []corpus.Evidence
			for _, f := range mp.Frameworks {
				if len(f.Evidence) == 0 {
					t.Errorf("framework %s has no evidence", f.ID)
				}
				all = append(all, f.Evidence...)
			}
			for _, e := range mp.Elements {
				if len(e.Evidence) == 0 {
					t.Errorf("element %s has no evidence", e.ID)
				}
				all = append(all, e.Evidence...)
			}
			for _, e := range all {
				text := a.Text(e.Field)
				if e.Start < 0 || e.End > len(text) || e.Start > e.End {
					t.Fatalf("evidence %+v out of range of %s (%d bytes)", e, e.Field, len(text))
				}
				if got := text[e.Start:e.End]; got != e.Text {
					t.Errorf("%s[%d:%d] = %q, evidence text %q", e.Field, e.Start, e.End, got, e.Text)
				}
				sents := segment.Sentences(text)
				if e.Sentence >= len(sents) || e.Start < sents[e.Sentence].Start || e.End > sents[e.Sentence].End {
					t.Errorf("evidence %q is not inside sentence %d of %s", e.Text, e.Sentence, e.Field)
				}
				if e.Term == "" {
					t.Errorf("evidence %q names no term", e.Text)
				}
				if r, removed := cleaned.Removed(e.Field, digidip.Span{Start: e.Start, End: e.End}); removed && r.Reason != corpus.ReasonSpam {
					t.Errorf("evidence %q overlaps removed %s %q", e.Text, r.Reason, r.Text)
				}
			}
		})
	}
}

// The figures reached on the sets the lexicons were tuned on must not
// regress: the floors are what the embedded lexicons reach (every
// framework and element right on the seeds and the tuned split; the
// development sets at their own figures), and no near-miss of any of them
// may name a framework. A lexicon change that loses ground fails here and
// must be argued for.
func TestMapAccuracyFloors(t *testing.T) {
	m := newMapper(t)
	predict := func(c corpus.GoldCase) (corpus.Prediction, error) {
		mp, err := m.Map(context.Background(), goldArticle(c))
		return mp.Prediction(), err
	}
	for _, set := range []struct {
		name                 string
		cases                []corpus.GoldCase
		frameworks, elements float64
	}{
		{"seed", corpus.SeedGold(), 1, 1},
		{"tuned", tunedGold(t), 1, 1},
		// The development sets were tuned on too; their floors are the
		// figures reached (testdata/gold/README.md gives their first
		// readings), so a lexicon change that loses ground shows here.
		{"dev", goldDir(t, "dev"), 1, 1},
		{"dev2", goldDir(t, "dev2"), 1, 1},
		{"dev3", goldDir(t, "dev3"), 1, 0.8},
		{"dev4", goldDir(t, "dev4"), 1, 0.964},
		{"dev5", goldDir(t, "dev5"), 1, 0.977},
		{"dev6", goldDir(t, "dev6"), 1, 0.993},
		{"dev7", goldDir(t, "dev7"), 0.982, 0.923},
		{"dev8", goldDir(t, "dev8"), 0.973, 0.896},
		{"dev9", goldDir(t, "dev9"), 0.933, 0.930},
		{"dev10", goldDir(t, "dev10"), 1, 0.873},
		// dev11 is almost all near-misses: its 8 element labels make the
		// element figure a poor measure; its framework figure is the point.
		{"dev11", goldDir(t, "dev11"), 1, 0.105},
	} {
		t.Run(set.name, func(t *testing.T) {
			r, err := corpus.Evaluate(context.Background(), set.cases, predict)
			if err != nil {
				t.Fatal(err)
			}
			// Floors are the reached figures as printed, to three decimals.
			const rounding = 0.0005
			if r.Frameworks.F1 < set.frameworks-rounding {
				t.Errorf("framework micro-F1 %.3f < floor %.3f", r.Frameworks.F1, set.frameworks)
			}
			if r.NearMissFalseFrameworks != 0 {
				t.Errorf("%d framework false hits on %d near-misses, want none", r.NearMissFalseFrameworks, r.NearMissCases)
			}
			if r.Elements.F1 < set.elements-rounding {
				t.Errorf("element micro-F1 %.3f < floor %.3f", r.Elements.F1, set.elements)
			}
			if t.Failed() {
				var sb strings.Builder
				r.WriteText(&sb)
				t.Log(sb.String())
			}
		})
	}
}

// Near-miss texts (Boracay the island, the Bali Process, ADM 2030 …) must
// never produce a framework.
func TestMapNearMissesNameNoFramework(t *testing.T) {
	m := newMapper(t)
	n := 0
	for _, c := range tunedGold(t) {
		if !c.HasTag("near-miss") {
			continue
		}
		n++
		mp, err := m.Map(context.Background(), goldArticle(c))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range mp.Frameworks {
			if !contains(c.Frameworks, f.ID) && !contains(c.Maybe, f.ID) {
				t.Errorf("%s: false framework %s from %q", c.ID, f.ID, f.Evidence[0].Text)
			}
		}
	}
	if n == 0 {
		t.Fatal("no near-miss cases in the tuned set")
	}
}

func contains(ids []digidip.ID, id digidip.ID) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// Each Mapping marshals to JSON valid against the mapping schema.
func TestMappingJSONValidatesAgainstSchema(t *testing.T) {
	m := newMapper(t)
	for _, a := range append(corpus.Seeds(), corpus.Article{ID: "nothing", Body: "Một bài báo không nói gì về các khuôn khổ."}) {
		mp, err := m.Map(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		data, err := json.Marshal(mp)
		if err != nil {
			t.Fatal(err)
		}
		if err := schema.Validate(schema.Mapping, data); err != nil {
			t.Errorf("%s: %v\n%s", a.ID, err, data)
		}
	}
}

func TestMappingJSONShape(t *testing.T) {
	mp := corpus.Mapping{
		Article:    corpus.MappedArticle{ID: "a1", Title: "T", Lang: "vi"},
		Frameworks: []corpus.FrameworkMatch{{ID: "bali", Score: 1, Evidence: []corpus.Evidence{{Field: corpus.FieldBody, Start: 3, End: 18, Text: "Thông điệp Bali", Sentence: 0, Term: "thông điệp bali"}}}},
		Elements:   []corpus.ElementMatch{},
	}
	data, err := json.Marshal(mp)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"article":{"id":"a1","title":"T","lang":"vi"},"frameworks":[{"id":"bali","score":1,"evidence":[{"field":"body","start":3,"end":18,"text":"Thông điệp Bali","sentence":0,"term":"thông điệp bali"}]}],"elements":[]}`
	if diff := cmp.Diff(want, string(data)); diff != "" {
		t.Errorf("JSON mismatch (-want +got):\n%s", diff)
	}
}

// One Mapper serves many goroutines with the same results as one.
func TestMapConcurrent(t *testing.T) {
	m := newMapper(t)
	arts := testArticles(t)
	want := make([]corpus.Mapping, len(arts))
	for i, a := range arts {
		var err error
		if want[i], err = m.Map(context.Background(), a); err != nil {
			t.Fatal(err)
		}
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8*len(arts))
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := range arts {
				i := (k + g*7) % len(arts)
				got, err := m.Map(context.Background(), arts[i])
				if err != nil {
					errs <- err.Error()
					continue
				}
				if diff := cmp.Diff(want[i], got); diff != "" {
					errs <- arts[i].ID + ": " + diff
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func TestMapBadInput(t *testing.T) {
	m := newMapper(t, corpus.WithMaxArticleSize(1000))
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		name       string
		ctx        context.Context
		a          corpus.Article
		wantErr    error
		wantField  corpus.Field
		wantOffset int
	}{
		{"invalid UTF-8 in body", context.Background(), corpus.Article{ID: "x", Title: "ok", Body: "abc\xffdef"}, corpus.ErrInvalidUTF8, corpus.FieldBody, 3},
		{"invalid UTF-8 in title", context.Background(), corpus.Article{ID: "x", Title: "\xc3", Body: "ok"}, corpus.ErrInvalidUTF8, corpus.FieldTitle, 0},
		{"too large", context.Background(), corpus.Article{ID: "x", Body: strings.Repeat("a ", 600)}, corpus.ErrTooLarge, "", 0},
		{"cancelled", cancelled, corpus.Article{ID: "x", Body: "ok"}, context.Canceled, "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := m.Map(tt.ctx, tt.a)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Map: %v, want %v", err, tt.wantErr)
			}
			var me *corpus.MapError
			if !errors.As(err, &me) {
				t.Fatalf("Map error %T is not a *MapError", err)
			}
			if me.Article != "x" || me.Field != tt.wantField || me.Offset != tt.wantOffset {
				t.Errorf("MapError = %+v, want article x, field %q, offset %d", me, tt.wantField, tt.wantOffset)
			}
		})
	}
	if _, err := m.Map(context.Background(), corpus.Article{ID: "blank", Body: " \n "}); !errors.Is(err, corpus.ErrEmpty) {
		t.Errorf("blank article: err = %v, want ErrEmpty", err)
	}
	mp, err := m.Map(context.Background(), corpus.Article{ID: "plain", Body: "Trời hôm nay đẹp."})
	if err != nil {
		t.Fatal(err)
	}
	if mp.Frameworks == nil || mp.Elements == nil || len(mp.Frameworks)+len(mp.Elements) != 0 {
		t.Errorf("article with no match: %+v, want empty non-nil lists", mp)
	}
}

func TestMapOptions(t *testing.T) {
	seed000 := corpus.Seeds()[0]
	t.Run("frameworks subset", func(t *testing.T) {
		m := newMapper(t, corpus.WithFrameworks("bali"))
		mp, err := m.Map(context.Background(), seed000)
		if err != nil {
			t.Fatal(err)
		}
		if len(mp.Frameworks) != 1 || mp.Frameworks[0].ID != "bali" {
			t.Errorf("frameworks %+v, want bali alone", mp.Prediction().Frameworks)
		}
		for _, e := range mp.Elements {
			if e.ID.Framework() != "bali" {
				t.Errorf("element %s outside the subset", e.ID)
			}
		}
		if len(mp.Elements) != 5 {
			t.Errorf("elements %v, want the five Bali focus areas", mp.Prediction().Elements)
		}
	})
	t.Run("threshold", func(t *testing.T) {
		m := newMapper(t, corpus.WithThreshold(1000))
		mp, err := m.Map(context.Background(), seed000)
		if err != nil {
			t.Fatal(err)
		}
		if len(mp.Elements) != 0 || len(mp.Frameworks) == 0 {
			t.Errorf("threshold 1000: %d elements, %d frameworks; want none and some", len(mp.Elements), len(mp.Frameworks))
		}
	})
	t.Run("catalog accepts the embedded lexicons", func(t *testing.T) {
		newMapper(t, corpus.WithCatalog(catalog.Default()))
	})
	t.Run("catalog rejects an unknown element", func(t *testing.T) {
		bad := &lexicon.File{Lang: "en", Elements: []lexicon.ElementEntry{{ID: "adm2025/DO9", Rules: []lexicon.Rule{{Query: "x"}}}}}
		_, err := corpus.NewMapper(corpus.WithExtraLexicons(bad), corpus.WithCatalog(catalog.Default()))
		var le *corpus.LexiconError
		if !errors.As(err, &le) || le.Lang != "en" || !strings.Contains(le.Pointer, "/elements/") {
			t.Errorf("NewMapper = %v, want a *LexiconError at an element of the en lexicon", err)
		}
	})
	t.Run("bad query names its place", func(t *testing.T) {
		bad := &lexicon.File{Lang: "xx", Elements: []lexicon.ElementEntry{{ID: "bali/FA1", Rules: []lexicon.Rule{{Query: "a AND (b"}}}}}
		_, err := corpus.NewMapper(corpus.WithLexicons(bad))
		var qe *lexicon.QueryError
		if !errors.As(err, &qe) || qe.Pointer != "/elements/0/rules/0/query" || qe.Offset != 8 {
			t.Errorf("NewMapper = %v, want a QueryError at /elements/0/rules/0/query byte 8", err)
		}
	})
	t.Run("extra lexicon", func(t *testing.T) {
		ext := &lexicon.File{
			Lang:     "en",
			Terms:    map[string][]string{"cables": {"undersea cable", "undersea cables"}},
			Elements: []lexicon.ElementEntry{{ID: "adm2025/DO2", Rules: []lexicon.Rule{{Query: "@cables AND repair"}}}},
		}
		a := corpus.Article{ID: "c", Body: "Engineers finished the repair of two undersea cables off Vung Tau."}
		before, _ := newMapper(t).Map(context.Background(), a)
		after, _ := newMapper(t, corpus.WithExtraLexicons(ext)).Map(context.Background(), a)
		if len(before.Elements) != 0 || len(after.Elements) != 1 || after.Elements[0].ID != "adm2025/DO2" {
			t.Errorf("before %v, after %v; want nothing, then adm2025/DO2", before.Prediction().Elements, after.Prediction().Elements)
		}
	})
}

func TestExplain(t *testing.T) {
	m := newMapper(t)
	ctx := context.Background()
	seed004 := corpus.Seeds()[4]

	ex, err := m.Explain(ctx, seed004, "boracay/B5")
	if err != nil {
		t.Fatal(err)
	}
	held := 0
	for _, r := range ex.Rules {
		held += len(r.Held)
	}
	if !ex.Matched || ex.Score < ex.Threshold || held == 0 {
		t.Errorf("boracay/B5 on seed 004: %+v, want matched with a rule that held", ex)
	}
	for _, r := range ex.Rules {
		for _, e := range append(r.Held, r.Found...) {
			if seed004.Text(e.Field)[e.Start:e.End] != e.Text {
				t.Errorf("explanation evidence %q is not the original text", e.Text)
			}
		}
	}

	ex, err = m.Explain(ctx, seed004, "adm2025/DO4")
	if err != nil {
		t.Fatal(err)
	}
	if ex.Matched || ex.Reason == "" {
		t.Errorf("adm2025/DO4 on seed 004: matched=%v reason=%q, want not matched with a reason", ex.Matched, ex.Reason)
	}

	attend := corpus.Article{ID: "a", Lang: language.Vietnamese, Body: "Thứ trưởng Bộ TT&TT Phan Tâm đã tham dự hội nghị."}
	ex, err = m.Explain(ctx, attend, "vn-mic")
	if err != nil {
		t.Fatal(err)
	}
	if ex.Matched || len(ex.Names) != 1 || !ex.Names[0].QueryFailed || ex.Names[0].Evidence.Text != "Bộ TT&TT" {
		t.Errorf("vn-mic on a mere attendance: %+v, want the name found and its query failed", ex)
	}

	if _, err := m.Explain(ctx, attend, "adm2025/DO99"); !errors.Is(err, corpus.ErrUnknownID) {
		t.Errorf("Explain(unknown) = %v, want ErrUnknownID", err)
	}
}

// Mapping an article allocates a bounded number of times, however often
// the same Mapper is used: the working buffers are reused.
func TestMapAllocationsBounded(t *testing.T) {
	m := newMapper(t)
	a := corpus.Seeds()[4]
	ctx := context.Background()
	n := testing.AllocsPerRun(20, func() {
		if _, err := m.Map(ctx, a); err != nil {
			t.Fatal(err)
		}
	})
	if n > 200 {
		t.Errorf("Map allocates %v times per article, want at most 200", n)
	}
}

func TestNewMapperBadOptions(t *testing.T) {
	_, err := corpus.NewMapper(corpus.WithFrameworks("no-such-framework"))
	if err == nil {
		t.Error("NewMapper with an unknown framework subset succeeded")
	}
	_, err = corpus.NewMapper(corpus.WithLexicons(&lexicon.File{Lang: "en", Elements: []lexicon.ElementEntry{{ID: "bali/FA1", Rules: []lexicon.Rule{{Query: "x", Weight: -1}}}}}))
	var le *corpus.LexiconError
	if !errors.As(err, &le) || !strings.HasSuffix(le.Pointer, "/weight") {
		t.Errorf("negative weight: %v, want a *LexiconError at the weight", err)
	}
}

// Vietnamese typed without accents is matched diacritic-insensitively;
// accented Vietnamese and English are not, so "so" (number) in English or
// "sở" in Vietnamese never stands for "số".
func TestMapUnaccentedVietnamese(t *testing.T) {
	m := newMapper(t)
	ctx := context.Background()
	for _, tt := range []struct {
		name string
		a    corpus.Article
		want []digidip.ID
	}{
		{"unaccented vi", corpus.Article{ID: "u", Lang: language.Vietnamese,
			Body: "Cac nuoc can nang cao chat luong dich vu cong truc tuyen de nguoi dan su dung nhieu hon."}, []digidip.ID{"adm2025/DO5"}},
		{"unaccented vi, language detected", corpus.Article{ID: "d",
			Body: "Theo ke hoach, cac nuoc se nang cao chat luong va muc do su dung dich vu chinh phu dien tu cua nguoi dan trong khu vuc."}, []digidip.ID{"adm2025/DO5"}},
		{"accented vi", corpus.Article{ID: "a", Lang: language.Vietnamese,
			Body: "Các nước cần nâng cao chất lượng dịch vụ công trực tuyến để người dân sử dụng nhiều hơn."}, []digidip.ID{"adm2025/DO5"}},
		{"English is never stripped", corpus.Article{ID: "e", Lang: language.English,
			Body: "Cac nuoc can nang cao chat luong dich vu cong truc tuyen."}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			mp, err := m.Map(ctx, tt.a)
			if err != nil {
				t.Fatal(err)
			}
			var got []digidip.ID
			for _, e := range mp.Elements {
				got = append(got, e.ID)
				for _, ev := range e.Evidence {
					if tt.a.Body[ev.Start:ev.End] != ev.Text {
						t.Errorf("evidence %q is not the original text", ev.Text)
					}
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("elements mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
