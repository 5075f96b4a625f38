package corpus_test

import (
	"context"
	"testing"

	"github.com/digidip/digidip/corpus"
)

// TestFrameworkQueryParagraphScope shows the paragraph scope of the vn-mic
// entry: the ministry counts when its international agenda is set out in the
// same paragraph, even in another sentence, and not when it is elsewhere.
func TestFrameworkQueryParagraphScope(t *testing.T) {
	m := newMapper(t)
	tests := []struct {
		name string
		body string
		want bool
	}{
		{"agenda in the next sentence of the paragraph",
			"Viet Nam's Ministry of Information and Communications hosted the meeting in Hanoi. It signed cooperation agreements with international partners on responding to cross-border cyberattacks.", true},
		{"agenda in another paragraph",
			"Viet Nam's Ministry of Information and Communications hosted the meeting in Hanoi.\nSeparately, several countries signed cooperation agreements with international partners on responding to cross-border cyberattacks.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mp, err := m.Map(context.Background(), corpus.Article{ID: "x", Body: tt.body})
			if err != nil {
				t.Fatal(err)
			}
			got := false
			for _, f := range mp.Frameworks {
				got = got || f.ID == "vn-mic"
			}
			if got != tt.want {
				t.Errorf("vn-mic named = %v, want %v; mapping %+v", got, tt.want, mp.Prediction())
			}
		})
	}
}
