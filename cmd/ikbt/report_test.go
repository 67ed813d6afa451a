package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/ikbt/ikbt/results"
)

var updateReport = flag.Bool("update-report", false, "rewrite the report golden files in testdata")

// The demo's report on a fixed day, in each format, against golden files.
func TestReportGolden(t *testing.T) {
	db := filepath.Join(t.TempDir(), "ikbt.db")
	if _, _, err := runIkbt(t, "demo", "--db", db, "--today", "2026-11-23"); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		golden string
		args   []string
	}{
		{"report.json", []string{"--json"}},
		{"report.csv", []string{"--csv"}},
		{"report-en.csv", []string{"--csv", "--lang", "en", "--from", "2026-06-01"}},
		{"report.md", []string{"--markdown"}},
		{"report-en.md", []string{"--lang", "en", "--program", "angesthjalpen"}},
	} {
		out, _, err := runIkbt(t, append([]string{"report", "--db", db, "--today", "2026-11-23"}, tt.args...)...)
		if err != nil {
			t.Fatalf("%v: %v", tt.args, err)
		}
		path := filepath.Join("testdata", tt.golden)
		if *updateReport {
			os.MkdirAll("testdata", 0o755)
			if err := os.WriteFile(path, []byte(out), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test ./cmd/ikbt -run TestReportGolden -update-report)", err)
		}
		if out != string(want) {
			t.Errorf("ikbt report %v differs from %s (if intended, run with -update-report)", tt.args, path)
		}
		if strings.Contains(out, "Astrid") || strings.Contains(out, "189002099811") {
			t.Errorf("%s holds a name or a personnummer", tt.golden)
		}
	}
}

func TestReportCSV(t *testing.T) {
	db := filepath.Join(t.TempDir(), "ikbt.db")
	if _, _, err := runIkbt(t, "demo", "--db", db, "--today", "2026-11-23"); err != nil {
		t.Fatal(err)
	}
	out, _, err := runIkbt(t, "report", "--db", db, "--today", "2026-11-23", "--csv")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out, results.BOM) {
		t.Error("the CSV does not start with a UTF-8 BOM")
	}
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, results.BOM)))
	r.Comma = ';'
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if rows[0][0] != "moment" || rows[0][1] != "behandlare" || len(rows) != 27 {
		t.Errorf("header %v, %d rows; want moment;behandlare… and 26 moments", rows[0], len(rows)-1)
	}
	if !strings.Contains(out, "Ångesthjälpen Plus") || !strings.Contains(out, "genomförda moduler") {
		t.Error("å/ä/ö did not survive")
	}
	for _, row := range rows[1:] {
		for _, f := range row {
			if looksLikePNR(f) {
				t.Errorf("personnummer-like %q without --with-personnummer", f)
			}
		}
	}
	// With --with-personnummer, to a new file of mode 0600.
	file := filepath.Join(t.TempDir(), "siber.csv")
	if _, _, err := runIkbt(t, "report", "--db", db, "--today", "2026-11-23", "--csv", "--with-personnummer", "--out", file); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(file)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("%s: %v, mode %v; want 0600", file, err, fi.Mode().Perm())
	}
	data, _ := os.ReadFile(file)
	if !bytes.Contains(data, []byte(";personnummer;")) || !bytes.Contains(data, []byte(";189002099811;")) {
		t.Errorf("no personnummer column or value in %s", file)
	}
	// An existing file is never overwritten.
	if _, _, err := runIkbt(t, "report", "--db", db, "--today", "2026-11-23", "--json", "--out", file); err == nil || !strings.Contains(err.Error(), "filen finns redan") {
		t.Errorf("--out onto an existing file: %v", err)
	}
	if again, _ := os.ReadFile(file); !bytes.Equal(again, data) {
		t.Error("the existing file changed")
	}
	// JSON without the flag holds no personnummer either.
	js, _, _ := runIkbt(t, "report", "--db", db, "--today", "2026-11-23", "--json")
	var rep results.Report
	if err := json.Unmarshal([]byte(js), &rep); err != nil || len(rep.Moments) != 26 {
		t.Fatalf("JSON: %v, %d moments", err, len(rep.Moments))
	}
	if strings.Contains(js, "personnummer") || strings.Contains(js, "189002099811") {
		t.Error("JSON holds a personnummer without --with-personnummer")
	}
	for _, bad := range [][]string{
		{"--json", "--csv"},
		{"--from", "2026-13-01"},
		{"--from", "2026-06-01", "--to", "2026-05-01"},
		{"--program", "nope"},
		{"--with-personnummer"},
	} {
		if _, _, err := runIkbt(t, append([]string{"report", "--db", db, "--today", "2026-11-23"}, bad...)...); err == nil {
			t.Errorf("report %v: no error", bad)
		}
	}
}

// looksLikePNR reports whether s is 12 digits (YYYYMMDDNNNC) or 10 with a dash.
func looksLikePNR(s string) bool {
	d := strings.ReplaceAll(strings.ReplaceAll(s, "-", ""), "+", "")
	if len(d) != 12 && len(d) != 10 {
		return false
	}
	for _, c := range d {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// The SQL of bench/report.sh computes the same figures as the report: its
// baseline measures the same work. Needs the sqlite3 command-line tool.
func TestReportSQLMatches(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 300-moment file")
	}
	if _, err := exec.LookPath("sqlite3"); err != nil {
		t.Skip("sqlite3 is not installed")
	}
	db := filepath.Join(t.TempDir(), "ikbt.db")
	if _, _, err := runIkbt(t, "demo", "--db", db, "--today", "2026-11-23", "--moments", "300"); err != nil {
		t.Fatal(err)
	}
	js, _, err := runIkbt(t, "report", "--db", db, "--today", "2026-11-23", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var rep results.Report
	if err := json.Unmarshal([]byte(js), &rep); err != nil {
		t.Fatal(err)
	}
	q, _, err := runIkbt(t, "report", "--today", "2026-11-23", "--sql")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("sqlite3", db)
	cmd.Stdin = strings.NewReader(q)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("sqlite3: %v\n%s", err, out)
	}
	// The effect lines: instrument|pairs|post last|mean pre|SD pre|mean post|SD post|d|improved|deteriorated|unchanged|cases|recovered
	got := map[string][]string{}
	for _, line := range strings.Split(string(out), "\n") {
		if f := strings.Split(line, "|"); len(f) == 13 {
			got[f[0]] = f
		}
	}
	num := func(s string) float64 {
		v, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return -1
		}
		return v
	}
	if len(rep.Effects) == 0 {
		t.Fatal("no effects")
	}
	for _, e := range rep.Effects {
		f, ok := got[e.Instrument]
		if !ok {
			t.Errorf("%s: not in the SQL's output", e.Instrument)
			continue
		}
		if num(f[1]) != float64(e.Pairs) || num(f[2]) != float64(e.PostLast) {
			t.Errorf("%s: SQL pairs %s (%s last), report %d (%d)", e.Instrument, f[1], f[2], e.Pairs, e.PostLast)
		}
		for _, c := range []struct {
			name string
			sql  string
			rep  *float64
		}{{"pre mean", f[3], e.PreMean.Value}, {"pre SD", f[4], e.PreSD.Value}, {"post mean", f[5], e.PostMean.Value}, {"post SD", f[6], e.PostSD.Value}, {"d", f[7], e.D.Value}} {
			if c.rep != nil && math.Abs(num(c.sql)-*c.rep) > 0.00006 {
				t.Errorf("%s %s: SQL %s, report %g", e.Instrument, c.name, c.sql, *c.rep)
			}
		}
		if e.RCI != nil && (num(f[8]) != float64(e.Improved.Count) || num(f[9]) != float64(e.Deteriorated.Count) || num(f[10]) != float64(e.Unchanged.Count)) {
			t.Errorf("%s: SQL classes %v, report %d/%d/%d", e.Instrument, f[8:11], e.Improved.Count, e.Deteriorated.Count, e.Unchanged.Count)
		}
		if e.Cutoff != nil && (num(f[11]) != float64(e.Recovered.N) || num(f[12]) != float64(e.Recovered.Count)) {
			t.Errorf("%s: SQL recovered %s of %s, report %d of %d", e.Instrument, f[12], f[11], e.Recovered.Count, e.Recovered.N)
		}
	}
}
