package asean

import (
	"slices"
	"testing"
	"time"

	"github.com/digidip/digidip"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

func TestInstrumentsRegistry(t *testing.T) {
	// Every instrument and body the issue names is in the registry.
	want := []string{
		"defa", "bsbr", "dmf", "cbdf", "mcc", "mcc-eu-joint-guide", "ansac", "ascce", "ajccbc",
		"asean-regional-cert", "asean-regional-cert-operational-framework", "accs-2021-2025", "ai-guide",
		"asean-5g-roadmap", "acrf", "wg-ddg", "itu", "adm2030", "wg-ai", "wg-as", "ai-safety-network",
		"aim2020", "putrajaya-declaration", "singapore-declaration", "bangkok-digital-declaration", "hanoi-declaration",
	}
	var ids []string
	for _, in := range Instruments() {
		ids = append(ids, in.ID)
	}
	for _, id := range want {
		if !slices.Contains(ids, id) {
			t.Errorf("registry lacks %q", id)
		}
	}
	// Vietnamese names: sourced where a Vietnamese source gives them,
	// otherwise marked as digidip's translation.
	origins := map[string]NameOrigin{}
	for _, id := range []string{"defa", "ai-guide", "wg-ddg", "ansac", "acrf", "asean-regional-cert", "putrajaya-declaration", "hanoi-declaration"} {
		in, _ := LookupInstrument(id)
		origins[id] = in.VietnameseName
	}
	wantOrigins := map[string]NameOrigin{
		"defa": NameSourced, "ai-guide": NameSourced, "wg-ddg": NameSourced, "ansac": NameSourced,
		"acrf": NameTranslated, "asean-regional-cert": NameTranslated, "putrajaya-declaration": NameTranslated,
		"hanoi-declaration": NameSourced,
	}
	if diff := cmp.Diff(wantOrigins, origins); diff != "" {
		t.Errorf("Vietnamese name origins (-want +got):\n%s", diff)
	}
	defa, _ := LookupInstrument("DEFA")
	wantNames := []string{
		"ASEAN Digital Economy Framework Agreement", "Hiệp định Khung ASEAN về Kinh tế số", "DEFA",
		"Digital Economy Framework Agreement", "ASEAN Digital Economic Framework Agreement", "Digital Economic Framework Agreement",
		"Hiệp định khung về kinh tế số ASEAN", "Hiệp định Thỏa thuận khung kinh tế số ASEAN", "Thỏa thuận khung về kinh tế số",
	}
	if diff := cmp.Diff(wantNames, defa.Names()); diff != "" {
		t.Errorf("DEFA names (-want +got):\n%s", diff)
	}
}

func TestLookupInstrument(t *testing.T) {
	tests := []struct {
		key    string
		wantID string
	}{
		{"DEFA", "defa"},
		{"defa", "defa"},
		{" WG-DDG ", "wg-ddg"},
		{"asean-regional-cert", "asean-regional-cert"},
		{"ADM 2030", "adm2030"},
		{"adm2030", "adm2030"},
		{"AIM 2020", "aim2020"},
		{"MCCs", "mcc"},
		{"ADM 2025", ""}, // a framework, not an instrument
		{"boracay", ""},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.key, func(t *testing.T) {
			in, ok := LookupInstrument(tt.key)
			if ok != (tt.wantID != "") || in.ID != tt.wantID {
				t.Errorf("LookupInstrument(%q) = %q, %v; want %q", tt.key, in.ID, ok, tt.wantID)
			}
		})
	}
}

func TestValidateInstrumentsRules(t *testing.T) {
	if err := ValidateInstruments(Instruments()); err != nil {
		t.Fatalf("shipped registry: %v", err)
	}
	find := func(ins []Instrument, id string) *Instrument {
		for i := range ins {
			if ins[i].ID == id {
				return &ins[i]
			}
		}
		t.Fatalf("no instrument %q", id)
		return nil
	}
	tests := []struct {
		name   string
		mutate func(ins []Instrument) []Instrument
		want   []problem
	}{
		{"malformed ID", func(ins []Instrument) []Instrument { find(ins, "gfce").ID = "GFCE"; return ins },
			[]problem{{"GFCE", "id"}}},
		{"repeated ID", func(ins []Instrument) []Instrument {
			dup := find(ins, "itu").clone()
			dup.Acronym = ""
			return append(ins, dup)
		}, []problem{{"itu", "id"}}},
		{"ID of a framework", func(ins []Instrument) []Instrument { find(ins, "adm2030").ID = "adm2025"; return ins },
			[]problem{{"adm2025", "id"}}},
		{"repeated acronym", func(ins []Instrument) []Instrument { find(ins, "dfdg").Acronym = "dmf"; return ins },
			[]problem{{"dmf", "acronym"}}},
		{"unknown kind", func(ins []Instrument) []Instrument { find(ins, "ansac").Kind = "club"; return ins },
			[]problem{{"ansac", "kind"}}},
		{"no Vietnamese name", func(ins []Instrument) []Instrument {
			find(ins, "ascce").Name = digidip.EnVi("ASEAN-Singapore Cybersecurity Centre of Excellence", "")
			return ins
		}, []problem{{"ascce", "name.vi"}}},
		{"no English name", func(ins []Instrument) []Instrument {
			find(ins, "ajccbc").Name = digidip.EnVi("", "Trung tâm")
			return ins
		},
			[]problem{{"ajccbc", "name.en"}}},
		{"unknown name origin", func(ins []Instrument) []Instrument { find(ins, "acrf").VietnameseName = ""; return ins },
			[]problem{{"acrf", "vietnameseName"}}},
		{"empty alias", func(ins []Instrument) []Instrument {
			find(ins, "mcc").Aliases[0] = digidip.Alias{Lang: language.Und, Name: " "}
			return ins
		}, []problem{{"mcc", "aliases[0]"}}},
		{"unknown parent", func(ins []Instrument) []Instrument { find(ins, "dmf").Parent = "dfdg-2018"; return ins },
			[]problem{{"dmf", "parent"}}},
		{"own parent", func(ins []Instrument) []Instrument { find(ins, "cbdf").Parent = "cbdf"; return ins },
			[]problem{{"cbdf", "parent"}}},
		{"impossible milestone date", func(ins []Instrument) []Instrument {
			find(ins, "ajccbc").Milestones[0].Date = digidip.Date{Year: 2018, Month: time.September, Day: 31}
			return ins
		}, []problem{{"ajccbc", "milestones[0].date"}}},
		{"milestone without date", func(ins []Instrument) []Instrument {
			find(ins, "ansac").Milestones[0].Date = digidip.Date{}
			return ins
		},
			[]problem{{"ansac", "milestones[0].date"}}},
		{"milestones out of order", func(ins []Instrument) []Instrument {
			ms := find(ins, "ascce").Milestones
			ms[1], ms[2] = ms[2], ms[1]
			return ins
		}, []problem{{"ascce", "milestones[2].date"}}},
		{"milestone without event", func(ins []Instrument) []Instrument { find(ins, "gfce").Milestones[0].Event = ""; return ins },
			[]problem{{"gfce", "milestones[0].event"}}},
		{"milestone at an unknown meeting", func(ins []Instrument) []Instrument {
			find(ins, "adm2030").Milestones[0].Meeting = "adgmin16"
			return ins
		},
			[]problem{{"adm2030", "milestones[0].meeting"}}},
		{"no citation", func(ins []Instrument) []Instrument { find(ins, "itu").Sources = nil; return ins },
			[]problem{{"itu", "sources"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ins := tt.mutate(Instruments())
			if diff := cmp.Diff(tt.want, problemsOf(t, ValidateInstruments(ins))); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}
