package corpus

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/digidip/digidip/corpus/textnorm"
	"golang.org/x/text/language"
)

func TestDetectLanguage(t *testing.T) {
	tests := []struct {
		name, text string
		want       language.Tag
	}{
		{"seed 000 title", "Indonesia tăng cường hợp tác quốc tế thông qua ngoại giao kỹ thuật số", language.Vietnamese},
		{"vi short", "Ngoại giao số", language.Vietnamese},
		{"vi unaccented", "Bo Ngoai giao va cac nuoc trong khu vuc da thong nhat ve viec hop tac cua cac ben", language.Vietnamese},
		{"en", "The ministers adopted the declaration and agreed to work on the digital economy of the region.", language.English},
		{"en with a Vietnamese name", "Deputy Minister Phan Tâm said that the ministry will cooperate with its partners on cyber security and data.", language.English},
		{"id", "Menteri Luar Negeri mengatakan bahwa diplomasi digital akan tetap ada dan dapat berkembang di masa depan untuk kita semua.", language.Indonesian},
		{"id 2", "Konferensi ini dihadiri oleh para diplomat dari 19 negara yang membahas ekonomi digital dan data.", language.Indonesian},
		{"en headline with Vietnamese names", "Phan Tam meets Dang Quoc Khanh in Ha Noi", language.Und},
		{"en headline naming Viet Nam", "Viet Nam, Laos boost digital ties", language.Und},
		{"en headline, Viet Nam hosts", "Viet Nam to host ASEAN digital ministers' meeting", language.English},
		{"id with Viet Nam", "Berita Viet Nam\nWakil Menteri dan rombongan tiba di Jakarta pada Senin untuk kunjungan kerja.", language.Indonesian},
		{"too short", "ASEAN DIGITAL", language.Und},
		{"other language", "Der Minister sprach über die digitale Wirtschaft der Region und ihre Zukunft.", language.Und},
		{"empty", "", language.Und},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := DetectLanguage(tt.text); got != tt.want {
				t.Errorf("DetectLanguage(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

// TestDetectLanguageGold measures the detector on every gold text whose
// language is annotated: the seeds and the written gold sets. The figure
// is logged (go test -v -run DetectLanguageGold) and must stay perfect.
func TestDetectLanguageGold(t *testing.T) {
	cases := SeedGold()
	dirs, _ := filepath.Glob("testdata/gold/dev*")
	for _, dir := range append([]string{"testdata/gold/tuned", "testdata/gold/heldout"}, dirs...) {
		if _, err := os.Stat(dir); err != nil {
			continue
		}
		more, err := ReadGoldDir(os.DirFS(dir), ".")
		if err != nil {
			t.Fatalf("%s: %v", dir, err)
		}
		cases = append(cases, more...)
	}
	right, total := 0, 0
	byLang := map[string][2]int{}
	for _, c := range cases {
		if c.Lang == language.Und {
			continue
		}
		total++
		got := DetectLanguage(c.Title + "\n" + c.Text)
		n := byLang[c.Lang.String()]
		n[1]++
		if got == c.Lang {
			right++
			n[0]++
		} else {
			t.Errorf("%s: detected %v, annotated %v", c.ID, got, c.Lang)
		}
		byLang[c.Lang.String()] = n
	}
	if total == 0 {
		t.Fatal("no annotated gold texts")
	}
	t.Logf("language detection on %d gold texts: %d right (%.1f%%); by language %v", total, right, 100*float64(right)/float64(total), byLang)
}

// TestDetectLanguageUnaccented strips the tone and vowel marks from every
// Vietnamese gold text written for tuning (the tuned split and the
// development sets, never the held-out one) and checks that the text is
// still told Vietnamese, as forum posts typed without accents must be.
func TestDetectLanguageUnaccented(t *testing.T) {
	strip := textnorm.New(textnorm.StripDiacritics(), textnorm.KeepCase())
	dirs, _ := filepath.Glob("testdata/gold/dev*")
	n := 0
	for _, dir := range append([]string{"testdata/gold/tuned"}, dirs...) {
		cases, err := ReadGoldDir(os.DirFS(dir), ".")
		if err != nil {
			t.Fatalf("%s: %v", dir, err)
		}
		for _, c := range cases {
			if c.Lang != language.Vietnamese {
				continue
			}
			n++
			text := strip.String(c.Title + "\n" + c.Text)
			if got := DetectLanguage(text); got != language.Vietnamese {
				t.Errorf("%s without diacritics: detected %v", c.ID, got)
			}
		}
	}
	if n == 0 {
		t.Fatal("no Vietnamese gold texts")
	}
	t.Logf("%d Vietnamese texts without diacritics", n)
}
