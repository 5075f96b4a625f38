package corpus_test

import (
	"context"
	"slices"
	"testing"

	"github.com/digidip/digidip/corpus"
	"github.com/digidip/digidip/corpus/lexicon"
)

// TestFrameworkQueryParagraphScope shows the paragraph scope of the vn-mic
// entry: the ministry counts when its international agenda is set out in the
// same paragraph, even in another sentence, and not when it is elsewhere —
// unless the name stands in the title, which speaks for the whole article.
func TestFrameworkQueryParagraphScope(t *testing.T) {
	m := newMapper(t)
	tests := []struct {
		name  string
		title string
		body  string
		want  bool
	}{
		{"agenda in the next sentence of the paragraph", "",
			"Viet Nam's Ministry of Information and Communications hosted the meeting in Hanoi. It signed cooperation agreements with international partners on responding to cross-border cyberattacks.", true},
		{"agenda in another paragraph", "",
			"Viet Nam's Ministry of Information and Communications hosted the meeting in Hanoi.\nSeparately, several countries signed cooperation agreements with international partners on responding to cross-border cyberattacks.", false},
		{"name in the title, agenda in the body", "What Vietnam's information ministry wants from its partners",
			"The plan was presented in Hanoi on Tuesday.\nIt calls for cooperation agreements with international partners on responding to cross-border cyberattacks.", true},
		{"name in the title, no agenda anywhere", "Vietnam's information ministry fines three newspapers",
			"The fines were announced in Hanoi on Tuesday.\nThe papers had run unverified reports.", false},
		{"agenda told of the ministry merged away", "",
			"The international cooperation work of Viet Nam's Ministry of Information and Communications now sits with the Ministry of Science and Technology, into which it was merged in 2025.", false},
		{"agenda, with the merger in another paragraph", "",
			"Viet Nam's Ministry of Information and Communications signed cooperation agreements with international partners on cross-border cyberattacks in 2022.\nThree years later it was merged into the Ministry of Science and Technology.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mp, err := m.Map(context.Background(), corpus.Article{ID: "x", Title: tt.title, Body: tt.body})
			if err != nil {
				t.Fatal(err)
			}
			if got := slices.Contains(mp.Prediction().Frameworks, "vn-mic"); got != tt.want {
				t.Errorf("vn-mic named = %v, want %v; mapping %+v", got, tt.want, mp.Prediction())
			}
		})
	}
}

// TestFrameworkByElements shows the vn-mofa entry's ByElements: the foreign
// ministry named in a sentence with no digital word counts when the article
// discusses one of the ministry's own directions elsewhere, and not when it
// discusses none.
func TestFrameworkByElements(t *testing.T) {
	m := newMapper(t)
	for _, tt := range []struct {
		name string
		body string
		want bool
	}{
		{"a direction discussed in another paragraph",
			"Bộ Ngoại giao đã tổ chức hội nghị với các cơ quan đại diện Việt Nam ở nước ngoài.\nCác đại sứ quán được khuyến khích dùng mạng xã hội để quảng bá văn hóa Việt Nam tới bạn bè quốc tế.", true},
		{"no direction anywhere",
			"Bộ Ngoại giao đã tổ chức hội nghị với các cơ quan đại diện Việt Nam ở nước ngoài.\nHội nghị bàn về công tác bảo hộ công dân trong mùa bão.", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			mp, err := m.Map(context.Background(), corpus.Article{ID: "x", Body: tt.body})
			if err != nil {
				t.Fatal(err)
			}
			if got := slices.Contains(mp.Prediction().Frameworks, "vn-mofa"); got != tt.want {
				t.Errorf("vn-mofa named = %v, want %v; mapping %+v", got, tt.want, mp.Prediction())
			}
		})
	}
}

// TestArticleScopeNearKeepsFieldsApart checks that word positions do not
// restart in the body: for a query of article scope, the title's first word
// and the body's first word are not neighbours.
func TestArticleScopeNearKeepsFieldsApart(t *testing.T) {
	lex := &lexicon.File{Lang: "en", Frameworks: []lexicon.FrameworkEntry{{
		ID: "boracay", Names: []string{"boracay"}, Query: "NEAR/1(alpha, beta)", Scope: lexicon.ScopeArticle,
	}}}
	m := newMapper(t, corpus.WithLexicons(lex))
	for _, tt := range []struct {
		name, title, body string
		want              bool
	}{
		{"neighbours in the body", "A report", "Alpha beta was the plan.\nBoracay reopened to tourists.", true},
		{"first words of title and body", "Alpha report", "Beta was quiet.\nBoracay reopened to tourists.", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			mp, err := m.Map(context.Background(), corpus.Article{ID: "x", Title: tt.title, Body: tt.body})
			if err != nil {
				t.Fatal(err)
			}
			got := len(mp.Frameworks) > 0
			if got != tt.want {
				t.Errorf("boracay named = %v, want %v; mapping %+v", got, tt.want, mp.Prediction())
			}
		})
	}
}
