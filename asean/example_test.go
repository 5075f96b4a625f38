package asean_test

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/digidip/digidip"
	"github.com/digidip/digidip/asean"
	"golang.org/x/text/language"
)

func ExampleADM2025() {
	m := asean.ADM2025()
	fmt.Println(m.Name.En(), "/", m.Name.Vi())
	fmt.Printf("adopted at %s on %s; written by %s for %s\n",
		m.Adoption.Meeting, m.Adoption.Date, m.Authorship.WrittenBy, m.Authorship.CommissionedBy)
	fmt.Printf("%d enabling actions, %d high priority; dependency %s–%s (direction known: %v)\n",
		m.Plan.EnablingActions, m.Plan.HighPriority,
		m.Plan.Dependencies[0].Between[0], m.Plan.Dependencies[0].Between[1], m.Plan.Dependencies[0].DirectionKnown)
	for _, d := range m.Outcomes[:3] {
		fmt.Printf("%s %s\n", d.Code(), d.Title.En())
	}
	fmt.Printf("successor: %s, adopted %s in %s\n", m.Successor.Name.En(), m.Successor.Adopted, m.Successor.Place)
	// Output:
	// ASEAN Digital Masterplan 2025 / Kế hoạch tổng thể số ASEAN 2025
	// adopted at adgmin1 on 2021-01-22; written by PLUM Consulting for Malaysian Communications and Multimedia Commission (MCMC)
	// 37 enabling actions, 17 high priority; dependency EA5.1–EA5.2 (direction known: false)
	// DO1 Actions in ADM 2025 prioritised to speed ASEAN's recovery from COVID-19
	// DO2 Increase in the quality and coverage of fixed and mobile broadband infrastructure
	// DO3 The delivery of trusted digital services and the prevention of consumer harms
	// successor: ASEAN Digital Masterplan 2030, adopted 2026-01-16 in Hanoi
}

// A user who holds the masterplan writes its enabling actions into a file
// and loads them. The file here is the package's format example: its titles
// are placeholders, not the masterplan's.
func ExampleReadEnablingActions() {
	f, err := os.Open("testdata/enabling-actions-example.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	eas, err := asean.ReadEnablingActions(f, "enabling-actions-example.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	m, err := asean.ADM2025().WithEnablingActions(eas)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range m.Framework().Elements {
		if e.Kind == digidip.KindEnablingAction {
			fmt.Println(e.ID, "under", e.Parent)
		}
	}
	// Output:
	// adm2025/EA5.1 under adm2025/DO5
	// adm2025/EA5.2 under adm2025/DO5
}

// Errors name the file and the JSON pointer of the value at fault, and wrap
// the typed rule that failed.
func ExampleReadEnablingActions_errors() {
	const file = `{"enablingActions": [
	  {"code": "EA3.2", "outcome": "DO5", "title": {"en": "Placeholder", "vi": "Mục giữ chỗ"},
	   "sources": [{"title": "ASEAN Digital Masterplan 2025"}]}]}`
	_, err := asean.ReadEnablingActions(strings.NewReader(file), "eas.json")
	fmt.Println(err)
	var ve *digidip.ValidationError
	if errors.As(err, &ve) {
		fmt.Println(ve.ID, ve.Field)
	}
	// Output:
	// eas.json: /enablingActions/0/outcome: code EA3.2 sits under DO3, not DO5
	// adm2025/EA3.2 outcome
}

func ExampleBoracay() {
	d := asean.Boracay()
	fmt.Printf("%s (%s, %s)\n", d.Name.En(), d.Meeting, d.Adopted)
	fmt.Println("theme:", d.Theme.In(language.Vietnamese))
	for _, c := range d.Commitments[4:7] {
		fmt.Printf("%s [%s] %s\n", c.ID(), c.Corroboration, c.Title.En())
	}
	fmt.Println("cites:", d.Commitments[6].Sources[0].Locator)
	// Output:
	// Boracay Digital Declaration (adgmin3, 2023-02-10)
	// theme: Sức mạnh tổng hợp hướng tới một tương lai số bền vững
	// boracay/B5 [seed-only] Share knowledge on better Internet and broadband, especially in rural areas
	// boracay/B6 [seed-only] Improve ICT policy and regulatory frameworks on best practice and international standards
	// boracay/B7 [partly] Combat cybercrime through cooperation on cybersecurity, data security and CERTs
	// cites: declaration section ("Tuyên bố kỹ thuật số Boracay…"), paragraph 6, second clause
}

func ExampleMeetings() {
	for _, m := range asean.Meetings() {
		var docs []string
		for _, o := range m.Outcomes {
			if o.Action == asean.Adopted && (o.Framework != "" || o.Instrument != "") {
				docs = append(docs, o.Name.En())
			}
		}
		if len(docs) == 0 {
			docs = []string{"(no declaration found in the sources)"}
		}
		fmt.Printf("ADGMIN%d %s %s: %s\n", m.Number, m.Start, m.Host, strings.Join(docs, "; "))
	}
	// Output:
	// ADGMIN1 2021-01-21 Malaysia: Putrajaya Declaration; ASEAN Digital Masterplan 2025
	// ADGMIN2 2022-01 Myanmar: (no declaration found in the sources)
	// ADGMIN3 2023-02-09 Philippines: Boracay Digital Declaration
	// ADGMIN4 2024-02-01 Singapore: Singapore Declaration
	// ADGMIN5 2025-01-16 Thailand: Bangkok Digital Declaration
	// ADGMIN6 2026-01-15 Viet Nam: ASEAN Digital Masterplan 2030; Hanoi Declaration on digital cooperation
}

func ExampleLookupInstrument() {
	in, ok := asean.LookupInstrument("wg-ddg")
	fmt.Println(ok, in.Kind, in.Name.En(), "/", in.Name.Vi(), "/", in.VietnameseName)
	acrf, _ := asean.LookupInstrument("ACRF")
	fmt.Println(acrf.Name.Vi(), "/", acrf.VietnameseName)
	// Output:
	// true working-group Working Group on Digital Data Governance / Nhóm công tác về quản trị dữ liệu kỹ thuật số / sourced
	// Khung phục hồi tổng thể ASEAN / digidip-translation
}

func ExampleFrameworks() {
	cat, err := digidip.NewCatalog(asean.Frameworks(), nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(cat.IDs(), cat.Validate())
	el, _ := cat.Element("adm2025/DO2")
	fmt.Println(el.Title.In(language.Vietnamese))
	// Output:
	// [adm2025 boracay] <nil>
	// Nâng cao chất lượng và mở rộng vùng phủ của hạ tầng băng rộng cố định và di động
}
