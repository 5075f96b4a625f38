package corpus

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/digidip/digidip"
)

// brief summarises a removal as "field reason: text", the text cut to 48
// runes, for readable expectations.
func brief(r Removal) string {
	text := strings.ReplaceAll(r.Text, "\n", "⏎")
	if utf8.RuneCountInString(text) > 48 {
		text = string([]rune(text)[:48]) + "…"
	}
	return fmt.Sprintf("%s %s: %s", r.Field, r.Reason, text)
}

func TestCleanSeeds(t *testing.T) {
	want := map[string][]string{
		"000_7b3bbabc5c28dc7d": nil,
		"001_dd70fcc3181878ba": {
			"title spam: 【kèo nhà cái 5 chấm com】",
			"body caption: Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn. (Ảnh: TTX…",
			"body spam: ệtNamcónhiềuthànhcôngtronghoạtđộngngoạigiaokỹthu…",
			"body metadata: TheoVietnam+",
		},
		"002_7a2de960d0113bc6": nil,
		"003_c84967ab269d1a45": {
			"body byline: TS. NGUYỄN HÙNG SƠN",
			"body byline: Phó Giám đốc Học viện Ngoại giao kiêm Viện trưởn…",
			"body social: Theo dõi Baoquocte.vn trên",
			"body caption: Tiến sĩ Nguyễn Hùng Sơn phát biểu khai mạc Đối t…",
			"body caption: Tiến sĩ Nguyễn Hùng Sơn phát biểu khai mạc Đối t…",
			"body related-news: Ngoại giao số: Lý thuyết, kinh nghiệm quốc tế và…",
			"body related-news: Phó Thủ tướng Phạm Bình Minh: Xây dựng nền ngoại…",
			"body related-news: TIN LIÊN QUAN⏎Đại sứ Ấn Độ: Ngoại giao nâng tầm …",
			"body related-news: Đọc thêm⏎⏎Diễn đàn Vietnam Supply Chain Conferen…",
			"body footer: Phiên bản di động",
		},
		"004_2e749312dbb7a4d4": {
			"body metadata: Diễn đàn - Ngày đăng : 12:09, 13/02/2023",
			"body metadata: Diễn đàn",
			"body repeated-headline: ASEAN thông qua tuyên bố kỹ thuật số Boracay: cả…",
			"body metadata: Hoàng Linh 13/02/2023 12:09",
			"body duplicate: Hội nghị Bộ trưởng Kỹ thuật số ASEAN lần thứ ba …",
			"body media: tuyen-bo-ky-thuat-so-asean-2023_2.jpeg",
			"body caption: Thứ trưởng Bộ TT&TT Phan Tâm đã tham dự Hội nghị",
			"body byline: Hoàng Linh",
		},
	}
	for _, a := range Seeds() {
		t.Run(a.ID, func(t *testing.T) {
			c := Clean(a)
			var got []string
			for _, r := range c.Removals {
				got = append(got, brief(r))
			}
			if diff := cmp.Diff(want[a.ID], got); diff != "" {
				t.Errorf("removals (-want +got):\n%s", diff)
			}
			checkRemovals(t, c)
		})
	}
}

// checkRemovals checks what every cleaning result must satisfy: the
// article is untouched, removals are ordered, disjoint, on rune boundaries
// and quote the original, and Kept is their complement.
func checkRemovals(t *testing.T, c Cleaned) {
	t.Helper()
	prev := map[Field]int{}
	for i, r := range c.Removals {
		text := c.Article.Text(r.Field)
		if r.Span.Start < prev[r.Field] || r.Span.Start >= r.Span.End || r.Span.End > len(text) {
			t.Fatalf("removal %d %v out of order, empty or out of range", i, r.Span)
		}
		if i > 0 && fieldOrder(c.Removals[i-1].Field) > fieldOrder(r.Field) {
			t.Fatalf("removal %d: body before title", i)
		}
		if r.Text != r.Span.In(text) {
			t.Errorf("removal %d: Text %q is not the original %q", i, r.Text, r.Span.In(text))
		}
		if !utf8.ValidString(r.Text) {
			t.Errorf("removal %d cuts a rune: %q", i, r.Text)
		}
		if r.Rule == "" {
			t.Errorf("removal %d has no rule", i)
		}
		if got, ok := c.Removed(r.Field, r.Span); !ok || got.Span != r.Span {
			t.Errorf("Removed(%v) = %v, %v; want the removal itself", r.Span, got.Span, ok)
		}
		prev[r.Field] = r.Span.End
	}
	for _, f := range []Field{FieldTitle, FieldBody} {
		text := c.Article.Text(f)
		covered := 0
		for _, k := range c.Kept(f) {
			covered += k.Len()
			if _, removed := c.Removed(f, k); removed {
				t.Errorf("kept span %v of %s overlaps a removal", k, f)
			}
		}
		for _, r := range c.Removals {
			if r.Field == f {
				covered += r.Span.Len()
			}
		}
		if covered != len(text) {
			t.Errorf("%s: kept and removed spans cover %d bytes of %d", f, covered, len(text))
		}
	}
}

// TestCleanSeed003Tail checks that everything from the first related-news
// header to the end of seed 003 goes, and the essay before it stays.
func TestCleanSeed003Tail(t *testing.T) {
	a, ok := Seed("003_c84967ab269d1a45")
	if !ok {
		t.Fatal("seed 003 missing")
	}
	c := Clean(a)
	kept := c.Kept(FieldBody)
	last := kept[len(kept)-1]
	for k := len(kept) - 1; k >= 0 && strings.TrimSpace(last.In(a.Body)) == ""; k-- {
		last = kept[k]
	}
	tail := a.Body[last.End:]
	if !strings.HasPrefix(tail, "TIN LIÊN QUAN") {
		t.Errorf("the removed tail starts %q, want the related-news header", tail[:min(len(tail), 40)])
	}
	if !strings.Contains(last.In(a.Body), "cũng cần chủ động, nhanh chóng đón đầu xu thế tất yếu đó.") {
		t.Errorf("the essay's last paragraph is not kept")
	}
}

func TestCleanSeed001Text(t *testing.T) {
	a, ok := Seed("001_dd70fcc3181878ba")
	if !ok {
		t.Fatal("seed 001 missing")
	}
	c := Clean(a)
	if got, want := c.Text(FieldTitle), "Việt Nam có nhiều thành công trong hoạt động ngoại giao kỹ thuật số"; got != want {
		t.Errorf("cleaned title %q, want %q", got, want)
	}
	// The glued run sat inside "Theo Bộ trưởng"; removing only the run
	// restores the sentence.
	body := c.Text(FieldBody)
	if want := "Theo Bộ trưởng Ngoại giao Bùi Thanh Sơn, trong bối cảnh"; !strings.HasPrefix(body, want) {
		t.Errorf("cleaned body starts %q, want %q", body[:min(len(body), 80)], want)
	}
	if strings.Contains(body, "kèo") || strings.Contains(body, "Ảnh:") {
		t.Errorf("cleaned body keeps spam or a caption: %q", body[:200])
	}
	if n := len(c.Captions()); n != 1 {
		t.Errorf("%d captions, want 1", n)
	}
	if a.Body != c.Article.Body || !strings.Contains(a.Body, "kèo nhà cái") {
		t.Error("cleaning changed the article")
	}
}

func TestCleanSynthetic(t *testing.T) {
	tests := []struct {
		name  string
		title string
		body  string
		want  []string
	}{
		{
			name:  "english page furniture",
			title: "ASEAN ministers adopt the Boracay Digital Declaration",
			body: "ASEAN ministers adopt the Boracay Digital Declaration\nThe ministers met on 10 February.\n" +
				"Ministers at the meeting. (Photo: ASEAN)\nThey agreed on nine points.\nRelated:\nASEAN economy grows\nData flows debated\n" +
				"Follow us on Facebook\n© 2023 Example News. All rights reserved.",
			want: []string{
				"body repeated-headline: ASEAN ministers adopt the Boracay Digital Declar…",
				"body caption: Ministers at the meeting. (Photo: ASEAN)",
				"body related-news: Related:⏎ASEAN economy grows⏎Data flows debated",
				"body social: Follow us on Facebook",
				"body footer: © 2023 Example News. All rights reserved.",
			},
		},
		{
			name:  "indonesian",
			title: "Diplomasi digital",
			body:  "Menteri berbicara tentang diplomasi digital.\nBaca juga:\nEkonomi digital tumbuh\nIkuti kami di Instagram",
			want: []string{
				"body related-news: Baca juga:⏎Ekonomi digital tumbuh",
				"body social: Ikuti kami di Instagram",
			},
		},
		{
			name:  "a related box ends at the next paragraph",
			title: "Tiêu đề",
			body:  "Đoạn một.\nĐọc thêm:\nHội nghị ngoại giao số lần thứ hai\nĐoạn hai là một đoạn văn đầy đủ. Nó có hai câu.",
			want:  []string{"body related-news: Đọc thêm:⏎Hội nghị ngoại giao số lần thứ hai"},
		},
		{
			name:  "bracketed slogan and a spelt-out domain elsewhere",
			title: "[Cá cược bóng đá] Tin tức",
			body:  "Tin chính. Đăng ký nhà cái 88 chấm vip ngay.",
			want:  []string{"title spam: [Cá cược bóng đá]", "body spam: nhà cái 88 chấm vip"},
		},
		{
			name:  "ordinary brackets and long words stay",
			title: "Hội nghị [trực tuyến]",
			body:  "Hội nghị [trực tuyến] bàn về internationalization và Donaudampfschifffahrtsgesellschaft.",
			want:  nil,
		},
		{
			name:  "a byline needs a title; a heading in capitals stays",
			title: "Chuyển đổi số",
			body:  "HỘI NGHỊ ASEAN VỀ SỐ\nPGS.TS LÊ VĂN AN\nNghiên cứu viên cao cấp\nBài viết bàn về chuyển đổi số.",
			want: []string{
				"body byline: PGS.TS LÊ VĂN AN",
				"body byline: Nghiên cứu viên cao cấp",
			},
		},
		{
			name:  "a glued run without the headline goes whole",
			title: "Tiêu đề khác",
			body:  "Mở đầu hộinghịngoạigiaosốtổchứcthànhcôngtốtđẹpởHàNội thật.",
			want:  []string{"body spam: hộinghịngoạigiaosốtổchứcthànhcôngtốtđẹpởHàNội"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Clean(Article{Title: tt.title, Body: tt.body})
			var got []string
			for _, r := range c.Removals {
				got = append(got, brief(r))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("removals (-want +got):\n%s", diff)
			}
			checkRemovals(t, c)
		})
	}
}

func TestRemoved(t *testing.T) {
	a := Article{Title: "T", Body: "Đoạn một.\nPhiên bản di động"}
	c := Clean(a)
	footer := strings.Index(a.Body, "Phiên")
	tests := []struct {
		span digidip.Span
		want bool
	}{
		{digidip.Span{Start: 0, End: 5}, false},
		{digidip.Span{Start: footer, End: footer + 2}, true},
		{digidip.Span{Start: footer - 2, End: footer + 1}, true},
		{digidip.Span{Start: footer + 3, End: footer + 3}, true},
		{digidip.Span{Start: footer, End: footer}, false},
	}
	for _, tt := range tests {
		if _, got := c.Removed(FieldBody, tt.span); got != tt.want {
			t.Errorf("Removed(%v) = %v, want %v", tt.span, got, tt.want)
		}
	}
	if _, got := c.Removed(FieldTitle, digidip.Span{Start: 0, End: 1}); got {
		t.Error("the title was not cleaned, but Removed says so")
	}
}

func FuzzClean(f *testing.F) {
	for _, a := range Seeds() {
		f.Add(a.Title, a.Body[:min(len(a.Body), 600)])
	}
	f.Add("【slot】", "x\n\nx\nTin liên quan\n")
	f.Fuzz(func(t *testing.T, title, body string) {
		c := Clean(Article{Title: title, Body: body})
		if !utf8.ValidString(title) || !utf8.ValidString(body) {
			return
		}
		checkRemovals(t, c)
	})
}

func BenchmarkClean(b *testing.B) {
	seeds := Seeds()
	size := 0
	for _, a := range seeds {
		size += len(a.Title) + len(a.Body)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range seeds {
			Clean(a)
		}
	}
}
