package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// noteDB imports the import format's example moments.
func noteDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "ikbt.db")
	if _, _, err := runIkbt(t, "import", "--db", db, exampleFile); err != nil {
		t.Fatal(err)
	}
	t.Setenv("IKBT_PHRASES", filepath.Join(t.TempDir(), "none.tsv"))
	return db
}

// m-1 (Oroshjälpen): module 1 given feedback, module 2 submitted on
// 2026-11-19; the agreed day is Tuesday. m-2 (Livsbalansen, maintenance):
// no modules.
func TestNoteCommand(t *testing.T) {
	db := noteDB(t)
	feedback := `Kontaktorsak: KBT via internet, ”Oroshjälpen”, modul 2

Kontaktsätt: Skriftlig kontakt via 1177 Stöd och behandling

Behandlingsprogram: Oroshjälpen Plus

Åtgärd (behandlingsinsats): Patienten har genomfört modul 2, ”Situationsanalyser”. I modulen ingår fortsatt arbete med aktivitets- och orosdagbok samt att påbörja arbete med situationsanalyser.

Planering: Patienten tilldelas modul 3. Uppföljning den 2026-11-24

Diagnos: F41.1 + DU011, ZV044
`
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"note", "m-1"}, feedback},
		{[]string{"note", "m-1", "--kind", "feedback"}, feedback},
		{[]string{"note", "m-1", "--kind", "reminder", "--contact", "telefon"}, `Kontaktorsak: KBT via internet, ”Oroshjälpen”, modul 2

Kontaktsätt: Telefonkontakt som ersätter besök

Behandlingsprogram: Oroshjälpen Plus

Åtgärd (behandlingsinsats): Patienten har inte hört av sig på avtalad tid och har inte skickat in modul 2.
Patienten kontaktad via telefon för påminnelse.

Planering: Patienten fortsätter med modul 2. Uppföljning den 2026-11-24

Diagnos: F41.1 + DU011, ZV044, ZV051
`},
		{[]string{"note", "m-1", "--kind", "start"}, `Kontaktorsak: KBT via internet, ”Oroshjälpen”, modul 1

Kontaktsätt: Skriftlig kontakt via 1177 Stöd och behandling

Skattningsskalor: GAD-7: 14 poäng, Måttlig ångest. Mättillfälle: Bedömning
MADRS-S: 16 poäng, Lindrig depression. Mättillfälle: Bedömning
MADRS-S fråga 9 om livslust
Patientens poäng: 1 vilket indikerar meningslöshetskänslor (0.5 – 2.5)

Behandlingsprogram: Oroshjälpen Plus

Åtgärd (behandlingsinsats): Behandlingen har startats i 1177 Stöd och behandling och patienten har fått välkomstmeddelande.

Planering: Patienten tilldelas modul 1. Uppföljning den 2026-11-24

Diagnos: F41.1 + DU011, ZV044
`},
	} {
		args := append(tc.args, "--db", db, "--today", "2026-11-22")
		out, errOut, err := runIkbt(t, args...)
		if err != nil || out != tc.want || errOut != "" {
			t.Errorf("%q: err %v, stderr %q\n got:\n%s\nwant:\n%s", tc.args, err, errOut, out, tc.want)
		}
	}
}

func TestNoteCommandErrors(t *testing.T) {
	db := noteDB(t)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"note", "m-9"}, "momentet m-9 finns inte i " + db},
		{[]string{"note", "m-1", "--kind", "weekly"}, `okänd anteckningstyp "weekly"`},
		{[]string{"note", "m-1", "--kind", "flag"}, "momentet m-1 har ingen omhändertagen röd flagga"},
		{[]string{"note", "m-1", "--kind", "closing"}, "momentet m-1 är inte avslutat"},
		{[]string{"note", "m-2", "--kind", "feedback"}, "momentet m-2 har ingen inskickad eller återkopplad modul"},
		{[]string{"note", "m-2", "--kind", "reminder"}, "momentet m-2 är i vidmakthållande"},
		{[]string{"note", "m-1", "--kind", "followup"}, "momentet m-1 är en pågående behandling"},
		{[]string{"--lang", "en", "note", "m-2", "--kind", "feedback"}, "moment m-2 has no module submitted or given feedback yet"},
		{[]string{"note", "m-2", "--kind", "free"}, "momentet m-2: anteckningen (fri anteckning) kan inte byggas: huvuddiagnos saknas"},
		{[]string{"note", "m-1", "--contact", "fax"}, `okänt kontaktsätt "fax"`},
		{[]string{"note", "m-1", "--today", "25/11"}, "--today"},
	} {
		args := append(tc.args, "--db", db)
		if !strings.Contains(strings.Join(tc.args, " "), "--today") {
			args = append(args, "--today", "2026-11-22")
		}
		out, _, err := runIkbt(t, args...)
		if err == nil || out != "" || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: out %q, err %v; want %q", tc.args, out, err, tc.want)
		}
	}
}

// --draft expands a draft's codes with the moment's own values: modul is
// the module the contact is about (2), the module assigned is 3.
func TestNoteCommandDraft(t *testing.T) {
	db := noteDB(t)
	draft := "kbtinto\nPlanering: uppint\nbehint3li behint9o\n"
	path := filepath.Join(t.TempDir(), "utkast.txt")
	os.WriteFile(path, []byte(draft), 0o600)
	for _, src := range []string{path, "-"} {
		out, errOut, err := runPhrase(t, draft, "note", "m-1", "--draft", src, "--db", db, "--today", "2026-11-22")
		want := "KBT via internet, ”Oroshjälpen”, modul 2\nPlanering: Patienten tilldelas modul 3. Uppföljning den 2026-11-24\nbehint3li behint9o\n"
		if out != want {
			t.Errorf("%s: got %q\nwant %q", src, out, want)
		}
		if err == nil || !strings.Contains(errOut, `:3:1: fraskoden "behint3li" hör till Livsbalansen`) || !strings.Contains(errOut, `:3:11: okänd fraskod "behint9o"; menade du behint1o`) {
			t.Errorf("%s: err %v stderr %q", src, err, errOut)
		}
	}
}
