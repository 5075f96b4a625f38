package corpus_test

import (
	"context"
	"fmt"

	"github.com/digidip/digidip/corpus"
)

// Map an English news paragraph: the frameworks it names and the elements
// it discusses, with the evidence as byte offsets into the original body.
func ExampleMapper_Map() {
	m, err := corpus.NewMapper()
	if err != nil {
		fmt.Println(err)
		return
	}
	a := corpus.Article{
		ID:    "example",
		Title: "ASEAN ministers meet in the Philippines",
		Body: "ASEAN digital ministers adopted the Boracay Digital Declaration on 10 February 2023. " +
			"They pledged to share what works in bringing better internet and broadband services to rural areas.",
	}
	mp, err := m.Map(context.Background(), a)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range mp.Frameworks {
		e := f.Evidence[0]
		fmt.Printf("framework %s: %s[%d:%d] = %q\n", f.ID, e.Field, e.Start, e.End, a.Body[e.Start:e.End])
	}
	for _, el := range mp.Elements {
		fmt.Printf("element %s in sentence %d\n", el.ID, el.Evidence[0].Sentence)
	}
	// Output:
	// framework boracay: body[36:63] = "Boracay Digital Declaration"
	// element adm2025/DO2 in sentence 1
	// element boracay/B5 in sentence 1
}

// Ask why a framework was not asserted: the article names the island of
// Boracay, so the English guard "boracay island" vetoes the name, and the
// Indonesian and Vietnamese entries' query (a declaration near the name)
// does not hold.
func ExampleMapper_Explain() {
	m, err := corpus.NewMapper()
	if err != nil {
		fmt.Println(err)
		return
	}
	a := corpus.Article{ID: "island", Body: "Tourists returned to Boracay Island after its six-month closure for a sewage clean-up."}
	ex, err := m.Explain(context.Background(), a, "boracay")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(ex.Matched)
	for _, n := range ex.Names {
		fmt.Printf("%s %q counted=%v guard=%q query failed=%v\n", n.Lang, n.Evidence.Text, n.Counted, n.Guard, n.QueryFailed)
	}
	// Output:
	// false
	// en "Boracay" counted=false guard="boracay island" query failed=false
	// id "Boracay" counted=false guard="" query failed=true
	// vi "Boracay" counted=false guard="" query failed=true
}
