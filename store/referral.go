package store

import (
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/instruments"
	"github.com/ikbt/ikbt/lifecycle"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/usertext"
)

// The writes of a referral's steps (manual 3.5). Each is one transaction.

// ErrNameDiffers means a patient with this personnummer is in the file
// under another name: no name changes without the clinician saying so.
var ErrNameDiffers = errors.New("the personnummer is in the file under another name")

// ErrDecided means the referral has its decision and cannot change.
var ErrDecided = errors.New("the referral is decided")

// AddReferral adds a referral and, if new, its patient. An ID "" is
// given one (R-YYYYMMDD-N from the day of the referral); the ID is returned.
func (s *Store) AddReferral(p caseload.Patient, r caseload.Referral) (string, error) {
	if r.Decision != caseload.Undecided {
		return "", refuse(r.ID, ErrDecided, &usertext.T.Store.Decided)
	}
	r.PNR = p.PNR
	id := r.ID
	err := s.write(func(tx *sql.Tx) error {
		if id == "" {
			var n int
			if err := tx.QueryRow(`SELECT count(*) FROM referrals WHERE referred = ?1`, r.Referred.String()).Scan(&n); err != nil {
				return err
			}
			for {
				n++
				id = fmt.Sprintf("R-%s-%d", strings.ReplaceAll(r.Referred.String(), "-", ""), n)
				var taken int
				if err := tx.QueryRow(`SELECT count(*) FROM referrals WHERE id = ?1`, id).Scan(&taken); err != nil {
					return err
				}
				if taken == 0 {
					break
				}
			}
		}
		r.ID = id
		if err := validate(caseload.Caseload{Patients: []caseload.Patient{p}, Referrals: []caseload.Referral{r}}, nil); err != nil {
			return err
		}
		var n int
		if err := tx.QueryRow(`SELECT count(*) FROM referrals WHERE id = ?1`, id).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return refuse(id, ErrExists, &usertext.T.Store.Exists)
		}
		if err := samePatient(tx, p); err != nil {
			return err
		}
		return insertCaseload(tx, caseload.Caseload{Patients: []caseload.Patient{p}, Referrals: []caseload.Referral{r}})
	})
	return id, err
}

// samePatient refuses p when its personnummer is in the file under another name.
func samePatient(tx *sql.Tx, p caseload.Patient) error {
	var name string
	err := tx.QueryRow(`SELECT name FROM patients WHERE pnr = ?1`, p.PNR.String()).Scan(&name)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return err
	}
	if name != p.Name {
		return refuse(p.PNR.Masked(), ErrNameDiffers, &usertext.T.Store.NameDiffers)
	}
	return nil
}

// Referral returns one referral with its patient.
func (s *Store) Referral(id string) (caseload.Referral, caseload.Patient, error) {
	c, err := s.readLifecycle(lifecycleFilter{})
	if err != nil {
		return caseload.Referral{}, caseload.Patient{}, err
	}
	for _, r := range c.Referrals {
		if r.ID == id {
			p := caseload.Patient{PNR: r.PNR}
			err := s.db.QueryRow(`SELECT name FROM patients WHERE pnr = ?1`, r.PNR.String()).Scan(&p.Name)
			return r, p, s.wrap(err)
		}
	}
	return caseload.Referral{}, caseload.Patient{}, refuse(id, ErrNotFound, &usertext.T.Store.NotFound)
}

// Referral steps for ReferralStep.
const (
	StepContacted = "contacted" // 3.5.2
	StepBooked    = "booked"    // the assessment visit is booked for the day
	StepFormsSent = "forms"     // 3.5.3–3.5.4, with the instruments sent
	StepHeld      = "held"      // 3.5.5
)

// ReferralStep records a step of an undecided referral on day; forms are
// the instruments sent (StepFormsSent only).
func (s *Store) ReferralStep(id, step string, day caseload.Date, forms []string) error {
	if day.IsZero() {
		return codef(id+".day", usertext.MissingDay)
	}
	var q string
	args := []any{id, day.String()}
	switch step {
	case StepContacted:
		q = `UPDATE referrals SET contacted = ?2 WHERE id = ?1`
	case StepBooked:
		q = `UPDATE referrals SET visit_on = ?2 WHERE id = ?1`
	case StepHeld:
		q = `UPDATE referrals SET visit_held = ?2 WHERE id = ?1`
	case StepFormsSent:
		if len(forms) == 0 {
			return codef(id+".forms", usertext.FormsWhich)
		}
		for _, f := range forms {
			if _, ok := instruments.Get(f); !ok {
				return codef(id+".forms", usertext.UnknownInstr, f)
			}
		}
		q = `UPDATE referrals SET forms_sent = ?2, forms = ?3 WHERE id = ?1`
		args = append(args, strings.Join(forms, ","))
	default:
		return codef("referral step", usertext.StepWant, step)
	}
	return s.write(func(tx *sql.Tx) error {
		if err := undecided(tx, id); err != nil {
			return err
		}
		_, err := tx.Exec(q, args...)
		return err
	})
}

// undecided fails unless referral id exists and has no decision.
func undecided(tx *sql.Tx, id string) error {
	var d string
	err := tx.QueryRow(`SELECT decision FROM referrals WHERE id = ?1`, id).Scan(&d)
	if errors.Is(err, sql.ErrNoRows) {
		return refuse(id, ErrNotFound, &usertext.T.Store.NotFound)
	}
	if err != nil {
		return err
	}
	if d != "" {
		return refuse(id, ErrDecided, &usertext.T.Store.Decided)
	}
	return nil
}

// SetReferralCheck answers question key ("1" … "13") of checklist 3.4 with "ja" or "nej".
func (s *Store) SetReferralCheck(id string, ch caseload.Check) error {
	return s.write(func(tx *sql.Tx) error {
		if err := undecided(tx, id); err != nil {
			return err
		}
		if err := validateChecks(caseload.Referral{ID: id, Checklist: []caseload.Check{ch}}); err != nil {
			return err
		}
		_, err := tx.Exec(upsertReferralCheck, id, ch.Key, ch.Answer, ch.Note)
		return err
	})
}

func validateChecks(r caseload.Referral) error {
	for _, ch := range r.Checklist {
		if !slices.Contains([]string{"ja", "nej"}, ch.Answer) {
			return codef("checklist 3.4", usertext.CheckAnswer, ch.Key, ch.Answer)
		}
		if _, ok := lifecycle.ChecklistQuestion(ch.Key); !ok {
			return codef("checklist 3.4", usertext.ChecklistNotItem, ch.Key)
		}
	}
	return nil
}

// AddReferralMeasurement records an answer given during the assessment
// (occasion bedömning unless given). MADRS-S item 9 at 4 or more raises
// the red flag in the worklist at once (worklist.ReferralFlags).
func (s *Store) AddReferralMeasurement(id string, m caseload.Measurement) error {
	if err := required("measurement", m.Answered); err != nil {
		return err
	}
	if m.Occasion == "" {
		m.Occasion = caseload.Assessment
	}
	r, _, err := score(m)
	if err != nil {
		return atPath(id, err)
	}
	return s.write(func(tx *sql.Tx) error {
		if err := undecided(tx, id); err != nil {
			return err
		}
		_, err := tx.Exec(upsertReferralMeasurement, id, m.Instrument, string(m.Occasion), m.Answered.String(), joinInts(m.Items), r.Total, r.Item9)
		return err
	})
}

// HandleReferralFlag records that the clinician handled the red flag of an
// assessment answer (a worklist.Flag whose Moment is the referral's ID).
func (s *Store) HandleReferralFlag(id string, f caseload.Flag) error {
	if f.Kind != caseload.FlagMADRS9 {
		return codef(id+".flag", usertext.FlagBeforeStart, f.Kind)
	}
	if err := required("handled flag", f.HandledAt); err != nil {
		return err
	}
	return s.write(func(tx *sql.Tx) error {
		if err := undecided(tx, id); err != nil {
			return err
		}
		_, err := tx.Exec(upsertReferralFlag, id, f.Kind, f.Ref, f.Raised.String(), f.HandledBy, f.HandledAt.String(), f.Note)
		return err
	})
}

// DecideNo records that the referral does not lead to IKBT, and why.
func (s *Store) DecideNo(id string, day caseload.Date, reason string) error {
	if strings.TrimSpace(reason) == "" {
		return codef(id+".reason", usertext.NoWithoutReason)
	}
	if day.IsZero() {
		return codef(id+".day", usertext.MissingDay)
	}
	return s.write(func(tx *sql.Tx) error {
		if err := undecided(tx, id); err != nil {
			return err
		}
		_, err := tx.Exec(`UPDATE referrals SET decision = 'no', decided = ?2, reason = ?3 WHERE id = ?1`, id, day.String(), reason)
		return err
	})
}

// DecideYes starts moment m for the referral (3.5.5): the moment gets the
// referral's patient and clinician (unless m names one), the answers of
// the assessment (occasion bedömning) and their handled flags, and starts
// on m.Started, so that the start battery is due from that day
// (worklist). cat (nil to skip) checks the program. One transaction; the referral is decided on m.Started.
func (s *Store) DecideYes(id string, m caseload.Moment, cat *programs.Catalogue) error {
	return s.write(func(tx *sql.Tx) error {
		if err := undecided(tx, id); err != nil {
			return err
		}
		c, err := func() (caseload.Caseload, error) {
			var c caseload.Caseload
			err := loadLifecycle(sqlTx{tx}, &c, lifecycleFilter{})
			return c, err
		}()
		if err != nil {
			return err
		}
		var r caseload.Referral
		for _, x := range c.Referrals {
			if x.ID == id {
				r = x
			}
		}
		var p caseload.Patient
		if err := tx.QueryRow(`SELECT pnr, name FROM patients WHERE pnr = ?1`, r.PNR.String()).Scan(&p.PNR, &p.Name); err != nil {
			return err
		}
		m.PNR = r.PNR
		if m.Clinician == "" {
			m.Clinician = r.Clinician
		}
		if m.Status == "" {
			m.Status = caseload.Active
		}
		for _, x := range r.Measurements {
			x.ID = 0
			if x.Occasion == "" {
				x.Occasion = caseload.Assessment
			}
			m.Measurements = append(m.Measurements, x)
		}
		m.Flags = append(m.Flags, r.Flags...)
		one := caseload.Caseload{Patients: []caseload.Patient{p}, Moments: []caseload.Moment{m}}
		if err := validate(one, cat); err != nil {
			return err
		}
		var n int
		if err := tx.QueryRow(`SELECT count(*) FROM moments WHERE id = ?1`, m.ID).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return refuse(m.ID, ErrExists, &usertext.T.Store.Exists)
		}
		if err := insertCaseload(tx, one); err != nil {
			return err
		}
		_, err = tx.Exec(`UPDATE referrals SET decision = 'ikbt', decided = ?2, moment = ?3 WHERE id = ?1`, id, m.Started.String(), m.ID)
		return err
	})
}
