package asean

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/digidip/digidip"
)

// BoracayID is the digidip ID of the Boracay Digital Declaration.
const BoracayID digidip.ID = "boracay"

// Declaration is the Boracay Digital Declaration, adopted by ASEAN's digital
// ministers at their third meeting (ADGMIN3), held in person on Boracay
// Island, the Philippines, on 9–10 February 2023 under the theme "Synergy
// Towards a Sustainable Digital Future".
//
// The declaration's own text, and so its paragraph numbers, could not be
// found. Its commitments B1…B9 follow, in order, the Vietnamese report of the
// declaration that is digidip's seed article 004 (ictvietnam.vn, 13 February
// 2023); each cites the seed's paragraph and any other report that bears it
// out. The codes are digidip's, not the declaration's.
type Declaration struct {
	// ID is the digidip framework ID, "boracay".
	ID digidip.ID
	// Name is the declaration's English name and its Vietnamese press name.
	Name    digidip.Text
	Aliases digidip.Aliases
	// Meeting is the ID of the meeting that adopted it, "adgmin3" (see
	// [Meetings] for dates, chair and vice-chair).
	Meeting string
	// Place is where it was adopted.
	Place string
	// Adopted is the day the meeting closed and issued it.
	Adopted digidip.Date
	// Theme is the meeting's theme.
	Theme digidip.Text
	// Chair and ViceChair led the meeting.
	Chair, ViceChair Person
	// Summary says what the declaration is about, in digidip's words.
	Summary digidip.Text
	// ParagraphNumbersKnown is false: no copy of the declaration's text was
	// found, so commitments cannot be tied to its paragraph numbers.
	ParagraphNumbersKnown bool
	// Commitments are B1…B9, in the order of seed article 004.
	Commitments []Commitment
	// NotedInitiatives are the initiatives the meeting noted, welcomed or
	// endorsed, as reported from its joint media statement. They are not
	// commitments of the declaration.
	NotedInitiatives []NotedInitiative
	Sources          []digidip.Citation
}

// Corroboration says how far sources other than seed 004 bear out a
// commitment.
type Corroboration string

// The levels of corroboration.
const (
	// SeedOnly: only seed article 004 reports the commitment.
	SeedOnly Corroboration = "seed-only"
	// Partly: another report bears out part of it.
	Partly Corroboration = "partly"
	// Corroborated: another report bears out its substance.
	Corroborated Corroboration = "corroborated"
)

// Commitment is one commitment of the Boracay Digital Declaration.
type Commitment struct {
	// Number is 1 to 9; the code is "B" and the number. It is the position
	// in seed article 004, not a paragraph number of the declaration.
	Number int
	// Title is a short title in English and Vietnamese, in digidip's words
	// (the Vietnamese follows the seed's wording).
	Title digidip.Text
	// Summary says what the ministers committed to, in digidip's words.
	Summary digidip.Text
	// Instruments lists the registry IDs (see [Instruments]) of the
	// instruments and bodies the commitment names.
	Instruments []string
	// Corroboration says how far other sources bear it out.
	Corroboration Corroboration
	// Sources cite seed article 004 first, then corroborating reports, each
	// with a note saying what it bears out.
	Sources []digidip.Citation
}

// Code returns the commitment's code, "B1" to "B9".
func (c Commitment) Code() string { return "B" + strconv.Itoa(c.Number) }

// ID returns the commitment's element ID, e.g. "boracay/B7".
func (c Commitment) ID() digidip.ID { return digidip.ElementID(BoracayID, c.Code()) }

// NotedInitiative is an initiative the meeting that adopted a declaration
// took up in its joint media statement.
type NotedInitiative struct {
	// Instrument is the registry ID of the initiative (see [Instruments]),
	// or "" when it is not in the registry.
	Instrument string
	// Framework is set when the initiative is a digidip framework.
	Framework digidip.ID
	// Name names the initiative in English, and in Vietnamese as the seed
	// article writes it, where it does.
	Name digidip.Text
	// Action is what the meeting did: noted, welcomed, endorsed.
	Action OutcomeAction
	// Summary says what was said about it, in digidip's words.
	Summary string
	Sources []digidip.Citation
}

// Boracay returns the Boracay Digital Declaration. Each call builds a fresh
// value.
func Boracay() Declaration {
	corr := func(c digidip.Citation, note string) digidip.Citation { return noted(c, note) }
	// The theme and the chairs belong to the meeting, and [Meetings] is the
	// one place they are written; should the meeting go missing, Validate
	// reports it.
	const meeting = "adgmin3"
	m, _ := LookupMeeting(meeting)
	return Declaration{
		ID:        BoracayID,
		Name:      digidip.EnVi("Boracay Digital Declaration", "Tuyên bố kỹ thuật số Boracay"),
		Aliases:   en("Boracay Digital Declaration 2023"),
		Meeting:   meeting,
		Place:     "Boracay Island, Malay, Aklan, Philippines",
		Adopted:   day(2023, time.February, 10),
		Theme:     m.Theme,
		Chair:     m.Chair,
		ViceChair: m.ViceChair,
		Summary: digidip.EnVi(
			"The ministers' statement of intent for an inclusive, people-centred and sustainable digital future: closer connectivity and cooperation, continued implementation of ADM 2025, safer digital transformation and e-government, rural broadband, better ICT regulation, cooperation against cybercrime, digital answers to climate change, and work with partners such as the ITU.",
			"Tuyên bố của các bộ trưởng hướng tới tương lai số bao trùm, lấy con người làm trung tâm và bền vững: kết nối và hợp tác chặt chẽ hơn, tiếp tục thực hiện ADM 2025, chuyển đổi số và chính phủ điện tử an toàn hơn, băng rộng cho nông thôn, hoàn thiện quy định CNTT-TT, hợp tác chống tội phạm mạng, giải pháp số ứng phó biến đổi khí hậu và hợp tác với các đối tác như ITU."),
		ParagraphNumbersKnown: false,
		Commitments: []Commitment{
			{
				Number: 1,
				Title:  digidip.EnVi("Recognise the importance of an inclusive digital society", "Ghi nhận vai trò của xã hội số bao trùm ở ASEAN"),
				Summary: digidip.EnVi(
					"Ministers agreed that an inclusive digital society is what lets ASEAN design fitting digital solutions and reap the full gains of digital transformation, raising productivity, improving lives and, in the end, lifting growth.",
					"Các bộ trưởng nhất trí rằng xã hội số bao trùm giúp ASEAN thiết kế giải pháp số phù hợp và tận dụng trọn vẹn lợi ích của chuyển đổi số, qua đó nâng năng suất, cải thiện đời sống và thúc đẩy tăng trưởng."),
				Corroboration: Corroborated,
				Sources: []digidip.Citation{
					seed004Decl(1, ""),
					corr(srcSEAsiaBoracay(), "bears out the recognition of a digitally inclusive society"),
				},
			},
			{
				Number: 2,
				Title:  digidip.EnVi("Strengthen connectivity and cooperation among member states and with dialogue partners", "Tăng cường kết nối, hợp tác giữa các nước ASEAN và với các đối tác đối thoại"),
				Summary: digidip.EnVi(
					"Deepen links among member states and with dialogue partners, through infrastructure and through people-to-people exchange, to narrow the digital divide, with technical help and capacity building, in a spirit of shared vision and identity.",
					"Mở rộng gắn kết giữa các nước thành viên và với đối tác đối thoại, cả bằng hạ tầng lẫn giao lưu giữa con người, nhằm thu hẹp khoảng cách số, kèm hỗ trợ kỹ thuật và nâng cao năng lực, trên tinh thần chung tầm nhìn và bản sắc."),
				Corroboration: Partly,
				Sources: []digidip.Citation{
					seed004Decl(2, ""),
					corr(srcSEAsiaBoracay(), "bears out the digital-divide part only"),
				},
			},
			{
				Number: 3,
				Title:  digidip.EnVi("Implement ADM 2025, the Bandar Seri Begawan Roadmap and Part 1 of the ASEAN–EU Joint Guide", "Cùng thực hiện ADM 2025, Lộ trình Bandar Seri Begawan và phần 1 Hướng dẫn chung ASEAN-EU"),
				Summary: digidip.EnVi(
					"Member states to carry out together, with people at the centre, the actions set out in ADM 2025, the Bandar Seri Begawan Roadmap and Part 1 of the ASEAN–EU Joint Guide on model contractual clauses, so as to adapt sustainably to the changes COVID-19 brought.",
					"Các nước thành viên cùng triển khai, lấy người dân làm trung tâm, những hành động đề ra trong ADM 2025, Lộ trình Bandar Seri Begawan và phần 1 Hướng dẫn chung ASEAN-EU về điều khoản hợp đồng mẫu, để thích ứng bền vững với những thay đổi do COVID-19."),
				Instruments:   []string{"bsbr", "mcc-eu-joint-guide"},
				Corroboration: Partly,
				Sources: []digidip.Citation{
					seed004Decl(3, ""),
					corr(srcSEAsiaBoracay(), "bears out ADM 2025 and the Bandar Seri Begawan Roadmap as guides; the Joint Guide part is unconfirmed"),
				},
			},
			{
				Number: 4,
				Title:  digidip.EnVi("A sustainable, people-centred, safe and secure digital transformation", "Chuyển đổi số bền vững, an toàn, bảo mật, lấy con người làm trung tâm"),
				Summary: digidip.EnVi(
					"Make digital transformation people-centred, safe, secure and suited to users and stakeholders, raising the quality and use of e-government services that link businesses, and backing innovation in new business models for cross-border trade and affordable access.",
					"Bảo đảm chuyển đổi số lấy người dân làm trung tâm, an toàn, bảo mật và sát nhu cầu người dùng; nâng chất lượng và mức sử dụng dịch vụ chính phủ điện tử kết nối doanh nghiệp; hỗ trợ mô hình kinh doanh mới cho thương mại xuyên biên giới và khả năng tiếp cận với chi phí hợp lý."),
				Corroboration: Corroborated,
				Sources: []digidip.Citation{
					seed004Decl(4, ""),
					corr(srcInquirerADGMIN3(), "reports this commitment as enshrined in the declaration"),
					corr(srcGlobalNationBoracay(), "bears out the e-government, innovation and cross-border trade parts"),
					corr(srcMBSustainable(), "bears out the people-centred, safe and secure transformation"),
					corr(srcSEAsiaBoracay(), "bears out people-centred digital government"),
				},
			},
			{
				Number: 5,
				Title:  digidip.EnVi("Share knowledge on better Internet and broadband, especially in rural areas", "Chia sẻ kinh nghiệm để có dịch vụ Internet, băng rộng tốt hơn, nhất là ở nông thôn"),
				Summary: digidip.EnVi(
					"Run innovative, sustainable programmes that pool best practice on meeting the demand for better Internet and broadband services, above all in rural areas, to drive rural development.",
					"Thực hiện các chương trình đổi mới, bền vững, trao đổi cách làm tốt để đáp ứng nhu cầu dịch vụ Internet và băng rộng chất lượng hơn, trước hết ở nông thôn, góp phần phát triển nông thôn."),
				Corroboration: SeedOnly,
				Sources:       []digidip.Citation{seed004Decl(5, "")},
			},
			{
				Number: 6,
				Title:  digidip.EnVi("Improve ICT policy and regulatory frameworks on best practice and international standards", "Hoàn thiện khung chính sách, quy định CNTT-TT theo thông lệ tốt và chuẩn quốc tế"),
				Summary: digidip.EnVi(
					"Keep developing and running programmes and projects that bring ICT policy and regulation into line with best practice and international standards.",
					"Tiếp tục xây dựng và triển khai các chương trình, dự án đưa chính sách và quy định CNTT-TT theo kịp thông lệ tốt nhất và tiêu chuẩn quốc tế."),
				Corroboration: SeedOnly,
				Sources:       []digidip.Citation{seed004Decl(6, "first clause")},
			},
			{
				Number: 7,
				Title:  digidip.EnVi("Combat cybercrime through cooperation on cybersecurity, data security and CERTs", "Chống tội phạm mạng qua hợp tác an ninh mạng, bảo mật dữ liệu và hoạt động CERT"),
				Summary: digidip.EnVi(
					"Build on earlier work against cybercrime by cooperating more closely on cybersecurity, data security and the work of computer emergency response teams.",
					"Phát huy các nỗ lực trước đây chống tội phạm mạng bằng hợp tác chặt chẽ hơn về an ninh mạng, bảo mật dữ liệu và hoạt động của các nhóm ứng cứu sự cố máy tính (CERT)."),
				Instruments:   []string{"asean-regional-cert"},
				Corroboration: Partly,
				Sources: []digidip.Citation{
					seed004Decl(6, "second clause"),
					corr(srcSEAsiaBoracay(), "bears out cybersecurity as part of digital data governance, not the CERT work"),
					corr(srcNewsbytesBoracay(), "reports the cybersecurity and CERT theme from the joint media statement, not as a declaration paragraph"),
				},
			},
			{
				Number: 8,
				Title:  digidip.EnVi("Use digital solutions to mitigate climate change", "Dùng giải pháp số để giảm tác động của biến đổi khí hậu"),
				Summary: digidip.EnVi(
					"Study programmes that use innovative, sustainable digital solutions and services to soften the harm of climate change, for a progressive ASEAN for future generations.",
					"Nghiên cứu các chương trình dùng giải pháp, dịch vụ số sáng tạo và bền vững để hạn chế tác hại của biến đổi khí hậu, vì một ASEAN tiến bộ cho các thế hệ sau."),
				Corroboration: SeedOnly,
				Sources:       []digidip.Citation{seed004Decl(7, "first clause")},
			},
			{
				Number: 9,
				Title:  digidip.EnVi("Continue cooperation with dialogue partners, the ITU and others on ICT programmes for ADM 2025", "Tiếp tục hợp tác với đối tác đối thoại, ITU và các bên khác về chương trình CNTT-TT cho ADM 2025"),
				Summary: digidip.EnVi(
					"Keep working with ASEAN's dialogue partners, the International Telecommunication Union and other interested parties on ICT programmes that serve ADM 2025.",
					"Duy trì hợp tác với các đối tác đối thoại của ASEAN, Liên minh Viễn thông Quốc tế và các bên quan tâm khác trong những chương trình CNTT-TT phục vụ ADM 2025."),
				Instruments:   []string{"itu"},
				Corroboration: SeedOnly,
				Sources:       []digidip.Citation{seed004Decl(7, "second clause")},
			},
		},
		NotedInitiatives: notedAtBoracay(),
		Sources: []digidip.Citation{
			seed004("headline and lede"),
			srcNewsbytesBoracay(),
			srcInquirerADGMIN3(),
			srcBorneoBulletinRightOnTrack(),
			srcMaharlikaBoracay(),
		},
	}
}

func notedAtBoracay() []NotedInitiative {
	ni := func(instrument string, name digidip.Text, a OutcomeAction, summary string, src ...digidip.Citation) NotedInitiative {
		return NotedInitiative{Instrument: instrument, Name: name, Action: a, Summary: summary, Sources: src}
	}
	return []NotedInitiative{
		{
			Framework: ADM2025ID,
			Name:      digidip.EnVi("ASEAN Digital Masterplan 2025", "Kế hoạch tổng thể kỹ thuật số ASEAN 2025"),
			Action:    Welcomed,
			Summary:   "Welcomed progress in the plan's second year and urged member states to carry out its outcomes and actions in a people-centred, greener way.",
			Sources:   []digidip.Citation{srcBorneoBulletinRightOnTrack(), srcJocelleBoracay(), seed004Meeting(1)},
		},
		ni("acrf", digidip.EnVi("ASEAN Comprehensive Recovery Framework", ""), Noted,
			"Noted its implementation and agreed to cooperate more closely in its support, with best practice on digital services for COVID-19 recovery.",
			srcBorneoBulletinRightOnTrack(), srcGlobalNationBoracay(), seed004Meeting(2)),
		ni("wg-ddg", digidip.EnVi("Working Group on Digital Data Governance", "Nhóm công tác về Quản trị dữ liệu kỹ thuật số"), Noted,
			"Noted the group's plans and its capacity building on data management and cross-border data flows.",
			srcBorneoBulletinRightOnTrack(), srcMaharlikaBoracay(), seed004Meeting(3)),
		ni("mcc", digidip.EnVi("ASEAN Model Contractual Clauses", "điều khoản hợp đồng mẫu"), Noted,
			"Capacity building to raise awareness and uptake of the model clauses, as a focus before the data management and data-flow guidelines are implemented.",
			seed004Meeting(3)),
		ni("dmf", digidip.EnVi("ASEAN Data Management Framework", "Khung quản lý dữ liệu ASEAN"), Noted,
			"Its implementing guidelines are to follow the capacity-building focus on the model clauses; an initiative of the first ADGMIN.",
			seed004Meeting(3)),
		ni("cbdf", digidip.EnVi("ASEAN Cross Border Data Flows Mechanism", "cơ chế luồng dữ liệu xuyên biên giới"), Noted,
			"Named with the DMF as an initiative launched at the first ADGMIN.",
			seed004Meeting(3)),
		ni("accs-2021-2025", digidip.EnVi("ASEAN Cybersecurity Cooperation Strategy 2021–2025", "Chiến lược hợp tác an ninh mạng ASEAN 2021 - 2025"), Welcomed,
			"Welcomed member states' stronger cybersecurity measures in line with the strategy, given the rise in attacks.",
			srcNewsbytesBoracay(), seed004Meeting(4)),
		ni("ansac", digidip.EnVi("ASEAN Network Security Action Council", "Hội đồng hành động an ninh mạng ASEAN"), Noted,
			"Named as the collective effort in which no member should be a weak link.",
			seed004Meeting(4)),
		ni("asean-regional-cert-operational-framework", digidip.EnVi("ASEAN Regional CERT Operational Framework", "Khung hoạt động CERT khu vực ASEAN"), Endorsed,
			"Discussed and endorsed; it spells out the resources the Regional CERT needs and guides related capacity building.",
			srcNewsbytesBoracay(), srcCSARegionalCERT2022(), seed004Meeting(5)),
		ni("ascce", digidip.EnVi("ASEAN-Singapore Cybersecurity Centre of Excellence", "Trung tâm an ninh mạng xuất sắc ASEAN-Singapore"), Noted,
			"Named as one of the two centres running regional cyber capacity building.",
			seed004Meeting(5)),
		ni("ajccbc", digidip.EnVi("ASEAN-Japan Cybersecurity Capacity Building Centre", "Trung tâm nâng cao năng lực an ninh mạng ASEAN - Nhật Bản"), Noted,
			"Named as the other centre running regional cyber capacity building.",
			seed004Meeting(5)),
		ni("", digidip.EnVi("ASEAN strategic guide on AI and the digital workforce", "Hướng dẫn chiến lược ASEAN về AI và lực lượng lao động số"), Noted,
			"Noted its implementation, with the completion of an AI landscape study.",
			seed004Meeting(8)),
		ni("ai-guide", digidip.EnVi("ASEAN Guide on AI Governance and Ethics", "Hướng dẫn ASEAN về quản trị và đạo đức AI"), Welcomed,
			"Welcomed work on the guide during 2023.",
			srcMaharlikaBoracay(), seed004Meeting(8)),
		ni("bsbr", digidip.EnVi("Bandar Seri Begawan Roadmap", "Lộ trình Bandar Seri Begawan"), Welcomed,
			"Welcomed the roadmap's ongoing implementation.",
			seed004Meeting(9)),
		ni("defa", digidip.EnVi("Digital Economy Framework Agreement", "Thỏa thuận khung về kinh tế số"), Noted,
			"Looked forward to completing the study of what a framework agreement could cover.",
			srcNewsbytesBoracay(), seed004Meeting(10)),
		ni("asean-5g-roadmap", digidip.EnVi("ASEAN 5G Roadmap", "Lộ trình 5G ASEAN"), Noted,
			"Noted progress on 5G and the third ASEAN 5G workshop's recommendations, and encouraged work towards the roadmap.",
			seed004Meeting(11)),
		ni("", digidip.EnVi("Quality of Experience (QoE) Framework", ""), Noted,
			"Among the earlier and ongoing initiatives the meeting reviewed.",
			srcMaharlikaBoracay()),
	}
}

// Commitment returns the commitment with the given number (1–9).
func (d Declaration) Commitment(n int) (Commitment, bool) {
	for _, c := range d.Commitments {
		if c.Number == n {
			c.Instruments = slices.Clone(c.Instruments)
			c.Sources = slices.Clone(c.Sources)
			return c, true
		}
	}
	return Commitment{}, false
}

// Framework returns the generic view of the declaration: the commitments as
// elements "boracay/B1"…"boracay/B9", kind [digidip.KindCommitment].
func (d Declaration) Framework() digidip.Framework {
	f := digidip.Framework{
		ID:      d.ID,
		Kind:    digidip.KindDeclaration,
		Name:    d.Name,
		Aliases: slices.Clone(d.Aliases),
		Issuer:  "3rd ASEAN Digital Ministers' Meeting (ADGMIN3)",
		Adopted: d.Adopted,
		Summary: d.Summary,
		Sources: slices.Clone(d.Sources),
	}
	for _, c := range d.Commitments {
		f.Elements = append(f.Elements, digidip.Element{
			ID:      c.ID(),
			Kind:    digidip.KindCommitment,
			Code:    c.Code(),
			Title:   c.Title,
			Summary: c.Summary,
			Sources: slices.Clone(c.Sources),
		})
	}
	return f
}

// Validate checks the rules the typed declaration carries beyond the generic
// catalog rules, and returns a [digidip.ValidationErrors] naming the ID and
// field of each problem, or nil:
//
//   - commitments are numbered 1, 2, 3… in order, with English and
//     Vietnamese titles and summaries;
//   - each commitment's first citation is seed article 004; a commitment
//     marked seed-only cites nothing else, and one marked corroborated or
//     partly corroborated cites at least one other source;
//   - the meeting exists in [Meetings], the adoption date is real and falls
//     within the meeting's days;
//   - instruments named by commitments and noted initiatives exist in
//     [Instruments]; every noted initiative has a known action and a
//     citation.
func (d Declaration) Validate() error {
	var errs digidip.ValidationErrors
	id := d.ID
	if !id.Valid() || !id.IsFramework() {
		errs.Add(id, "id", "not a well-formed framework ID")
	}
	errs.RequireEnVi(id, "name", d.Name)
	errs.RequireSources(id, "sources", d.Sources)
	checkDate(&errs, id, "adopted", d.Adopted)
	if m, ok := LookupMeeting(d.Meeting); !ok {
		errs.Add(id, "meeting", fmt.Sprintf("unknown meeting %q", d.Meeting))
	} else if d.Adopted.Before(m.Start) || m.End.Before(d.Adopted) {
		errs.Add(id, "adopted", fmt.Sprintf("%s is outside the meeting's days %s to %s", d.Adopted, m.Start, m.End))
	}
	instruments := instrumentIndex()
	for i, c := range d.Commitments {
		cid := c.ID()
		if c.Number != i+1 {
			errs.Add(cid, "number", fmt.Sprintf("commitment %d of the list is %s; want B%d", i+1, c.Code(), i+1))
		}
		errs.RequireEnVi(cid, "title", c.Title)
		errs.RequireEnVi(cid, "summary", c.Summary)
		errs.RequireSources(cid, "sources", c.Sources)
		if len(c.Sources) > 0 && c.Sources[0].URL != Seed004URL {
			errs.Add(cid, "sources[0]", "the first citation must be seed article 004, which the commitments follow")
		}
		others := 0
		for _, s := range c.Sources {
			if s.URL != Seed004URL {
				others++
			}
		}
		switch c.Corroboration {
		case SeedOnly:
			if others > 0 {
				errs.Add(cid, "corroboration", fmt.Sprintf("marked seed-only but cites %d other sources", others))
			}
		case Partly, Corroborated:
			if others == 0 {
				errs.Add(cid, "corroboration", fmt.Sprintf("marked %s but cites no source besides seed 004", c.Corroboration))
			}
		default:
			errs.Add(cid, "corroboration", fmt.Sprintf("unknown value %q", c.Corroboration))
		}
		for j, in := range c.Instruments {
			if !instruments[in] {
				errs.Add(cid, fmt.Sprintf("instruments[%d]", j), fmt.Sprintf("unknown instrument %q", in))
			}
		}
	}
	for i, n := range d.NotedInitiatives {
		f := fmt.Sprintf("notedInitiatives[%d]", i)
		if strings.TrimSpace(n.Name.En()) == "" {
			errs.Add(id, f+".name.en", "missing English text")
		}
		if n.Instrument != "" && !instruments[n.Instrument] {
			errs.Add(id, f+".instrument", fmt.Sprintf("unknown instrument %q", n.Instrument))
		}
		if n.Framework != "" && n.Framework != ADM2025ID {
			errs.Add(id, f+".framework", fmt.Sprintf("unknown framework %q", n.Framework))
		}
		if !n.Action.Known() {
			errs.Add(id, f+".action", fmt.Sprintf("unknown action %q", n.Action))
		}
		errs.RequireSources(id, f+".sources", n.Sources)
	}
	for i, a := range d.Aliases {
		if strings.TrimSpace(a.Name) == "" {
			errs.Add(id, fmt.Sprintf("aliases[%d]", i), "empty name")
		}
	}
	return errs.Err()
}
