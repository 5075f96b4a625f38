package asean

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/digidip/digidip"
)

// Meeting is one ASEAN Digital Ministers' Meeting (ADGMIN), the yearly
// meeting of ASEAN's digital ministers that replaced the telecommunications
// and IT ministers' meeting (TELMIN) in 2019. Fields the sources do not give
// are left zero: a zero [digidip.Date], an empty string, a [Person] with only
// a country. Note says what is uncertain.
type Meeting struct {
	// ID is "adgmin" and the number: "adgmin3".
	ID string
	// Number is the meeting's ordinal, from 1.
	Number int
	// Name is the meeting's name in English and Vietnamese. The Vietnamese
	// follows the current Vietnamese press name, "Hội nghị Bộ trưởng Số
	// ASEAN", with the ordinal.
	Name digidip.Text
	// Start and End are the days of the ministerial meeting itself.
	Start, End digidip.Date
	// SeriesStart and SeriesEnd bound the whole series, with the senior
	// officials' and partner meetings, when the sources give it.
	SeriesStart, SeriesEnd digidip.Date
	// Host is the host country; City the place, if known.
	Host, City string
	// Format is how the meeting was held.
	Format Format
	// Chair and ViceChair lead the meeting.
	Chair, ViceChair Person
	// Theme is the meeting's theme, with a Vietnamese wording where one is
	// sourced.
	Theme digidip.Text
	// Outcomes are the documents and decisions the meeting produced or took
	// note of.
	Outcomes []MeetingOutcome
	// Note records what the sources leave uncertain.
	Note    string
	Sources []digidip.Citation
}

// Format is how a meeting was held.
type Format string

// The formats.
const (
	Virtual  Format = "virtual"
	InPerson Format = "in-person"
)

// Person is someone who held a role at a meeting. Only Country may be known.
type Person struct {
	Name    string
	Office  string
	Country string
}

// OutcomeAction says what a meeting did with an outcome.
type OutcomeAction string

// The actions.
const (
	Adopted  OutcomeAction = "adopted"
	Endorsed OutcomeAction = "endorsed"
	Approved OutcomeAction = "approved"
	Welcomed OutcomeAction = "welcomed"
	Noted    OutcomeAction = "noted"
	Launched OutcomeAction = "launched"
	Issued   OutcomeAction = "issued"
)

// Known reports whether a is one of the actions above.
func (a OutcomeAction) Known() bool {
	switch a {
	case Adopted, Endorsed, Approved, Welcomed, Noted, Launched, Issued:
		return true
	}
	return false
}

// MeetingOutcome is a document or decision of a meeting.
type MeetingOutcome struct {
	// Name is the document's name (English; Vietnamese where sourced).
	Name   digidip.Text
	Action OutcomeAction
	// Framework is set when the outcome is a digidip framework
	// ("adm2025", "boracay").
	Framework digidip.ID
	// Instrument is set when the outcome is in the registry (see
	// [Instruments]).
	Instrument string
}

// Meetings returns the ADGMIN meetings, first to sixth, in order. Each call
// builds fresh values.
func Meetings() []Meeting {
	name := func(n int) digidip.Text {
		return digidip.EnVi(ordinal(n)+" ASEAN Digital Ministers' Meeting (ADGMIN"+strconv.Itoa(n)+")",
			"Hội nghị Bộ trưởng Số ASEAN lần thứ "+strconv.Itoa(n))
	}
	out := func(en string, a OutcomeAction) MeetingOutcome {
		return MeetingOutcome{Name: digidip.EnVi(en, ""), Action: a}
	}
	names := map[string]digidip.Text{}
	for _, in := range Instruments() {
		names[in.ID] = in.Name
	}
	// instr names an outcome by its registry entry; an ID missing from the
	// registry leaves the name empty, which ValidateMeetings reports.
	instr := func(id string, a OutcomeAction) MeetingOutcome {
		return MeetingOutcome{Name: names[id], Action: a, Instrument: id}
	}
	return []Meeting{
		{
			ID: "adgmin1", Number: 1, Name: name(1),
			Start: day(2021, time.January, 21), End: day(2021, time.January, 22),
			SeriesStart: day(2021, time.January, 19), SeriesEnd: day(2021, time.January, 22),
			Host: "Malaysia", Format: Virtual,
			Chair:     Person{Name: "Saifuddin Abdullah", Office: "Minister of Communications and Multimedia", Country: "Malaysia"},
			ViceChair: Person{Name: "U Thant Sin Maung", Country: "Myanmar"},
			Theme:     digidip.EnVi("ASEAN: A Digitally Connected Community", ""),
			Outcomes: []MeetingOutcome{
				instr("putrajaya-declaration", Adopted),
				{Name: digidip.EnVi("ASEAN Digital Masterplan 2025", "Kế hoạch tổng thể số ASEAN 2025"), Action: Adopted, Framework: ADM2025ID},
				out("Joint Media Statement", Issued),
				instr("dmf", Approved),
				instr("cbdf", Welcomed),
				instr("mcc", Approved),
				instr("asean-regional-cert", Welcomed),
			},
			Note: "Held online, hosted from Malaysia; the senior officials (ADGSOM1) met from 19 January. One Vietnamese source dates ADGMIN1 to January 2020, against all others.",
			Sources: []digidip.Citation{
				srcVNPlusADMAdopted(), srcVNPlusADGMIN1Convene(), srcMalayMailADGMIN1(),
				srcNAMNewsADGMIN1(), srcSunDailyADGSOM1(), srcHoganLovellsMCC(),
			},
		},
		{
			ID: "adgmin2", Number: 2, Name: name(2),
			Start: month(2022, time.January), End: month(2022, time.January),
			Host: "Myanmar", Format: Virtual,
			Chair: Person{Country: "Myanmar"},
			Theme: digidip.EnVi("Digital Transformation: the Engine for ASEAN Economic Recovery from COVID-19", ""),
			Outcomes: []MeetingOutcome{
				{Name: digidip.EnVi("ASEAN Regional CERT Implementation Paper", ""), Action: Endorsed, Instrument: "asean-regional-cert"},
				out("ASEAN–India Digital Work Plan 2022", Approved),
			},
			Note: "Exact days not found; the session with India was held on 28 January 2022, co-chaired by Myanmar's Minister of Transport and Communications, Admiral Tin Aung San. The theme rests on one source. No declaration title was found, and whether the Cybersecurity Cooperation Strategy 2021–2025 was launched here is uncertain.",
			Sources: []digidip.Citation{
				srcOrissaADGMIN2(), srcNextIASADGMIN2(), srcCSARegionalCERT2024(), srcOpenGovRegionalCERT(),
			},
		},
		{
			ID: "adgmin3", Number: 3, Name: name(3),
			Start: day(2023, time.February, 9), End: day(2023, time.February, 10),
			SeriesStart: day(2023, time.February, 6), SeriesEnd: day(2023, time.February, 10),
			Host: "Philippines", City: "Boracay Island, Malay, Aklan", Format: InPerson,
			Chair: Person{Name: "Ivan John E. Uy", Office: "Secretary of Information and Communications Technology",
				Country: "Philippines"},
			ViceChair: Person{Name: "Janil Puthucheary", Office: "Senior Minister of State for Communications and Information and for Health",
				Country: "Singapore"},
			Theme: digidip.EnVi("Synergy Towards a Sustainable Digital Future", "Sức mạnh tổng hợp hướng tới một tương lai số bền vững"),
			Outcomes: []MeetingOutcome{
				{Name: digidip.EnVi("Boracay Digital Declaration", "Tuyên bố kỹ thuật số Boracay"), Action: Adopted, Framework: BoracayID},
				out("Joint Media Statement", Issued),
				instr("asean-regional-cert-operational-framework", Endorsed),
			},
			Note: "The first ADGMIN held in person; the first two were online.",
			Sources: []digidip.Citation{
				srcBorneoBulletinRightOnTrack(), srcInquirerADGMIN3(), srcNightOwlSpeech(), srcNewsbytesBoracay(),
				seed004("lede"),
			},
		},
		{
			ID: "adgmin4", Number: 4, Name: name(4),
			Start: day(2024, time.February, 1), End: day(2024, time.February, 2),
			SeriesStart: day(2024, time.January, 30), SeriesEnd: day(2024, time.February, 2),
			Host: "Singapore", City: "Singapore",
			Chair:     Person{Name: "Josephine Teo", Office: "Minister for Communications and Information", Country: "Singapore"},
			ViceChair: Person{Name: "Prasert Jantararuangtong", Country: "Thailand"},
			Theme:     digidip.EnVi("Building an Inclusive and Trusted Digital Ecosystem", ""),
			Outcomes: []MeetingOutcome{
				instr("singapore-declaration", Adopted),
				out("Joint Media Statement", Issued),
				instr("ai-guide", Endorsed),
				instr("wg-ai", Launched),
				{Name: digidip.EnVi("ASEAN Regional CERT Financial Model", ""), Action: Endorsed, Instrument: "asean-regional-cert"},
				instr("mcc-eu-joint-guide", Launched),
				{Name: digidip.EnVi("ADM 2025 Mid-Term Review: member states encouraged to carry out its recommendations", ""), Action: Noted, Framework: ADM2025ID},
			},
			Note: "Timor-Leste attended as an observer for the first time. Ministers also welcomed an ASEAN–China memorandum on digital cooperation for 2024–2029.",
			Sources: []digidip.Citation{
				srcMondaqADGMIN4(), srcMTICBruneiADGMIN4(), srcMDDITeoADGMIN4(), srcBusinessTimesCERT(),
			},
		},
		{
			ID: "adgmin5", Number: 5, Name: name(5),
			Start: day(2025, time.January, 16), End: day(2025, time.January, 17),
			Host: "Thailand", City: "Bangkok",
			Chair: Person{Name: "Prasert Jantararuangtong", Office: "Deputy Prime Minister and Minister of Digital Economy and Society",
				Country: "Thailand"},
			ViceChair: Person{Name: "Nguyễn Mạnh Hùng", Office: "Minister of Information and Communications", Country: "Viet Nam"},
			Theme:     digidip.EnVi("Secure, Innovative, Inclusive: Shaping ASEAN's Digital Future", ""),
			Outcomes: []MeetingOutcome{
				instr("bangkok-digital-declaration", Adopted),
				{Name: digidip.EnVi("Expanded ASEAN Guide on AI Governance and Ethics – Generative AI", ""), Action: Endorsed, Instrument: "ai-guide"},
				out("ASEAN Guide on Data Anonymization", Endorsed),
				out("Joint Mapping Guide to ASEAN MCCs and Ibero-American (RIPD) MCCs", Endorsed),
				{Name: digidip.EnVi("ASEAN Recommendations on Anti-Online Scams", ""), Action: Endorsed, Instrument: "wg-as"},
				instr("ai-safety-network", Endorsed),
				instr("defa", Noted),
			},
			Note: "DEFA was named a priority for 2025; the AI Safety Network was endorsed as a project and established by the leaders later in 2025.",
			Sources: []digidip.Citation{
				srcASEANADGMIN5(), srcUSASEANADGMIN5(), srcCrowellADGMIN5(),
			},
		},
		{
			ID: "adgmin6", Number: 6, Name: name(6),
			Start: day(2026, time.January, 15), End: day(2026, time.January, 16),
			SeriesStart: day(2026, time.January, 12), SeriesEnd: day(2026, time.January, 16),
			Host: "Viet Nam", City: "Hanoi",
			Chair: Person{Name: "Nguyễn Mạnh Hùng", Office: "Minister of Science and Technology", Country: "Viet Nam"},
			Theme: digidip.EnVi("ASEAN Adaptive: From Connectivity to Connected Intelligence",
				"ASEAN thích ứng: Từ kết nối hạ tầng đến kết nối trí tuệ"),
			Outcomes: []MeetingOutcome{
				instr("adm2030", Adopted),
				instr("hanoi-declaration", Adopted),
				{Name: digidip.EnVi("Final review report of ADM 2025", ""), Action: Noted, Framework: ADM2025ID},
				out("Enhanced ASEAN Guidelines for Strengthening Resilience and Repair of Submarine Cables", Adopted),
				out("17 activities and initiatives for 2026", Approved),
			},
			Note: "Vice-chair not found. Viet Nam's lead for ADGMIN moved to the Minister of Science and Technology after the ministries merged in 2025.",
			Sources: []digidip.Citation{
				srcVJSTADGMIN6(), srcVNPlusHanoiDeclaration(), srcVnExpressADGMIN6Activities(), srcSubseaGuidelines(),
			},
		},
	}
}

func ordinal(n int) string {
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	return strconv.Itoa(n) + suffix
}

// LookupMeeting returns the meeting with the given ID ("adgmin3") or
// acronym ("ADGMIN3"), ignoring case.
func LookupMeeting(id string) (Meeting, bool) {
	for _, m := range Meetings() {
		if strings.EqualFold(m.ID, strings.TrimSpace(id)) {
			return m, true
		}
	}
	return Meeting{}, false
}

func meetingIndex() map[string]bool {
	idx := map[string]bool{}
	for _, m := range Meetings() {
		idx[m.ID] = true
	}
	return idx
}

// ValidateMeetings checks a list of meetings and returns a
// [digidip.ValidationErrors] naming the meeting ID and field of each
// problem, or nil:
//
//   - meetings are numbered 1, 2, 3… in order, and each ID is "adgmin" and
//     its number;
//   - names are given in English and Vietnamese, and the host is known;
//   - dates are real, a meeting does not end before it starts, and the
//     series, where given, contains the ministerial days;
//   - formats and outcome actions are known values; an outcome names a
//     digidip framework of this package or an instrument of [Instruments];
//   - every meeting has at least one valid citation.
func ValidateMeetings(ms []Meeting) error {
	var errs digidip.ValidationErrors
	instruments := instrumentIndex()
	for i, m := range ms {
		id := digidip.ID(m.ID)
		if m.Number != i+1 {
			errs.Add(id, "number", fmt.Sprintf("meeting %d of the list has number %d", i+1, m.Number))
		}
		if want := "adgmin" + strconv.Itoa(m.Number); m.ID != want {
			errs.Add(id, "id", fmt.Sprintf("want %q for meeting number %d", want, m.Number))
		}
		errs.RequireEnVi(id, "name", m.Name)
		if strings.TrimSpace(m.Host) == "" {
			errs.Add(id, "host", "missing")
		}
		for _, d := range []struct {
			field string
			date  digidip.Date
		}{{"start", m.Start}, {"end", m.End}, {"seriesStart", m.SeriesStart}, {"seriesEnd", m.SeriesEnd}} {
			checkDate(&errs, id, d.field, d.date)
		}
		if m.Start.IsZero() {
			errs.Add(id, "start", "missing")
		}
		if m.End.Before(m.Start) {
			errs.Add(id, "end", fmt.Sprintf("%s is before the start %s", m.End, m.Start))
		}
		if m.Start.Before(m.SeriesStart) {
			errs.Add(id, "seriesStart", fmt.Sprintf("series starts %s, after the ministerial meeting %s", m.SeriesStart, m.Start))
		}
		if m.SeriesEnd.Before(m.End) {
			errs.Add(id, "seriesEnd", fmt.Sprintf("series ends %s, before the ministerial meeting %s", m.SeriesEnd, m.End))
		}
		if m.Format != "" && m.Format != Virtual && m.Format != InPerson {
			errs.Add(id, "format", fmt.Sprintf("unknown format %q", m.Format))
		}
		if strings.TrimSpace(m.Chair.Country) == "" {
			errs.Add(id, "chair.country", "missing")
		}
		for j, o := range m.Outcomes {
			f := fmt.Sprintf("outcomes[%d]", j)
			if strings.TrimSpace(o.Name.En()) == "" {
				errs.Add(id, f+".name.en", "missing English text")
			}
			if !o.Action.Known() {
				errs.Add(id, f+".action", fmt.Sprintf("unknown action %q", o.Action))
			}
			if o.Framework != "" && o.Framework != ADM2025ID && o.Framework != BoracayID {
				errs.Add(id, f+".framework", fmt.Sprintf("unknown framework %q", o.Framework))
			}
			if o.Instrument != "" && !instruments[o.Instrument] {
				errs.Add(id, f+".instrument", fmt.Sprintf("unknown instrument %q", o.Instrument))
			}
		}
		errs.RequireSources(id, "sources", m.Sources)
	}
	return errs.Err()
}
