package demo

import "github.com/ikbt/ikbt/caseload"

func scaled(today caseload.Date, n int) caseload.Caseload { return caseload.Caseload{} }
