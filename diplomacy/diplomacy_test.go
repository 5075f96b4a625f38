package diplomacy

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/digidip/digidip"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/unicode/norm"
)

func TestTypedValuesValidate(t *testing.T) {
	tests := []struct {
		name string
		v    interface{ Validate() error }
	}{
		{"bali", BaliMessage()},
		{"icdd2021", ICDD2021()},
		{"vn-mic", MICTasks()},
		{"vn-mofa", MOFATasks()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.v.Validate(); err != nil {
				t.Fatalf("Validate: %v", err)
			}
		})
	}
}

func TestFrameworksShape(t *testing.T) {
	type el struct {
		ID   digidip.ID
		Kind digidip.ElementKind
	}
	want := map[digidip.ID]struct {
		kind digidip.FrameworkKind
		els  []el
	}{
		"bali": {digidip.KindMessage, []el{
			{"bali/FA1", digidip.KindFocusArea}, {"bali/FA2", digidip.KindFocusArea}, {"bali/FA3", digidip.KindFocusArea},
			{"bali/FA4", digidip.KindFocusArea}, {"bali/FA5", digidip.KindFocusArea},
		}},
		"icdd2021": {digidip.KindConference, []el{
			{"icdd2021/S1", digidip.KindStep}, {"icdd2021/S2", digidip.KindStep}, {"icdd2021/S3", digidip.KindStep},
			{"icdd2021/P1", digidip.KindPanel}, {"icdd2021/P2", digidip.KindPanel}, {"icdd2021/P3", digidip.KindPanel},
			{"icdd2021/P4", digidip.KindPanel},
		}},
		"vn-mic": {digidip.KindTaskList, []el{
			{"vn-mic/T1", digidip.KindTask}, {"vn-mic/T2", digidip.KindTask}, {"vn-mic/T3", digidip.KindTask}, {"vn-mic/T4", digidip.KindTask},
		}},
		"vn-mofa": {digidip.KindTaskList, []el{
			{"vn-mofa/M1", digidip.KindTask}, {"vn-mofa/M2", digidip.KindTask},
			{"vn-mofa/D1", digidip.KindDirection}, {"vn-mofa/D2", digidip.KindDirection}, {"vn-mofa/D3", digidip.KindDirection},
			{"vn-mofa/D4", digidip.KindDirection}, {"vn-mofa/D5", digidip.KindDirection},
		}},
	}
	fws := Frameworks()
	var ids []digidip.ID
	for _, f := range fws {
		ids = append(ids, f.ID)
	}
	if diff := cmp.Diff([]digidip.ID{"bali", "icdd2021", "vn-mic", "vn-mofa"}, ids); diff != "" {
		t.Fatalf("framework IDs (-want +got):\n%s", diff)
	}
	for _, f := range fws {
		t.Run(string(f.ID), func(t *testing.T) {
			w := want[f.ID]
			if f.Kind != w.kind {
				t.Errorf("kind = %q, want %q", f.Kind, w.kind)
			}
			var got []el
			for _, e := range f.Elements {
				got = append(got, el{e.ID, e.Kind})
				if e.Title.In() == "" || e.Title.Vi() == "" || e.Title.En() == "" {
					t.Errorf("%s: title not in English and Vietnamese", e.ID)
				}
				if len(e.Sources) == 0 {
					t.Errorf("%s: no citation", e.ID)
				}
			}
			if diff := cmp.Diff(w.els, got); diff != "" {
				t.Errorf("elements (-want +got):\n%s", diff)
			}
		})
	}
	// Together they must also pass the catalog's cross-framework checks.
	c, err := digidip.NewCatalog(fws, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Validate(); err != nil {
		t.Fatalf("catalog of the four frameworks: %v", err)
	}
}

// Vietnamese text must be stored in NFC, the form the mapper normalises to,
// so that a title searched for by its own words is found.
func TestVietnameseIsNFC(t *testing.T) {
	for _, f := range Frameworks() {
		texts := []digidip.Text{f.Name, f.Summary}
		for _, e := range f.Elements {
			texts = append(texts, e.Title, e.Summary)
		}
		for _, tx := range texts {
			if vi := tx.Vi(); !norm.NFC.IsNormalString(vi) {
				t.Errorf("%s: Vietnamese text not in NFC: %q", f.ID, vi)
			}
		}
	}
	for _, m := range Ministries() {
		if !norm.NFC.IsNormalString(m.Name.Vi()) {
			t.Errorf("%s: name not in NFC", m.ID)
		}
	}
}

func TestICDD2021DisputedFigures(t *testing.T) {
	c := ICDD2021()
	type claim struct {
		Value int
		Src   string // the source's URL, else its title
	}
	pick := func(cs []Claim[int]) []claim {
		var out []claim
		for _, x := range cs {
			src := x.Source.URL
			if src == "" {
				src = x.Source.Title
			}
			out = append(out, claim{x.Value, src})
		}
		return out
	}
	gotCountries := pick(c.Countries)
	for _, want := range []claim{
		{19, seed000("").URL},
		{21, seed001("").Title},
		{21, tribunAnnounced().URL},
	} {
		found := false
		for _, g := range gotCountries {
			found = found || g == want
		}
		if !found {
			t.Errorf("countries: no claim %+v among %+v", want, gotCountries)
		}
	}
	if n := len(c.AnnouncedCountries.Value); n != 21 {
		t.Errorf("announced countries: %d, want 21", n)
	}
	for _, p := range c.Participants {
		if p.Value != 4300 {
			t.Errorf("participants: %d from %s, want 4300", p.Value, p.Source.URL+p.Source.Note)
		}
	}
	if c.Predecessor.Outcome.En() == BaliMessage().Name.En() {
		t.Error("the 2019 predecessor's outcome must not be the Bali Message")
	}
	if !strings.Contains(c.Predecessor.Outcome.En(), "Jakarta Message") {
		t.Errorf("predecessor outcome = %q, want the Jakarta Message", c.Predecessor.Outcome.En())
	}
}

func TestBaliFA5Variant(t *testing.T) {
	m := BaliMessage()
	if !m.Voluntary {
		t.Error("the Bali Message is voluntary")
	}
	fa5 := m.FocusAreas[4]
	if len(fa5.Variants) != 1 || fa5.Variants[0].Source.URL != antaraBali().URL {
		t.Fatalf("FA5 variants = %+v, want one from Antara", fa5.Variants)
	}
	if got := fa5.Variants[0].Value.En(); !strings.Contains(got, "crises") {
		t.Errorf("Antara's FA5 = %q, want the crisis-data wording", got)
	}
}

func TestTasksResponsibility(t *testing.T) {
	for _, task := range MICTasks().Tasks {
		if task.Responsible != VNMIC || task.SetOutBy != PhanTam {
			t.Errorf("%s: responsible %s set out by %s, want vn-mic and phan-tam", task.Code, task.Responsible, task.SetOutBy)
		}
	}
	for _, task := range MOFATasks().Tasks {
		wantBy, wantReq := NguyenHungSon, MinistryID("")
		if strings.HasPrefix(task.Code, "M") {
			wantBy, wantReq = PhanTam, VNMIC
		}
		if task.Responsible != VNMOFA || task.SetOutBy != wantBy || task.RequestedBy != wantReq {
			t.Errorf("%s: responsible %s, requested by %q, set out by %s", task.Code, task.Responsible, task.RequestedBy, task.SetOutBy)
		}
	}
}

// wantProblem checks that err holds a *digidip.ValidationError for exactly
// this ID and field.
func wantProblem(t *testing.T, err error, id digidip.ID, field string) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want a problem at %s %s", id, field)
	}
	var list digidip.ValidationErrors
	if !errors.As(err, &list) {
		t.Fatalf("error %v is not a digidip.ValidationErrors", err)
	}
	for _, e := range list {
		if e.ID == id && e.Field == field {
			return
		}
	}
	t.Errorf("no problem at %s %s in: %v", id, field, list)
}

func TestValidateRejectsBrokenCopies(t *testing.T) {
	tests := []struct {
		name  string
		err   func() error
		id    digidip.ID
		field string
	}{
		{"unknown issuer", func() error {
			m := BaliMessage()
			m.Issuer = "xx-nowhere"
			return m.Validate()
		}, "bali", "issuer"},
		{"missing Vietnamese title", func() error {
			m := BaliMessage()
			m.FocusAreas[0].Title = digidip.EnVi(m.FocusAreas[0].Title.En(), "")
			return m.Validate()
		}, "bali/FA1", "title.vi"},
		{"uncited variant", func() error {
			m := BaliMessage()
			m.FocusAreas[4].Variants[0].Source = digidip.Citation{}
			return m.Validate()
		}, "bali/FA5", "variants[0].source"},
		{"uncited country count", func() error {
			c := ICDD2021()
			c.Countries[0].Source = digidip.Citation{}
			return c.Validate()
		}, "icdd2021", "countries[0].source"},
		{"zero participants", func() error {
			c := ICDD2021()
			c.Participants[1].Value = 0
			return c.Validate()
		}, "icdd2021", "participants[1].value"},
		{"lowercase country code", func() error {
			c := ICDD2021()
			c.AnnouncedCountries.Value[20] = "vn"
			return c.Validate()
		}, "icdd2021", "announcedCountries.value[20]"},
		{"step by unknown person", func() error {
			c := ICDD2021()
			c.Steps[2].ProposedBy = "nobody"
			return c.Validate()
		}, "icdd2021/S3", "proposedBy"},
		{"predecessor undated", func() error {
			c := ICDD2021()
			c.Predecessor.Start = digidip.Date{}
			return c.Validate()
		}, "icdd2021", "predecessor.start"},
		{"task for unknown ministry", func() error {
			l := MICTasks()
			l.Tasks[1].Responsible = "vn-nowhere"
			return l.Validate()
		}, "vn-mic/T2", "responsible"},
		{"task of unknown kind", func() error {
			l := MOFATasks()
			l.Tasks[3].Kind = digidip.KindPanel
			return l.Validate()
		}, "vn-mofa/D2", "kind"},
		{"uncited task", func() error {
			l := MOFATasks()
			l.Tasks[0].Sources = nil
			return l.Validate()
		}, "vn-mofa/M1", "sources"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantProblem(t, tt.err(), tt.id, tt.field) })
	}
}

func TestFreshValues(t *testing.T) {
	a := BaliMessage()
	a.FocusAreas[0].Sources[0].URL = "https://example.org/changed"
	a.FocusAreas = a.FocusAreas[:1]
	b := BaliMessage()
	if len(b.FocusAreas) != 5 || b.FocusAreas[0].Sources[0].URL == "https://example.org/changed" {
		t.Error("a change to one BaliMessage() value leaked into the next")
	}
	m := Ministries()
	m[0].Predecessors = append(m[0].Predecessors, "xx")
	if got := Ministries()[0].Predecessors; len(got) != 0 {
		t.Errorf("a change to Ministries() leaked: %v", got)
	}
}

// The typed values are what dashboards export; they must survive a JSON
// round trip unchanged.
func TestTypedJSONRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		v    any
		back func() any
	}{
		{"bali", BaliMessage(), func() any { return new(Message) }},
		{"icdd2021", ICDD2021(), func() any { return new(Conference) }},
		{"vn-mic", MICTasks(), func() any { return new(TaskList) }},
		{"vn-mofa", MOFATasks(), func() any { return new(TaskList) }},
		{"ministries", Ministries(), func() any { return new([]Ministry) }},
		{"people", People(), func() any { return new([]Person) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, err := json.Marshal(tt.v)
			if err != nil {
				t.Fatal(err)
			}
			back := tt.back()
			if err := json.Unmarshal(data, back); err != nil {
				t.Fatalf("unmarshal: %v", err)
			}
			got := reflect.ValueOf(back).Elem().Interface()
			if diff := cmp.Diff(tt.v, got); diff != "" {
				t.Errorf("round trip (-want +got):\n%s", diff)
			}
		})
	}
}

func TestConferenceJSONShape(t *testing.T) {
	data, err := json.Marshal(ICDD2021())
	if err != nil {
		t.Fatal(err)
	}
	var v struct {
		Countries []struct {
			Value  int              `json:"value"`
			Source digidip.Citation `json:"source"`
		} `json:"countries"`
	}
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	if len(v.Countries) == 0 || v.Countries[0].Value != 19 || v.Countries[0].Source.Title == "" {
		t.Errorf("countries in JSON = %+v, want claims with value and source", v.Countries)
	}
}
