package digidip_test

import (
	"testing"

	"github.com/digidip/digidip"
	"github.com/google/go-cmp/cmp"
)

func TestRequireEnViAndSources(t *testing.T) {
	const id digidip.ID = "plan/DO1"
	tests := []struct {
		name    string
		text    digidip.Text
		sources []digidip.Citation
		want    []digidip.ValidationError
	}{
		{"complete", digidip.EnVi("Title", "Tiêu đề"), testSource, nil},
		{"no Vietnamese, no citation", digidip.EnVi("Title", " "), nil, []digidip.ValidationError{
			{ID: id, Field: "title.vi", Msg: "missing Vietnamese text"},
			{ID: id, Field: "sources", Msg: "no citation"},
		}},
		{"no English, a nameless citation", digidip.EnVi("", "Tiêu đề"), []digidip.Citation{testSource[0], {Locator: "p. 3"}}, []digidip.ValidationError{
			{ID: id, Field: "title.en", Msg: "missing English text"},
			{ID: id, Field: "sources[1]", Msg: "citation has neither title nor URL"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var errs digidip.ValidationErrors
			errs.RequireEnVi(id, "title", tt.text)
			errs.RequireSources(id, "sources", tt.sources)
			var got []digidip.ValidationError
			for _, e := range errs {
				got = append(got, *e)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}
