package asean

import (
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/digidip/digidip"
	"golang.org/x/text/language"
)

// ADM2025ID is the digidip ID of the ASEAN Digital Masterplan 2025.
const ADM2025ID digidip.ID = "adm2025"

// Figures the masterplan gives about its own structure. The 8 desired
// outcomes and 37 enabling actions are stated by the ASEAN Secretariat; the
// 17 high-priority actions by the masterplan's implementation chapter
// (p. 137). digidip ships the figures, not the actions: no source it can
// reach prints the actions' titles (see [EnablingAction]).
const (
	// DesiredOutcomeCount is the number of desired outcomes, DO1–DO8.
	DesiredOutcomeCount = 8
	// EnablingActionCount is the number of enabling actions in the masterplan.
	EnablingActionCount = 37
	// HighPriorityCount is the number of enabling actions rated high priority.
	HighPriorityCount = 17
)

// Masterplan is the ASEAN Digital Masterplan 2025 (ADM 2025): ASEAN's plan
// for digital cooperation over 2021–2025, adopted by the digital ministers at
// their first meeting (ADGMIN1) on 22 January 2021. It is built around eight
// desired outcomes, each served by enabling actions.
//
// [ADM2025] returns the masterplan as digidip knows it: identity, authorship,
// adoption, the desired outcomes, the implementation figures, the reviews and
// the successor. Its EnablingActions are empty, because no source digidip can
// reach prints them; a user who holds the masterplan can add them with
// [ReadEnablingActions] and [Masterplan.WithEnablingActions].
type Masterplan struct {
	// ID is the digidip framework ID, "adm2025".
	ID digidip.ID
	// Name is the official English title and its Vietnamese press name.
	Name digidip.Text
	// Aliases are other names, acronyms and Vietnamese variants it goes by.
	Aliases digidip.Aliases
	// From and To are the first and last year the plan covers.
	From, To int
	// Vision is the masterplan's vision statement. The English is the
	// official statement, quoted; the Vietnamese is digidip's translation.
	Vision digidip.Text
	// Summary says in a sentence what the plan is (digidip's words).
	Summary digidip.Text
	// Pages is the length of the published document.
	Pages int
	// Authorship says who commissioned, wrote and coordinated the plan.
	Authorship Authorship
	// Adoption says where and when ministers adopted it.
	Adoption Adoption
	// Predecessor is the instrument ID (see [Instruments]) of the plan
	// ADM 2025 followed: "aim2020", the ASEAN ICT Masterplan 2020.
	Predecessor string
	// Successor is the plan that followed ADM 2025.
	Successor Succession
	// Outcomes are the eight desired outcomes, DO1 to DO8, in order.
	Outcomes []DesiredOutcome
	// EnablingActions are the enabling actions known to this value, ordered
	// by outcome and number. Empty in the shipped data.
	EnablingActions []EnablingAction
	// Plan holds what the implementation chapter says about the actions as a
	// whole: how many, how many high priority, when they start, and the one
	// dependency it names.
	Plan ImplementationPlan
	// Reviews are the stock-takes of the plan, in date order.
	Reviews []Review
	// Results is what was reported achieved when the plan closed.
	Results Results
	// Sources cite the masterplan and the reports of its launch.
	Sources []digidip.Citation
}

// Authorship records who stood behind the masterplan's text.
type Authorship struct {
	// CommissionedBy is the body that commissioned the study.
	CommissionedBy string
	// WrittenBy is the consultancy that wrote it.
	WrittenBy string
	// CoordinatedBy is the ASEAN member state that coordinated its
	// development for ASEAN.
	CoordinatedBy string
	// Copyright is the copyright line of the published document.
	Copyright string
	Sources   []digidip.Citation
}

// Adoption records the adoption of a plan or declaration at a meeting.
type Adoption struct {
	// Meeting is the ID of the meeting (see [Meetings]), e.g. "adgmin1".
	Meeting string
	// Date is the day of adoption.
	Date digidip.Date
	// AdoptedWith lists instrument IDs (see [Instruments]) adopted together
	// with it, e.g. the Putrajaya Declaration.
	AdoptedWith []string
	Sources     []digidip.Citation
}

// Succession records the plan that replaced another.
type Succession struct {
	// Instrument is the successor's instrument ID (see [Instruments]).
	Instrument string
	// Name is the successor's name in English and Vietnamese.
	Name digidip.Text
	// Adopted is the day the successor was adopted.
	Adopted digidip.Date
	// Place is the city where it was adopted.
	Place string
	// Meeting is the ID of the meeting that adopted it.
	Meeting string
	// DraftedWith names the consultancy that helped draft it.
	DraftedWith string
	Sources     []digidip.Citation
}

// ReviewKind says what sort of stock-take a [Review] was.
type ReviewKind string

// The reviews of ADM 2025 the sources record.
const (
	// ReviewHalfway is the senior officials' half-way reassessment of
	// whether outcomes and actions needed refining.
	ReviewHalfway ReviewKind = "halfway"
	// ReviewMidTerm is the ADM 2025 Mid-Term Review, whose recommendations
	// ministers asked member states to carry out.
	ReviewMidTerm ReviewKind = "mid-term"
	// ReviewFinal is the final review report of ADM 2025.
	ReviewFinal ReviewKind = "final"
)

// Review is one stock-take of the masterplan.
type Review struct {
	Kind ReviewKind
	// Name is the review's name, as far as sources give one.
	Name string
	// Date is when the review was taken up, as far as known.
	Date digidip.Date
	// Meeting is the ID of the meeting that took it up, or "" when it was not
	// an ADGMIN (see [Meetings]).
	Meeting string
	// Summary says what happened (digidip's words).
	Summary string
	Sources []digidip.Citation
}

// Results records what was reported achieved under the plan.
type Results struct {
	// InitiativesCompleted is the number of ADM 2025 initiatives reported
	// completed over the plan's life.
	InitiativesCompleted int
	// ReportedAt is the ID of the meeting where the figure was reported.
	ReportedAt string
	Sources    []digidip.Citation
}

// ImplementationPlan is what the masterplan's implementation chapter says
// about its enabling actions as a whole.
type ImplementationPlan struct {
	// EnablingActions is the total number of enabling actions (37).
	EnablingActions int
	// HighPriority is how many of them are rated high priority (17).
	HighPriority int
	// StartTerms are the start bands into which the high-priority actions
	// are split: short term (within a year) and medium term (in 2–3 years).
	StartTerms []StartTerm
	// Dependencies are the dependencies between actions the chapter names.
	Dependencies []Dependency
	Sources      []digidip.Citation
}

// StartTerm is one band of the implementation timetable.
type StartTerm struct {
	Timing Timing
	// Meaning says what the band means in the masterplan.
	Meaning string
}

// Dependency is a dependency between two enabling actions that the masterplan
// names. When DirectionKnown is false the sources say only that the two are
// linked, not which must come first, and Between lists them in numeric
// order; when it is true, Between[0] depends on Between[1].
type Dependency struct {
	Between        [2]string
	DirectionKnown bool
	Note           string
}

// DesiredOutcome is one of the masterplan's eight desired outcomes (DO1–DO8):
// an end state the enabling actions work towards.
type DesiredOutcome struct {
	// Number is 1 to 8; the code is "DO" and the number.
	Number int
	// Title is the outcome's official English title and a Vietnamese title.
	// No Vietnamese source gives the titles, so the Vietnamese is digidip's
	// translation, as VietnameseTitleTranslated records.
	Title digidip.Text
	// VietnameseTitleTranslated is true when Title's Vietnamese is digidip's
	// own translation rather than a sourced wording.
	VietnameseTitleTranslated bool
	// TitleVariants are other wordings of the title found in sources.
	TitleVariants []TitleVariant
	// Theme is the short theme under which the ASEAN Secretariat lists it.
	Theme string
	// Summary says what the outcome means, in digidip's words.
	Summary digidip.Text
	Sources []digidip.Citation
}

// TitleVariant is a wording of a title that differs from the one digidip
// uses, with the source that gives it.
type TitleVariant struct {
	Lang language.Tag
	Text string
	// Note says how it differs.
	Note    string
	Sources []digidip.Citation
}

// Code returns the outcome's code, "DO1" to "DO8".
func (d DesiredOutcome) Code() string { return "DO" + strconv.Itoa(d.Number) }

// ID returns the outcome's element ID, e.g. "adm2025/DO3".
func (d DesiredOutcome) ID() digidip.ID { return digidip.ElementID(ADM2025ID, d.Code()) }

// ADM2025 returns the ASEAN Digital Masterplan 2025 as digidip knows it. Each
// call builds a fresh value.
func ADM2025() Masterplan {
	launch := []digidip.Citation{srcVNPlusADMAdopted(), srcAntaraJatengADM()}
	return Masterplan{
		ID:   ADM2025ID,
		Name: digidip.EnVi("ASEAN Digital Masterplan 2025", "Kế hoạch tổng thể số ASEAN 2025"),
		Aliases: digidip.Aliases{
			{Lang: language.Und, Name: "ADM 2025"},
			{Lang: language.Und, Name: "ADM2025"},
			{Lang: language.English, Name: "ASEAN Digital Masterplan 2025"},
			{Lang: language.English, Name: "ASEAN Digital Masterplan 2021–2025"},
			{Lang: language.Vietnamese, Name: "Kế hoạch tổng thể kỹ thuật số ASEAN 2025"},
			{Lang: language.Vietnamese, Name: "Kế hoạch tổng thể số ASEAN 2025"},
		},
		From: 2021,
		To:   2025,
		Vision: digidip.EnVi(
			"ASEAN as a leading digital community and economic bloc, powered by secure and transformative digital services, technologies and ecosystem",
			"ASEAN là một cộng đồng số và khối kinh tế hàng đầu, dựa trên các dịch vụ, công nghệ và hệ sinh thái số an toàn, mang tính chuyển đổi"),
		Summary: digidip.EnVi(
			"ASEAN's five-year plan for digital cooperation: eight desired outcomes, from a faster COVID-19 recovery and better broadband to trusted services, e-government, digital trade, skills and an inclusive digital society, pursued through 37 enabling actions.",
			"Kế hoạch năm năm của ASEAN về hợp tác số: tám kết quả mong đợi, từ phục hồi nhanh sau COVID-19 và băng rộng tốt hơn đến dịch vụ số tin cậy, chính phủ điện tử, thương mại số, kỹ năng và xã hội số bao trùm, thực hiện qua 37 hành động hỗ trợ."),
		Pages: 140,
		Authorship: Authorship{
			CommissionedBy: "Malaysian Communications and Multimedia Commission (MCMC)",
			WrittenBy:      "PLUM Consulting",
			CoordinatedBy:  "Malaysia",
			Copyright:      "ASEAN Secretariat, 2021",
			Sources: []digidip.Citation{
				at(srcADMVdocuments(), "cover and imprint pages"),
				srcMalayMailADGMIN1(),
				srcAntaraJatengADM(),
			},
		},
		Adoption: Adoption{
			Meeting:     "adgmin1",
			Date:        day(2021, time.January, 22),
			AdoptedWith: []string{"putrajaya-declaration"},
			Sources:     []digidip.Citation{srcVNPlusADMAdopted(), srcVNPlusADGMIN1Convene(), srcMalayMailADGMIN1()},
		},
		Predecessor: "aim2020",
		Successor: Succession{
			Instrument:  "adm2030",
			Name:        digidip.EnVi("ASEAN Digital Masterplan 2030", "Kế hoạch tổng thể số ASEAN 2030"),
			Adopted:     day(2026, time.January, 16),
			Place:       "Hanoi",
			Meeting:     "adgmin6",
			DraftedWith: "Boston Consulting Group",
			Sources:     []digidip.Citation{srcVJSTADGMIN6(), srcVnExpressADM2030(), srcVietnamVNADM2030()},
		},
		Outcomes: desiredOutcomes(launch),
		Plan: ImplementationPlan{
			EnablingActions: EnablingActionCount,
			HighPriority:    HighPriorityCount,
			StartTerms: []StartTerm{
				{Timing: ShortTerm, Meaning: "to start within a year"},
				{Timing: MediumTerm, Meaning: "to start in two to three years"},
			},
			Dependencies: []Dependency{{
				Between:        [2]string{"EA5.1", "EA5.2"},
				DirectionKnown: false,
				Note:           "the only dependency named among the high-priority actions; the sources do not say which of the two must come first",
			}},
			Sources: []digidip.Citation{
				at(srcADMVdocuments(), "p. 137 (implementation chapter)"),
				noted(srcASEANPriorityAreas(), "8 desired outcomes and 37 enabling actions"),
			},
		},
		Reviews: []Review{
			{
				Kind:    ReviewHalfway,
				Name:    "ADGSOM–ATRC leaders' retreat",
				Date:    month(2023, time.March),
				Summary: "Senior officials, meeting in Jakarta on 20–21 March 2023 with the plan half-way through, weighed whether its outcomes and actions needed refining.",
				Sources: []digidip.Citation{srcDailyEconomicRetreat()},
			},
			{
				Kind:    ReviewMidTerm,
				Name:    "ADM 2025 Mid-Term Review",
				Date:    month(2024, time.February),
				Meeting: "adgmin4",
				Summary: "The fourth digital ministers' meeting encouraged member states to carry out the Mid-Term Review's recommendations.",
				Sources: []digidip.Citation{srcMTICBruneiADGMIN4(), srcParadaposMTR()},
			},
			{
				Kind:    ReviewFinal,
				Name:    "final review report of ADM 2025",
				Date:    day(2026, time.January, 16),
				Meeting: "adgmin6",
				Summary: "The Hanoi Declaration of the sixth digital ministers' meeting took note of the final review report as ADM 2030 took over.",
				Sources: []digidip.Citation{srcVNPlusHanoiDeclaration()},
			},
		},
		Results: Results{
			InitiativesCompleted: 82,
			ReportedAt:           "adgmin6",
			Sources:              []digidip.Citation{srcVJSTADGMIN6(), srcVietnamVNPicture()},
		},
		Sources: []digidip.Citation{
			at(srcADMScribd(), "cover (vision statement) and §1.1 The vision"),
			srcASEANPriorityAreas(),
			srcVNPlusADMAdopted(),
			srcMalayMailADGMIN1(),
		},
	}
}

func desiredOutcomes(launch []digidip.Citation) []DesiredOutcome {
	cite := func(extra ...digidip.Citation) []digidip.Citation {
		out := slices.Clone(launch)
		out = append(out, extra...)
		return append(out, noted(srcASEANPriorityAreas(), "short theme of the outcome"))
	}
	wording := func(lang language.Tag, text, note string, src ...digidip.Citation) TitleVariant {
		return TitleVariant{Lang: lang, Text: text, Note: note, Sources: src}
	}
	const unread = "news reports differ on this word; the masterplan page that prints the titles could not be read"
	outs := []DesiredOutcome{
		{
			Number: 1,
			Title: digidip.EnVi("Actions in ADM 2025 prioritised to speed ASEAN's recovery from COVID-19",
				"Ưu tiên các hành động của ADM 2025 nhằm đẩy nhanh sự phục hồi của ASEAN sau COVID-19"),
			TitleVariants: []TitleVariant{
				wording(language.Indonesian, "tindakan ADM2025 yang diprioritaskan untuk mempercepat pemulihan ASEAN dari COVID-19",
					"Indonesian wording in an Antara report", srcAntaraJatengADM()),
			},
			Theme: "COVID-19 recovery",
			Summary: digidip.EnVi(
				"Put first the actions that help ASEAN economies recover quickly from the COVID-19 pandemic, in step with the ASEAN Comprehensive Recovery Framework.",
				"Đặt lên trước những hành động giúp các nền kinh tế ASEAN phục hồi nhanh sau đại dịch COVID-19, song hành với Khung phục hồi tổng thể ASEAN."),
			Sources: cite(at(srcADMScribd(), "§1.1 The vision")),
		},
		{
			Number: 2,
			Title: digidip.EnVi("Increase in the quality and coverage of fixed and mobile broadband infrastructure",
				"Nâng cao chất lượng và mở rộng vùng phủ của hạ tầng băng rộng cố định và di động"),
			Theme: "broadband infrastructure",
			Summary: digidip.EnVi(
				"Better and wider fixed and mobile broadband across the region; at the launch, ministers named this the most critical outcome.",
				"Mạng băng rộng cố định và di động tốt hơn, phủ rộng hơn trong khu vực; khi ra mắt kế hoạch, các bộ trưởng coi đây là kết quả quan trọng nhất."),
			Sources: cite(srcMalayMailADGMIN1()),
		},
		{
			Number: 3,
			Title: digidip.EnVi("The delivery of trusted digital services and the prevention of consumer harms",
				"Cung cấp dịch vụ số tin cậy và ngăn ngừa thiệt hại cho người tiêu dùng"),
			TitleVariants: []TitleVariant{
				wording(language.English, "The delivery of trusted digital services and the prevention of consumer harm",
					"\"harm\" for \"harms\"; "+unread, srcVNPlusADMAdopted(), srcAntaraJatengADM()),
			},
			Theme: "trustworthy digital services",
			Summary: digidip.EnVi(
				"Digital services that people can rely on, with consumers kept safe from harm online.",
				"Dịch vụ số mà người dân có thể tin cậy, và người tiêu dùng được bảo vệ khỏi thiệt hại trên môi trường mạng."),
			Sources: cite(),
		},
		{
			Number: 4,
			Title: digidip.EnVi("A sustainable competitive market for the supply of digital services",
				"Một thị trường cạnh tranh bền vững cho việc cung cấp dịch vụ số"),
			Theme: "competitive digital market",
			Summary: digidip.EnVi(
				"A market for digital services that stays open to competition over time.",
				"Một thị trường dịch vụ số luôn mở cho cạnh tranh một cách lâu dài."),
			Sources: cite(),
		},
		{
			Number: 5,
			Title: digidip.EnVi("Increase in the quality and use of e-government services",
				"Nâng cao chất lượng và mức độ sử dụng dịch vụ chính phủ điện tử"),
			Theme: "e-government service quality",
			Summary: digidip.EnVi(
				"Online government services that work better and that more people and firms use.",
				"Dịch vụ công trực tuyến vận hành tốt hơn và được nhiều người dân, doanh nghiệp sử dụng hơn."),
			Sources: cite(),
		},
		{
			Number: 6,
			Title: digidip.EnVi("Digital services to connect business and to facilitate cross-border trade",
				"Dịch vụ số kết nối doanh nghiệp và tạo thuận lợi cho thương mại xuyên biên giới"),
			TitleVariants: []TitleVariant{
				wording(language.English, "Digital services to connect businesses and to facilitate cross-border trade",
					"\"businesses\" for \"business\"; "+unread, srcVNPlusADMAdopted(), srcAntaraJatengADM()),
			},
			Theme: "digital connectivity for businesses",
			Summary: digidip.EnVi(
				"Digital services that link firms with one another and make trade across ASEAN's internal borders easier.",
				"Dịch vụ số gắn kết các doanh nghiệp với nhau và giúp việc buôn bán qua biên giới trong ASEAN dễ dàng hơn."),
			Sources: cite(),
		},
		{
			Number: 7,
			Title: digidip.EnVi("Increased capability for business and people to participate in the digital economy",
				"Nâng cao năng lực của doanh nghiệp và người dân để tham gia nền kinh tế số"),
			TitleVariants: []TitleVariant{
				wording(language.English, "Increased capacity for business and people to participate in the digital economy",
					"\"capacity\" for \"capability\" in the Vietnam News Agency report", srcVNPlusADMAdopted()),
			},
			Theme: "digital capacity for all",
			Summary: digidip.EnVi(
				"Firms and people gain the skills and means to take part in the digital economy.",
				"Doanh nghiệp và người dân có đủ kỹ năng và điều kiện để tham gia nền kinh tế số."),
			Sources: cite(),
		},
		{
			Number: 8,
			Title: digidip.EnVi("A digitally inclusive society in ASEAN",
				"Một xã hội số bao trùm ở ASEAN"),
			Theme: "digitally inclusive society",
			Summary: digidip.EnVi(
				"A society in which everyone in ASEAN can share in digital life, whatever their means or place.",
				"Một xã hội mà mọi người dân ASEAN, dù ở đâu hay hoàn cảnh nào, đều có thể tham gia đời sống số."),
			Sources: cite(),
		},
	}
	// No Vietnamese source gives the titles of the outcomes (research notes,
	// frameworks.md §6.1), so every Vietnamese title above is digidip's.
	for i := range outs {
		outs[i].VietnameseTitleTranslated = true
	}
	return outs
}

// Outcome returns the desired outcome with the given number (1–8).
func (m Masterplan) Outcome(n int) (DesiredOutcome, bool) {
	for _, d := range m.Outcomes {
		if d.Number == n {
			return d.clone(), true
		}
	}
	return DesiredOutcome{}, false
}

// Review returns the review of the given kind, if the masterplan records one.
func (m Masterplan) Review(kind ReviewKind) (Review, bool) {
	for _, r := range m.Reviews {
		if r.Kind == kind {
			r.Sources = slices.Clone(r.Sources)
			return r, true
		}
	}
	return Review{}, false
}

// Framework returns the generic view of the masterplan: the desired outcomes
// as elements "adm2025/DO1"…"adm2025/DO8", each followed by its enabling
// actions ("adm2025/EA5.1", parent "adm2025/DO5"). An outcome's first
// citation notes that its Vietnamese title is digidip's translation.
func (m Masterplan) Framework() digidip.Framework {
	f := digidip.Framework{
		ID:      m.ID,
		Kind:    digidip.KindMasterplan,
		Name:    m.Name,
		Aliases: slices.Clone(m.Aliases),
		Issuer:  "ASEAN Digital Ministers' Meeting (ADGMIN)",
		Adopted: m.Adoption.Date,
		Summary: m.Summary,
		Sources: slices.Clone(m.Sources),
	}
	for _, d := range m.Outcomes {
		src := slices.Clone(d.Sources)
		if d.VietnameseTitleTranslated && len(src) > 0 {
			note := "English title as reported here; the Vietnamese title is digidip's translation"
			if src[0].Note != "" {
				note = src[0].Note + "; " + note
			}
			src[0].Note = note
		}
		f.Elements = append(f.Elements, digidip.Element{
			ID:      d.ID(),
			Kind:    digidip.KindDesiredOutcome,
			Code:    d.Code(),
			Title:   d.Title,
			Summary: d.Summary,
			Sources: src,
		})
		for _, ea := range m.EnablingActions {
			if ea.Outcome == d.Code() {
				f.Elements = append(f.Elements, ea.element())
			}
		}
	}
	return f
}

func (d DesiredOutcome) clone() DesiredOutcome {
	d.Sources = slices.Clone(d.Sources)
	vs := make([]TitleVariant, len(d.TitleVariants))
	for i, v := range d.TitleVariants {
		v.Sources = slices.Clone(v.Sources)
		vs[i] = v
	}
	d.TitleVariants = vs
	return d
}

// clone returns a deep copy of m, so that a derived masterplan shares no
// slice with the one it came from.
func (m Masterplan) clone() Masterplan {
	m.Aliases = slices.Clone(m.Aliases)
	m.Sources = slices.Clone(m.Sources)
	m.Authorship.Sources = slices.Clone(m.Authorship.Sources)
	m.Adoption.AdoptedWith = slices.Clone(m.Adoption.AdoptedWith)
	m.Adoption.Sources = slices.Clone(m.Adoption.Sources)
	m.Successor.Sources = slices.Clone(m.Successor.Sources)
	m.Plan.StartTerms = slices.Clone(m.Plan.StartTerms)
	m.Plan.Dependencies = slices.Clone(m.Plan.Dependencies)
	m.Plan.Sources = slices.Clone(m.Plan.Sources)
	m.Results.Sources = slices.Clone(m.Results.Sources)
	outs := make([]DesiredOutcome, len(m.Outcomes))
	for i, d := range m.Outcomes {
		outs[i] = d.clone()
	}
	m.Outcomes = outs
	eas := make([]EnablingAction, len(m.EnablingActions))
	for i, ea := range m.EnablingActions {
		eas[i] = ea.clone()
	}
	m.EnablingActions = eas
	revs := make([]Review, len(m.Reviews))
	for i, r := range m.Reviews {
		r.Sources = slices.Clone(r.Sources)
		revs[i] = r
	}
	m.Reviews = revs
	return m
}

// Validate checks the rules the typed masterplan carries beyond the generic
// catalog rules, and returns a [digidip.ValidationErrors] naming the ID and
// field of each problem, or nil:
//
//   - the outcomes are exactly DO1…DO8, in order, each with an English and a
//     Vietnamese title and at least one valid citation;
//   - every enabling action passes [EnablingAction] validation: a code
//     EA<d>.<n> agreeing with an outcome DO1–DO8, a known priority and
//     timing, dependencies on known actions other than itself, a title in
//     English and Vietnamese and a valid citation;
//   - codes are not repeated, and there are no more actions, nor more
//     high-priority actions, than the masterplan has (37 and 17);
//   - the meetings and instruments it refers to exist in [Meetings] and
//     [Instruments], and every date is real.
func (m Masterplan) Validate() error {
	var errs digidip.ValidationErrors
	id := m.ID
	if !id.Valid() || !id.IsFramework() {
		errs.Add(id, "id", "not a well-formed framework ID")
	}
	for i, d := range m.Outcomes {
		did := d.ID()
		if d.Number != i+1 {
			errs.Add(did, "number", fmt.Sprintf("outcome %d of the list is %s; want DO%d", i+1, d.Code(), i+1))
		}
		errs.RequireEnVi(did, "title", d.Title)
		errs.RequireSources(did, "sources", d.Sources)
		for j, v := range d.TitleVariants {
			if v.Text == "" {
				errs.Add(did, fmt.Sprintf("titleVariants[%d].text", j), "empty")
			}
			errs.RequireSources(did, fmt.Sprintf("titleVariants[%d].sources", j), v.Sources)
		}
	}
	if len(m.Outcomes) != DesiredOutcomeCount {
		errs.Add(id, "outcomes", fmt.Sprintf("%d desired outcomes; the masterplan has %d", len(m.Outcomes), DesiredOutcomeCount))
	}
	known := map[string]bool{}
	for _, d := range m.Outcomes {
		known[d.Code()] = true
	}
	validateActionSet(&errs, m.EnablingActions, known, m.Plan)

	meetings := meetingIndex()
	instruments := instrumentIndex()
	checkMeeting := func(field, mid string) {
		if mid != "" && !meetings[mid] {
			errs.Add(id, field, fmt.Sprintf("unknown meeting %q", mid))
		}
	}
	checkInstrument := func(field, iid string) {
		if iid != "" && !instruments[iid] {
			errs.Add(id, field, fmt.Sprintf("unknown instrument %q", iid))
		}
	}
	if m.From > m.To {
		errs.Add(id, "from", fmt.Sprintf("period %d–%d runs backwards", m.From, m.To))
	}
	errs.RequireEnVi(id, "name", m.Name)
	errs.RequireSources(id, "sources", m.Sources)
	errs.RequireSources(id, "authorship.sources", m.Authorship.Sources)
	checkMeeting("adoption.meeting", m.Adoption.Meeting)
	checkDate(&errs, id, "adoption.date", m.Adoption.Date)
	errs.RequireSources(id, "adoption.sources", m.Adoption.Sources)
	for i, iid := range m.Adoption.AdoptedWith {
		checkInstrument(fmt.Sprintf("adoption.adoptedWith[%d]", i), iid)
	}
	checkInstrument("predecessor", m.Predecessor)
	checkInstrument("successor.instrument", m.Successor.Instrument)
	checkMeeting("successor.meeting", m.Successor.Meeting)
	checkDate(&errs, id, "successor.adopted", m.Successor.Adopted)
	errs.RequireSources(id, "successor.sources", m.Successor.Sources)
	if m.Plan.EnablingActions != EnablingActionCount || m.Plan.HighPriority != HighPriorityCount {
		errs.Add(id, "plan", fmt.Sprintf("plan says %d actions, %d high priority; the masterplan has %d and %d",
			m.Plan.EnablingActions, m.Plan.HighPriority, EnablingActionCount, HighPriorityCount))
	}
	errs.RequireSources(id, "plan.sources", m.Plan.Sources)
	for i, dep := range m.Plan.Dependencies {
		for j, c := range dep.Between {
			if _, _, ok := parseEACode(c); !ok {
				errs.Add(id, fmt.Sprintf("plan.dependencies[%d].between[%d]", i, j), fmt.Sprintf("%q is not an enabling-action code", c))
			}
		}
	}
	for i, r := range m.Reviews {
		f := fmt.Sprintf("reviews[%d]", i)
		checkMeeting(f+".meeting", r.Meeting)
		checkDate(&errs, id, f+".date", r.Date)
		errs.RequireSources(id, f+".sources", r.Sources)
	}
	checkMeeting("results.reportedAt", m.Results.ReportedAt)
	errs.RequireSources(id, "results.sources", m.Results.Sources)
	return errs.Err()
}
