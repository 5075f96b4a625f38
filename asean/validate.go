package asean

import "github.com/digidip/digidip"

// checkDate reports an impossible date.
func checkDate(errs *digidip.ValidationErrors, id digidip.ID, field string, d digidip.Date) {
	if err := d.Validate(); err != nil {
		errs.Add(id, field, err.Error())
	}
}
