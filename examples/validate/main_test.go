package main

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/digidip/digidip/schema"
	"github.com/google/go-cmp/cmp"
)

func TestRun(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.json", `{"id":"a1","title":"Thông điệp Bali","body":"Nội dung.","lang":"vi","published":"2021-11-16"}`)
	bad := write("bad.json", `{"titel":"x","body":7,"published":"16/11/2021"}`)
	broken := write("broken.json", "{\n  \"body\": \"x\",\n}")
	lines := write("batch.jsonl", `{"body":"one"}`+"\n\n"+`{"title":"no body"}`+"\r\n"+`{"body":"three"}`+"\n"+`{"body":`+"\n")
	goodLines := write("ok.jsonl", `{"body":"one"}`+"\n"+`{"body":"two"}`+"\n")
	long := write("long.jsonl", `{"body":"`+strings.Repeat("ă", 6000)+`"}`+"\n"+`{"body":1}`)
	missing := filepath.Join(dir, "missing.json")

	tests := []struct {
		name       string
		args       []string
		stdin      string
		wantStatus int
		wantStdout string
		wantStderr string // a substring of standard error; "" means empty
	}{
		{
			name: "valid file", args: []string{"-kind", "article", good},
			wantStatus: 0, wantStdout: good + ": valid article document\n",
		},
		{
			name: "every problem with its pointer", args: []string{"-kind", "article", bad},
			wantStatus: 1,
			wantStdout: bad + ": /body: expected string, but got number (type)\n" +
				bad + ": /published: does not match pattern '" + publishedPattern(t) + "' (pattern)\n" +
				bad + ": /titel: member \"titel\" is not allowed here (allowed: body, byline, id, lang, published, source, title, url) (additionalProperties)\n",
		},
		{
			name: "syntax error with line and column", args: []string{"-kind", "article", broken},
			wantStatus: 1,
			wantStdout: broken + ":3:1: invalid JSON (byte 17): invalid character '}' looking for beginning of object key string\n",
		},
		{
			name: "standard input", args: []string{"-kind", "gold", "-"}, stdin: `{"id":"c","text":"t","maybe":["x/"]}`,
			wantStatus: 1,
			wantStdout: "<stdin>: /maybe/0: not a valid framework or element ID: does not match pattern '" + idPattern(t) + "' (pattern)\n",
		},
		{
			name: "JSON Lines: each bad line by number", args: []string{"-kind", "article", lines},
			wantStatus: 1,
			wantStdout: lines + ":3: (root): missing properties: 'body' (required)\n" +
				lines + ":5:9: invalid JSON (byte 8): unexpected end of JSON input\n" +
				lines + ": 2 of 4 article documents invalid\n",
		},
		{
			name: "JSON Lines: all valid", args: []string{"-kind", "article", goodLines},
			wantStatus: 0, wantStdout: goodLines + ": 2 valid article documents\n",
		},
		{
			name: "JSON Lines: lines longer than the read buffer, no final newline", args: []string{"-kind", "article", long},
			wantStatus: 1,
			wantStdout: long + ":2: /body: expected string, but got number (type)\n" +
				long + ": 1 of 2 article documents invalid\n",
		},
		{
			name: "JSON Lines from standard input with -jsonl", args: []string{"-kind", "article", "-jsonl", "-"},
			stdin:      `{"body":"a"}` + "\n" + `{"body":1}` + "\n",
			wantStatus: 1,
			wantStdout: "<stdin>:2: /body: expected string, but got number (type)\n" +
				"<stdin>: 1 of 2 article documents invalid\n",
		},
		{
			name: "several files: worst status wins", args: []string{"-kind", "article", good, bad},
			wantStatus: 1,
			wantStdout: good + ": valid article document\n" +
				bad + ": /body: expected string, but got number (type)\n" +
				bad + ": /published: does not match pattern '" + publishedPattern(t) + "' (pattern)\n" +
				bad + ": /titel: member \"titel\" is not allowed here (allowed: body, byline, id, lang, published, source, title, url) (additionalProperties)\n",
		},
		{
			name: "unreadable file", args: []string{"-kind", "article", missing},
			wantStatus: 1, wantStderr: "missing.json",
		},
		{name: "no kind", args: []string{good}, wantStatus: 2, wantStderr: "-kind is required"},
		{name: "unknown kind", args: []string{"-kind", "catalogue", good}, wantStatus: 2, wantStderr: `unknown -kind "catalogue"`},
		{name: "no file", args: []string{"-kind", "article"}, wantStatus: 2, wantStderr: "no FILE given"},
		{name: "unknown flag", args: []string{"-format", "json"}, wantStatus: 2, wantStderr: "flag provided but not defined"},
		{name: "help", args: []string{"-h"}, wantStatus: 0, wantStderr: "usage: validate -kind KIND"},
		{name: "print-schema with a file", args: []string{"-print-schema", "catalog", good}, wantStatus: 2, wantStderr: "takes no other flag"},
		{name: "print unknown schema", args: []string{"-print-schema", "nope"}, wantStatus: 2, wantStderr: `unknown schema "nope"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			status := run(tt.args, strings.NewReader(tt.stdin), &stdout, &stderr)
			if status != tt.wantStatus {
				t.Errorf("status = %d, want %d; stderr: %s", status, tt.wantStatus, stderr.String())
			}
			if diff := cmp.Diff(tt.wantStdout, stdout.String()); diff != "" {
				t.Errorf("stdout (-want +got):\n%s", diff)
			}
			switch {
			case tt.wantStderr == "" && stderr.Len() > 0:
				t.Errorf("stderr = %q, want nothing", stderr.String())
			case !strings.Contains(stderr.String(), tt.wantStderr):
				t.Errorf("stderr = %q, want it to contain %q", stderr.String(), tt.wantStderr)
			}
		})
	}
}

func TestPrintSchema(t *testing.T) {
	for _, name := range []string{"catalog", "enabling-actions", "common"} {
		t.Run(name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if status := run([]string{"-print-schema", name}, nil, &stdout, &stderr); status != 0 {
				t.Fatalf("status %d: %s", status, stderr.String())
			}
			var doc struct {
				ID string `json:"$id"`
			}
			if err := json.Unmarshal(stdout.Bytes(), &doc); err != nil {
				t.Fatalf("output is not JSON: %v", err)
			}
			want := schema.BaseURL + name + ".schema.json"
			if doc.ID != want {
				t.Errorf("$id = %q, want %q", doc.ID, want)
			}
		})
	}
}

func TestWriteSchemas(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	var stdout, stderr bytes.Buffer
	if status := run([]string{"-write-schemas", dir}, nil, &stdout, &stderr); status != 0 {
		t.Fatalf("status %d: %s", status, stderr.String())
	}
	var got []string
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		got = append(got, e.Name())
	}
	want := []string{schema.CommonFile}
	for _, k := range schema.Kinds() {
		want = append(want, k.FileName())
	}
	slices.Sort(want) // os.ReadDir sorts by name
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("files (-want +got):\n%s", diff)
	}
	for _, k := range schema.Kinds() {
		data, err := os.ReadFile(filepath.Join(dir, k.FileName()))
		if err != nil {
			t.Fatal(err)
		}
		embedded, _ := schema.Bytes(k)
		if !bytes.Equal(data, embedded) {
			t.Errorf("%s differs from schema.Bytes", k.FileName())
		}
	}
}

// publishedPattern and idPattern read patterns from the schemas, quoted as
// the validator prints them, so that the expected output does not repeat
// the regular expressions.
func publishedPattern(t *testing.T) string {
	t.Helper()
	var doc struct {
		Properties map[string]struct {
			Pattern string `json:"pattern"`
		} `json:"properties"`
	}
	raw, _ := schema.Bytes(schema.Article)
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	return strings.ReplaceAll(doc.Properties["published"].Pattern, `\`, `\\`)
}

func idPattern(t *testing.T) string {
	t.Helper()
	var doc struct {
		Defs map[string]struct {
			AllOf []struct {
				Pattern string `json:"pattern"`
			} `json:"allOf"`
		} `json:"$defs"`
	}
	raw, err := fs.ReadFile(schema.FS(), schema.CommonFile)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	return strings.ReplaceAll(doc.Defs["ID"].AllOf[0].Pattern, `\`, `\\`)
}
