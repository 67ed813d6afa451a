package store

import (
	"database/sql"
	"fmt"
	"strings"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/instruments"
	"github.com/ikbt/ikbt/usertext"
)

// Battery stops (manual 5.4.2) and follow-up waivers (7.1.4, SibeR):
// migration 0004. Each write is one transaction through change, so it
// moves the moment's Version on and can be undone.

const (
	QueryStops = `SELECT b.moment, b.id, b.instrument, b.from_day, b.stopped_by, b.stopped_at, b.note
FROM moments m JOIN battery_stops b ON b.moment = m.id WHERE /*moments*/ ORDER BY b.id`

	QueryWaivers = `SELECT w.moment, w.waived_on, w.waived_by, w.reason
FROM moments m JOIN followup_waivers w ON w.moment = m.id WHERE /*moments*/`

	upsertStop = `INSERT INTO battery_stops (moment, instrument, from_day, stopped_by, stopped_at, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
ON CONFLICT (moment, instrument) DO UPDATE SET from_day = excluded.from_day, stopped_by = excluded.stopped_by,
	stopped_at = excluded.stopped_at, note = excluded.note
WHERE (from_day, stopped_by, stopped_at, note) <> (excluded.from_day, excluded.stopped_by, excluded.stopped_at, excluded.note)`

	upsertWaiver = `INSERT INTO followup_waivers (moment, waived_on, waived_by, reason) VALUES (?1, ?2, ?3, ?4)
ON CONFLICT (moment) DO UPDATE SET waived_on = excluded.waived_on, waived_by = excluded.waived_by, reason = excluded.reason
WHERE (waived_on, waived_by, reason) <> (excluded.waived_on, excluded.waived_by, excluded.reason)`
)

// checkStop says what is wrong with a stop, naming the field.
func checkStop(b caseload.BatteryStop) (field string, err *reason) {
	if _, ok := instruments.Get(b.Instrument); !ok {
		return ".instrument", why(usertext.UnknownInstr, b.Instrument)
	}
	if b.From.IsZero() {
		return ".from", why(usertext.MissingDay)
	}
	return "", nil
}

// checkWaiver says what is wrong with a waiver, naming the field.
func checkWaiver(w caseload.Waiver) (field string, why usertext.Code) {
	if w.On.IsZero() {
		return ".on", usertext.WaiverOn
	}
	if strings.TrimSpace(w.Reason) == "" {
		return ".reason", usertext.WaiverReason
	}
	return "", nil
}

// StopBattery records that the clinician stopped an instrument's running
// measurement series in SoB from b.From (manual 5.4.2). The worklist owes
// it no more; answers already given are still screened. Stopping it again
// replaces the earlier stop. Undo with the returned Undo, or ResumeBattery.
func (s *Store) StopBattery(id string, version int64, b caseload.BatteryStop) (Undo, error) {
	if field, err := checkStop(b); err != nil {
		return Undo{}, err.at("battery stop" + field)
	}
	return s.change(id, version, func(tx *sql.Tx) error {
		_, err := tx.Exec(upsertStop, id, b.Instrument, b.From.String(), b.By, b.At.String(), b.Note)
		return err
	})
}

// ResumeBattery takes back a stop of an instrument (ErrNotFound if there is none).
func (s *Store) ResumeBattery(id string, version int64, instrument string) (Undo, error) {
	return s.change(id, version, func(tx *sql.Tx) error {
		res, err := tx.Exec(`DELETE FROM battery_stops WHERE moment = ?1 AND instrument = ?2`, id, instrument)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return refuse(id+": "+instrument, ErrNotFound, &usertext.T.Store.NotFound)
		}
		return nil
	})
}

// WaiveFollowUp marks the moment's follow-up measurement as not to be
// done, with a reason; a later waiver replaces it.
func (s *Store) WaiveFollowUp(id string, version int64, w caseload.Waiver) (Undo, error) {
	if field, why := checkWaiver(w); why != nil {
		return Undo{}, codef("follow-up waiver"+field, why)
	}
	return s.change(id, version, func(tx *sql.Tx) error {
		_, err := tx.Exec(upsertWaiver, id, w.On.String(), w.By, strings.TrimSpace(w.Reason))
		return err
	})
}

// UnwaiveFollowUp takes a waiver back: the follow-up is owed again.
func (s *Store) UnwaiveFollowUp(id string, version int64) (Undo, error) {
	return s.change(id, version, func(tx *sql.Tx) error {
		res, err := tx.Exec(`DELETE FROM followup_waivers WHERE moment = ?1`, id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return refuse(id+": followup_waiver", ErrNotFound, &usertext.T.Store.NotFound)
		}
		return nil
	})
}

// loadBattery reads the stops and waivers of the picked moments.
func loadBattery(l *loader, c *caseload.Caseload, byID map[string]int) {
	var id, from, at string
	var b caseload.BatteryStop
	l.each(QueryStops, []any{&id, &b.ID, &b.Instrument, &from, &b.By, &at, &b.Note}, func() error {
		i, ok := byID[id]
		if !ok {
			return fmt.Errorf("battery stop of moment %q that was not read", id)
		}
		b.From, b.At = l.date(from), l.stamp(at)
		c.Moments[i].Stops = append(c.Moments[i].Stops, b)
		return nil
	})
	var w caseload.Waiver
	l.each(QueryWaivers, []any{&id, &from, &w.By, &w.Reason}, func() error {
		i, ok := byID[id]
		if !ok {
			return fmt.Errorf("follow-up waiver of moment %q that was not read", id)
		}
		w.On = l.date(from)
		c.Moments[i].FollowUpWaiver = w
		return nil
	})
}

// writeBattery upserts a moment's stops and waiver (import, undo) and
// reports whether anything changed. Import keeps stops absent from the
// file, as it keeps every other row.
func writeBattery(st *stmts, m *caseload.Moment) bool {
	changed := false
	for _, b := range m.Stops {
		changed = st.exec(upsertStop, m.ID, b.Instrument, b.From.String(), b.By, b.At.String(), b.Note) || changed
	}
	if w := m.FollowUpWaiver; !w.IsZero() {
		changed = st.exec(upsertWaiver, m.ID, w.On.String(), w.By, w.Reason) || changed
	}
	return changed
}
