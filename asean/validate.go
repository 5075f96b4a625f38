package asean

import (
	"fmt"
	"strings"

	"github.com/digidip/digidip"
)

// requireEnVi reports a Text that lacks English or Vietnamese, with the same
// field names the catalog validator uses ("title.en", "title.vi").
func requireEnVi(errs *digidip.ValidationErrors, id digidip.ID, field string, t digidip.Text) {
	if strings.TrimSpace(t.En()) == "" {
		errs.Add(id, field+".en", "missing English text")
	}
	if strings.TrimSpace(t.Vi()) == "" {
		errs.Add(id, field+".vi", "missing Vietnamese text")
	}
}

// requireSources reports an empty citation list, and each citation that
// names no source or carries an impossible date ("sources[2]").
func requireSources(errs *digidip.ValidationErrors, id digidip.ID, field string, sources []digidip.Citation) {
	if len(sources) == 0 {
		errs.Add(id, field, "no citation")
	}
	for i, s := range sources {
		if err := digidip.ValidateCitation(s); err != nil {
			errs.Add(id, fmt.Sprintf("%s[%d]", field, i), err.Error())
		}
	}
}

// checkDate reports an impossible date.
func checkDate(errs *digidip.ValidationErrors, id digidip.ID, field string, d digidip.Date) {
	if err := d.Validate(); err != nil {
		errs.Add(id, field, err.Error())
	}
}
