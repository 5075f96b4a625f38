package schema

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// pythonCheck is the recipe of the package documentation, reading a JSON
// array of [kind, document] pairs on standard input and printing, for each,
// whether Python's jsonschema finds it valid.
const pythonCheck = `
import json, pathlib, sys
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

root = pathlib.Path(sys.argv[1])
docs = [json.loads(p.read_text()) for p in root.glob("*.schema.json")]
registry = Registry().with_resources((d["$id"], Resource.from_contents(d)) for d in docs)
verdicts = []
for kind, doc in json.load(sys.stdin):
    schema = json.loads((root / (kind + ".schema.json")).read_text())
    Draft202012Validator.check_schema(schema)
    verdicts.append(Draft202012Validator(schema, registry=registry).is_valid(doc))
json.dump(verdicts, sys.stdout)
`

// TestPythonAgrees runs the documented Python recipe over the valid and
// invalid documents of this package's tests and checks that Python's
// jsonschema reaches the same verdict as this package. It is skipped where
// python3 with jsonschema 4.18+ is not installed.
func TestPythonAgrees(t *testing.T) {
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not installed")
	}
	if err := exec.Command(python, "-c", "import jsonschema, referencing").Run(); err != nil {
		t.Skip("python3 lacks jsonschema 4.18+ (with referencing)")
	}
	dir := t.TempDir()
	names, err := fs.Glob(FS(), "*.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		data, err := fs.ReadFile(FS(), name)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	type sample struct {
		kind  Kind
		doc   string
		valid bool
	}
	var samples []sample
	for _, k := range Kinds() {
		samples = append(samples, sample{k, validDocs[k], true})
	}
	for _, doc := range []struct {
		kind Kind
		doc  string
	}{
		{Catalog, `{"frameworks":[{"id":"vn--mic","kind":"task-list","name":{"en":"a","vi":"b"},"sources":[{"title":"t"}],"elements":[]}],"relations":[]}`},
		{Catalog, `{"frameworks":[],"relations":[{"from":"a","to":"b/","kind":"supports","note":"n"}]}`},
		{Catalog, `{"frameworks":[{"id":"bali","kind":"message","name":{"en":"a"},"sources":[{"title":"t"}],"elements":[]}],"relations":[]}`},
		{Article, `{"body":"b","published":"2021-11-16T25:00:00Z"}`},
		{Article, `{"body":"b","titel":"t"}`},
		{Mapping, `{"article":{},"frameworks":[],"elements":[{"id":"bali/FA1","score":1,"evidence":[{"field":"lead","start":0,"end":1,"text":"x","sentence":0,"term":"t"}]}]}`},
		{Lexicon, `{"lang":"vi","terms":{"@bad":["x"]}}`},
		{Gold, `{"id":"c","text":"t","sources":[{"note":"n"}]}`},
		{Gold, `{"id":"c","text":"t","elements":["bali/FA1","bali/FA1"]}`},
		{EnablingActions, `{"enablingActions":[{"code":"EA5","outcome":"DO5","title":{"en":"a","vi":"b"},"sources":[{"title":"t"}]}]}`},
	} {
		samples = append(samples, sample{doc.kind, doc.doc, false})
	}

	var input []any
	var want []bool
	for _, s := range samples {
		var v any
		if err := json.Unmarshal([]byte(s.doc), &v); err != nil {
			t.Fatalf("sample is not JSON: %v", err)
		}
		input = append(input, []any{string(s.kind), v})
		valid := Validate(s.kind, []byte(s.doc)) == nil
		if valid != s.valid {
			t.Errorf("%s sample %s: Go says valid=%v, want %v", s.kind, s.doc, valid, s.valid)
		}
		want = append(want, valid)
	}
	stdin, err := json.Marshal(input)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(python, "-c", pythonCheck, dir)
	cmd.Stdin = bytes.NewReader(stdin)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python: %v\n%s", err, stderr.String())
	}
	var got []bool
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("python output %q: %v", out, err)
	}
	if len(got) != len(want) {
		t.Fatalf("python gave %d verdicts for %d samples", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("%s sample %s: Go says valid=%v, Python says valid=%v", samples[i].kind, samples[i].doc, want[i], got[i])
		}
	}
}
