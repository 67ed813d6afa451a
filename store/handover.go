package store

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"reflect"
	"slices"
	"strings"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/lifecycle"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/usertext"
)

// Handovers (manual 8.1–8.2). A handover to another unit is a file in the
// import format holding those moments and nothing else, with a header
// "handover"; the receiving file keeps it as it came until it is accepted
// or declined.

var (
	// ErrNotPending means the handover has its outcome already.
	ErrNotPending = errors.New("the handover is not pending")
	// ErrNoConsent means the patient's consent (8.2.1) or being told (8.1) is not recorded.
	ErrNoConsent = errors.New("the patient has not approved or been told")
	// ErrHandoverPending means a moment is in a pending handover already.
	ErrHandoverPending = errors.New("the moment is in a pending handover")
	// ErrNotHandoverFile means the file has no handover header.
	ErrNotHandoverFile = errors.New("not a handover file (no \"handover\" header)")
)

type handoverHeaderJSON struct {
	ID            string   `json:"id"`
	FromUnit      string   `json:"from_unit"`
	ToUnit        string   `json:"to_unit"`
	FromClinician string   `json:"from_clinician,omitempty"`
	Started       string   `json:"started"`
	Moments       []string `json:"moments"`
}

// Handovers returns every handover in the file, in the order they were made.
func (s *Store) Handovers() ([]caseload.Handover, error) {
	c, err := s.readLifecycle(lifecycleFilter{})
	return c.Handovers, err
}

// Handover returns one handover.
func (s *Store) Handover(id string) (caseload.Handover, error) {
	hs, err := s.Handovers()
	if err != nil {
		return caseload.Handover{}, err
	}
	for _, h := range hs {
		if h.ID == id {
			return h, nil
		}
	}
	return caseload.Handover{}, refuse(id, ErrNotFound, &usertext.T.Store.NotFound)
}

// newHandoverID returns H-YYYYMMDD-N, the first free N.
func newHandoverID(tx *sql.Tx, day caseload.Date) (string, error) {
	for n := 1; ; n++ {
		id := fmt.Sprintf("H-%s-%d", strings.ReplaceAll(day.String(), "-", ""), n)
		var taken int
		if err := tx.QueryRow(`SELECT count(*) FROM handovers WHERE id = ?1`, id).Scan(&taken); err != nil {
			return "", err
		}
		if taken == 0 {
			return id, nil
		}
	}
}

// inPendingHandover fails when moment id is in a pending outgoing handover.
func inPendingHandover(tx *sql.Tx, id string) error {
	var n int
	err := tx.QueryRow(`SELECT count(*) FROM handover_moments hm JOIN handovers h ON h.id = hm.handover
WHERE hm.moment = ?1 AND h.direction = 'out' AND h.state = 'pending'`, id).Scan(&n)
	if err != nil {
		return err
	}
	if n > 0 {
		return refuse(id, ErrHandoverPending, &usertext.T.Store.HandoverPending)
	}
	return nil
}

// ChangeClinician gives moment id to another clinician of the unit (8.1),
// after the clinician has gone through the checks of 8.2.1
// (worklist.CheckHandover); told says the patient was told. The change is
// recorded as a handover in the unit.
func (s *Store) ChangeClinician(id string, version int64, to string, told bool, day caseload.Date) (Undo, error) {
	if strings.TrimSpace(to) == "" {
		return Undo{}, codef("clinician", usertext.Missing)
	}
	if !told {
		return Undo{}, refuse(id, ErrNoConsent, usertext.ToldMissing)
	}
	return s.change(id, version, func(tx *sql.Tx) error {
		if err := inPendingHandover(tx, id); err != nil {
			return err
		}
		var from, status string
		if err := tx.QueryRow(`SELECT clinician, status FROM moments WHERE id = ?1`, id).Scan(&from, &status); err != nil {
			return err
		}
		if status == string(caseload.Closed) {
			return refuse(id, ErrRefused, usertext.MomentClosed)
		}
		hid, err := newHandoverID(tx, day)
		if err != nil {
			return err
		}
		if _, err := tx.Exec(`UPDATE moments SET clinician = ?2 WHERE id = ?1`, id, to); err != nil {
			return err
		}
		if _, err := tx.Exec(`INSERT INTO handovers (id, direction, from_clinician, to_clinician, started, consent, state, outcome)
VALUES (?1, 'same', ?2, ?3, ?4, 1, 'accepted', ?4)`, hid, from, to, day.String()); err != nil {
			return err
		}
		_, err = tx.Exec(`INSERT INTO handover_moments (handover, moment) VALUES (?1, ?2)`, hid, id)
		return err
	})
}

// HandoverRequest is a handover to another unit (8.2.1).
type HandoverRequest struct {
	Moments       []string
	FromUnit      string
	ToUnit        string
	FromClinician string
	Consent       bool // the patient has approved the handover
	Day           caseload.Date
	Path          string // where to write the handover file; it must not exist
}

// StartHandover writes the handover file of the moments (mode 0600, a new
// file: an existing one is never overwritten) and marks them "överlämning
// pågår" in one transaction; if the transaction fails the file is
// removed. The moments stay active, with their flags, until the outcome
// (8.2.1: "Den överlämnande enheten är ansvarig för momentet till dess att
// den mottagande enheten har godkänt överlämningen").
func (s *Store) StartHandover(req HandoverRequest) (caseload.Handover, error) {
	switch {
	case !req.Consent:
		return caseload.Handover{}, refuse("handover", ErrNoConsent, usertext.ConsentMissing)
	case strings.TrimSpace(req.ToUnit) == "":
		return caseload.Handover{}, codef("handover.to_unit", usertext.Missing)
	case len(req.Moments) == 0:
		return caseload.Handover{}, codef("handover.moments", usertext.Missing)
	case req.Path == "":
		return caseload.Handover{}, codef("handover.file", usertext.Missing)
	case req.Day.IsZero():
		return caseload.Handover{}, codef("handover.started", usertext.MissingDay)
	}
	var h caseload.Handover
	written := false
	err := s.write(func(tx *sql.Tx) error {
		ids, _ := json.Marshal(req.Moments)
		c, err := loadTx(tx, loadOpts{cond: `m.id IN (SELECT value FROM json_each(?1))`, args: []any{string(ids)}, notes: true})
		if err != nil {
			return err
		}
		for _, id := range req.Moments {
			i := slices.IndexFunc(c.Moments, func(m caseload.Moment) bool { return m.ID == id })
			if i < 0 {
				return refuse(id, ErrNotFound, &usertext.T.Store.NotFound)
			}
			if st := c.Moments[i].Status; st != caseload.Active && st != caseload.Maintenance {
				return refuse(id, ErrRefused, usertext.OnlyOpenHanded, statusText(string(st)))
			}
			if err := inPendingHandover(tx, id); err != nil {
				return err
			}
		}
		var all caseload.Caseload
		if err := loadLifecycle(sqlTx{tx}, &all, lifecycleFilter{}); err != nil {
			return err
		}
		in := func(id string) bool { return slices.Contains(req.Moments, id) }
		for _, cl := range all.Closings {
			if in(cl.Moment) {
				c.Closings = append(c.Closings, cl)
			}
		}
		for _, r := range all.Referrals {
			if r.Moment != "" && in(r.Moment) {
				c.Referrals = append(c.Referrals, r)
			}
		}
		if h.ID, err = newHandoverID(tx, req.Day); err != nil {
			return err
		}
		h.Direction, h.Moments, h.FromUnit, h.ToUnit = caseload.HandoverOut, req.Moments, req.FromUnit, req.ToUnit
		h.FromClinician, h.Started, h.Consent, h.State, h.File = req.FromClinician, req.Day, true, caseload.HandoverPending, req.Path
		data, err := encodeHandoverFile(h, c)
		if err != nil {
			return err
		}
		if err := writeNew(req.Path, data); err != nil {
			return err
		}
		written = true
		st := &stmts{tx: tx, m: map[string]*sql.Stmt{}}
		defer st.close()
		insertLifecycle(st, caseload.Caseload{Handovers: []caseload.Handover{h}})
		return st.err
	})
	if err != nil {
		if written {
			os.Remove(req.Path)
		}
		return caseload.Handover{}, err
	}
	return h, nil
}

// encodeHandoverFile is the import format of c with the header first.
func encodeHandoverFile(h caseload.Handover, c caseload.Caseload) ([]byte, error) {
	var body bytes.Buffer
	if err := EncodeJSON(&body, c); err != nil {
		return nil, err
	}
	head, err := json.MarshalIndent(map[string]handoverHeaderJSON{"handover": {ID: h.ID, FromUnit: h.FromUnit, ToUnit: h.ToUnit,
		FromClinician: h.FromClinician, Started: h.Started.String(), Moments: h.Moments}}, "", "  ")
	if err != nil {
		return nil, err
	}
	// {"handover": …, followed by the body's keys.
	out := append(bytes.TrimSuffix(bytes.TrimRight(head, "\n"), []byte("\n}")), ',')
	out = append(out, bytes.TrimPrefix(body.Bytes(), []byte("{"))...)
	return out, nil
}

// writeNew writes data to a new file of mode 0600 and syncs it.
func writeNew(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	if err := os.Chmod(path, 0o600); err != nil {
		f.Close()
		os.Remove(path)
		return fmt.Errorf("store: %w", err)
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
		return fmt.Errorf("store: writing %s: %w", path, err)
	}
	return nil
}

// handoverFileJSON is a handover file: the import format and its header.
type handoverFileJSON struct {
	Handover *handoverHeaderJSON `json:"handover"`
	fileJSON
}

// ReadHandoverFile checks a handover file whole (header, format, catalogue)
// and returns its header as a handover "in" and what it holds.
func ReadHandoverFile(data []byte, cat *programs.Catalogue) (caseload.Handover, caseload.Caseload, error) {
	var head struct {
		Handover *handoverHeaderJSON `json:"handover"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return caseload.Handover{}, caseload.Caseload{}, jsonError(data, err)
	}
	if head.Handover == nil {
		return caseload.Handover{}, caseload.Caseload{}, ErrNotHandoverFile
	}
	hj := head.Handover
	started, err := caseload.ParseDate(hj.Started)
	if err != nil {
		return caseload.Handover{}, caseload.Caseload{}, atPath("handover.started", err)
	}
	if hj.ID == "" {
		return caseload.Handover{}, caseload.Caseload{}, codef("handover.id", usertext.Missing)
	}
	if err := checkDocumentAs(data, reflect.TypeFor[handoverFileJSON]()); err != nil {
		return caseload.Handover{}, caseload.Caseload{}, err
	}
	c, err := decodeChecked(data, cat)
	if err != nil {
		return caseload.Handover{}, caseload.Caseload{}, err
	}
	var ids []string
	for _, m := range c.Moments {
		ids = append(ids, m.ID)
	}
	if len(c.Handovers) > 0 || !sameSet(ids, hj.Moments) {
		return caseload.Handover{}, caseload.Caseload{}, codef("handover.moments", usertext.ImportHandoverHeader, hj.Moments, ids)
	}
	h := caseload.Handover{ID: hj.ID, Direction: caseload.HandoverIn, Moments: hj.Moments, FromUnit: hj.FromUnit, ToUnit: hj.ToUnit,
		FromClinician: hj.FromClinician, Started: started, Consent: true, State: caseload.HandoverPending}
	return h, c, nil
}

func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}

// ReceiveHandover keeps a checked handover file as a pending handover
// (tab "Överlämningar", 8.2.3). Nothing of it joins the caseload until
// AcceptHandover.
func (s *Store) ReceiveHandover(data []byte, cat *programs.Catalogue) (caseload.Handover, error) {
	h, _, err := ReadHandoverFile(data, cat)
	if err != nil {
		return caseload.Handover{}, err
	}
	h.Payload = data
	err = s.write(func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRow(`SELECT count(*) FROM handovers WHERE id = ?1`, h.ID).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return refuse(h.ID, ErrExists, usertext.HandoverTwice)
		}
		st := &stmts{tx: tx, m: map[string]*sql.Stmt{}}
		defer st.close()
		insertLifecycle(st, caseload.Caseload{Handovers: []caseload.Handover{h}})
		return st.err
	})
	h.Payload = nil
	return h, err
}

// pendingHandover reads handover id, which must be pending and go dir.
func pendingHandover(tx *sql.Tx, id string, dir caseload.HandoverDirection) (caseload.Handover, error) {
	var c caseload.Caseload
	if err := loadLifecycle(sqlTx{tx}, &c, lifecycleFilter{}); err != nil {
		return caseload.Handover{}, err
	}
	for _, h := range c.Handovers {
		if h.ID != id {
			continue
		}
		if h.Direction != dir {
			dirWord, unit := usertext.DirOut, usertext.UnitReceiver
			if h.Direction != caseload.HandoverOut {
				dirWord, unit = usertext.DirIn, usertext.UnitSending
			}
			return h, refuse(id, ErrRefused, usertext.HandoverWrongDo, dirWord, unit)
		}
		if h.State != caseload.HandoverPending {
			return h, refuse(id, ErrNotPending, usertext.HandoverNotOpen, stateText(string(h.State)))
		}
		return h, nil
	}
	return caseload.Handover{}, refuse(id, ErrNotFound, &usertext.T.Store.NotFound)
}

// AcceptHandover brings a received handover's moments into the caseload
// under clinician (8.2.3 "Tilldela behandlare"), in one transaction. It
// refuses a moment id already in the file and a patient here under another name.
func (s *Store) AcceptHandover(id, clinician string, day caseload.Date, cat *programs.Catalogue) error {
	if strings.TrimSpace(clinician) == "" {
		return codef(id+".clinician", usertext.Missing)
	}
	return s.write(func(tx *sql.Tx) error {
		h, err := pendingHandover(tx, id, caseload.HandoverIn)
		if err != nil {
			return err
		}
		_, c, err := ReadHandoverFile(h.Payload, cat)
		if err != nil {
			return err
		}
		for i := range c.Moments {
			c.Moments[i].Clinician = clinician
			var n int
			if err := tx.QueryRow(`SELECT count(*) FROM moments WHERE id = ?1`, c.Moments[i].ID).Scan(&n); err != nil {
				return err
			}
			if n > 0 {
				return refuse(id+": "+c.Moments[i].ID, ErrExists, &usertext.T.Store.Exists)
			}
		}
		for _, p := range c.Patients {
			if err := samePatient(tx, p); err != nil {
				return err
			}
		}
		// The identity rule every import follows (issue 11).
		k, err := known(tx, c)
		if err != nil {
			return err
		}
		if _, err := CheckIdentity(k, c, false); err != nil {
			return fmt.Errorf("store: handover %s: %w: %w", id, ErrIdentity, err)
		}
		for i := range c.Referrals {
			c.Referrals[i].Clinician = clinician
		}
		if err := insertCaseload(tx, c); err != nil {
			return err
		}
		_, err = tx.Exec(`UPDATE handovers SET state = 'accepted', outcome = ?2, to_clinician = ?3, payload = NULL WHERE id = ?1`,
			id, day.String(), clinician)
		return err
	})
}

// DeclineHandover declines a received handover (8.2.4); what it held is removed.
func (s *Store) DeclineHandover(id string, day caseload.Date) error {
	return s.write(func(tx *sql.Tx) error {
		if _, err := pendingHandover(tx, id, caseload.HandoverIn); err != nil {
			return err
		}
		_, err := tx.Exec(`UPDATE handovers SET state = 'declined', outcome = ?2, payload = NULL WHERE id = ?1`, id, day.String())
		return err
	})
}

// HandoverOutcome records on the sending side what became of a handover:
// accepted (the moments are closed here as "överlämnad" and read-only
// until gallring), declined by the receiving unit (8.2.4) or cancelled by
// this one (8.2.2); the last two leave the moments active.
func (s *Store) HandoverOutcome(id string, state caseload.HandoverState, day caseload.Date) error {
	if state != caseload.HandoverAccepted && state != caseload.HandoverDeclined && state != caseload.HandoverCancelled {
		return codef("handover outcome", usertext.OutcomeWant, string(state))
	}
	if day.IsZero() {
		return codef("handover outcome.day", usertext.MissingDay)
	}
	return s.write(func(tx *sql.Tx) error {
		h, err := pendingHandover(tx, id, caseload.HandoverOut)
		if err != nil {
			return err
		}
		if state == caseload.HandoverAccepted {
			for _, m := range h.Moments {
				if _, err := tx.Exec(`UPDATE moments SET version = version + 1, status = 'closed', closed_on = ?2, closing_reason = ?3 WHERE id = ?1`,
					m, day.String(), lifecycle.HandedOverReason); err != nil {
					return err
				}
			}
		}
		_, err = tx.Exec(`UPDATE handovers SET state = ?2, outcome = ?3 WHERE id = ?1`, id, string(state), day.String())
		return err
	})
}

// HandedOver reports whether moment id was handed over to another unit
// (read-only, "överlämnad") or is being handed over ("överlämning pågår").
func (s *Store) HandedOver(id string) (pending, accepted bool, err error) {
	rows, err := s.db.Query(`SELECT h.state FROM handover_moments hm JOIN handovers h ON h.id = hm.handover
WHERE hm.moment = ?1 AND h.direction = 'out'`, id)
	if err != nil {
		return false, false, s.wrap(err)
	}
	defer rows.Close()
	for rows.Next() {
		var st string
		if err := rows.Scan(&st); err != nil {
			return false, false, s.wrap(err)
		}
		pending = pending || st == string(caseload.HandoverPending)
		accepted = accepted || st == string(caseload.HandoverAccepted)
	}
	return pending, accepted, s.wrap(rows.Err())
}
