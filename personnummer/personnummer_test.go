package personnummer

import (
	"strings"
	"testing"
	"time"
)

var refDay = time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)

func TestParse(t *testing.T) {
	tests := []struct {
		in      string
		want    Number
		wantErr string
	}{
		{"189002099811", "189002099811", ""},
		{"18900209-9811", "189002099811", ""},
		{"200306062381", "200306062381", ""},
		{"20030606-2381", "200306062381", ""},
		{"030606-2381", "200306062381", ""},    // six-digit year resolved against today
		{"900209+9811", "189002099811", ""},    // plus: 100 or older
		{"900209-9811", "199002099811", ""},    // the century follows the sign, not the check digit
		{" 202512232386 ", "202512232386", ""}, // surrounding space is trimmed
		{"261123-9803", "202611239803", ""},    // born today
		{"261124-9802", "192611249802", ""},    // tomorrow is not a birthday yet: a century earlier
		{"261201-9808", "192612019808", ""},    // later this year, likewise
		{"261183-9800", "202611839800", ""},    // samordningsnummer born today
		{"261184-9809", "192611849809", ""},    // samordningsnummer born tomorrow
		{"200306662388", "200306662388", ""},   // samordningsnummer: day + 60
		{"200306062382", "", "wrong check digit"},
		{"200313062381", "", "no valid date"},
		{"200302300000", "", "no valid date"},
		{"2003060623", "", "wrong check digit"},
		{"20030606238", "", "10 or 12 digits"},
		{"2003O6062381", "", "not a digit"},
		{"", "", "empty"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseAt(tt.in, refDay)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("ParseAt(%q) = %q, %v; want error containing %q", tt.in, got, err, tt.wantErr)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("ParseAt(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestPublishedAreValidTestNumbers(t *testing.T) {
	ps := Published()
	if len(ps) != 17 {
		t.Fatalf("Published() has %d numbers, want the 17 of the published list", len(ps))
	}
	for _, n := range ps {
		got, err := Parse(string(n))
		if err != nil || got != n {
			t.Errorf("Parse(%s) = %q, %v", n, got, err)
		}
		if !n.IsTest() {
			t.Errorf("%s.IsTest() = false", n)
		}
	}
}

func TestIsTest(t *testing.T) {
	nine := "900101985" // born 1990-01-01, birth number 985
	gen := "19" + nine + string(rune('0'+CheckDigit(nine)))
	tests := []struct {
		n    Number
		want bool
	}{
		{"200306062381", true}, // published
		{Number(gen), true},    // birth number 980–999
		{"199001012380", false},
		{"short", false},
	}
	for _, tt := range tests {
		if got := tt.n.IsTest(); got != tt.want {
			t.Errorf("%s.IsTest() = %v, want %v", tt.n, got, tt.want)
		}
	}
	if _, err := Parse(gen); err != nil {
		t.Errorf("generated %s does not parse: %v", gen, err)
	}
}

func TestMaskedAndFormatted(t *testing.T) {
	n := Number("200306062381")
	if got := n.Masked(); got != "20030606-XXXX" {
		t.Errorf("Masked() = %q", got)
	}
	if got := n.Formatted(); got != "20030606-2381" {
		t.Errorf("Formatted() = %q", got)
	}
	if got := Number("").Masked(); strings.ContainsAny(got, "0123456789") {
		t.Errorf("Masked() of an invalid number shows digits: %q", got)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"189002099811", "030606-2381", "900209+9811", "", "++--", "200306662388"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseAt(s, refDay)
		if err != nil {
			return
		}
		if len(n) != 12 {
			t.Fatalf("ParseAt(%q) = %q: not 12 digits", s, n)
		}
		again, err := ParseAt(string(n), refDay)
		if err != nil || again != n {
			t.Fatalf("normalised %q does not parse back to itself: %q, %v", n, again, err)
		}
	})
}

// TestErrorsMask: no error shows the number as typed.
func TestErrorsMask(t *testing.T) {
	for _, in := range []string{"19900101-2380", "9001012380", "19901301-2389", "19900101-23a9", "199001012"} {
		_, err := Parse(in)
		if err == nil {
			t.Fatalf("%s accepted", in)
		}
		if strings.Contains(err.Error(), in) || strings.Contains(err.Error(), "2380") {
			t.Errorf("%s shown: %v", in, err)
		}
	}
	if got := MaskRaw("19900101-2389"); got != "19900101-XXXX" {
		t.Errorf("MaskRaw = %q", got)
	}
}
