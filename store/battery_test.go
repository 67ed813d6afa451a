package store

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/worklist"
)

func TestStopBattery(t *testing.T) {
	s := newStore(t)
	s = exampleStoreAt(t, s)
	m := moment(t, s, "m-1")
	stop := caseload.BatteryStop{Instrument: "MADRS-S9", From: caseload.NewDate(2026, 11, 22), By: "Anna", At: at(22, 9, 0), Note: "patienten avböjer"}
	u, err := s.StopBattery("m-1", m.Version, stop)
	if err != nil {
		t.Fatal(err)
	}
	m2 := moment(t, s, "m-1")
	if len(m2.Stops) != 1 || m2.Stops[0].Instrument != "MADRS-S9" || !m2.Stops[0].From.Equal(stop.From) || m2.Stops[0].Note != stop.Note || m2.Version != m.Version+1 {
		t.Fatalf("after the stop: %+v (version %d)", m2.Stops, m2.Version)
	}
	// The worklist honours it.
	w, err := s.Worklist(programs.Default(), caseload.NewDate(2026, 11, 23), "")
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range w.Measurements {
		if d.Moment == "m-1" && d.Instrument == "MADRS-S9" {
			t.Errorf("stopped MADRS-S9 still due: %+v", d)
		}
	}
	if err := s.Undo(u); err != nil {
		t.Fatal(err)
	}
	if m3 := moment(t, s, "m-1"); len(m3.Stops) != 0 {
		t.Errorf("undo left %+v", m3.Stops)
	}
	// Stop, then resume; resuming what is not stopped is refused.
	m = moment(t, s, "m-1")
	if _, err := s.StopBattery("m-1", m.Version, stop); err != nil {
		t.Fatal(err)
	}
	m = moment(t, s, "m-1")
	if _, err := s.ResumeBattery("m-1", m.Version, "MADRS-S9"); err != nil {
		t.Fatal(err)
	}
	m = moment(t, s, "m-1")
	if len(m.Stops) != 0 {
		t.Errorf("resume left %+v", m.Stops)
	}
	if _, err := s.ResumeBattery("m-1", m.Version, "MADRS-S9"); !errors.Is(err, ErrNotFound) {
		t.Errorf("resume without a stop: %v", err)
	}
	// Bad input is refused and changes nothing.
	m = moment(t, s, "m-1")
	for _, b := range []caseload.BatteryStop{{Instrument: "XYZ", From: stop.From}, {Instrument: "GAD-7"}} {
		if _, err := s.StopBattery("m-1", m.Version, b); err == nil {
			t.Errorf("stop %+v accepted", b)
		}
	}
	if moment(t, s, "m-1").Version != m.Version {
		t.Error("a refused stop moved the version")
	}
}

func TestWaiveFollowUp(t *testing.T) {
	s := exampleStoreAt(t, newStore(t))
	m := moment(t, s, "m-2")
	if _, err := s.WaiveFollowUp("m-2", m.Version, caseload.Waiver{On: caseload.NewDate(2026, 11, 23), By: "Anna", Reason: "  "}); err == nil {
		t.Error("a waiver without a reason was accepted")
	}
	w := caseload.Waiver{On: caseload.NewDate(2026, 11, 23), By: "Anna", Reason: "flyttat från regionen"}
	u, err := s.WaiveFollowUp("m-2", m.Version, w)
	if err != nil {
		t.Fatal(err)
	}
	if got := moment(t, s, "m-2").FollowUpWaiver; got != w {
		t.Fatalf("waiver %+v, want %+v", got, w)
	}
	if err := s.Undo(u); err != nil {
		t.Fatal(err)
	}
	m = moment(t, s, "m-2")
	if !m.FollowUpWaiver.IsZero() {
		t.Fatalf("undo left %+v", m.FollowUpWaiver)
	}
	if _, err := s.UnwaiveFollowUp("m-2", m.Version); !errors.Is(err, ErrNotFound) {
		t.Errorf("unwaive without a waiver: %v", err)
	}
}

// TestWorklistClosedMoment: the store hands closed moments to the
// worklist, with their stops, waiver and every PHQ-9.
func TestWorklistClosedMoment(t *testing.T) {
	const file = `{"patients": [{"personnummer": "189002099811", "name": "Astrid Berg"}],
"moments": [{"id": "c-1", "personnummer": "189002099811", "program": "depressionshjalpen", "started": "2026-04-01",
  "feedback_day": "onsdag", "status": "closed", "maintenance_from": "2026-06-01", "closed_on": "2026-09-01",
  "modules": [], "messages": [],
  "measurements": [
    {"instrument": "MADRS-S", "answered": "2026-03-25T10:00", "occasion": "bedomning", "total": 20},
    {"instrument": "PHQ-9", "answered": "2026-05-01T10:00", "items": [1,1,1,1,1,1,1,1,0]},
    {"instrument": "PHQ-9", "answered": "2026-05-08T10:00", "items": [1,1,1,1,1,1,1,1,2]},
    {"instrument": "PHQ-9", "answered": "2026-05-15T10:00", "items": [1,1,1,1,1,1,1,1,0]}
  ]}]}`
	c, err := DecodeJSON(strings.NewReader(file), programs.Default())
	if err != nil {
		t.Fatal(err)
	}
	s := newStore(t)
	if err := s.Import(c); err != nil {
		t.Fatal(err)
	}
	today := caseload.NewDate(2026, 11, 23)
	w, err := s.Worklist(programs.Default(), today, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(w.Moments) != 0 || len(w.Measurements) != 1 || w.Measurements[0].Cause.Kind != worklist.TriggerFollowUp {
		t.Errorf("closed moment: moments %+v, due %+v", w.Moments, w.Measurements)
	}
	if len(w.Flags) != 1 || w.Flags[0].Kind != caseload.FlagPHQ9 || w.Flags[0].Ref != "2026-05-08T10:00" {
		t.Errorf("flags %+v, want the PHQ-9 of 8 May (not the first nor the latest)", w.Flags)
	}
	m := moment(t, s, "c-1")
	if _, err := s.WaiveFollowUp("c-1", m.Version, caseload.Waiver{On: today, Reason: "avböjer"}); err != nil {
		t.Fatal(err)
	}
	if w, _ := s.Worklist(programs.Default(), today, ""); len(w.Measurements) != 0 {
		t.Errorf("waived follow-up still due: %+v", w.Measurements)
	}
}

func TestBatteryExportImport(t *testing.T) {
	s := exampleStoreAt(t, newStore(t))
	m := moment(t, s, "m-1")
	if _, err := s.StopBattery("m-1", m.Version, caseload.BatteryStop{Instrument: "GAD-7", From: caseload.NewDate(2026, 11, 20), By: "Anna", At: at(20, 8, 0)}); err != nil {
		t.Fatal(err)
	}
	m = moment(t, s, "m-1")
	if _, err := s.WaiveFollowUp("m-1", m.Version, caseload.Waiver{On: caseload.NewDate(2026, 11, 21), Reason: "avliden"}); err != nil {
		t.Fatal(err)
	}
	c, err := s.Export()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := EncodeJSON(&buf, c); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"stops"`) || !strings.Contains(buf.String(), `"followup_waiver"`) {
		t.Fatalf("export lacks the new facts:\n%s", buf.String())
	}
	c2, err := DecodeJSON(bytes.NewReader(buf.Bytes()), programs.Default())
	if err != nil {
		t.Fatal(err)
	}
	s2 := newStore(t)
	if err := s2.Import(c2); err != nil {
		t.Fatal(err)
	}
	m2 := moment(t, s2, "m-1")
	if len(m2.Stops) != 1 || m2.Stops[0].Instrument != "GAD-7" || m2.Stops[0].At != at(20, 8, 0) || m2.FollowUpWaiver.Reason != "avliden" {
		t.Errorf("round trip: %+v %+v", m2.Stops, m2.FollowUpWaiver)
	}
	// Importing it again changes nothing.
	v := m2.Version
	if err := s2.Import(c2); err != nil {
		t.Fatal(err)
	}
	if moment(t, s2, "m-1").Version != v {
		t.Error("a second import moved the version")
	}
}

func TestBatteryImportErrors(t *testing.T) {
	base := `{"patients": [{"personnummer": "189002099811", "name": "Astrid Berg"}],
"moments": [{"id": "c-1", "personnummer": "189002099811", "program": "depressionshjalpen", "started": "2026-04-01",
  "feedback_day": "onsdag", "modules": [], "messages": [], "measurements": [], %s}]}`
	for _, tt := range []struct{ extra, path string }{
		{`"stops": [{"instrument": "NOPE", "from": "2026-11-01"}]`, "moments[0].stops[0].instrument"},
		{`"stops": [{"instrument": "GAD-7"}]`, "moments[0].stops[0].from"},
		{`"stops": [{"instrument": "GAD-7", "from": "2026-11-01"}, {"instrument": "GAD-7", "from": "2026-11-02"}]`, "moments[0].stops[1].instrument"},
		{`"followup_waiver": {"on": "2026-11-01"}`, "moments[0].followup_waiver.reason"},
		{`"followup_waiver": {"reason": "x"}`, "moments[0].followup_waiver.on"},
	} {
		_, err := DecodeJSON(strings.NewReader(strings.Replace(base, "%s", tt.extra, 1)), programs.Default())
		var fe *FormatError
		if !errors.As(err, &fe) || fe.Path != tt.path {
			t.Errorf("%s: %v, want an error at %s", tt.extra, err, tt.path)
		}
	}
}

// exampleStoreAt imports testdata/example.json into s.
func exampleStoreAt(t *testing.T, s *Store) *Store {
	t.Helper()
	c, err := DecodeJSON(strings.NewReader(readExample(t)), programs.Default())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Import(c); err != nil {
		t.Fatal(err)
	}
	return s
}
