package store

import (
	"bytes"
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/programs"
)

func readExample(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile("testdata/example.json")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestDecodeExample(t *testing.T) {
	c, err := DecodeJSON(strings.NewReader(readExample(t)), programs.Default())
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Patients) != 2 || len(c.Moments) != 2 {
		t.Fatalf("%d patients, %d moments", len(c.Patients), len(c.Moments))
	}
	m := c.Moments[0]
	if m.PNR != "191212121212" || m.FeedbackDay != time.Tuesday || c.Moments[1].FeedbackDay != time.Friday {
		t.Errorf("moment %+v", m)
	}
	gad := m.Measurements[0]
	if gad.Total != 14 || gad.Item9 != -1 {
		t.Errorf("GAD-7 total %d item9 %d, want 14 and -1", gad.Total, gad.Item9)
	}
	if madrs := m.Measurements[1]; madrs.Total != 16 || madrs.Item9 != 1 {
		t.Errorf("MADRS-S total %d item9 %d, want 16 and 1", madrs.Total, madrs.Item9)
	}
	if only := m.Measurements[2]; only.Total != 12 || only.Items != nil {
		t.Errorf("total-only %+v", only)
	}
	if c.Moments[1].Status != caseload.Maintenance || c.Moments[1].MaintenanceFrom != caseload.NewDate(2026, 9, 1) {
		t.Errorf("moment 2 %+v", c.Moments[1])
	}
	// Encode → decode gives the same caseload.
	var b bytes.Buffer
	if err := EncodeJSON(&b, c); err != nil {
		t.Fatal(err)
	}
	back, err := DecodeJSON(&b, programs.Default())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(c, back) {
		t.Errorf("round trip differs:\n%+v\n%+v", c, back)
	}
}

func TestWeekdays(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want time.Weekday
	}{{"måndag", time.Monday}, {"MÅNDAG", time.Monday}, {"Monday", time.Monday}, {" söndag ", time.Sunday},
		{"lördag", time.Saturday}, {"lordag", time.Saturday}, {"Wednesday", time.Wednesday}, {"Onsdag", time.Wednesday}} {
		got, err := ParseWeekday(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseWeekday(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{"", "mon", "3", "funday"} {
		if _, err := ParseWeekday(bad); err == nil {
			t.Errorf("ParseWeekday(%q) accepted", bad)
		}
	}
}

func TestDecodeRefuses(t *testing.T) {
	ex := readExample(t)
	tests := []struct {
		name, old, new string
		want           string // in the error
	}{
		{"malformed JSON", `"status": "active",`, `"status": "active"`, "line 15, column 7: malformed JSON"},
		{"truncated", "", "", "malformed JSON: unexpected end of JSON input"},
		{"wrong type", `"started": "2026-10-05"`, `"started": 20261005`, "line 12, column 25: moments.started: want a string, got a JSON number"},
		{"bad personnummer", `"19121212-1212"`, `"19121212-1213"`, "patients[0].personnummer"},
		{"bad moment personnummer", `"personnummer": "191212121212"`, `"personnummer": "1912121212"`, "moments[0].personnummer"},
		{"unknown patient", `"personnummer": "191212121212"`, `"personnummer": "189103179801"`, "moments[0].personnummer: no patient 18910317-XXXX"},
		{"unknown program", `"oroshjalpen"`, `"oroshjalp"`, `moments[0].program: unknown program "oroshjalp"`},
		{"duplicate moment", `"id": "m-2"`, `"id": "m-1"`, `moments[1].id: "m-1" is already the id of moments[0]`},
		{"duplicate patient", `"189002099811"`, `"191212121212"`, "patients[1].personnummer"},
		{"item out of range", `[2, 2, 3, 2, 1, 2, 2]`, `[2, 2, 3, 2, 7, 2, 2]`, "moments[0].measurements[0].items[4]: GAD-7 item 5: 7 is out of range 0–3"},
		{"too few items", `[2, 2, 3, 2, 1, 2, 2]`, `[2, 2, 3]`, "moments[0].measurements[0].items: GAD-7 has 7 items, got 3"},
		{"null item", `[2, 2, 3, 2, 1, 2, 2]`, `[2, null, 3, 2, 1, 2, 2]`, "moments[0].measurements[0].items[1]: missing"},
		{"total out of range", `"total": 12`, `"total": 22`, "moments[0].measurements[2].total: GAD-7 total: 22 is out of range 0–21"},
		{"total disagrees", `"items": [2, 2, 3, 2, 1, 2, 2]}`, `"items": [2, 2, 3, 2, 1, 2, 2], "total": 3}`, "moments[0].measurements[0].total: 3 does not match"},
		{"no score", `, "total": 12}`, `}`, "moments[0].measurements[2]: neither items nor total"},
		{"unknown instrument", `"KEDS"`, `"KEDS-2"`, `moments[1].measurements[0].instrument: unknown instrument "KEDS-2"`},
		{"same measurement twice", `"2026-10-13T18:00"`, `"2026-10-01T18:00"`, "moments[0].measurements[2].answered: a second GAD-7 answered at 2026-10-01T18:00, as moments[0].measurements[0]"},
		{"bad weekday", `"Tisdag"`, `"Tusday"`, `moments[0].feedback_day: "Tusday" is not a weekday`},
		{"bad date", `"2026-10-05"`, `"2026-13-05"`, "moments[0].started"},
		{"bad time", `"2026-10-09T20:15"`, `"2026-10-09 20:15"`, "moments[0].modules[0].submitted"},
		{"unknown module", `{"module": "2"`, `{"module": "12"`, `moments[0].modules[1].module: oroshjalpen has no module "12"`},
		{"bad status", `"maintenance"`, `"paused"`, "moments[1].status"},
		{"bad sender", `"from": "patient"`, `"from": "doctor"`, "moments[0].messages[0].from"},
		{"bad challenge", `"challenge": "oro"`, `"challenge": "battre-somn"`, "moments[1].challenge"},
		{"bad addon", `["sjalvmedkansla"]`, `["yoga"]`, "moments[0].addons[0]"},
		{"missing id", `"id": "m-2",`, ``, "moments[1].id: missing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := strings.Replace(ex, tt.old, tt.new, 1)
			if tt.name == "truncated" {
				in = ex[:len(ex)/2]
			} else if in == ex {
				t.Fatalf("%q is not in the example", tt.old)
			}
			_, err := DecodeJSON(strings.NewReader(in), programs.Default())
			var fe *FormatError
			if !errors.As(err, &fe) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want a FormatError with %q", err, tt.want)
			}
		})
	}
}

// TestImportRefusesUnchanged: a refused import leaves the file as it was.
func TestImportRefusesUnchanged(t *testing.T) {
	s := newStore(t)
	good, err := DecodeJSON(strings.NewReader(readExample(t)), programs.Default())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Import(good); err != nil {
		t.Fatal(err)
	}
	before, x := counts(t, s), exportJSON(t, s)
	bad, _ := DecodeJSON(strings.NewReader(readExample(t)), programs.Default())
	bad.Moments[0].Modules = append(bad.Moments[0].Modules, caseload.ModuleEvent{Module: "3"})
	bad.Moments = append(bad.Moments, caseload.Moment{ID: "m-3", PNR: "189506299818", Program: "sovhjalpen",
		Started: today, Status: caseload.Active})
	err = s.Import(bad)
	if err == nil || !strings.Contains(err.Error(), "moments[2].personnummer: no patient") {
		t.Fatalf("error %v", err)
	}
	if after := counts(t, s); !reflect.DeepEqual(before, after) || !bytes.Equal(x, exportJSON(t, s)) {
		t.Errorf("refused import changed the file: %v → %v", before, after)
	}
}

func FuzzDecodeJSON(f *testing.F) {
	f.Add(readExampleFuzz())
	f.Add(`{"patients": [], "moments": []}`)
	f.Add(`{"moments": [{"id": "x", "measurements": [{"items": [1, null]}]}]}`)
	cat := programs.Default()
	f.Fuzz(func(t *testing.T, in string) {
		c, err := DecodeJSON(strings.NewReader(in), cat)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("empty error")
			}
			return
		}
		var b bytes.Buffer
		if err := EncodeJSON(&b, c); err != nil {
			t.Fatal(err)
		}
		back, err := DecodeJSON(&b, cat)
		if err != nil {
			t.Fatalf("re-decoding the encoding: %v", err)
		}
		if !reflect.DeepEqual(c, back) {
			t.Fatalf("round trip differs")
		}
	})
}

func readExampleFuzz() string {
	b, _ := os.ReadFile("testdata/example.json")
	return string(b)
}
