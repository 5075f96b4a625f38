package asean

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/digidip/digidip"
	"github.com/google/go-cmp/cmp"
)

func TestMeetingsFacts(t *testing.T) {
	// One line per meeting: ID, days, host, chair, and the outcomes that are
	// frameworks or registry instruments.
	var got []string
	for _, m := range Meetings() {
		var outs []string
		for _, o := range m.Outcomes {
			switch {
			case o.Framework != "":
				outs = append(outs, string(o.Framework))
			case o.Instrument != "":
				outs = append(outs, o.Instrument)
			}
		}
		got = append(got, fmt.Sprintf("%s %s..%s %s %q %s", m.ID, m.Start, m.End, m.Host, m.Chair.Name, strings.Join(outs, ",")))
	}
	want := []string{
		`adgmin1 2021-01-21..2021-01-22 Malaysia "Saifuddin Abdullah" putrajaya-declaration,adm2025,dmf,cbdf,mcc,asean-regional-cert`,
		`adgmin2 2022-01..2022-01 Myanmar "" asean-regional-cert`,
		`adgmin3 2023-02-09..2023-02-10 Philippines "Ivan John E. Uy" boracay,asean-regional-cert-operational-framework`,
		`adgmin4 2024-02-01..2024-02-02 Singapore "Josephine Teo" singapore-declaration,ai-guide,wg-ai,asean-regional-cert,mcc-eu-joint-guide,adm2025`,
		`adgmin5 2025-01-16..2025-01-17 Thailand "Prasert Jantararuangtong" bangkok-digital-declaration,ai-guide,wg-as,ai-safety-network,defa`,
		`adgmin6 2026-01-15..2026-01-16 Viet Nam "Nguyễn Mạnh Hùng" adm2030,hanoi-declaration,adm2025`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("meetings (-want +got):\n%s", diff)
	}
	// Unknowns stay unknown.
	m2, _ := LookupMeeting("ADGMIN2")
	m6, _ := LookupMeeting("adgmin6")
	if m2.Start.Day != 0 || m2.Chair.Name != "" || m6.ViceChair != (Person{}) {
		t.Errorf("unsourced facts filled in: ADGMIN2 start %s chair %q; ADGMIN6 vice-chair %+v", m2.Start, m2.Chair.Name, m6.ViceChair)
	}
	if m3, _ := LookupMeeting("adgmin3"); m3.Theme.Vi() == "" || m3.Format != InPerson {
		t.Errorf("ADGMIN3 theme %q format %q", m3.Theme, m3.Format)
	}
	if _, ok := LookupMeeting("adgmin7"); ok {
		t.Error("LookupMeeting(adgmin7) found a meeting")
	}
}

func TestValidateMeetingsRules(t *testing.T) {
	if err := ValidateMeetings(Meetings()); err != nil {
		t.Fatalf("shipped meetings: %v", err)
	}
	tests := []struct {
		name   string
		mutate func(ms []Meeting)
		want   []problem
	}{
		{"number out of order", func(ms []Meeting) { ms[2].Number = 4; ms[2].ID = "adgmin4" },
			[]problem{{"adgmin4", "number"}}},
		{"ID disagrees with number", func(ms []Meeting) { ms[1].ID = "adgmin-2" },
			[]problem{{"adgmin-2", "id"}}},
		{"name without Vietnamese", func(ms []Meeting) { ms[0].Name = digidip.EnVi("1st ADGMIN", "") },
			[]problem{{"adgmin1", "name.vi"}}},
		{"host missing", func(ms []Meeting) { ms[3].Host = "" },
			[]problem{{"adgmin4", "host"}}},
		{"impossible start date", func(ms []Meeting) { ms[4].Start = digidip.Date{Year: 2025, Day: 16} },
			[]problem{{"adgmin5", "start"}}},
		{"start missing", func(ms []Meeting) { ms[1].Start = digidip.Date{} },
			[]problem{{"adgmin2", "start"}}},
		{"ends before it starts", func(ms []Meeting) { ms[2].End = digidip.Date{Year: 2023, Month: time.February, Day: 8} },
			[]problem{{"adgmin3", "end"}}},
		{"series starts after the ministers meet", func(ms []Meeting) {
			ms[5].SeriesStart = digidip.Date{Year: 2026, Month: time.January, Day: 16}
		}, []problem{{"adgmin6", "seriesStart"}}},
		{"unknown format", func(ms []Meeting) { ms[0].Format = "hybrid-ish" },
			[]problem{{"adgmin1", "format"}}},
		{"chair country missing", func(ms []Meeting) { ms[3].Chair.Country = "" },
			[]problem{{"adgmin4", "chair.country"}}},
		{"outcome without name", func(ms []Meeting) { ms[0].Outcomes[2].Name = digidip.Text{} },
			[]problem{{"adgmin1", "outcomes[2].name.en"}}},
		{"outcome with unknown action", func(ms []Meeting) { ms[0].Outcomes[0].Action = "signed" },
			[]problem{{"adgmin1", "outcomes[0].action"}}},
		{"outcome with unknown framework", func(ms []Meeting) { ms[2].Outcomes[0].Framework = "boracay2023" },
			[]problem{{"adgmin3", "outcomes[0].framework"}}},
		{"outcome with unknown instrument", func(ms []Meeting) { ms[4].Outcomes[0].Instrument = "bangkok-declaration-1967" },
			[]problem{{"adgmin5", "outcomes[0].instrument"}}},
		{"no citation", func(ms []Meeting) { ms[5].Sources = nil },
			[]problem{{"adgmin6", "sources"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := Meetings()
			tt.mutate(ms)
			if diff := cmp.Diff(tt.want, problemsOf(t, ValidateMeetings(ms))); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}
