package digidip_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/digidip/digidip"
	"golang.org/x/text/language"
)

func TestTextIn(t *testing.T) {
	both := digidip.EnVi("Digital diplomacy", "Ngoại giao số")
	enOnly := digidip.EnVi("Digital diplomacy", "")
	withID := both.With(language.Indonesian, "Diplomasi digital")
	tests := []struct {
		name  string
		text  digidip.Text
		prefs []language.Tag
		want  string
	}{
		{"vietnamese preferred", both, []language.Tag{language.Vietnamese, language.English}, "Ngoại giao số"},
		{"english preferred", both, []language.Tag{language.English}, "Digital diplomacy"},
		{"regional variant matches base", both, []language.Tag{language.MustParse("en-GB")}, "Digital diplomacy"},
		{"vietnamese missing falls back to english", enOnly, []language.Tag{language.Vietnamese, language.English}, "Digital diplomacy"},
		{"no preference", both, nil, "Digital diplomacy"},
		{"unmatched preference falls back to english", both, []language.Tag{language.Japanese}, "Digital diplomacy"},
		{"indonesian", withID, []language.Tag{language.Indonesian}, "Diplomasi digital"},
		{"empty", digidip.Text{}, []language.Tag{language.English}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.text.In(tt.prefs...); got != tt.want {
				t.Errorf("In(%v) = %q, want %q", tt.prefs, got, tt.want)
			}
		})
	}
}

func TestTextImmutable(t *testing.T) {
	a := digidip.EnVi("one", "một")
	b := a.With(language.English, "two")
	if a.En() != "one" || b.En() != "two" || b.Vi() != "một" {
		t.Errorf("With changed its receiver: a=%v b=%v", a, b)
	}
	c := b.With(language.Vietnamese, "")
	if c.Len() != 1 || b.Len() != 2 {
		t.Errorf("removing a tag: c.Len()=%d b.Len()=%d", c.Len(), b.Len())
	}
}

func TestTextJSON(t *testing.T) {
	in := digidip.EnVi("Broadband", "Băng thông rộng").With(language.Indonesian, "Pita lebar")
	data, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"en":"Broadband","id":"Pita lebar","vi":"Băng thông rộng"}`; string(data) != want {
		t.Errorf("Marshal = %s, want %s", data, want)
	}
	var out digidip.Text
	if err := json.Unmarshal(data, &out); err != nil {
		t.Fatal(err)
	}
	if !out.Equal(in) {
		t.Errorf("round trip: got %v, want %v", out, in)
	}
	if err := json.Unmarshal([]byte(`{"not a tag!":"x"}`), &out); err == nil {
		t.Error("a malformed language tag was accepted")
	}
}

func ExampleText_In() {
	title := digidip.EnVi("A digitally inclusive society in ASEAN", "Một xã hội số bao trùm ở ASEAN")
	fmt.Println(title.In(language.Vietnamese, language.English))
	fmt.Println(title.In(language.French)) // no French: English is the fallback
	// Output:
	// Một xã hội số bao trùm ở ASEAN
	// A digitally inclusive society in ASEAN
}
