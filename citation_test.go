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

func TestDateBefore(t *testing.T) {
	d := func(y int, m time.Month, day int) digidip.Date { return digidip.Date{Year: y, Month: m, Day: day} }
	tests := []struct {
		name string
		a, b digidip.Date
		want bool
	}{
		{"earlier year", d(2024, 12, 31), d(2025, 1, 1), true},
		{"later year", d(2025, 1, 1), d(2024, 12, 31), false},
		{"earlier day", d(2025, 2, 17), d(2025, 2, 18), true},
		{"same day", d(2025, 2, 18), d(2025, 2, 18), false},
		{"month-only within the month", d(2025, 2, 0), d(2025, 2, 18), false},
		{"month-only, earlier month", d(2025, 1, 0), d(2025, 2, 18), true},
		{"year-only, same year", d(2025, 0, 0), d(2025, 2, 18), false},
		{"year-only, earlier year", d(2024, 0, 0), d(2025, 2, 18), true},
		{"unknown first", digidip.Date{}, d(2025, 2, 18), false},
		{"unknown second", d(2025, 2, 18), digidip.Date{}, false},
		{"both unknown", digidip.Date{}, digidip.Date{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.a.Before(tt.b); got != tt.want {
				t.Errorf("%s.Before(%s) = %v, want %v", tt.a, tt.b, got, tt.want)
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
