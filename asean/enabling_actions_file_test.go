package asean

import (
	"errors"
	"os"
	"slices"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/digidip/digidip"
	"github.com/digidip/digidip/schema"
	"github.com/google/go-cmp/cmp"
)

func TestReadEnablingActionsExample(t *testing.T) {
	f, err := os.Open("testdata/enabling-actions-example.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	eas, err := ReadEnablingActions(f, "enabling-actions-example.json")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, ea := range eas {
		got = append(got, ea.Code+" "+ea.Outcome+" "+string(ea.Priority)+" "+string(ea.Timing)+" "+strings.Join(ea.DependsOn, ","))
		if !strings.HasPrefix(ea.Title.En(), "Example title") {
			t.Errorf("%s: the example file's titles must stay marked as examples, got %q", ea.Code, ea.Title.En())
		}
	}
	want := []string{"EA5.1 DO5 high short-term ", "EA5.2 DO5 high medium-term EA5.1"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("actions (-want +got):\n%s", diff)
	}
	m, err := ADM2025().WithEnablingActions(eas)
	if err != nil {
		t.Fatal(err)
	}
	cat, err := digidip.NewCatalog([]digidip.Framework{m.Framework()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := cat.Validate(); err != nil {
		t.Fatal(err)
	}
	el, ok := cat.Element("adm2025/EA5.1")
	if !ok || el.Parent != "adm2025/DO5" || el.Kind != digidip.KindEnablingAction {
		t.Errorf("catalog element adm2025/EA5.1 = %+v, %v", el, ok)
	}
}

// action returns one enabling-action object in JSON, with extra properties
// spliced in after the required ones.
func action(code, outcome, extra string) string {
	s := `{"code":"` + code + `","outcome":"` + outcome + `","title":{"en":"Placeholder","vi":"Mục giữ chỗ"},"sources":[{"title":"test fixture"}]`
	if extra != "" {
		s += "," + extra
	}
	return s + "}"
}

func doc(items ...string) string {
	return `{"enablingActions":[` + strings.Join(items, ",") + `]}`
}

func TestReadEnablingActionsErrors(t *testing.T) {
	tests := []struct {
		name     string
		input    string
		pointers []string
		// problem, when set, is the (ID, field) of the typed rule every
		// FileError must wrap; otherwise every FileError must wrap the
		// *schema.Error, and keyword is the failing schema keyword.
		problem *problem
		keyword string
	}{
		{"unknown top-level property", `{"enablingActions":[],"extra":1}`, []string{"/extra"}, nil, "additionalProperties"},
		{"missing enablingActions", `{}`, []string{""}, nil, "required"},
		{"document is an array", `[]`, []string{""}, nil, "type"},
		{"enablingActions not an array", `{"enablingActions":{}}`, []string{"/enablingActions"}, nil, "type"},
		{"action not an object", doc(`"EA5.1"`), []string{"/enablingActions/0"}, nil, "type"},
		{"unknown action property", doc(action("EA5.1", "DO5", `"colour":"red"`)), []string{"/enablingActions/0/colour"}, nil, "additionalProperties"},
		{"missing code", doc(`{"outcome":"DO5","title":{"en":"a","vi":"b"},"sources":[{"title":"t"}]}`), []string{"/enablingActions/0"}, nil, "required"},
		{"missing sources", doc(`{"code":"EA5.1","outcome":"DO5","title":{"en":"a","vi":"b"}}`), []string{"/enablingActions/0"}, nil, "required"},
		{"title of the wrong type", doc(`{"code":"EA5.1","outcome":"DO5","title":"a","sources":[{"title":"t"}]}`), []string{"/enablingActions/0/title"}, nil, "type"},
		{"unknown citation property", doc(`{"code":"EA5.1","outcome":"DO5","title":{"en":"a","vi":"b"},"sources":[{"title":"t","page":3}]}`),
			[]string{"/enablingActions/0/sources/0/page"}, nil, "additionalProperties"},
		{"outcome out of range", doc(action("EA5.1", "DO5", ""), action("EA9.1", "DO9", "")),
			[]string{"/enablingActions/1/outcome"}, &problem{"adm2025/EA9.1", "outcome"}, ""},
		{"code disagrees with outcome", doc(action("EA3.2", "DO5", "")),
			[]string{"/enablingActions/0/outcome"}, &problem{"adm2025/EA3.2", "outcome"}, ""},
		{"unknown dependency", doc(action("EA5.1", "DO5", ""), action("EA5.2", "DO5", `"dependsOn":["EA5.1","EA5.7"]`)),
			[]string{"/enablingActions/1/dependsOn/1"}, &problem{"adm2025/EA5.2", "dependsOn[1]"}, ""},
		{"unknown priority", doc(action("EA5.1", "DO5", `"priority":"urgent"`)),
			[]string{"/enablingActions/0/priority"}, nil, "enum"},
		{"unknown timing", doc(action("EA5.1", "DO5", `"timing":"later"`)),
			[]string{"/enablingActions/0/timing"}, nil, "enum"},
		{"no Vietnamese title", doc(`{"code":"EA5.1","outcome":"DO5","title":{"en":"a"},"sources":[{"title":"t"}]}`),
			[]string{"/enablingActions/0/title"}, nil, "required"},
		{"empty sources", doc(`{"code":"EA5.1","outcome":"DO5","title":{"en":"a","vi":"b"},"sources":[]}`),
			[]string{"/enablingActions/0/sources"}, nil, "minItems"},
		{"repeated code", doc(action("EA5.1", "DO5", ""), action("EA5.1", "DO5", "")),
			[]string{"/enablingActions/1/code"}, &problem{"adm2025/EA5.1", "code"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			eas, err := ReadEnablingActions(strings.NewReader(tt.input), "ea.json")
			if err == nil {
				t.Fatalf("no error; got %d actions", len(eas))
			}
			var list FileErrors
			if !errors.As(err, &list) {
				t.Fatalf("errors.As(FileErrors) failed on %T: %v", err, err)
			}
			var ptrs []string
			for _, fe := range list {
				ptrs = append(ptrs, fe.Pointer)
				if fe.Pos.File != "ea.json" {
					t.Errorf("error does not name the file: %v", fe)
				}
				if tt.problem != nil {
					var ve *digidip.ValidationError
					if !errors.As(fe, &ve) || ve.ID != tt.problem.ID || ve.Field != tt.problem.Field {
						t.Errorf("%v: wraps %v; want the typed rule %v", fe, ve, tt.problem)
					}
					continue
				}
				var se *schema.Error
				if !errors.As(fe, &se) {
					t.Errorf("%v: does not wrap a *schema.Error", fe)
					continue
				}
				if !slices.ContainsFunc(se.Problems, func(p schema.Problem) bool {
					return p.InstancePointer == fe.Pointer && p.Keyword == tt.keyword
				}) {
					t.Errorf("%v: no schema problem with keyword %q at %q in %v", fe, tt.keyword, fe.Pointer, se.Problems)
				}
			}
			if diff := cmp.Diff(tt.pointers, ptrs); diff != "" {
				t.Errorf("pointers (-want +got):\n%s\nerror: %v", diff, err)
			}
		})
	}
}

func TestReadEnablingActionsBadBytes(t *testing.T) {
	tests := []struct {
		name  string
		input string
		want  digidip.Position
	}{
		{"empty", "  \n", digidip.Position{File: "ea.json", Offset: 0}},
		{"invalid UTF-8", "{\n  \"enablingActions\": [\"\xff\"]}", digidip.Position{File: "ea.json", Offset: 25, Line: 2, Column: 24}},
		{"syntax error", "{\n  \"enablingActions\": [,]}", digidip.Position{File: "ea.json", Offset: 24, Line: 2, Column: 23}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadEnablingActions(strings.NewReader(tt.input), "ea.json")
			var fe *FileError
			if !errors.As(err, &fe) {
				t.Fatalf("errors.As(*FileError) failed on %T: %v", err, err)
			}
			if diff := cmp.Diff(tt.want, fe.Pos); diff != "" {
				t.Errorf("position (-want +got):\n%s\nerror: %v", diff, err)
			}
		})
	}
	t.Run("impossible citation date", func(t *testing.T) {
		in := doc(`{"code":"EA5.1","outcome":"DO5","title":{"en":"a","vi":"b"},"sources":[{"title":"t","published":"2021-02-30"}]}`)
		_, err := ReadEnablingActions(strings.NewReader(in), "ea.json")
		var fe *FileError
		if !errors.As(err, &fe) || fe.Pointer != "/enablingActions/0/sources/0" || !errors.Is(err, digidip.ErrInvalidDate) {
			t.Fatalf("err = %v; want ErrInvalidDate at /enablingActions/0/sources/0", err)
		}
	})
	t.Run("nested too deep", func(t *testing.T) {
		in := `{"enablingActions":` + strings.Repeat("[", 300) + strings.Repeat("]", 300) + `}`
		_, err := ReadEnablingActions(strings.NewReader(in), "deep.json")
		var depth *schema.DepthError
		var fe *FileError
		if !errors.As(err, &depth) || !errors.As(err, &fe) || fe.Pos.Line != 1 || fe.Pos.Offset <= 0 {
			t.Fatalf("err = %v; want a positioned FileError wrapping *schema.DepthError", err)
		}
	})
	t.Run("too large", func(t *testing.T) {
		big := doc() + strings.Repeat(" ", MaxEnablingActionsFileSize)
		_, err := ReadEnablingActions(strings.NewReader(big), "big.json")
		if !errors.Is(err, ErrFileTooLarge) {
			t.Fatalf("err = %v; want ErrFileTooLarge", err)
		}
	})
	t.Run("read error", func(t *testing.T) {
		boom := errors.New("disk on fire")
		_, err := ReadEnablingActions(iotest.ErrReader(boom), "ea.json")
		if !errors.Is(err, boom) {
			t.Fatalf("err = %v; want it to wrap the reader's error", err)
		}
	})
}

func TestFileErrorMessage(t *testing.T) {
	_, err := ReadEnablingActions(strings.NewReader(doc(action("EA3.2", "DO5", ""))), "masterplan-eas.json")
	want := "masterplan-eas.json: /enablingActions/0/outcome: code EA3.2 sits under DO3, not DO5"
	if err == nil || err.Error() != want {
		t.Errorf("error = %v\nwant    %s", err, want)
	}
}
