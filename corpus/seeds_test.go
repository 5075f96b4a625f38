package corpus

import (
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

func TestSeeds(t *testing.T) {
	seeds := Seeds()
	var ids []string
	for _, a := range seeds {
		ids = append(ids, a.ID)
		if a.Lang != language.Vietnamese {
			t.Errorf("%s: Lang %v, want vi", a.ID, a.Lang)
		}
		// Title, newline and body give back the file byte for byte.
		data, err := os.ReadFile("seeds/" + a.ID + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		if got := a.Title + "\n" + a.Body; got != string(data) {
			t.Errorf("%s: title and body do not rebuild the file", a.ID)
		}
	}
	want := []string{"000_7b3bbabc5c28dc7d", "001_dd70fcc3181878ba", "002_7a2de960d0113bc6", "003_c84967ab269d1a45", "004_2e749312dbb7a4d4"}
	if diff := cmp.Diff(want, ids); diff != "" {
		t.Errorf("seed IDs (-want +got):\n%s", diff)
	}
	// A fresh slice each call: changing one does not change the next.
	seeds[0].Title = "changed"
	if Seeds()[0].Title == "changed" {
		t.Error("Seeds returned shared storage")
	}
	if _, ok := Seed("nope"); ok {
		t.Error(`Seed("nope") found something`)
	}
}

// TestSeedsMatchGold checks that each seed article and its gold case, kept
// by different owners, describe the same bytes.
func TestSeedsMatchGold(t *testing.T) {
	gold := map[string]GoldCase{}
	for _, c := range SeedGold() {
		gold[c.ID] = c
	}
	for _, a := range Seeds() {
		c, ok := gold[a.ID]
		if !ok {
			t.Errorf("%s: no gold case", a.ID)
			continue
		}
		if c.Title != a.Title || c.Text != a.Body {
			t.Errorf("%s: gold title/text differ from the seed article", a.ID)
		}
		if c.Lang != language.Und && c.Lang != a.Lang {
			t.Errorf("%s: gold lang %v, article %v", a.ID, c.Lang, a.Lang)
		}
	}
}

// TestSeedCopies checks that Seed gives what Seeds lists, and that the
// copies the parsed-once seeds are handed out as share nothing a caller can
// change, Repairs included.
func TestSeedCopies(t *testing.T) {
	for _, want := range Seeds() {
		got, ok := Seed(want.ID)
		if !ok {
			t.Fatalf("Seed(%q) found nothing", want.ID)
		}
		if diff := cmp.Diff(want, got, articleCmp); diff != "" {
			t.Errorf("Seed(%q) differs from Seeds (-want +got):\n%s", want.ID, diff)
		}
	}
	orig := Article{ID: "r", Body: "a\uFFFD", Repairs: []Repair{{Bytes: []byte{0xff}}}}
	c := cloneArticle(orig)
	c.Repairs[0].Bytes[0] = 0xfe
	c.Repairs[0].Pos.Offset = 9
	if diff := cmp.Diff(Article{ID: "r", Body: "a\uFFFD", Repairs: []Repair{{Bytes: []byte{0xff}}}}, orig, articleCmp); diff != "" {
		t.Errorf("changing a clone changed the original (-want +got):\n%s", diff)
	}
}
