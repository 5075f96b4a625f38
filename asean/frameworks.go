package asean

import "github.com/digidip/digidip"

// Frameworks returns the generic views of the package's two frameworks, in
// this order: the ASEAN Digital Masterplan 2025 ("adm2025") and the Boracay
// Digital Declaration ("boracay"). Build a catalog of them with
//
//	cat, err := digidip.NewCatalog(asean.Frameworks(), nil)
//
// The masterplan comes without enabling actions; to include them, load them
// with [ReadEnablingActions] and use
// ADM2025().WithEnablingActions(eas) and its Framework method instead.
func Frameworks() []digidip.Framework {
	return []digidip.Framework{ADM2025().Framework(), Boracay().Framework()}
}
