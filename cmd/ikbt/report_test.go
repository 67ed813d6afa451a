package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
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
	if rows[0][0] != "moment" || rows[0][1] != "behandlare" || len(rows) != 26 {
		t.Errorf("header %v, %d rows; want moment;behandlare… and 25 moments", rows[0], len(rows)-1)
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
	if _, _, err := runIkbt(t, "report", "--db", db, "--today", "2026-11-23", "--json", "--out", file); err == nil || !strings.Contains(err.Error(), "exists") {
		t.Errorf("--out onto an existing file: %v", err)
	}
	if again, _ := os.ReadFile(file); !bytes.Equal(again, data) {
		t.Error("the existing file changed")
	}
	// JSON without the flag holds no personnummer either.
	js, _, _ := runIkbt(t, "report", "--db", db, "--today", "2026-11-23", "--json")
	var rep results.Report
	if err := json.Unmarshal([]byte(js), &rep); err != nil || len(rep.Moments) != 25 {
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
