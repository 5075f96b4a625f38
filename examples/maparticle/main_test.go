package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/digidip/digidip/corpus"
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

// A pretty-printed object on standard input is one JSON document, not JSON
// Lines: a bad one yields exactly one error record, a good one its mapping.
func TestStdinPrettyJSON(t *testing.T) {
	for _, tt := range []struct {
		name, stdin string
		wantCode    int
		wantErrs    int
		want        string
	}{
		{"bad", "{\n  \"id\": \"p1\",\n  \"body\": oops\n}\n", exitError, 1, `3:11 (byte 26): invalid character 'o'`},
		{"good", "{\n  \"id\": \"p2\",\n  \"body\": \"The Bali Message names five focus areas.\"\n}\n", exitOK, 0, `"id": "p2"`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := runMain(t, tt.stdin, "-format", "json", "-")
			if code != tt.wantCode {
				t.Fatalf("exit %d, want %d: %s %s", code, tt.wantCode, out, errOut)
			}
			var items []map[string]any
			if err := json.Unmarshal([]byte(out), &items); err != nil {
				t.Fatalf("output is not a JSON array: %v\n%s", err, out)
			}
			errs := 0
			for _, it := range items {
				if _, ok := it["error"]; ok {
					errs++
				}
			}
			if len(items) != 1 || errs != tt.wantErrs {
				t.Errorf("%d records with %d errors, want 1 with %d:\n%s", len(items), errs, tt.wantErrs, out)
			}
			if !strings.Contains(out, tt.want) {
				t.Errorf("output lacks %s:\n%s", tt.want, out)
			}
		})
	}
}

func TestSniffStdin(t *testing.T) {
	long := `{"body":"` + strings.Repeat("x", 100<<10) + `"}`
	for _, tt := range []struct {
		name, stdin string
		want        corpus.Format
	}{
		{"empty", "", corpus.FormatText},
		{"text", "Title\n{not json}\n", corpus.FormatText},
		{"one line", ` {"body":"x"}` + "\n\n", corpus.FormatJSON},
		{"pretty", "{\n  \"body\": \"x\"\n}", corpus.FormatJSON},
		{"lines", "{\"body\":\"x\"}\n\n  {\"body\":\"y\"}\n", corpus.FormatJSONLines},
		{"long first line", long + "\r\n" + long + "\r\n", corpus.FormatJSONLines},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f, r, err := sniffStdin(strings.NewReader(tt.stdin))
			if err != nil {
				t.Fatal(err)
			}
			if f != tt.want {
				t.Errorf("format %v, want %v", f, tt.want)
			}
			if all, err := io.ReadAll(r); err != nil || string(all) != tt.stdin {
				t.Errorf("reader gives back %d bytes (err %v), want the %d of the input", len(all), err, len(tt.stdin))
			}
		})
	}
}

func TestStdinTooLarge(t *testing.T) {
	l := &limitedStdin{r: strings.NewReader("0123456789"), left: 9}
	if _, err := io.ReadAll(l); !errors.Is(err, errStdinTooLarge) {
		t.Errorf("10 bytes with a limit of 9: %v, want errStdinTooLarge", err)
	}
	l = &limitedStdin{r: strings.NewReader("0123456789"), left: 10}
	if got, err := io.ReadAll(l); err != nil || string(got) != "0123456789" {
		t.Errorf("10 bytes with a limit of 10: %q, %v", got, err)
	}
}
