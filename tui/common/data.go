package common

import (
	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/worklist"
)

// Data is what the app reads. *store.Store satisfies it; tests use an
// in-memory caseload. Every call runs in a tea.Cmd, off the UI loop.
type Data interface {
	Worklist(cat *programs.Catalogue, today caseload.Date, clinician string) (worklist.Worklist, error)
	Moment(id string) (caseload.Moment, caseload.Patient, error)
	// DataVersion changes when another process commits to the data.
	DataVersion() (int64, error)
}
