package schema_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/digidip/digidip/schema"
)

// Validate reports every problem of a document, each with the JSON pointer
// of the offending value and the schema keyword that failed.
func ExampleValidate() {
	doc := []byte(`{
	  "id": "vi-bali-01",
	  "text": "Thông điệp Bali xác định năm lĩnh vực trọng tâm.",
	  "frameworks": ["Bali"],
	  "elements": ["bali/FA1", "bali/FA1"],
	  "sources": [{"publisher": "Báo Quốc tế"}]
	}`)
	err := schema.Validate(schema.Gold, doc)

	var invalid *schema.Error
	if errors.As(err, &invalid) {
		for _, p := range invalid.Problems {
			fmt.Printf("%s (%s)\n", p.InstancePointer, p.Keyword)
		}
	}
	// Output:
	// /elements (uniqueItems)
	// /frameworks/0 (pattern)
	// /sources/0 (anyOf)
}

// A printed error shows the first problem and how many more there are.
func ExampleError() {
	err := schema.ValidateNamed(schema.Article, "article.json", []byte(`{"title": 7}`))
	fmt.Println(err)
	// Output:
	// article.json: not a valid article document: (root): missing properties: 'body' (required) (and 1 more problem)
}

// Input that is not JSON gives a SyntaxError with the byte offset, line and
// column of the fault.
func ExampleSyntaxError() {
	err := schema.ValidateNamed(schema.Lexicon, "vi.json", []byte("{\n  \"lang\": \"vi\",\n}"))
	var syntax *schema.SyntaxError
	if errors.As(err, &syntax) {
		fmt.Println(syntax.Offset, syntax.Line, syntax.Column)
	}
	fmt.Println(err)
	// Output:
	// 18 3 1
	// vi.json:3:1: invalid JSON (byte 18) in lexicon document: invalid character '}' looking for beginning of object key string
}

// ValidateValue checks the JSON encoding of any Go value, here a mapping
// built by hand with a framework ID where an element ID belongs.
func ExampleValidateValue() {
	type evidence struct {
		Field    string `json:"field"`
		Start    int    `json:"start"`
		End      int    `json:"end"`
		Text     string `json:"text"`
		Sentence int    `json:"sentence"`
		Term     string `json:"term"`
	}
	type match struct {
		ID       string     `json:"id"`
		Score    float64    `json:"score"`
		Evidence []evidence `json:"evidence"`
	}
	mapping := map[string]any{
		"article":    map[string]string{"id": "a1"},
		"frameworks": []match{},
		"elements": []match{{ID: "adm2025", Score: 1,
			Evidence: []evidence{{Field: "body", Start: 0, End: 9, Text: "broadband", Term: "broadband"}}}},
	}
	err := schema.ValidateValue(schema.Mapping, mapping)
	fmt.Println(err)
	// Output:
	// not a valid mapping document: /elements/0/id: not a valid element ID: does not match pattern '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*/[A-Za-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)*$' (pattern)
}

// Bytes hands out the raw schema, e.g. to publish it or to give it to a
// validator in another language together with common.schema.json.
func ExampleBytes() {
	raw, err := schema.Bytes(schema.Catalog)
	if err != nil {
		panic(err)
	}
	var doc struct {
		ID     string `json:"$id"`
		Schema string `json:"$schema"`
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		panic(err)
	}
	fmt.Println(doc.ID)
	fmt.Println(doc.Schema)
	// Output:
	// https://github.com/digidip/digidip/schema/catalog.schema.json
	// https://json-schema.org/draft/2020-12/schema
}
