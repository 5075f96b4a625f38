package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/digidip/digidip/corpus"
)

func TestSeedGoldText(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run(context.Background(), nil, &out, &errOut); code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	for _, want := range []string{"gold cases: 5", "frameworks", "elements", "per framework"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

func TestGoldDirJSON(t *testing.T) {
	dir := t.TempDir()
	c := corpus.GoldCase{ID: "t1", Text: "The Bali Message on International Cooperation in Digital Diplomacy was issued.", Frameworks: nil}
	data, _ := json.Marshal(c)
	os.WriteFile(filepath.Join(dir, "t1.json"), data, 0o644)
	var out, errOut bytes.Buffer
	if code := run(context.Background(), []string{"-gold", dir, "-format", "json"}, &out, &errOut); code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var r corpus.Report
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatalf("output is not a Report: %v\n%s", err, out.String())
	}
	if r.Cases != 1 || r.Frameworks.FalsePositives != 1 || len(r.ByCase) != 1 || r.ByCase[0].FalseFrameworks[0] != "bali" {
		t.Errorf("report %+v, want one case with the false framework bali", r)
	}
}

func TestBadGoldDir(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "bad.json"), []byte(`{"id":`), 0o644)
	var out, errOut bytes.Buffer
	if code := run(context.Background(), []string{"-gold", dir}, &out, &errOut); code != exitError {
		t.Errorf("exit %d, want %d", code, exitError)
	}
	if code := run(context.Background(), []string{"-format", "yaml"}, &out, &errOut); code != exitUsage {
		t.Errorf("-format yaml: exit %d, want %d", code, exitUsage)
	}
}
