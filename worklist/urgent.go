package worklist

// List names one of the worklist's lists.
type List string

const (
	ListNone         List = ""
	ListFlags        List = "flags"
	ListFeedback     List = "feedback"
	ListMeasurements List = "measurements"
)

// Urgent is the day's most urgent item: the list it is in and its moment.
type Urgent struct {
	List   List
	Moment string
}

// MostUrgent is where a clinician's day starts (issue 14): an open red
// flag (manual 4.1: prompt contact), then feedback past its day, then any
// other flag, then feedback due today, then a due measurement. It relies
// on Compute's order of each list (red flags first, most overdue first).
// The zero Urgent means nothing is waiting.
func MostUrgent(w Worklist) Urgent {
	if len(w.Flags) > 0 && IsRed(w.Flags[0].Kind) {
		return Urgent{ListFlags, w.Flags[0].Moment}
	}
	if len(w.Feedback) > 0 && w.Feedback[0].DaysOverdue > 0 {
		return Urgent{ListFeedback, w.Feedback[0].Moment}
	}
	if len(w.Flags) > 0 {
		return Urgent{ListFlags, w.Flags[0].Moment}
	}
	if len(w.Feedback) > 0 {
		return Urgent{ListFeedback, w.Feedback[0].Moment}
	}
	if len(w.Measurements) > 0 {
		return Urgent{ListMeasurements, w.Measurements[0].Moment}
	}
	return Urgent{}
}
