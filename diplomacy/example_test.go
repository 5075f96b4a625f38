package diplomacy_test

import (
	"fmt"

	"github.com/digidip/digidip/diplomacy"
	"golang.org/x/text/language"
)

func ExampleBaliMessage() {
	m := diplomacy.BaliMessage()
	fmt.Println(m.Name.En())
	fmt.Println("voluntary:", m.Voluntary)
	for _, fa := range m.FocusAreas {
		fmt.Printf("%s  %s\n", fa.Code, fa.Title.In(language.Indonesian))
	}
	v := m.FocusAreas[4].Variants[0]
	fmt.Printf("FA5 per %s: %s\n", v.Source.Publisher, v.Value.En())
	// Output:
	// Bali Message on International Cooperation in Digital Diplomacy
	// voluntary: true
	// FA1  Kerangka Kebijakan Pemerintah untuk Mendukung Diplomasi Digital
	// FA2  Manajemen Krisis Melalui Diplomasi Digital
	// FA3  Pengelolaan Data untuk Mendukung Diplomasi Digital
	// FA4  Inovasi untuk Mendukung UKM
	// FA5  Peningkatan Kapasitas dan Inklusi Digital
	// FA5 per Antara: The role of data in digital diplomacy for handling crises
}

// The number of countries at ICDD 2021 is disputed; every claim keeps its
// own source.
func ExampleICDD2021() {
	c := diplomacy.ICDD2021()
	fmt.Println(c.Acronym, c.Date, c.Venue.En())
	for _, n := range c.Countries {
		fmt.Printf("%d countries per %s\n", n.Value, n.Source.Publisher)
	}
	fmt.Println("predecessor:", c.Predecessor.Acronym, c.Predecessor.Start.Year, "→", c.Predecessor.Outcome.En())
	// Output:
	// ICDD 2021 2021-11-16 Conrad hotel, Nusa Dua, Bali, Indonesia
	// 19 countries per Báo Mới
	// 21 countries per Vietnam+ (VietnamPlus)
	// 21 countries per Tribunnews
	// 19 countries per internationalmedia.id
	// 20 countries per Medcom.id
	// predecessor: RCDD 2019 → Jakarta Message on Regional Cooperation in Digital Diplomacy
}

func ExampleMICTasks() {
	l := diplomacy.MICTasks()
	occ := l.Occasions[0]
	fmt.Println(occ.Name.En(), occ.Date)
	for _, t := range l.Tasks {
		fmt.Printf("%s  %s\n", t.Code, t.Title.Vi())
	}
	// Output:
	// 31st Diplomatic Conference, plenary session on diplomacy for national development 2021-12-15
	// T1  Tham gia các tổ chức quốc tế và xây dựng luật chơi về kinh tế số, xã hội số
	// T2  Là thành viên có trách nhiệm về kết nối số, tiêu chuẩn, thương mại số, năng lực số và bảo vệ người tiêu dùng
	// T3  Hợp tác ứng phó tấn công mạng xuyên biên giới; phát huy vai trò thành viên sáng lập GFCE
	// T4  Đi đầu nghiên cứu các vấn đề mới, khó về an toàn không gian mạng
}

func ExampleCurrent() {
	mic, _ := diplomacy.LookupMinistry("Bộ TT&TT")
	now, _ := diplomacy.Current(mic.ID)
	fmt.Printf("%s (%s) → %s (%s) from %s under %s\n",
		mic.Abbrev.En(), mic.Name.Vi(), now.Abbrev.En(), now.Name.Vi(), mic.Dissolved, mic.Changes[0].Instrument)
	// Output:
	// MIC (Bộ Thông tin và Truyền thông) → MOST (Bộ Khoa học và Công nghệ) from 2025-03-01 under Decree 55/2025/NĐ-CP
}

func ExampleLookupPerson() {
	p, _ := diplomacy.LookupPerson("Phan Tâm")
	r := p.Roles[0]
	fmt.Printf("%s: %s (%s), %s\n", p.Name.Vi(), r.Title.Vi(), r.Org, r.AsOf)
	// Output:
	// Phan Tâm: Thứ trưởng Bộ Thông tin và Truyền thông (vn-mic), 2021-12-15
}
