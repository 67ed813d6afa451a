package intake

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/store"
	"github.com/ikbt/ikbt/tabular"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func openStore(t *testing.T) *store.Store {
	t.Helper()
	s, err := store.Open(filepath.Join(t.TempDir(), "ikbt.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// ids numbers new moments, so that plans are the same every run.
var idCount int

func ids() func(string, caseload.Date) string {
	n := &idCount
	return func(p string, d caseload.Date) string { *n++; return fmt.Sprintf("%s-%s-%d", p, d, *n) }
}

func prepare(t *testing.T, s *store.Store, tab tabular.Table, m Mapping, o Options) Plan {
	t.Helper()
	if o.NewID == nil {
		o.NewID = ids()
	}
	p, err := Prepare(tab, m, s, o)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func readTable(t *testing.T, name string, data []byte) tabular.Table {
	t.Helper()
	tab, err := tabular.ReadFile(name, bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return tab
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		os.WriteFile(path, []byte(got), 0o644)
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("%s differs (go test -update):\n%s\nwant:\n%s", name, got, want)
	}
}

// xlsxSerialDates is a workbook as Excel saves it: dates as serial
// numbers with a date format, a personnummer as a number.
func xlsxSerialDates(t *testing.T) []byte {
	f := excelize.NewFile()
	sh := f.GetSheetName(0)
	style, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
	f.SetSheetRow(sh, "A1", &[]any{"Personnr", "Patient", "Behandling", "Start", "Dag", "Senast inloggad"})
	f.SetSheetRow(sh, "A2", &[]any{200306062381, "Vera Vinter", "Stresshjälpen", 46300, "onsdag", 46347.8125})
	f.SetSheetRow(sh, "A3", &[]any{"20060709-2384", "Wilma Vår", "Livsbalansen", 46314, "Thursday", nil})
	f.SetCellStyle(sh, "D2", "D3", style)
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// Each format and encoding through a mapping, previewed in Swedish and
// English against an empty database.
func TestPrepareGolden(t *testing.T) {
	swedish := Mapping{PNR: "Personnummer", Name: "Namn", Program: "Program", Started: "Startdatum", FeedbackDay: "Återkopplingsdag", Clinician: "Behandlare"}
	read := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	tests := []struct {
		name, file string
		data       []byte
		m          Mapping
	}{
		{"excel-sv", "excel-sv.csv", read("excel-sv.csv"), swedish},
		{"pasted", "pasted.tsv", read("pasted.tsv"), Mapping{PNR: "Personnummer", Program: "Program", Instrument: "Skattning", Answered: "Datum", Total: "Poäng", Module: "Modul", Submitted: "Inskickad"}},
		{"bom", "bom.csv", read("bom.csv"), Suggest([]string{"personnummer", "name", "program", "started", "feedback_day", "last_login"})},
		{"xlsx-serial", "lista.xlsx", xlsxSerialDates(t), Mapping{PNR: "Personnr", Name: "Patient", Program: "Behandling", Started: "Start", FeedbackDay: "Dag", LastLogin: "Senast inloggad"}},
	}
	for _, tt := range tests {
		for _, lang := range []string{"sv", "en"} {
			t.Run(tt.name+"-"+lang, func(t *testing.T) {
				tab := readTable(t, tt.file, tt.data)
				s := openStore(t)
				if tt.name == "pasted" { // scores and modules for moments the database holds
					apply(t, s, prepare(t, s, table(t,
						"190006129803\tNils Nord\tstresshjalpen\t2026-10-26\tfredag\t\t\t\t",
						"190108219817\tOlle Ost\tangesthjalpen\t2026-11-02\tlördag\t\t\t\t"), caseloadMap, Options{}))
				}
				p := prepare(t, s, tab, tt.m, Options{Lang: lang})
				var b strings.Builder
				fmt.Fprintf(&b, "format %s, encoding %q, separator %q\n", tab.Format, tab.Encoding, tab.Sep)
				p.Report(&b)
				golden(t, tt.name+"-"+lang, b.String())
			})
		}
	}
}

var caseloadMap = Mapping{PNR: "Personnummer", Name: "Namn", Program: "Program", Started: "Start", FeedbackDay: "Dag",
	Instrument: "Skattning", Answered: "Besvarad", Total: "Poäng", LastLogin: "Inloggning"}

func table(t *testing.T, lines ...string) tabular.Table {
	t.Helper()
	return readTable(t, "x.tsv", []byte("Personnummer\tNamn\tProgram\tStart\tDag\tSkattning\tBesvarad\tPoäng\tInloggning\n"+strings.Join(lines, "\n")))
}

func apply(t *testing.T, s *store.Store, p Plan) {
	t.Helper()
	if !p.OK() {
		t.Fatalf("refused: %v", p.Refusals)
	}
	if err := Apply(s, p); err != nil {
		t.Fatal(err)
	}
}

func export(t *testing.T, s *store.Store) string {
	t.Helper()
	c, err := s.Export()
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	store.EncodeJSON(&b, c)
	return b.String()
}

// Importing the same table twice changes nothing; a later table adds
// what is new to the same moment, never a duplicate.
func TestIdempotentAndUpdates(t *testing.T) {
	s := openStore(t)
	first := table(t,
		"189002099811\tÅsa Öberg\tOroshjälpen\t2026-10-05\ttisdag\tMADRS-S\t2026-10-05\t24\t",
		"189103179801\tÖrjan Ärlig\tsovhjalpen\t2026-10-12\tfredag\t\t\t\t")
	p := prepare(t, s, first, caseloadMap, Options{})
	if len(p.Creates) != 2 || len(p.Updates) != 0 {
		t.Fatalf("first: %+v", p)
	}
	apply(t, s, p)
	after := export(t, s)
	if !strings.Contains(after, `"total": 24`) || strings.Count(after, `"id":`) != 2 {
		t.Fatalf("export after the first import:\n%s", after)
	}
	// Item 9 of a MADRS-S total is unknown: stored as -1, shown as such.
	c, _ := s.Export()
	if ms := c.Moments[0].Measurements[0]; ms.Item9 != -1 || ms.Items != nil {
		t.Errorf("MADRS-S total stored as %+v", ms)
	}
	if what := strings.Join(p.Creates[0].What, "; "); what != "ny behandling, start 2026-10-05, återkoppling tisdag; MADRS-S 24 (fråga 9 okänd) besvarad 2026-10-05" {
		t.Errorf("create says %q", what)
	}

	again := prepare(t, s, first, caseloadMap, Options{})
	if len(again.Creates)+len(again.Updates)+len(again.Refusals) != 0 || !again.Merge().Empty() || fmt.Sprint(again.Unchanged) != "[2 3]" {
		t.Fatalf("second import of the same table: %+v", again)
	}
	apply(t, s, again)
	if export(t, s) != after {
		t.Error("importing the same table again changed the database")
	}

	later := table(t,
		"189002099811\t\toroshjalpen\t\t\tMADRS-S\t2026-11-02 18:00\t19\t2026-11-03 07:45",
		"189002099811\t\toroshjalpen\t\t\tMADRS-S\t5 okt 2026\t24\t")
	p = prepare(t, s, later, caseloadMap, Options{})
	if len(p.Creates) != 0 || len(p.Updates) != 1 {
		t.Fatalf("later: %+v", p)
	}
	what := strings.Join(p.Updates[0].What, "; ")
	if what != "senaste inloggning 2026-11-03 07:45; MADRS-S 19 (fråga 9 okänd) besvarad 2026-11-02 18:00" {
		t.Errorf("update says %q", what)
	}
	apply(t, s, p)
	c, _ = s.Export()
	if len(c.Moments) != 2 || len(c.Moments[0].Measurements) != 2 || c.Moments[0].LastLogin.String() != "2026-11-03T07:45" {
		t.Errorf("after the later table: %+v", c.Moments[0])
	}
}

// A value that contradicts the stored one refuses the row with both
// values, unless the clinician takes the file's.
func TestContradictions(t *testing.T) {
	s := openStore(t)
	apply(t, s, prepare(t, s, table(t, "189002099811\tÅsa Öberg\tOroshjälpen\t2026-10-05\ttisdag\tGAD-7\t2026-10-05\t12\t"), caseloadMap, Options{}))
	before := export(t, s)
	tab := table(t,
		"189002099811\tÅsa Öberg\tOroshjälpen\t2026-10-12\ttisdag\t\t\t\t",
		"189002099811\tÅsa Berg\tOroshjälpen\t\t\tGAD-7\t2026-10-05\t13\t")
	p := prepare(t, s, tab, caseloadMap, Options{})
	want := []string{
		`rad 2, kolumn "Start": filen säger 2026-10-12, databasen 2026-10-05 (--take-file tar filens)`,
		`rad 3, kolumn "Namn": filen säger "Åsa Berg", databasen "Åsa Öberg" (--take-file tar filens)`,
		`rad 3, kolumn "Poäng": filen säger 13, databasen 12 (--take-file tar filens)`,
	}
	var got []string
	for _, r := range p.Refusals {
		got = append(got, r.Text("sv"))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("refusals:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if err := Apply(s, p); err == nil {
		t.Error("a plan with refusals was applied")
	}
	if export(t, s) != before {
		t.Error("a refused plan changed the database")
	}
	p = prepare(t, s, tab, caseloadMap, Options{TakeFile: true})
	apply(t, s, p)
	c, _ := s.Export()
	if c.Patients[0].Name != "Åsa Berg" || c.Moments[0].Started.String() != "2026-10-12" || c.Moments[0].Measurements[0].Total != 13 {
		t.Errorf("--take-file: %+v %+v", c.Patients[0], c.Moments[0])
	}
}

// A closed moment never receives rows; a row starting after it closed is a new moment.
func TestClosedMoment(t *testing.T) {
	s := openStore(t)
	apply(t, s, prepare(t, s, table(t, "189002099811\tÅsa Öberg\tOroshjälpen\t2026-03-02\tmåndag\t\t\t\t"), caseloadMap, Options{}))
	c, _ := s.Export()
	if _, err := s.EndTreatment(c.Moments[0].ID, c.Moments[0].Version, caseload.Closed, "avslutad", caseload.NewDate(2026, 6, 1)); err != nil {
		t.Fatal(err)
	}
	before := export(t, s)
	p := prepare(t, s, table(t, "189002099811\t\tOroshjälpen\t\t\tGAD-7\t2026-11-02\t9\t"), caseloadMap, Options{})
	if len(p.Refusals) != 1 || !strings.Contains(p.Refusals[0].Text("sv"), "avslutades 2026-06-01: en avslutad behandling tar inte emot rader") || p.Refusals[0].Column != "Program" {
		t.Fatalf("%+v", p.Refusals)
	}
	p = prepare(t, s, table(t, "189002099811\t\tOroshjälpen\t2026-11-02\tonsdag\tGAD-7\t2026-11-02\t9\t"), caseloadMap, Options{})
	if len(p.Creates) != 1 || !p.OK() {
		t.Fatalf("a new moment after the closed one: %+v", p)
	}
	apply(t, s, p)
	c, _ = s.Export()
	if len(c.Moments) != 2 || len(c.Moments[0].Measurements) != 0 {
		t.Errorf("the closed moment got rows: %s", export(t, s))
	}
	if strings.Contains(before, `"GAD-7"`) {
		t.Error("the closed moment had a GAD-7 before")
	}
}

// Every refusal names its row and its column.
func TestRefusalsNameRowAndColumn(t *testing.T) {
	s := openStore(t)
	tab := table(t,
		"189002099812\tÅsa\tOroshjälpen\t2026-10-05\ttisdag\t\t\t\t",
		"18900209981\tÅsa\tOroshjälpen\t2026-10-05\ttisdag\t\t\t\t",
		"189002099811\tÅsa\tKBT-kurs\t2026-10-05\ttisdag\t\t\t\t",
		"189103179801\tÖrjan\tOroshjälpen\t5/13/2026\thelg\t\t\t\t",
		"189506299818\tMärta\tOroshjälpen\t2026-10-05\ttisdag\tMADRS-S\t\t99\t",
		"190006129803\tNils\tOroshjälpen\t\t\t\t\t\t",
		"190108219817\tOlle\tOroshjälpen\t2026-10-05\ttisdag\tPHQ-9\t2026-10-05\tmånga\tigår",
		"190704019801\t\tOroshjälpen\t2026-10-05\ttisdag\t\t2026-10-05\t3\t",
	)
	p := prepare(t, s, tab, caseloadMap, Options{Lang: "en"})
	var b strings.Builder
	for _, r := range p.Refusals {
		if r.Row < 2 || r.Column == "" || r.Reason == "" {
			t.Errorf("refusal without a place: %+v", r)
		}
		b.WriteString(r.Text("en") + "\n")
	}
	golden(t, "refusals-en", b.String())
	if len(p.Creates) != 0 || !p.Merge().Empty() {
		t.Errorf("bad rows planned writes: %+v", p.Creates)
	}
}

// All or nothing: a merge whose last moment breaks a store-level check
// leaves the database as it was.
func TestApplyAllOrNothing(t *testing.T) {
	s := openStore(t)
	apply(t, s, prepare(t, s, table(t, "189002099811\tÅsa Öberg\tOroshjälpen\t2026-10-05\ttisdag\t\t\t\t"), caseloadMap, Options{}))
	before := export(t, s)
	p := prepare(t, s, table(t,
		"189103179801\tÖrjan\tOroshjälpen\t2026-10-05\ttisdag\t\t\t\t",
		"189002099811\t\tOroshjälpen\t\t\tGAD-7\t2026-11-01\t7\t"), caseloadMap, Options{})
	if len(p.Creates) != 1 || len(p.Updates) != 1 {
		t.Fatalf("%+v", p)
	}
	// Another window writes to the moment after the plan was read.
	c, _ := s.Export()
	if _, err := s.SetLastLogin(c.Moments[0].ID, c.Moments[0].Version, caseload.NewStamp(2026, 11, 2, 8, 0)); err != nil {
		t.Fatal(err)
	}
	mid := export(t, s)
	if err := Apply(s, p); !errors.Is(err, store.ErrConflict) {
		t.Fatalf("stale plan: %v", err)
	}
	if export(t, s) != mid || mid == before {
		t.Error("a refused merge wrote part of itself")
	}
	// The identity check: an update moved to another patient is refused.
	m := p.Merge()
	m.Update[0].PNR = m.Create[0].PNR
	if err := s.ApplyMerge(m); !errors.Is(err, store.ErrIdentity) {
		t.Errorf("moment moved to another patient: %v", err)
	}
	if export(t, s) != mid {
		t.Error("database changed")
	}
}
