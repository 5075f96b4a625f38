package corpus

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// TestFunctionWordListsDisjoint checks what DetectLanguage's table relies
// on: no word is in two languages' lists, where one would silently win.
func TestFunctionWordListsDisjoint(t *testing.T) {
	seen := map[string]int{}
	for lang, words := range functionWordLists {
		for _, w := range words {
			if other, ok := seen[w]; ok {
				t.Errorf("%q is in lists %d and %d", w, other, lang)
			}
			seen[w] = lang
		}
	}
	if len(seen) != len(functionWords) {
		t.Errorf("table holds %d words, lists %d", len(functionWords), len(seen))
	}
}

// detectOracle is DetectLanguage as first written, over one string with
// unicode's functions throughout: detectArticle's streaming counter must
// answer as it does on title + "\n" + body.
func detectOracle(text string) language.Tag {
	text = prefix(text, LanguageSample)
	var letters, viLetters, words int
	var hits [3]int
	var word [24]byte
	n, long := 0, false
	flush := func() {
		if n == 0 && !long {
			return
		}
		words++
		if !long && n > 0 {
			if l := functionWords[string(word[:n])]; l > 0 {
				hits[l-1]++
			}
		}
		n, long = 0, false
	}
	for _, r := range text {
		if !unicode.IsLetter(r) {
			flush()
			continue
		}
		letters++
		if isVietnameseLetter(r) {
			viLetters++
		}
		if r < utf8.RuneSelf && n < len(word) {
			word[n] = byte(unicode.ToLower(r))
			n++
		} else {
			long = true
		}
	}
	flush()
	if viLetters >= 2 && viLetters*100 >= letters*8 {
		return language.Vietnamese
	}
	return verdict(hits, words) // the counting is under test, not the choice
}

func TestDetectArticleMatchesOracle(t *testing.T) {
	texts := []string{"", "Hà Nội", "The ministry and the plan", "Bộ Ngoại giao và chuyển đổi số trong ngành ngoại giao",
		"Kementerian yang dan untuk dengan", "va cua cac nhung trong duoc", strings.Repeat("ab ", 400),
		strings.Repeat("ệ", 400), strings.Repeat("x", 30) + " the of and", "\xff\xfe the of and to", "ÀÁ the of"}
	for _, s := range Seeds() {
		texts = append(texts, s.Title, s.Body)
	}
	check := func(title, body string) {
		t.Helper()
		want := detectOracle(title + "\n" + prefix(body, LanguageSample+utf8.UTFMax))
		if len(title) > LanguageSample {
			want = detectOracle(title)
		}
		if got := detectArticle(Article{Title: title, Body: body}); got != want {
			t.Errorf("detectArticle(%.40q, %.40q) = %v, oracle %v", title, body, got, want)
		}
		if got, want := DetectLanguage(body), detectOracle(body); got != want {
			t.Errorf("DetectLanguage(%.40q) = %v, oracle %v", body, got, want)
		}
	}
	for _, title := range texts {
		for _, body := range texts {
			check(title, body)
		}
	}
	// Titles around the sample's length, so that the cut falls in the
	// title, on the newline and in the body.
	long := strings.Repeat("Bộ và the ", 120)
	for _, n := range []int{LanguageSample - 2, LanguageSample - 1, LanguageSample, LanguageSample + 1} {
		title := prefix(long, n)
		for len(title) < n {
			title += "a"
		}
		check(title, Seeds()[0].Body)
	}
}

func FuzzDetectArticle(f *testing.F) {
	f.Add("Bộ Ngoại giao", "và chuyển đổi số the of")
	f.Add("", "\xffthe and of to in")
	f.Fuzz(func(t *testing.T, title, body string) {
		want := detectOracle(title + "\n" + prefix(body, LanguageSample+utf8.UTFMax))
		if len(title) > LanguageSample {
			want = detectOracle(title)
		}
		if got := detectArticle(Article{Title: title, Body: body}); got != want {
			t.Errorf("detectArticle(%q, %q) = %v, oracle %v", title, body, got, want)
		}
	})
}

// TestIndexChamMatchesWordSearch checks indexCham against the plain search
// for each capitalisation it stands for.
func TestIndexChamMatchesWordSearch(t *testing.T) {
	oracle := func(s string) int {
		best := -1
		for _, w := range [...]string{"chấm", "Chấm", "CHẤM"} {
			if k := strings.Index(s, w); k >= 0 && (best < 0 || k < best) {
				best = k
			}
		}
		return best
	}
	parts := []string{"chấm", "Chấm", "CHẤM", "cHấm", "CHấm", "ấm", "ẤM", "h", "c", "C", "H", " ", "cấm", "tấm", "chấ", "\xe1", "xx",
		"m", "M", "mmmmmmmm", "\xba\xa5m", "\xba\xa4M", "\xa5", "ChẤM", "năm làm ", "Vietnamese "}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var sb strings.Builder
		for range rng.IntN(24) {
			sb.WriteString(parts[rng.IntN(len(parts))])
		}
		s := sb.String()
		if got, want := indexCham(s), oracle(s); got != want {
			t.Fatalf("indexCham(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestSeparatorIndexCounts checks the separator index against
// bytes.Count at every offset of random texts rich in spaces, newlines and
// the bytes next to them, across block boundaries.
func TestSeparatorIndexCounts(t *testing.T) {
	alphabet := []byte{' ', '\n', 0, 0x1F, 0x21, 0x09, 0x0B, 0x80, 0xA0, 0x8A, 0xFF, 'a', 'b'}
	rng := rand.New(rand.NewPCG(7, 8))
	var x separatorIndex
	for range 300 {
		text := make([]byte, rng.IntN(300))
		for i := range text {
			text[i] = alphabet[rng.IntN(len(alphabet))]
		}
		x.build(text)
		for p := 0; p <= len(text); p++ {
			want := bytes.Count(text[:p], []byte{' '}) + bytes.Count(text[:p], []byte{'\n'})
			if got := x.count(p); int(got) != want {
				t.Fatalf("count(%d) over %q = %d, want %d", p, text, got, want)
			}
		}
	}
}
