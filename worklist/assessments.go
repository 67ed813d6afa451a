package worklist

import (
	"fmt"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/lifecycle"
)

// assessments fills the part "assessments" (lifecycle.Rows) and raises the
// red flag (manual 4.1) of answers recorded during the assessment, before
// any moment exists: such a flag's Moment is the referral's ID
// (caseload.Referral.ID), and it is handled on the referral.
func assessments(c caseload.Caseload, today caseload.Date, w *Worklist) {
	clinician := ""
	w.Assessments = lifecycle.Rows(c, clinician, today)
	open := map[string]int{}
	for _, r := range c.Referrals {
		if r.Decision != caseload.Undecided {
			continue // a started moment carries the answers; a refused one has no list to show them
		}
		for _, f := range ReferralFlags(r) {
			open[r.ID]++
			w.Flags = append(w.Flags, f)
		}
	}
	for i := range w.Assessments {
		w.Assessments[i].OpenFlags = open[w.Assessments[i].Referral]
	}
	lifecycle.SortRows(w.Assessments)
	names := map[string]string{}
	for _, a := range w.Assessments {
		names[a.Referral] = a.Name
	}
	for i := range w.Flags {
		if n, ok := names[w.Flags[i].Moment]; ok && w.Flags[i].Name == "" {
			w.Flags[i].Name = n
		}
	}
}

// ReferralFlags returns the open red flags of the answers recorded during
// r's assessment: MADRS-S item 9 at RedFlagItem9 or more, not handled.
func ReferralFlags(r caseload.Referral) []Flag {
	var out []Flag
	for _, ms := range r.Measurements {
		if (ms.Instrument != "MADRS-S" && ms.Instrument != "MADRS-S9") || ms.Item9 < RedFlagItem9 || ms.Answered.IsZero() {
			continue
		}
		ref := ms.Answered.String()
		handled := false
		for _, h := range r.Flags {
			handled = handled || (h.Kind == caseload.FlagMADRS9 && h.Ref == ref)
		}
		if !handled {
			out = append(out, Flag{Moment: r.ID, Kind: caseload.FlagMADRS9, Ref: ref, Raised: ms.Answered.Date(),
				Detail: fmt.Sprintf("%s item 9 = %d", ms.Instrument, ms.Item9), Score: ms.Item9, Instrument: ms.Instrument})
		}
	}
	return out
}

// ReferralOf reports whether a flag's Moment names a referral (an answer
// recorded during the assessment) rather than a moment: the app opens the
// referral (store.Referral) and handles the flag with
// store.HandleReferralFlag.
func (w Worklist) ReferralOf(f Flag) bool {
	for _, a := range w.Assessments {
		if a.Referral == f.Moment {
			return true
		}
	}
	return false
}
