package diplomacy

import (
	"slices"
	"strings"
	"time"

	"github.com/digidip/digidip"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// MinistryID names a ministry in the registry: a lowercase ISO 3166-1 alpha-2
// country code, a hyphen and the ministry's usual English abbreviation
// ("vn-mofa", "vn-mic", "sg-mci"). Like framework IDs, ministry IDs never
// change meaning once released; a ministry that is renamed or merged keeps
// its ID and records its [Ministry.Successor].
type MinistryID string

// The ministries the package's sources name. The Vietnamese ministries
// matter most: the mapper must tell MOFA, MIC, MOIT and MOST apart, and
// their names overlap ("Bộ Thông tin và Truyền thông" is also how Vietnamese
// press renders Singapore's MCI).
const (
	// VNMOFA is Viet Nam's Ministry of Foreign Affairs (Bộ Ngoại giao).
	VNMOFA MinistryID = "vn-mofa"
	// VNMIC is Viet Nam's Ministry of Information and Communications (Bộ
	// Thông tin và Truyền thông), merged into [VNMOST] on 1 March 2025.
	VNMIC MinistryID = "vn-mic"
	// VNMOIT is Viet Nam's Ministry of Industry and Trade (Bộ Công Thương).
	// The design card's "MOIT tasks" are in fact MIC's: see [MICTasks].
	VNMOIT MinistryID = "vn-moit"
	// VNMOST is Viet Nam's Ministry of Science and Technology (Bộ Khoa học
	// và Công nghệ), which absorbed [VNMIC] in 2025.
	VNMOST MinistryID = "vn-most"
	// IDMOFA is Indonesia's Ministry of Foreign Affairs (Kementerian Luar
	// Negeri, "Kemlu"), organiser of ICDD 2021.
	IDMOFA MinistryID = "id-mofa"
	// SGMCI is Singapore's Ministry of Communications and Information, not
	// to be confused with Viet Nam's MIC.
	SGMCI MinistryID = "sg-mci"
)

// Ministry is one government ministry: its names in English and Vietnamese
// (and the home language where that is neither), abbreviations, country, and
// its place in a chain of mergers and renamings.
//
// Dates that the sources do not give are zero ("unknown"), never guessed:
// the registry records, for instance, when MIC ended, not when it began.
type Ministry struct {
	ID MinistryID `json:"id"`
	// Name is the full official name, e.g. {"en": "Ministry of Information
	// and Communications", "vi": "Bộ Thông tin và Truyền thông"}.
	Name digidip.Text `json:"name,omitzero"`
	// Abbrev is the usual short form in each language: {"en": "MIC", "vi":
	// "Bộ TT&TT"}.
	Abbrev digidip.Text `json:"abbrev,omitzero"`
	// Country is the ISO 3166-1 alpha-2 code of the ministry's state: "VN".
	Country string `json:"country,omitzero"`
	// Predecessors are the ministries merged into this one.
	Predecessors []MinistryID `json:"predecessors,omitempty"`
	// Successor is the ministry this one was merged into or renamed as, or
	// "" while it exists (or when the registry does not hold the successor).
	Successor MinistryID `json:"successor,omitzero"`
	// Established and Dissolved bound the ministry's existence under this
	// ID, as far as the sources say. Dissolved is the first day it no
	// longer acted on its own.
	Established digidip.Date `json:"established,omitzero"`
	Dissolved   digidip.Date `json:"dissolved,omitzero"`
	// Changes lists the reorganisations the sources record, oldest first.
	Changes []Reorganisation `json:"changes,omitempty"`
	// Note warns of names that can be mistaken for another ministry's.
	Note digidip.Text `json:"note,omitzero"`
	// Sources attest the names and the facts above.
	Sources []digidip.Citation `json:"sources,omitempty"`
}

// Reorganisation is a dated change to a ministry: a merger, a transfer of
// functions, a renaming, with the legal instrument where one is known.
type Reorganisation struct {
	// Effective is the day the change took effect.
	Effective digidip.Date `json:"effective,omitzero"`
	// Instrument is the legal act that made the change, e.g. "Decree
	// 55/2025/NĐ-CP".
	Instrument string `json:"instrument,omitzero"`
	// Summary says, in English and Vietnamese, what changed.
	Summary digidip.Text       `json:"summary,omitzero"`
	Sources []digidip.Citation `json:"sources,omitempty"`
}

// Ministries returns the ministry registry in a stable order: the
// Vietnamese ministries first, then the foreign ones. Each call returns
// fresh values the caller may change.
func Ministries() []Ministry {
	merger := Reorganisation{
		Effective:  day(2025, time.March, 1),
		Instrument: "Decree 55/2025/NĐ-CP",
		Summary: digidip.EnVi(
			"The Ministry of Information and Communications was merged into the Ministry of Science and Technology, which took over posts, telecommunications, radio spectrum, the IT and digital-technology industry, e-transactions and national digital transformation; press and publishing went to the Ministry of Culture, Sports and Tourism. The decree is dated 2 March 2025 and applies from 1 March 2025.",
			"Bộ Thông tin và Truyền thông được hợp nhất vào Bộ Khoa học và Công nghệ; bộ mới đảm nhận bưu chính, viễn thông, tần số vô tuyến điện, công nghiệp công nghệ thông tin và công nghệ số, giao dịch điện tử và chuyển đổi số quốc gia, còn mảng báo chí, xuất bản chuyển sang Bộ Văn hóa, Thể thao và Du lịch. Nghị định ký ngày 2/3/2025, có hiệu lực từ 1/3/2025.",
		),
		Sources: []digidip.Citation{dientuungdungDecree55(), hanamDecree55(), vietnamNewsNewGovernment(), tuoitrethudoPress()},
	}
	return []Ministry{
		{
			ID:      VNMOFA,
			Name:    digidip.EnVi("Ministry of Foreign Affairs", "Bộ Ngoại giao"),
			Abbrev:  digidip.EnVi("MOFA", "BNG"),
			Country: "VN",
			Note: digidip.EnVi(
				"Owner of the vn-mofa tasks. Other states' foreign ministries share the name: Indonesia's is id-mofa.",
				"Chủ thể của các nhiệm vụ vn-mofa. Bộ Ngoại giao các nước khác cùng tên gọi; của Indonesia là id-mofa.",
			),
			Sources: []digidip.Citation{seed002("paragraph 11"), seed001("paragraph 3"), baoquocteDipConf31()},
		},
		{
			ID:        VNMIC,
			Name:      digidip.EnVi("Ministry of Information and Communications", "Bộ Thông tin và Truyền thông"),
			Abbrev:    digidip.EnVi("MIC", "Bộ TT&TT"),
			Country:   "VN",
			Successor: VNMOST,
			Dissolved: day(2025, time.March, 1),
			Changes:   []Reorganisation{merger},
			Note: digidip.EnVi(
				"Owner of the vn-mic tasks, which the design card calls the MOIT tasks. Singapore's Ministry of Communications and Information (sg-mci) is a different ministry whose name Vietnamese press may render with the same words.",
				"Chủ thể của các nhiệm vụ vn-mic (thẻ thiết kế gọi nhầm là nhiệm vụ của MOIT). Bộ Truyền thông và Thông tin Singapore (sg-mci) là một bộ khác, dù báo chí tiếng Việt có thể dịch tên bằng cùng những từ này.",
			),
			Sources: []digidip.Citation{seed002("headline; paragraph 6"), baophapluatMerger(), dientuungdungDecree55()},
		},
		{
			ID:      VNMOIT,
			Name:    digidip.EnVi("Ministry of Industry and Trade", "Bộ Công Thương"),
			Abbrev:  digidip.EnVi("MOIT", "BCT"),
			Country: "VN",
			Note: digidip.EnVi(
				"Not the ministry behind the vn-mic tasks: the design card's label \"MOIT tasks\" refers to the Ministry of Information and Communications.",
				"Không phải bộ đưa ra các nhiệm vụ vn-mic: nhãn \"nhiệm vụ MOIT\" trong thẻ thiết kế thực chất chỉ Bộ Thông tin và Truyền thông.",
			),
			Sources: []digidip.Citation{moitDEFA(), congthuongDEFA()},
		},
		{
			ID:           VNMOST,
			Name:         digidip.EnVi("Ministry of Science and Technology", "Bộ Khoa học và Công nghệ"),
			Abbrev:       digidip.EnVi("MOST", "Bộ KH&CN"),
			Country:      "VN",
			Predecessors: []MinistryID{VNMIC},
			Changes:      []Reorganisation{merger},
			Note: digidip.EnVi(
				"Since 1 March 2025 it holds MIC's digital portfolio, so later news names it where earlier news named MIC; working names floated before the merger (such as \"Ministry of Science, Technology and Communications\") were not adopted.",
				"Từ 1/3/2025 bộ nắm mảng số của Bộ TT&TT, nên tin tức về sau nêu tên bộ này ở chỗ trước kia nêu Bộ TT&TT; các tên dự kiến trước khi hợp nhất (như \"Bộ Khoa học, Công nghệ và Truyền thông\") không được chọn.",
			),
			Sources: []digidip.Citation{dientuungdungDecree55(), vietnamNewsNewGovernment(), baophapluatMerger()},
		},
		{
			ID: IDMOFA,
			Name: digidip.EnVi("Ministry of Foreign Affairs of the Republic of Indonesia", "Bộ Ngoại giao Indonesia").
				With(language.Indonesian, "Kementerian Luar Negeri Republik Indonesia"),
			Abbrev:  digidip.EnVi("MOFA", "BNG Indonesia").With(language.Indonesian, "Kemlu"),
			Country: "ID",
			Note: digidip.EnVi(
				"Organiser of ICDD 2021 and of its 2019 regional predecessor; issuer of the Bali Message.",
				"Đơn vị tổ chức ICDD 2021 và hội nghị khu vực tiền thân năm 2019; nơi công bố Thông điệp Bali.",
			),
			Sources: []digidip.Citation{antaraBali(), seed001("paragraph 3")},
		},
		{
			ID:      SGMCI,
			Name:    digidip.EnVi("Ministry of Communications and Information (Singapore)", "Bộ Truyền thông và Thông tin Singapore"),
			Abbrev:  digidip.EnVi("MCI", "MCI"),
			Country: "SG",
			Note: digidip.EnVi(
				"Not Viet Nam's MIC. Vietnamese renderings of its name can coincide with \"Bộ Thông tin và Truyền thông\"; a mention together with Singapore or its ministers points here.",
				"Không phải Bộ TT&TT của Việt Nam. Tên tiếng Việt của bộ này có thể trùng với \"Bộ Thông tin và Truyền thông\"; nếu đi kèm Singapore hoặc bộ trưởng Singapore thì là bộ này.",
			),
			Sources: []digidip.Citation{borneoBulletinADGMIN3(), mddiADGMIN4()},
		},
	}
}

// LookupMinistry returns the ministry with the given ID, ignoring case. It
// also accepts an English or Vietnamese abbreviation ("MIC", "Bộ TT&TT",
// "MOIT"), matched among Viet Nam's ministries only, since those are what
// readers of Vietnamese policy type: "MOFA" is Viet Nam's foreign ministry,
// and foreign ministries such as Singapore's MCI are reached by ID.
func LookupMinistry(key string) (Ministry, bool) {
	all := Ministries()
	for _, m := range all {
		if strings.EqualFold(string(m.ID), key) {
			return m, true
		}
	}
	key = norm.NFC.String(strings.TrimSpace(key))
	for _, m := range all {
		if m.Country == "VN" && (strings.EqualFold(m.Abbrev.En(), key) || strings.EqualFold(m.Abbrev.Vi(), key)) {
			return m, true
		}
	}
	return Ministry{}, false
}

// ministryIDs returns the set of registered ministry IDs.
func ministryIDs() map[MinistryID]bool {
	ids := map[MinistryID]bool{}
	for _, m := range Ministries() {
		ids[m.ID] = true
	}
	return ids
}

// Current follows the successor links from id to the ministry that holds its
// portfolio today ("vn-mic" gives "vn-most"). It reports false for an unknown
// ID and stops, rather than loops, if the links ever formed a cycle.
func Current(id MinistryID) (Ministry, bool) {
	all := Ministries()
	byID := make(map[MinistryID]Ministry, len(all))
	for _, m := range all {
		byID[m.ID] = m
	}
	m, ok := byID[id]
	if !ok {
		return Ministry{}, false
	}
	seen := []MinistryID{id}
	for m.Successor != "" {
		next, ok := byID[m.Successor]
		if !ok || slices.Contains(seen, next.ID) {
			break
		}
		seen = append(seen, next.ID)
		m = next
	}
	return m, true
}
