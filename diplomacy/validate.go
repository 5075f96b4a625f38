package diplomacy

import (
	"errors"
	"fmt"
	"strings"

	"github.com/digidip/digidip"
)

// Frameworks returns the generic view of the package's four frameworks, in
// the order bali, icdd2021, vn-mic, vn-mofa. Each call returns fresh values.
func Frameworks() []digidip.Framework {
	return []digidip.Framework{
		BaliMessage().Framework(),
		ICDD2021().Framework(),
		MICTasks().Framework(),
		MOFATasks().Framework(),
	}
}

// Validate checks the message: its generic view by the rules of
// [digidip.Catalog.Validate], that its issuer is a registered ministry, and
// that every variant wording is cited. The error is a
// [digidip.ValidationErrors]; find each problem with [errors.As].
func (m Message) Validate() error {
	var errs digidip.ValidationErrors
	validateGeneric(&errs, m.Framework())
	_, ministries := registryIDs()
	checkMinistry(&errs, m.ID, "issuer", m.Issuer, ministries, false)
	if !m.Conference.IsFramework() {
		errs.Add(m.ID, "conference", fmt.Sprintf("%q is not a framework ID", m.Conference))
	}
	for _, a := range m.FocusAreas {
		id := digidip.ElementID(m.ID, a.Code)
		for i, v := range a.Variants {
			checkClaim(&errs, id, fmt.Sprintf("variants[%d]", i), v.Source)
			if v.Value.IsZero() {
				errs.Add(id, fmt.Sprintf("variants[%d].value", i), "empty wording")
			}
		}
	}
	return errs.Err()
}

// Validate checks the conference: its generic view, its organiser and
// speakers against the registries, that every disputed figure is cited and
// positive, and that the predecessor is dated and cited.
func (c Conference) Validate() error {
	var errs digidip.ValidationErrors
	validateGeneric(&errs, c.Framework())
	people, ministries := registryIDs()
	checkMinistry(&errs, c.ID, "organizer", c.Organizer, ministries, false)
	if len(c.Countries) == 0 {
		errs.Add(c.ID, "countries", "no claim")
	}
	if len(c.Participants) == 0 {
		errs.Add(c.ID, "participants", "no claim")
	}
	counts := []struct {
		field  string
		claims []Claim[int]
	}{{"countries", c.Countries}, {"participants", c.Participants}}
	for _, n := range counts {
		for i, cl := range n.claims {
			f := fmt.Sprintf("%s[%d]", n.field, i)
			checkClaim(&errs, c.ID, f, cl.Source)
			if cl.Value <= 0 {
				errs.Add(c.ID, f+".value", fmt.Sprintf("count %d is not positive", cl.Value))
			}
		}
	}
	if ac := c.AnnouncedCountries; len(ac.Value) > 0 {
		checkClaim(&errs, c.ID, "announcedCountries", ac.Source)
		for i, code := range ac.Value {
			if len(code) != 2 || strings.ToUpper(code) != code {
				errs.Add(c.ID, fmt.Sprintf("announcedCountries.value[%d]", i), fmt.Sprintf("%q is not an ISO 3166-1 alpha-2 code", code))
			}
		}
	}
	for i, cl := range c.Theme {
		checkClaim(&errs, c.ID, fmt.Sprintf("theme[%d]", i), cl.Source)
	}
	for i, cl := range c.Format {
		checkClaim(&errs, c.ID, fmt.Sprintf("format[%d]", i), cl.Source)
	}
	for _, s := range c.Steps {
		checkPerson(&errs, digidip.ElementID(c.ID, s.Code), "proposedBy", s.ProposedBy, people)
	}
	for i, s := range c.Speeches {
		f := fmt.Sprintf("speeches[%d]", i)
		checkPerson(&errs, c.ID, f+".speaker", s.Speaker, people)
		checkClaim(&errs, c.ID, f, s.Source)
	}
	p := c.Predecessor
	checkMinistry(&errs, c.ID, "predecessor.organizer", p.Organizer, ministries, false)
	if p.Start.IsZero() || p.End.Before(p.Start) {
		errs.Add(c.ID, "predecessor.start", "missing, or after the end")
	}
	errs.RequireSources(c.ID, "predecessor.sources", p.Sources)
	return errs.Err()
}

// Validate checks the task list: its generic view, that every task is a task
// or a direction, and that its ministries and speaker are registered.
func (l TaskList) Validate() error {
	var errs digidip.ValidationErrors
	validateGeneric(&errs, l.Framework())
	people, ministries := registryIDs()
	checkMinistry(&errs, l.ID, "ministry", l.Ministry, ministries, false)
	for _, t := range l.Tasks {
		id := digidip.ElementID(l.ID, t.Code)
		if t.Kind != digidip.KindTask && t.Kind != digidip.KindDirection {
			errs.Add(id, "kind", fmt.Sprintf("%q is neither a task nor a direction", t.Kind))
		}
		checkMinistry(&errs, id, "responsible", t.Responsible, ministries, false)
		checkMinistry(&errs, id, "requestedBy", t.RequestedBy, ministries, true)
		checkPerson(&errs, id, "setOutBy", t.SetOutBy, people)
	}
	return errs.Err()
}

// ValidateRegistries checks the ministry and person registries: unique IDs,
// names and titles in English and Vietnamese, predecessor and successor links
// that point at registered ministries and agree with each other, roles
// attached to registered ministries, and a valid citation for every
// ministry, reorganisation and role. Problems are reported as
// [digidip.ValidationError]s whose ID is "ministry:<id>" or "person:<id>".
func ValidateRegistries() error {
	return validateRegistries(Ministries(), People())
}

func validateRegistries(ms []Ministry, ps []Person) error {
	var errs digidip.ValidationErrors
	byID := map[MinistryID]Ministry{}
	for _, m := range ms {
		id := ministryKey(m.ID)
		if _, dup := byID[m.ID]; dup {
			errs.Add(id, "id", "ministry ID used twice")
		}
		byID[m.ID] = m
	}
	for _, m := range ms {
		id := ministryKey(m.ID)
		if m.ID == "" || strings.ToLower(string(m.ID)) != string(m.ID) {
			errs.Add(id, "id", "empty or not lowercase")
		}
		errs.RequireEnVi(id, "name", m.Name)
		errs.RequireEnVi(id, "abbrev", m.Abbrev)
		if len(m.Country) != 2 || strings.ToUpper(m.Country) != m.Country {
			errs.Add(id, "country", fmt.Sprintf("%q is not an ISO 3166-1 alpha-2 code", m.Country))
		}
		errs.RequireSources(id, "sources", m.Sources)
		if m.Successor != "" {
			succ, ok := byID[m.Successor]
			switch {
			case !ok:
				errs.Add(id, "successor", fmt.Sprintf("unknown ministry %q", m.Successor))
			case !containsID(succ.Predecessors, m.ID):
				errs.Add(id, "successor", fmt.Sprintf("%s does not list %s among its predecessors", succ.ID, m.ID))
			}
		}
		for i, p := range m.Predecessors {
			pred, ok := byID[p]
			switch {
			case !ok:
				errs.Add(id, fmt.Sprintf("predecessors[%d]", i), fmt.Sprintf("unknown ministry %q", p))
			case pred.Successor != m.ID:
				errs.Add(id, fmt.Sprintf("predecessors[%d]", i), fmt.Sprintf("%s names %q as its successor", p, pred.Successor))
			}
		}
		if m.Dissolved.Before(m.Established) {
			errs.Add(id, "dissolved", "before established")
		}
		for i, r := range m.Changes {
			f := fmt.Sprintf("changes[%d]", i)
			if r.Effective.IsZero() {
				errs.Add(id, f+".effective", "missing")
			}
			errs.RequireEnVi(id, f+".summary", r.Summary)
			errs.RequireSources(id, f+".sources", r.Sources)
		}
	}
	seen := map[PersonID]bool{}
	for _, p := range ps {
		id := personKey(p.ID)
		if seen[p.ID] {
			errs.Add(id, "id", "person ID used twice")
		}
		seen[p.ID] = true
		errs.RequireEnVi(id, "name", p.Name)
		if len(p.Roles) == 0 {
			errs.Add(id, "roles", "no role")
		}
		for i, r := range p.Roles {
			f := fmt.Sprintf("roles[%d]", i)
			errs.RequireEnVi(id, f+".title", r.Title)
			if r.Org != "" {
				if _, ok := byID[r.Org]; !ok {
					errs.Add(id, f+".org", fmt.Sprintf("unknown ministry %q", r.Org))
				}
			}
			if r.To.Before(r.From) {
				errs.Add(id, f+".to", "before from")
			}
			errs.RequireSources(id, f+".source", []digidip.Citation{r.Source})
		}
	}
	return errs.Err()
}

func ministryKey(id MinistryID) digidip.ID { return digidip.ID("ministry:" + string(id)) }
func personKey(id PersonID) digidip.ID     { return digidip.ID("person:" + string(id)) }

func containsID(ids []MinistryID, id MinistryID) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// registryIDs returns the sets of registered person and ministry IDs.
func registryIDs() (map[PersonID]bool, map[MinistryID]bool) {
	people := map[PersonID]bool{}
	for _, p := range People() {
		people[p.ID] = true
	}
	return people, ministryIDs()
}

// validateGeneric runs the catalog rules over one framework on its own.
func validateGeneric(errs *digidip.ValidationErrors, f digidip.Framework) {
	c, err := digidip.NewCatalog([]digidip.Framework{f}, nil)
	if err == nil {
		err = c.Validate()
	}
	if err == nil {
		return
	}
	var list digidip.ValidationErrors
	if errors.As(err, &list) {
		*errs = append(*errs, list...)
		return
	}
	errs.Add(f.ID, "", err.Error())
}

func checkMinistry(errs *digidip.ValidationErrors, id digidip.ID, field string, m MinistryID, known map[MinistryID]bool, optional bool) {
	switch {
	case m == "" && optional:
	case m == "":
		errs.Add(id, field, "missing ministry")
	case !known[m]:
		errs.Add(id, field, fmt.Sprintf("unknown ministry %q", m))
	}
}

func checkPerson(errs *digidip.ValidationErrors, id digidip.ID, field string, p PersonID, known map[PersonID]bool) {
	switch {
	case p == "":
		errs.Add(id, field, "missing person")
	case !known[p]:
		errs.Add(id, field, fmt.Sprintf("unknown person %q", p))
	}
}

func checkClaim(errs *digidip.ValidationErrors, id digidip.ID, field string, src digidip.Citation) {
	if err := digidip.ValidateCitation(src); err != nil {
		errs.Add(id, field+".source", err.Error())
	}
}
