package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/digidip/digidip/schema"
)

func runMain(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return out.String(), errOut.String(), code
}

func TestNoArgsPrintsSeedTable(t *testing.T) {
	out, errOut, code := runMain(t, "")
	if code != exitOK {
		t.Fatalf("exit %d, stderr %s", code, errOut)
	}
	for _, want := range []string{"ARTICLE", "FRAMEWORKS", "000_7b3bbabc5c28dc7d", "bali icdd2021", "004_2e749312dbb7a4d4", "framework boracay", "element   boracay/B5"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

// -format jsonl prints one schema-valid Mapping per article and, for a bad
// input, a {"source","error"} record; the others are still mapped and the
// exit status is 1.
func TestJSONLWithBadInput(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "a.txt")
	os.WriteFile(good, []byte("Thông điệp Bali\nHội nghị đưa ra Thông điệp Bali về hợp tác quốc tế trong ngoại giao số.\n"), 0o644)
	bad := filepath.Join(dir, "b.txt")
	os.WriteFile(bad, []byte("title\nbody \xff\n"), 0o644)
	lines := filepath.Join(dir, "c.jsonl")
	os.WriteFile(lines, []byte(`{"id":"keep-me","body":"The ASEAN Digital Masterplan 2025 was adopted in 2021."}`+"\n"+`{"body": oops}`+"\n"), 0o644)

	out, _, code := runMain(t, "", "-format", "jsonl", good, bad, filepath.Join(dir, "missing.txt"), lines)
	if code != exitError {
		t.Errorf("exit %d, want %d", code, exitError)
	}
	var mappings, errs int
	var ids []string
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		var probe map[string]any
		if err := json.Unmarshal(sc.Bytes(), &probe); err != nil {
			t.Fatalf("line %q is not JSON: %v", sc.Text(), err)
		}
		if _, ok := probe["error"]; ok {
			errs++
			if probe["source"] == "" {
				t.Errorf("error record without source: %s", sc.Text())
			}
			continue
		}
		mappings++
		if err := schema.Validate(schema.Mapping, sc.Bytes()); err != nil {
			t.Errorf("mapping not schema-valid: %v\n%s", err, sc.Text())
		}
		ids = append(ids, probe["article"].(map[string]any)["id"].(string))
	}
	if mappings != 2 || errs != 3 {
		t.Errorf("%d mappings and %d errors, want 2 and 3:\n%s", mappings, errs, out)
	}
	if len(ids) != 2 || ids[1] != "keep-me" {
		t.Errorf("ids %v, want the JSON id echoed back", ids)
	}
}

func TestStdinFormats(t *testing.T) {
	for _, tt := range []struct {
		name, stdin, want string
	}{
		{"text", "Title\nThe Bali Message names five focus areas.\n", `"bali"`},
		{"json", `{"id":"j1","body":"The Bali Message names five focus areas."}`, `"j1"`},
		{"jsonl", `{"id":"l1","body":"The Bali Message."}` + "\n" + `{"id":"l2","body":"ICDD 2021 met online."}` + "\n", `"l2"`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := runMain(t, tt.stdin, "-format", "json", "-")
			if code != exitOK {
				t.Fatalf("exit %d: %s %s", code, out, errOut)
			}
			if !strings.Contains(out, tt.want) {
				t.Errorf("output lacks %s:\n%s", tt.want, out)
			}
		})
	}
}

func TestUsageErrors(t *testing.T) {
	if _, _, code := runMain(t, "", "-format", "xml"); code != exitUsage {
		t.Errorf("-format xml: exit %d, want %d", code, exitUsage)
	}
}
