package diplomacy

import (
	"time"

	"github.com/digidip/digidip"
	"golang.org/x/text/language"
)

// Format says how a meeting was held.
type Format string

// The formats the sources report.
const (
	InPerson Format = "in-person" // everyone in the room
	Online   Format = "online"    // everyone connected remotely
	Hybrid   Format = "hybrid"    // in person and online at once
)

// Conference is the International Conference on Digital Diplomacy 2021
// (ICDD 2021), held by Indonesia's foreign ministry on 16 November 2021 from
// Nusa Dua, Bali. It issued the [Message] known as the Bali Message, heard
// Foreign Minister Retno Marsudi propose three steps, and ran four parallel
// panels.
//
// Where the sources disagree — the number of countries, the theme's last
// words, whether it was online or hybrid — the conference keeps every claim
// with its own source rather than choosing one, because users quote these
// figures.
type Conference struct {
	ID   digidip.ID   `json:"id"`
	Name digidip.Text `json:"name,omitzero"`
	// Acronym is the short name the sources use: "ICDD 2021".
	Acronym string `json:"acronym,omitzero"`
	// Organizer is the ministry that held the conference.
	Organizer MinistryID   `json:"organizer,omitzero"`
	Date      digidip.Date `json:"date,omitzero"`
	// Venue is where the in-person part took place.
	Venue digidip.Text `json:"venue,omitzero"`
	// Format holds each source's account of how the conference was held.
	Format []Claim[Format] `json:"format,omitempty"`
	// Theme holds each source's wording of the conference theme.
	Theme []Claim[digidip.Text] `json:"theme,omitempty"`
	// Participants holds each source's count of participants.
	Participants []Claim[int] `json:"participants,omitempty"`
	// Countries holds each source's count of participating countries.
	Countries []Claim[int] `json:"countries,omitempty"`
	// AnnouncedCountries is the list of countries (ISO 3166-1 alpha-2
	// codes) the organiser announced a week before the event.
	AnnouncedCountries Claim[[]string] `json:"announcedCountries,omitzero"`
	// Steps are the three steps the Indonesian foreign minister proposed in
	// her opening speech.
	Steps []Step `json:"steps,omitempty"`
	// Panels are the four parallel discussion sessions.
	Panels []Panel `json:"panels,omitempty"`
	// Speeches summarise what named speakers said.
	Speeches []Speech `json:"speeches,omitempty"`
	// Outcome is the framework ID of the document the conference issued:
	// the Bali Message.
	Outcome digidip.ID `json:"outcome,omitzero"`
	// Predecessor is the 2019 regional conference ICDD grew out of.
	Predecessor PriorConference    `json:"predecessor"`
	Sources     []digidip.Citation `json:"sources,omitempty"`
}

// Step is one of the steps a speaker proposed (ICDD 2021 S1–S3).
type Step struct {
	// Code is "S1", "S2" or "S3".
	Code    string       `json:"code"`
	Title   digidip.Text `json:"title,omitzero"`
	Summary digidip.Text `json:"summary,omitzero"`
	// ProposedBy is the speaker.
	ProposedBy PersonID           `json:"proposedBy,omitzero"`
	Sources    []digidip.Citation `json:"sources,omitempty"`
}

// Panel is a discussion session of a conference (ICDD 2021 P1–P4). Title
// is the session's announced English name and a Vietnamese rendering.
type Panel struct {
	// Code is "P1" … "P4", in the order the organiser listed them.
	Code    string             `json:"code"`
	Title   digidip.Text       `json:"title,omitzero"`
	Summary digidip.Text       `json:"summary,omitzero"`
	Sources []digidip.Citation `json:"sources,omitempty"`
}

// Speech records, in a few sentences of our own, what a named speaker said
// at the conference.
type Speech struct {
	Speaker PersonID `json:"speaker,omitzero"`
	// Role is the speaker's post at the time, as the source gives it.
	Role    digidip.Text     `json:"role,omitzero"`
	Summary digidip.Text     `json:"summary,omitzero"`
	Source  digidip.Citation `json:"source,omitzero"`
}

// PriorConference is an earlier conference in the same series, recorded so
// that its name and outcome are not mistaken for the later ones: the 2019
// Regional Conference on Digital Diplomacy issued the Jakarta Message, a
// different document from the Bali Message.
type PriorConference struct {
	Name    digidip.Text `json:"name,omitzero"`
	Acronym string       `json:"acronym,omitzero"`
	// Start and End are the first and last days.
	Start     digidip.Date `json:"start,omitzero"`
	End       digidip.Date `json:"end,omitzero"`
	Venue     digidip.Text `json:"venue,omitzero"`
	Organizer MinistryID   `json:"organizer,omitzero"`
	// Countries holds each source's count of participating countries.
	Countries []Claim[int] `json:"countries,omitempty"`
	// Outcome is the name of the document it issued.
	Outcome digidip.Text `json:"outcome,omitzero"`
	// Note says how it relates to the later conference.
	Note    digidip.Text       `json:"note,omitzero"`
	Sources []digidip.Citation `json:"sources,omitempty"`
}

// ICDD2021 returns ICDD 2021 with its steps, panels, speeches, disputed
// figures and predecessor. Each call returns a fresh value the caller may
// change.
func ICDD2021() Conference {
	retnoSources := func(seed0, seed1 string, more ...digidip.Citation) []digidip.Citation {
		return append([]digidip.Citation{seed000(seed0), seed001(seed1)}, more...)
	}
	panel := func(code, en, vi, sumEn, sumVi string) Panel {
		return Panel{
			Code:    code,
			Title:   digidip.EnVi(en, vi),
			Summary: digidip.EnVi(sumEn, sumVi),
			Sources: []digidip.Citation{mediaIndonesiaICDD(), seed001("paragraph 15"), seed000("paragraph 7")},
		}
	}
	return Conference{
		ID:        ICDD2021ID,
		Name:      digidip.EnVi("International Conference on Digital Diplomacy 2021", "Hội nghị Quốc tế về Ngoại giao số 2021"),
		Acronym:   "ICDD 2021",
		Organizer: IDMOFA,
		Date:      day(2021, time.November, 16),
		Venue:     digidip.EnVi("Conrad hotel, Nusa Dua, Bali, Indonesia", "Khách sạn Conrad, Nusa Dua, Bali, Indonesia"),
		Format: []Claim[Format]{
			{Value: Hybrid, Source: tribunAnnounced(), Note: "in person in Bali and online, as announced"},
			{Value: Hybrid, Source: medcomPreview()},
			{Value: Online, Source: seed000("paragraph 1"), Note: "the Vietnamese report calls it an online conference; Viet Nam's minister took part online"},
		},
		Theme: []Claim[digidip.Text]{
			{
				Value:  digidip.EnVi("Unmasking Digital Diplomacy in the New Normal", "Khám phá ngoại giao số trong trạng thái bình thường mới"),
				Source: liputanTheme(),
				Note:   "the organiser's pre-event briefing; the Vietnamese seed renders the same wording",
			},
			{
				Value:  digidip.EnVi("Unmasking Digital Diplomacy in the New Era", "Khám phá ngoại giao số trong kỷ nguyên mới"),
				Source: antaraBali(),
				Note:   "Antara's wording; the pre-event briefings say New Normal",
			},
		},
		Participants: []Claim[int]{
			{Value: 4300, Source: seed000("paragraph 2"), Note: "delegates"},
			{Value: 4300, Source: antaraBali(), Note: "about 4,300 participants from government, business and the public"},
		},
		Countries: []Claim[int]{
			{Value: 19, Source: seed000("paragraphs 2 and 6")},
			{Value: 21, Source: seed001("paragraph 14"), Note: "senior diplomats and representatives of 21 countries"},
			{Value: 21, Source: tribunAnnounced(), Note: "as announced on 8 November 2021, with the list in AnnouncedCountries"},
			{Value: 19, Source: internationalMediaICDD(), Note: "representatives of 19 countries took part"},
			{Value: 20, Source: medcomPacific(), Note: "looking back in August 2022: attended by 20 countries"},
		},
		AnnouncedCountries: Claim[[]string]{
			Value: []string{"AU", "BN", "KH", "CL", "CN", "FJ", "FI", "IN", "ID", "JP", "LA",
				"MY", "NZ", "PH", "KR", "SG", "ZA", "TH", "US", "GB", "VN"},
			Source: tribunAnnounced(),
			Note:   "21 countries announced a week before the event; also listed by Media Indonesia",
		},
		Steps: []Step{
			{
				Code: "S1",
				Title: digidip.EnVi("Build trust in digital diplomacy",
					"Xây dựng lòng tin vào ngoại giao số"),
				Summary: digidip.EnVi(
					"Make the digital environment safe to work in: free of cyber threats, with data privacy protected and Internet governance concerns met; speed must not cost safety or ethics, and online meetings should say up front who attends and how personal data is used.",
					"Tạo môi trường số an toàn để làm việc: không có mối đe dọa mạng, bảo vệ quyền riêng tư dữ liệu và giải quyết các quan ngại về quản trị Internet; nhanh nhưng không đánh đổi an toàn và đạo đức, và các cuộc họp trực tuyến cần minh bạch từ đầu về người tham dự và cách dùng dữ liệu cá nhân.",
				),
				ProposedBy: RetnoMarsudi,
				Sources:    retnoSources("paragraph 4", "paragraph 11", medcomRetno(), kumparanRetno(), detikRetno()),
			},
			{
				Code: "S2",
				Title: digidip.EnVi("Bridge the digital divide between and within countries",
					"Thu hẹp khoảng cách số giữa các quốc gia và trong mỗi quốc gia"),
				Summary: digidip.EnVi(
					"Help developing countries catch up in digital diplomacy with infrastructure, literacy and skills, affordable technology and secure platforms, and let states learn from one another.",
					"Giúp các nước đang phát triển bắt kịp về ngoại giao số thông qua hạ tầng, kỹ năng và hiểu biết số, công nghệ giá hợp lý và nền tảng an toàn, đồng thời để các nước học hỏi lẫn nhau.",
				),
				ProposedBy: RetnoMarsudi,
				Sources:    retnoSources("paragraph 4", "paragraph 11", medcomRetno(), kumparanRetno(), detikRetno()),
			},
			{
				Code: "S3",
				Title: digidip.EnVi("Use digital diplomacy to address global issues",
					"Tận dụng ngoại giao số để giải quyết các vấn đề toàn cầu"),
				Summary: digidip.EnVi(
					"Put digital diplomacy to work on problems no state can solve alone.",
					"Đưa ngoại giao số vào giải quyết những vấn đề mà không quốc gia nào tự mình giải quyết được.",
				),
				ProposedBy: RetnoMarsudi,
				Sources:    retnoSources("paragraph 4", "paragraph 11", tribunRetno()),
			},
		},
		Panels: []Panel{
			panel("P1", "Inclusive Digital Economy: Benefits and Challenges", "Kinh tế số bao trùm: lợi ích và thách thức",
				"Who gains from the digital economy, who risks being left out, and what that means for policy.",
				"Ai được lợi từ kinh tế số, ai có nguy cơ bị bỏ lại, và điều đó đặt ra gì cho chính sách."),
			panel("P2", "Digital Innovation for SMEs", "Đổi mới số cho doanh nghiệp nhỏ và vừa",
				"How digital innovation helps small and medium enterprises.",
				"Đổi mới số giúp doanh nghiệp nhỏ và vừa như thế nào."),
			panel("P3", "Making Sense of Data and Digital Diplomacy", "Hiểu dữ liệu trong ngoại giao số",
				"The part data plays in digital diplomacy.",
				"Vai trò của dữ liệu trong ngoại giao số."),
			panel("P4", "Big Data and Crisis Management", "Dữ liệu lớn và quản lý khủng hoảng",
				"Using big data to manage crises.",
				"Sử dụng dữ liệu lớn để quản lý khủng hoảng."),
		},
		Speeches: []Speech{
			{
				Speaker: RetnoMarsudi,
				Role:    digidip.EnVi("Minister for Foreign Affairs of Indonesia", "Bộ trưởng Ngoại giao Indonesia"),
				Summary: digidip.EnVi(
					"Opening the conference, she said digital diplomacy cannot replace meeting in person but is here to stay and will grow; a mix of both will be the norm after the pandemic. She stressed its economic uses, announced that Indonesia would also host an ASEAN creative-economy business forum, and planned to carry the topic into ASEAN and the G20.",
					"Phát biểu khai mạc, bà cho rằng ngoại giao số không thay được gặp gỡ trực tiếp nhưng sẽ tồn tại và phát triển; kết hợp cả hai sẽ là chuẩn mực sau đại dịch. Bà nhấn mạnh mục đích kinh tế của ngoại giao số, cho biết Indonesia sẽ đăng cai thêm một diễn đàn doanh nghiệp kinh tế sáng tạo ASEAN và dự định đưa chủ đề này vào ASEAN và G20.",
				),
				Source: seed001("paragraphs 9–12"),
			},
			{
				Speaker: BuiThanhSon,
				Role:    digidip.EnVi("Minister of Foreign Affairs of Viet Nam", "Bộ trưởng Bộ Ngoại giao Việt Nam"),
				Summary: digidip.EnVi(
					"Speaking online, he said Viet Nam, like many countries, had used digital technology in diplomacy with real success. Digital diplomacy brings closer interaction, trust and faster, better-coordinated responses; it adds transparency and lets people be heard, which helps against misinformation; it links digital economies, spurs innovation for the post-COVID recovery, and saves ASEAN time and resources while drawing partners in. Its risks call for stronger cybersecurity, dialogue and shared good practice.",
					"Phát biểu trực tuyến, ông cho biết Việt Nam, như nhiều nước, đã ứng dụng công nghệ số trong ngoại giao với nhiều kết quả. Ngoại giao số tăng tương tác, lòng tin, giúp phản ứng nhanh và phối hợp tốt hơn; tăng minh bạch, để người dân được lên tiếng, qua đó giúp chống thông tin sai lệch; kết nối các nền kinh tế số, thúc đẩy đổi mới cho phục hồi sau COVID-19, giúp ASEAN tiết kiệm thời gian, nguồn lực và thu hút đối tác. Rủi ro của nó đòi hỏi tăng cường an ninh mạng, đối thoại và chia sẻ kinh nghiệm tốt.",
				),
				Source: seed001("paragraphs 2–8"),
			},
		},
		Outcome: BaliID,
		Predecessor: PriorConference{
			Name:      digidip.EnVi("Regional Conference on Digital Diplomacy", "Hội nghị Khu vực về Ngoại giao số"),
			Acronym:   "RCDD",
			Start:     day(2019, time.September, 10),
			End:       day(2019, time.September, 11),
			Venue:     digidip.EnVi("Hotel Mulia, Jakarta, Indonesia", "Khách sạn Mulia, Jakarta, Indonesia"),
			Organizer: IDMOFA,
			Countries: []Claim[int]{
				{Value: 16, Source: jakartaGlobeRCDD(), Note: "the ten ASEAN members with Australia, China, India, Japan, the Republic of Korea and New Zealand"},
				{Value: 16, Source: sindonewsRCDD()},
			},
			Outcome: digidip.EnVi("Jakarta Message on Regional Cooperation in Digital Diplomacy",
				"Thông điệp Jakarta về Hợp tác khu vực trong Ngoại giao số"),
			Note: digidip.EnVi(
				"The regional forerunner that ICDD widened to international scope. Its Jakarta Message (with an action plan and a proposed regional network on digital diplomacy) is a different document from the Bali Message and is not in the catalog.",
				"Hội nghị khu vực tiền thân mà ICDD mở rộng ra quy mô quốc tế. Thông điệp Jakarta của hội nghị này (kèm kế hoạch hành động và đề xuất mạng lưới khu vực về ngoại giao số) là văn kiện khác với Thông điệp Bali và không có trong danh mục.",
			),
			Sources: []digidip.Citation{jakartaGlobeRCDD(), detikRCDD(), sindonewsRCDD(), antaraRCDD(), medcomPreview(), medcomOutcome(), seed001("paragraph 14")},
		},
		Sources: []digidip.Citation{
			seed000("paragraphs 1–7"), seed001("paragraphs 3 and 9–15"), antaraBali(), tribunAnnounced(),
			mediaIndonesiaICDD(), medcomPreview(), baoquocteICDD(),
		},
	}
}

// Framework returns the generic view of the conference: steps S1–S3 (kind
// [digidip.KindStep]) and then panels P1–P4 ([digidip.KindPanel]). The
// disputed figures and the predecessor stay in the typed value.
func (c Conference) Framework() digidip.Framework {
	f := digidip.Framework{
		ID:   c.ID,
		Kind: digidip.KindConference,
		Name: c.Name,
		Aliases: digidip.Aliases{
			{Lang: language.English, Name: "ICDD 2021"},
			{Lang: language.English, Name: "International Conference on Digital Diplomacy"},
			{Lang: language.Vietnamese, Name: "Hội nghị Quốc tế về ngoại giao số"},
			{Lang: language.Vietnamese, Name: "ICDD 2021"},
		},
		Issuer:  issuerName(c.Organizer),
		Adopted: c.Date,
		Summary: digidip.EnVi(
			"Indonesia's international conference on digital diplomacy, held in Bali and online on 16 November 2021; it adopted the Bali Message.",
			"Hội nghị quốc tế về ngoại giao số do Indonesia tổ chức tại Bali và trực tuyến ngày 16/11/2021; hội nghị thông qua Thông điệp Bali.",
		),
		Sources: cloneCitations(c.Sources),
	}
	for _, s := range c.Steps {
		f.Elements = append(f.Elements, digidip.Element{
			ID: digidip.ElementID(c.ID, s.Code), Kind: digidip.KindStep, Code: s.Code,
			Title: s.Title, Summary: s.Summary, Sources: cloneCitations(s.Sources),
		})
	}
	for _, p := range c.Panels {
		f.Elements = append(f.Elements, digidip.Element{
			ID: digidip.ElementID(c.ID, p.Code), Kind: digidip.KindPanel, Code: p.Code,
			Title: p.Title, Summary: p.Summary, Sources: cloneCitations(p.Sources),
		})
	}
	return f
}
