package corpus

import "github.com/digidip/digidip/corpus/segment"

// A Stage is one step of Mapper.Map that BenchmarkStages times alone.
type Stage struct {
	Name string
	Run  func()
}

// Stages returns the steps of mapping a's body with m, each one runnable
// on its own and reusing its buffers (a test hook; see BenchmarkStages).
func (m *Mapper) Stages(a Article) []Stage {
	mt := &m.accented
	normed, _ := mt.norm.AppendChecked(nil, a.Body, nil)
	var buf []byte
	matches := mt.auto.AppendOverlapping(nil, normed)
	sents := segment.AppendSentences(nil, a.Body)
	return []Stage{
		{"detect", func() { detectArticle(a) }},
		{"normalize", func() { buf, _ = mt.norm.AppendChecked(buf[:0], a.Body, nil) }},
		{"match", func() { matches = mt.auto.AppendOverlapping(matches[:0], normed) }},
		{"segment", func() { sents = segment.AppendSentences(sents[:0], a.Body) }},
		{"clean", func() { m.cleaner.Clean(a) }},
	}
}
