package diplomacy

import (
	"time"

	"github.com/digidip/digidip"
)

// This file holds the citations the package's data rests on. Each is built by
// a function, so that every caller gets its own value and no package-level
// variable can be changed by one caller under another.
//
// Seed articles are the five articles embedded by package corpus; their
// locators count the non-empty lines after the headline ("paragraph 4" is the
// fourth of them), which is how a reader of the seed file finds the passage.

func day(y int, m time.Month, d int) digidip.Date { return digidip.Date{Year: y, Month: m, Day: d} }
func month(y int, m time.Month) digidip.Date      { return digidip.Date{Year: y, Month: m} }

// seed000 is the Vietnamese report of ICDD 2021 dated by its own "yesterday
// (16/11)"; the URL is the aggregator copy the research notes give for the
// same headline.
func seed000(loc string) digidip.Citation {
	return digidip.Citation{
		Title:     "Indonesia tăng cường hợp tác quốc tế thông qua ngoại giao kỹ thuật số",
		URL:       "https://baomoi.net.vn/indonesia-tang-cuong-hop-tac-quoc-te-thong-qua-ngoai-giao-ky-thuat-so-c30590507.epi",
		Publisher: "Báo Mới",
		Locator:   loc,
		Published: day(2021, time.November, 17),
		Note:      "seed 000 (000_7b3bbabc5c28dc7d)",
	}
}

// seed001 is the Vietnam+ report of ICDD 2021 with Foreign Minister Bùi
// Thanh Sơn's speech. The seed's headline carries an injected gambling
// advertisement, left out of the title here.
func seed001(loc string) digidip.Citation {
	return digidip.Citation{
		Title:     "Việt Nam có nhiều thành công trong hoạt động ngoại giao kỹ thuật số",
		Publisher: "Vietnam+ (VietnamPlus)",
		Locator:   loc,
		Published: month(2021, time.November),
		Note:      "seed 001 (001_dd70fcc3181878ba); headline without its injected advertisement",
	}
}

// seed002 is Deputy Minister Phan Tâm's speech at the 31st Diplomatic
// Conference (15 December 2021).
func seed002(loc string) digidip.Citation {
	return digidip.Citation{
		Title:     "Thứ trưởng Bộ Thông tin và Truyền thông Phan Tâm phát biểu tại Hội nghị Ngoại giao lần thứ 31 và Phiên toàn thể về Ngoại giao phục vụ phát triển đất nước",
		Locator:   loc,
		Published: month(2021, time.December),
		Note:      "seed 002 (002_7a2de960d0113bc6)",
	}
}

// seed003 is Nguyễn Hùng Sơn's essay in Thế giới và Việt Nam (TGVN).
func seed003(loc string) digidip.Citation {
	return digidip.Citation{
		Title:     "Ngoại giao số: Xu thế tất yếu",
		Publisher: "Báo Thế giới và Việt Nam (baoquocte.vn)",
		Locator:   loc,
		Note:      "seed 003 (003_c84967ab269d1a45)",
	}
}

// web returns a citation of an online article known by its URL.
func web(url, publisher string, published digidip.Date) digidip.Citation {
	return digidip.Citation{URL: url, Publisher: publisher, Published: published}
}

// ICDD 2021 and the Bali Message, as reported by Indonesian media from the
// Indonesian foreign ministry's statements.

func antaraBali() digidip.Citation {
	return web("https://bali.antaranews.com/berita/258577/konferensi-diplomasi-digital-icdd-oleh-kemenlu-hasilkan-bali-message",
		"Antara", day(2021, time.November, 16))
}

func detikBaliMessage() digidip.Citation {
	return web("https://news.detik.com/berita/d-5816316/puncak-acara-icdd-2021-hasilkan-bali-message-ini-5-fokus-utamanya/amp",
		"detikcom", digidip.Date{})
}

func tribunRetno() digidip.Citation {
	return web("https://m.tribunnews.com/nasional/2021/11/17/menlu-retno-angkat-3-poin-utama-soal-diplomasi-digital-di-icdd",
		"Tribunnews", day(2021, time.November, 17))
}

func tribunAnnounced() digidip.Citation {
	return web("https://www.tribunnews.com/nasional/2021/11/08/kemlu-ri-21-negara-akan-hadiri-konferensi-internasional-soal-diplomasi-digital-di-bali-16-november",
		"Tribunnews", day(2021, time.November, 8))
}

func mediaIndonesiaICDD() digidip.Citation {
	return web("https://mediaindonesia.com/internasional/445550/tingkatkan-diplomasi-digital-kemenlu-gelar-international-conference-on-digital-diplomacy",
		"Media Indonesia", digidip.Date{})
}

func liputanTheme() digidip.Citation {
	return web("https://opera.liputan6.com/global/read/4705532/dihadiri-21-delegasi-negara-kemlu-akan-gelar-konferensi-diplomasi-digital",
		"Liputan6", digidip.Date{})
}

func medcomPreview() digidip.Citation {
	return web("https://www.medcom.id/internasional/asean/Wb74nYrk-diplomasi-digital-dapat-tanggapan-positif-kemenlu-gelar-icdd",
		"Medcom.id", digidip.Date{})
}

func medcomOutcome() digidip.Citation {
	return web("https://www.medcom.id/internasional/asean/nbwXVG6k-icdd-hasilkan-bali-message-diharapkan-jadi-panduan-pemangku-kebijakan",
		"Medcom.id", digidip.Date{})
}

func medcomRetno() digidip.Citation {
	return web("https://www.medcom.id/internasional/asean/4KZ28a6K-menlu-retno-paparkan-3-poin-penting-diplomasi-digital-di-icdd-2021",
		"Medcom.id", digidip.Date{})
}

func kumparanRetno() digidip.Citation {
	return web("https://kumparan.com/kumparannews/menlu-retno-ungkap-3-langkah-penting-untuk-perkuat-diplomasi-digital-1wvhaBwLgRz",
		"kumparan", digidip.Date{})
}

func detikRetno() digidip.Citation {
	return web("https://news.detik.com/berita/d-5816311/di-icdd-menlu-ungkap-3-langkah-penting-terapkan-diplomasi-digital",
		"detikcom", digidip.Date{})
}

func kumparanClosing() digidip.Citation {
	return web("https://kumparan.com/kumparannews/konferensi-diplomasi-digital-yang-digelar-kemlu-hasilkan-5-fokus-bali-message-1wvnaIl1um4",
		"kumparan", day(2021, time.November, 16))
}

func internationalMediaICDD() digidip.Citation {
	return web("https://internationalmedia.id/2021/11/kemlu-tingkatkan-kerja-sama.html",
		"internationalmedia.id", month(2021, time.November))
}

// medcomPacific is the August 2022 report of the Pacific workshop on digital
// diplomacy, where the ministry's Director-General numbered the five focus
// areas; it is the primary source for their order and Indonesian wording.
func medcomPacific() digidip.Citation {
	return web("https://www.medcom.id/internasional/asean/4KZPXzrb-kemenlu-ri-gelar-lokakarya-diplomasi-digital-untuk-pasifik",
		"Medcom.id", month(2022, time.August))
}

func baoquocteICDD() digidip.Citation {
	return web("https://baoquocte.vn/ngoai-giao-ky-thuat-so-tieu-chuan-moi-hau-covid-19-165124.html",
		"Báo Thế giới và Việt Nam (baoquocte.vn)", digidip.Date{})
}

// The 2019 Regional Conference on Digital Diplomacy (RCDD).

func jakartaGlobeRCDD() digidip.Citation {
	return web("https://jakartaglobe.id/news/foreign-ministry-steps-up-game-in-digital-diplomacy",
		"Jakarta Globe", digidip.Date{})
}

func detikRCDD() digidip.Citation {
	return web("https://news.detik.com/berita/d-4699957/menlu-bicara-pentingnya-diplomasi-digital-untuk-kerja-sama-ekonomi",
		"detikcom", digidip.Date{})
}

func sindonewsRCDD() digidip.Citation {
	return web("https://international.sindonews.com/berita/1438154/40/indonesia-tuan-rumah-konferensi-diplomasi-digital-diikuti-16-negara",
		"SINDOnews", digidip.Date{})
}

func antaraRCDD() digidip.Citation {
	return web("https://megapolitan.antaranews.com/amp/berita/68848/tentang-kami",
		"Antara", digidip.Date{})
}

// Viet Nam: the 31st Diplomatic Conference, GFCE, the 2025 merger.

func baolonganDipConf31() digidip.Citation {
	return web("https://baolongan.vn/bo-ngoai-giao-to-chuc-hoi-nghi-ngoai-giao-31-a127123.html",
		"Báo Long An", digidip.Date{})
}

func baoquocteDipConf31() digidip.Citation {
	c := web("https://en.baoquocte.vn/thirty-first-diplomatic-conference-opens-in-ha-noi-168069.html",
		"The World and Vietnam Report (baoquocte.vn)", digidip.Date{})
	c.Title = "Thirty first Diplomatic Conference opens in Ha Noi"
	return c
}

func taichinhdientuGFCE() digidip.Citation {
	return web("http://www.taichinhdientu.vn/the-gioi-cong-nghe/viet-nam-tham-gia-thanh-vien-sang-lap-gfce-142692.html",
		"Tài chính điện tử", digidip.Date{})
}

func gfceHistory() digidip.Citation {
	return web("https://www.thegfce.com/about/history", "Global Forum on Cyber Expertise", digidip.Date{})
}

func baophapluatMerger() digidip.Citation {
	return web("https://baophapluat.vn/cong-nghe-la-cong-huong-trong-hop-nhat-2-bo-tttt-va-khcn-post536358.html",
		"Báo Pháp luật Việt Nam", digidip.Date{})
}

func dientuungdungDecree55() digidip.Citation {
	return web("https://dientuungdung.vn/co-cau-to-chuc-cua-bo-khoa-hoc-va-cong-nghe-sau-khi-hop-nhat-8176.html",
		"Điện tử và Ứng dụng", digidip.Date{})
}

func hanamDecree55() digidip.Citation {
	return web("https://stp.hanam.gov.vn/Pages/quy-dinh-moi-ve-cau-to-chuc-cua-bo-khoa-hoc-va-cong-nghe.aspx",
		"Sở Tư pháp Hà Nam", digidip.Date{})
}

func vietnamNewsNewGovernment() digidip.Citation {
	return web("https://vietnamnews.vn/politics-laws/1692425/national-assembly-approves-new-governmental-structure.html",
		"Việt Nam News", digidip.Date{})
}

func tuoitrethudoPress() digidip.Citation {
	return web("https://phapluat.tuoitrethudo.vn/ong-nguyen-manh-hung-lam-bo-truong-khoa-hoc-va-cong-nghe-100657.html",
		"Tuổi trẻ Thủ đô", digidip.Date{})
}

func usaseanADGMIN5() digidip.Citation {
	return web("https://usasean.org/article/asean-reaffirms-importance-secure-inclusive-digital-future-5th-asean-digital-ministers",
		"US-ASEAN Business Council", digidip.Date{})
}

func ictvietnamADGMIN3() digidip.Citation {
	return web("https://ictvietnam.vn/print/56501.html", "Tạp chí Thông tin và Truyền thông (ictvietnam.vn)", digidip.Date{})
}

func moitDEFA() digidip.Citation {
	return web("https://vntr.moit.gov.vn/news/asean-officially-launched-the-worlds-first-regional-digital-economy-framework-agreement",
		"Ministry of Industry and Trade of Viet Nam (vntr.moit.gov.vn)", digidip.Date{})
}

func congthuongDEFA() digidip.Citation {
	return web("https://congthuong.vn/hiep-dinh-kinh-te-so-asean-mo-duong-luu-thong-thuong-mai-va-du-lieu-so-tri-gia-2-nghin-ty-usd-306869.html",
		"Báo Công Thương", digidip.Date{})
}

// Singapore's Ministry of Communications and Information.

func borneoBulletinADGMIN3() digidip.Citation {
	return web("https://borneobulletin.com.bn/right-on-track", "Borneo Bulletin", digidip.Date{})
}

func mddiADGMIN4() digidip.Citation {
	return web("https://mddi.gov.sg/media-centre/speeches/speech-by-minister-josephine-teo-at-4th-asean-digital-ministers-meeting",
		"Ministry of Digital Development and Information, Singapore", digidip.Date{})
}
