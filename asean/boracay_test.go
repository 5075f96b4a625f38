package asean

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/digidip/digidip"
	"github.com/google/go-cmp/cmp"
)

func TestBoracayFacts(t *testing.T) {
	d := Boracay()
	type facts struct {
		ID                          digidip.ID
		Name, NameVi                string
		Meeting, Adopted            string
		Theme, ThemeVi              string
		Chair, ViceChair            string
		ParagraphNumbersKnown       bool
		Commitments                 []string
		Corroboration               map[string]Corroboration
		CommitmentInstruments       map[string][]string
		NotedInstruments            []string
		FirstSourceIsSeed004        bool
		FirstSourceLocatorsNonEmpty bool
	}
	got := facts{
		ID: d.ID, Name: d.Name.En(), NameVi: d.Name.Vi(), Meeting: d.Meeting, Adopted: d.Adopted.String(),
		Theme: d.Theme.En(), ThemeVi: d.Theme.Vi(), Chair: d.Chair.Name, ViceChair: d.ViceChair.Name,
		ParagraphNumbersKnown: d.ParagraphNumbersKnown,
		Corroboration:         map[string]Corroboration{},
		CommitmentInstruments: map[string][]string{},
		FirstSourceIsSeed004:  true, FirstSourceLocatorsNonEmpty: true,
	}
	for _, c := range d.Commitments {
		got.Commitments = append(got.Commitments, string(c.ID()))
		got.Corroboration[c.Code()] = c.Corroboration
		if len(c.Instruments) > 0 {
			got.CommitmentInstruments[c.Code()] = c.Instruments
		}
		s := c.Sources[0]
		got.FirstSourceIsSeed004 = got.FirstSourceIsSeed004 && s.Title == Seed004Title && s.URL == Seed004URL && s.Publisher == "ictvietnam.vn"
		got.FirstSourceLocatorsNonEmpty = got.FirstSourceLocatorsNonEmpty && s.Locator != ""
	}
	for _, n := range d.NotedInitiatives {
		if n.Instrument != "" {
			got.NotedInstruments = append(got.NotedInstruments, n.Instrument)
		}
	}
	want := facts{
		ID: "boracay", Name: "Boracay Digital Declaration", NameVi: "Tuyên bố kỹ thuật số Boracay",
		Meeting: "adgmin3", Adopted: "2023-02-10",
		Theme: "Synergy Towards a Sustainable Digital Future", ThemeVi: "Sức mạnh tổng hợp hướng tới một tương lai số bền vững",
		Chair: "Ivan John E. Uy", ViceChair: "Janil Puthucheary",
		ParagraphNumbersKnown: false,
		Commitments: []string{"boracay/B1", "boracay/B2", "boracay/B3", "boracay/B4", "boracay/B5",
			"boracay/B6", "boracay/B7", "boracay/B8", "boracay/B9"},
		Corroboration: map[string]Corroboration{
			"B1": Corroborated, "B2": Partly, "B3": Partly, "B4": Corroborated, "B5": SeedOnly,
			"B6": SeedOnly, "B7": Partly, "B8": SeedOnly, "B9": SeedOnly,
		},
		CommitmentInstruments: map[string][]string{
			"B3": {"bsbr", "mcc-eu-joint-guide"}, "B7": {"asean-regional-cert"}, "B9": {"itu"},
		},
		NotedInstruments: []string{"acrf", "wg-ddg", "mcc", "dmf", "cbdf", "accs-2021-2025", "ansac",
			"asean-regional-cert-operational-framework", "ascce", "ajccbc", "ai-guide", "bsbr", "defa", "asean-5g-roadmap"},
		FirstSourceIsSeed004: true, FirstSourceLocatorsNonEmpty: true,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Boracay facts (-want +got):\n%s", diff)
	}
	if c, ok := d.Commitment(7); !ok || c.Title.En() == "" {
		t.Errorf("Commitment(7) = %+v, %v", c, ok)
	}
}

// TestSeed004Headline checks Seed004Title against the seed article's first
// line, when the embedded corpus is present in the module.
func TestSeed004Headline(t *testing.T) {
	matches, _ := filepath.Glob("../corpus/seeds/004_*.txt")
	if len(matches) == 0 {
		t.Skip("seed corpus not present in this tree")
	}
	f, err := os.Open(matches[0])
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	if !sc.Scan() {
		t.Fatalf("%s: empty", matches[0])
	}
	if got := sc.Text(); got != Seed004Title {
		t.Errorf("seed 004 headline = %q; Seed004Title = %q", got, Seed004Title)
	}
}

func TestBoracayFramework(t *testing.T) {
	f := Boracay().Framework()
	if f.Kind != digidip.KindDeclaration || len(f.Elements) != 9 {
		t.Fatalf("kind %q with %d elements; want declaration with 9", f.Kind, len(f.Elements))
	}
	for _, e := range f.Elements {
		if e.Kind != digidip.KindCommitment || e.Parent != "" || e.Code != e.ID.Code() {
			t.Errorf("%s: kind %q parent %q code %q", e.ID, e.Kind, e.Parent, e.Code)
		}
	}
}

func TestDeclarationValidateRules(t *testing.T) {
	if err := Boracay().Validate(); err != nil {
		t.Fatalf("shipped declaration: %v", err)
	}
	tests := []struct {
		name   string
		mutate func(d *Declaration)
		want   []problem
	}{
		{"commitment out of order", func(d *Declaration) { d.Commitments[4].Number = 7 },
			[]problem{{"boracay/B7", "number"}}},
		{"commitment without Vietnamese title", func(d *Declaration) { d.Commitments[1].Title = digidip.EnVi("Connectivity", "") },
			[]problem{{"boracay/B2", "title.vi"}}},
		{"commitment without English title", func(d *Declaration) { d.Commitments[1].Title = digidip.EnVi("", "Kết nối") },
			[]problem{{"boracay/B2", "title.en"}}},
		{"commitment without English summary", func(d *Declaration) { d.Commitments[2].Summary = digidip.EnVi("", "Tóm tắt") },
			[]problem{{"boracay/B3", "summary.en"}}},
		{"seed 004 not cited first", func(d *Declaration) {
			s := d.Commitments[3].Sources
			s[0], s[1] = s[1], s[0]
		}, []problem{{"boracay/B4", "sources[0]"}}},
		{"commitment without citation", func(d *Declaration) { d.Commitments[5].Sources = nil },
			[]problem{{"boracay/B6", "sources"}}},
		{"seed-only commitment citing another source", func(d *Declaration) {
			d.Commitments[4].Sources = append(d.Commitments[4].Sources, srcInquirerADGMIN3())
		}, []problem{{"boracay/B5", "corroboration"}}},
		{"corroborated commitment citing only the seed", func(d *Declaration) { d.Commitments[0].Sources = d.Commitments[0].Sources[:1] },
			[]problem{{"boracay/B1", "corroboration"}}},
		{"unknown corroboration", func(d *Declaration) { d.Commitments[7].Corroboration = "maybe" },
			[]problem{{"boracay/B8", "corroboration"}}},
		{"unknown instrument", func(d *Declaration) { d.Commitments[8].Instruments = []string{"unesco"} },
			[]problem{{"boracay/B9", "instruments[0]"}}},
		{"unknown meeting", func(d *Declaration) { d.Meeting = "adgmin33" },
			[]problem{{"boracay", "meeting"}}},
		{"adopted after the meeting", func(d *Declaration) { d.Adopted = digidip.Date{Year: 2023, Month: time.February, Day: 12} },
			[]problem{{"boracay", "adopted"}}},
		{"impossible adoption date", func(d *Declaration) { d.Adopted = digidip.Date{Year: 2023, Month: time.February, Day: 29} },
			[]problem{{"boracay", "adopted"}, {"boracay", "adopted"}}},
		{"noted initiative with unknown instrument", func(d *Declaration) { d.NotedInitiatives[1].Instrument = "acrf2" },
			[]problem{{"boracay", "notedInitiatives[1].instrument"}}},
		{"noted initiative with unknown framework", func(d *Declaration) { d.NotedInitiatives[0].Framework = "adm2030" },
			[]problem{{"boracay", "notedInitiatives[0].framework"}}},
		{"noted initiative with unknown action", func(d *Declaration) { d.NotedInitiatives[2].Action = "liked" },
			[]problem{{"boracay", "notedInitiatives[2].action"}}},
		{"noted initiative without citation", func(d *Declaration) { d.NotedInitiatives[3].Sources = nil },
			[]problem{{"boracay", "notedInitiatives[3].sources"}}},
		{"name without Vietnamese", func(d *Declaration) { d.Name = digidip.EnVi("Boracay Digital Declaration", "") },
			[]problem{{"boracay", "name.vi"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Boracay()
			tt.mutate(&d)
			if diff := cmp.Diff(tt.want, problemsOf(t, d.Validate())); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

// TestSeed004Locators checks each locator into seed article 004 against the
// seed itself: the paragraph it names must hold the commitment's or the
// initiative's key words. It runs when the embedded corpus is in the tree.
func TestSeed004Locators(t *testing.T) {
	matches, _ := filepath.Glob("../corpus/seeds/004_*.txt")
	if len(matches) == 0 {
		t.Skip("seed corpus not present in this tree")
	}
	raw, err := os.ReadFile(matches[0])
	if err != nil {
		t.Fatal(err)
	}
	// Paragraphs are the non-empty lines after each section heading.
	sections := map[string][]string{}
	var cur string
	for _, line := range strings.Split(string(raw), "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "":
		case line == "ASEAN hướng tới cộng đồng số":
			cur = "meeting"
		case strings.HasPrefix(line, "Tuyên bố kỹ thuật số Boracay: CĐS"):
			cur = "declaration"
		case cur != "":
			sections[cur] = append(sections[cur], line)
		}
	}
	paragraph := func(c digidip.Citation) string {
		section := "meeting"
		if strings.HasPrefix(c.Locator, "declaration") {
			section = "declaration"
		}
		_, num, ok := strings.Cut(c.Locator, "paragraph ")
		if !ok {
			t.Fatalf("locator %q names no paragraph", c.Locator)
		}
		num, _, _ = strings.Cut(num, ",")
		n, err := strconv.Atoi(num)
		if err != nil || n < 1 || n > len(sections[section]) {
			t.Fatalf("locator %q: no paragraph %q in the %s section (%d paragraphs)", c.Locator, num, section, len(sections[section]))
		}
		return sections[section][n-1]
	}
	commitmentWords := map[string]string{
		"B1": "xã hội số bao trùm", "B2": "đối tác đối thoại", "B3": "Bandar Seri Begawan",
		"B4": "chính phủ điện tử", "B5": "nông thôn", "B6": "CNTT-TT", "B7": "tội phạm mạng",
		"B8": "biến đổi khí hậu", "B9": "ITU",
	}
	for _, c := range Boracay().Commitments {
		if p := paragraph(c.Sources[0]); !strings.Contains(p, commitmentWords[c.Code()]) {
			t.Errorf("%s: cited paragraph lacks %q: %s", c.Code(), commitmentWords[c.Code()], p)
		}
	}
	instrumentWords := map[string]string{
		"wg-ddg": "WG-DDG", "mcc": "MCC", "dmf": "DMF", "cbdf": "CBDF", "accs-2021-2025": "Chiến lược hợp tác an ninh mạng",
		"ansac": "ANSAC", "asean-regional-cert-operational-framework": "Khung hoạt động CERT", "ascce": "ASCCE",
		"ajccbc": "AJCCBC", "ai-guide": "quản trị và đạo đức AI", "bsbr": "Bandar Seri Begawan", "defa": "DEFA",
		"asean-5g-roadmap": "5G", "acrf": "COVID-19", "itu": "ITU",
	}
	check := func(what string, src []digidip.Citation, word string) {
		for _, c := range src {
			if c.URL == Seed004URL && strings.Contains(c.Locator, "paragraph") && !strings.Contains(paragraph(c), word) {
				t.Errorf("%s: cited paragraph (%s) lacks %q", what, c.Locator, word)
			}
		}
	}
	for _, n := range Boracay().NotedInitiatives {
		if w, ok := instrumentWords[n.Instrument]; ok {
			check("noted "+n.Instrument, n.Sources, w)
		}
	}
	for _, in := range Instruments() {
		if w, ok := instrumentWords[in.ID]; ok {
			check("instrument "+in.ID, in.Sources, w)
		}
	}
}
