package digidip_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/digidip/digidip"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want digidip.Date
		ok   bool
	}{
		{"2021", digidip.Date{Year: 2021}, true},
		{"2022-01", digidip.Date{Year: 2022, Month: time.January}, true},
		{"2021-01-22", digidip.Date{Year: 2021, Month: time.January, Day: 22}, true},
		{"2024-02-29", digidip.Date{Year: 2024, Month: time.February, Day: 29}, true},
		{"2023-02-29", digidip.Date{}, false},
		{"2021-13", digidip.Date{}, false},
		{"2021-1-2", digidip.Date{}, false},
		{"21-01-02", digidip.Date{}, false},
		{"2021-01-02-03", digidip.Date{}, false},
		{"abcd", digidip.Date{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := digidip.ParseDate(tt.in)
			if tt.ok != (err == nil) {
				t.Fatalf("ParseDate(%q) error = %v", tt.in, err)
			}
			if err != nil && !errors.Is(err, digidip.ErrInvalidDate) {
				t.Errorf("error does not wrap ErrInvalidDate: %v", err)
			}
			if got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
			if tt.ok && got.String() != tt.in {
				t.Errorf("String() = %q, want %q", got.String(), tt.in)
			}
		})
	}
}

func TestCitationJSON(t *testing.T) {
	c := digidip.Citation{Title: "ASEAN Digital Masterplan 2025", Locator: "p. 137", Published: digidip.Date{Year: 2021}}
	data, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"title":"ASEAN Digital Masterplan 2025","locator":"p. 137","published":"2021"}`; string(data) != want {
		t.Errorf("got %s, want %s", data, want)
	}
	var back digidip.Citation
	if err := json.Unmarshal(data, &back); err != nil || back != c {
		t.Errorf("round trip: %+v, %v", back, err)
	}
	if err := json.Unmarshal([]byte(`{"published":"2021-02-30"}`), &back); !errors.Is(err, digidip.ErrInvalidDate) {
		t.Errorf("impossible date: err = %v", err)
	}
}

func TestPositionString(t *testing.T) {
	tests := []struct {
		p    digidip.Position
		want string
	}{
		{digidip.Position{}, "-"},
		{digidip.Position{File: "a.jsonl", Line: 3}, "a.jsonl:3"},
		{digidip.Position{File: "a.jsonl", Line: 3, Column: 7}, "a.jsonl:3:7"},
		{digidip.Position{File: "a.txt", Offset: 120}, "a.txt:#120"},
		{digidip.Position{Line: 2, Column: 1}, "2:1"},
	}
	for _, tt := range tests {
		if got := tt.p.String(); got != tt.want {
			t.Errorf("%+v.String() = %q, want %q", tt.p, got, tt.want)
		}
	}
}
