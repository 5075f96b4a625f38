package asean

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/digidip/digidip"
)

// problem is the (ID, field) pair of a validation error: what the tests
// check, leaving the wording of the message free.
type problem struct {
	ID    digidip.ID
	Field string
}

func (p problem) String() string { return fmt.Sprintf("%s %s", p.ID, p.Field) }

// problemsOf returns the (ID, field) pairs of err, sorted, after checking
// that err is a digidip.ValidationErrors that errors.As can reach, and that
// errors.As also reaches a single *digidip.ValidationError in it.
func problemsOf(t *testing.T, err error) []problem {
	t.Helper()
	if err == nil {
		return nil
	}
	var list digidip.ValidationErrors
	if !errors.As(err, &list) {
		t.Fatalf("errors.As(%T, *digidip.ValidationErrors) failed: %v", err, err)
	}
	var one *digidip.ValidationError
	if !errors.As(err, &one) {
		t.Fatalf("errors.As(%T, **digidip.ValidationError) failed: %v", err, err)
	}
	out := make([]problem, len(list))
	for i, e := range list {
		out[i] = problem{e.ID, e.Field}
	}
	slices.SortFunc(out, func(a, b problem) int { return strings.Compare(a.String(), b.String()) })
	return out
}
