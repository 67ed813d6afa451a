package worklist

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
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

// UnmarshalJSON reads the text MarshalJSON writes.
func (t *Trigger) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	switch k := TriggerKind(s); {
	case k == TriggerStart || k == TriggerFinal || k == TriggerFollowUp:
		*t = Trigger{Kind: k}
	case strings.HasPrefix(s, "module "):
		*t = Trigger{Kind: TriggerModule, Module: strings.TrimPrefix(s, "module ")}
	case s == "every week":
		*t = Trigger{Kind: TriggerEvery, Weeks: 1}
	case strings.HasPrefix(s, "every ") && strings.HasSuffix(s, " weeks"):
		n, err := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(s, "every "), " weeks"))
		if err != nil || n < 1 {
			return fmt.Errorf("worklist: trigger %q: not a number of weeks", s)
		}
		*t = Trigger{Kind: TriggerEvery, Weeks: n}
	default:
		return fmt.Errorf("worklist: unknown trigger %q", s)
	}
	return nil
}
