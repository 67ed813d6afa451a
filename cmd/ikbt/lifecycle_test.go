package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ikbt/ikbt/usertext"
)

// TestLifecycleCommands runs a morning as a clinician would: a referral
// from arrival to the start, a handover between two files, and gallring.
func TestLifecycleCommands(t *testing.T) {
	t.Setenv("IKBT_CONFIG", filepath.Join(t.TempDir(), "none"))
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.db"), filepath.Join(dir, "b.db")
	steps := []struct {
		args []string
		want string // in stdout; "!" + text: an error containing text
	}{
		{[]string{"--db", a, "--today", "2026-03-02", "referral", "add", "--pnr", "189103179801", "--name", "Tyra Test", "--clinician", "Ann"}, "Remiss R-20260302-1 tillagd för Tyra Test (18910317-XXXX)"},
		{[]string{"--db", a, "--today", "2026-03-02", "referral", "add", "--pnr", "189103179802", "--name", "X"}, "!--pnr"},
		{[]string{"--db", a, "--today", "2026-03-11", "referral", "list"}, "kontakta (3.5.2)  2026-03-09  2"},
		{[]string{"--db", a, "--today", "2026-03-11", "--lang", "en", "referral", "list"}, "contact (3.5.2)"},
		{[]string{"--db", a, "--today", "2026-03-11", "referral", "step", "R-20260302-1", "contacted"}, "kontaktad 2026-03-11"},
		{[]string{"--db", a, "--today", "2026-03-11", "referral", "answer", "R-20260302-1", "--instrument", "MADRS-S9", "--items", "4"}, "RÖD FLAGGA: MADRS-S fråga 9 = 4"},
		{[]string{"--db", a, "--today", "2026-03-12", "referral", "decide", "R-20260302-1", "--yes", "--moment", "m-t", "--program", "oroshjalpen", "--feedback-day", "onsdag"}, "moment m-t startar 2026-03-12"},
		{[]string{"--db", a, "--today", "2026-03-12", "referral", "decide", "R-20260302-1", "--no", "--reason", "x"}, "!remissen är redan beslutad"},
		{[]string{"--db", a, "--today", "2026-03-12", "handover", "start", "m-t", "--to-unit", "VC Norr", "--out", filepath.Join(dir, "h.json"), "--confirm"}, "!godkännande"},
		{[]string{"--db", a, "--today", "2026-03-12", "handover", "start", "m-t", "--to-unit", "VC Norr", "--out", filepath.Join(dir, "h.json"), "--consent"}, "!--confirm"},
		{[]string{"--db", a, "--today", "2026-03-12", "handover", "start", "m-t", "--to-unit", "VC Norr", "--out", filepath.Join(dir, "h.json"), "--consent", "--confirm"}, "fil skriven till " + filepath.Join(dir, "h.json")},
		{[]string{"--db", b, "--today", "2026-03-13", "handover", "receive", filepath.Join(dir, "h.json")}, "mottagen (1 moment)"},
		{[]string{"--db", b, "--today", "2026-03-13", "handover", "accept", "H-20260312-1", "--clinician", "Bo"}, "godkänd, behandlare Bo"},
		{[]string{"--db", a, "--today", "2026-03-13", "handover", "outcome", "H-20260312-1", "accepted"}, "överlämnad"},
		{[]string{"--db", a, "--today", "2026-03-13", "gallra", "--days", "0"}, "m-t  Tyra Test  18910317-XXXX  överlämnat"},
		{[]string{"--db", a, "--today", "2026-03-13", "gallra", "m-t"}, "Ingenting är borttaget"},
		{[]string{"--db", a, "--today", "2026-03-13", "--lang", "en", "gallra", "m-t", "--yes"}, "still there (a handover file you wrote; remove it if it is not needed): " + filepath.Join(dir, "h.json")},
		{[]string{"--db", a, "--today", "2026-03-13", "gallra", "--days", "0"}, "Inget att föreslå"},
	}
	for _, st := range steps {
		out, _, err := runIkbt(t, st.args...)
		if strings.HasPrefix(st.want, "!") {
			if err == nil || !strings.Contains(sayError(err, usertext.Swedish), st.want[1:]) {
				t.Fatalf("%v: err = %v, want %q", st.args, err, st.want[1:])
			}
			continue
		}
		if err != nil || !strings.Contains(out, st.want) {
			t.Fatalf("%v: %q, %v; want %q", st.args, out, err, st.want)
		}
	}
	info, err := os.Stat(filepath.Join(dir, "h.json"))
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("handover file: %v %v", info, err)
	}
	exp, _, _ := runIkbt(t, "--db", b, "export")
	if !strings.Contains(exp, `"clinician": "Bo"`) || !strings.Contains(exp, "Tyra Test") {
		t.Errorf("receiving export:\n%s", exp)
	}
	raw, _ := os.ReadFile(a)
	if strings.Contains(string(raw), "Tyra") {
		t.Error("the sending file still holds the patient's name after gallring")
	}
}
