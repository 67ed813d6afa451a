package store

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/instruments"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/usertext"
)

// everyForm is an import file with one answer of every instrument on an
// Ångesthjälpen moment: from items where the form is scored from items
// (each item its highest allowed answer but the first, which is its
// lowest), from the total otherwise, and an EDE-Q and an AAQoL given as
// decimal totals.
func everyForm(t testing.TB) string {
	t.Helper()
	var ms []string
	day := 1
	for _, in := range instruments.All() {
		stamp := fmt.Sprintf("2026-10-%02dT18:00", day)
		day++
		if !in.ItemsScored() {
			ms = append(ms, fmt.Sprintf(`{"instrument": %q, "answered": %q, "occasion": "pagaende", "total": 62.5}`, in.ID, stamp))
			continue
		}
		items := make([]string, in.Items)
		for i := range items {
			lo, hi := in.ItemRange(i + 1)
			items[i] = fmt.Sprint(hi)
			if i == 0 {
				items[i] = fmt.Sprint(lo)
			}
		}
		ms = append(ms, fmt.Sprintf(`{"instrument": %q, "answered": %q, "occasion": "pagaende", "items": [%s]}`, in.ID, stamp, strings.Join(items, ", ")))
	}
	ms = append(ms, `{"instrument": "EDE-Q", "answered": "2026-11-20T18:00", "occasion": "pagaende", "total": 2.35}`)
	return `{"patients": [{"personnummer": "191212121212", "name": "Tolvan Tolvansson"}],
"moments": [{"id": "m-1", "personnummer": "191212121212", "program": "angesthjalpen", "started": "2026-10-01",
"feedback_day": "tisdag", "modules": [{"module": "1", "opened": "2026-10-01T09:00"}],
"measurements": [` + strings.Join(ms, ",\n") + `], "messages": [],
"schedules": [{"instrument": "PDSS-SR", "every_weeks": 1, "from": "2026-10-01"}]}]}`
}

// TestEveryFormRoundTrip imports one answer of every form, reads the
// scores back from the database, exports and imports the export again.
func TestEveryFormRoundTrip(t *testing.T) {
	c, err := DecodeJSON(strings.NewReader(everyForm(t)), programs.Default())
	if err != nil {
		t.Fatal(err)
	}
	s := newStore(t)
	if err := s.Import(c); err != nil {
		t.Fatal(err)
	}
	m := moment(t, s, "m-1")
	if len(m.Measurements) != len(instruments.All())+1 {
		t.Fatalf("%d measurements back, want %d", len(m.Measurements), len(instruments.All())+1)
	}
	for _, x := range m.Measurements {
		in, _ := instruments.Get(x.Instrument)
		var want instruments.Result
		if x.Items != nil {
			want, err = instruments.Score(x.Instrument, x.Items)
		} else {
			want, err = instruments.ScoreValue(x.Instrument, x.Value())
		}
		if err != nil {
			t.Fatalf("%s: %v", x.Instrument, err)
		}
		if x.Value() != want.Score || x.Total != want.Total || (x.Decimal != nil) != in.Decimal() {
			t.Errorf("%s back as %v (total %d, decimal %v), want %v", x.Instrument, x.Value(), x.Total, x.Decimal, want.Score)
		}
	}
	// The decimal scores survive the database exactly.
	last := m.Measurements[len(m.Measurements)-1]
	if last.Instrument != "EDE-Q" || last.Decimal == nil || *last.Decimal != 2.35 || last.Total != 2 {
		t.Errorf("EDE-Q 2.35 back as %+v", last)
	}
	out := exportJSON(t, s)
	if !bytes.Contains(out, []byte(`"total": 2.35`)) || !bytes.Contains(out, []byte(`"total": 62.5`)) {
		t.Errorf("export lacks the decimal totals:\n%s", out)
	}
	back, err := DecodeJSON(bytes.NewReader(out), programs.Default())
	if err != nil {
		t.Fatalf("the export does not import: %v", err)
	}
	s2 := newStore(t)
	if err := s2.Import(back); err != nil {
		t.Fatal(err)
	}
	if again := exportJSON(t, s2); !bytes.Equal(out, again) {
		t.Errorf("export → import → export differs:\n%s\n---\n%s", out, again)
	}
	// Every export's total is valid JSON for its form: whole numbers stay whole.
	var f fileJSON
	if err := json.Unmarshal(out, &f); err != nil {
		t.Fatal(err)
	}
	for _, x := range f.Moments[0].Measurements {
		in, _ := instruments.Get(x.Instrument)
		if !in.Decimal() && *x.Total != math.Trunc(*x.Total) {
			t.Errorf("%s exported total %v", x.Instrument, *x.Total)
		}
	}
}

// TestEveryFormRefusals: a bad answer of a new form is refused with its
// JSON path, the instrument and the item named, and nothing is written.
func TestEveryFormRefusals(t *testing.T) {
	good := `{"instrument": "OCI-R", "answered": "2026-10-01T18:00", "items": [0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]}`
	tests := []struct{ measurement, want string }{
		{`{"instrument": "OCI-R", "answered": "2026-10-01T18:00", "items": [0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,5]}`,
			"moments[0].measurements[0].items[17]: OCI-R item 18: 5 is out of range 0–4"},
		{`{"instrument": "OCI-R", "answered": "2026-10-01T18:00", "items": [0,0,0]}`,
			"moments[0].measurements[0].items: OCI-R has 18 items, got 3"},
		{`{"instrument": "AUDIT", "answered": "2026-10-01T18:00", "items": [0,0,0,0,0,0,0,0,3,0]}`,
			"moments[0].measurements[0].items[8]: AUDIT item 9: 3 is out of range 0, 2, 4"},
		{`{"instrument": "PDSS-SR", "answered": "2026-10-01T18:00", "total": 29}`,
			"moments[0].measurements[0].total: PDSS-SR total: 29 is out of range 0–28"},
		{`{"instrument": "PDSS-SR", "answered": "2026-10-01T18:00", "total": 7.5}`,
			"moments[0].measurements[0].total: PDSS-SR total: 7.5 is not a whole number"},
		{`{"instrument": "EDE-Q", "answered": "2026-10-01T18:00", "total": 6.5}`,
			"moments[0].measurements[0].total: EDE-Q total: 6.5 is out of range 0–6"},
		{`{"instrument": "AAQoL", "answered": "2026-10-01T18:00", "items": [1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1]}`,
			"moments[0].measurements[0].items: AAQoL is scored from its total only"},
		{`{"instrument": "EDE-Q", "answered": "2026-10-01T18:00", "total": 1.4, "items": [6,6,6,6,6,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]}`,
			"moments[0].measurements[0].total: 1.4 does not match the items, which score 1.50"},
		{`{"instrument": "PCL-5", "answered": "2026-10-01T18:00", "total": "33"}`, "want a number"},
	}
	s := newStore(t)
	file := func(x string) string {
		return `{"patients": [{"personnummer": "191212121212", "name": "T"}], "moments": [{"id": "m-1",
"personnummer": "191212121212", "program": "angesthjalpen", "started": "2026-10-01", "feedback_day": "tisdag",
"measurements": [` + x + `]}]}`
	}
	for _, tt := range tests {
		_, err := DecodeJSON(strings.NewReader(file(tt.measurement)), programs.Default())
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s:\n got %v\nwant %q", tt.measurement, err, tt.want)
		}
	}
	// A total that agrees with the items, to the form's decimals, is taken.
	if _, err := DecodeJSON(strings.NewReader(file(
		`{"instrument": "EDE-Q", "answered": "2026-10-01T18:00", "total": 1.5, "items": [6,6,6,6,6,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]}`)), programs.Default()); err != nil {
		t.Errorf("EDE-Q total 1.5 with items scoring 1.5 refused: %v", err)
	}
	if c, err := DecodeJSON(strings.NewReader(file(good)), programs.Default()); err != nil || s.Import(c) != nil {
		t.Fatalf("good OCI-R refused: %v", err)
	}
	before := exportJSON(t, s)
	v := moment(t, s, "m-1").Version
	for _, x := range []caseload.Measurement{
		{Instrument: "AUDIT", Answered: at(22, 8, 0), Occasion: caseload.Ongoing, Items: []int{0, 0, 0, 0, 0, 0, 0, 0, 1, 0}},
		{Instrument: "ASRS", Answered: at(22, 8, 0), Occasion: caseload.Ongoing, Items: []int{0}},
		{Instrument: "SPIN", Answered: at(22, 8, 0), Occasion: caseload.Ongoing, Total: 69},
	} {
		if _, err := s.AddMeasurement("m-1", v, x); err == nil || !strings.Contains(err.Error(), x.Instrument) {
			t.Errorf("AddMeasurement(%s) = %v, want a refusal naming it", x.Instrument, err)
		}
	}
	if !bytes.Equal(before, exportJSON(t, s)) {
		t.Error("refused measurements changed the file")
	}
}

// TestAddDecimalMeasurement: the app records an EDE-Q from its items and
// an AAQoL from its decimal total; both read back exactly.
func TestAddDecimalMeasurement(t *testing.T) {
	s := exampleStore(t, filepath.Join(t.TempDir(), "ikbt.db"))
	m := moment(t, s, "m-1")
	edeq := make([]int, 28)
	edeq[0], edeq[7] = 6, 5 // restraint 1.2, shape 0.625, weight 1
	u, err := s.AddMeasurement("m-1", m.Version, caseload.Measurement{Instrument: "EDE-Q", Occasion: caseload.Ongoing, Answered: at(22, 8, 0), Items: edeq})
	if err != nil {
		t.Fatal(err)
	}
	v := 71.4
	if _, err := s.AddMeasurement("m-1", u.Version, caseload.Measurement{Instrument: "AAQoL", Occasion: caseload.Ongoing, Answered: at(22, 9, 0), Decimal: &v}); err != nil {
		t.Fatal(err)
	}
	got := map[string]caseload.Measurement{}
	for _, x := range moment(t, s, "m-1").Measurements {
		got[x.Instrument] = x
	}
	if x := got["EDE-Q"]; x.Decimal == nil || math.Abs(*x.Decimal-(1.2+0.625+1)/4) > 1e-12 || x.Total != 1 {
		t.Errorf("EDE-Q back as %+v", x)
	}
	if x := got["AAQoL"]; x.Decimal == nil || *x.Decimal != 71.4 || x.Total != 71 || x.Items != nil {
		t.Errorf("AAQoL back as %+v", x)
	}
	if x := got["GAD-7"]; x.Decimal != nil {
		t.Errorf("GAD-7 has a decimal %v", *x.Decimal)
	}
}

// TestScheduleOffered: Livsbalansen offers only WHODAS 2.0, PSS-10 and
// KEDS (manual 4.6); the app refuses another, import keeps it with a warning.
func TestScheduleOffered(t *testing.T) {
	s := exampleStore(t, filepath.Join(t.TempDir(), "ikbt.db"))
	lb := moment(t, s, "m-2") // livsbalansen
	before := exportJSON(t, s)
	_, err := s.AddSchedule("m-2", lb.Version, caseload.Schedule{Instrument: "OCI-R", EveryWeeks: 2, From: today})
	if err == nil || !strings.Contains(err.Error(), "OCI-R is not offered on Livsbalansen moments (offered: WHODAS-12, PSS-10, KEDS)") {
		t.Errorf("OCI-R on Livsbalansen: %v", err)
	}
	if !bytes.Equal(before, exportJSON(t, s)) {
		t.Error("a refused schedule changed the file")
	}
	if _, err := s.AddSchedule("m-2", lb.Version, caseload.Schedule{Instrument: "KEDS", EveryWeeks: 2, From: today}); err != nil {
		t.Errorf("KEDS on Livsbalansen: %v", err)
	}
	m1 := moment(t, s, "m-1") // oroshjalpen
	for i, id := range []string{"PDSS-SR", "EDE-Q", "AAQoL", "MADRS-S9"} {
		if _, err := s.AddSchedule("m-1", m1.Version+int64(i), caseload.Schedule{Instrument: id, AtModule: "3"}); err != nil {
			t.Errorf("%s on Oroshjälpen: %v", id, err)
		}
	}

	c, _ := s.Export()
	c.Moments[1].Schedules = append(c.Moments[1].Schedules, caseload.Schedule{Instrument: "GAD-7", EveryWeeks: 1, From: today})
	var b bytes.Buffer
	if err := EncodeJSON(&b, c); err != nil {
		t.Fatal(err)
	}
	back, err := DecodeJSON(&b, programs.Default())
	if err != nil {
		t.Fatalf("import refused a schedule it should keep: %v", err)
	}
	// The warning in each language, the JSON path verbatim (issue 14.6).
	for lang, want := range map[usertext.Lang]string{
		usertext.English: "moments[1].schedules[1].instrument: GAD-7 is not offered on Livsbalansen moments (offered: WHODAS-12, PSS-10, KEDS); kept as imported",
		usertext.Swedish: "moments[1].schedules[1].instrument: GAD-7 erbjuds inte i Livsbalansen (erbjuds: WHODAS-12, PSS-10, KEDS); behålls som importerat",
	} {
		var got []string
		for _, w := range ScheduleWarnings(back, programs.Default()) {
			got = append(got, usertext.Render(w, lang))
		}
		if !reflect.DeepEqual(got, []string{want}) {
			t.Errorf("ScheduleWarnings in %s = %q, want %q", lang, got, want)
		}
	}
}
