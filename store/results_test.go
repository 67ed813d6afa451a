package store

import (
	"bytes"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/demo"
	"github.com/ikbt/ikbt/personnummer"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/results"
)

func reportJSON(t *testing.T, r results.Report) string {
	t.Helper()
	var b bytes.Buffer
	if err := results.WriteJSON(&b, r, true); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// withFollowUps adds, to every third moment, an uppfoljning score after
// the last one and an ongoing score after an avslut one, so that the
// store's picked measurements are tested against every kind.
func withFollowUps(c caseload.Caseload) caseload.Caseload {
	for i := range c.Moments {
		m := &c.Moments[i]
		if i%3 != 0 || len(m.Measurements) == 0 {
			continue
		}
		last := m.Measurements[len(m.Measurements)-1]
		f := last
		f.Occasion, f.Answered, f.Items = caseload.FollowUp, last.Answered.Add(90*24*time.Hour), nil
		f.Total = max(f.Total-1, 0)
		m.Measurements = append(m.Measurements, f)
		if i%2 == 0 {
			g := last
			g.Occasion, g.Answered, g.Items = caseload.Ongoing, last.Answered.Add(24*time.Hour), nil
			m.Measurements = append(m.Measurements, g)
		}
	}
	return c
}

// The store reads only the measurements a report looks at; the report
// must be the one computed from the whole caseload.
func TestReportMatchesWholeCaseload(t *testing.T) {
	n := 300
	if testing.Short() {
		n = 120
	}
	s := newStore(t)
	c := withFollowUps(demo.Generate(today, n))
	if err := s.ImportNew(c); err != nil {
		t.Fatal(err)
	}
	all, err := s.Export()
	if err != nil {
		t.Fatal(err)
	}
	cat := programs.Default()
	for _, o := range []results.Options{
		{},
		{Filter: results.Filter{From: today.AddDays(-200), To: today.AddDays(-20)}},
		{Filter: results.Filter{Clinician: demo.Clinician}, WithPNR: true},
		{Filter: results.Filter{Program: "angesthjalpen"}},
		{Filter: results.Filter{Clinician: demo.Clinician, Program: "depressionshjalpen"}},
	} {
		got, err := s.Report(cat, today, nil, o)
		if err != nil {
			t.Fatal(err)
		}
		want := results.Compute(all, nil, cat, today, o)
		if g, w := reportJSON(t, got), reportJSON(t, want); g != w {
			t.Errorf("%+v: the store's report differs from the whole caseload's:\n%s", o, firstDiff(g, w))
		}
		pairs := 0
		for _, e := range got.Effects {
			pairs += e.Pairs
		}
		if o.Program == "" && pairs == 0 {
			t.Errorf("%+v: no pairs: the test tests nothing", o)
		}
	}
}

func firstDiff(a, b string) string {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			lo := max(i-200, 0)
			return fmt.Sprintf("store: …%s…\nwhole: …%s…", a[lo:min(i+200, len(a))], b[lo:min(i+200, len(b))])
		}
	}
	return fmt.Sprintf("lengths %d and %d", len(a), len(b))
}

// A unit's report: two clinicians export their files, and both exports
// are imported into one file. Moment ids made by the app
// (program-start-random) keep the two apart.
func TestReportUnitFromTwoExports(t *testing.T) {
	cat := programs.Default()
	dir := t.TempDir()
	// Both demo caseloads use the same test personnummer: a patient both
	// clinicians treat is one person with one name (import refuses a name
	// change without --rename), so the second takes the first's names.
	names := map[personnummer.Number]string{}
	one := func(name, clinician, prefix string, n int) (*Store, caseload.Caseload) {
		c := demo.Generate(today, n)
		for i, p := range c.Patients {
			if nm, ok := names[p.PNR]; ok {
				c.Patients[i].Name = nm
			} else {
				names[p.PNR] = p.Name
			}
		}
		for i := range c.Moments {
			c.Moments[i].Clinician = clinician
			c.Moments[i].ID = prefix + c.Moments[i].ID
		}
		s := mustOpen(t, filepath.Join(dir, name))
		t.Cleanup(func() { s.Close() })
		if err := s.ImportNew(c); err != nil {
			t.Fatal(err)
		}
		exp, err := s.Export()
		if err != nil {
			t.Fatal(err)
		}
		return s, exp
	}
	na, nb := 60, 80
	if testing.Short() {
		na, nb = 30, 40 // still scaled caseloads (more than demo.Handmade)
	}
	sa, ea := one("a.db", "Anna Lindqvist", "a-", na)
	sb, eb := one("b.db", "Bo Ek", "b-", nb)
	unit := mustOpen(t, filepath.Join(dir, "unit.db"))
	defer unit.Close()
	for _, e := range []caseload.Caseload{ea, eb} {
		var buf bytes.Buffer
		if err := EncodeJSON(&buf, e); err != nil {
			t.Fatal(err)
		}
		back, err := DecodeJSON(&buf, cat)
		if err != nil {
			t.Fatal(err)
		}
		if err := unit.Import(back); err != nil {
			t.Fatal(err)
		}
	}
	ru, err := unit.Report(cat, today, nil, results.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ra, _ := sa.Report(cat, today, nil, results.Options{})
	rb, _ := sb.Report(cat, today, nil, results.Options{})
	if ru.Counts.Started.N != ra.Counts.Started.N+rb.Counts.Started.N || len(ru.Moments) != na+nb {
		t.Errorf("unit started %d, moments %d; clinicians %d + %d", ru.Counts.Started.N, len(ru.Moments), ra.Counts.Started.N, rb.Counts.Started.N)
	}
	for _, pair := range []struct {
		clinician string
		own       results.Report
	}{{"Anna Lindqvist", ra}, {"Bo Ek", rb}} {
		got, err := unit.Report(cat, today, nil, results.Options{Filter: results.Filter{Clinician: pair.clinician}})
		if err != nil {
			t.Fatal(err)
		}
		got.Clinician = ""
		if g, w := reportJSON(t, got), reportJSON(t, pair.own); g != w {
			t.Errorf("%s's report from the unit's file differs from her own file's:\n%s", pair.clinician, firstDiff(g, w))
		}
	}
	pairs := map[string]int{}
	for _, r := range []results.Report{ra, rb} {
		for _, e := range r.Effects {
			pairs[e.Instrument] += e.Pairs
		}
	}
	for _, e := range ru.Effects {
		if e.Pairs != pairs[e.Instrument] || e.Pairs == 0 {
			t.Errorf("%s: unit pairs %d, the two clinicians' %d", e.Instrument, e.Pairs, pairs[e.Instrument])
		}
	}
}

// TestReportReferrals: each referral with its assessment day and, once it
// led to a moment, that moment's start and program.
func TestReportReferrals(t *testing.T) {
	doc := `{"patients": [{"personnummer": "19121212-1212", "name": "Tolvan Tolvansson"},
	  {"personnummer": "20030606-2381", "name": "Tova Testsson"}],
	 "moments": [{"id": "m-1", "personnummer": "19121212-1212", "program": "oroshjalpen", "clinician": "Anna",
	  "started": "2026-10-05", "feedback_day": "tisdag", "diagnosis": "F41.1"}],
	 "referrals": [
	  {"id": "R-1", "personnummer": "19121212-1212", "clinician": "Anna", "referred": "2026-09-20",
	   "visit_held": "2026-09-28", "decision": "ikbt", "decided": "2026-09-28", "moment": "m-1"},
	  {"id": "R-2", "personnummer": "20030606-2381", "clinician": "Anna", "referred": "2026-11-02"}]}`
	c, err := DecodeJSON(strings.NewReader(doc), programs.Default())
	if err != nil {
		t.Fatal(err)
	}
	s, err := Open(filepath.Join(t.TempDir(), "ikbt.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Import(c); err != nil {
		t.Fatal(err)
	}
	refs, err := s.ReportReferrals()
	if err != nil {
		t.Fatal(err)
	}
	want := []results.Referral{
		{Moment: "m-1", Clinician: "Anna", Program: "oroshjalpen", Referred: caseload.NewDate(2026, 9, 20),
			Assessed: caseload.NewDate(2026, 9, 28), Started: caseload.NewDate(2026, 10, 5), Decision: "ikbt"},
		{Clinician: "Anna", Referred: caseload.NewDate(2026, 11, 2)},
	}
	if !reflect.DeepEqual(refs, want) {
		t.Errorf("ReportReferrals:\n got %+v\nwant %+v", refs, want)
	}
}

// TestReportWriteBetweenLoads: the report reads the measurements on a
// second connection; a write that lands between the two snapshots is
// seen (the versions differ) and the report is read again in one, so it
// never mixes the two.
func TestReportWriteBetweenLoads(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ikbt.db")
	s := exampleStore(t, path)
	other := mustOpen(t, path)
	defer other.Close()
	cat := programs.Default()
	before, err := s.Report(cat, today, nil, results.Options{})
	if err != nil {
		t.Fatal(err)
	}
	v := moment(t, s, "m-1").Version
	testHookBetweenLoads = func() {
		testHookBetweenLoads = nil
		if _, err := other.AddMeasurement("m-1", v, caseload.Measurement{Instrument: "MADRS-S", Occasion: caseload.Final,
			Answered: at(22, 8, 0), Items: []int{0, 0, 0, 0, 0, 0, 0, 0, 0}}); err != nil {
			t.Error(err)
		}
	}
	defer func() { testHookBetweenLoads = nil }()
	got, err := s.Report(cat, today, nil, results.Options{})
	if err != nil {
		t.Fatal(err)
	}
	want, _ := s.Report(cat, today, nil, results.Options{})
	if reportJSON(t, got) != reportJSON(t, want) {
		t.Errorf("report mixed two snapshots:\n%s", firstDiff(reportJSON(t, got), reportJSON(t, want)))
	}
	if reportJSON(t, got) == reportJSON(t, before) {
		t.Error("the avslut answer written between the loads is missing")
	}
}
