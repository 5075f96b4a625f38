package diplomacy

import (
	"time"

	"github.com/digidip/digidip"
	"golang.org/x/text/language"
)

// Framework IDs of this package. Like every digidip ID they are part of
// the public contract and never change meaning.
const (
	// BaliID is the Bali Message ([BaliMessage]).
	BaliID digidip.ID = "bali"
	// ICDD2021ID is the conference that issued it ([ICDD2021]).
	ICDD2021ID digidip.ID = "icdd2021"
	// MICID is the tasks of Viet Nam's Ministry of Information and
	// Communications ([MICTasks]).
	MICID digidip.ID = "vn-mic"
	// MOFAID is the tasks and directions of Viet Nam's Ministry of Foreign
	// Affairs ([MOFATasks]).
	MOFAID digidip.ID = "vn-mofa"
)

// Claim is one source's statement of a fact on which sources disagree, kept
// with that source instead of being reconciled: the number of countries at
// ICDD 2021, say, is 19 in one report and 21 in another, and a user who
// quotes either must be able to cite it.
type Claim[T any] struct {
	// Value is what the source says.
	Value T `json:"value"`
	// Source is who says it, with a locator.
	Source digidip.Citation `json:"source,omitzero"`
	// Note qualifies the claim: "as announced before the event".
	Note string `json:"note,omitzero"`
}

// Message is the Bali Message on International Cooperation in Digital
// Diplomacy, the outcome document of ICDD 2021 (16 November 2021). It names
// five focus areas and is voluntary: participating states take it up as
// their own conditions, needs and digital-diplomacy priorities allow.
//
// It is not the Jakarta Message, the outcome of the 2019 regional
// conference that preceded ICDD (see [PriorConference]).
type Message struct {
	ID   digidip.ID   `json:"id"`
	Name digidip.Text `json:"name,omitzero"`
	// Conference is the framework ID of the conference that issued it.
	Conference digidip.ID `json:"conference,omitzero"`
	// Issuer is the ministry that announced it.
	Issuer MinistryID `json:"issuer,omitzero"`
	// Adopted is the day it was issued.
	Adopted digidip.Date `json:"adopted,omitzero"`
	// Voluntary reports whether states take it up at their own discretion;
	// true for the Bali Message.
	Voluntary bool `json:"voluntary,omitzero"`
	// Purpose says, in a sentence, what it is for.
	Purpose digidip.Text `json:"purpose,omitzero"`
	// FocusAreas are FA1–FA5 in the order the Indonesian foreign ministry
	// numbers them.
	FocusAreas []FocusArea        `json:"focusAreas,omitempty"`
	Sources    []digidip.Citation `json:"sources,omitempty"`
}

// FocusArea is one of the Bali Message's five focus areas. Title holds an
// English and a Vietnamese title and, as the only wording the sources give
// verbatim, the Indonesian one.
type FocusArea struct {
	// Code is "FA1" … "FA5".
	Code    string       `json:"code"`
	Title   digidip.Text `json:"title,omitzero"`
	Summary digidip.Text `json:"summary,omitzero"`
	// Variants are other outlets' wordings of this area, where they differ
	// in substance: Antara names a different fifth area.
	Variants []Claim[digidip.Text] `json:"variants,omitempty"`
	Sources  []digidip.Citation    `json:"sources,omitempty"`
}

// BaliMessage returns the Bali Message with its five focus areas. Each call
// returns a fresh value the caller may change.
func BaliMessage() Message {
	fa := func(code, en, vi, id, summaryEn, summaryVi string, srcs ...digidip.Citation) FocusArea {
		return FocusArea{
			Code:    code,
			Title:   digidip.EnVi(en, vi).With(language.Indonesian, id),
			Summary: digidip.EnVi(summaryEn, summaryVi),
			Sources: srcs,
		}
	}
	// Every focus area rests on the same four reports; the locators differ
	// only for the Vietnamese seed.
	common := func(seedLoc string) []digidip.Citation {
		return []digidip.Citation{
			seed000(seedLoc), medcomPacific(), detikBaliMessage(), tribunRetno(),
		}
	}
	areas := []FocusArea{
		fa("FA1", "Government policy frameworks to support digital diplomacy",
			"Khung chính sách của chính phủ hỗ trợ ngoại giao số",
			"Kerangka Kebijakan Pemerintah untuk Mendukung Diplomasi Digital",
			"Governments set out the policies, rules and institutions under which their diplomacy uses digital tools.",
			"Chính phủ xây dựng chính sách, quy định và thể chế để ngành ngoại giao sử dụng công cụ số.",
			common("paragraph 5, item 1")...),
		fa("FA2", "Crisis management through digital diplomacy",
			"Quản lý khủng hoảng bằng ngoại giao số",
			"Manajemen Krisis Melalui Diplomasi Digital",
			"Digital channels let states coordinate and inform quickly in a crisis such as the COVID-19 pandemic.",
			"Kênh số giúp các nước phối hợp và thông tin nhanh khi có khủng hoảng, như đại dịch COVID-19.",
			common("paragraph 5, item 2")...),
		fa("FA3", "Data governance to support digital diplomacy",
			"Quản trị dữ liệu phục vụ ngoại giao số",
			"Pengelolaan Data untuk Mendukung Diplomasi Digital",
			"Managing, protecting and using data well, so that diplomacy can rely on it.",
			"Quản lý, bảo vệ và khai thác dữ liệu hiệu quả để ngoại giao có thể dựa vào đó.",
			common("paragraph 5, item 3")...),
		fa("FA4", "Innovation to support MSMEs",
			"Đổi mới sáng tạo hỗ trợ doanh nghiệp nhỏ và vừa",
			"Inovasi untuk Mendukung UKM",
			"Digital innovation that helps micro, small and medium enterprises grow; ICDD 2021 gave the same theme a panel of its own.",
			"Đổi mới số giúp doanh nghiệp siêu nhỏ, nhỏ và vừa phát triển; ICDD 2021 dành riêng một phiên thảo luận cho chủ đề này.",
			common("paragraph 5, item 4")...),
		fa("FA5", "Digital capacity building and inclusion",
			"Nâng cao năng lực số và hòa nhập số",
			"Peningkatan Kapasitas dan Inklusi Digital",
			"Building skills and capacity so that no country or community is left out of the digital shift; closing the digital divide.",
			"Bồi dưỡng kỹ năng và năng lực để không quốc gia, cộng đồng nào bị bỏ lại trong chuyển đổi số; thu hẹp khoảng cách số.",
			common("paragraph 5, item 5")...),
	}
	areas[2].Variants = []Claim[digidip.Text]{{
		Value: digidip.EnVi("Digital management to support digital diplomacy", "Quản lý số phục vụ ngoại giao số").
			With(language.Indonesian, "manajemen digital untuk mendukung diplomasi digital"),
		Source: kumparanClosing(),
		Note:   "closing remarks as reported by kumparan, which also groups capacity building with MSME innovation and lists digital inclusion on its own",
	}}
	areas[4].Variants = []Claim[digidip.Text]{{
		Value: digidip.EnVi("The role of data in digital diplomacy for handling crises", "Vai trò của dữ liệu trong ngoại giao số để xử lý khủng hoảng").
			With(language.Indonesian, "peranan data dalam diplomasi digital dalam penanganan krisis"),
		Source: antaraBali(),
		Note:   "Antara's report of the 16 November 2021 press conference gives this as the fifth area instead of capacity building and digital inclusion",
	}}
	return Message{
		ID: BaliID,
		Name: digidip.EnVi("Bali Message on International Cooperation in Digital Diplomacy",
			"Thông điệp Bali về Hợp tác quốc tế trong Ngoại giao số"),
		Conference: ICDD2021ID,
		Issuer:     IDMOFA,
		Adopted:    day(2021, time.November, 16),
		Voluntary:  true,
		Purpose: digidip.EnVi(
			"A voluntary guide for states to cooperate in digital diplomacy for innovative, inclusive and sustainable growth while narrowing the digital divide between countries, through shared best practice and capacity-building support.",
			"Một định hướng tự nguyện để các nước hợp tác về ngoại giao số, hướng tới tăng trưởng đổi mới, bao trùm và bền vững, đồng thời thu hẹp khoảng cách số giữa các nước, qua chia sẻ kinh nghiệm tốt và hỗ trợ nâng cao năng lực.",
		),
		FocusAreas: areas,
		Sources: []digidip.Citation{
			seed000("paragraph 5"), antaraBali(), detikBaliMessage(), tribunRetno(), medcomOutcome(), medcomPacific(),
		},
	}
}

// Framework returns the generic view of the message: one element of kind
// [digidip.KindFocusArea] per focus area, in order.
func (m Message) Framework() digidip.Framework {
	f := digidip.Framework{
		ID:      m.ID,
		Kind:    digidip.KindMessage,
		Name:    m.Name,
		Aliases: baliAliases(),
		Issuer:  issuerName(m.Issuer),
		Adopted: m.Adopted,
		Summary: m.Purpose,
		Sources: cloneCitations(m.Sources),
	}
	for _, a := range m.FocusAreas {
		f.Elements = append(f.Elements, digidip.Element{
			ID:      digidip.ElementID(m.ID, a.Code),
			Kind:    digidip.KindFocusArea,
			Code:    a.Code,
			Title:   a.Title,
			Summary: a.Summary,
			Sources: cloneCitations(a.Sources),
		})
	}
	return f
}

// baliAliases are the names the Bali Message goes by in the sources. Only
// names that cannot be read as something else are listed: a bare "Bali"
// is a place and has its own Bali Process and Bali Democracy Forum.
func baliAliases() digidip.Aliases {
	return digidip.Aliases{
		{Lang: language.English, Name: "Bali Message"},
		{Lang: language.English, Name: "Bali Message on International Cooperation in Digital Diplomacy"},
		{Lang: language.Vietnamese, Name: "Thông điệp Bali"},
		{Lang: language.Indonesian, Name: "Bali Message"},
	}
}

// issuerName returns the English name of a registered ministry, for the
// generic Framework.Issuer string.
func issuerName(id MinistryID) string {
	for _, m := range Ministries() {
		if m.ID == id {
			return m.Name.En()
		}
	}
	return string(id)
}

func cloneCitations(cs []digidip.Citation) []digidip.Citation {
	return append([]digidip.Citation(nil), cs...)
}
