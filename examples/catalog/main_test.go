package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/digidip/digidip"
	"github.com/digidip/digidip/catalog"
	"github.com/google/go-cmp/cmp"
)

func runCatalog(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, &out, &errOut)
	return out.String(), errOut.String(), code
}

func TestTreeListsEveryFramework(t *testing.T) {
	out, _, code := runCatalog(t)
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{"adm2025 ", "boracay ", "bali ", "icdd2021 ", "vn-mic ", "vn-mofa ", "DO8", "B9", "FA5", "D5"} {
		if !strings.Contains(out, want) {
			t.Errorf("tree lacks %q", want)
		}
	}
}

func TestJSONShape(t *testing.T) {
	out, _, code := runCatalog(t, "-format", "json")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var doc struct {
		Frameworks []struct {
			ID       string `json:"id"`
			Elements []struct {
				ID      string            `json:"id"`
				Title   map[string]string `json:"title"`
				Sources []json.RawMessage `json:"sources"`
			} `json:"elements"`
		} `json:"frameworks"`
		Relations []struct{ From, To, Kind, Note string } `json:"relations"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{}
	for _, f := range doc.Frameworks {
		for _, e := range f.Elements {
			counts[f.ID]++
			if e.Title["en"] == "" || e.Title["vi"] == "" || len(e.Sources) == 0 {
				t.Errorf("%s: title or sources missing", e.ID)
			}
		}
	}
	if counts["adm2025"] != 8 || counts["boracay"] != 9 || counts["bali"] != 5 {
		t.Errorf("element counts = %v", counts)
	}
	if len(doc.Relations) == 0 {
		t.Error("no relations in the export")
	}
}

func TestOneElementWithRelations(t *testing.T) {
	out, _, code := runCatalog(t, "boracay/B5")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{"boracay/B5", "relations from here:", "adm2025/DO2"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestElementJSONSubset(t *testing.T) {
	out, _, code := runCatalog(t, "-format", "json", "adm2025/DO2")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(out, `"id": "adm2025/DO2"`) || strings.Contains(out, `"id": "adm2025/DO3"`) {
		t.Errorf("subset is not limited to DO2:\n%s", out)
	}
}

// The JSON subset for an element carries the relations the text view lists
// for it, and not those aimed at its framework as a whole.
func TestElementJSONSubsetRelations(t *testing.T) {
	const id = "adm2025/DO3"
	out, _, code := runCatalog(t, "-format", "json", id)
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var doc struct {
		Relations []digidip.Relation `json:"relations"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	cat := catalog.Default()
	if len(cat.Children(id)) > 0 {
		t.Fatalf("%s has children; this test expects a leaf", id)
	}
	want := append(cat.RelationsFrom(id), cat.RelationsTo(id)...)
	if len(want) == 0 {
		t.Fatalf("%s has no relations; pick an element that has some", id)
	}
	key := func(r digidip.Relation) string { return string(r.From) + " " + string(r.Kind) + " " + string(r.To) }
	var wantKeys, gotKeys []string
	for _, r := range want {
		wantKeys = append(wantKeys, key(r))
	}
	for _, r := range doc.Relations {
		gotKeys = append(gotKeys, key(r))
	}
	slices.Sort(wantKeys)
	slices.Sort(gotKeys)
	if diff := cmp.Diff(wantKeys, gotKeys); diff != "" {
		t.Errorf("relations of the %s subset (-want +got):\n%s", id, diff)
	}
}

func TestEnablingActionsFromFile(t *testing.T) {
	out, _, code := runCatalog(t, "-enabling-actions", "../../asean/testdata/enabling-actions-example.json", "adm2025/DO5")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(out, "EA5.1") || !strings.Contains(out, "EA5.2") {
		t.Errorf("loaded actions not shown under DO5:\n%s", out)
	}
}

func TestErrors(t *testing.T) {
	if _, errOut, code := runCatalog(t, "nosuch/X1"); code != 1 || !strings.Contains(errOut, "nosuch/X1") {
		t.Errorf("unknown ID: exit %d, stderr %q", code, errOut)
	}
	if _, _, code := runCatalog(t, "-format", "yaml"); code != 2 {
		t.Errorf("bad format: exit %d, want 2", code)
	}
	if _, errOut, code := runCatalog(t, "-enabling-actions", "does-not-exist.json"); code != 1 || errOut == "" {
		t.Errorf("missing file: exit %d, stderr %q", code, errOut)
	}
}

// A file with several problems lists each on its own line of stderr, not
// just the first with a count of the rest.
func TestEnablingActionsFileErrorsOnePerLine(t *testing.T) {
	action := func(code string) string {
		return `{"code":"` + code + `","outcome":"DO5","title":{"en":"a","vi":"b"},"sources":[{"title":"t"}],"colour":"red"}`
	}
	path := filepath.Join(t.TempDir(), "bad.json")
	data := `{"enablingActions":[` + action("EA5.1") + "," + action("EA5.2") + "," + action("EA5.3") + `]}`
	if err := os.WriteFile(path, []byte(data), 0o600); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := runCatalog(t, "-enabling-actions", path)
	if code != 1 || out != "" {
		t.Fatalf("exit %d, stdout %q; want 1 and nothing", code, out)
	}
	lines := strings.Split(strings.TrimSuffix(errOut, "\n"), "\n")
	var want []string
	for i := range 3 {
		want = append(want, "/enablingActions/"+strconv.Itoa(i)+"/colour")
	}
	var got []string
	for _, l := range lines {
		if !strings.HasPrefix(l, "catalog: "+path+": ") || strings.Contains(l, "more errors") {
			t.Errorf("line %q is not one problem of %s", l, path)
		}
		if f := strings.SplitN(strings.TrimPrefix(l, "catalog: "+path+": "), ":", 2); len(f) == 2 {
			got = append(got, f[0])
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("pointers on stderr (-want +got):\n%s\nstderr:\n%s", diff, errOut)
	}
}
