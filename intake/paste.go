package intake

import (
	_ "embed"

	"github.com/ikbt/ikbt/tabular"
)

// PasteExample is a small table as a clinician would paste it from a
// spreadsheet (tab-separated, Swedish dates and weekdays, a MADRS-S
// column of totals): what the demo and the docs show. Suggest maps its
// header whole.
//
//go:embed example/klistrad-lista.tsv
var PasteExample string

// ReadPasted reads text pasted into the app's paste box: lines copied
// from a browser or a spreadsheet, tab-separated as they come (or ; or ,).
func ReadPasted(text string) (tabular.Table, error) {
	t, err := tabular.ReadText([]byte(text))
	if err == nil {
		t.Format = "paste"
	}
	return t, err
}
