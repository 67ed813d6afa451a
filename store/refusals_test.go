package store

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/demo"
	"github.com/ikbt/ikbt/usertext"
)

// TestRefusals: every refused write of the store is said in the user's
// language (issue 14.6), with where (an id, a field) verbatim before it,
// and leaves the file as it was.
func TestRefusals(t *testing.T) {
	s := newStore(t)
	if err := s.Import(demo.Generate(today, demo.Handmade)); err != nil {
		t.Fatal(err)
	}
	m, _, err := s.Moment("demo-14") // Livsbalansen, active
	if err != nil {
		t.Fatal(err)
	}
	v := m.Version
	closed, _, err := s.Moment("demo-01")
	if err != nil {
		t.Fatal(err)
	}
	at := caseload.NewStamp(2026, 11, 23, 9, 0)
	dir := t.TempDir()
	undo := func(_ Undo, err error) error { return err }
	for _, tc := range []struct {
		name   string
		err    error
		sv, en string
	}{
		{"measurement instrument", undo(s.AddMeasurement("demo-14", v, caseload.Measurement{Instrument: "XYZ", Answered: at, Total: 3})),
			`measurement: okänt formulär "XYZ"`, `measurement: unknown instrument "XYZ"`},
		{"measurement nothing", undo(s.AddMeasurement("demo-14", v, caseload.Measurement{Instrument: "PSS-10", Answered: at, Total: -1})),
			"measurement: varken svar på frågorna eller en totalpoäng angiven", "measurement: neither items nor total given"},
		{"measurement items", undo(s.AddMeasurement("demo-14", v, caseload.Measurement{Instrument: "PSS-10", Answered: at, Items: []int{1, 2}})),
			"measurement: PSS-10 har 10 frågor, fick 2", "measurement: PSS-10 has 10 items, got 2"},
		{"measurement time", undo(s.AddMeasurement("demo-14", v, caseload.Measurement{Instrument: "PSS-10", Total: 3})),
			"measurement: saknas (skriv ÅÅÅÅ-MM-DD HH:MM)", "measurement: missing (want YYYY-MM-DD HH:MM)"},
		{"measurement occasion", undo(s.AddMeasurement("demo-14", v, caseload.Measurement{Instrument: "PSS-10", Answered: at, Total: 3, Occasion: "sen"})),
			`measurement.occasion: "sen" är inget mättillfälle`, `measurement.occasion: "sen" is not an occasion`},
		{"flag kind", undo(s.HandleFlag("demo-14", v, caseload.Flag{Kind: "oro", HandledAt: at})),
			`flag.kind: okänd flaggtyp "oro"`, `flag.kind: unknown flag kind "oro"`},
		{"schedule either", undo(s.AddSchedule("demo-14", v, caseload.Schedule{Instrument: "PSS-10"})),
			"schedule: ange antingen at_module eller every_weeks", "schedule: give either at_module or every_weeks"},
		{"schedule offered", undo(s.AddSchedule("demo-14", v, caseload.Schedule{Instrument: "GAD-7", EveryWeeks: 2, From: today})),
			"schedule.instrument: GAD-7 erbjuds inte i Livsbalansen (erbjuds: WHODAS-12, PSS-10, KEDS)", "schedule.instrument: GAD-7 is not offered on Livsbalansen moments"},
		{"message from", undo(s.AddMessage("demo-14", v, caseload.Message{From: "läkare", At: at})),
			`message.from: "läkare": välj patient eller clinician`, `message.from: "läkare": want patient or clinician`},
		{"feedback none", undo(s.GiveFeedback("demo-14", v, "", at, "")),
			"feedback: varken en modul", "feedback: neither a module"},
		{"end status", undo(s.EndTreatment("demo-14", v, "paused", "", today)),
			`end treatment.status: "paused": välj maintenance eller closed`, `end treatment.status: "paused": want maintenance or closed`},
		{"end day", undo(s.EndTreatment("demo-14", v, caseload.Closed, "", caseload.Date{})),
			"end treatment.day: saknas (skriv ÅÅÅÅ-MM-DD)", "end treatment.day: missing (want YYYY-MM-DD)"},
		{"undo nothing", s.Undo(Undo{}), "undo: det finns inget att ångra", "undo: there is nothing to undo"},
		{"note control", func() error {
			_, err := s.RecordCopiedNote("demo-14", caseload.CopiedNote{Copied: at, Text: "a\x07b"})
			return err
		}(), `demo-14: note_history.text: har styrtecknet '\a'`, `demo-14: note_history.text: has the control character '\a'`},
		{"sob active", s.RecordSoB("demo-14", today, caseload.Date{}),
			"demo-14: momentet är pågående här", "demo-14: the moment is active here"},
		{"sob gallrad", s.RecordSoB("demo-11", today, today.AddDays(-1)),
			"SoB.gallrad: gallrad 2026-11-22, före avslutet 2026-11-23", "SoB.gallrad: gallrad 2026-11-22 before it was closed 2026-11-23"},
		{"closing answer", s.HoldClosingVisit("demo-19", today, []caseload.Check{{Key: "criteria"}}),
			"closing visit.criteria: saknar svar", "closing visit.criteria: no answer"},
		{"clinician not told", undo(s.ChangeClinician("demo-14", v, "Bo", false, today)),
			"demo-14: patienten är inte informerad om behandlarbytet", "demo-14: the patient has not been told"},
		{"clinician closed", undo(s.ChangeClinician("demo-01", closed.Version, "Bo", true, today)),
			"demo-01: momentet är avslutat", "demo-01: the moment is closed"},
		{"handover consent", func() error {
			_, err := s.StartHandover(HandoverRequest{Moments: []string{"demo-14"}, ToUnit: "VC", Day: today, Path: filepath.Join(dir, "h.json")})
			return err
		}(), "handover: patientens godkännande av överlämningen saknas", "handover: the patient has not approved the handover"},
		{"handover closed moment", func() error {
			_, err := s.StartHandover(HandoverRequest{Moments: []string{"demo-01"}, ToUnit: "VC", Day: today, Consent: true, Path: filepath.Join(dir, "h.json")})
			return err
		}(), "demo-01: momentet är avslutat: bara ett öppet moment lämnas över", "demo-01: the moment is closed: only an open moment is handed over"},
		{"accept outgoing", s.AcceptHandover("H-demo-1", "Bo", today, nil),
			"H-demo-1: överlämningen går åt andra hållet (utgående)", "H-demo-1: the handover goes the other way (outgoing)"},
		{"outcome over", s.HandoverOutcome("H-demo-2", caseload.HandoverCancelled, today),
			"H-demo-2: överlämningen är inte längre pågående (överlämnad)", "H-demo-2: the handover is no longer pending (accepted)"},
		{"gallra unknown", func() error {
			_, err := s.GallraReferral("R-none", GallraOptions{})
			return err
		}(), "R-none: finns inte", "R-none: not found"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.err == nil {
				t.Fatal("not refused")
			}
			var c usertext.Coded
			if !errors.As(tc.err, &c) {
				t.Fatalf("not said in the user's language: %v", tc.err)
			}
			for lang, want := range map[usertext.Lang]string{usertext.Swedish: tc.sv, usertext.English: tc.en} {
				if got := usertext.Render(tc.err, lang); !strings.HasPrefix(got, want) {
					t.Errorf("%s: %q, want it to begin %q", lang, got, want)
				}
			}
		})
	}
	if _, err := os.Stat(filepath.Join(dir, "h.json")); err == nil {
		t.Error("a refused handover wrote its file")
	}
	after, _, _ := s.Moment("demo-14")
	if after.Version != v {
		t.Errorf("demo-14 changed: version %d, was %d", after.Version, v)
	}
}
