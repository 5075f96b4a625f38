package asean

import (
	"fmt"
	"testing"
	"time"

	"github.com/digidip/digidip"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

func TestADM2025Facts(t *testing.T) {
	m := ADM2025()
	type facts struct {
		ID                     digidip.ID
		Name, NameVi           string
		From, To, Pages        int
		Vision                 string
		Commissioned, Written  string
		Coordinated            string
		AdoptedAt, AdoptedOn   string
		AdoptedWith            []string
		Predecessor            string
		Successor, SuccessorOn string
		SuccessorPlace         string
		SuccessorMeeting       string
		Outcomes, Actions      int
		PlanActions, PlanHigh  int
		StartTerms             []Timing
		Dependency             [2]string
		DependencyDirection    bool
		Reviews                []ReviewKind
		InitiativesCompleted   int
	}
	var terms []Timing
	for _, st := range m.Plan.StartTerms {
		terms = append(terms, st.Timing)
	}
	var reviews []ReviewKind
	for _, r := range m.Reviews {
		reviews = append(reviews, r.Kind)
	}
	got := facts{
		ID: m.ID, Name: m.Name.En(), NameVi: m.Name.Vi(), From: m.From, To: m.To, Pages: m.Pages,
		Vision:       m.Vision.En(),
		Commissioned: m.Authorship.CommissionedBy, Written: m.Authorship.WrittenBy, Coordinated: m.Authorship.CoordinatedBy,
		AdoptedAt: m.Adoption.Meeting, AdoptedOn: m.Adoption.Date.String(), AdoptedWith: m.Adoption.AdoptedWith,
		Predecessor: m.Predecessor,
		Successor:   m.Successor.Instrument, SuccessorOn: m.Successor.Adopted.String(),
		SuccessorPlace: m.Successor.Place, SuccessorMeeting: m.Successor.Meeting,
		Outcomes: len(m.Outcomes), Actions: len(m.EnablingActions),
		PlanActions: m.Plan.EnablingActions, PlanHigh: m.Plan.HighPriority,
		StartTerms: terms, Dependency: m.Plan.Dependencies[0].Between,
		DependencyDirection:  m.Plan.Dependencies[0].DirectionKnown,
		Reviews:              reviews,
		InitiativesCompleted: m.Results.InitiativesCompleted,
	}
	want := facts{
		ID: "adm2025", Name: "ASEAN Digital Masterplan 2025", NameVi: "Kế hoạch tổng thể số ASEAN 2025",
		From: 2021, To: 2025, Pages: 140,
		Vision:       "ASEAN as a leading digital community and economic bloc, powered by secure and transformative digital services, technologies and ecosystem",
		Commissioned: "Malaysian Communications and Multimedia Commission (MCMC)", Written: "PLUM Consulting", Coordinated: "Malaysia",
		AdoptedAt: "adgmin1", AdoptedOn: "2021-01-22", AdoptedWith: []string{"putrajaya-declaration"},
		Predecessor: "aim2020",
		Successor:   "adm2030", SuccessorOn: "2026-01-16", SuccessorPlace: "Hanoi", SuccessorMeeting: "adgmin6",
		Outcomes: 8, Actions: 0,
		PlanActions: 37, PlanHigh: 17,
		StartTerms: []Timing{ShortTerm, MediumTerm}, Dependency: [2]string{"EA5.1", "EA5.2"},
		DependencyDirection:  false,
		Reviews:              []ReviewKind{ReviewHalfway, ReviewMidTerm, ReviewFinal},
		InitiativesCompleted: 82,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ADM2025 facts (-want +got):\n%s", diff)
	}
	if final, ok := m.Review(ReviewFinal); !ok || final.Meeting != "adgmin6" {
		t.Errorf("Review(ReviewFinal) = %+v, %v; want the ADGMIN6 review", final, ok)
	}
}

func TestDesiredOutcomes(t *testing.T) {
	want := []string{
		"DO1 Actions in ADM 2025 prioritised to speed ASEAN's recovery from COVID-19",
		"DO2 Increase in the quality and coverage of fixed and mobile broadband infrastructure",
		"DO3 The delivery of trusted digital services and the prevention of consumer harms",
		"DO4 A sustainable competitive market for the supply of digital services",
		"DO5 Increase in the quality and use of e-government services",
		"DO6 Digital services to connect business and to facilitate cross-border trade",
		"DO7 Increased capability for business and people to participate in the digital economy",
		"DO8 A digitally inclusive society in ASEAN",
	}
	var got []string
	for _, d := range ADM2025().Outcomes {
		got = append(got, d.Code()+" "+d.Title.En())
		if !d.VietnameseTitleTranslated {
			t.Errorf("%s: VietnameseTitleTranslated = false; no Vietnamese source gives the titles", d.Code())
		}
		if d.Summary.En() == "" || d.Summary.Vi() == "" {
			t.Errorf("%s: summary lacks a language: %q", d.Code(), d.Summary)
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("outcome titles (-want +got):\n%s", diff)
	}
	// Where sources differ in wording, the variant is recorded.
	variants := map[string]string{}
	for _, d := range ADM2025().Outcomes {
		for _, v := range d.TitleVariants {
			if v.Lang == language.English {
				variants[d.Code()] = v.Text
			}
		}
	}
	wantVariants := map[string]string{
		"DO3": "The delivery of trusted digital services and the prevention of consumer harm",
		"DO6": "Digital services to connect businesses and to facilitate cross-border trade",
		"DO7": "Increased capacity for business and people to participate in the digital economy",
	}
	if diff := cmp.Diff(wantVariants, variants); diff != "" {
		t.Errorf("English title variants (-want +got):\n%s", diff)
	}
}

func TestADM2025Framework(t *testing.T) {
	f := ADM2025().Framework()
	var ids []digidip.ID
	for _, e := range f.Elements {
		ids = append(ids, e.ID)
		if e.Kind != digidip.KindDesiredOutcome {
			t.Errorf("%s: kind %q", e.ID, e.Kind)
		}
	}
	want := []digidip.ID{"adm2025/DO1", "adm2025/DO2", "adm2025/DO3", "adm2025/DO4", "adm2025/DO5", "adm2025/DO6", "adm2025/DO7", "adm2025/DO8"}
	if diff := cmp.Diff(want, ids); diff != "" {
		t.Errorf("element IDs (-want +got):\n%s", diff)
	}
	if f.Kind != digidip.KindMasterplan || f.Adopted != (digidip.Date{Year: 2021, Month: time.January, Day: 22}) {
		t.Errorf("framework kind %q adopted %s; want masterplan 2021-01-22", f.Kind, f.Adopted)
	}
	if got := f.Elements[0].Sources[0].Note; got == "" {
		t.Error("DO1's first citation does not note that the Vietnamese title is digidip's translation")
	}
	if got := f.Aliases.In(language.Und); len(got) == 0 || got[0] != "ADM 2025" {
		t.Errorf("acronym aliases = %q; want ADM 2025 first", got)
	}
}

// TestFreshValues checks that ADM2025 builds a new value on each call and
// that derived values share nothing with their origin.
func TestFreshValues(t *testing.T) {
	m := ADM2025()
	m.Outcomes[0].Sources[0].Title = "changed"
	m.Aliases[0].Name = "changed"
	m.Adoption.AdoptedWith[0] = "changed"
	again := ADM2025()
	if again.Outcomes[0].Sources[0].Title == "changed" || again.Aliases[0].Name == "changed" || again.Adoption.AdoptedWith[0] == "changed" {
		t.Fatal("ADM2025 returned shared data")
	}
	base := ADM2025()
	with, err := base.WithEnablingActions(sampleActions())
	if err != nil {
		t.Fatal(err)
	}
	with.Outcomes[1].Sources[0].Title = "changed"
	if base.Outcomes[1].Sources[0].Title == "changed" || len(base.EnablingActions) != 0 {
		t.Fatal("WithEnablingActions changed its receiver")
	}
	b := Boracay()
	b.Commitments[0].Sources[0].Title = "changed"
	if Boracay().Commitments[0].Sources[0].Title == "changed" {
		t.Fatal("Boracay returned shared data")
	}
}

// sampleActions returns two well-formed enabling actions for tests. Their
// titles are placeholders, not the masterplan's.
func sampleActions() []EnablingAction {
	src := []digidip.Citation{{Title: "ASEAN Digital Masterplan 2025", Locator: "p. 137", Note: "test fixture"}}
	return []EnablingAction{
		{
			Code: "EA5.2", Outcome: "DO5",
			Title:    digidip.EnVi("Placeholder two", "Mục giữ chỗ hai"),
			Priority: PriorityHigh, Timing: MediumTerm, DependsOn: []string{"EA5.1"}, Sources: src,
		},
		{
			Code: "EA5.1", Outcome: "DO5",
			Title:    digidip.EnVi("Placeholder one", "Mục giữ chỗ một"),
			Priority: PriorityHigh, Timing: ShortTerm, Sources: src,
		},
	}
}

// manyActions returns n well-formed actions spread over the eight outcomes,
// the first high of them rated high priority.
func manyActions(n, high int) []EnablingAction {
	var out []EnablingAction
	for i := 0; i < n; i++ {
		d, k := i%8+1, i/8+1
		p := PriorityMedium
		if i < high {
			p = PriorityHigh
		}
		out = append(out, EnablingAction{
			Code: fmt.Sprintf("EA%d.%d", d, k), Outcome: fmt.Sprintf("DO%d", d),
			Title:    digidip.EnVi(fmt.Sprintf("Placeholder %d", i), fmt.Sprintf("Mục giữ chỗ %d", i)),
			Priority: p, Sources: []digidip.Citation{{Title: "test fixture"}},
		})
	}
	return out
}

func TestMasterplanValidateRules(t *testing.T) {
	if err := ADM2025().Validate(); err != nil {
		t.Fatalf("shipped masterplan: %v", err)
	}
	tests := []struct {
		name   string
		mutate func(m *Masterplan)
		want   []problem
	}{
		{"outcome out of order", func(m *Masterplan) { m.Outcomes[2].Number = 9 },
			[]problem{{"adm2025/DO9", "number"}}},
		{"outcome without Vietnamese title", func(m *Masterplan) { m.Outcomes[1].Title = digidip.EnVi(m.Outcomes[1].Title.En(), "") },
			[]problem{{"adm2025/DO2", "title.vi"}}},
		{"outcome without English title", func(m *Masterplan) { m.Outcomes[1].Title = digidip.EnVi("", m.Outcomes[1].Title.Vi()) },
			[]problem{{"adm2025/DO2", "title.en"}}},
		{"outcome without citation", func(m *Masterplan) { m.Outcomes[3].Sources = nil },
			[]problem{{"adm2025/DO4", "sources"}}},
		{"outcome citation names no source", func(m *Masterplan) { m.Outcomes[3].Sources[0] = digidip.Citation{Locator: "p. 3"} },
			[]problem{{"adm2025/DO4", "sources[0]"}}},
		{"empty title variant", func(m *Masterplan) { m.Outcomes[2].TitleVariants[0].Text = "" },
			[]problem{{"adm2025/DO3", "titleVariants[0].text"}}},
		{"seven outcomes", func(m *Masterplan) { m.Outcomes = m.Outcomes[:7] },
			[]problem{{"adm2025", "outcomes"}}},
		{"unknown adoption meeting", func(m *Masterplan) { m.Adoption.Meeting = "adgmin9" },
			[]problem{{"adm2025", "adoption.meeting"}}},
		{"impossible adoption date", func(m *Masterplan) { m.Adoption.Date = digidip.Date{Year: 2021, Month: time.February, Day: 30} },
			[]problem{{"adm2025", "adoption.date"}}},
		{"unknown predecessor", func(m *Masterplan) { m.Predecessor = "aim2015" },
			[]problem{{"adm2025", "predecessor"}}},
		{"unknown successor meeting", func(m *Masterplan) { m.Successor.Meeting = "hanoi" },
			[]problem{{"adm2025", "successor.meeting"}}},
		{"successor without citation", func(m *Masterplan) { m.Successor.Sources = nil },
			[]problem{{"adm2025", "successor.sources"}}},
		{"wrong figures", func(m *Masterplan) { m.Plan.HighPriority = 18 },
			[]problem{{"adm2025", "plan"}}},
		{"malformed dependency", func(m *Masterplan) { m.Plan.Dependencies[0].Between[1] = "EA 5.2" },
			[]problem{{"adm2025", "plan.dependencies[0].between[1]"}}},
		{"impossible review date", func(m *Masterplan) { m.Reviews[1].Date = digidip.Date{Year: 2024, Month: 13} },
			[]problem{{"adm2025", "reviews[1].date"}}},
		{"unknown results meeting", func(m *Masterplan) { m.Results.ReportedAt = "adgmin7" },
			[]problem{{"adm2025", "results.reportedAt"}}},
		{"period backwards", func(m *Masterplan) { m.From = 2026 },
			[]problem{{"adm2025", "from"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := ADM2025()
			tt.mutate(&m)
			if diff := cmp.Diff(tt.want, problemsOf(t, m.Validate())); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

func TestEnablingActionRules(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(eas []EnablingAction) []EnablingAction
		want   []problem
	}{
		{"outcome not DO1-DO8", func(eas []EnablingAction) []EnablingAction { eas[1].Outcome = "DO9"; return eas },
			[]problem{{"adm2025/EA5.1", "outcome"}}},
		{"code disagrees with outcome", func(eas []EnablingAction) []EnablingAction { eas[1].Code = "EA3.2"; eas[0].DependsOn = nil; return eas },
			[]problem{{"adm2025/EA3.2", "outcome"}}},
		{"malformed code", func(eas []EnablingAction) []EnablingAction { eas[1].Code = "EA5"; eas[0].DependsOn = nil; return eas },
			[]problem{{"adm2025/EA5", "code"}}},
		{"unknown priority", func(eas []EnablingAction) []EnablingAction { eas[0].Priority = "urgent"; return eas },
			[]problem{{"adm2025/EA5.2", "priority"}}},
		{"unknown timing", func(eas []EnablingAction) []EnablingAction { eas[0].Timing = "soon"; return eas },
			[]problem{{"adm2025/EA5.2", "timing"}}},
		{"dependency on an unknown action", func(eas []EnablingAction) []EnablingAction { eas[0].DependsOn = []string{"EA5.9"}; return eas },
			[]problem{{"adm2025/EA5.2", "dependsOn[0]"}}},
		{"dependency on itself", func(eas []EnablingAction) []EnablingAction { eas[0].DependsOn = []string{"EA5.2"}; return eas },
			[]problem{{"adm2025/EA5.2", "dependsOn[0]"}}},
		{"malformed dependency", func(eas []EnablingAction) []EnablingAction { eas[0].DependsOn = []string{"5.1"}; return eas },
			[]problem{{"adm2025/EA5.2", "dependsOn[0]"}}},
		{"repeated code", func(eas []EnablingAction) []EnablingAction { eas[0].Code = "EA5.1"; eas[0].DependsOn = nil; return eas },
			[]problem{{"adm2025/EA5.1", "code"}}},
		{"no English title", func(eas []EnablingAction) []EnablingAction { eas[1].Title = digidip.EnVi("", "Mục"); return eas },
			[]problem{{"adm2025/EA5.1", "title.en"}}},
		{"no Vietnamese title", func(eas []EnablingAction) []EnablingAction { eas[1].Title = digidip.EnVi("Item", ""); return eas },
			[]problem{{"adm2025/EA5.1", "title.vi"}}},
		{"no citation", func(eas []EnablingAction) []EnablingAction { eas[1].Sources = nil; return eas },
			[]problem{{"adm2025/EA5.1", "sources"}}},
		{"bad citation URL", func(eas []EnablingAction) []EnablingAction {
			eas[1].Sources = []digidip.Citation{{URL: "asean.org/book"}}
			return eas
		}, []problem{{"adm2025/EA5.1", "sources[0]"}}},
		{"more actions than the masterplan has", func([]EnablingAction) []EnablingAction { return manyActions(38, 0) },
			[]problem{{"adm2025", "enablingActions"}}},
		{"more high-priority actions than the masterplan has", func([]EnablingAction) []EnablingAction { return manyActions(30, 18) },
			[]problem{{"adm2025", "enablingActions"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			eas := tt.mutate(sampleActions())
			m, err := ADM2025().WithEnablingActions(eas)
			if diff := cmp.Diff(tt.want, problemsOf(t, err)); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
			if err != nil && m.ID != "" {
				t.Errorf("WithEnablingActions returned a masterplan with its error")
			}
		})
	}
	t.Run("37 actions, 17 high, are accepted", func(t *testing.T) {
		if _, err := ADM2025().WithEnablingActions(manyActions(37, 17)); err != nil {
			t.Fatal(err)
		}
	})
}

func TestWithEnablingActions(t *testing.T) {
	m, err := ADM2025().WithEnablingActions(sampleActions())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range m.Framework().Elements {
		got = append(got, fmt.Sprintf("%s<%s>%s", e.ID, e.Parent, e.Kind))
	}
	want := []string{
		"adm2025/DO1<>desired-outcome", "adm2025/DO2<>desired-outcome", "adm2025/DO3<>desired-outcome",
		"adm2025/DO4<>desired-outcome", "adm2025/DO5<>desired-outcome",
		"adm2025/EA5.1<adm2025/DO5>enabling-action", "adm2025/EA5.2<adm2025/DO5>enabling-action",
		"adm2025/DO6<>desired-outcome", "adm2025/DO7<>desired-outcome", "adm2025/DO8<>desired-outcome",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("elements (-want +got):\n%s", diff)
	}
	ea, ok := m.EnablingAction("EA5.2")
	if !ok || ea.Priority != PriorityHigh || ea.Timing != MediumTerm || !cmp.Equal(ea.DependsOn, []string{"EA5.1"}) {
		t.Errorf("EnablingAction(EA5.2) = %+v, %v", ea, ok)
	}
	// Adding an action already present is an error.
	if _, err := m.WithEnablingActions(sampleActions()[:1]); err == nil {
		t.Error("adding EA5.2 twice: no error")
	}
	cat, err := digidip.NewCatalog([]digidip.Framework{m.Framework(), Boracay().Framework()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := cat.Validate(); err != nil {
		t.Fatalf("catalog with enabling actions: %v", err)
	}
	if kids := cat.Children("adm2025/DO5"); len(kids) != 2 {
		t.Errorf("Children(adm2025/DO5) = %d elements; want 2", len(kids))
	}
}
