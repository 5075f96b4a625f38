// Package schema holds the JSON Schemas (draft 2020-12) of every document
// digidip reads or writes, embedded in the package, and validates documents
// against them with errors that say exactly where each problem is.
//
// # Kinds
//
// Each [Kind] of document has one schema:
//
//   - [Catalog]: the catalog export, as (*digidip.Catalog).MarshalJSON writes
//     it and `go run ./examples/catalog -format json` prints it;
//   - [Article]: a news article as the mapper reads it (corpus.Article);
//   - [Mapping]: what the mapper found in one article, with evidence;
//   - [Lexicon]: the mapper's phrases and rules for one language;
//   - [Gold]: a hand-annotated gold case (corpus.GoldCase);
//   - [EnablingActions]: a file of ADM 2025 enabling actions
//     (asean.ReadEnablingActions).
//
// The shared definitions — framework and element IDs (the rules of
// digidip.ParseID), BCP 47 language tags, localized text, partial dates,
// citations — live in one more file, [CommonFile], which the others refer to
// with "$ref": "common.schema.json#/$defs/…". Every schema's $id is
// [BaseURL] followed by its file name ([Kind.URL]); the URLs are names, not
// places to fetch from. Every property carries a description, so the schemas
// double as reference documentation of the formats.
//
// A schema checks the shape of one document. Rules that join several values
// — that an element's parent exists, that a relation's target is in the
// catalog, that an ID is not both labelled and "maybe" in a gold case — are
// checked by the Go readers and validators: digidip.Catalog.Validate,
// corpus.ReadGoldCase, asean.ReadEnablingActions.
//
// # Validating from Go
//
// [Validate] checks bytes, [ValidateNamed] does the same for a named file,
// and [ValidateValue] checks the JSON encoding of a Go value:
//
//	err := schema.ValidateNamed(schema.Catalog, "catalog.json", data)
//	var invalid *schema.Error
//	if errors.As(err, &invalid) {
//		for _, p := range invalid.Problems {
//			fmt.Println(p.InstancePointer, p.Keyword, p.Message)
//		}
//	}
//
// A document that breaks its schema gives an [*Error] listing every problem
// with the JSON pointer of the offending value and the failing keyword.
// Input that is not JSON at all gives a [*SyntaxError] with the byte offset,
// line and column; input nested deeper than [MaxDepth] gives a
// [*DepthError] before anything is decoded. All three match [ErrInvalid]
// with errors.Is. Numbers are decoded as [encoding/json.Number], so no
// precision is lost before the schema sees them.
//
// Each schema is compiled once, on first use, and shared: the functions are
// safe for concurrent use. Compilation never touches the disk or the
// network; only the embedded documents resolve.
//
// On the command line, examples/validate does the same:
//
//	go run ./examples/validate -kind catalog catalog.json
//	go run ./examples/maparticle -format jsonl | go run ./examples/validate -kind mapping -jsonl -
//
// # Using the schemas from another language
//
// [Bytes] returns one schema and [FS] all of them, so a Go program can
// publish or bundle them. To use them from another language, write them out
// first:
//
//	go run ./examples/validate -write-schemas ./schemas      # all seven files
//	go run ./examples/validate -print-schema catalog > catalog.schema.json
//
// Then give the validator the document schema and common.schema.json
// together, each registered under its $id. With Python's jsonschema (4.18 or
// later, which resolves references through the referencing library):
//
//	import json, pathlib
//	from jsonschema import Draft202012Validator
//	from referencing import Registry, Resource
//
//	docs = [json.loads(p.read_text()) for p in pathlib.Path("schemas").glob("*.schema.json")]
//	registry = Registry().with_resources((d["$id"], Resource.from_contents(d)) for d in docs)
//	catalog = json.loads(pathlib.Path("schemas/catalog.schema.json").read_text())
//	validator = Draft202012Validator(catalog, registry=registry)
//	for err in validator.iter_errors(json.load(open("catalog.json"))):
//	    print("/" + "/".join(map(str, err.absolute_path)), err.message)
//
// With ajv in JavaScript, use its draft 2020-12 class and add the common
// schema before compiling a document schema:
//
//	import Ajv2020 from "ajv/dist/2020.js";
//	const ajv = new Ajv2020({allErrors: true});
//	ajv.addSchema(common);               // common.schema.json, parsed
//	const validate = ajv.compile(catalog);
//	if (!validate(doc)) console.log(validate.errors);
//
// The schemas are written to mean the same in any conforming validator:
// they use no "format" assertions (whose checking is optional in draft
// 2020-12) and their patterns use only the part of regular-expression syntax
// that Go's RE2, ECMAScript and Python agree on — no look-around, no \p{…}
// classes. One difference remains: in Python a final "$" also matches
// before a trailing newline, so Python's jsonschema accepts "bali\n" where
// Go and ajv reject it.
package schema
