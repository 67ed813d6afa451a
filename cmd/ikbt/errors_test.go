package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/ikbt/ikbt/usertext"
)

// errorCases are the error paths of every command, as a clinician meets
// them: the arguments (after --db and --today, which runCase adds), and
// what the message says in Swedish and in English. Where (a flag, an id,
// a file) is the same in both.
func errorCases(dir string) []struct {
	name   string
	args   []string
	sv, en string
} {
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"patients": [{"personnummer": "191212121213", "name": "x"}]}`), 0o600)
	none := filepath.Join(dir, "none.db")
	noName := filepath.Join(dir, "noname.json")
	os.WriteFile(noName, []byte(`{"patients": [{"personnummer": "189103179801", "name": ""}], "moments": []}`), 0o600)
	prog := filepath.Join(dir, "program.json")
	os.WriteFile(prog, []byte(`{"patients": [{"personnummer": "189103179801", "name": "Tyra Test"}], "moments": [{"id": "x-1", "personnummer": "189103179801", "program": "yoga", "started": "2026-11-02", "feedback_day": "måndag", "status": "active", "modules": [], "measurements": [], "messages": []}]}`), 0o600)
	return []struct {
		name   string
		args   []string
		sv, en string
	}{
		{"today", []string{"--today", "25/11", "worklist"}, `--today: "25/11" är inget datum (skriv ÅÅÅÅ-MM-DD)`, `--today: "25/11" is not a date (want YYYY-MM-DD)`},
		{"unknown command", []string{"tillägg"}, `okänt kommando "tillägg"`, `unknown command "tillägg"`},
		{"unknown subcommand", []string{"referral", "tillägg"}, `ikbt referral: okänt kommando "tillägg"`, `ikbt referral: unknown command "tillägg"`},
		{"unknown flag", []string{"worklist", "--bogus"}, "--bogus: okänd flagga", "--bogus: unknown flag"},
		{"flag value", []string{"demo", "--moments", "x"}, `--moments: "x" är inget giltigt värde`, `--moments: "x" is not a valid value`},
		{"flag without value", []string{"worklist", "--clinician"}, "--clinician: flaggan behöver ett värde", "--clinician: the flag needs a value"},
		{"argument count", []string{"note"}, "ikbt note: tar ett argument, fick 0", "ikbt note: takes one argument, got 0"},
		{"too many arguments", []string{"gallra", "a", "b"}, "ikbt gallra: tar högst ett argument, fick 2", "ikbt gallra: takes at most one argument, got 2"},
		{"no database", []string{"worklist", "--db", none}, "det finns ingen databas här", "there is no database here"},
		{"no database for the app", []string{"--db", none}, "databasen " + none + " finns inte; inget har skapats", "the database " + none + " does not exist; nothing was created"},
		{"referral pnr", []string{"referral", "add", "--pnr", "191212121213", "--name", "X"}, "--pnr: personnumret 19121212XXXX har fel kontrollsiffra", "--pnr: personnummer 19121212XXXX has a wrong check digit"},
		{"referral name", []string{"referral", "add", "--pnr", "189103179801"}, "--name: saknas", "--name: missing"},
		{"referral unknown", []string{"referral", "step", "R-9", "contacted"}, "R-9: finns inte", "R-9: not found"},
		{"referral decide", []string{"referral", "decide", "R-9"}, "ange --yes eller --no", "give --yes or --no"},
		{"referral weekday", []string{"referral", "decide", "R-9", "--yes", "--feedback-day", "fredagen"}, `--feedback-day: "fredagen" är ingen veckodag`, `--feedback-day: "fredagen" is not a weekday`},
		{"referral items", []string{"referral", "answer", "R-9", "--instrument", "MADRS-S", "--items", "1,a"}, `--items: fråga 2: "a" är inget heltal`, `--items: item 2: "a" is not a whole number`},
		{"referral time", []string{"referral", "answer", "R-9", "--at", "igår"}, `--at: "igår" är ingen tidpunkt`, `--at: "igår" is not a time`},
		{"referral step", []string{"referral", "step", "R-9", "bogus"}, `referral step: "bogus": välj contacted, booked, forms eller held`, `referral step: "bogus": want contacted, booked, forms or held`},
		{"referral check", []string{"referral", "check", "R-20261123-1", "1", "kanske"}, `checklist 3.4: fråga 1: svaret "kanske": välj ja eller nej`, `checklist 3.4: question 1: answer "kanske": want ja or nej`},
		{"handover outcome", []string{"handover", "outcome", "H-9", "maybe"}, `handover outcome: "maybe": välj accepted, declined eller cancelled`, `handover outcome: "maybe": want accepted, declined or cancelled`},
		{"closing waiver", []string{"closing", "waive-followup", "demo-02"}, "follow-up waiver.reason: saknas: skriv varför uppföljningen inte ska göras", "follow-up waiver.reason: missing: say why the follow-up is not to be done"},
		{"referral flag ref", []string{"referral", "handle-flag", "R-9", "i morse", "--by", "Bo"}, `REF: "i morse" är ingen tidpunkt`, `REF: "i morse" is not a time`},
		{"handover decline", []string{"handover", "decline", "H-9"}, "H-9: finns inte", "H-9: not found"},
		{"handover clinician", []string{"handover", "clinician", "m-9", "--to", "Bo", "--told"}, "m-9: finns inte", "m-9: not found"},
		{"handover checks", []string{"handover", "checks", "m-9"}, "m-9: finns inte", "m-9: not found"},
		{"closing sob date", []string{"closing", "sob", "demo-11", "--closed", "igår"}, `--closed: "igår" är inget datum`, `--closed: "igår" is not a date`},
		{"export no database", []string{"export", "--db", none}, "det finns ingen databas här", "there is no database here"},
		{"closing date", []string{"closing", "book", "demo-02", "2026-13-01"}, `DATE: "2026-13-01" är inget datum`, `DATE: "2026-13-01" is not a date`},
		{"closing answer", []string{"closing", "visit", "demo-02", "--answer", "x"}, `--answer: "x": skriv NYCKEL=TEXT`, `--answer: "x": want KEY=TEXT`},
		{"closing unknown", []string{"closing", "show", "m-9"}, "m-9: finns inte", "m-9: not found"},
		{"handover out", []string{"handover", "start", "demo-02", "--to-unit", "VC Norr"}, "--out: ange var överlämningsfilen ska skrivas", "--out: where to write the handover file"},
		{"handover unknown", []string{"handover", "accept", "H-9", "--clinician", "Bo"}, "H-9: finns inte", "H-9: not found"},
		{"handover file", []string{"handover", "receive", filepath.Join(dir, "h.json")}, filepath.Join(dir, "h.json") + ": filen finns inte", filepath.Join(dir, "h.json") + ": no such file"},
		{"gallra active", []string{"gallra", "demo-02"}, "demo-02: momentet är pågående: bara ett avslutat moment", "demo-02: the moment is active: only a closed moment"},
		{"gallra unknown", []string{"gallra", "m-9"}, "m-9: finns inte", "m-9: not found"},
		{"note unknown", []string{"note", "m-9"}, "momentet m-9 finns inte i", "moment m-9 is not in"},
		{"note kind", []string{"note", "demo-02", "--kind", "weekly"}, `--kind: okänd anteckningstyp "weekly"`, `--kind: unknown note kind "weekly"`},
		{"phrase none", []string{"phrase"}, "ange en fraskod", "name one phrase code"},
		{"phrase module", []string{"phrase", "kbtintli", "--module", "9"}, "--module 9: Livsbalansen har 8 moduler (fras kbtintli)", "--module 9: Livsbalansen has 8 modules (phrase kbtintli)"},
		{"phrase next", []string{"phrase", "uppint", "--next", "0", "--date", "2026-11-30"}, "--next 0: ange ett modulnummer från 1", "--next 0: want a module number from 1"},
		{"phrase program", []string{"phrase", "uppint", "--program", "nope"}, `--program: "nope": inget program`, `--program: "nope": not a program`},
		{"phrase date", []string{"phrase", "uppint", "--next", "4", "--date", "30/11"}, `--date: "30/11" är inget datum`, `--date: "30/11" is not a date`},
		{"phrase takes no", []string{"phrase", "Madrs4", "--score", "3"}, "fras Madrs4 tar inte --score", "phrase Madrs4 takes no --score"},
		{"phrase unknown", []string{"phrase", "behnt3li"}, `okänd fraskod "behnt3li"; menade du behint3li`, `unknown phrase code "behnt3li"; did you mean behint3li`},
		{"report formats", []string{"report", "--json", "--csv"}, "ange ett av --json, --csv och --markdown", "give one of --json, --csv and --markdown"},
		{"report period", []string{"report", "--from", "2026-02-01", "--to", "2026-01-01"}, "--to 2026-01-01 ligger före --from 2026-02-01", "--to 2026-01-01 is before --from 2026-02-01"},
		{"report pnr", []string{"report", "--with-personnummer"}, "--with-personnummer hör till --csv eller --json", "--with-personnummer goes with --csv or --json"},
		{"report program", []string{"report", "--program", "nope"}, `--program: "nope": inget sådant program`, `--program: "nope": no such program`},
		{"import json flags", []string{"import", bad, "--dry-run"}, bad + ": --map, --dry-run och --take-file gäller kalkylark", bad + ": --map, --dry-run and --take-file are for spreadsheets"},
		{"import refused", []string{"import", bad}, bad + ": patients[0].personnummer: personnumret 19121212XXXX har fel kontrollsiffra (inget importerades)", bad + ": patients[0].personnummer: personnummer 19121212XXXX has a wrong check digit (nothing was imported)"},
		{"import name", []string{"import", noName}, noName + ": patients[0].name: saknas (inget importerades)", noName + ": patients[0].name: missing (nothing was imported)"},
		{"import program", []string{"import", prog}, prog + `: moments[0].program: okänt program "yoga" (kända: `, prog + `: moments[0].program: unknown program "yoga" (known: `},
		{"import missing", []string{"import", filepath.Join(dir, "missing.json")}, "missing.json: filen finns inte", "missing.json: no such file"},
		{"demo count", []string{"demo", "--moments", "0"}, "--moments 0: ange minst 1", "--moments 0: want at least 1"},
		{"demo not empty", []string{"demo"}, "databasen har redan moment", "the database already holds moments"},
		// The store's refusals (issue 14.6): the id or field verbatim, the reason in the language.
		{"closing sob active", []string{"closing", "sob", "demo-02", "--closed", "2026-11-23"}, "demo-02: momentet är pågående här: för det till vidmakthållande", "demo-02: the moment is active here: move it to maintenance"},
		{"referral forms unknown", []string{"referral", "step", "R-20261123-1", "forms", "--forms", "XYZ"}, `R-20261123-1.forms: okänt formulär "XYZ"`, `R-20261123-1.forms: unknown instrument "XYZ"`},
		{"referral forms none", []string{"referral", "step", "R-20261123-1", "forms"}, "R-20261123-1.forms: vilka formulär skickades?", "R-20261123-1.forms: which forms were sent?"},
		{"referral answer instrument", []string{"referral", "answer", "R-20261123-1", "--instrument", "XYZ", "--items", "1,2"}, `R-20261123-1: okänt formulär "XYZ"`, `R-20261123-1: unknown instrument "XYZ"`},
		{"referral answer items", []string{"referral", "answer", "R-20261123-1", "--instrument", "MADRS-S", "--items", "1,2"}, "R-20261123-1: MADRS-S har 9 frågor, fick 2", "R-20261123-1: MADRS-S has 9 items, got 2"},
		{"referral answer range", []string{"referral", "answer", "R-20261123-1", "--instrument", "GAD-7", "--items", "1,2,3,3,1,2,9"}, "R-20261123-1: GAD-7 fråga 7: 9 ligger utanför 0–3", "R-20261123-1: GAD-7 item 7: 9 is out of range 0–3"},
		{"referral checklist item", []string{"referral", "check", "R-20261123-1", "14", "ja"}, `checklist 3.4: "14" är ingen fråga (1–13)`, `checklist 3.4: "14" is not a question (1–13)`},
		{"referral no reason", []string{"referral", "decide", "R-20261123-1", "--no"}, "R-20261123-1.reason: ett beslut mot IKBT behöver ett skäl", "R-20261123-1.reason: a decision against IKBT needs a reason"},
		{"closing visit key", []string{"closing", "visit", "demo-02", "--answer", "foo=ja"}, `closing visit: "foo" är ingen fråga i avslutningssamtalet`, `closing visit: "foo" is not a question of the closing visit`},
		{"handover wrong side", []string{"handover", "accept", "H-demo-1", "--clinician", "Bo"}, "H-demo-1: överlämningen går åt andra hållet (utgående): det här görs av den mottagande enheten", "H-demo-1: the handover goes the other way (outgoing): this is done by the receiving unit"},
		{"handover incoming outcome", []string{"handover", "outcome", "H-demo-in-1", "accepted"}, "H-demo-in-1: överlämningen går åt andra hållet (inkommande): det här görs av den sändande enheten", "the handover goes the other way (incoming): this is done by the sending unit"},
		{"handover over", []string{"handover", "outcome", "H-demo-2", "cancelled"}, "H-demo-2: överlämningen är inte längre pågående (överlämnad)", "H-demo-2: the handover is no longer pending (accepted)"},
	}
}

// errorDB is the demo caseload with one referral (R-20261123-1), in a
// directory of its own; no personal phrases.
func errorDB(t *testing.T) (dir, db string) {
	t.Helper()
	dir = t.TempDir()
	db = filepath.Join(dir, "demo.db")
	if _, _, err := runIkbt(t, "demo", "--db", db, "--today", "2026-11-23"); err != nil {
		t.Fatal(err)
	}
	if _, _, err := runIkbt(t, "referral", "add", "--db", db, "--today", "2026-11-23", "--pnr", "199001019810", "--name", "Tyra Test"); err != nil {
		t.Fatal(err)
	}
	t.Setenv("IKBT_PHRASES", filepath.Join(dir, "none.tsv"))
	return dir, db
}

// runCase runs a command in-process on db and says its error as main does.
func runCase(t *testing.T, db string, lang usertext.Lang, args []string) string {
	t.Helper()
	full := append([]string{"--db", db, "--today", "2026-11-23", "--lang", string(lang)}, args...)
	if args[0] == "--db" || args[0] == "--today" {
		// The case names the file or the day itself (the last flag wins).
		full = append(append([]string{}, args...), "--lang", string(lang))
		if args[0] == "--today" {
			full = append(full, "--db", db)
		}
	}
	_, _, err := runIkbt(t, full...)
	if err == nil {
		t.Fatalf("%q: no error", full)
	}
	return sayError(err, lang)
}

// TestCommandErrors: every command's error paths say what and where, in
// Swedish by default and in English with --lang en, and never show a
// personnummer in full.
func TestCommandErrors(t *testing.T) {
	dir, db := errorDB(t)
	for _, tc := range errorCases(dir) {
		t.Run(tc.name, func(t *testing.T) {
			for _, l := range []struct {
				lang usertext.Lang
				want string
			}{{usertext.Swedish, tc.sv}, {usertext.English, tc.en}} {
				msg := runCase(t, db, l.lang, tc.args)
				if !strings.Contains(msg, l.want) {
					t.Errorf("--lang %s: %q\nwant it to contain %q", l.lang, msg, l.want)
				}
				if strings.Contains(msg, "191212121213") || strings.Contains(msg, "189103179801") || strings.Contains(msg, "199001019810") {
					t.Errorf("--lang %s: a personnummer in full: %q", l.lang, msg)
				}
			}
		})
	}
}

// englishRE finds English words that Swedish never uses; what is verbatim
// (flags, paths, quoted values) is taken out first.
var (
	englishRE  = regexp.MustCompile(`(?i)\b(the|is|not|want|must|missing|cannot|unknown|takes|give|already|found|invalid|needs|such|was|with|and|no|file|error|refused|has|got)\b`)
	verbatimRE = regexp.MustCompile(`--[\w-]+|"[^"]*"|/[^\s:]+|\bikbt [\w-]+`)
)

// TestNoEnglishInSwedish: no English text reaches a --lang sv message of
// any error case.
func TestNoEnglishInSwedish(t *testing.T) {
	dir, db := errorDB(t)
	for _, tc := range errorCases(dir) {
		msg := runCase(t, db, usertext.Swedish, tc.args)
		if w := englishRE.FindString(verbatimRE.ReplaceAllString(msg, "")); w != "" {
			t.Errorf("%s: English %q in %q", tc.name, w, msg)
		}
	}
	// The settings file's errors come before --lang is known; main says them in the default.
	cfg := filepath.Join(dir, "config")
	os.WriteFile(cfg, []byte("langue = en\n"), 0o600)
	t.Setenv("IKBT_CONFIG", cfg)
	_, _, err := runIkbt(t, "worklist", "--db", db)
	msg := sayError(err, usertext.Swedish)
	if want := cfg + `:1: okänd nyckel "langue" (kända: lang, clinician, db, gallring_days)`; msg != want {
		t.Errorf("config: %q, want %q", msg, want)
	}
	if w := englishRE.FindString(verbatimRE.ReplaceAllString(msg, "")); w != "" {
		t.Errorf("config: English %q in %q", w, msg)
	}
}
