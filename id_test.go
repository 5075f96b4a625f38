package digidip_test

import (
	"errors"
	"testing"

	"github.com/digidip/digidip"
)

func TestParseID(t *testing.T) {
	tests := []struct {
		in        string
		ok        bool
		framework digidip.ID
		code      string
		reason    string
	}{
		{"adm2025", true, "adm2025", "", "framework ID"},
		{"vn-mic", true, "vn-mic", "", "inner hyphen"},
		{"adm2025/DO3", true, "adm2025", "DO3", "element ID"},
		{"adm2025/EA3.1", true, "adm2025", "EA3.1", "dotted code"},
		{"", false, "", "", "empty"},
		{"ADM2025", false, "", "", "framework part is lowercase"},
		{"-mic", false, "", "", "leading hyphen"},
		{"vn--mic", false, "", "", "double hyphen"},
		{"adm2025/", false, "", "", "empty code"},
		{"adm2025/3DO", false, "", "", "code starts with a letter"},
		{"adm2025/EA3.", false, "", "", "trailing dot"},
		{"adm2025/EA3..1", false, "", "", "double dot"},
		{"adm2025/DO3/x", false, "", "", "one slash only"},
		{"2025adm", false, "", "", "framework starts with a letter"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			id, err := digidip.ParseID(tt.in)
			if tt.ok != (err == nil) {
				t.Fatalf("ParseID(%q) error = %v, want ok=%v (%s)", tt.in, err, tt.ok, tt.reason)
			}
			if err != nil {
				if !errors.Is(err, digidip.ErrInvalidID) {
					t.Errorf("error %v does not wrap ErrInvalidID", err)
				}
				return
			}
			if id.Framework() != tt.framework || id.Code() != tt.code {
				t.Errorf("got framework %q code %q, want %q %q", id.Framework(), id.Code(), tt.framework, tt.code)
			}
			if id.IsFramework() != (tt.code == "") {
				t.Errorf("IsFramework() = %v", id.IsFramework())
			}
		})
	}
}

func TestElementID(t *testing.T) {
	if got := digidip.ElementID("bali", "FA2"); got != "bali/FA2" {
		t.Errorf("ElementID = %q", got)
	}
}
