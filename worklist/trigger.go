package worklist

import (
	"encoding/json"
	"fmt"
)

// TriggerKind is why a measurement fell due.
type TriggerKind string

const (
	TriggerStart    TriggerKind = "start"    // the start battery (manual 4.3.1, 4.5)
	TriggerModule   TriggerKind = "module"   // the opening of a module (4.3.2, 4.7)
	TriggerFinal    TriggerKind = "final"    // the opening of the last base module (4.3.3)
	TriggerEvery    TriggerKind = "every"    // a repeating schedule of the clinician (4.7)
	TriggerFollowUp TriggerKind = "followup" // about six months after the start (SibeR, seed 003; 7.1.4)
)

// Trigger is a due measurement's cause as data: a kind, and the module key
// or the period in weeks where the kind has one.
type Trigger struct {
	Kind   TriggerKind
	Module string // TriggerModule: the module key ("3", "oro/2")
	Weeks  int    // TriggerEvery: the period
}

// String is the English text of the worklist JSON: "start", "module 3",
// "final", "every week", "every 2 weeks", "followup".
func (t Trigger) String() string {
	switch t.Kind {
	case TriggerModule:
		return "module " + t.Module
	case TriggerEvery:
		if t.Weeks == 1 {
			return "every week"
		}
		return fmt.Sprintf("every %d weeks", t.Weeks)
	}
	return string(t.Kind)
}

// MarshalJSON writes the text, so `ikbt worklist --json` reads as before.
func (t Trigger) MarshalJSON() ([]byte, error) { return json.Marshal(t.String()) }
