package common

import (
	_ "embed"
	"encoding/json"
)

// actions_labels.json holds the labels of the actions (forms, composer,
// copy, undo) in Swedish and English. They are kept apart from labels.json
// so that the two parts of the interface can be edited independently.
//
//go:embed actions_labels.json
var actionLabelsJSON []byte

var actionLabels map[string]Label

// ActionLabels returns the actions' labels by ID (for the tests that check
// them).
func ActionLabels() map[string]Label { return actionLabels }

func init() {
	if err := json.Unmarshal(actionLabelsJSON, &actionLabels); err != nil {
		// Embedded and checked by the tests: only a broken build gets here.
		panic("tui/common: actions_labels.json: " + err.Error())
	}
}

// A returns the action label with the given ID in l, falling back to the
// app's labels (T), so that a missing label shows as its ID.
func (l Lang) A(id string, args ...any) string {
	lb, ok := actionLabels[id]
	if !ok {
		return l.T(id, args...)
	}
	return l.format(lb, args)
}
