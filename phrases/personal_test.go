package phrases

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ikbt/ikbt/caseload"
)

func writeFile(t *testing.T, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "phrases.tsv")
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoadPersonal(t *testing.T) {
	path := writeFile(t, strings.Join([]string{
		"# my phrases",
		"",
		"mitt1\tPatienten har fått återkoppling skriftligt.",
		"behint3li\tEgen text om modul 3.",                       // override, keeps sökord
		"hallarb1\tÅtgärd (behandlingsinsats)\tEgen Hållbart 1.", // override via the folded spelling
		"uppf\tPlanering\tNästa kontakt {datum}, modul {nästa}.\\nRing vid behov.",
		"tot\tMADRS-S totalt {poäng} poäng.   ",
	}, "\n")+"\n")
	set, errs := Load(path)
	if len(errs) != 0 {
		t.Fatalf("errors: %v", errs)
	}
	d := caseload.NewDate(2026, 12, 7)
	score := 21
	for _, tc := range []struct{ code, want string }{
		{"MITT1", "Patienten har fått återkoppling skriftligt."},
		{"behint3li", "Egen text om modul 3."},
		{"hållarb1", "Egen Hållbart 1."},
		{"uppf", "Nästa kontakt 2026-12-07, modul 5.\nRing vid behov."},
		{"tot", "MADRS-S totalt 21 poäng."},
		{"behint4li", manualText(t, "behint4li")}, // built-in still there
	} {
		got, err := set.Expand(tc.code, Params{Module: 3, Next: 5, Date: d, Score: &score})
		if err != nil || got != tc.want {
			t.Errorf("Expand(%q) = %q, %v; want %q", tc.code, got, err, tc.want)
		}
	}
	p, _ := set.Lookup("behint3li")
	if !p.Personal || p.Sokord != "Åtgärd (behandlingsinsats)" || p.Module != 3 || p.Program != "livsbalansen" || p.Source != path+":4" {
		t.Errorf("overridden behint3li = %+v; want personal, source line 4, the built-in's sökord and module", p)
	}
	if got, _ := set.ForModule("livsbalansen", "", 3); got.Text != "Egen text om modul 3." {
		t.Errorf("ForModule after override = %q", got.Text)
	}
	if got := len(set.List()); got != builtinCount+3 {
		t.Errorf("List has %d phrases, want %d", got, builtinCount+3)
	}
	// The built-in set is not changed by loading.
	if got, _ := Expand("behint3li", Params{}); got != manualText(t, "behint3li") {
		t.Errorf("built-in behint3li changed to %q", got)
	}
}

func manualText(t *testing.T, code string) string {
	t.Helper()
	for _, m := range manual {
		if m.code == code {
			return m.text
		}
	}
	t.Fatalf("no %s in the manual table", code)
	return ""
}

func TestLoadPersonalErrors(t *testing.T) {
	path := writeFile(t, strings.Join([]string{
		"ok1\tBra text.",                    // 1
		"inget tab här",                     // 2
		"a-b\tText",                         // 3
		"list\tText",                        // 4
		"ok2\t   ",                          // 5
		"ok3\tModul {x}",                    // 6
		"OK1\tDubblett",                     // 7
		"ok4\tS\tT\textra",                  // 8
		"ok5\tText med \x1b[31mfärg\x1b[0m", // 9
		"ok6\t\xff\xfe",                     // 10
		"ok7\tSista bra.",                   // 11
	}, "\n"))
	set, errs := Load(path)
	want := map[int]string{
		2: "fields", 3: "letters and digits", 4: "name of a command", 5: "no text",
		6: "unknown placeholder", 7: "already on line 1", 8: "fields", 9: "control character", 10: "UTF-8",
	}
	if len(errs) != len(want) {
		t.Errorf("%d errors, want %d: %v", len(errs), len(want), errs)
	}
	for _, err := range errs {
		var fe *FileError
		if !errors.As(err, &fe) || fe.File != path {
			t.Errorf("error %v is not a *FileError for %s", err, path)
			continue
		}
		if w, ok := want[fe.Line]; !ok || !strings.Contains(err.Error(), w) {
			t.Errorf("line %d: %v; want it to say %q", fe.Line, err, want[fe.Line])
		}
		if !strings.HasPrefix(err.Error(), path+":") {
			t.Errorf("error %q does not start with file:line", err)
		}
	}
	// Good lines and built-ins keep working.
	for _, code := range []string{"ok1", "ok7", "behint3li", "Madrs4"} {
		if _, err := set.Expand(code, Params{}); err != nil {
			t.Errorf("Expand(%q) after a bad file: %v", code, err)
		}
	}
}

func TestLoadMissingOrUnreadable(t *testing.T) {
	set, errs := Load(filepath.Join(t.TempDir(), "none.tsv"))
	if len(errs) != 0 || len(set.List()) != builtinCount {
		t.Errorf("missing file: %d phrases, errors %v", len(set.List()), errs)
	}
	dir := t.TempDir() // a directory cannot be read as a file
	set, errs = Load(dir)
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), dir) {
		t.Errorf("unreadable file: errors %v, want one naming %s", errs, dir)
	}
	if _, err := set.Expand("behint1li", Params{}); err != nil {
		t.Errorf("built-ins after an unreadable file: %v", err)
	}
}

func TestPersonalPath(t *testing.T) {
	t.Setenv(PersonalEnv, "/x/y.tsv")
	if got := PersonalPath(); got != "/x/y.tsv" {
		t.Errorf("PersonalPath with %s = %q", PersonalEnv, got)
	}
	t.Setenv(PersonalEnv, "")
	if got := PersonalPath(); !strings.HasSuffix(got, filepath.Join("ikbt", "phrases.tsv")) {
		t.Errorf("PersonalPath = %q, want …/ikbt/phrases.tsv", got)
	}
}
