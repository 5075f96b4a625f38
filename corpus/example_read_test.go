package corpus_test

import (
	"fmt"
	"strings"

	"github.com/digidip/digidip/corpus"
	"github.com/digidip/digidip/corpus/textnorm"
)

func ExampleReadText() {
	page := "Ngoại giao số: Xu thế tất yếu\n\nTS. NGUYỄN HÙNG SƠN\nTGVN. Trong bối cảnh Covid-19, hoạt động ngoại giao số cho thấy nhiều lợi thế."
	a, err := corpus.ReadText("essay.txt", strings.NewReader(page))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Title)
	fmt.Println(a.Lang, a.ID)
	fmt.Printf("%q\n", a.Body[:24])
	// Output:
	// Ngoại giao số: Xu thế tất yếu
	// vi c96f37969f50794e
	// "\nTS. NGUYỄN HÙNG SƠN"
}

func ExampleReadJSONLines() {
	input := `{"id":"a1","title":"ICDD 2021","body":"Indonesia hosted the conference on digital diplomacy."}
{"id":"a2","body":"Hội nghị","published":"16/11/2021"}
{"id":"a3","body":"Ngoại giao kỹ thuật số là xu thế tất yếu.","lang":"vi"}`
	for a, err := range corpus.ReadJSONLines("batch.jsonl", strings.NewReader(input)) {
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(a.ID, a.Lang, a.Title)
	}
	// Output:
	// a1 en ICDD 2021
	// error: batch.jsonl:2:34 (byte 128): /published: "16/11/2021" is neither an RFC 3339 date-time nor a date like 2021-11-16
	// a3 vi
}

func ExampleClean() {
	a, _ := corpus.Seed("001_dd70fcc3181878ba")
	c := corpus.Clean(a)
	for _, r := range c.Removals {
		fmt.Printf("%s %d-%d %s: %s\n", r.Field, r.Span.Start, r.Span.End, r.Reason, r.Text)
	}
	fmt.Println(c.Text(corpus.FieldTitle))
	body := c.Text(corpus.FieldBody)
	fmt.Println(body[:strings.Index(body, ",")])
	// Output:
	// title 0-33 spam: 【kèo nhà cái 5 chấm com】
	// body 0-70 caption: Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn. (Ảnh: TTXVN phát)
	// body 74-173 spam: ệtNamcónhiềuthànhcôngtronghoạtđộngngoạigiaokỹthuậtsốkèo nhà cái 5 chấm com
	// body 5269-5281 metadata: TheoVietnam+
	// Việt Nam có nhiều thành công trong hoạt động ngoại giao kỹ thuật số
	// Theo Bộ trưởng Ngoại giao Bùi Thanh Sơn
}

// Example_normalizeAndMapBack normalises the kept text of a cleaned
// article, finds a lexicon phrase in the normal form, and reports the match
// in offsets of the original body. The phrase is written with the reform
// tone placement ("hoá"), the article with the traditional one ("hóa");
// both normalise alike.
func Example_normalizeAndMapBack() {
	a, _ := corpus.Seed("003_c84967ab269d1a45")
	c := corpus.Clean(a)
	n := textnorm.New()
	phrase := n.String("Đa dạng hoá các hoạt động") // a lexicon phrase, normalised once

	var buf []byte // reused for every span
	var m textnorm.OffsetMap
	for _, kept := range c.Kept(corpus.FieldBody) {
		buf = n.Append(buf[:0], kept.In(a.Body), &m)
		if i := strings.Index(string(buf), phrase); i >= 0 {
			s, e := m.Original(i, i+len(phrase))
			s, e = kept.Start+s, kept.Start+e
			fmt.Printf("%d-%d %q\n", s, e, a.Body[s:e])
		}
	}
	// Output:
	// 8899-8934 "đa dạng hóa các hoạt động"
}
