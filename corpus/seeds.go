package corpus

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"sync"
)

//go:embed seeds/*.txt
var seedTextFS embed.FS

// Seeds returns the five seed articles, embedded from corpus/seeds/*.txt (a
// verbatim copy of the project's shared/seeds), in file-name order: real
// Vietnamese news pages about digital diplomacy and ASEAN digital policy,
// scraped with their noise — a betting-site slogan glued into seed 001, a
// long tail of related headlines in seed 003 — and so the test bed for
// cleaning as much as for mapping.
//
// Each article is read as [ReadText] reads the file, except that its ID is
// the file's base name without ".txt" ("000_7b3bbabc5c28dc7d"), which is
// also the ID of its gold case in [SeedGold]. The files are parsed once per
// process; every call returns a fresh slice of copies, so a caller that
// changes what it got changes nothing any other caller sees.
//
// The embedded files are checked by this package's tests; Seeds panics only
// if the package was built from seed files that fail them.
func Seeds() []Article {
	seeds := parsedSeeds()
	out := make([]Article, len(seeds))
	for i, a := range seeds {
		out[i] = cloneArticle(a)
	}
	return out
}

// parsedSeeds reads and parses the embedded seed files on its first call
// and returns the same articles, which nothing may change, ever after.
var parsedSeeds = sync.OnceValue(func() []Article {
	names, err := fs.Glob(seedTextFS, "seeds/*.txt")
	if err != nil {
		panic(fmt.Sprintf("corpus: embedded seeds: %v", err))
	}
	c := newReadConfig(nil)
	out := make([]Article, 0, len(names))
	for _, name := range names { // fs.Glob returns names in lexical order
		data, err := seedTextFS.ReadFile(name)
		if err != nil {
			panic(fmt.Sprintf("corpus: embedded seed %s: %v", name, err))
		}
		a, err := c.parseText(name, data)
		if err != nil {
			panic(fmt.Sprintf("corpus: embedded seed %s: %v", name, err))
		}
		a.ID = strings.TrimSuffix(path.Base(name), ".txt")
		out = append(out, a)
	}
	return out
})

// cloneArticle returns a copy of a that shares no memory a caller can
// change: strings, the language tag and the time are values, so only the
// Repairs and the bytes each one holds are copied.
func cloneArticle(a Article) Article {
	if a.Repairs != nil {
		a.Repairs = slices.Clone(a.Repairs)
		for i := range a.Repairs {
			a.Repairs[i].Bytes = slices.Clone(a.Repairs[i].Bytes)
		}
	}
	return a
}

// Seed returns the seed article with the given ID, as [Seeds] lists them.
func Seed(id string) (Article, bool) {
	for _, a := range parsedSeeds() {
		if a.ID == id {
			return cloneArticle(a), true
		}
	}
	return Article{}, false
}
