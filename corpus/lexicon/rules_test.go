package lexicon_test

import (
	"context"
	"slices"
	"testing"

	"golang.org/x/text/language"

	"github.com/digidip/digidip"
	"github.com/digidip/digidip/corpus"
)

// TestElementRulesGeneralise checks, through the mapper, that the element
// rules of the embedded lexicons follow a theme rather than the phrasing of
// the gold cases they were written from: each positive text says the theme
// with synonyms, other word orders or inflections that no gold case uses, and
// each negative text uses an element's words (broadband, scam, cross-border
// trade, hybrid, people-to-people) where the theme is not discussed, so a
// rule loosened too far fails here. Texts are two short sentences, the least
// a rule with weight below one needs, so a failure points at one rule.
func TestElementRulesGeneralise(t *testing.T) {
	m, err := corpus.NewMapper()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		lang language.Tag
		text string
		id   digidip.ID
		want bool // whether the mapper should assert id
	}{
		// adm2025/DO2: networks in remote places, named without "broadband".
		{"en coverage in hill villages", language.English, "Operators will put up antennas so that fishing villages and hill towns finally get a usable signal. Download speeds there are a third of those in the capital.", "adm2025/DO2", true},
		{"vi signal on river islands", language.Vietnamese, "Các xã cù lao thường mất sóng vào mùa mưa. Nhà mạng sẽ lắp trạm thu phát mới cho từng ấp.", "adm2025/DO2", true},
		{"en broadband as a revenue line", language.English, "The group's profit rose 9 percent. Broadband revenue grew faster than voice.", "adm2025/DO2", false},
		{"en security of cables is cyber", language.English, "Researchers will study attacks on submarine cables and other cyber threats. The work starts next year.", "adm2025/DO2", false},

		// adm2025/DO3: fraud counts when it happens online.
		{"en fake sellers online", language.English, "Shoppers were cheated by fake sellers on social media who took their money. Victims lost their savings.", "adm2025/DO3", true},
		{"vi impersonation calls", language.Vietnamese, "Kẻ gian giả danh nhân viên ngân hàng gọi điện để chiếm đoạt tiền của khách hàng. Nhiều nạn nhân mất trắng tài khoản.", "adm2025/DO3", true},
		{"en land swindle", language.English, "A broker was jailed for a scam that sold the same farmland to several buyers. The families lost their savings.", "adm2025/DO3", false},
		{"vi land swindle", language.Vietnamese, "Bị cáo lừa đảo chiếm đoạt tài sản của nhiều gia đình khi bán đất bằng giấy tờ giả. Số tiền bị chiếm đoạt lên tới 20 tỷ đồng.", "adm2025/DO3", false},

		// adm2025/DO4: market power of digital platforms, however named.
		{"en gatekeeper app stores", language.English, "Developers say dominant app stores squeeze rivals with high fees. Regulators are weighing antitrust rules for gatekeepers.", "adm2025/DO4", true},
		{"en strategic competition is not a market", language.English, "Strategic competition between great powers shapes the region. Leaders met in Jakarta.", "adm2025/DO4", false},

		// adm2025/DO5: public services done online, without "e-government".
		{"en licences through an app", language.English, "Residents can now renew driving licences and register a newborn through a smartphone app. Queues at district offices have shrunk.", "adm2025/DO5", true},
		{"vi procedures online", language.Vietnamese, "Người dân đã có thể làm thủ tục hành chính trực tuyến mà không phải đến trụ sở. Thời gian giải quyết giảm còn vài ngày.", "adm2025/DO5", true},

		// adm2025/DO6: digital means for trade across borders, not trade as such.
		{"en qr payments abroad", language.English, "Travellers can pay in neighbouring countries by scanning QR codes with their home banking app. Small exporters settle invoices online in local currency.", "adm2025/DO6", true},
		{"en trucks at the border", language.English, "Trucks carrying rice resumed crossing the border after the floods. Officials extended opening hours to clear cross-border trade.", "adm2025/DO6", false},
		{"vi e-commerce competition is DO4 not DO6", language.Vietnamese, "Ủy ban Cạnh tranh điều tra một sàn thương mại điện tử vì lạm dụng vị trí thống lĩnh. Người bán phản ánh phí sàn tăng liên tục.", "adm2025/DO6", false},

		// adm2025/DO8: groups left out of digital life.
		{"en older and disabled users", language.English, "Many older people have never used the internet. Blind users say banking apps do not work with screen readers.", "adm2025/DO8", true},
		{"vi urban rural divide", language.Vietnamese, "Khoảng cách số giữa trẻ em nông thôn và thành thị vẫn còn lớn. Nhiều em không có thiết bị học trực tuyến.", "adm2025/DO8", true},
		{"en elderly scam victims are DO3 not DO8", language.English, "Elderly people lose the most to online fraud. Banks will flag suspicious transfers.", "adm2025/DO8", false},

		// boracay/B2: people-to-people exchange without digital connectivity.
		{"vi people to people in plain diplomacy", language.Vietnamese, "Hai bên nhất trí thúc đẩy giao lưu nhân dân và hợp tác giáo dục. Đại sứ trình thư ủy nhiệm.", "boracay/B2", false},

		// boracay/B7 and vn-mic/T3: response teams working across borders.
		{"en response teams hand off alerts", language.English, "Incident response teams from across the Asia-Pacific agreed to pass information about attacks to counterparts in other economies. They will name round-the-clock contact points.", "vn-mic/T3", true},
		{"en trust in diplomacy is not incident response", language.English, "Foreign ministries are targeted by hackers, and diplomats warn that such attacks erode confidence. Envoys met in Geneva.", "vn-mic/T3", false},

		// Bali focus areas and ICDD steps, paraphrased.
		{"en embassy crisis tools", language.English, "During the earthquake the embassy used location data and a chatbot to reach its nationals. Evacuation flights were arranged within a day.", "bali/FA2", true},
		{"vi divide between rich and poor countries", language.Vietnamese, "Khoảng cách số giữa nước giàu và nước nghèo đang nới rộng. Các nước đang phát triển cần được hỗ trợ.", "icdd2021/S2", true},
		{"en embassies help small producers online", language.English, "Embassies run virtual trade fairs where small producers pitch to importers online. Trade attachés train entrepreneurs in digital marketing.", "bali/FA4", true},

		// vn-mofa/D5: an event merely held in hybrid format does not count.
		{"vi hybrid conference", language.Vietnamese, "Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến. Các đại biểu thảo luận về kinh tế.", "vn-mofa/D5", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mp, err := m.Map(context.Background(), corpus.Article{Body: tt.text, Lang: tt.lang})
			if err != nil {
				t.Fatal(err)
			}
			got := slices.Contains(mp.Prediction().Elements, tt.id)
			if got != tt.want {
				t.Errorf("asserts %s = %v, want %v (elements %v)", tt.id, got, tt.want, mp.Prediction().Elements)
			}
		})
	}
}
