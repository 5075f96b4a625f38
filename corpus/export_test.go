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

// NormalizeAndMatch normalises a's title and body as Map does, offsets
// included, and runs the matcher over them, with no cleaning, segmentation
// or scoring; it returns the number of phrase matches. A test hook for
// BenchmarkPipelineMatchOnly: the stages the 10 ns per byte budget of the
// research note perf-anchors.md was drawn up for.
func (m *Mapper) NormalizeAndMatch(a Article) (int, error) {
	s := m.getScratch()
	defer m.putScratch(s)
	mt, err := m.normalize(s, a)
	if err != nil {
		return 0, err
	}
	s.matches = mt.auto.AppendOverlapping(s.matches[:0], s.titleNorm)
	n := len(s.matches)
	s.matches = mt.auto.AppendOverlapping(s.matches[:0], s.bodyNorm)
	return n + len(s.matches), nil
}
