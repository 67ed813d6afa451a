package results

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/demo"
	"github.com/ikbt/ikbt/programs"
)

// TestWriteJSON: the compact form, written row by row, is byte for byte
// one Encode of the report (HTML not escaped), for the demo's report
// (with and without personnummer, one row, no rows); indented is Encode's.
func TestWriteJSON(t *testing.T) {
	day := caseload.NewDate(2026, 11, 23)
	full := Compute(demo.Generate(day, demo.Handmade), nil, programs.Default(), day, Options{WithPNR: true})
	one := full
	one.Moments = full.Moments[:1]
	none := full
	none.Moments = nil
	empty := full
	empty.Moments = []Row{}
	odd := one
	odd.Moments = []Row{full.Moments[0]}
	odd.Moments[0].ClosingReason = `<a & "b"> ö`
	for name, r := range map[string]Report{"demo": full, "one row": one, "nil rows": none, "no rows": empty, "html": odd} {
		if name == "demo" && len(r.Moments) < 10 {
			t.Fatalf("the demo's report has %d rows", len(r.Moments))
		}
		for _, indent := range []bool{false, true} {
			var want bytes.Buffer
			enc := json.NewEncoder(&want)
			enc.SetEscapeHTML(false)
			if indent {
				enc.SetIndent("", "  ")
			}
			if err := enc.Encode(r); err != nil {
				t.Fatal(err)
			}
			var got bytes.Buffer
			if err := WriteJSON(&got, r, indent); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want.Bytes()) {
				t.Errorf("%s, indent %v: differs\n%.300s\nwant\n%.300s", name, indent, got.String(), want.String())
			}
		}
	}
}
