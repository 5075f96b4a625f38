package diplomacy

import (
	"strings"
	"time"

	"github.com/digidip/digidip"
	"golang.org/x/text/unicode/norm"
)

// PersonID names a person in the registry: the person's name in lowercase
// ASCII, words joined by hyphens ("bui-thanh-son").
type PersonID string

// The people the package's sources name in a role that matters to the
// frameworks: who announced, proposed or asked for what.
const (
	// RetnoMarsudi, Indonesia's foreign minister, opened ICDD 2021 and
	// proposed its three steps.
	RetnoMarsudi PersonID = "retno-marsudi"
	// BuiThanhSon, Viet Nam's foreign minister, spoke at ICDD 2021.
	BuiThanhSon PersonID = "bui-thanh-son"
	// PhanTam, Deputy Minister of Information and Communications, set out
	// MIC's tasks and what MIC asked of MOFA.
	PhanTam PersonID = "phan-tam"
	// NguyenHungSon, of the Diplomatic Academy, wrote the essay with the
	// directions D1–D5.
	NguyenHungSon PersonID = "nguyen-hung-son"
	// NguyenManhHung was Minister of Information and Communications and,
	// after the 2025 merger, Minister of Science and Technology.
	NguyenManhHung PersonID = "nguyen-manh-hung"
	// TeukuFaizasyah, Indonesia's foreign-ministry spokesperson, announced
	// the Bali Message.
	TeukuFaizasyah PersonID = "teuku-faizasyah"
	// JanilPuthucheary, of Singapore's MCI, shows that ministry in ASEAN
	// digital meetings, where it can be confused with Viet Nam's MIC.
	JanilPuthucheary PersonID = "janil-puthucheary"
)

// Person is someone the sources name, with the roles they held when the
// sources name them. Name is a [digidip.Text] because English-language
// press drops Vietnamese diacritics: {"en": "Bui Thanh Son", "vi": "Bùi
// Thanh Sơn"}; both forms are lookup keys for [LookupPerson].
type Person struct {
	ID PersonID `json:"id"`
	// Name is the person's name; Name.En() is the form English-language
	// press uses, Name.Vi() the Vietnamese form.
	Name digidip.Text `json:"name,omitzero"`
	// Country is the ISO 3166-1 alpha-2 code of the person's state.
	Country string `json:"country,omitzero"`
	// Roles are the posts the sources attest, oldest first.
	Roles []Role `json:"roles,omitempty"`
}

// Role is a post a person held. From and To bound it where a source gives
// the dates; otherwise they are zero and AsOf records a day on which the
// source shows the person in the post, which is what "role at the time"
// means for an event such as ICDD 2021.
type Role struct {
	// Title is the post, e.g. {"en": "Deputy Minister of Information and
	// Communications", "vi": "Thứ trưởng Bộ Thông tin và Truyền thông"}.
	Title digidip.Text `json:"title,omitzero"`
	// Org is the ministry the post belongs to, or "" for a post outside the
	// registry.
	Org MinistryID `json:"org,omitzero"`
	// Unit names a body inside Org, such as the Diplomatic Academy inside
	// the foreign ministry; zero when the post is at ministry level.
	Unit digidip.Text `json:"unit,omitzero"`
	// From and To bound the post, when known; a zero To with a known From
	// means the sources do not say it ended.
	From digidip.Date `json:"from,omitzero"`
	To   digidip.Date `json:"to,omitzero"`
	// AsOf is a date on which the source shows the person in this post.
	AsOf digidip.Date `json:"asOf,omitzero"`
	// Source attests the post.
	Source digidip.Citation `json:"source,omitzero"`
}

// People returns the person registry in a stable order. Each call returns
// fresh values the caller may change.
func People() []Person {
	return []Person{
		{
			ID:      RetnoMarsudi,
			Name:    digidip.EnVi("Retno Marsudi", "Retno Marsudi"),
			Country: "ID",
			Roles: []Role{{
				Title:  digidip.EnVi("Minister for Foreign Affairs of Indonesia", "Bộ trưởng Ngoại giao Indonesia"),
				Org:    IDMOFA,
				AsOf:   day(2021, time.November, 16),
				Source: seed000("paragraph 3"),
			}},
		},
		{
			ID:      TeukuFaizasyah,
			Name:    digidip.EnVi("Teuku Faizasyah", "Teuku Faizasyah"),
			Country: "ID",
			Roles: []Role{{
				Title: digidip.EnVi("Spokesperson and Director-General of Information and Public Diplomacy",
					"Người phát ngôn kiêm Tổng Vụ trưởng Thông tin và Ngoại giao công chúng"),
				Org:    IDMOFA,
				AsOf:   day(2021, time.November, 16),
				Source: medcomOutcome(),
			}},
		},
		{
			ID:      BuiThanhSon,
			Name:    digidip.EnVi("Bui Thanh Son", "Bùi Thanh Sơn"),
			Country: "VN",
			Roles: []Role{{
				Title:  digidip.EnVi("Minister of Foreign Affairs", "Bộ trưởng Bộ Ngoại giao"),
				Org:    VNMOFA,
				AsOf:   day(2021, time.November, 16),
				Source: seed001("paragraphs 1 and 3"),
			}},
		},
		{
			ID:      PhanTam,
			Name:    digidip.EnVi("Phan Tam", "Phan Tâm"),
			Country: "VN",
			Roles: []Role{
				{
					Title:  digidip.EnVi("Deputy Minister of Information and Communications", "Thứ trưởng Bộ Thông tin và Truyền thông"),
					Org:    VNMIC,
					AsOf:   day(2021, time.December, 15),
					Source: seed002("headline; paragraph 2"),
				},
				{
					// Still in the post when he attended
					// the 3rd ASEAN Digital Ministers' Meeting, Boracay.
					Title:  digidip.EnVi("Deputy Minister of Information and Communications", "Thứ trưởng Bộ Thông tin và Truyền thông"),
					Org:    VNMIC,
					AsOf:   month(2023, time.February),
					Source: ictvietnamADGMIN3(),
				},
			},
		},
		{
			ID:      NguyenHungSon,
			Name:    digidip.EnVi("Nguyen Hung Son", "Nguyễn Hùng Sơn"),
			Country: "VN",
			Roles: []Role{{
				Title: digidip.EnVi("Deputy Director of the Diplomatic Academy and Director of its East Sea Institute",
					"Phó Giám đốc Học viện Ngoại giao kiêm Viện trưởng Viện Biển Đông"),
				Org:    VNMOFA,
				Unit:   digidip.EnVi("Diplomatic Academy of Viet Nam", "Học viện Ngoại giao"),
				Source: seed003("byline (paragraphs 1 and 2)"),
			}},
		},
		{
			ID:      NguyenManhHung,
			Name:    digidip.EnVi("Nguyen Manh Hung", "Nguyễn Mạnh Hùng"),
			Country: "VN",
			Roles: []Role{
				{
					Title:  digidip.EnVi("Minister of Information and Communications", "Bộ trưởng Bộ Thông tin và Truyền thông"),
					Org:    VNMIC,
					AsOf:   month(2025, time.January),
					Source: usaseanADGMIN5(),
				},
				{
					Title:  digidip.EnVi("Minister of Science and Technology", "Bộ trưởng Bộ Khoa học và Công nghệ"),
					Org:    VNMOST,
					From:   day(2025, time.February, 18),
					Source: vietnamNewsNewGovernment(),
				},
			},
		},
		{
			ID:      JanilPuthucheary,
			Name:    digidip.EnVi("Janil Puthucheary", "Janil Puthucheary"),
			Country: "SG",
			Roles: []Role{{
				Title: digidip.EnVi("Senior Minister of State for Communications and Information (and for Health)",
					"Quốc vụ khanh cấp cao, Bộ Truyền thông và Thông tin (kiêm Bộ Y tế) Singapore"),
				Org:    SGMCI,
				AsOf:   month(2023, time.February),
				Source: borneoBulletinADGMIN3(),
			}},
		},
	}
}

// LookupPerson returns the person with the given ID, or whose English or
// Vietnamese name equals key ignoring case and Unicode normalisation form,
// so "Bùi Thanh Sơn", "bui thanh son" and "bui-thanh-son" all find the
// foreign minister.
func LookupPerson(key string) (Person, bool) {
	k := norm.NFC.String(strings.TrimSpace(key))
	for _, p := range People() {
		if strings.EqualFold(string(p.ID), k) ||
			strings.EqualFold(p.Name.En(), k) ||
			strings.EqualFold(norm.NFC.String(p.Name.Vi()), k) {
			return p, true
		}
	}
	return Person{}, false
}

// RoleAt returns the role p held on date d: one whose From–To range holds d,
// else one attested exactly on d (AsOf). It reports false when the sources
// say nothing about that day.
func (p Person) RoleAt(d digidip.Date) (Role, bool) {
	if d.IsZero() {
		// An unknown date falls in no range, and Date.Before, which is false
		// for an unknown date, would otherwise place it in every open one.
		return Role{}, false
	}
	for _, r := range p.Roles {
		if !r.From.IsZero() && !d.Before(r.From) && (r.To.IsZero() || d.Before(r.To)) {
			return r, true
		}
	}
	for _, r := range p.Roles {
		if !r.AsOf.IsZero() && r.AsOf == d {
			return r, true
		}
	}
	return Role{}, false
}
