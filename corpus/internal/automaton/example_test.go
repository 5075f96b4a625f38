package automaton_test

import (
	"fmt"

	"github.com/digidip/digidip/corpus/internal/automaton"
)

// Leftmost-longest matching with whole words: "kinh tế số" wins over the
// "kinh tế" it starts with, and "số" is not found inside "sống".
func ExampleAutomaton_AppendMatchesString() {
	a, err := automaton.Compile([]string{"kinh tế", "kinh tế số", "số"}, automaton.WholeWords())
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "kinh tế số và cuộc sống số"
	for _, m := range a.AppendMatchesString(nil, text) {
		fmt.Printf("%d-%d %q (pattern %d)\n", m.Start, m.End, text[m.Start:m.End], m.Pattern)
	}
	// Output:
	// 0-14 "kinh tế số" (pattern 1)
	// 33-37 "số" (pattern 2)
}

// Overlapping matching reports nested phrases too, ordered by where they end.
func ExampleAutomaton_AppendOverlapping() {
	a, err := automaton.Compile([]string{"digital economy", "economy", "digital economy framework agreement"})
	if err != nil {
		fmt.Println(err)
		return
	}
	text := []byte("the digital economy framework agreement")
	for _, m := range a.AppendOverlapping(nil, text) {
		fmt.Printf("%d-%d %s\n", m.Start, m.End, text[m.Start:m.End])
	}
	// Output:
	// 4-19 digital economy
	// 12-19 economy
	// 4-39 digital economy framework agreement
}

// Duplicate patterns are collapsed onto the lowest index; SameText recovers
// every index that shares the text.
func ExampleAutomaton_SameText() {
	a, err := automaton.Compile([]string{"an ninh mạng", "cybersecurity", "an ninh mạng"})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, m := range a.AppendMatchesString(nil, "luật an ninh mạng") {
		fmt.Println(m.Pattern, a.SameText(m.Pattern))
	}
	// Output:
	// 0 [0 2]
}

// Compile refuses patterns that could never be meant: here an empty one.
func ExampleCompile_error() {
	_, err := automaton.Compile([]string{"kinh tế số", ""})
	fmt.Println(err)
	// Output:
	// automaton: pattern 1 "": empty pattern
}
