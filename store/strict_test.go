package store

import (
	"errors"
	"strings"
	"testing"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/usertext"
)

// TestDecodeStrict: what issue 11 (point 6 and 7) found accepted without
// a word is refused, each with its place and a catalogue code.
func TestDecodeStrict(t *testing.T) {
	ex := readExample(t)
	tests := []struct {
		name, old, new string
		code           usertext.Code
		where          string
	}{
		{"maintenance without maintenance_from", `"maintenance_from": "2026-09-01",`, ``, usertext.ImportNeedsMaintFrom, "moments[1].maintenance_from"},
		{"closed without closed_on", `"status": "active"`, `"status": "closed"`, usertext.ImportNeedsClosedOn, "moments[0].closed_on"},
		{"closed_on before started", `"status": "active"`, `"status": "closed", "closed_on": "2026-01-01"`, usertext.ImportBeforeStart, "moments[0].closed_on"},
		{"start in year 0000", `"started": "2026-10-05"`, `"started": "0000-10-05"`, usertext.ImportYear, "moments[0].started"},
		{"misspelled top-level key", `"moments":`, `"moment":`, usertext.ImportUnknownKey, "moment"},
		{"key in another case", `"started":`, `"Started":`, usertext.ImportUnknownKey, "moments[0].Started"},
		{"duplicate key", `"status": "active"`, `"status": "active", "status": "closed"`, usertext.ImportDuplicateKey, "moments[0].status"},
		{"long id", `"id": "m-1"`, `"id": "` + strings.Repeat("m", 1<<20) + `"`, usertext.ImportTooLong, "moments[0].id"},
		{"long name", `"name": "Astrid Berg"`, `"name": "` + strings.Repeat("A", 10<<20) + `"`, usertext.ImportTooLong, "patients[1].name"},
		{"negative total", `"total": 12`, `"total": -3`, usertext.ImportNegative, "moments[0].measurements[2].total"},
		{"bad occasion", `"occasion": "pagaende"`, `"occasion": "mitten"`, usertext.ImportOccasion, "moments[0].measurements[2].occasion"},
		{"invalid UTF-8", `"name": "Astrid Berg"`, "\"name\": \"Astrid \xff Berg\"", usertext.ImportUTF8, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := strings.Replace(ex, tt.old, tt.new, 1)
			if in == ex {
				t.Fatalf("%q is not in the example", tt.old)
			}
			_, err := DecodeJSON(strings.NewReader(in), programs.Default())
			var fe *FormatError
			if !errors.As(err, &fe) {
				t.Fatalf("error %v, want a FormatError", err)
			}
			if fe.Code != tt.code || fe.Path != tt.where {
				t.Fatalf("error %v (code %s, path %q), want %s at %q", err, fe.Code, fe.Path, tt.code, tt.where)
			}
			if len(err.Error()) > 400 {
				t.Errorf("the message quotes the long value: %d bytes", len(err.Error()))
			}
		})
	}
}

func TestDecodeNothingToImport(t *testing.T) {
	for _, in := range []string{"", "  \n", "null", "{}", `{"patients": [], "moments": []}`} {
		_, err := DecodeJSON(strings.NewReader(in), programs.Default())
		var fe *FormatError
		if !errors.As(err, &fe) || fe.Code != usertext.ImportNothing {
			t.Errorf("%q: %v, want nothing to import", in, err)
		}
	}
	for _, in := range []string{"[]", `"x"`, "3"} {
		_, err := DecodeJSON(strings.NewReader(in), programs.Default())
		var fe *FormatError
		if !errors.As(err, &fe) || fe.Code != usertext.ImportTopLevel {
			t.Errorf("%q: %v, want the top-level message", in, err)
		}
	}
}

// TestDecodeMasksPersonnummer: an invalid personnummer is masked in its
// error like every other.
func TestDecodeMasksPersonnummer(t *testing.T) {
	ex := readExample(t)
	for _, bad := range []string{"19121212-1213", "1912121212", "19121312-1212", "19121212-12a2"} {
		in := strings.Replace(ex, `"19121212-1212"`, `"`+bad+`"`, 1)
		_, err := DecodeJSON(strings.NewReader(in), programs.Default())
		if err == nil {
			t.Fatalf("%s accepted", bad)
		}
		for _, l := range []usertext.Lang{usertext.Swedish, usertext.English} {
			if msg := usertext.Render(err, l); strings.Contains(msg, bad) {
				t.Errorf("%s shown in full: %s", bad, msg)
			}
		}
	}
}

// TestDecodeAcceptsWhatPeopleWrite: issue 9's "Import accepts what people
// write".
func TestDecodeAcceptsWhatPeopleWrite(t *testing.T) {
	ex := readExample(t)
	t.Run("module as a number", func(t *testing.T) {
		in := strings.Replace(ex, `{"module": "2"`, `{"module": 2`, 1)
		c, err := DecodeJSON(strings.NewReader(in), programs.Default())
		if err != nil {
			t.Fatal(err)
		}
		if got := c.Moments[0].Modules[1].Module; got != "2" {
			t.Errorf("module %q", got)
		}
		for _, bad := range []string{`-2`, `2.5`, `true`} {
			if _, err := DecodeJSON(strings.NewReader(strings.Replace(ex, `{"module": "2"`, `{"module": `+bad, 1)), programs.Default()); err == nil {
				t.Errorf("module %s accepted", bad)
			}
		}
	})
	for word, want := range map[string]caseload.Occasion{
		"Bedömning": caseload.Assessment, "BEDOMNING": caseload.Assessment, "Uppstart behandling": caseload.Startup,
		"uppstart  Behandling": caseload.Startup, "Pågående": caseload.Ongoing, "pagaende": caseload.Ongoing,
		"Avslut behandling": caseload.Final, "avslut": caseload.Final, "Uppföljning": caseload.FollowUp, "UPPFOLJNING": caseload.FollowUp,
	} {
		t.Run("occasion "+word, func(t *testing.T) {
			in := strings.Replace(ex, `"occasion": "pagaende"`, `"occasion": "`+word+`"`, 1)
			c, err := DecodeJSON(strings.NewReader(in), programs.Default())
			if err != nil {
				t.Fatal(err)
			}
			if got := c.Moments[0].Measurements[2].Occasion; got != want {
				t.Errorf("occasion %q, want %q", got, want)
			}
		})
	}
	t.Run("a date where a time is expected", func(t *testing.T) {
		in := strings.Replace(ex, `"submitted": "2026-11-19T21:40"`, `"submitted": "2026-11-19"`, 1)
		in = strings.Replace(in, `"answered": "2026-10-13T18:00"`, `"answered": "2026-10-13"`, 1)
		c, err := DecodeJSON(strings.NewReader(in), programs.Default())
		if err != nil {
			t.Fatal(err)
		}
		m := c.Moments[0]
		if got := m.Modules[1].Submitted.String(); got != "2026-11-19T23:59" {
			t.Errorf("submitted %s, want the end of the day", got)
		}
		if got := m.Measurements[2].Answered.String(); got != "2026-10-13T23:59" {
			t.Errorf("answered %s, want the end of the day", got)
		}
		// A clinician's event given as a date counts from its start.
		in = strings.Replace(ex, `"feedback": "2026-10-13T10:02"`, `"feedback": "2026-10-13"`, 1)
		if c, err = DecodeJSON(strings.NewReader(in), programs.Default()); err != nil {
			t.Fatal(err)
		}
		if got := c.Moments[0].Modules[0].Feedback.String(); got != "2026-10-13T00:00" {
			t.Errorf("feedback %s", got)
		}
	})
	t.Run("two answers colliding are refused, naming both", func(t *testing.T) {
		in := strings.Replace(ex, `"answered": "2026-10-13T18:00"`, `"answered": "2026-10-01"`, 1)
		in = strings.Replace(in, `"answered": "2026-10-01T18:00"`, `"answered": "2026-10-01T23:59"`, 1)
		_, err := DecodeJSON(strings.NewReader(in), programs.Default())
		var fe *FormatError
		if !errors.As(err, &fe) || fe.Code != usertext.ImportSameAnswer || fe.Path != "moments[0].measurements[2].answered" ||
			!strings.Contains(err.Error(), "moments[0].measurements[0]") {
			t.Fatalf("error %v", err)
		}
	})
}

// FuzzImportDocument builds import documents around fuzzed keys and
// values at the top level and inside a moment: whatever comes in, the
// importer refuses it with a FormatError or accepts a caseload that holds
// something, within the length limits, and that survives a round trip.
func FuzzImportDocument(f *testing.F) {
	f.Add("moments", `[]`, "status", `"active"`)
	f.Add("moment", `[{}]`, "Status", `"closed"`)
	f.Add("patients", `null`, "occasion", `"Pågående"`)
	f.Add("patients", `[{"personnummer":"189002099811","name":"x","name":"y"}]`, "module", `3`)
	cat := programs.Default()
	f.Fuzz(func(t *testing.T, topKey, topValue, key, value string) {
		doc := `{"patients":[{"personnummer":"189002099811","name":"Test"}],` +
			`"moments":[{"id":"m","personnummer":"189002099811","program":"oroshjalpen","started":"2026-10-05","feedback_day":"tisdag",` +
			`"` + key + `":` + value + `}],"` + topKey + `":` + topValue + `}`
		c, err := DecodeJSON(strings.NewReader(doc), cat)
		if err != nil {
			var fe *FormatError
			if !errors.As(err, &fe) || err.Error() == "" {
				t.Fatalf("not a FormatError: %v", err)
			}
			return
		}
		if len(c.Patients)+len(c.Moments) == 0 {
			t.Fatal("accepted a document with nothing to import")
		}
		for _, m := range c.Moments {
			if len([]rune(m.ID)) > maxID {
				t.Fatalf("id of %d characters accepted", len(m.ID))
			}
			if m.Status == caseload.Maintenance && m.MaintenanceFrom.IsZero() {
				t.Fatal("maintenance without maintenance_from accepted")
			}
		}
	})
}
