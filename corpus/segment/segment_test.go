package segment_test

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/digidip/digidip"
	"github.com/digidip/digidip/corpus/segment"
)

func texts(text string, spans []digidip.Span) []string {
	out := make([]string, len(spans))
	for i, s := range spans {
		out[i] = s.In(text)
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{
			name: "seed 000: quoted sentences and a closing quote after the stop",
			text: "Phát biểu khai mạc hội nghị, Bộ trưởng Ngoại giao Indonesia - bà Retno Marsudi cho biết: “Ngoại giao kỹ thuật số không thể thay thế ngoại giao trực diện. Tuy nhiên, ngoại giao kỹ thuật số sẽ vẫn tồn tại và thậm chí còn phát triển. Chúng ta phải chuẩn bị đầy đủ cho điều này”.",
			want: []string{
				"Phát biểu khai mạc hội nghị, Bộ trưởng Ngoại giao Indonesia - bà Retno Marsudi cho biết: “Ngoại giao kỹ thuật số không thể thay thế ngoại giao trực diện.",
				"Tuy nhiên, ngoại giao kỹ thuật số sẽ vẫn tồn tại và thậm chí còn phát triển.",
				"Chúng ta phải chuẩn bị đầy đủ cho điều này”.",
			},
		},
		{
			name: "seed 000: numbers and dates",
			text: "Hôm qua (16/11), Indonesia tổ chức Hội nghị. Hội nghị thu hút sự tham gia của 4.300 đại biểu từ 19 quốc gia.",
			want: []string{
				"Hôm qua (16/11), Indonesia tổ chức Hội nghị.",
				"Hội nghị thu hút sự tham gia của 4.300 đại biểu từ 19 quốc gia.",
			},
		},
		{
			name: "seed 004: time, date range",
			text: "Diễn đàn - Ngày đăng : 12:09, 13/02/2023. Hội nghị diễn ra từ ngày 9 - 10/2/2023 tại đảo Boracay. Tỷ lệ 3.5 lần.",
			want: []string{
				"Diễn đàn - Ngày đăng : 12:09, 13/02/2023.",
				"Hội nghị diễn ra từ ngày 9 - 10/2/2023 tại đảo Boracay.",
				"Tỷ lệ 3.5 lần.",
			},
		},
		{
			name: "seed 003: TS. and TP. are abbreviations",
			text: "TS. NGUYỄN HÙNG SƠN phát biểu. Lãnh sự danh dự tại TP. Hồ Chí Minh nhận Giấy Chấp nhận.",
			want: []string{
				"TS. NGUYỄN HÙNG SƠN phát biểu.",
				"Lãnh sự danh dự tại TP. Hồ Chí Minh nhận Giấy Chấp nhận.",
			},
		},
		{
			name: "Vietnamese degrees",
			text: "ThS. Lê Văn B và PGS. TS. Trần C cùng GS. Nguyễn D dự. Th.S Hà phát biểu.",
			want: []string{"ThS. Lê Văn B và PGS. TS. Trần C cùng GS. Nguyễn D dự.", "Th.S Hà phát biểu."},
		},
		{
			name: "English abbreviations and initials",
			text: "Mr. Smith met Dr. Jones in the U.S. Capitol on Jan. 5. They spoke, e.g. about data. John F. Kennedy was cited. It ended!",
			want: []string{
				"Mr. Smith met Dr. Jones in the U.S. Capitol on Jan. 5.",
				"They spoke, e.g. about data.",
				"John F. Kennedy was cited.",
				"It ended!",
			},
		},
		{
			name: "question, ellipsis and closing quote",
			text: `Báo chí Mỹ bình luận gì? Ngoại giao số… Họ nói "Xong." Rồi đi.`,
			want: []string{"Báo chí Mỹ bình luận gì?", "Ngoại giao số…", `Họ nói "Xong."`, "Rồi đi."},
		},
		{
			name: "lower case after a stop does not start a sentence",
			text: "các bên liên quan khác nhau... và hơn nữa. Tiếp theo.",
			want: []string{"các bên liên quan khác nhau... và hơn nữa.", "Tiếp theo."},
		},
		{
			name: "list items and newlines",
			text: "Các bước gồm:\n1. Xây dựng lòng tin.\n2. Thu hẹp khoảng cách số.\n- Hợp tác\n• Dữ liệu",
			want: []string{"Các bước gồm:", "1. Xây dựng lòng tin.", "2. Thu hẹp khoảng cách số.", "- Hợp tác", "• Dữ liệu"},
		},
		{
			name: "the ./. that ends Vietnamese copy",
			text: "Dữ liệu lớn và quản lý khủng hoảng./. TheoVietnam+",
			want: []string{"Dữ liệu lớn và quản lý khủng hoảng./.", "TheoVietnam+"},
		},
		{
			name: "blank lines and spaces only",
			text: "\n  \n\t\n",
			want: []string{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := texts(tt.text, segment.Sentences(tt.text))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestParagraphs(t *testing.T) {
	text := "Ngoại giao số: Xu thế tất yếu\r\n\r\n  TS. NGUYỄN HÙNG SƠN \nTGVN. Trong bối cảnh Covid-19.\n"
	want := []string{"Ngoại giao số: Xu thế tất yếu", "TS. NGUYỄN HÙNG SƠN", "TGVN. Trong bối cảnh Covid-19."}
	if diff := cmp.Diff(want, texts(text, segment.Paragraphs(text))); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestFind(t *testing.T) {
	spans := []digidip.Span{{Start: 0, End: 5}, {Start: 7, End: 10}}
	for _, tt := range []struct{ offset, want int }{{0, 0}, {4, 0}, {5, -1}, {6, -1}, {7, 1}, {9, 1}, {10, -1}, {-1, -1}} {
		if got := segment.Find(spans, tt.offset); got != tt.want {
			t.Errorf("Find(%d) = %d, want %d", tt.offset, got, tt.want)
		}
	}
}

// TestSeedSentences checks invariants on every seed: spans are ordered,
// disjoint, trimmed, inside one line and cover every non-space byte.
func TestSeedSentences(t *testing.T) {
	files, _ := os.ReadDir("../seeds")
	n := 0
	for _, f := range files {
		if !strings.HasSuffix(f.Name(), ".txt") {
			continue
		}
		data, err := os.ReadFile("../seeds/" + f.Name())
		if err != nil {
			t.Fatal(err)
		}
		n++
		checkSpans(t, f.Name(), string(data), segment.Sentences(string(data)))
	}
	if n != 5 {
		t.Errorf("found %d seed files, want 5", n)
	}
}

func checkSpans(t *testing.T, name, text string, spans []digidip.Span) {
	t.Helper()
	covered := make([]bool, len(text))
	prevEnd := 0
	for i, s := range spans {
		if s.Start < prevEnd || s.Start >= s.End || s.End > len(text) {
			t.Fatalf("%s: span %d %v out of order or empty", name, i, s)
		}
		seg := s.In(text)
		if strings.TrimSpace(seg) != seg || strings.Contains(seg, "\n") {
			t.Errorf("%s: span %d %q is not trimmed or crosses a line", name, i, seg)
		}
		if !utf8.ValidString(seg) {
			t.Errorf("%s: span %d cuts a rune", name, i)
		}
		for k := s.Start; k < s.End; k++ {
			covered[k] = true
		}
		prevEnd = s.End
	}
	for k, r := range text {
		if !covered[k] && !unicode.IsSpace(r) && r != '\ufeff' && r != '\u200b' {
			t.Errorf("%s: byte %d (%q) is in no sentence", name, k, text[k:min(k+20, len(text))])
			return
		}
	}
}

func FuzzSentences(f *testing.F) {
	f.Add("TS. A nói. B đáp: “Được.” 4.300 người.\n1. X")
	f.Add("U.S. e.g. Mr. ./. … ?! \u00a0A")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		checkSpans(t, "fuzz", text, segment.Sentences(text))
		checkSpans(t, "fuzz", text, segment.Paragraphs(text))
	})
}

func TestAppendSentencesAllocs(t *testing.T) {
	data, err := os.ReadFile("../seeds/000_7b3bbabc5c28dc7d.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	dst := make([]digidip.Span, 0, 256)
	allocs := testing.AllocsPerRun(20, func() { dst = segment.AppendSentences(dst[:0], text) })
	if allocs != 0 {
		t.Errorf("AppendSentences allocated %.0f times per run with a large enough slice", allocs)
	}
}

func BenchmarkSentences(b *testing.B) {
	var text strings.Builder
	files, _ := os.ReadDir("../seeds")
	for _, f := range files {
		if strings.HasSuffix(f.Name(), ".txt") {
			data, _ := os.ReadFile("../seeds/" + f.Name())
			text.Write(data)
		}
	}
	s := text.String()
	dst := make([]digidip.Span, 0, 1024)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		dst = segment.AppendSentences(dst[:0], s)
	}
}

func ExampleSentences() {
	text := "Hôm qua (16/11), TS. Retno cho biết: “Ngoại giao số sẽ phát triển.” Hội nghị có 4.300 đại biểu.\nĐọc thêm"
	for _, s := range segment.Sentences(text) {
		fmt.Printf("%d-%d %s\n", s.Start, s.End, s.In(text))
	}
	// Output:
	// 0-83 Hôm qua (16/11), TS. Retno cho biết: “Ngoại giao số sẽ phát triển.”
	// 84-121 Hội nghị có 4.300 đại biểu.
	// 122-134 Đọc thêm
}
