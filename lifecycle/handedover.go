package lifecycle

import "github.com/ikbt/ikbt/caseload"

// HandedOver reports whether a moment was handed over to another unit
// and is read-only here (8.2.3): no write is offered on it.
func HandedOver(m caseload.Moment) bool { return m.ClosingReason == HandedOverReason }
