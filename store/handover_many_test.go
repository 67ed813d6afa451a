package store

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/demo"
	"github.com/ikbt/ikbt/lifecycle"
	"github.com/ikbt/ikbt/personnummer"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/worklist"
)

// TestHandoverSeveralMoments is issue 16's round trip between two
// database files with three moments in one handover (one of them with an
// open red flag): the file holds exactly those moments and their
// patients; the sending worklist keeps their rows, marks and flags until
// the outcome; the receiving one lists the handover, not the moments, until
// it is accepted; then per outcome: accepted (the moments leave the
// sender's worklist, flags and follow-up with them, and are read-only),
// declined by the receiver (8.2.4) or cancelled by the sender (8.2.2),
// both back to active with their flags.
func TestHandoverSeveralMoments(t *testing.T) {
	cat := programs.Default()
	give := []string{"demo-02", "demo-03", "demo-04"} // demo-03: MADRS-S item 9, a red flag
	for _, outcome := range []caseload.HandoverState{caseload.HandoverAccepted, caseload.HandoverDeclined, caseload.HandoverCancelled} {
		t.Run(string(outcome), func(t *testing.T) {
			dir := t.TempDir()
			send := mustOpen(t, filepath.Join(dir, "a.db"))
			t.Cleanup(func() { send.Close() })
			if err := send.ImportNew(demo.Generate(today, 0)); err != nil {
				t.Fatal(err)
			}
			all, err := send.Export()
			if err != nil {
				t.Fatal(err)
			}
			recv := newStore(t) // another unit's file, with a patient of its own
			own := personnummer.Number("19850315982" + string(rune('0'+personnummer.CheckDigit("850315982"))))
			if _, err := recv.AddMoment(caseload.Patient{PNR: own, Name: "Egen Patient"},
				caseload.Moment{ID: "r-1", PNR: own, Program: "sovhjalpen", Started: today.AddDays(-3), FeedbackDay: 2, Status: caseload.Active}); err != nil {
				t.Fatal(err)
			}
			file := filepath.Join(dir, "to-norr.json")
			before := flagsOf(t, send, today, give)
			if before["demo-03"] == 0 {
				t.Fatal("demo-03 has no open flag to keep: the fixture changed")
			}

			// A moment that is not open refuses the whole handover: no file, nothing pending.
			if _, err := send.StartHandover(HandoverRequest{Moments: append(slices.Clone(give), "demo-01"), ToUnit: "VC Norr", Consent: true, Day: today, Path: file}); err == nil {
				t.Fatal("a closed moment was handed over")
			}
			if _, err := os.Stat(file); !errors.Is(err, os.ErrNotExist) {
				t.Fatalf("a refused handover left its file: %v", err)
			}
			if p, _, _ := send.HandedOver("demo-02"); p {
				t.Fatal("a refused handover left demo-02 pending")
			}

			h, err := send.StartHandover(HandoverRequest{Moments: give, FromUnit: "VC Syd", ToUnit: "VC Norr", FromClinician: demo.Clinician,
				Consent: true, Day: today, Path: file})
			if err != nil {
				t.Fatal(err)
			}
			if fi, err := os.Stat(file); err != nil || fi.Mode().Perm() != 0o600 {
				t.Fatalf("file: %v %v", fi, err)
			}
			data, _ := os.ReadFile(file)
			_, c, err := ReadHandoverFile(data, cat)
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, m := range c.Moments {
				ids = append(ids, m.ID)
			}
			if !sameSet(ids, give) || len(c.Patients) != len(give) {
				t.Fatalf("the file holds moments %v and %d patients, want %v", ids, len(c.Patients), give)
			}
			// Nothing of any other patient: no other personnummer or name in the bytes.
			for _, p := range all.Patients {
				mine := false
				for _, m := range c.Moments {
					mine = mine || m.PNR == p.PNR
				}
				if !mine && (bytes.Contains(data, []byte(p.PNR.String())) || bytes.Contains(data, []byte(p.Name))) {
					t.Errorf("the file holds %s of another moment", p.PNR.Masked())
				}
			}

			// Sending side, pending: rows marked, flags kept (8.2.1).
			w, err := send.Worklist(cat, today, "")
			if err != nil {
				t.Fatal(err)
			}
			for _, id := range give {
				if r := momentRowOf(w, id); r == nil || r.Handover != caseload.HandoverPending {
					t.Errorf("%s: row %+v, want marked pending", id, r)
				}
			}
			if got := flagsOf(t, send, today, give); !mapsEqual(got, before) {
				t.Errorf("flags while pending = %v, want %v", got, before)
			}
			if hr := handoverRow(w, h.ID); hr == nil || hr.Direction != caseload.HandoverOut || len(hr.Moments) != 3 {
				t.Errorf("sender's handovers part: %+v", w.Handovers)
			}

			// Receiving side: the handover waits in its part, nothing in the caseload.
			if _, err := recv.ReceiveHandover(data, cat); err != nil {
				t.Fatal(err)
			}
			rw, err := recv.Worklist(cat, today, "")
			if err != nil {
				t.Fatal(err)
			}
			hr := handoverRow(rw, h.ID)
			if hr == nil || hr.Direction != caseload.HandoverIn || len(hr.Moments) != 3 || hr.Moments[0].Name == "" {
				t.Fatalf("receiver's handovers part: %+v", rw.Handovers)
			}
			if len(rw.Moments) != 1 || len(flagsOf(t, recv, today, give)) != 0 {
				t.Errorf("a pending handover reached the receiver's caseload: %d moments, %d flags", len(rw.Moments), len(rw.Flags))
			}

			switch outcome {
			case caseload.HandoverAccepted:
				if err := recv.AcceptHandover(h.ID, "Bo Berg", today, cat); err != nil {
					t.Fatal(err)
				}
				rw, _ = recv.Worklist(cat, today, "")
				for _, id := range give {
					if r := momentRowOf(rw, id); r == nil || r.Clinician != "Bo Berg" {
						t.Errorf("receiver: %s = %+v", id, r)
					}
				}
				if got := flagsOf(t, recv, today, give); !mapsEqual(got, before) {
					t.Errorf("receiver's flags = %v, want the sender's %v", got, before)
				}
			case caseload.HandoverDeclined:
				if err := recv.DeclineHandover(h.ID, today); err != nil {
					t.Fatal(err)
				}
			}
			rc, _ := recv.Export()
			wantMoments := 1
			if outcome == caseload.HandoverAccepted {
				wantMoments += len(give)
			}
			if len(rc.Moments) != wantMoments || len(rc.Patients) != wantMoments {
				t.Errorf("receiver holds %d moments, %d patients; want %d", len(rc.Moments), len(rc.Patients), wantMoments)
			}
			if rw, _ = recv.Worklist(cat, today, ""); len(rw.Handovers) != 0 && outcome != caseload.HandoverCancelled {
				t.Errorf("receiver: settled handover still listed: %+v", rw.Handovers)
			}

			// The outcome on the sending side.
			next := today.AddDays(1)
			if err := send.HandoverOutcome(h.ID, outcome, next); err != nil {
				t.Fatal(err)
			}
			if err := send.HandoverOutcome(h.ID, outcome, next); !errors.Is(err, ErrNotPending) {
				t.Errorf("a second outcome: %v", err)
			}
			w, _ = send.Worklist(cat, next, "")
			if handoverRow(w, h.ID) != nil {
				t.Errorf("a settled handover still in the sender's part")
			}
			for _, id := range give {
				m := moment(t, send, id)
				if outcome == caseload.HandoverAccepted {
					if momentRowOf(w, id) != nil || m.ClosingReason != lifecycle.HandedOverReason {
						t.Errorf("%s accepted: row %v, reason %q", id, momentRowOf(w, id) != nil, m.ClosingReason)
					}
					for _, f := range w.Flags {
						if f.Moment == id {
							t.Errorf("%s handed over still flags %s on the sender", id, f.Kind)
						}
					}
					for _, d := range w.Measurements {
						if d.Moment == id {
							t.Errorf("%s handed over still has %s due on the sender", id, d.Instrument)
						}
					}
					if _, err := send.AddMessage(id, m.Version, caseload.Message{From: caseload.FromPatient, At: caseload.NewStamp(2026, 11, 24, 9, 0)}); err == nil {
						t.Errorf("%s: a handed-over moment was written to", id)
					}
					continue
				}
				if r := momentRowOf(w, id); r == nil || r.Handover != "" || m.Status != caseload.Active {
					t.Errorf("%s %s: back to active and unmarked? row %+v, status %s", id, outcome, r, m.Status)
				}
			}
			if outcome != caseload.HandoverAccepted {
				if got := flagsOf(t, send, next, give); got["demo-03"] == 0 {
					t.Errorf("%s: demo-03's red flag is gone: %v", outcome, got)
				}
			}
		})
	}
}

func momentRowOf(w worklist.Worklist, id string) *worklist.MomentRow {
	for i := range w.Moments {
		if w.Moments[i].Moment == id {
			return &w.Moments[i]
		}
	}
	return nil
}

func handoverRow(w worklist.Worklist, id string) *worklist.HandoverRow {
	for i := range w.Handovers {
		if w.Handovers[i].Handover == id {
			return &w.Handovers[i]
		}
	}
	return nil
}

// flagsOf counts the open red flags of each of ids in s's worklist on day.
func flagsOf(t *testing.T, s *Store, day caseload.Date, ids []string) map[string]int {
	t.Helper()
	w, err := s.Worklist(programs.Default(), day, "")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]int{}
	for _, f := range w.Flags {
		if slices.Contains(ids, f.Moment) && worklist.IsRed(f.Kind) {
			out[f.Moment]++
		}
	}
	return out
}

func mapsEqual(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}
