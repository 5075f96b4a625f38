package diplomacy

import (
	"testing"
	"time"

	"github.com/digidip/digidip"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/unicode/norm"
)

func TestValidateRegistries(t *testing.T) {
	if err := ValidateRegistries(); err != nil {
		t.Fatal(err)
	}
}

func TestValidateRegistriesRejects(t *testing.T) {
	index := func(ms []Ministry, id MinistryID) int {
		for i, m := range ms {
			if m.ID == id {
				return i
			}
		}
		t.Fatalf("no ministry %s", id)
		return -1
	}
	tests := []struct {
		name   string
		breakf func(ms []Ministry, ps []Person)
		id     digidip.ID
		field  string
	}{
		{"unknown successor", func(ms []Ministry, _ []Person) {
			ms[index(ms, VNMIC)].Successor = "vn-gone"
		}, "ministry:vn-mic", "successor"},
		{"successor that does not list the predecessor", func(ms []Ministry, _ []Person) {
			ms[index(ms, VNMOST)].Predecessors = nil
		}, "ministry:vn-mic", "successor"},
		{"predecessor that names another successor", func(ms []Ministry, _ []Person) {
			ms[index(ms, VNMIC)].Successor = ""
		}, "ministry:vn-most", "predecessors[0]"},
		{"missing Vietnamese name", func(ms []Ministry, _ []Person) {
			ms[index(ms, VNMOIT)].Name = digidip.EnVi("Ministry of Industry and Trade", "")
		}, "ministry:vn-moit", "name.vi"},
		{"uncited reorganisation", func(ms []Ministry, _ []Person) {
			ms[index(ms, VNMOST)].Changes[0].Sources = nil
		}, "ministry:vn-most", "changes[0].sources"},
		{"role in unknown ministry", func(_ []Ministry, ps []Person) {
			ps[0].Roles[0].Org = "xx-none"
		}, "person:retno-marsudi", "roles[0].org"},
		{"uncited role", func(_ []Ministry, ps []Person) {
			ps[1].Roles[0].Source = digidip.Citation{}
		}, "person:teuku-faizasyah", "roles[0].source[0]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms, ps := Ministries(), People()
			tt.breakf(ms, ps)
			wantProblem(t, validateRegistries(ms, ps), tt.id, tt.field)
		})
	}
}

func TestLookupMinistry(t *testing.T) {
	tests := []struct {
		key    string
		want   MinistryID
		wantOK bool
	}{
		{"vn-mic", VNMIC, true},
		{"VN-MIC", VNMIC, true},
		{"MIC", VNMIC, true},
		{"Bộ TT&TT", VNMIC, true},
		{norm.NFD.String("Bộ TT&TT"), VNMIC, true},
		{"MOIT", VNMOIT, true},
		{"mofa", VNMOFA, true},
		{"Bộ KH&CN", VNMOST, true},
		{"sg-mci", SGMCI, true},
		{"MCI", "", false}, // Singapore's ministry only by ID
		{"", "", false},
		{"ministry", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.key, func(t *testing.T) {
			got, ok := LookupMinistry(tt.key)
			if ok != tt.wantOK || got.ID != tt.want {
				t.Errorf("LookupMinistry(%q) = %q, %v; want %q, %v", tt.key, got.ID, ok, tt.want, tt.wantOK)
			}
		})
	}
}

// Abbreviations of Viet Nam's ministries are lookup keys, so they must not
// collide.
func TestVietnameseAbbreviationsUnique(t *testing.T) {
	seen := map[string]MinistryID{}
	for _, m := range Ministries() {
		if m.Country != "VN" {
			continue
		}
		for _, a := range []string{m.Abbrev.En(), m.Abbrev.Vi()} {
			if other, dup := seen[a]; dup && other != m.ID {
				t.Errorf("abbreviation %q used by %s and %s", a, other, m.ID)
			}
			seen[a] = m.ID
		}
	}
}

func TestCurrent(t *testing.T) {
	tests := []struct {
		id     MinistryID
		want   MinistryID
		wantOK bool
	}{
		{VNMIC, VNMOST, true},
		{VNMOST, VNMOST, true},
		{VNMOFA, VNMOFA, true},
		{"vn-none", "", false},
	}
	for _, tt := range tests {
		t.Run(string(tt.id), func(t *testing.T) {
			got, ok := Current(tt.id)
			if ok != tt.wantOK || got.ID != tt.want {
				t.Errorf("Current(%s) = %s, %v; want %s, %v", tt.id, got.ID, ok, tt.want, tt.wantOK)
			}
		})
	}
}

func TestMICMergerFacts(t *testing.T) {
	mic, _ := LookupMinistry("vn-mic")
	want := digidip.Date{Year: 2025, Month: time.March, Day: 1}
	if mic.Dissolved != want || mic.Successor != VNMOST {
		t.Errorf("MIC dissolved %v into %s; want %v into vn-most", mic.Dissolved, mic.Successor, want)
	}
	if len(mic.Changes) != 1 || mic.Changes[0].Instrument != "Decree 55/2025/NĐ-CP" || mic.Changes[0].Effective != want {
		t.Errorf("MIC changes = %+v", mic.Changes)
	}
}

func TestLookupPerson(t *testing.T) {
	tests := []struct {
		key    string
		want   PersonID
		wantOK bool
	}{
		{"bui-thanh-son", BuiThanhSon, true},
		{"Bùi Thanh Sơn", BuiThanhSon, true},
		{norm.NFD.String("Bùi Thanh Sơn"), BuiThanhSon, true},
		{"bui thanh son", BuiThanhSon, true},
		{"  Phan Tâm ", PhanTam, true},
		{"Retno Marsudi", RetnoMarsudi, true},
		{"Nguyễn Hùng Sơn", NguyenHungSon, true},
		{"Nguyễn", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.key, func(t *testing.T) {
			got, ok := LookupPerson(tt.key)
			if ok != tt.wantOK || got.ID != tt.want {
				t.Errorf("LookupPerson(%q) = %q, %v; want %q, %v", tt.key, got.ID, ok, tt.want, tt.wantOK)
			}
		})
	}
}

func TestRoleAt(t *testing.T) {
	tests := []struct {
		person  PersonID
		on      digidip.Date
		wantOrg MinistryID
		wantOK  bool
	}{
		{NguyenManhHung, digidip.Date{Year: 2025, Month: time.March, Day: 1}, VNMOST, true},
		{NguyenManhHung, digidip.Date{Year: 2025, Month: time.February, Day: 18}, VNMOST, true},
		{NguyenManhHung, digidip.Date{Year: 2025, Month: time.January}, VNMIC, true},
		{BuiThanhSon, digidip.Date{Year: 2021, Month: time.November, Day: 16}, VNMOFA, true},
		{PhanTam, digidip.Date{Year: 2021, Month: time.December, Day: 15}, VNMIC, true},
		{BuiThanhSon, digidip.Date{Year: 2030, Month: time.January, Day: 1}, "", false},
	}
	for _, tt := range tests {
		t.Run(string(tt.person)+"@"+tt.on.String(), func(t *testing.T) {
			p, ok := LookupPerson(string(tt.person))
			if !ok {
				t.Fatalf("no person %s", tt.person)
			}
			r, ok := p.RoleAt(tt.on)
			if ok != tt.wantOK || r.Org != tt.wantOrg {
				t.Errorf("RoleAt(%s) = %s, %v; want %s, %v", tt.on, r.Org, ok, tt.wantOrg, tt.wantOK)
			}
		})
	}
}

func TestBefore(t *testing.T) {
	d := func(y int, m time.Month, day int) digidip.Date { return digidip.Date{Year: y, Month: m, Day: day} }
	tests := []struct {
		a, b digidip.Date
		want bool
	}{
		{d(2024, 12, 31), d(2025, 1, 1), true},
		{d(2025, 1, 1), d(2024, 12, 31), false},
		{d(2025, 2, 17), d(2025, 2, 18), true},
		{d(2025, 2, 18), d(2025, 2, 18), false},
		{d(2025, 2, 0), d(2025, 2, 18), false}, // month-only: not before a day in it
		{d(2025, 1, 0), d(2025, 2, 18), true},
		{d(2025, 0, 0), d(2025, 2, 18), false},
	}
	for _, tt := range tests {
		if got := tt.a.Before(tt.b); got != tt.want {
			t.Errorf("%s.Before(%s) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestPeopleIDsAreASCIINames(t *testing.T) {
	var got []PersonID
	for _, p := range People() {
		got = append(got, p.ID)
		for _, r := range string(p.ID) {
			if !(r >= 'a' && r <= 'z' || r == '-') {
				t.Errorf("%s: ID is not lowercase ASCII words", p.ID)
				break
			}
		}
	}
	want := []PersonID{RetnoMarsudi, TeukuFaizasyah, BuiThanhSon, PhanTam, NguyenHungSon, NguyenManhHung, JanilPuthucheary}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
}

// Lookups take user input: any string, valid UTF-8 or not, must give an
// answer without panicking, and a hit must be found again by its own ID.
func FuzzLookup(f *testing.F) {
	for _, s := range []string{"vn-mic", "Bộ TT&TT", "Bùi Thanh Sơn", "\xff", "", "MOFA"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, key string) {
		if m, ok := LookupMinistry(key); ok {
			if again, ok := LookupMinistry(string(m.ID)); !ok || again.ID != m.ID {
				t.Errorf("LookupMinistry(%q) found %s, which its ID does not find", key, m.ID)
			}
		}
		if p, ok := LookupPerson(key); ok {
			if again, ok := LookupPerson(string(p.ID)); !ok || again.ID != p.ID {
				t.Errorf("LookupPerson(%q) found %s, which its ID does not find", key, p.ID)
			}
		}
	})
}
