package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// runPhrase runs ikbt in-process with no personal phrases unless the
// test sets IKBT_PHRASES itself.
func runPhrase(t *testing.T, stdin string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	if os.Getenv("IKBT_PHRASES") == "" {
		t.Setenv("IKBT_PHRASES", filepath.Join(t.TempDir(), "none.tsv"))
	}
	var out, errb bytes.Buffer
	root := newRootCmd()
	root.SetArgs(args)
	root.SetOut(&out)
	root.SetErr(&errb)
	root.SetIn(strings.NewReader(stdin))
	err = root.Execute()
	return out.String(), errb.String(), err
}

func TestPhraseCommand(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"phrase", "behint3li"}, "Patienten har genomfört modul 3, ”Stresstankar, känslor och beteenden”. I modulen ingår att kartlägga stress med hjälp av situationsanalys samt fortsatt arbete med livsutrymme och tillämpad avslappning.\n"},
		{[]string{"phrase", "Madrs4"}, "MADRS-S fråga 9 om livslust\nPatientens poäng: 4 vilket indikerar suicidtankar (2.5 – 4.5)\n"},
		{[]string{"phrase", "madrs", "--score", "0"}, "MADRS-S fråga 9 om livslust\nPatientens poäng: 0 vilket indikerar normal aptit på livet (under 0.5)\n"},
		{[]string{"phrase", "uppint", "--next", "4", "--date", "2026-11-30"}, "Patienten tilldelas modul 4. Uppföljning den 2026-11-30\n"},
		{[]string{"phrase", "uppintutm", "--next", "6", "--challenge", "Gränssättning", "--date", "2026-11-30"}, "Patienten tilldelas modul 6 och första delen av utmaningsområdet Gränssättning. Uppföljning den 2026-11-30\n"},
		{[]string{"phrase", "KBTINTLI", "--module", "2"}, "KBT via internet, ”Livsbalansen”, modul 2\n"},
		{[]string{"phrase", "kbtintli", "--module", "8"}, "KBT via internet, ”Livsbalansen”, modul 8\n"},
		{[]string{"phrase", "kbtintst", "--module", "6"}, "KBT via internet, ”Stresshjälpen”, modul 6\n"},
		{[]string{"phrase", "uppint", "--next", "8", "--date", "2026-11-30"}, "Patienten tilldelas modul 8. Uppföljning den 2026-11-30\n"},
		{[]string{"phrase", "hallarb3"}, "I tredje delen av Hållbart arbetsliv ingår att beskriva och utforska relationer på arbetet.\n"},
		{[]string{"phrase", "i0"}, "Ikbt, avgiftsbefriat enligt Regionbeslut\n"},
	} {
		out, errOut, err := runPhrase(t, "", tc.args...)
		if err != nil || out != tc.want || errOut != "" {
			t.Errorf("%q: out %q, stderr %q, err %v; want %q", tc.args, out, errOut, err, tc.want)
		}
	}
}

func TestPhraseCommandErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want []string // in the error
	}{
		{[]string{"phrase", "behint3lii"}, []string{"behint3lii", "behint3li"}},
		{[]string{"phrase", "LIST"}, []string{"LIST"}}, // subcommand names are exact; anything else is a code
		{[]string{"phrase", "uppint", "--next", "4"}, []string{"uppint", "--date"}},
		{[]string{"phrase", "uppint", "--date", "2026-11-30"}, []string{"uppint", "--next"}},
		{[]string{"phrase", "uppint", "--module", "4", "--date", "2026-11-30"}, []string{"uppint", "--module", "--next"}},
		{[]string{"phrase", "kbtintli", "--next", "4"}, []string{"kbtintli", "--next", "--module"}},
		{[]string{"phrase", "kbtintli"}, []string{"kbtintli", "--module"}},
		{[]string{"phrase", "Madrs"}, []string{"Madrs", "--score"}},
		{[]string{"phrase", "madrs", "--score", "7"}, []string{"madrs", "0–6"}},
		{[]string{"phrase", "Madrs4", "--score", "3"}, []string{"Madrs4", "--score"}},
		{[]string{"phrase", "uppint", "--next", "4", "--date", "30/11"}, []string{"--date"}},
		{[]string{"phrase", "uppint", "--next", "0", "--date", "2026-11-30"}, []string{"--next"}},
		{[]string{"phrase", "kbtintli", "--module", "9"}, []string{"--module 9", "Livsbalansen har 8 moduler"}},
		{[]string{"phrase", "kbtintst", "--module", "7"}, []string{"--module 7", "Stresshjälpen Plus har 6 moduler"}},
		{[]string{"phrase", "uppint", "--next", "99", "--date", "2026-11-30"}, []string{"--next 99", "inget program har mer än 8 moduler"}},
		{[]string{"phrase"}, []string{"phrase list"}},
	} {
		out, _, err := runPhrase(t, "", tc.args...)
		if err == nil || out != "" {
			t.Errorf("%q: out %q, err %v; want an error and no output", tc.args, out, err)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%q: error %q does not mention %q", tc.args, err, w)
			}
		}
	}
}

func TestPhraseList(t *testing.T) {
	out, _, err := runPhrase(t, "", "phrase", "list")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 1+98 {
		t.Errorf("%d lines, want a header and 98 phrases", len(lines))
	}
	textCol := strings.Index(lines[0], "TEXT")
	for _, l := range lines {
		// Aligned: every text column starts at the same character.
		if r := []rune(l); len(r) < textCol {
			t.Errorf("short line %q", l)
		}
	}
	for _, want := range []string{"behint3li", "gränssättning1", "tillsjälv", "egen (7.2.6)", "Madrs6", "i0"} {
		if !strings.Contains(out, want) {
			t.Errorf("list lacks %q", want)
		}
	}
	for _, l := range lines {
		if strings.HasPrefix(l, "uppint ") {
			if !strings.Contains(l, "Planering") || !strings.Contains(l, "Patienten tilldelas modul x. Uppföljning den xx") {
				t.Errorf("uppint line %q", l)
			}
			if col := len([]rune(l[:strings.Index(l, "Patienten")])); col != len([]rune(lines[0][:textCol])) {
				t.Errorf("uppint text starts at %d, header TEXT at %d", col, textCol)
			}
		}
	}
	en, _, _ := runPhrase(t, "", "--lang", "en", "phrase", "list")
	if !strings.HasPrefix(en, "CODE") || !strings.Contains(en, "ours (7.2.6)") {
		t.Errorf("English list header: %q", strings.SplitN(en, "\n", 2)[0])
	}
}

func TestPhraseExpand(t *testing.T) {
	draft := "Återkoppling given, patienten mår bättre.\nbehint3li\nPlan: uppint – ”hallarb2”.\n\nMvh Åsa "
	path := filepath.Join(t.TempDir(), "utkast.txt")
	if err := os.WriteFile(path, []byte(draft), 0o600); err != nil {
		t.Fatal(err)
	}
	want := "Återkoppling given, patienten mår bättre.\n" +
		"Patienten har genomfört modul 3, ”Stresstankar, känslor och beteenden”. I modulen ingår att kartlägga stress med hjälp av situationsanalys samt fortsatt arbete med livsutrymme och tillämpad avslappning.\n" +
		"Plan: Patienten tilldelas modul 4. Uppföljning den 2026-11-30 – ”I andra delen av Hållbart arbetsliv ingår att beskriva sina arbetsvillkor”.\n\nMvh Åsa "
	for _, src := range []string{path, "-"} {
		out, errOut, err := runPhrase(t, draft, "phrase", "expand", src, "--next", "4", "--date", "2026-11-30")
		if err != nil || out != want || errOut != "" {
			t.Errorf("expand %s: err %v, stderr %q\n got %q\nwant %q", src, err, errOut, out, want)
		}
	}
	// Missing date: the draft is printed with uppint as typed, and the code is reported.
	out, errOut, err := runPhrase(t, draft, "phrase", "expand", "-", "--next", "4")
	if err == nil || !strings.Contains(errOut, "stdin:3:7:") || !strings.Contains(errOut, "--date") {
		t.Errorf("expand without --date: err %v, stderr %q", err, errOut)
	}
	if !strings.Contains(out, "Plan: uppint – ”I andra delen") {
		t.Errorf("expand without --date: out %q", out)
	}
	if _, _, err := runPhrase(t, "", "phrase", "expand", filepath.Join(t.TempDir(), "saknas.txt")); err == nil {
		t.Errorf("expand of a missing file succeeded")
	}
}

// In a note whose program is known (--program, or its kbtint code), an
// unknown code and a code of another program are left as typed and named
// on stderr with the nearest codes, in Swedish unless --lang en.
func TestPhraseExpandNamesWrongCodes(t *testing.T) {
	draft := "kbtinto\nÅtgärd: behint3li och behint9o.\n"
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"phrase", "expand", "-", "--module", "3"}, []string{
			`stdin:2:9: fraskoden "behint3li" hör till Livsbalansen, inte till Oroshjälpen Plus; menade du behint3o`,
			`stdin:2:23: okänd fraskod "behint9o"; menade du behint1o`}},
		{[]string{"--lang", "en", "phrase", "expand", "-", "--module", "3"}, []string{
			`phrase code "behint3li" belongs to Livsbalansen, not to Oroshjälpen Plus; did you mean behint3o`,
			`unknown phrase code "behint9o"; did you mean behint1o`}},
	} {
		out, errOut, err := runPhrase(t, draft, tc.args...)
		if err == nil {
			t.Errorf("%q: exit 0", tc.args)
		}
		if want := "KBT via internet, ”Oroshjälpen”, modul 3\nÅtgärd: behint3li och behint9o.\n"; out != want {
			t.Errorf("%q: out %q, want %q", tc.args, out, want)
		}
		for _, w := range tc.want {
			if !strings.Contains(errOut, w) {
				t.Errorf("%q: stderr %q lacks %q", tc.args, errOut, w)
			}
		}
	}
	// --program without a kbtint code in the draft.
	_, errOut, err := runPhrase(t, "behint3li", "phrase", "expand", "-", "--program", "oroshjalpen")
	if err == nil || !strings.Contains(errOut, "behint3o") {
		t.Errorf("--program: %v %q", err, errOut)
	}
	if _, _, err := runPhrase(t, "x", "phrase", "expand", "-", "--program", "nope"); err == nil {
		t.Error("--program nope accepted")
	}
}

func TestPhrasePersonalFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "phrases.tsv")
	if err := os.WriteFile(path, []byte("egen1\tMin egen fras.\nfel rad\nbehint3li\tMin modul 3.\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("IKBT_PHRASES", path)
	out, errOut, err := runPhrase(t, "", "phrase", "egen1")
	if err != nil || out != "Min egen fras.\n" {
		t.Errorf("personal phrase: out %q, err %v", out, err)
	}
	if !strings.Contains(errOut, path+":2:") {
		t.Errorf("bad line not reported with file and line: %q", errOut)
	}
	if out, _, _ := runPhrase(t, "", "phrase", "behint3li"); out != "Min modul 3.\n" {
		t.Errorf("override: %q", out)
	}
	if out, _, _ := runPhrase(t, "", "phrase", "behint4li"); !strings.HasPrefix(out, "Patienten har genomfört modul 4") {
		t.Errorf("built-in after a bad personal file: %q", out)
	}
	// --phrases wins over the environment.
	other := filepath.Join(t.TempDir(), "other.tsv")
	os.WriteFile(other, []byte("egen2\tAnnan.\n"), 0o600)
	if out, _, err := runPhrase(t, "", "phrase", "egen2", "--phrases", other); err != nil || out != "Annan.\n" {
		t.Errorf("--phrases: out %q, err %v", out, err)
	}
}

// TestPhraseBinary runs the built command as a user would: exit codes,
// nothing on stdout on error, the message on stderr.
func TestPhraseBinary(t *testing.T) {
	bin := buildBinary(t)
	env := append(os.Environ(), "IKBT_PHRASES="+filepath.Join(t.TempDir(), "none.tsv"))
	for _, tc := range []struct {
		args     []string
		code     int
		stdout   string
		inStderr string
	}{
		{[]string{"phrase", "Madrs4"}, 0, "MADRS-S fråga 9 om livslust\nPatientens poäng: 4 vilket indikerar suicidtankar (2.5 – 4.5)\n", ""},
		{[]string{"phrase", "uppint", "--next", "4", "--date", "2026-11-30"}, 0, "Patienten tilldelas modul 4. Uppföljning den 2026-11-30\n", ""},
		{[]string{"phrase", "behnt3li"}, 1, "", `okänd fraskod "behnt3li"; menade du behint3li`},
		{[]string{"--lang", "en", "phrase", "behnt3li"}, 1, "", `unknown phrase code "behnt3li"; did you mean behint3li`},
		{[]string{"phrase", "uppint", "--next", "4"}, 1, "", "uppint behöver ett uppföljningsdatum (ge --date"},
	} {
		cmd := exec.Command(bin, tc.args...)
		cmd.Env = env
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		err := cmd.Run()
		code := 0
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		if code != tc.code || out.String() != tc.stdout || !strings.Contains(errb.String(), tc.inStderr) {
			t.Errorf("ikbt %q: exit %d, stdout %q, stderr %q; want exit %d, stdout %q, stderr with %q",
				tc.args, code, out.String(), errb.String(), tc.code, tc.stdout, tc.inStderr)
		}
	}
}
