package benchtext

import (
	"bytes"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/digidip/digidip/corpus"
)

func tunedPool(t *testing.T) *Pool {
	t.Helper()
	gold, err := corpus.ReadGoldDir(os.DirFS("../../corpus/testdata/gold"), "tuned")
	if err != nil {
		t.Fatal(err)
	}
	if len(gold) == 0 {
		t.Fatal("no tuned gold cases")
	}
	return NewPool(gold)
}

func TestBodyIsDeterministicSizedAndVaried(t *testing.T) {
	p := tunedPool(t)
	if p.Len() < 100 {
		t.Fatalf("pool has %d sentences, want at least 100", p.Len())
	}
	a, b := NewGen(p, 1).Body(256<<10), NewGen(p, 1).Body(256<<10)
	if a != b {
		t.Error("two generators with the same seed gave different text")
	}
	if c := NewGen(p, 2).Body(256 << 10); c == a {
		t.Error("generators with different seeds gave the same text")
	}
	if len(a) < 256<<10 || len(a) > 256<<10+8192 {
		t.Errorf("Body(256 KiB) is %d bytes", len(a))
	}
	lines := strings.Split(a, "\n")
	seen := map[string]bool{}
	for _, l := range lines {
		seen[l] = true
	}
	if dup := len(lines) - len(seen); dup*100 > len(lines) {
		t.Errorf("%d of %d paragraphs repeat an earlier one; the cleaner would drop them", dup, len(lines))
	}
}

func TestWriteJSONLinesReadsBack(t *testing.T) {
	var buf bytes.Buffer
	n, written, err := WriteJSONLines(&buf, NewGen(tunedPool(t), 7), 200<<10)
	if err != nil {
		t.Fatal(err)
	}
	if written != int64(buf.Len()) || written < 200<<10 {
		t.Errorf("wrote %d bytes, reported %d", buf.Len(), written)
	}
	read := 0
	for a, err := range corpus.ReadJSONLines("gen.jsonl", &buf) {
		if err != nil {
			t.Fatalf("article %d: %v", read, err)
		}
		if size := len(a.Body); size < 2048 || size > 12*1024+4096 {
			t.Errorf("article %s body is %d bytes, want 2–12 KB", a.ID, size)
		}
		read++
	}
	if read != n {
		t.Errorf("read %d articles, wrote %d", read, n)
	}
}

func TestArticleIsInOneLanguage(t *testing.T) {
	p := tunedPool(t)
	g := NewGen(p, 3)
	langs := map[string]int{}
	for i := range 40 {
		a := g.Article("a")
		lang := corpus.DetectLanguage(a.Title + "\n" + a.Body).String()
		langs[lang]++
		// Every sentence drawn comes from the pool of one language.
		in := p.byLang[lang]
		for _, para := range strings.Split(a.Body, "\n") {
			if !slices.ContainsFunc(in, func(s string) bool { return strings.HasPrefix(para, s) }) {
				t.Errorf("article %d (%s): paragraph %.40q… starts with no %s sentence", i, lang, para, lang)
				break
			}
		}
	}
	if langs["vi"] == 0 || langs["en"] == 0 {
		t.Errorf("languages of 40 articles: %v, want both vi and en", langs)
	}
}
