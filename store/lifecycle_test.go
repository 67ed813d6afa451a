package store

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/lifecycle"
	"github.com/ikbt/ikbt/personnummer"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/worklist"
)

func day(s string) caseload.Date {
	d, err := caseload.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func TestReferralToStart(t *testing.T) {
	s := newStore(t)
	cat := programs.Default()
	p := caseload.Patient{PNR: personnummer.Number("189103179801"), Name: "Tyra Test"}
	id, err := s.AddReferral(p, caseload.Referral{Referred: day("2026-03-02"), From: "Dr Ek", Clinician: "Ann"})
	if err != nil {
		t.Fatal(err)
	}
	if id != "R-20260302-1" {
		t.Errorf("id = %q", id)
	}
	if _, err := s.AddReferral(caseload.Patient{PNR: p.PNR, Name: "Tyra Annan"}, caseload.Referral{Referred: day("2026-03-03")}); !errors.Is(err, ErrNameDiffers) {
		t.Errorf("another name: err = %v, want ErrNameDiffers", err)
	}
	steps := []struct {
		step  string
		day   string
		forms []string
	}{{StepContacted, "2026-03-04", nil}, {StepBooked, "2026-03-12", nil}, {StepFormsSent, "2026-03-05", []string{"MADRS-S", "GAD-7"}}}
	for _, st := range steps {
		if err := s.ReferralStep(id, st.step, day(st.day), st.forms); err != nil {
			t.Fatalf("%s: %v", st.step, err)
		}
	}
	if err := s.ReferralStep(id, StepFormsSent, day("2026-03-05"), []string{"NOPE"}); err == nil {
		t.Error("unknown form accepted")
	}
	if err := s.SetReferralCheck(id, caseload.Check{Key: "8", Answer: "nej"}); err != nil {
		t.Fatal(err)
	}
	if err := s.SetReferralCheck(id, caseload.Check{Key: "14", Answer: "ja"}); err == nil {
		t.Error("question 14 accepted")
	}
	answered := caseload.NewStamp(2026, 3, 10, 19, 0)
	if err := s.AddReferralMeasurement(id, caseload.Measurement{Instrument: "MADRS-S", Answered: answered, Items: []int{3, 3, 3, 3, 3, 3, 3, 3, 5}}); err != nil {
		t.Fatal(err)
	}
	w, err := s.Worklist(cat, day("2026-03-11"), "")
	if err != nil {
		t.Fatal(err)
	}
	if len(w.Assessments) != 1 || w.Assessments[0].Step != lifecycle.StepVisit || w.Assessments[0].OpenFlags != 1 || w.Assessments[0].Name != "Tyra Test" {
		t.Fatalf("assessments = %+v", w.Assessments)
	}
	if len(w.Flags) != 1 || w.Flags[0].Moment != id || w.Flags[0].Score != 5 {
		t.Fatalf("flags = %+v", w.Flags)
	}
	f := caseload.Flag{Kind: caseload.FlagMADRS9, Ref: w.Flags[0].Ref, Raised: w.Flags[0].Raised, HandledBy: "Ann", HandledAt: caseload.NewStamp(2026, 3, 11, 8, 0)}
	if err := s.HandleReferralFlag(id, f); err != nil {
		t.Fatal(err)
	}
	if err := s.ReferralStep(id, StepHeld, day("2026-03-12"), nil); err != nil {
		t.Fatal(err)
	}
	m := caseload.Moment{ID: "m-new", Program: "oroshjalpen", Started: day("2026-03-16"), FeedbackDay: 3}
	if err := s.DecideYes(id, caseload.Moment{ID: "x", Program: "nope", Started: day("2026-03-16")}, cat); err == nil {
		t.Error("unknown program accepted")
	}
	if err := s.DecideYes(id, m, cat); err != nil {
		t.Fatal(err)
	}
	if err := s.DecideNo(id, day("2026-03-16"), "x"); !errors.Is(err, ErrDecided) {
		t.Errorf("decided twice: %v", err)
	}
	got, _, err := s.Moment("m-new")
	if err != nil {
		t.Fatal(err)
	}
	if got.Clinician != "Ann" || len(got.Measurements) != 1 || got.Measurements[0].Occasion != caseload.Assessment || len(got.Flags) != 1 {
		t.Errorf("moment = %+v", got)
	}
	w, err = s.Worklist(cat, day("2026-03-16"), "")
	if err != nil {
		t.Fatal(err)
	}
	if len(w.Assessments) != 0 || len(w.Flags) != 0 {
		t.Errorf("after start: assessments %d, flags %+v", len(w.Assessments), w.Flags)
	}
	startDue := 0
	for _, d := range w.Measurements {
		if d.Moment == "m-new" && d.Cause.Kind == worklist.TriggerStart {
			startDue++
		}
	}
	if startDue == 0 {
		t.Errorf("no start battery due: %+v", w.Measurements)
	}
	// A second referral, not treated.
	id2, err := s.AddReferral(caseload.Patient{PNR: "189506299818", Name: "Nils Nej"}, caseload.Referral{Referred: day("2026-03-02")})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.DecideNo(id2, day("2026-03-20"), ""); err == nil {
		t.Error("no without a reason accepted")
	}
	if err := s.DecideNo(id2, day("2026-03-20"), "Primärt alkoholberoende (3.4 fråga 3)"); err != nil {
		t.Fatal(err)
	}
	// Export and import into an empty file carry all of it.
	data := exportJSON(t, s)
	c, err := DecodeJSON(bytes.NewReader(data), cat)
	if err != nil {
		t.Fatal(err)
	}
	s2 := newStore(t)
	if err := s2.Import(c); err != nil {
		t.Fatal(err)
	}
	if again := exportJSON(t, s2); !bytes.Equal(again, data) {
		t.Errorf("round trip differs:\n%s\n---\n%s", data, again)
	}
	if !bytes.Contains(data, []byte(`"referrals"`)) || !bytes.Contains(data, []byte(`Primärt alkoholberoende`)) {
		t.Errorf("export lacks the referrals:\n%s", data)
	}
}

func TestDecodeRefusesLifecycle(t *testing.T) {
	base := `{"patients": [{"personnummer": "189103179801", "name": "T"}], "moments": [], "referrals": [%s]}`
	tests := []struct{ name, referral, want string }{
		{"no referred", `{"id": "r", "personnummer": "189103179801"}`, "referrals[0].referred: missing"},
		{"unknown patient", `{"id": "r", "personnummer": "189002099811", "referred": "2026-01-01"}`, "referrals[0].personnummer"},
		{"no reason", `{"id": "r", "personnummer": "189103179801", "referred": "2026-01-01", "decision": "no", "decided": "2026-01-02"}`, "referrals[0].reason"},
		{"bad check", `{"id": "r", "personnummer": "189103179801", "referred": "2026-01-01", "checklist": [{"key": "1", "answer": "kanske"}]}`, "referrals[0].checklist[0]"},
		{"bad item", `{"id": "r", "personnummer": "189103179801", "referred": "2026-01-01", "measurements": [{"instrument": "MADRS-S9", "answered": "2026-01-01T10:00", "items": [9]}]}`, "referrals[0].measurements[0]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeJSON(strings.NewReader(strings.Replace(base, "%s", tt.referral, 1)), programs.Default())
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want %q", err, tt.want)
			}
		})
	}
}

// receiver is a second unit's file with a patient of its own.
func receiver(t *testing.T) *Store {
	t.Helper()
	r := newStore(t)
	if _, err := r.AddMoment(caseload.Patient{PNR: "189506299818", Name: "Egen Patient"},
		caseload.Moment{ID: "r-1", PNR: "189506299818", Program: "sovhjalpen", Started: day("2026-11-02"), FeedbackDay: 2, Status: caseload.Active}); err != nil {
		t.Fatal(err)
	}
	return r
}

func TestHandoverRoundTrip(t *testing.T) {
	cat := programs.Default()
	for _, outcome := range []caseload.HandoverState{caseload.HandoverAccepted, caseload.HandoverDeclined, caseload.HandoverCancelled} {
		t.Run(string(outcome), func(t *testing.T) {
			dir := t.TempDir()
			send := exampleStore(t, filepath.Join(dir, "send.db"))
			recv := receiver(t)
			file := filepath.Join(dir, "overlamning.json")
			today := day("2026-11-23")
			if _, err := send.StartHandover(HandoverRequest{Moments: []string{"m-1"}, ToUnit: "VC Norr", FromUnit: "VC Syd", Day: today, Path: file}); !errors.Is(err, ErrNoConsent) {
				t.Fatalf("no consent: %v", err)
			}
			h, err := send.StartHandover(HandoverRequest{Moments: []string{"m-1"}, ToUnit: "VC Norr", FromUnit: "VC Syd", Consent: true, Day: today, Path: file})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := send.StartHandover(HandoverRequest{Moments: []string{"m-2"}, ToUnit: "VC Norr", Consent: true, Day: today, Path: file}); err == nil {
				t.Error("an existing file was overwritten")
			}
			info, err := os.Stat(file)
			if err != nil || info.Mode().Perm() != 0o600 {
				t.Fatalf("file mode: %v %v", info, err)
			}
			data, _ := os.ReadFile(file)
			if !bytes.Contains(data, []byte("Tolvan")) || bytes.Contains(data, []byte("Astrid")) || bytes.Contains(data, []byte("m-2")) || bytes.Contains(data, []byte("189002099811")) {
				t.Fatalf("the file holds more or less than m-1:\n%s", data)
			}
			// The sending side keeps the moment, and its flags, until the outcome.
			w, err := send.Worklist(cat, today, "")
			if err != nil {
				t.Fatal(err)
			}
			if !hasMoment(w.Moments, "m-1") {
				t.Error("m-1 left the worklist before the outcome")
			}
			if pending, _, _ := send.HandedOver("m-1"); !pending {
				t.Error("m-1 not marked överlämning pågår")
			}
			rh, err := recv.ReceiveHandover(data, cat)
			if err != nil {
				t.Fatal(err)
			}
			if rh.ID != h.ID || rh.State != caseload.HandoverPending {
				t.Errorf("received %+v", rh)
			}
			if _, _, err := recv.Moment("m-1"); !errors.Is(err, ErrNotFound) {
				t.Error("a pending handover joined the caseload")
			}
			switch outcome {
			case caseload.HandoverAccepted:
				if err := recv.AcceptHandover(h.ID, "Bo Berg", today, cat); err != nil {
					t.Fatal(err)
				}
				m, p, err := recv.Moment("m-1")
				if err != nil || m.Clinician != "Bo Berg" || p.Name != "Tolvan Tolvansson" {
					t.Fatalf("accepted moment: %+v %+v %v", m, p, err)
				}
			case caseload.HandoverDeclined:
				if err := recv.DeclineHandover(h.ID, today); err != nil {
					t.Fatal(err)
				}
			}
			if err := recv.AcceptHandover(h.ID, "Bo Berg", today, cat); !errors.Is(err, ErrNotPending) && outcome != caseload.HandoverCancelled {
				t.Errorf("second outcome: %v", err)
			}
			// The receiving file holds nothing of the sender's other patient,
			// and after a decline nothing of the handed-over one either.
			var n int
			recv.db.QueryRow(`SELECT count(*) FROM patients WHERE pnr = '189002099811'`).Scan(&n)
			if n != 0 {
				t.Error("the receiving file holds another patient")
			}
			if outcome == caseload.HandoverDeclined {
				recv.db.QueryRow(`SELECT count(*) FROM handovers WHERE payload IS NOT NULL`).Scan(&n)
				if n != 0 {
					t.Error("a declined handover kept its payload")
				}
			}
			if err := send.HandoverOutcome(h.ID, outcome, today.AddDays(1)); err != nil {
				t.Fatal(err)
			}
			m := moment(t, send, "m-1")
			w, _ = send.Worklist(cat, today.AddDays(1), "")
			if outcome == caseload.HandoverAccepted {
				if m.Status != caseload.Closed || m.ClosingReason != lifecycle.HandedOverReason || hasMoment(w.Moments, "m-1") {
					t.Errorf("accepted: %s %q", m.Status, m.ClosingReason)
				}
				if _, err := send.AddMessage("m-1", m.Version, caseload.Message{From: caseload.FromPatient, At: caseload.NewStamp(2026, 11, 25, 9, 0)}); err == nil {
					t.Error("a handed-over moment was written to")
				}
			} else if m.Status != caseload.Active || !hasMoment(w.Moments, "m-1") {
				t.Errorf("%s: moment is %s", outcome, m.Status)
			}
		})
	}
}

func hasMoment(rows []worklist.MomentRow, id string) bool {
	for _, r := range rows {
		if r.Moment == id {
			return true
		}
	}
	return false
}

func TestChangeClinician(t *testing.T) {
	s := exampleStore(t, filepath.Join(t.TempDir(), "x.db"))
	m := moment(t, s, "m-1")
	if _, err := s.ChangeClinician("m-1", m.Version, "Bo", false, day("2026-11-23")); !errors.Is(err, ErrNoConsent) {
		t.Errorf("not told: %v", err)
	}
	if _, err := s.ChangeClinician("m-1", m.Version, "Bo", true, day("2026-11-23")); err != nil {
		t.Fatal(err)
	}
	if got := moment(t, s, "m-1"); got.Clinician != "Bo" {
		t.Errorf("clinician = %q", got.Clinician)
	}
	hs, _ := s.Handovers()
	if len(hs) != 1 || hs[0].Direction != caseload.HandoverSame || hs[0].FromClinician != "Anna Lindqvist" {
		t.Errorf("handovers = %+v", hs)
	}
}

func TestGallra(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "ikbt.db")
	s := exampleStore(t, path)
	m := moment(t, s, "m-1")
	if _, err := s.EndTreatment("m-1", m.Version, caseload.Closed, "klar", day("2026-11-23")); err != nil {
		t.Fatal(err)
	}
	if err := s.HoldClosingVisit("m-1", day("2026-11-20"), []caseload.Check{{Key: "symptom-reduction", Answer: "ja"}}); err != nil {
		t.Fatal(err)
	}
	// A backup as a migration leaves, and files of the patient.
	if _, err := s.db.Exec(`VACUUM INTO ?`, path+".bak-v2"); err != nil {
		t.Fatal(err)
	}
	drafts := filepath.Join(dir, "drafts")
	os.Mkdir(drafts, 0o700)
	for _, f := range []string{"m-1.txt", "m-10.txt", "note_m-1.txt", "m-1-20261123-101500.txt", "m-10-20261123-101500.txt"} {
		os.WriteFile(filepath.Join(drafts, f), []byte("Tolvan"), 0o600)
	}
	r, err := s.Gallra("m-1", GallraOptions{Dirs: []string{drafts}})
	if err != nil {
		t.Fatal(err)
	}
	if !r.PatientRemoved || len(r.Rewritten) != 1 || len(r.Removed) != 3 {
		t.Errorf("report = %+v", r)
	}
	if _, err := os.Stat(filepath.Join(drafts, "m-10.txt")); err != nil {
		t.Error("another moment's file was removed")
	}
	// No row of the moment or its patient anywhere.
	dump := dumpAll(t, s)
	for _, needle := range []string{"m-1", "191212121212", "Tolvan"} {
		if strings.Contains(dump, needle) {
			t.Errorf("%q remains in the database", needle)
		}
	}
	if !strings.Contains(dump, "Astrid") {
		t.Error("the other patient was removed")
	}
	if err := s.IntegrityCheck(); err != nil {
		t.Fatal(err)
	}
	if info, err := os.Stat(path + "-wal"); err == nil && info.Size() != 0 {
		t.Errorf("WAL holds %d bytes", info.Size())
	}
	for _, f := range []string{path, path + ".bak-v2"} {
		raw, _ := os.ReadFile(f)
		if bytes.Contains(raw, []byte("Tolvan")) || bytes.Contains(raw, []byte("191212121212")) {
			t.Errorf("%s still holds the patient's bytes", filepath.Base(f))
		}
	}
	if _, err := s.Gallra("m-1", GallraOptions{}); !errors.Is(err, ErrNotFound) {
		t.Errorf("twice: %v", err)
	}
}

func dbTables(t *testing.T, s *Store) []string {
	rows, err := s.db.Query(`SELECT name FROM sqlite_schema WHERE type = 'table'`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var n string
		rows.Scan(&n)
		out = append(out, n)
	}
	return out
}

// dumpAll is every value of every row of every table, as text.
func dumpAll(t *testing.T, s *Store) string {
	var b strings.Builder
	ctx := context.Background()
	for _, table := range dbTables(t, s) {
		rows, err := s.db.QueryContext(ctx, `SELECT * FROM "`+table+`"`)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			rows.Scan(ptrs...)
			for _, v := range vals {
				switch x := v.(type) {
				case []byte:
					b.Write(x)
				case string:
					b.WriteString(x)
				}
				b.WriteByte('|')
			}
		}
		rows.Close()
	}
	return b.String()
}

// FuzzReadHandoverFile: a received handover file is checked whole; no
// input panics, and one that is accepted holds exactly what its header names.
func FuzzReadHandoverFile(f *testing.F) {
	f.Add(`{"handover": {"id": "H-1", "from_unit": "A", "to_unit": "B", "started": "2026-11-23", "moments": ["m-1"]},
"patients": [{"personnummer": "189103179801", "name": "T"}],
"moments": [{"id": "m-1", "personnummer": "189103179801", "program": "oroshjalpen", "started": "2026-11-02", "feedback_day": "onsdag",
 "modules": [], "measurements": [], "messages": []}],
"referrals": [{"id": "r", "personnummer": "189103179801", "referred": "2026-10-01", "decision": "ikbt", "decided": "2026-11-02", "moment": "m-1",
 "checklist": [{"key": "3", "answer": "nej"}], "measurements": [{"instrument": "MADRS-S9", "answered": "2026-10-20T10:00", "items": [4]}]}],
"closings": [{"moment": "m-1", "visit_on": "2026-12-01", "checks": [{"key": "referrer", "answer": "ja"}]}]}`)
	f.Add(`{"handover": {"id": "", "started": "x"}}`)
	f.Add(`{"patients": [], "moments": []}`)
	f.Fuzz(func(t *testing.T, s string) {
		h, c, err := ReadHandoverFile([]byte(s), programs.Default())
		if err != nil {
			return
		}
		var ids []string
		for _, m := range c.Moments {
			ids = append(ids, m.ID)
		}
		if !sameSet(ids, h.Moments) || h.Direction != caseload.HandoverIn {
			t.Fatalf("accepted %+v holding %v", h, ids)
		}
	})
}
