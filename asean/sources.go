package asean

import (
	"strconv"
	"time"

	"github.com/digidip/digidip"
)

// This file holds the sources the package's facts come from. Each source is
// a function that returns a fresh [digidip.Citation], so that no caller can
// change what another caller sees; a locator or note is added where a fact
// comes from one place in the source.

// day returns a full date. It is only ever called with literal dates that
// the tests check with [digidip.Date.Validate].
func day(y int, m time.Month, d int) digidip.Date {
	return digidip.Date{Year: y, Month: m, Day: d}
}

// month returns a date known to the month.
func month(y int, m time.Month) digidip.Date { return digidip.Date{Year: y, Month: m} }

// year returns a date known to the year.
func year(y int) digidip.Date { return digidip.Date{Year: y} }

func at(c digidip.Citation, locator string) digidip.Citation {
	c.Locator = locator
	return c
}

func noted(c digidip.Citation, note string) digidip.Citation {
	c.Note = note
	return c
}

// Seed004Title is the headline of seed article 004, the Vietnamese report of
// the Boracay Digital Declaration that the boracay/B1…B9 commitments follow.
const Seed004Title = "ASEAN thông qua tuyên bố kỹ thuật số Boracay: cải thiện năng suất, cuộc sống của người dân"

// Seed004URL is where seed article 004 was published (ictvietnam.vn, the
// print view); its headline, date and byline match the seed file.
const Seed004URL = "https://ictvietnam.vn/print/56501.html"

// seed004 cites seed article 004; locator names the paragraph.
func seed004(locator string) digidip.Citation {
	return digidip.Citation{
		Title:     Seed004Title,
		URL:       Seed004URL,
		Publisher: "ictvietnam.vn",
		Locator:   locator,
		Published: day(2023, time.February, 13),
		Note:      "digidip seed article 004 (Hoàng Linh); a Vietnamese news report, not the declaration's text",
	}
}

// The locators of seed 004 name paragraphs by position within the section
// headed "Tuyên bố kỹ thuật số Boracay: CĐS để cải thiện năng suất, cuộc sống
// của người dân" (the declaration section) or the section before it headed
// "ASEAN hướng tới cộng đồng số" (the meeting section).
func seed004Decl(n int, extra string) digidip.Citation {
	loc := "declaration section (\"Tuyên bố kỹ thuật số Boracay…\"), paragraph " + strconv.Itoa(n)
	if extra != "" {
		loc += ", " + extra
	}
	return seed004(loc)
}

func seed004Meeting(n int) digidip.Citation {
	return seed004("meeting section (\"ASEAN hướng tới cộng đồng số\"), paragraph " + strconv.Itoa(n))
}

// ADM 2025: the masterplan and its launch.

func srcADMScribd() digidip.Citation {
	return digidip.Citation{
		Title:     "ASEAN Digital Masterplan 2025",
		URL:       "https://www.scribd.com/document/549680756/ASEAN-Digital-Masterplan-2025",
		Publisher: "ASEAN Secretariat (copy on Scribd)",
		Published: year(2021),
	}
}

func srcADMVdocuments() digidip.Citation {
	return digidip.Citation{
		Title:     "ASEAN Digital Masterplan 2025",
		URL:       "https://vdocuments.us/jalansisingamangaraja-no70a-south-.html",
		Publisher: "ASEAN Secretariat (copy on vdocuments.us)",
		Published: year(2021),
	}
}

func srcASEANPriorityAreas() digidip.Citation {
	return digidip.Citation{
		Title:     "Priority Areas of Cooperation (ASEAN Digital Sector)",
		URL:       "https://asean.org/our-communities/economic-community/asean-digital-sector/priority-areas-of-cooperation",
		Publisher: "ASEAN Secretariat",
	}
}

func srcASEANDigitalSector() digidip.Citation {
	return digidip.Citation{
		Title:     "ASEAN Digital Sector",
		URL:       "https://asean.org/our-communities/economic-community/asean-digital-sector",
		Publisher: "ASEAN Secretariat",
	}
}

func srcVNPlusADMAdopted() digidip.Citation {
	return digidip.Citation{
		Title:     "ASEAN Digital Masterplan 2025 adopted",
		URL:       "https://en.vietnamplus.vn/asean-digital-masterplan-2025-adopted/195233.vnp",
		Publisher: "VietnamPlus (Vietnam News Agency)",
		Published: day(2021, time.January, 22),
	}
}

func srcVNPlusADGMIN1Convene() digidip.Citation {
	return digidip.Citation{
		Title:     "ASEAN digital ministers convene first meeting",
		URL:       "https://en.vietnamplus.vn/asean-digital-ministers-convene-first-meeting/195088.vnp",
		Publisher: "VietnamPlus (Vietnam News Agency)",
	}
}

func srcMalayMailADGMIN1() digidip.Citation {
	return digidip.Citation{
		Title:     "Asean digital ministers' meeting ends today with Putrajaya Declaration, launch of digital masterplan",
		URL:       "https://www.malaymail.com/news/malaysia/2021/01/22/asean-digital-ministers-meeting-ends-today-with-putrajaya-declaration-launc/1943115",
		Publisher: "Malay Mail",
		Published: day(2021, time.January, 22),
	}
}

func srcAntaraJatengADM() digidip.Citation {
	return digidip.Citation{
		Title:     "Pertemuan menteri luncurkan ASEAN Digital Masterplan 2025",
		URL:       "https://jateng.antaranews.com/internasional/berita/1963256/pertemuan-menteri-luncurkan-asean-digital-masterplan-2025",
		Publisher: "Antara",
	}
}

func srcBorneo363AIM2020() digidip.Citation {
	return digidip.Citation{
		Title: "ASEAN Digital Masterplan 2025 and the ASEAN ICT Masterplan 2020 (news report)",
		URL:   "https://borneo363.rssing.com/chan-61976226/article10945.html",
	}
}

func srcNAMNewsADGMIN1() digidip.Citation {
	return digidip.Citation{
		Title:     "1st ASEAN Digital Ministers' Meeting (NAM News Network report)",
		URL:       "http://namnewsnetwork.org/?p=110347",
		Publisher: "NAM News Network",
	}
}

func srcMTICBruneiADGMIN4() digidip.Citation {
	return digidip.Citation{
		Title:     "4th ASEAN Digital Ministers' Meeting (MTIC Brunei news item)",
		URL:       "https://www.mtic.gov.bn/Lists/News/NewItemDisplay.aspx?ID=990",
		Publisher: "Ministry of Transport and Infocommunications, Brunei Darussalam",
	}
}

func srcParadaposMTR() digidip.Citation {
	return digidip.Citation{
		Title: "Strategi Indonesia dalam mendorong kolaborasi negara ASEAN untuk terapkan digitalisasi inklusif di masa depan",
		URL:   "https://paradapos.com/news/pr-29775/strategi-indonesia-dalam-mendorong-kolaborasi-negara-asean-untuk-terapkan-digitalisasi-inklusif-di-masa-depan",
	}
}

func srcDailyEconomicRetreat() digidip.Citation {
	return digidip.Citation{
		Title: "ADGSOM–ATRC leaders' retreat, Jakarta (news report)",
		URL:   "https://cn.dailyeconomic.com/2023/03/27/44316.html",
	}
}

func srcVJSTADGMIN6() digidip.Citation {
	return digidip.Citation{
		Title:     "ADGMIN6 report (Vietnam Journal of Science and Technology)",
		URL:       "https://vjst.vn/print/79082.html",
		Publisher: "vjst.vn",
		Published: month(2026, time.January),
	}
}

func srcVietnamVNPicture() digidip.Citation {
	return digidip.Citation{
		Title:     "Bức tranh số ASEAN 2021–2025",
		URL:       "https://www.vietnam.vn/en/buc-tranh-so-asean-2021-2025",
		Publisher: "vietnam.vn",
	}
}

func srcVNPlusHanoiDeclaration() digidip.Citation {
	return digidip.Citation{
		Title:     "Hội nghị Bộ trưởng Số ASEAN lần thứ 6 thông qua Tuyên bố Hà Nội về hợp tác số",
		URL:       "https://www.vietnamplus.vn/hoi-nghi-bo-truong-so-asean-lan-thu-6-thong-qua-tuyen-bo-ha-noi-ve-hop-tac-so-post1088885.vnp",
		Publisher: "VietnamPlus (Vietnam News Agency)",
		Published: month(2026, time.January),
	}
}

func srcVnExpressADM2030() digidip.Citation {
	return digidip.Citation{
		Title:     "Bốn chuyển dịch để ASEAN trở thành một cộng đồng số an toàn",
		URL:       "https://vnexpress.net/bon-chuyen-dich-de-asean-tro-thanh-mot-cong-dong-so-an-toan-5006575.html",
		Publisher: "VnExpress",
		Published: month(2026, time.January),
	}
}

func srcVnExpressADGMIN6Activities() digidip.Citation {
	return digidip.Citation{
		Title:     "Các hoạt động chính tại Hội nghị Bộ trưởng Số ASEAN",
		URL:       "https://vnexpress.net/cac-hoat-dong-chinh-tai-hoi-nghi-bo-truong-so-asean-5004414.html",
		Publisher: "VnExpress",
	}
}

func srcVietnamVNADM2030() digidip.Citation {
	return digidip.Citation{
		Title:     "ADM 2030 hướng tới một cộng đồng số bao trùm và bền vững",
		URL:       "https://www.vietnam.vn/en/adm-2030-huong-toi-mot-cong-dong-so-bao-trum-va-ben-vung",
		Publisher: "vietnam.vn",
	}
}

func srcRepublikaPutrajaya() digidip.Citation {
	return digidip.Citation{
		Title:     "Negara ASEAN diajak percepat digitalisasi pulihkan ekonomi",
		URL:       "https://fbeta.republika.co.id/berita/qndw2a484/negara-asean-diajak-percepat-digitalisasi-pulihkan-ekonomi",
		Publisher: "Republika",
	}
}

// Boracay and ADGMIN3.

func srcBorneoBulletinRightOnTrack() digidip.Citation {
	return digidip.Citation{
		Title:     "Right on track",
		URL:       "https://borneobulletin.com.bn/right-on-track",
		Publisher: "Borneo Bulletin",
		Published: month(2023, time.February),
	}
}

func srcInquirerADGMIN3() digidip.Citation {
	return digidip.Citation{
		Title:     "3rd ADGMIN presses for Asean inclusive, human-centric, sustainable digital future",
		URL:       "https://newsinfo.inquirer.net/1730854/3rd-adgmin-presses-for-asean-inclusive-human-centric-sustainable-digital-future/amp",
		Publisher: "Philippine Daily Inquirer",
		Published: month(2023, time.February),
	}
}

func srcGlobalNationBoracay() digidip.Citation {
	return digidip.Citation{
		Title:     "Asean vows to boost digital transformation cooperation at Boracay conference",
		URL:       "https://globalnation.inquirer.net/210821/asean-vows-to-boost-digital-transformation-cooperation-at-boracay-conference/amp",
		Publisher: "Inquirer.net (Global Nation)",
		Published: month(2023, time.February),
	}
}

func srcNewsbytesBoracay() digidip.Citation {
	return digidip.Citation{
		Title:     "PH-hosted Asean ICT meeting issues Boracay Digital Declaration",
		URL:       "https://newsbytes.ph/2023/02/12/ph-hosted-asean-ict-meeting-issues-boracay-digital-declaration/",
		Publisher: "NewsBytes.PH",
		Published: day(2023, time.February, 12),
	}
}

func srcNightOwlSpeech() digidip.Citation {
	return digidip.Citation{
		Title:     "3rd ASEAN Digital Ministers Meeting: Exchange of Views on Development in the Digital Sector",
		URL:       "https://www.nightowl.ph/speeches-title/3rd-asean-digital-ministers-meeting%3A-exchange-of-views-on-development-in-the-digital-sector",
		Publisher: "Night Owl (speech of the ADGMIN3 chair)",
		Published: day(2023, time.February, 9),
	}
}

func srcMBSustainable() digidip.Citation {
	return digidip.Citation{
		Title:     "A sustainable digital future for the ASEAN",
		URL:       "https://mb.com.ph/2023/2/22/article-38",
		Publisher: "Manila Bulletin",
		Published: day(2023, time.February, 22),
	}
}

func srcMaharlikaBoracay() digidip.Citation {
	return digidip.Citation{
		Title:     "ASEAN bats for sustainable digital future",
		URL:       "https://www.maharlikanews.com/asean-bats-for-sustainable-digital-future/",
		Publisher: "Maharlika News",
		Published: month(2023, time.February),
	}
}

func srcSEAsiaBoracay() digidip.Citation {
	return digidip.Citation{
		Title:     "Indonesia is leading the ASEAN digital community",
		URL:       "https://seasia.co/2023/03/17/indonesia-is-leading-the-asean-digital-community",
		Publisher: "Seasia",
		Published: day(2023, time.March, 17),
	}
}

func srcJocelleBoracay() digidip.Citation {
	return digidip.Citation{
		Title: "PH-led ASEAN digital ministers push for digital transformation and cybersecurity",
		URL:   "https://jocellebatapasigue.com/2023/02/13/ph-led-asean-digital-ministers-push-for-digital-transformation-and-cybersecurity/",
		Note:  "blog report of the ADGMIN3 joint media statement",
	}
}

func srcCSARegionalCERT2022() digidip.Citation {
	return digidip.Citation{
		Title:     "Singapore and ASEAN Member States deepen commitment to enhance collective cybersecurity in the region",
		URL:       "https://csa.gov.sg/news-events/press-releases/singapore-and-asean-member-states-deepen-commitment-to-enhance-collective-cybersecurity-in-the-region",
		Publisher: "Cyber Security Agency of Singapore",
	}
}

func srcCSARegionalCERT2024() digidip.Citation {
	return digidip.Citation{
		Title:     "Singapore moves ahead to establish the ASEAN Regional CERT to strengthen regional cybersecurity",
		URL:       "https://csa.gov.sg/News-Events/Press-Releases/2024/singapore-moves-ahead-to-establish-the-asean-regional-cert-to-strengthen-regional-cybersecurity",
		Publisher: "Cyber Security Agency of Singapore",
		Published: year(2024),
	}
}

// Other ADGMIN meetings.

func srcOrissaADGMIN2() digidip.Citation {
	return digidip.Citation{
		Title:     "India-ASEAN Digital Work Plan 2022 approved at 2nd ASEAN Digital Ministers (ADGMIN) meeting",
		URL:       "https://orissadiary.com/india-asean-digital-work-plan-2022-approved-at-2nd-asean-digital-ministers-adgmin-meeting/",
		Publisher: "Odisha Diary",
		Published: month(2022, time.January),
	}
}

func srcNextIASADGMIN2() digidip.Citation {
	return digidip.Citation{
		Title:     "ASEAN Digital Ministers (ADGMIN) meeting (current affairs, 31 Jan 2022)",
		URL:       "https://uat.nextias.in/ca/current-affairs/31-01-2022/asean-digital-ministers-adgmin-meeting",
		Publisher: "NEXT IAS",
		Published: day(2022, time.January, 31),
	}
}

func srcOpenGovRegionalCERT() digidip.Citation {
	return digidip.Citation{
		Title:     "Singapore establishes ASEAN Regional Computer Emergency Response Team",
		URL:       "https://opengovasia.com/2022/11/02/singapore-establishes-asean-regional-computer-emergency-response-team/",
		Publisher: "OpenGov Asia",
		Published: day(2022, time.November, 2),
	}
}

func srcMondaqADGMIN4() digidip.Citation {
	return digidip.Citation{
		Title:     "4th ASEAN Digital Ministers' Meeting: Enhancing Digital Trade and Growth in Southeast Asia",
		URL:       "https://mondaq.co.uk/new-technology/1425922/4th-asean-digital-ministers-meeting-enhancing-digital-trade-and-growth-in-southeast-asia",
		Publisher: "Mondaq",
		Published: year(2024),
	}
}

func srcMDDITeoADGMIN4() digidip.Citation {
	return digidip.Citation{
		Title:     "Speech by Minister Josephine Teo at the 4th ASEAN Digital Ministers' Meeting",
		URL:       "https://mddi.gov.sg/media-centre/speeches/speech-by-minister-josephine-teo-at-4th-asean-digital-ministers-meeting",
		Publisher: "Ministry of Digital Development and Information, Singapore",
		Published: month(2024, time.February),
	}
}

func srcBusinessTimesCERT() digidip.Citation {
	return digidip.Citation{
		Title:     "Singapore to host, fund ASEAN computer emergency response team to boost cybersecurity",
		URL:       "http://www.businesstimes.com.sg/international/singapore-host-fund-asean-computer-emergency-response-team-boost-cybersecurity",
		Publisher: "The Business Times",
		Published: month(2024, time.February),
	}
}

func srcASEANADGMIN5() digidip.Citation {
	return digidip.Citation{
		Title:     "ASEAN Digital Ministers advocate for development of secure, innovative and inclusive digital ecosystem",
		URL:       "https://asean.org/asean-digital-ministers-advocate-for-development-of-secure-innovative-and-inclusive-digital-ecosystem",
		Publisher: "ASEAN Secretariat",
		Published: month(2025, time.January),
	}
}

func srcUSASEANADGMIN5() digidip.Citation {
	return digidip.Citation{
		Title:     "ASEAN reaffirms importance of a secure, inclusive digital future at the 5th ASEAN Digital Ministers' Meeting",
		URL:       "https://usasean.org/article/asean-reaffirms-importance-secure-inclusive-digital-future-5th-asean-digital-ministers",
		Publisher: "US-ASEAN Business Council",
		Published: month(2025, time.January),
	}
}

func srcCrowellADGMIN5() digidip.Citation {
	return digidip.Citation{
		Title:     "5th ASEAN Digital Ministers' Meeting: supercharging ASEAN's growth story with AI",
		URL:       "https://crowell.com/en/insights/client-alerts/5th-asean-digital-ministers-meeting-supercharging-aseans-growth-story-with-ai",
		Publisher: "Crowell & Moring",
		Published: year(2025),
	}
}

func srcMDDITeoADGMIN5() digidip.Citation {
	return digidip.Citation{
		Title:     "Opening remarks by Minister Josephine Teo at the 5th ASEAN Digital Ministers' Meeting",
		URL:       "https://mddi.gov.sg/opening-remarks-by-minister-josephine-teo-at-the-5th-asean-digital-ministers-meeting",
		Publisher: "Ministry of Digital Development and Information, Singapore",
		Published: month(2025, time.January),
	}
}

func srcSubseaGuidelines() digidip.Citation {
	return digidip.Citation{
		Title:     "ASEAN agrees on guidelines for quicker subsea cable fixes",
		URL:       "https://internationalbusinessweekly.com/asean-agrees-on-guidelines-for-quicker-subsea-cable-fixes",
		Publisher: "International Business Weekly",
		Published: month(2026, time.January),
	}
}

func srcNightOwlTELMIN() digidip.Citation {
	return digidip.Citation{
		Title:     "'Synergy towards a sustainable digital future' (viewpoint)",
		URL:       "https://www.nightowl.ph/viewpoints/%E2%80%98synergy-towards-a-sustainable-digital-future%E2%80%99",
		Publisher: "Night Owl",
	}
}

func srcSunDailyADGSOM1() digidip.Citation {
	return digidip.Citation{
		Title:     "Asean Digital Senior Officials' Meeting begins today",
		URL:       "https://www.thesundaily.my/local/asean-digital-senior-officials-meeting-begins-today-NL6195834",
		Publisher: "The Sun (Malaysia)",
		Published: month(2021, time.January),
	}
}

func srcHoganLovellsMCC() digidip.Citation {
	return digidip.Citation{
		Title:     "ASEAN launches model contractual clauses for cross-border data transfers",
		URL:       "https://www.engage.hoganlovells.com/knowledgeservices/news/asean-launches-model-contractual-clauses-for-cross-border-data-transfers",
		Publisher: "Hogan Lovells",
		Published: year(2021),
	}
}
