// Package benchtext builds realistic article text of any size for the
// mapper's benchmarks and memory measurements, deterministically.
//
// Repeating one article to reach a megabyte would be unrealistic twice
// over: the cleaner drops a line that repeats an earlier one (so most of the
// text would never reach the matcher), and the matcher would see the same
// few hundred sentences again and again. Instead a Pool holds every sentence
// of the seed articles (as cleaned, so page noise stays out) and of the
// tuned gold cases, and paragraphs are drawn from it with a fixed-seed
// generator: Vietnamese and English news prose with the density of
// framework names and policy vocabulary that real coverage has, and
// practically no two paragraphs alike. A news-sized Article is drawn from
// the sentences of one language, as a real article is written in one; a
// long Body mixes them.
package benchtext

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"

	"golang.org/x/text/language"

	"github.com/digidip/digidip/corpus"
	"github.com/digidip/digidip/corpus/segment"
)

// A Pool is a list of sentences to draw paragraphs from.
type Pool struct {
	sentences []string            // all of them, in order
	langOf    []string            // the language tag of each sentence
	byLang    map[string][]string // the sentences by language tag
}

// NewPool collects the sentences of the seed articles' kept text (what
// corpus.Clean leaves) and of the texts of the given gold cases, in that
// order. Pass the tuned split only: the held-out cases must stay unseen
// by anything that could shape the mapper, benchmarks included.
func NewPool(gold []corpus.GoldCase) *Pool {
	p := &Pool{byLang: map[string][]string{}}
	add := func(lang language.Tag, text string) {
		for _, s := range segment.Sentences(text) {
			if sent := strings.TrimSpace(text[s.Start:s.End]); len(sent) >= 20 {
				p.sentences = append(p.sentences, sent)
				p.langOf = append(p.langOf, lang.String())
				p.byLang[lang.String()] = append(p.byLang[lang.String()], sent)
			}
		}
	}
	for _, a := range corpus.Seeds() {
		c := corpus.Clean(a)
		add(a.Lang, c.Text(corpus.FieldBody))
	}
	for _, g := range gold {
		add(g.Lang, g.Text)
	}
	return p
}

// Len returns the number of sentences in the pool.
func (p *Pool) Len() int { return len(p.sentences) }

// Gen draws paragraphs and articles from a Pool. Two Gens made with the
// same pool and seed produce the same text.
type Gen struct {
	pool *Pool
	rng  *rand.Rand
}

// NewGen returns a generator over pool seeded with seed.
func NewGen(pool *Pool, seed uint64) *Gen {
	return &Gen{pool: pool, rng: rand.New(rand.NewPCG(seed, 0x6469676964697021))}
}

// appendParagraph appends one paragraph of three to six sentences of from.
func (g *Gen) appendParagraph(sb *strings.Builder, from []string) {
	n := 3 + g.rng.IntN(4)
	for i := range n {
		if i > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(from[g.rng.IntN(len(from))])
	}
}

// Body returns paragraphs of sentences of every language, one per line,
// until the text is at least size bytes long; it returns "" for an empty
// pool.
func (g *Gen) Body(size int) string {
	return g.body(g.pool.sentences, size)
}

func (g *Gen) body(from []string, size int) string {
	if len(from) == 0 {
		return ""
	}
	var sb strings.Builder
	sb.Grow(size + 4096)
	for sb.Len() < size {
		if sb.Len() > 0 {
			sb.WriteByte('\n')
		}
		g.appendParagraph(&sb, from)
	}
	return sb.String()
}

// Title returns a headline: a sentence of the pool cut after at most 15
// words.
func (g *Gen) Title() string {
	return g.title(g.pool.sentences)
}

func (g *Gen) title(from []string) string {
	if len(from) == 0 {
		return ""
	}
	words := strings.Fields(from[g.rng.IntN(len(from))])
	if len(words) > 15 {
		words = words[:15]
	}
	return strings.TrimRight(strings.Join(words, " "), ".,;:")
}

// Article returns a news-sized article in one language: a title and a
// body of 2 to 12 KB, the range of the seed articles, with the given ID.
// The language is drawn in proportion to the pool's sentences of each; it
// is not recorded in Lang, so that a reader detects it, as it would for a
// scraped archive.
func (g *Gen) Article(id string) corpus.Article {
	from := g.pool.sentences
	if len(from) > 0 {
		// The language of a sentence drawn at random has the right odds.
		from = g.pool.byLang[g.pool.langOf[g.rng.IntN(len(from))]]
	}
	return corpus.Article{ID: id, Title: g.title(from), Body: g.body(from, 2048+g.rng.IntN(10*1024))}
}

// WriteJSONLines writes articles from g to w as JSON Lines until at least
// size bytes are written, and returns the number of articles and bytes.
func WriteJSONLines(w io.Writer, g *Gen, size int64) (articles int, written int64, err error) {
	bw := bufio.NewWriterSize(w, 1<<16)
	for written < size {
		line, err := json.Marshal(g.Article(fmt.Sprintf("gen-%07d", articles)))
		if err != nil {
			return articles, written, fmt.Errorf("benchtext: article %d: %w", articles, err)
		}
		line = append(line, '\n')
		if _, err := bw.Write(line); err != nil {
			return articles, written, fmt.Errorf("benchtext: writing article %d: %w", articles, err)
		}
		articles++
		written += int64(len(line))
	}
	if err := bw.Flush(); err != nil {
		return articles, written, fmt.Errorf("benchtext: %w", err)
	}
	return articles, written, nil
}
