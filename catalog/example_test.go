package catalog_test

import (
	"fmt"

	"github.com/digidip/digidip/catalog"
	"golang.org/x/text/language"
)

// The cross-walk can be read from either end: what a Boracay commitment
// serves, and what serves an ADM 2025 desired outcome.
func ExampleDefault() {
	cat := catalog.Default()
	fmt.Println(len(cat.IDs()), "frameworks:", cat.IDs())

	for _, r := range cat.RelationsFrom("boracay/B5") {
		fmt.Println(r.From, r.Kind, r.To)
	}
	for _, r := range cat.RelationsTo("adm2025/DO5") {
		el, _ := cat.Element(r.From)
		fmt.Printf("%s %s DO5: %s\n", r.From, r.Kind, el.Title.In(language.Vietnamese))
	}
	// Output:
	// 6 frameworks: [adm2025 boracay bali icdd2021 vn-mic vn-mofa]
	// boracay/B5 supports adm2025/DO2
	// vn-mofa/D1 aligns-with DO5: Chuyển đổi số chính bộ ngoại giao
	// vn-mofa/D2 supports DO5: Dùng nền tảng số để đa dạng hóa hoạt động đối ngoại
	// boracay/B4 supports DO5: Chuyển đổi số bền vững, an toàn, bảo mật, lấy con người làm trung tâm
}

// A no-counterpart relation says that an element was compared with ADM 2025
// and nothing in it fits, and why.
func ExampleCrosswalk() {
	for _, r := range catalog.Crosswalk() {
		if r.From == "boracay/B8" {
			fmt.Printf("%s %s %s: %s\n", r.From, r.Kind, r.To, r.Note)
		}
	}
	// Output:
	// boracay/B8 no-counterpart adm2025: ADM 2025 has no outcome on climate change; B8 reaches beyond the masterplan.
}
