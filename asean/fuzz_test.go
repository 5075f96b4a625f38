package asean

import (
	"bytes"
	"errors"
	"os"
	"testing"
)

// FuzzReadEnablingActions checks that no input makes ReadEnablingActions
// panic, that it fails with FileErrors naming the file, and that what it
// accepts can be added to the masterplan.
func FuzzReadEnablingActions(f *testing.F) {
	example, err := os.ReadFile("testdata/enabling-actions-example.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(example)
	f.Add([]byte(doc(action("EA5.1", "DO5", ""), action("EA5.2", "DO5", `"dependsOn":["EA5.1"]`))))
	f.Add([]byte(`{"enablingActions":[null,{},[],"x",1]}`))
	f.Add([]byte("{\"enablingActions\":[\"\xff\"]}"))
	f.Add([]byte(``))
	f.Fuzz(func(t *testing.T, data []byte) {
		eas, err := ReadEnablingActions(bytes.NewReader(data), "fuzz.json")
		if err != nil {
			var list FileErrors
			if !errors.As(err, &list) || len(list) == 0 {
				t.Fatalf("error %T is not a non-empty FileErrors: %v", err, err)
			}
			for _, fe := range list {
				if fe.Pos.File != "fuzz.json" {
					t.Fatalf("error does not name the file: %v", fe)
				}
			}
			return
		}
		if _, err := ADM2025().WithEnablingActions(eas); err != nil {
			t.Fatalf("accepted file rejected by WithEnablingActions: %v", err)
		}
	})
}
