package phrases

import (
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/ikbt/ikbt/caseload"
)

func TestCheckCodes(t *testing.T) {
	text := "Återkoppling. behint9o och behint3li, ”kbtinto”.\nDU011, ZV044, F43.8, MADRS-S 18, Madrs, 1177, tillsjälv behint2o 2ggr v47 covid19"
	got := Builtin().CheckCodes(text, "oroshjalpen")
	type want struct {
		word      string
		kind      IssueKind
		line, col int
		first     string // first suggestion
	}
	wants := []want{
		{"behint9o", IssueUnknown, 1, 15, "behint1o"},
		{"behint3li", IssueForeign, 1, 28, "behint3o"},
	}
	if len(got) != len(wants) {
		t.Fatalf("issues %+v; want %d", got, len(wants))
	}
	for i, w := range wants {
		g := got[i]
		if g.Word != w.word || g.Kind != w.kind || g.Line != w.line || g.Col != w.col || len(g.Suggestions) == 0 || g.Suggestions[0] != w.first {
			t.Errorf("issue %d = %+v; want %+v", i, g, w)
		}
		if text[g.Start:g.End] != g.Word {
			t.Errorf("issue %d span %q", i, text[g.Start:g.End])
		}
		if !strings.Contains(g.Error(), w.word) || !strings.Contains(g.Error(), w.first) {
			t.Errorf("issue %d message %q", i, g.Error())
		}
	}
	// Without a program nothing is foreign.
	if got := Builtin().CheckCodes("behint3li", ""); len(got) != 0 {
		t.Errorf("no program: %+v", got)
	}
}

func TestLooksLikeCode(t *testing.T) {
	for w, want := range map[string]bool{
		"behint9o": true, "Madrs7": true, "kbtint": false, "DU011": false, "ZV051": false, "F43": false,
		"1177": false, "MADRS-S": false, "2026-11-30": false, "modul": false, "hållarb9": true,
		"2ggr": false, "v47": false, "3st": false, "covid19": true,
	} {
		if got := LooksLikeCode(w); got != want {
			t.Errorf("LooksLikeCode(%q) = %v", w, got)
		}
	}
}

// ExpandText with the note's program refuses foreign codes and reports
// mistyped ones, leaving both as typed.
func TestExpandTextForProgram(t *testing.T) {
	p := Params{Module: 3, Next: 4, Date: caseload.NewDate(2026, 11, 30), Program: "oroshjalpen"}
	out, errs := Builtin().ExpandText("behint3li behint9o uppint", p)
	if !strings.HasPrefix(out, "behint3li behint9o Patienten tilldelas modul 4.") {
		t.Errorf("out %q", out)
	}
	var f *ForeignError
	var u *UnknownError
	if len(errs) != 2 || !errors.As(errs[0], &f) || !errors.As(errs[1], &u) {
		t.Fatalf("errs %v", errs)
	}
	if f.Program != "livsbalansen" || f.Suggestions[0] != "behint3o" || u.Suggestions[0] != "behint1o" {
		t.Errorf("foreign %+v unknown %+v", f, u)
	}
}

func TestExpandAt(t *testing.T) {
	p := Params{Module: 3, Next: 4, Date: caseload.NewDate(2026, 11, 30), Program: "livsbalansen"}
	self := "Psykoedukation om självmedkänsla, övningar att lägga märke till sin inre kritiker, få distans till sina kritiska tankar och agera med självmedkänsla."
	up := "Patienten tilldelas modul 4. Uppföljning den 2026-11-30"
	for _, tc := range []struct {
		name, text string
		cursor     int // -1: end
		want       string
		wantCursor int // -1: end
		ok         bool
	}{
		{"end of text: a new line", "Plan: uppint", -1, "Plan: " + up + "\n", -1, true},
		{"end of line: a new line", "tillsjälv\nPatienten har…", len("tillsjälv"), self + "\n\nPatienten har…", len(self) + 1, true},
		{"mid-line: a space", "tillsjälvPatienten", len("tillsjälv"), self + " Patienten", len(self) + 1, true},
		{"before words: a space", "tillsjälvX Patienten", len("tillsjälvX"), "", 0, false},
		{"text follows: a space", "uppintPatienten", 0, "", 0, false},
		{"text follows after a space", "uppint Patienten har", len("uppint"), up + " Patienten har", len(up) + 1, true},
		{"text follows without a space", "x uppint,Patienten", len("x uppint"), "x " + up + " ,Patienten", len("x "+up) + 1, true},
		{"punctuation kept", "”uppint”", len("”uppint”"), "”" + up + "”\n", -1, true},
		{"ordinary word", "Hej", -1, "Hej", -1, false},
		{"nothing", "", 0, "", 0, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cur := tc.cursor
			if cur < 0 {
				cur = len(tc.text)
			}
			e, ok, err := Builtin().ExpandAt(tc.text, cur, p)
			if err != nil || ok != tc.ok {
				t.Fatalf("ok %v err %v", ok, err)
			}
			if !ok {
				if e.Text != tc.text || e.Cursor != cur {
					t.Errorf("changed: %+v", e)
				}
				return
			}
			wc := tc.wantCursor
			if wc < 0 {
				wc = len(tc.want)
			}
			if e.Text != tc.want || e.Cursor != wc {
				t.Errorf("got %q cursor %d; want %q cursor %d", e.Text, e.Cursor, tc.want, wc)
			}
		})
	}
	// A foreign or mistyped code is not expanded: the error says so.
	for _, text := range []string{"behint3o", "behint9li"} {
		e, ok, err := Builtin().ExpandAt(text, len(text), p)
		if ok || err == nil || e.Text != text {
			t.Errorf("%s: %+v %v %v", text, e, ok, err)
		}
	}
	var f *ForeignError
	if _, _, err := Builtin().ExpandAt("behint3o", 8, p); !errors.As(err, &f) || !reflect.DeepEqual(f.Suggestions[:1], []string{"behint3li"}) {
		t.Errorf("foreign: %v", err)
	}
}

// A personal uppint that writes {modul} would put the module the contact
// is about where the module assigned belongs: the line is refused and the
// built-in uppint keeps working.
func TestPersonalOverrideKeepsModulesApart(t *testing.T) {
	path := t.TempDir() + "/p.tsv"
	if err := os.WriteFile(path, []byte("uppint\tTilldelas modul {modul}.\nkbtintli\tLivsbalansen modul {nästa}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	set, errs := Load(path)
	if len(errs) != 2 || !strings.Contains(errs[0].Error(), ":1:") || !strings.Contains(errs[0].Error(), "{nästa}") {
		t.Fatalf("errors %v", errs)
	}
	got, err := set.Expand("uppint", Params{Module: 3, Next: 4, Date: caseload.NewDate(2026, 11, 30)})
	if err != nil || got != "Patienten tilldelas modul 4. Uppföljning den 2026-11-30" {
		t.Errorf("uppint after a refused override: %q %v", got, err)
	}
}

// ExpandAt changes only the code before the cursor: the text before it and
// after the cursor stay byte for byte, and the cursor is inside the text.
func FuzzExpandAt(f *testing.F) {
	for _, s := range []string{"uppint", "a tillsjälv\nb", "”behint3li”, x", "behint3li", "Madrs4 ", "hej i0", "å\u0301 kbtintli"} {
		f.Add(s, len(s))
	}
	p := Params{Module: 3, Next: 4, Date: caseload.NewDate(2026, 11, 30), Program: "livsbalansen"}
	f.Fuzz(func(t *testing.T, text string, cursor int) {
		e, ok, err := Builtin().ExpandAt(text, cursor, p)
		if !ok {
			if e.Text != text {
				t.Fatalf("not expanded but changed: %q -> %q (err %v)", text, e.Text, err)
			}
			return
		}
		if e.Cursor < 0 || e.Cursor > len(e.Text) {
			t.Fatalf("cursor %d outside %d", e.Cursor, len(e.Text))
		}
		if !strings.HasSuffix(e.Text, text[cursor:]) {
			t.Fatalf("text after the cursor changed: %q -> %q", text, e.Text)
		}
		start := strings.LastIndexAny(text[:cursor], " \t\n\r\v\f") + 1
		if start > 0 && !strings.HasPrefix(e.Text, text[:start]) {
			t.Fatalf("text before the code changed: %q -> %q", text, e.Text)
		}
		if !strings.HasSuffix(e.Text[:e.Cursor], " ") && !strings.HasSuffix(e.Text[:e.Cursor], "\n") {
			t.Fatalf("cursor not after a space or new line: %q at %d", e.Text, e.Cursor)
		}
	})
}
