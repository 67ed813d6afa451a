package store

import (
	"database/sql"
	"errors"
	"strings"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/lifecycle"
	"github.com/ikbt/ikbt/usertext"
)

// The writes of the closing phase (manual 3.6.3–3.6.7). They live beside
// the moment (table closings), so they do not move its Version.

// Closing returns the closing phase of moment id (zero but for Moment when nothing is recorded).
func (s *Store) Closing(id string) (caseload.Closing, error) {
	c, err := s.readLifecycle(lifecycleFilter{})
	if err != nil {
		return caseload.Closing{}, err
	}
	for _, cl := range c.Closings {
		if cl.Moment == id {
			return cl, nil
		}
	}
	return caseload.Closing{Moment: id}, nil
}

// closingOf reads the closing phase of moment id alone (Store.Moment: the
// closing note's visit answers), nil when it has none.
func closingOf(q rowSource, id string) (*caseload.Closing, error) {
	var vOn, vHeld, sobClosed, sobGallrad string
	var waived bool
	err := queryOne(q, `SELECT visit_on, visit_held, followup_waived, sob_closed, sob_gallrad FROM closings WHERE moment = ?1`, []any{id},
		&vOn, &vHeld, &waived, &sobClosed, &sobGallrad)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	d := func(v string) caseload.Date {
		x, _ := caseload.ParseDate(v) // written by this file: "" or a valid day
		return x
	}
	cl := &caseload.Closing{Moment: id, VisitOn: d(vOn), VisitHeld: d(vHeld), FollowUpWaived: waived, SoBClosed: d(sobClosed), SoBGallrad: d(sobGallrad)}
	rows, err := q.query(`SELECT key, answer, note FROM closing_checks WHERE moment = ?1 ORDER BY rowid`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var ch caseload.Check
		if err := rows.Scan(&ch.Key, &ch.Answer, &ch.Note); err != nil {
			return nil, err
		}
		cl.Checks = append(cl.Checks, ch)
	}
	return cl, rows.Err()
}

// closingChange reads the closing of moment id, lets f change it and writes it back.
func (s *Store) closingChange(id string, f func(*caseload.Closing) error) error {
	return s.write(func(tx *sql.Tx) error {
		var status string
		err := tx.QueryRow(`SELECT status FROM moments WHERE id = ?1`, id).Scan(&status)
		if errors.Is(err, sql.ErrNoRows) {
			return refuse(id, ErrNotFound, &usertext.T.Store.NotFound)
		}
		if err != nil {
			return err
		}
		var c caseload.Caseload
		if err := loadLifecycle(sqlTx{tx}, &c, lifecycleFilter{}); err != nil {
			return err
		}
		cl := caseload.Closing{Moment: id}
		for _, x := range c.Closings {
			if x.Moment == id {
				cl = x
			}
		}
		if err := f(&cl); err != nil {
			return err
		}
		st := &stmts{tx: tx, m: map[string]*sql.Stmt{}}
		defer st.close()
		upsertClosing(st, cl)
		return st.err
	})
}

// BookClosingVisit records the day the closing visit is booked for (3.6.4).
func (s *Store) BookClosingVisit(id string, on caseload.Date) error {
	if on.IsZero() {
		return codef("closing visit.day", usertext.MissingDay)
	}
	return s.closingChange(id, func(cl *caseload.Closing) error { cl.VisitOn = on; return nil })
}

// HoldClosingVisit records the closing visit with its answers (3.6.6).
func (s *Store) HoldClosingVisit(id string, on caseload.Date, checks []caseload.Check) error {
	if on.IsZero() {
		return codef("closing visit.day", usertext.MissingDay)
	}
	for _, ch := range checks {
		if !lifecycle.ValidClosingKey(ch.Key) {
			return codef("closing visit", usertext.ClosingNotQuestion, ch.Key)
		}
		if strings.TrimSpace(ch.Answer) == "" {
			return codef("closing visit."+ch.Key, usertext.NoAnswer)
		}
	}
	return s.closingChange(id, func(cl *caseload.Closing) error {
		cl.VisitHeld = on
		if cl.VisitOn.IsZero() {
			cl.VisitOn = on
		}
		for _, ch := range checks {
			replaced := false
			for i := range cl.Checks {
				if cl.Checks[i].Key == ch.Key {
					cl.Checks[i], replaced = ch, true
				}
			}
			if !replaced {
				cl.Checks = append(cl.Checks, ch)
			}
		}
		return nil
	})
}

// RecordSoB records that the moment was closed in SoB on closed and, if
// gallrad is not zero, gallrad there that day (3.6.7). It refuses a
// moment still active in ikbt: SoB cannot reopen a closed moment.
func (s *Store) RecordSoB(id string, closed, gallrad caseload.Date) error {
	if closed.IsZero() {
		return codef("SoB.closed", usertext.MissingDay)
	}
	if !gallrad.IsZero() && gallrad.Before(closed) {
		return codef("SoB.gallrad", usertext.GallradBefore, gallrad, closed)
	}
	var status string
	if err := s.db.QueryRow(`SELECT status FROM moments WHERE id = ?1`, id).Scan(&status); err == nil && status == string(caseload.Active) {
		return refuse(id, ErrRefused, usertext.SoBActive, statusText(status))
	}
	return s.closingChange(id, func(cl *caseload.Closing) error {
		cl.SoBClosed = closed
		if !gallrad.IsZero() {
			cl.SoBGallrad = gallrad
		}
		return nil
	})
}
