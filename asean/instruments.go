package asean

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/digidip/digidip"
	"golang.org/x/text/language"
)

// InstrumentKind says what sort of thing an [Instrument] is.
type InstrumentKind string

// The kinds of instrument in the registry.
const (
	KindAgreement    InstrumentKind = "agreement"     // a treaty-like agreement (DEFA)
	KindRoadmap      InstrumentKind = "roadmap"       // a roadmap or agenda (BSBR)
	KindFramework    InstrumentKind = "framework"     // a policy framework (DMF, ACRF)
	KindMechanism    InstrumentKind = "mechanism"     // a cooperation mechanism (CBDF)
	KindModelClauses InstrumentKind = "model-clauses" // template contract clauses (MCC)
	KindBody         InstrumentKind = "body"          // a council, centre, team or meeting (ANSAC, ADGMIN)
	KindStrategy     InstrumentKind = "strategy"      // a strategy (ACCS 2021–2025)
	KindGuide        InstrumentKind = "guide"         // guidance (the AI Guide)
	KindWorkingGroup InstrumentKind = "working-group" // an ADGSOM working group (WG-DDG)
	KindNetwork      InstrumentKind = "network"       // a network of bodies (AI Safety Network)
	KindOrganisation InstrumentKind = "organisation"  // an organisation outside ASEAN (ITU)
	KindMasterplan   InstrumentKind = "masterplan"    // a masterplan other than ADM 2025
	KindDeclaration  InstrumentKind = "declaration"   // a ministerial declaration other than Boracay
)

// Known reports whether k is one of the kinds above.
func (k InstrumentKind) Known() bool {
	switch k {
	case KindAgreement, KindRoadmap, KindFramework, KindMechanism, KindModelClauses, KindBody,
		KindStrategy, KindGuide, KindWorkingGroup, KindNetwork, KindOrganisation, KindMasterplan, KindDeclaration:
		return true
	}
	return false
}

// NameOrigin says where a Vietnamese name comes from.
type NameOrigin string

// The origins of a Vietnamese name.
const (
	// NameSourced: a cited Vietnamese source writes the name this way.
	NameSourced NameOrigin = "sourced"
	// NameTranslated: no Vietnamese source was found; the name is digidip's
	// own rendering and may differ from what Vietnamese media write.
	NameTranslated NameOrigin = "digidip-translation"
)

// Instrument is an ASEAN instrument (agreement, roadmap, framework,
// strategy, guide, declaration) or body (council, centre, working group,
// network, organisation) that the sources name around ADM 2025 and the
// Boracay Declaration. None of them is a digidip framework: the registry
// exists so that the article mapper can tell a text about, say, ADM 2030 or
// the Bangkok Digital Declaration apart from one about ADM 2025 or Boracay,
// and so that meetings and declarations can say what they adopted or noted.
type Instrument struct {
	// ID is a stable lowercase ID, e.g. "defa", "asean-regional-cert".
	ID string
	// Acronym is the acronym the sources use, or "".
	Acronym string
	// Kind says what sort of instrument or body it is.
	Kind InstrumentKind
	// Name is the full name in English and Vietnamese.
	Name digidip.Text
	// VietnameseName says whether Name's Vietnamese is sourced or digidip's.
	VietnameseName NameOrigin
	// Aliases are other names: acronyms (language.Und), variant English
	// titles, Vietnamese press names.
	Aliases digidip.Aliases
	// Parent is the ID of the instrument this one belongs to or implements
	// (the Operational Framework belongs to the ASEAN Regional CERT), or "".
	Parent string
	// Milestones are its dated events, oldest first.
	Milestones []Milestone
	// Summary says what it is, in digidip's words.
	Summary string
	// Note records what the sources leave uncertain.
	Note string
	// Sources cite where its names, dates and description come from.
	Sources []digidip.Citation
}

// Milestone is a dated event in the life of an instrument.
type Milestone struct {
	Date digidip.Date
	// Event says what happened, in digidip's words.
	Event string
	// Meeting is the ID of the ADGMIN where it happened (see [Meetings]), or "".
	Meeting string
}

// Names returns every name of the instrument: its English and Vietnamese
// names, its acronym and its aliases, without repeats.
func (in Instrument) Names() []string {
	var out []string
	add := func(s string) {
		if s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	add(in.Name.En())
	add(in.Name.Vi())
	add(in.Acronym)
	for _, a := range in.Aliases {
		add(a.Name)
	}
	return out
}

func (in Instrument) clone() Instrument {
	in.Aliases = slices.Clone(in.Aliases)
	in.Milestones = slices.Clone(in.Milestones)
	in.Sources = slices.Clone(in.Sources)
	return in
}

// LookupInstrument finds an instrument by ID, acronym or acronym alias,
// ignoring case: "DEFA", "defa", "asean-regional-cert", "wg-ddg".
func LookupInstrument(key string) (Instrument, bool) {
	key = strings.TrimSpace(key)
	if key == "" {
		return Instrument{}, false
	}
	for _, in := range Instruments() {
		if strings.EqualFold(in.ID, key) || strings.EqualFold(in.Acronym, key) {
			return in, true
		}
	}
	for _, in := range Instruments() {
		for _, a := range in.Aliases {
			if a.Lang == language.Und && strings.EqualFold(a.Name, key) {
				return in, true
			}
		}
	}
	return Instrument{}, false
}

// instrumentIndex returns the set of instrument IDs.
func instrumentIndex() map[string]bool {
	m := map[string]bool{}
	for _, in := range Instruments() {
		m[in.ID] = true
	}
	return m
}

// ValidateInstruments checks a registry of instruments and returns a
// [digidip.ValidationErrors] naming the instrument ID and field of each
// problem, or nil:
//
//   - IDs are well formed, unique, and not the ID of a digidip framework;
//   - acronyms are unique, ignoring case;
//   - the kind and the origin of the Vietnamese name are known values;
//   - names are given in English and Vietnamese; aliases are not empty;
//   - parents name other instruments of the registry;
//   - milestone dates are real, in order, and name known meetings;
//   - every instrument has at least one valid citation.
func ValidateInstruments(ins []Instrument) error {
	var errs digidip.ValidationErrors
	ids := map[string]bool{}
	acronyms := map[string]string{}
	for _, in := range ins {
		id := digidip.ID(in.ID)
		if !id.Valid() || !id.IsFramework() {
			errs.Add(id, "id", "not a lowercase ID of letters, digits and inner hyphens")
		}
		if ids[in.ID] {
			errs.Add(id, "id", "instrument ID used twice")
		}
		ids[in.ID] = true
		if id == ADM2025ID || id == BoracayID {
			errs.Add(id, "id", "is the ID of a digidip framework, not of a related instrument")
		}
		if in.Acronym != "" {
			k := strings.ToLower(in.Acronym)
			if other, dup := acronyms[k]; dup {
				errs.Add(id, "acronym", fmt.Sprintf("acronym %q already used by %s", in.Acronym, other))
			} else {
				acronyms[k] = in.ID
			}
		}
	}
	meetings := meetingIndex()
	for _, in := range ins {
		id := digidip.ID(in.ID)
		if !in.Kind.Known() {
			errs.Add(id, "kind", fmt.Sprintf("unknown kind %q", in.Kind))
		}
		errs.RequireEnVi(id, "name", in.Name)
		if in.VietnameseName != NameSourced && in.VietnameseName != NameTranslated {
			errs.Add(id, "vietnameseName", fmt.Sprintf("unknown origin %q; want %q or %q", in.VietnameseName, NameSourced, NameTranslated))
		}
		for i, a := range in.Aliases {
			if strings.TrimSpace(a.Name) == "" {
				errs.Add(id, fmt.Sprintf("aliases[%d]", i), "empty name")
			}
		}
		switch {
		case in.Parent == in.ID && in.Parent != "":
			errs.Add(id, "parent", "an instrument cannot be its own parent")
		case in.Parent != "" && !ids[in.Parent]:
			errs.Add(id, "parent", fmt.Sprintf("unknown instrument %q", in.Parent))
		}
		var prev digidip.Date
		for i, ms := range in.Milestones {
			f := fmt.Sprintf("milestones[%d]", i)
			checkDate(&errs, id, f+".date", ms.Date)
			if ms.Date.IsZero() {
				errs.Add(id, f+".date", "missing")
			} else if ms.Date.Before(prev) {
				errs.Add(id, f+".date", fmt.Sprintf("%s comes before the previous milestone (%s)", ms.Date, prev))
			}
			prev = ms.Date
			if strings.TrimSpace(ms.Event) == "" {
				errs.Add(id, f+".event", "missing")
			}
			if ms.Meeting != "" && !meetings[ms.Meeting] {
				errs.Add(id, f+".meeting", fmt.Sprintf("unknown meeting %q", ms.Meeting))
			}
		}
		errs.RequireSources(id, "sources", in.Sources)
	}
	return errs.Err()
}

func web(title, url, publisher string) digidip.Citation {
	return digidip.Citation{Title: title, URL: url, Publisher: publisher}
}

func und(names ...string) digidip.Aliases {
	out := make(digidip.Aliases, len(names))
	for i, n := range names {
		out[i] = digidip.Alias{Lang: language.Und, Name: n}
	}
	return out
}

func en(names ...string) digidip.Aliases {
	out := make(digidip.Aliases, len(names))
	for i, n := range names {
		out[i] = digidip.Alias{Lang: language.English, Name: n}
	}
	return out
}

func vi(names ...string) digidip.Aliases {
	out := make(digidip.Aliases, len(names))
	for i, n := range names {
		out[i] = digidip.Alias{Lang: language.Vietnamese, Name: n}
	}
	return out
}

func aliases(parts ...digidip.Aliases) digidip.Aliases { return slices.Concat(parts...) }

// Instruments returns the registry of ASEAN instruments and bodies, in a
// fixed order (data governance, cybersecurity, AI, plans and declarations,
// bodies). Each call builds fresh values.
func Instruments() []Instrument {
	return []Instrument{
		{
			ID: "defa", Acronym: "DEFA", Kind: KindAgreement,
			Name:           digidip.EnVi("ASEAN Digital Economy Framework Agreement", "Hiệp định Khung ASEAN về Kinh tế số"),
			VietnameseName: NameSourced,
			Aliases: aliases(
				en("Digital Economy Framework Agreement", "ASEAN Digital Economic Framework Agreement", "Digital Economic Framework Agreement"),
				vi("Hiệp định khung về kinh tế số ASEAN", "Hiệp định Thỏa thuận khung kinh tế số ASEAN", "Thỏa thuận khung về kinh tế số")),
			Parent: "bsbr",
			Milestones: []Milestone{
				{Date: month(2023, time.February), Event: "ADGMIN3 looked forward to completing the DEFA study", Meeting: "adgmin3"},
				{Date: month(2023, time.August), Event: "study endorsed at the 55th ASEAN Economic Ministers' Meeting, Semarang"},
				{Date: day(2023, time.September, 3), Event: "negotiations launched at the 23rd AEC Council, Jakarta"},
				{Date: day(2025, time.October, 24), Event: "substantial conclusion announced at the 26th AEC Council, Kuala Lumpur"},
				{Date: day(2026, time.May, 30), Event: "negotiations reported concluded (SEOM, Manila); signing targeted for 2026"},
			},
			Summary: "A region-wide digital economy agreement covering digital trade, cross-border e-commerce, payments, digital ID, cybersecurity and data flows; a flagship deliverable of the BSBR.",
			Note:    "The day of the 55th AEM endorsement is given as 17 or 19 August 2023; one summary lists DEFA's signing among 2021–2025 results, which the 2026 timeline contradicts.",
			Sources: []digidip.Citation{
				web("ASEAN initiate talks on digital economy framework agreement", "https://m.phnompenhpost.com/business/asean-initiate-talks-digital-economy-framework-agenda", "The Phnom Penh Post"),
				web("ASEAN officially launched the world's first regional digital economy framework agreement", "https://vntr.moit.gov.vn/news/asean-officially-launched-the-worlds-first-regional-digital-economy-framework-agreement", "Vietnam Trade Remedies Authority (MOIT)"),
				web("DEFA: bệ phóng cho một ASEAN số hội nhập, bao trùm và bền vững", "https://tienphong.vn/defa-be-phong-cho-mot-asean-so-hoi-nhap-bao-trum-va-ben-vung-post1767164.tpo", "Tiền Phong"),
				web("Hiệp định kinh tế số ASEAN mở đường lưu thông thương mại và dữ liệu số", "https://congthuong.vn/hiep-dinh-kinh-te-so-asean-mo-duong-luu-thong-thuong-mai-va-du-lieu-so-tri-gia-2-nghin-ty-usd-306869.html", "Công Thương"),
				web("ASEAN concludes negotiations for landmark digital economy pact", "https://mb.com.ph/2026/05/31/asean-concludes-negotiations-for-landmark-digital-economy-pact", "Manila Bulletin"),
				seed004Meeting(10),
			},
		},
		{
			ID: "bsbr", Acronym: "BSBR", Kind: KindRoadmap,
			Name: digidip.EnVi(
				"Bandar Seri Begawan Roadmap: An ASEAN Digital Transformation Agenda to Accelerate ASEAN's Economic Recovery and Digital Economy Integration",
				"Lộ trình Bandar Seri Begawan về chuyển đổi số"),
			VietnameseName: NameSourced,
			Aliases: aliases(
				en("Bandar Seri Begawan Roadmap"),
				vi("Lộ trình Bandar Seri Begawan")),
			Milestones: []Milestone{
				{Date: day(2021, time.October, 18), Event: "welcomed at the AEC Council–digital ministers interface hosted by Brunei Darussalam"},
				{Date: month(2023, time.February), Event: "ADGMIN3 welcomed its ongoing implementation", Meeting: "adgmin3"},
			},
			Summary: "ASEAN's 2021 agenda for digital transformation, to speed economic recovery and integrate the region's digital economy.",
			Note:    "Seed 004 gives the Vietnamese name as \"Lộ trình Bandar Seri Begawan\" and, once, \"Lộ trình Bandar Seri Begawan về CĐS\" (CĐS: chuyển đổi số).",
			Sources: []digidip.Citation{
				web("Competitiveness, connectivity and core provisions for cross-border digital trade for an integrated ASEAN digital economy", "https://techforgoodinstitute.org/blog/expert-opinion/competitiveness-connectivity-and-core-provisions-for-cross-border-digital-trade-for-an-integrated-asean-digital-economy", "Tech For Good Institute"),
				web("PH to fast-track ASEAN digitalization efforts", "https://www.dti.gov.ph/archives/news-archives/ph-fast-track-asean-digitalization-efforts/", "Department of Trade and Industry, Philippines"),
				web("ASEAN's digital economy aspirations: an assessment of the policy documents of the ADM2025, ADIFAP and the BSBR", "https://aciperspectives.com/2022/03/16/aseans-digital-economy-aspirations-an-assessment-of-the-policy-documents-of-the-adm2025-adifap-and-the-bsbr/", "ACI Perspectives"),
				seed004Meeting(9),
				seed004Decl(3, ""),
			},
		},
		{
			ID: "dfdg", Kind: KindFramework,
			Name:           digidip.EnVi("ASEAN Framework on Digital Data Governance", "Khung ASEAN về quản trị dữ liệu số"),
			VietnameseName: NameTranslated,
			Milestones: []Milestone{
				{Date: day(2018, time.December, 6), Event: "endorsed by the telecommunications and IT ministers (TELMIN), Bali"},
			},
			Summary: "The parent framework of ASEAN's data work, with four strategic priorities; its initiatives include the data classification work that became the DMF and the cross-border data flows mechanism.",
			Sources: []digidip.Citation{
				web("ICT analytical update: ASEAN Framework on Digital Data Governance made public", "https://www.usasean.org/article/2019/01/17/ict-analytical-update-asean-framework-digital-data-governance-made-public", "US-ASEAN Business Council"),
			},
		},
		{
			ID: "dmf", Acronym: "DMF", Kind: KindFramework,
			Name:           digidip.EnVi("ASEAN Data Management Framework", "Khung quản lý dữ liệu ASEAN"),
			VietnameseName: NameSourced,
			Aliases:        en("Data Management Framework"),
			Parent:         "dfdg",
			Milestones: []Milestone{
				{Date: day(2021, time.January, 22), Event: "approved, and its implementing guidelines welcomed, at ADGMIN1", Meeting: "adgmin1"},
			},
			Summary: "Voluntary guidance for businesses on managing personal and non-personal data over its whole life cycle.",
			Sources: []digidip.Citation{
				srcHoganLovellsMCC(),
				web("Finding harmony: ASEAN Model Contractual Clauses and Data Management Framework launched", "https://mayerbrown.com/pt/insights/publications/2021/02/finding-harmony-asean-model-contractual-clauses-and-data-management-framework-launched", "Mayer Brown"),
				seed004Meeting(3),
			},
		},
		{
			ID: "cbdf", Acronym: "CBDF", Kind: KindMechanism,
			Name:           digidip.EnVi("ASEAN Cross Border Data Flows Mechanism", "Cơ chế luồng dữ liệu xuyên biên giới ASEAN"),
			VietnameseName: NameSourced,
			Aliases:        vi("cơ chế luồng dữ liệu xuyên biên giới"),
			Parent:         "dfdg",
			Milestones: []Milestone{
				{Date: month(2021, time.January), Event: "implementing guidelines welcomed at ADGMIN1", Meeting: "adgmin1"},
			},
			Summary: "ASEAN's mechanism for moving data across members' borders; the model contractual clauses are its first tool.",
			Note:    "Seed 004 writes \"cơ chế luồng dữ liệu xuyên biên giới (CBDF)\"; digidip adds \"ASEAN\" to the full name.",
			Sources: []digidip.Citation{srcNAMNewsADGMIN1(), srcBorneo363AIM2020(), seed004Meeting(3)},
		},
		{
			ID: "mcc", Acronym: "MCC", Kind: KindModelClauses,
			Name:           digidip.EnVi("ASEAN Model Contractual Clauses for Cross Border Data Flows", "Điều khoản hợp đồng mẫu ASEAN cho luồng dữ liệu xuyên biên giới"),
			VietnameseName: NameTranslated,
			Aliases: aliases(
				und("MCCs"),
				en("ASEAN Model Contractual Clauses", "ASEAN MCCs"),
				vi("điều khoản hợp đồng mẫu")),
			Parent: "cbdf",
			Milestones: []Milestone{
				{Date: day(2021, time.January, 22), Event: "approved at ADGMIN1", Meeting: "adgmin1"},
			},
			Summary: "Voluntary template contract clauses for moving data across borders, in two modules: controller-to-processor and controller-to-controller.",
			Note:    "Seed 004 names them only as \"các điều khoản hợp đồng mẫu (MCC)\"; the full Vietnamese name is digidip's.",
			Sources: []digidip.Citation{
				web("ASEAN Digital Senior Officials' Meeting (ADGSOM), January 2021: ASEAN Model Contractual Clauses for endorsement", "https://vdocuments.net/asean-digital-senior-officials-meeting-adgsom-january-.html", "ASEAN Secretariat (copy on vdocuments.net)"),
				web("International: ASEAN proposes model clauses for international data transfers", "https://www.allenovery.com/en-gb/global/blogs/digital-hub/international-asean-proposes-model-clauses-for-international-data-transfers", "Allen & Overy"),
				seed004Meeting(3),
			},
		},
		{
			ID: "mcc-eu-joint-guide", Kind: KindGuide,
			Name: digidip.EnVi("Joint Guide to ASEAN Model Contractual Clauses and EU Standard Contractual Clauses",
				"Hướng dẫn chung ASEAN-EU về các điều khoản hợp đồng mẫu cho truyền dữ liệu"),
			VietnameseName: NameSourced,
			Aliases:        en("ASEAN-EU Joint Guide", "Joint Guide on ASEAN and EU Model Contractual Clauses"),
			Parent:         "mcc",
			Milestones: []Milestone{
				{Date: day(2023, time.May, 24), Event: "Part 1, the Reference Guide comparing the clauses, issued"},
				{Date: day(2024, time.January, 31), Event: "updated guide with Part 2, the Implementation Guide, dated"},
				{Date: month(2024, time.February), Event: "launched at ADGMIN4", Meeting: "adgmin4"},
			},
			Summary: "A clause-by-clause comparison of ASEAN's model clauses and the EU's standard clauses (Part 1) with operational best practice for using them (Part 2).",
			Note:    "One law firm dates Part 1 to 23 May 2023. Seed 004 reports Boracay's commitment to Part 1, three months before Part 1's issue date here; the seed may mean the guide then in preparation.",
			Sources: []digidip.Citation{
				web("Joint Guide on ASEAN and EU Model Contractual Clauses", "https://www.twobirds.com/en/capabilities/practices/digital-rights-and-assets/apac-dra/apac-dsd/privacy-and-data-protection/singapore/joint-guide-on-asean-and-eu-model-contractual-clauses", "Bird & Bird"),
				web("ASEAN and EU finalise implementation guide for cross-border data transfers", "https://www.privacyworld.blog/2024/02/asean-and-eu-finalise-implementation-guide-for-cross-border-data-transfers/", "Privacy World"),
				seed004Decl(3, ""),
			},
		},
		{
			ID: "ansac", Acronym: "ANSAC", Kind: KindBody,
			Name:           digidip.EnVi("ASEAN Network Security Action Council", "Hội đồng hành động an ninh mạng ASEAN"),
			VietnameseName: NameSourced,
			Milestones: []Milestone{
				{Date: month(2023, time.August), Event: "14th meeting, where Singapore proposed to host the ASEAN Regional CERT"},
			},
			Summary: "ASEAN's council of national computer emergency response teams; the Regional CERT's coordinator rotates with its chair.",
			Note:    "Founding date not found.",
			Sources: []digidip.Citation{srcCSARegionalCERT2024(), seed004Meeting(4)},
		},
		{
			ID: "ascce", Acronym: "ASCCE", Kind: KindBody,
			Name:           digidip.EnVi("ASEAN-Singapore Cybersecurity Centre of Excellence", "Trung tâm an ninh mạng xuất sắc ASEAN-Singapore"),
			VietnameseName: NameSourced,
			Milestones: []Milestone{
				{Date: month(2018, time.September), Event: "announced by Singapore"},
				{Date: day(2019, time.October, 2), Event: "launched at the 4th ASEAN Ministerial Conference on Cybersecurity"},
				{Date: day(2021, time.October, 6), Event: "new campus officially opened"},
			},
			Summary: "A Singapore-funded centre that trains ASEAN cyber officials and national response teams and runs a cyber range.",
			Sources: []digidip.Citation{
				web("Singapore to spend $30 million over next 5 years to fund new regional cyber security centre", "http://straitstimes.com/singapore/singapore-to-spend-30-million-over-next-5-years-to-fund-new-regional-cyber-security-centre", "The Straits Times"),
				web("New Asean cyber security centre launched to train response teams", "https://www.asiaone.com/digital/new-asean-cyber-security-centre-launched-train-response-teams-combat-online-threats", "AsiaOne"),
				web("Asean-S'pore centre for training national cyber security teams opens new campus", "https://www.straitstimes.com/tech/tech-news/asean-spore-centre-for-training-national-cyber-security-teams-opens-new-campus", "The Straits Times"),
				seed004Meeting(5),
			},
		},
		{
			ID: "ajccbc", Acronym: "AJCCBC", Kind: KindBody,
			Name:           digidip.EnVi("ASEAN-Japan Cybersecurity Capacity Building Centre", "Trung tâm nâng cao năng lực an ninh mạng ASEAN - Nhật Bản"),
			VietnameseName: NameSourced,
			Milestones: []Milestone{
				{Date: day(2018, time.September, 14), Event: "opened in Bangkok, hosted by Thailand's ETDA"},
			},
			Summary: "A Japan-funded training centre in Bangkok that runs cyber defence, forensics and malware-analysis courses for ASEAN officials.",
			Sources: []digidip.Citation{
				web("Southeast Asian cyber security centre opens in Thailand", "https://www.straitstimes.com/asia/se-asia/southeast-asian-cyber-security-centre-opens-in-thailand", "The Straits Times"),
				web("ASEAN-Japan Cybersecurity Capacity Building Centre (Step 2)", "https://jaif.asean.org/project-brief/asean-japan-cybersecurity-capacity-building-centre-step-2/", "Japan-ASEAN Integration Fund"),
				seed004Meeting(5),
			},
		},
		{
			ID: "asean-regional-cert", Kind: KindBody,
			Name:           digidip.EnVi("ASEAN Regional Computer Emergency Response Team", "Nhóm ứng phó khẩn cấp máy tính khu vực ASEAN"),
			VietnameseName: NameTranslated,
			Aliases: aliases(
				en("ASEAN Regional CERT", "ASEAN CERT"),
				vi("CERT khu vực ASEAN")),
			Milestones: []Milestone{
				{Date: month(2015, time.November), Event: "made a priority at the 15th TELMIN"},
				{Date: month(2021, time.January), Event: "proposal for ASEAN CERT information exchange welcomed at ADGMIN1", Meeting: "adgmin1"},
				{Date: month(2022, time.January), Event: "Implementation Paper endorsed at ADGMIN2", Meeting: "adgmin2"},
				{Date: month(2022, time.October), Event: "virtual ASEAN CERT begins operating"},
				{Date: month(2023, time.February), Event: "Operational Framework endorsed at ADGMIN3", Meeting: "adgmin3"},
				{Date: month(2024, time.February), Event: "Financial Model endorsed at ADGMIN4", Meeting: "adgmin4"},
				{Date: day(2024, time.October, 16), Event: "physical facility launched in Singapore at the 9th ASEAN Ministerial Conference on Cybersecurity"},
			},
			Summary: "A regional computer emergency response team with eight functions, hosted and funded by Singapore for up to ten years and co-located with the ASCCE; Malaysia is its first rotating coordinator.",
			Note:    "One law-firm note calls it a legally binding framework signed on 10 June 2024; the Cyber Security Agency of Singapore's own account does not, and digidip follows the agency.",
			Sources: []digidip.Citation{
				srcCSARegionalCERT2022(),
				srcCSARegionalCERT2024(),
				srcOpenGovRegionalCERT(),
				web("ASEAN Regional CERT launched in Singapore", "https://www.usasean.org/article/asean-regional-cert-launched-singapore", "US-ASEAN Business Council"),
				seed004Meeting(5),
			},
		},
		{
			ID: "asean-regional-cert-operational-framework", Kind: KindFramework,
			Name:           digidip.EnVi("ASEAN Regional CERT Operational Framework", "Khung hoạt động CERT khu vực ASEAN"),
			VietnameseName: NameSourced,
			Parent:         "asean-regional-cert",
			Milestones: []Milestone{
				{Date: month(2023, time.February), Event: "discussed and endorsed at ADGMIN3", Meeting: "adgmin3"},
			},
			Summary: "Sets out the resources the ASEAN Regional CERT needs and guides capacity building around it.",
			Sources: []digidip.Citation{srcNewsbytesBoracay(), srcCSARegionalCERT2022(), seed004Meeting(5)},
		},
		{
			ID: "accs-2021-2025", Acronym: "ACCS", Kind: KindStrategy,
			Name:           digidip.EnVi("ASEAN Cybersecurity Cooperation Strategy 2021–2025", "Chiến lược hợp tác an ninh mạng ASEAN 2021–2025"),
			VietnameseName: NameSourced,
			Aliases: aliases(
				en("ASEAN Cybersecurity Cooperation Strategy 2021-2025", "ASEAN Cybersecurity Cooperation Strategy"),
				vi("Chiến lược hợp tác an ninh mạng ASEAN 2021 - 2025", "Chiến lược hợp tác an ninh mạng ASEAN")),
			Milestones: []Milestone{
				{Date: month(2023, time.February), Event: "ADGMIN3 welcomed member states' cybersecurity measures in line with it", Meeting: "adgmin3"},
				{Date: year(2025), Event: "review by Malaysia; a 2026–2030 successor among Malaysia's projects"},
			},
			Summary: "ASEAN's second cybersecurity cooperation strategy, after 2017–2020, tying cyber cooperation to ADM 2025 and other digital plans.",
			Note:    "Where it was launched is uncertain: one unattributed excerpt says ADGMIN2 (January 2022).",
			Sources: []digidip.Citation{srcOpenGovRegionalCERT(), srcUSASEANADGMIN5(), srcNewsbytesBoracay(), seed004Meeting(4)},
		},
		{
			ID: "ai-guide", Kind: KindGuide,
			Name:           digidip.EnVi("ASEAN Guide on AI Governance and Ethics", "Hướng dẫn ASEAN về quản trị và đạo đức AI"),
			VietnameseName: NameSourced,
			Aliases: aliases(
				en("ASEAN Guide on Artificial Intelligence Governance and Ethics", "Expanded ASEAN Guide on AI Governance and Ethics – Generative AI"),
				vi("Hướng dẫn ASEAN về Quản trị và Đạo đức AI")),
			Milestones: []Milestone{
				{Date: month(2023, time.February), Event: "ADGMIN3 welcomed its development in 2023", Meeting: "adgmin3"},
				{Date: day(2024, time.February, 2), Event: "adopted at ADGMIN4", Meeting: "adgmin4"},
				{Date: month(2025, time.January), Event: "expansion on generative AI endorsed at ADGMIN5", Meeting: "adgmin5"},
			},
			Summary: "Singapore-led guidance built on seven principles, from transparency and explainability to accountability and integrity, with recommendations at national and regional level.",
			Sources: []digidip.Citation{
				web("Adopted ASEAN Guide on AI Governance and Ethics, including principles and design requirements", "https://digitalpolicyalert.org/event/17163-adopted-asean-guide-on-ai-governance-and-ethics-including-principles-and-design-requirements", "Digital Policy Alert"),
				web("Association of Southeast Asian Nations provides guidance on AI governance and ethics", "https://techinsights.linklaters.com/post/102j06t/association-of-southeast-asian-nations-provides-guidance-on-ai-governance-and-eth", "Linklaters"),
				web("WSIS Prizes 2025: ASEAN Guide on AI Governance and Ethics", "https://www.itu.int/net4/wsis/stocktaking/Prizes/2025/Details/17079960066835191", "International Telecommunication Union"),
				seed004Meeting(8),
			},
		},
		{
			ID: "asean-5g-roadmap", Kind: KindRoadmap,
			Name:           digidip.EnVi("ASEAN 5G Roadmap", "Lộ trình 5G ASEAN"),
			VietnameseName: NameSourced,
			Milestones: []Milestone{
				{Date: month(2023, time.February), Event: "ADGMIN3 encouraged member states to work together on national 5G policies and on building the roadmap", Meeting: "adgmin3"},
			},
			Summary: "A planned regional roadmap for 5G, which the Boracay meeting asked member states to build together.",
			Note:    "Only seed 004 names it; whether it has since been adopted was not found.",
			Sources: []digidip.Citation{seed004Meeting(11)},
		},
		{
			ID: "acrf", Acronym: "ACRF", Kind: KindFramework,
			Name:           digidip.EnVi("ASEAN Comprehensive Recovery Framework", "Khung phục hồi tổng thể ASEAN"),
			VietnameseName: NameTranslated,
			Aliases:        en("ASEAN Comprehensive Recovery Framework and its Implementation Plan"),
			Milestones: []Milestone{
				{Date: day(2020, time.November, 12), Event: "adopted at the 37th ASEAN Summit (Viet Nam chair, online)"},
			},
			Summary: "ASEAN's consolidated exit strategy from COVID-19, with five broad strategies; the fourth is to speed inclusive digital transformation.",
			Sources: []digidip.Citation{
				web("ASEAN Comprehensive Recovery Framework and its Implementation Plan", "https://asean.org/asean-comprehensive-recovery-framework-and-its-implementation-plan", "ASEAN Secretariat"),
				web("Chairman's statement of the 37th ASEAN Summit", "https://en.vietnamplus.vn/chairmans-statement-of-the-37th-asean-summit-cohesive-and-responsive/190815.vnp", "VietnamPlus (Vietnam News Agency)"),
				srcGlobalNationBoracay(),
			},
		},
		{
			ID: "wg-ddg", Acronym: "WG-DDG", Kind: KindWorkingGroup,
			Name:           digidip.EnVi("Working Group on Digital Data Governance", "Nhóm công tác về quản trị dữ liệu kỹ thuật số"),
			VietnameseName: NameSourced,
			Aliases:        en("ASEAN Working Group on Digital Data Governance"),
			Parent:         "adgsom",
			Milestones: []Milestone{
				{Date: month(2023, time.February), Event: "ADGMIN3 noted its plans and capacity building on data management and the model clauses", Meeting: "adgmin3"},
			},
			Summary: "The senior officials' working group that runs ASEAN's programmes on data management and cross-border data flows.",
			Note:    "Founding date not found.",
			Sources: []digidip.Citation{srcBorneoBulletinRightOnTrack(), srcMaharlikaBoracay(), seed004Meeting(3)},
		},
		{
			ID: "wg-ai", Acronym: "WG-AI", Kind: KindWorkingGroup,
			Name:           digidip.EnVi("ASEAN Working Group on AI Governance", "Nhóm công tác ASEAN về quản trị AI"),
			VietnameseName: NameTranslated,
			Milestones: []Milestone{
				{Date: month(2024, time.February), Event: "new working group announced at ADGMIN4; convened during 2024", Meeting: "adgmin4"},
			},
			Summary: "One of three new ASEAN digital working groups of 2024, on the governance of AI.",
			Sources: []digidip.Citation{srcMDDITeoADGMIN5(), srcMondaqADGMIN4()},
		},
		{
			ID: "wg-as", Acronym: "WG-AS", Kind: KindWorkingGroup,
			Name:           digidip.EnVi("ASEAN Working Group on Anti-Online Scams", "Nhóm công tác ASEAN về chống lừa đảo trực tuyến"),
			VietnameseName: NameTranslated,
			Milestones: []Milestone{
				{Date: year(2024), Event: "convened, led by Thailand"},
				{Date: month(2025, time.January), Event: "its ASEAN Recommendations on Anti-Online Scams adopted at ADGMIN5", Meeting: "adgmin5"},
			},
			Summary: "One of three new ASEAN digital working groups of 2024, led by Thailand, on fighting online scams across the region.",
			Sources: []digidip.Citation{srcMDDITeoADGMIN5(), srcUSASEANADGMIN5()},
		},
		{
			ID: "ai-safety-network", Kind: KindNetwork,
			Name:           digidip.EnVi("ASEAN AI Safety Network", "Mạng lưới an toàn AI ASEAN"),
			VietnameseName: NameTranslated,
			Aliases:        en("ASEAN AI Safe"),
			Milestones: []Milestone{
				{Date: month(2025, time.January), Event: "project endorsed at ADGMIN5", Meeting: "adgmin5"},
				{Date: day(2025, time.October, 26), Event: "declaration on its establishment adopted at the 47th ASEAN Summit, Kuala Lumpur"},
			},
			Summary: "A voluntary network, a Malaysian priority of 2025, that coordinates AI safety work in the region and supports the digital senior officials and their AI working group.",
			Sources: []digidip.Citation{
				web("ASEAN launches AI Safety Network to coordinate regional standards and risk management", "https://cadeproject.org/updates/asean-launches-ai-safety-network-to-coordinate-regional-standards-and-risk-management", "CADE"),
				web("Malaysia leads ASEAN in launching regional AI Safety Network at 47th ASEAN Summit", "https://theledger.asia/malaysia-leads-asean-in-launching-regional-ai-safety-network-at-47th-asean-summit", "The Ledger"),
			},
		},
		{
			ID: "aim2020", Acronym: "AIM2020", Kind: KindMasterplan,
			Name:           digidip.EnVi("ASEAN ICT Masterplan 2020", "Kế hoạch tổng thể CNTT-TT ASEAN 2020"),
			VietnameseName: NameTranslated,
			Aliases:        und("AIM 2020"),
			Summary:        "The ICT masterplan that ADM 2025 replaced; 51 projects under eight strategic thrusts were carried out under it.",
			Sources:        []digidip.Citation{srcBorneo363AIM2020(), srcNAMNewsADGMIN1()},
		},
		{
			ID: "adm2030", Acronym: "ADM 2030", Kind: KindMasterplan,
			Name:           digidip.EnVi("ASEAN Digital Masterplan 2030", "Kế hoạch tổng thể số ASEAN 2030"),
			VietnameseName: NameSourced,
			Aliases:        und("ADM2030"),
			Milestones: []Milestone{
				{Date: day(2026, time.January, 16), Event: "adopted at ADGMIN6, Hanoi", Meeting: "adgmin6"},
			},
			Summary: "The successor of ADM 2025, drafted with Boston Consulting Group and adopted in Hanoi.",
			Sources: []digidip.Citation{srcVJSTADGMIN6(), srcVnExpressADM2030(), srcVietnamVNADM2030()},
		},
		{
			ID: "putrajaya-declaration", Kind: KindDeclaration,
			Name:           digidip.EnVi("Putrajaya Declaration", "Tuyên bố Putrajaya"),
			VietnameseName: NameTranslated,
			Aliases:        en("Putrajaya Declaration \"ASEAN: A Digitally Connected Community\""),
			Milestones: []Milestone{
				{Date: day(2021, time.January, 22), Event: "adopted at ADGMIN1 together with ADM 2025", Meeting: "adgmin1"},
			},
			Summary: "The declaration of the first digital ministers' meeting, \"ASEAN: A Digitally Connected Community\", with ADM 2025 at its core and six commitments.",
			Note:    "Its six commitments are not listed individually in the sources.",
			Sources: []digidip.Citation{srcVNPlusADMAdopted(), srcMalayMailADGMIN1(), srcRepublikaPutrajaya()},
		},
		{
			ID: "singapore-declaration", Kind: KindDeclaration,
			Name:           digidip.EnVi("Singapore Declaration", "Tuyên bố Singapore"),
			VietnameseName: NameTranslated,
			Milestones: []Milestone{
				{Date: month(2024, time.February), Event: "adopted at ADGMIN4", Meeting: "adgmin4"},
			},
			Summary: "The declaration of the fourth digital ministers' meeting.",
			Sources: []digidip.Citation{srcMondaqADGMIN4(), srcMTICBruneiADGMIN4()},
		},
		{
			ID: "bangkok-digital-declaration", Kind: KindDeclaration,
			Name:           digidip.EnVi("Bangkok Digital Declaration", "Tuyên bố số Bangkok"),
			VietnameseName: NameTranslated,
			Milestones: []Milestone{
				{Date: month(2025, time.January), Event: "adopted at ADGMIN5", Meeting: "adgmin5"},
			},
			Summary: "The declaration of the fifth digital ministers' meeting; not the 1967 Bangkok Declaration that founded ASEAN.",
			Sources: []digidip.Citation{srcASEANADGMIN5(), srcUSASEANADGMIN5()},
		},
		{
			ID: "hanoi-declaration", Kind: KindDeclaration,
			Name:           digidip.EnVi("Hanoi Declaration on digital cooperation", "Tuyên bố Hà Nội về hợp tác số"),
			VietnameseName: NameSourced,
			Aliases:        aliases(en("Hanoi Declaration"), vi("Tuyên bố Hà Nội")),
			Milestones: []Milestone{
				{Date: day(2026, time.January, 16), Event: "adopted at ADGMIN6, taking note of the final review of ADM 2025", Meeting: "adgmin6"},
			},
			Summary: "The declaration of the sixth digital ministers' meeting.",
			Note:    "The English name is digidip's rendering of the Vietnamese; the official English title was not found.",
			Sources: []digidip.Citation{srcVNPlusHanoiDeclaration(), srcVJSTADGMIN6()},
		},
		{
			ID: "adgmin", Acronym: "ADGMIN", Kind: KindBody,
			Name:           digidip.EnVi("ASEAN Digital Ministers' Meeting", "Hội nghị Bộ trưởng Số ASEAN"),
			VietnameseName: NameSourced,
			Aliases: aliases(
				en("ASEAN Digital Ministers Meeting"),
				vi("Hội nghị Bộ trưởng Kỹ thuật số ASEAN")),
			Milestones: []Milestone{
				{Date: month(2019, time.October), Event: "the 19th TELMIN, in Lao PDR, agreed to rename the ministers' meeting ADGMIN"},
				{Date: month(2021, time.January), Event: "first meeting under the new name", Meeting: "adgmin1"},
			},
			Summary: "The yearly meeting of ASEAN's digital ministers, formerly the telecommunications and IT ministers' meeting (TELMIN, from 2001).",
			Sources: []digidip.Citation{srcNightOwlTELMIN(), srcASEANDigitalSector(), srcVnExpressADGMIN6Activities(), seed004("lede")},
		},
		{
			ID: "adgsom", Acronym: "ADGSOM", Kind: KindBody,
			Name:           digidip.EnVi("ASEAN Digital Senior Officials' Meeting", "Hội nghị Quan chức Cao cấp Số ASEAN"),
			VietnameseName: NameSourced,
			Aliases:        en("ASEAN Digital Senior Officials Meeting"),
			Summary:        "The senior officials who prepare the digital ministers' meetings and oversee the digital working groups.",
			Sources: []digidip.Citation{
				web("Thúc đẩy việc triển khai các chương trình, sáng kiến hợp tác số trong ASEAN", "https://www.vietnamplus.vn/thuc-day-viec-trien-khai-cac-chuong-trinh-sang-kien-hop-tac-so-trong-asean-post1088357.vnp", "VietnamPlus (Vietnam News Agency)"),
				srcSunDailyADGSOM1(),
			},
		},
		{
			ID: "itu", Acronym: "ITU", Kind: KindOrganisation,
			Name:           digidip.EnVi("International Telecommunication Union", "Liên minh Viễn thông Quốc tế"),
			VietnameseName: NameSourced,
			Summary:        "The UN agency for information and communication technologies, named at Boracay as a partner in ICT programmes that support ADM 2025.",
			Sources:        []digidip.Citation{seed004Decl(7, "")},
		},
		{
			ID: "gfce", Acronym: "GFCE", Kind: KindOrganisation,
			Name:           digidip.EnVi("Global Forum on Cyber Expertise", "Diễn đàn toàn cầu các chuyên gia không gian mạng"),
			VietnameseName: NameSourced,
			Milestones: []Milestone{
				{Date: day(2015, time.April, 16), Event: "launched at the Global Conference on Cyberspace, The Hague, with 42 founding members, Viet Nam among them"},
			},
			Summary: "A Netherlands-initiated forum for cyber capacity building.",
			Sources: []digidip.Citation{
				web("GFCE history", "https://www.thegfce.com/about/history", "Global Forum on Cyber Expertise"),
				web("Việt Nam tham gia thành viên sáng lập GFCE", "http://www.taichinhdientu.vn/the-gioi-cong-nghe/viet-nam-tham-gia-thanh-vien-sang-lap-gfce-142692.html", "Tài chính điện tử"),
			},
		},
	}
}
