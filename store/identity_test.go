package store

import (
	"errors"
	"strings"
	"testing"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/personnummer"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/usertext"
)

func TestCheckIdentity(t *testing.T) {
	const a, b = personnummer.Number("189002099811"), personnummer.Number("189103179801")
	known := Known{
		Patients: map[personnummer.Number]string{a: "Anna Andersson"},
		Moments:  map[string]KnownMoment{"m-1": {PNR: a, Program: "depression"}},
	}
	tests := []struct {
		name    string
		c       caseload.Caseload
		rename  bool
		code    usertext.Code
		path    string
		renamed int
	}{
		{"same", caseload.Caseload{Patients: []caseload.Patient{{PNR: a, Name: "Anna Andersson"}},
			Moments: []caseload.Moment{{ID: "m-1", PNR: a, Program: "depression"}}}, false, nil, "", 0},
		{"new moment of another patient", caseload.Caseload{Patients: []caseload.Patient{{PNR: b, Name: "Bo"}},
			Moments: []caseload.Moment{{ID: "m-2", PNR: b, Program: "depression"}}}, false, nil, "", 0},
		{"moment to another patient", caseload.Caseload{Patients: []caseload.Patient{{PNR: b, Name: "Bo"}},
			Moments: []caseload.Moment{{ID: "m-1", PNR: b, Program: "depression"}}}, true, usertext.IdentityPNR, "moments[0].personnummer", 0},
		{"moment to another program", caseload.Caseload{
			Moments: []caseload.Moment{{ID: "m-1", PNR: a, Program: "angest"}}}, true, usertext.IdentityProgram, "moments[0].program", 0},
		{"name change refused", caseload.Caseload{Patients: []caseload.Patient{{PNR: a, Name: "Anna Berg"}}}, false, usertext.IdentityName, "patients[0].name", 0},
		{"name change allowed", caseload.Caseload{Patients: []caseload.Patient{{PNR: a, Name: "Anna Berg"}}}, true, nil, "", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			renamed, err := CheckIdentity(known, tt.c, tt.rename)
			if tt.code == nil {
				if err != nil || len(renamed) != tt.renamed {
					t.Fatalf("err %v renamed %v", err, renamed)
				}
				return
			}
			var fe *FormatError
			if !errors.As(err, &fe) || fe.Code != tt.code || fe.Path != tt.path {
				t.Fatalf("err %v, want %q at %s", err, tt.code.EN, tt.path)
			}
			if strings.Contains(err.Error(), string(b)) || strings.Contains(err.Error(), "98"+"01") {
				t.Errorf("a personnummer in full: %v", err)
			}
		})
	}
}

// TestImportNeverMovesAMoment: the reproduction of issue 11 point 1 on a
// store: the moment, with everything in it, stays with its patient, and
// the file is unchanged.
func TestImportNeverMovesAMoment(t *testing.T) {
	s := newStore(t)
	c, err := DecodeJSON(strings.NewReader(readExample(t)), programs.Default())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Import(c); err != nil {
		t.Fatal(err)
	}
	before := exportJSON(t, s)
	other := `{"patients":[{"personnummer":"189103179801","name":"Bo Test"}],
	"moments":[{"id":"m-1","personnummer":"189103179801","program":"oroshjalpen","started":"2026-09-01","feedback_day":"tisdag","status":"active"}]}`
	c2, err := DecodeJSON(strings.NewReader(other), programs.Default())
	if err != nil {
		t.Fatal(err)
	}
	_, err = s.ImportWith(c2, ImportOptions{Rename: true})
	var fe *FormatError
	if !errors.As(err, &fe) || fe.Code != usertext.IdentityPNR {
		t.Fatalf("import moving m-1: %v", err)
	}
	if !strings.Contains(err.Error(), "19121212-XXXX") {
		t.Errorf("the message does not name both patients: %v", err)
	}
	if after := exportJSON(t, s); string(after) != string(before) {
		t.Error("the refused import changed the file")
	}
}
