package textnorm_test

import (
	"fmt"
	"strings"

	"github.com/digidip/digidip/corpus/textnorm"
)

func ExampleNormalizer_String() {
	n := textnorm.New()
	// Old and new tone placement, curly quotes, an en dash and a no-break
	// space all normalise away.
	fmt.Println(n.String("Toạ đàm “Hoà bình” – Thuỷ\u00a0điện"))
	fmt.Println(n.String("Tọa đàm \"hòa bình\" - thủy điện"))
	// Output:
	// tọa đàm "hòa bình" - thủy điện
	// tọa đàm "hòa bình" - thủy điện
}

func ExampleStripDiacritics() {
	n := textnorm.New(textnorm.StripDiacritics())
	fmt.Println(n.String("Kế hoạch tổng thể số ASEAN, Đà Nẵng"))
	fmt.Println(n.String("Ke hoach tong the so ASEAN, Da Nang"))
	// Output:
	// ke hoach tong the so asean, da nang
	// ke hoach tong the so asean, da nang
}

func ExampleOffsetMap_Original() {
	orig := "Uỷ ban  “Ngoại giao số”"
	n := textnorm.New()
	var m textnorm.OffsetMap
	norm := string(n.Append(nil, orig, &m))
	fmt.Printf("%q\n", norm)

	phrase := n.String("ngoại giao số")
	i := strings.Index(norm, phrase)
	start, end := m.Original(i, i+len(phrase))
	fmt.Printf("normalised %d-%d, original %d-%d: %q\n", i, i+len(phrase), start, end, orig[start:end])
	for _, e := range m.Edits() {
		fmt.Printf("edit %q → %q\n", orig[e.Orig.Start:e.Orig.End], norm[e.Norm.Start:e.Norm.End])
	}
	// Output:
	// "ủy ban \"ngoại giao số\""
	// normalised 10-27, original 13-30: "Ngoại giao số"
	// edit "Uỷ" → "ủy"
	// edit " " → ""
	// edit "“" → "\""
	// edit "”" → "\""
}
