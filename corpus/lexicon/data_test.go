package lexicon_test

import (
	"context"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"github.com/digidip/digidip"
	"github.com/digidip/digidip/corpus"
)

// TestLexiconNamingVariants checks, through the mapper, that the embedded
// lexicons know the spellings real news uses for each framework (with and
// without "kỹ thuật", abbreviations with and without "&", bracketed and
// hyphenated acronyms, a minister's title for the ministry) and that the
// near-miss guards still hold for each confusable name. Each text is one or
// two sentences, so a failure points at a single phrase or guard.
func TestLexiconNamingVariants(t *testing.T) {
	m, err := corpus.NewMapper()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		lang language.Tag
		text string
		want []digidip.ID // exactly the frameworks the text names
	}{
		// ASEAN Digital Masterplan 2025.
		{"vi adm current name", language.Vietnamese, "Các bộ trưởng rà soát Kế hoạch Tổng thể số ASEAN 2025.", []digidip.ID{"adm2025"}},
		{"vi adm with ky thuat and bracketed acronym", language.Vietnamese, "Kế hoạch tổng thể kỹ thuật số ASEAN (ADM) 2025 đã hoàn thành.", []digidip.ID{"adm2025"}},
		{"vi adm ki spelling", language.Vietnamese, "Kế hoạch tổng thể kĩ thuật số ASEAN 2025 có tám kết quả.", []digidip.ID{"adm2025"}},
		{"vi adm period name", language.Vietnamese, "Kế hoạch tổng thể số ASEAN giai đoạn 2021-2025 đã kết thúc.", []digidip.ID{"adm2025"}},
		{"vi adm hyphenated acronym", language.Vietnamese, "ASEAN đã hoàn thành ADM-2025.", []digidip.ID{"adm2025"}},
		{"en adm master plan bracketed", language.English, "Ministers reviewed the ASEAN Digital Master Plan (ADM) 2025.", []digidip.ID{"adm2025"}},
		{"en adm acronym", language.English, "Manila said its priorities support ADM2025.", []digidip.ID{"adm2025"}},
		{"vi near adm 2030", language.Vietnamese, "Hội nghị thông qua Kế hoạch tổng thể số ASEAN 2030 (ADM2030).", nil},
		{"en near adm 2030", language.English, "Ministers adopted the ASEAN Digital Master Plan 2030.", nil},
		{"en near ict masterplan", language.English, "The ASEAN ICT Masterplan 2020 guided cooperation until 2020.", nil},

		// Boracay Digital Declaration.
		{"vi boracay short name", language.Vietnamese, "Hội nghị đã thông qua Tuyên bố số Boracay.", []digidip.ID{"boracay"}},
		{"vi boracay ki spelling", language.Vietnamese, "ASEAN ra Tuyên bố kĩ thuật số Boracay.", []digidip.ID{"boracay"}},
		{"en boracay with year", language.English, "The Boracay Digital Declaration 2023 backs a people-centred transformation.", []digidip.ID{"boracay"}},
		{"vi near boracay announce closure", language.Vietnamese, "Chính phủ Philippines từng tuyên bố đóng cửa Boracay để xử lý nước thải.", nil},
		{"en near boracay island", language.English, "Hotels on Boracay island expect record arrivals.", nil},
		{"vi near hanoi declaration", language.Vietnamese, "Hội nghị thông qua Tuyên bố Hà Nội về hợp tác số.", nil},

		// Bali Message and ICDD 2021.
		{"vi bali full title", language.Vietnamese, "Hội nghị đưa ra Thông điệp Bali về hợp tác quốc tế trong ngoại giao kỹ thuật số.", []digidip.ID{"bali"}},
		{"vi icdd without ve", language.Vietnamese, "Hội nghị quốc tế ngoại giao kỹ thuật số do Indonesia tổ chức đã bế mạc.", []digidip.ID{"icdd2021"}},
		{"en icdd described", language.English, "Indonesia held a global digital diplomacy conference in Bali in November 2021.", []digidip.ID{"icdd2021"}},
		{"en near rcdd", language.English, "Jakarta hosted a regional digital diplomacy conference in 2019.", nil},
		{"en near bali forums", language.English, "Ministers met at the Bali Democracy Forum and the Bali Process.", nil},

		// Vietnam's MIC: named with its international agenda only.
		{"vi mic abbreviation without ampersand", language.Vietnamese, "Bộ TTTT đẩy mạnh hợp tác quốc tế về an toàn thông tin mạng.", []digidip.ID{"vn-mic"}},
		{"vi mic by minister title", language.Vietnamese, "Bộ trưởng Thông tin và Truyền thông cho biết đã ký nhiều thỏa thuận hợp tác số với đối tác quốc tế.", []digidip.ID{"vn-mic"}},
		{"en mic by minister title", language.English, "Vietnam's Minister of Information and Communications said the ministry signed digital cooperation agreements with international partners.", []digidip.ID{"vn-mic"}},
		{"en mic reversed name", language.English, "The Information and Communications Ministry signed a memorandum of understanding with Japan.", []digidip.ID{"vn-mic"}},
		{"vi near mic regulator", language.Vietnamese, "Bộ TT&TT vừa trao giấy phép băng tần 5G cho nhà mạng thứ ba.", nil},
		{"en near singapore mci", language.English, "Singapore's Minister for Communications and Information called for international cooperation on AI.", nil},
		{"vi near singapore minister", language.Vietnamese, "Bộ trưởng Thông tin và Truyền thông Singapore kêu gọi hợp tác quốc tế.", nil},

		// Vietnam's MOFA: named with a digital direction only.
		{"vi mofa abbreviations", language.Vietnamese, "BNG xác định CĐS là nhiệm vụ trọng tâm.", []digidip.ID{"vn-mofa"}},
		{"en mofa vietnam", language.English, "Viet Nam's Ministry of Foreign Affairs built a digital architecture framework.", []digidip.ID{"vn-mofa"}},
		{"vi near mofa number", language.Vietnamese, "Người phát ngôn Bộ Ngoại giao cho biết Việt Nam đã gửi công hàm số 12.", nil},
		{"en near indonesia mofa", language.English, "Indonesia's foreign ministry promoted digital diplomacy.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mp, err := m.Map(context.Background(), corpus.Article{ID: tt.name, Body: tt.text, Lang: tt.lang})
			if err != nil {
				t.Fatal(err)
			}
			var got []digidip.ID
			for _, f := range mp.Frameworks {
				got = append(got, f.ID)
			}
			slices.Sort(got)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("frameworks of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestLexiconThemeVariants checks that element rules accept the inflections,
// hyphenations and synonyms news uses for a theme, not only the wording of
// the gold cases, and that the guards against look-alike themes hold.
func TestLexiconThemeVariants(t *testing.T) {
	m, err := corpus.NewMapper()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		lang    language.Tag
		text    string
		want    digidip.ID
		present bool
	}{
		{"en cyber hyphenated", language.English, "CERTs in the region agreed to share threat intelligence on cyber-attacks.", "boracay/B7", true},
		{"en egov no hyphen", language.English, "Citizens can now file permits through egovernment portals.", "adm2025/DO5", true},
		{"en skilled workforce", language.English, "The bloc wants workers to be highly skilled so they can take part in the digital economy.", "adm2025/DO7", true},
		{"en diplomats skills are not DO7", language.English, "The ministry trains its diplomats in digital skills.", "adm2025/DO7", false},
		{"en rural provinces", language.English, "Slow internet connectivity persists in barangays far from Manila.", "boracay/B5", true},
		{"en no one left behind", language.English, "ASEAN wants a digital society where persons with disabilities are not left behind.", "adm2025/DO8", true},
		{"vi qr payments", language.Vietnamese, "Thanh toán QR xuyên biên giới đã được kết nối giữa nhiều nước.", "adm2025/DO6", true},
		{"vi cross-border attack is not trade", language.Vietnamese, "Các đội CERT phối hợp xử lý tấn công mạng xuyên biên giới.", "adm2025/DO6", false},
		{"vi no one left behind", language.Vietnamese, "Xây dựng xã hội số mà không ai bị bỏ lại phía sau, kể cả người khuyết tật.", "adm2025/DO8", true},
		{"vi border villages coverage", language.Vietnamese, "Nhà mạng xóa điểm lõm sóng tại các thôn vùng biên giới.", "boracay/B5", true},
		{"vi hybrid event is not D5", language.Vietnamese, "Hội nghị được tổ chức theo hình thức kết hợp trực tiếp và trực tuyến về ngoại giao số.", "vn-mofa/D5", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mp, err := m.Map(context.Background(), corpus.Article{ID: tt.name, Body: tt.text, Lang: tt.lang})
			if err != nil {
				t.Fatal(err)
			}
			got := slices.ContainsFunc(mp.Elements, func(e corpus.ElementMatch) bool { return e.ID == tt.want })
			if got != tt.present {
				t.Errorf("element %s asserted = %v, want %v, for %q", tt.want, got, tt.present, tt.text)
			}
		})
	}
}
