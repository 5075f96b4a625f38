package lexicon_test

import (
	"strings"
	"testing"

	"github.com/digidip/digidip/corpus/lexicon"
)

func TestFrameworkScope(t *testing.T) {
	doc := func(entry string) string {
		return `{"lang":"en","frameworks":[{"id":"vn-mic","names":["ministry of information and communications"]` + entry + `}]}`
	}
	tests := []struct {
		name    string
		entry   string
		wantErr string // a part of the error, or "" for none
	}{
		{"sentence scope", `,"query":"cooperation","scope":"sentence"`, ""},
		{"paragraph scope", `,"query":"cooperation","scope":"paragraph"`, ""},
		{"article scope", `,"query":"cooperation","scope":"article"`, ""},
		{"unknown scope", `,"query":"cooperation","scope":"everywhere"`, "/frameworks/0/scope"},
		{"scope without a query", `,"scope":"paragraph"`, "/frameworks/0/scope"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := lexicon.Read("test.json", strings.NewReader(doc(tt.entry)))
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("Read: %v", err)
				}
				if got := f.Frameworks[0].Scope; !strings.Contains(tt.entry, `"`+got+`"`) {
					t.Errorf("Scope = %q", got)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("Read error = %v, want one at %s", err, tt.wantErr)
			}
		})
	}
}
