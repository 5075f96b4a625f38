package lexicon_test

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"github.com/digidip/digidip/corpus"
)

// TestFrameworkDescriptions checks that unmistakable descriptions of a
// framework (no exact name) are taken for it, and that look-alikes from the
// same sentence shape are not. The texts are probes written for this test,
// not gold cases, so the lexicon is not tuned on the very sentences it is
// checked against in the gold sets.
func TestFrameworkDescriptions(t *testing.T) {
	m, err := corpus.NewMapper()
	if err != nil {
		t.Fatalf("NewMapper: %v", err)
	}
	tests := []struct {
		name string
		lang language.Tag
		body string
		want []string
	}{
		{"en masterplan adopted by digital ministers in 2021", language.English,
			"The master plan that ASEAN digital ministers adopted at ADGMIN in 2021 runs until 2025.", []string{"adm2025"}},
		{"en national masterplan adopted in 2021 is not adm2025", language.English,
			"Vietnam's national e-commerce masterplan, adopted in 2021 by the government, runs for five years.", nil},
		{"en declaration of the third digital ministers' meeting", language.English,
			"The declaration adopted at the third ASEAN Digital Ministers' Meeting calls for closer cooperation on cybersecurity.", []string{"boracay"}},
		{"en a 2024 declaration after a third meeting is not boracay", language.English,
			"At the third meeting of ASEAN digital ministers' officials in 2024, a separate declaration on AI governance was adopted.", nil},
		{"vi declaration of the 3rd ADGMIN", language.Vietnamese,
			"Tuyên bố được thông qua tại Hội nghị Bộ trưởng Số ASEAN lần thứ 3 đặt ra các ưu tiên hợp tác số.", []string{"boracay"}},
		{"vi Hanoi declaration at the 5th ADGMIN is not boracay", language.Vietnamese,
			"Tại Hội nghị Bộ trưởng Số ASEAN lần thứ 5, các bộ trưởng thông qua Tuyên bố Hà Nội về trí tuệ nhân tạo.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := m.Map(context.Background(), corpus.Article{ID: "probe", Body: tt.body, Lang: tt.lang})
			if err != nil {
				t.Fatalf("Map: %v", err)
			}
			var ids []string
			for _, f := range got.Frameworks {
				ids = append(ids, string(f.ID))
			}
			if diff := cmp.Diff(tt.want, ids); diff != "" {
				t.Errorf("frameworks (-want +got):\n%s", diff)
			}
		})
	}
}
