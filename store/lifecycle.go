package store

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/lifecycle"
	"github.com/ikbt/ikbt/personnummer"
	"github.com/ikbt/ikbt/usertext"
)

// Referrals, closings and handovers: checks, import and loading. The
// writes of each step are in referral.go, closing.go, handover.go and
// gallring.go.

var (
	decisions      = []caseload.Decision{caseload.Undecided, caseload.DecidedYes, caseload.DecidedNo}
	handoverStates = []caseload.HandoverState{caseload.HandoverPending, caseload.HandoverAccepted, caseload.HandoverDeclined, caseload.HandoverCancelled}
	handoverDirs   = []caseload.HandoverDirection{caseload.HandoverOut, caseload.HandoverIn, caseload.HandoverSame}
)

// validateLifecycle checks the parts around the moments and scores the
// referrals' measurements (as DecodeJSON does the moments').
func validateLifecycle(c caseload.Caseload) error {
	patients := map[personnummer.Number]bool{}
	for _, p := range c.Patients {
		patients[p.PNR] = true
	}
	moments := map[string]bool{}
	for _, m := range c.Moments {
		moments[m.ID] = true
	}
	ids := map[string]int{}
	for i := range c.Referrals {
		r := &c.Referrals[i]
		path := fmt.Sprintf("referrals[%d]", i)
		switch {
		case r.ID == "":
			return codef(path+".id", usertext.Missing)
		case !patients[r.PNR]:
			return codef(path+".personnummer", usertext.ImportNotInPatients, r.PNR.Masked())
		case r.Referred.IsZero():
			return codef(path+".referred", usertext.MissingDay)
		case !slices.Contains(decisions, r.Decision):
			return codef(path+".decision", usertext.ImportDecision, r.Decision)
		case r.Decision != caseload.Undecided && r.Decided.IsZero():
			return codef(path+".decided", usertext.ImportDecidedMissing)
		case r.Decision == caseload.DecidedNo && strings.TrimSpace(r.Reason) == "":
			return codef(path+".reason", usertext.ImportReasonMissing)
		}
		if j, dup := ids[r.ID]; dup {
			return codef(path+".id", usertext.ImportReferralTwice, r.ID, j)
		}
		ids[r.ID] = i
		for j, ch := range r.Checklist {
			if _, ok := lifecycle.Observandum(ch.Key, ch.Answer); !ok {
				return codef(fmt.Sprintf("%s.checklist[%d]", path, j), usertext.ImportChecklist, ch.Key, ch.Answer)
			}
		}
		for j := range r.Measurements {
			x := &r.Measurements[j]
			p := fmt.Sprintf("%s.measurements[%d]", path, j)
			if x.Answered.IsZero() {
				return codef(p+".answered", usertext.Missing)
			}
			if !slices.Contains(occasions, x.Occasion) {
				return codef(p+".occasion", usertext.NotOccasion, x.Occasion)
			}
			res, _, err := score(*x)
			if err != nil {
				return atPath(p, err)
			}
			if x.Items != nil && x.Total >= 0 && x.Total != res.Total {
				return codef(p+".total", usertext.ImportTotalSum, x.Total, res.Total)
			}
			x.Total, x.Item9 = res.Total, res.Item9
		}
		for j, f := range r.Flags {
			if f.Kind != caseload.FlagMADRS9 || f.HandledAt.IsZero() {
				return codef(fmt.Sprintf("%s.flags[%d]", path, j), usertext.ImportReferralFlag)
			}
		}
	}
	seen := map[string]bool{}
	for i, cl := range c.Closings {
		path := fmt.Sprintf("closings[%d]", i)
		if !moments[cl.Moment] {
			return codef(path+".moment", usertext.ImportNotInMoments, cl.Moment)
		}
		if seen[cl.Moment] {
			return codef(path+".moment", usertext.ImportClosingTwice, cl.Moment)
		}
		seen[cl.Moment] = true
		for j, ch := range cl.Checks {
			if !lifecycle.ValidClosingKey(ch.Key) {
				return codef(fmt.Sprintf("%s.checks[%d].key", path, j), usertext.ClosingNotQuestion, ch.Key)
			}
		}
	}
	for i, h := range c.Handovers {
		path := fmt.Sprintf("handovers[%d]", i)
		switch {
		case h.ID == "":
			return codef(path+".id", usertext.Missing)
		case !slices.Contains(handoverDirs, h.Direction):
			return codef(path+".direction", usertext.ImportDirection, h.Direction)
		case !slices.Contains(handoverStates, h.State):
			return codef(path+".state", usertext.ImportState, h.State)
		case len(h.Moments) == 0:
			return codef(path+".moments", usertext.Missing)
		case h.Started.IsZero():
			return codef(path+".started", usertext.Missing)
		}
		if h.Direction != caseload.HandoverIn {
			for j, id := range h.Moments {
				if !moments[id] {
					return codef(fmt.Sprintf("%s.moments[%d]", path, j), usertext.ImportNotInMoments, id)
				}
			}
		}
	}
	return nil
}

// insertLifecycle writes the parts around the moments, by their keys, as
// insertCaseload does the moments.
func insertLifecycle(st *stmts, c caseload.Caseload) {
	for _, r := range c.Referrals {
		st.exec(`INSERT INTO referrals (id, pnr, clinician, referred, from_whom, contacted, forms_sent, forms, visit_on,
	visit_held, decision, decided, reason, moment) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
ON CONFLICT (id) DO UPDATE SET pnr = excluded.pnr, clinician = excluded.clinician, referred = excluded.referred,
	from_whom = excluded.from_whom, contacted = excluded.contacted, forms_sent = excluded.forms_sent, forms = excluded.forms,
	visit_on = excluded.visit_on, visit_held = excluded.visit_held, decision = excluded.decision, decided = excluded.decided,
	reason = excluded.reason, moment = excluded.moment`,
			r.ID, r.PNR.String(), r.Clinician, r.Referred.String(), r.From, r.Contacted.String(), r.FormsSent.String(),
			strings.Join(r.Forms, ","), r.VisitOn.String(), r.VisitHeld.String(), string(r.Decision), r.Decided.String(), r.Reason, r.Moment)
		for _, ch := range r.Checklist {
			st.exec(upsertReferralCheck, r.ID, ch.Key, ch.Answer, ch.Note)
		}
		for _, x := range r.Measurements {
			st.exec(upsertReferralMeasurement, r.ID, x.Instrument, string(x.Occasion), x.Answered.String(), joinInts(x.Items), x.Total, x.Item9)
		}
		for _, f := range r.Flags {
			st.exec(upsertReferralFlag, r.ID, f.Kind, f.Ref, f.Raised.String(), f.HandledBy, f.HandledAt.String(), f.Note)
		}
	}
	for _, cl := range c.Closings {
		upsertClosing(st, cl)
	}
	for _, h := range c.Handovers {
		var payload any
		if len(h.Payload) > 0 {
			payload = h.Payload
		}
		st.exec(`INSERT INTO handovers (id, direction, from_unit, to_unit, from_clinician, to_clinician, started, consent, state, outcome, file, payload)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
ON CONFLICT (id) DO UPDATE SET direction = excluded.direction, from_unit = excluded.from_unit, to_unit = excluded.to_unit,
	from_clinician = excluded.from_clinician, to_clinician = excluded.to_clinician, started = excluded.started,
	consent = excluded.consent, state = excluded.state, outcome = excluded.outcome, file = excluded.file, payload = excluded.payload`,
			h.ID, string(h.Direction), h.FromUnit, h.ToUnit, h.FromClinician, h.ToClinician, h.Started.String(), h.Consent,
			string(h.State), h.Outcome.String(), h.File, payload)
		for _, id := range h.Moments {
			st.exec(`INSERT OR IGNORE INTO handover_moments (handover, moment) VALUES (?1, ?2)`, h.ID, id)
		}
	}
}

const (
	upsertReferralCheck = `INSERT INTO referral_checks (referral, key, answer, note) VALUES (?1, ?2, ?3, ?4)
ON CONFLICT (referral, key) DO UPDATE SET answer = excluded.answer, note = excluded.note`
	upsertReferralMeasurement = `INSERT INTO referral_measurements (referral, instrument, occasion, answered, items, total, item9)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
ON CONFLICT (referral, instrument, answered) DO UPDATE SET occasion = excluded.occasion, items = excluded.items,
	total = excluded.total, item9 = excluded.item9`
	upsertReferralFlag = `INSERT INTO referral_flags (referral, kind, ref, raised, handled_by, handled_at, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
ON CONFLICT (referral, kind, ref) DO UPDATE SET raised = excluded.raised, handled_by = excluded.handled_by,
	handled_at = excluded.handled_at, note = excluded.note`
	upsertClosingCheck = `INSERT INTO closing_checks (moment, key, answer, note) VALUES (?1, ?2, ?3, ?4)
ON CONFLICT (moment, key) DO UPDATE SET answer = excluded.answer, note = excluded.note`
)

func upsertClosing(st *stmts, cl caseload.Closing) {
	st.exec(`INSERT INTO closings (moment, visit_on, visit_held, followup_waived, sob_closed, sob_gallrad) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
ON CONFLICT (moment) DO UPDATE SET visit_on = excluded.visit_on, visit_held = excluded.visit_held,
	followup_waived = excluded.followup_waived, sob_closed = excluded.sob_closed, sob_gallrad = excluded.sob_gallrad`,
		cl.Moment, cl.VisitOn.String(), cl.VisitHeld.String(), cl.FollowUpWaived, cl.SoBClosed.String(), cl.SoBGallrad.String())
	for _, ch := range cl.Checks {
		st.exec(upsertClosingCheck, cl.Moment, ch.Key, ch.Answer, ch.Note)
	}
}

// lifecycleFilter picks what loadLifecycle reads.
type lifecycleFilter struct {
	clinician string // referrals of one clinician; "" for all
	open      bool   // only undecided referrals, no closings or handovers (the worklist)
}

// The referral queries of loadLifecycle and addReferred; /*referrals*/
// is the condition on r that a lifecycleFilter picks (see where).
const (
	QueryReferrals = `SELECT r.id, r.pnr, r.clinician, r.referred, r.from_whom, r.contacted, r.forms_sent, r.forms, r.visit_on, r.visit_held,
	r.decision, r.decided, r.reason, r.moment FROM referrals r WHERE /*referrals*/ ORDER BY r.rowid`
	QueryReferralChecks = `SELECT k.referral, k.key, k.answer, k.note FROM referral_checks k JOIN referrals r ON r.id = k.referral
WHERE /*referrals*/ ORDER BY k.rowid`
	QueryReferralMeasurements = `SELECT x.referral, x.id, x.instrument, x.occasion, x.answered, x.items, x.total, x.item9 FROM referral_measurements x
JOIN referrals r ON r.id = x.referral WHERE /*referrals*/ ORDER BY x.id`
	QueryReferralFlags = `SELECT f.referral, f.kind, f.ref, f.raised, f.handled_by, f.handled_at, f.note FROM referral_flags f
JOIN referrals r ON r.id = f.referral WHERE /*referrals*/ ORDER BY f.rowid`
	// QueryReferralPatients names the referrals' patients, for those the
	// caseload read with them does not hold (addReferred).
	QueryReferralPatients = `SELECT p.pnr, p.name FROM referrals r JOIN patients p ON p.pnr = r.pnr WHERE /*referrals*/`
	QueryPendingHandovers = `SELECT id, direction, from_unit, to_unit, from_clinician, started, state, file, payload
FROM handovers WHERE state = 'pending' AND direction IN ('in', 'out') ORDER BY rowid`
	QueryPendingHandoverMoments = `SELECT hm.handover, hm.moment FROM handover_moments hm JOIN handovers h ON h.id = hm.handover
WHERE h.state = 'pending' AND h.direction IN ('in', 'out') ORDER BY hm.rowid`
)

// where is the condition on referrals r that f picks, and its argument
// (?1, the clinician).
func (f lifecycleFilter) where() (string, []any) {
	cond := "1"
	var args []any
	if f.open {
		cond += " AND r.decision = ''"
	}
	if f.clinician != "" {
		cond += " AND r.clinician = ?1"
		args = []any{f.clinician}
	}
	return cond, args
}

// pickReferrals puts a referrals condition into a query.
func pickReferrals(query, cond string) string {
	return strings.ReplaceAll(query, "/*referrals*/", cond)
}

// lifecycleQueries are the queries addLifecycle runs for the worklist's
// filter, in order.
func lifecycleQueries(f lifecycleFilter) []string {
	cond, _ := f.where()
	out := []string{}
	for _, q := range []string{QueryReferrals, QueryReferralChecks, QueryReferralMeasurements, QueryReferralFlags} {
		out = append(out, pickReferrals(q, cond))
	}
	return append(out, QueryPendingHandovers, QueryPendingHandoverMoments, pickReferrals(QueryReferralPatients, cond))
}

// loadLifecycle reads referrals, closings and handovers into c.
func loadLifecycle(q rowSource, c *caseload.Caseload, f lifecycleFilter) error {
	l := &loader{q: q, o: loadOpts{cond: "1"}}
	cond, args := f.where()
	l.o.args = args
	idx := map[string]int{}
	var r caseload.Referral
	var pnr, referred, contacted, formsSent, forms, visitOn, visitHeld, decision, decided string
	l.each(pickReferrals(QueryReferrals, cond),
		[]any{&r.ID, &pnr, &r.Clinician, &referred, &r.From, &contacted, &formsSent, &forms, &visitOn, &visitHeld, &decision, &decided, &r.Reason, &r.Moment},
		func() error {
			x := caseload.Referral{ID: r.ID, PNR: personnummer.Number(pnr), Clinician: r.Clinician, From: r.From, Reason: r.Reason, Moment: r.Moment,
				Referred: l.date(referred), Contacted: l.date(contacted), FormsSent: l.date(formsSent), VisitOn: l.date(visitOn),
				VisitHeld: l.date(visitHeld), Decision: caseload.Decision(decision), Decided: l.date(decided)}
			if forms != "" {
				x.Forms = strings.Split(forms, ",")
			}
			idx[x.ID] = len(c.Referrals)
			c.Referrals = append(c.Referrals, x)
			return nil
		})
	var ref, key, answer, note string
	l.each(pickReferrals(QueryReferralChecks, cond),
		[]any{&ref, &key, &answer, &note}, func() error {
			rr := &c.Referrals[idx[ref]]
			rr.Checklist = append(rr.Checklist, caseload.Check{Key: key, Answer: answer, Note: note})
			return nil
		})
	var mid int64
	var instrument, occasion, answered, items string
	var total, item9 int
	l.each(pickReferrals(QueryReferralMeasurements, cond),
		[]any{&ref, &mid, &instrument, &occasion, &answered, &items, &total, &item9}, func() error {
			rr := &c.Referrals[idx[ref]]
			rr.Measurements = append(rr.Measurements, caseload.Measurement{ID: mid, Instrument: instrument, Occasion: caseload.Occasion(occasion),
				Answered: l.stamp(answered), Items: l.ints(items), Total: total, Item9: item9})
			return nil
		})
	var kind, fref, raised, by, at string
	l.each(pickReferrals(QueryReferralFlags, cond),
		[]any{&ref, &kind, &fref, &raised, &by, &at, &note}, func() error {
			rr := &c.Referrals[idx[ref]]
			rr.Flags = append(rr.Flags, caseload.Flag{Kind: kind, Ref: fref, Raised: l.date(raised), HandledBy: by, HandledAt: l.stamp(at), Note: note})
			return nil
		})
	l.o.args = nil
	if f.open {
		loadPendingHandovers(l, c)
		return l.err
	}
	cidx := map[string]int{}
	var moment, vOn, vHeld, sobClosed, sobGallrad string
	var waived bool
	l.each(`SELECT moment, visit_on, visit_held, followup_waived, sob_closed, sob_gallrad FROM closings ORDER BY rowid`,
		[]any{&moment, &vOn, &vHeld, &waived, &sobClosed, &sobGallrad}, func() error {
			cidx[moment] = len(c.Closings)
			c.Closings = append(c.Closings, caseload.Closing{Moment: moment, VisitOn: l.date(vOn), VisitHeld: l.date(vHeld),
				FollowUpWaived: waived, SoBClosed: l.date(sobClosed), SoBGallrad: l.date(sobGallrad)})
			return nil
		})
	l.each(`SELECT moment, key, answer, note FROM closing_checks ORDER BY rowid`, []any{&moment, &key, &answer, &note}, func() error {
		i, ok := cidx[moment]
		if !ok {
			cidx[moment] = len(c.Closings)
			c.Closings = append(c.Closings, caseload.Closing{Moment: moment})
			i = len(c.Closings) - 1
		}
		c.Closings[i].Checks = append(c.Closings[i].Checks, caseload.Check{Key: key, Answer: answer, Note: note})
		return nil
	})
	hidx := map[string]int{}
	var h caseload.Handover
	var dir, started, state, outcome string
	var payload []byte
	l.each(`SELECT id, direction, from_unit, to_unit, from_clinician, to_clinician, started, consent, state, outcome, file, payload
FROM handovers ORDER BY rowid`, []any{&h.ID, &dir, &h.FromUnit, &h.ToUnit, &h.FromClinician, &h.ToClinician, &started, &h.Consent, &state, &outcome, &h.File, &payload},
		func() error {
			x := h
			x.Direction, x.State, x.Started, x.Outcome = caseload.HandoverDirection(dir), caseload.HandoverState(state), l.date(started), l.date(outcome)
			x.Payload = slices.Clone(payload)
			if x.Direction == caseload.HandoverIn && x.State == caseload.HandoverPending {
				x.Names = handoverNames(payload) // as the worklist reads them (loadPendingHandovers)
			}
			hidx[x.ID] = len(c.Handovers)
			c.Handovers = append(c.Handovers, x)
			return nil
		})
	var hid string
	l.each(`SELECT handover, moment FROM handover_moments ORDER BY rowid`, []any{&hid, &moment}, func() error {
		hh := &c.Handovers[hidx[hid]]
		hh.Moments = append(hh.Moments, moment)
		return nil
	})
	return l.err
}

// loadPendingHandovers reads the handovers to or from another unit that
// wait for their outcome (the worklist's part "handovers"): an incoming
// one with the names of its file's patients, not the file.
func loadPendingHandovers(l *loader, c *caseload.Caseload) {
	hidx := map[string]int{}
	var h caseload.Handover
	var dir, started, state string
	var payload []byte
	l.each(QueryPendingHandovers,
		[]any{&h.ID, &dir, &h.FromUnit, &h.ToUnit, &h.FromClinician, &started, &state, &h.File, &payload},
		func() error {
			x := h
			x.Direction, x.State, x.Started = caseload.HandoverDirection(dir), caseload.HandoverState(state), l.date(started)
			if x.Direction == caseload.HandoverIn {
				x.Names = handoverNames(payload)
			}
			hidx[x.ID] = len(c.Handovers)
			c.Handovers = append(c.Handovers, x)
			return nil
		})
	var hid, moment string
	l.each(QueryPendingHandoverMoments, []any{&hid, &moment}, func() error {
		hh := &c.Handovers[hidx[hid]]
		hh.Moments = append(hh.Moments, moment)
		return nil
	})
}

// handoverNames reads moment ID → patient name from a received handover
// file (checked whole when it was received); nil if it cannot.
func handoverNames(payload []byte) map[string]string {
	var f struct {
		Patients []patientJSON `json:"patients"`
		Moments  []struct {
			ID           string `json:"id"`
			Personnummer string `json:"personnummer"`
		} `json:"moments"`
	}
	if json.Unmarshal(payload, &f) != nil {
		return nil
	}
	names := map[string]string{}
	for _, m := range f.Moments {
		for _, p := range f.Patients {
			if p.Personnummer == m.Personnummer {
				names[m.ID] = p.Name
			}
		}
	}
	return names
}

// readLifecycle reads the parts around the moments in one snapshot.
func (s *Store) readLifecycle(f lifecycleFilter) (caseload.Caseload, error) {
	var c caseload.Caseload
	err := s.rawRead(func(q rowSource) error { return loadLifecycle(q, &c, f) })
	return c, s.wrap(err)
}

// addLifecycle reads the parts around the moments into c, and the
// patients of its referrals that c does not hold yet, in one snapshot.
func (s *Store) addLifecycle(c *caseload.Caseload, f lifecycleFilter) error {
	return s.wrap(s.rawRead(func(q rowSource) error { return readAround(q, c, f) }))
}

// readAround reads the parts around the moments into c with q, and the
// patients of its referrals that c does not hold yet.
func readAround(q rowSource, c *caseload.Caseload, f lifecycleFilter) error {
	var lc caseload.Caseload
	if err := loadLifecycle(q, &lc, f); err != nil {
		return err
	}
	return addReferred(q, c, lc, f)
}

// addReferred puts lc's referrals, closings and handovers into c, and the
// patients of the referrals (picked by f) that c does not hold yet.
func addReferred(q rowSource, c *caseload.Caseload, lc caseload.Caseload, f lifecycleFilter) error {
	c.Referrals, c.Closings, c.Handovers = lc.Referrals, lc.Closings, lc.Handovers
	if len(c.Referrals) == 0 {
		return nil
	}
	// One query for the names, not one a referral: it is also the one
	// `ikbt worklist --sql` prints.
	cond, args := f.where()
	l := &loader{q: q, o: loadOpts{args: args}}
	names := map[personnummer.Number]string{}
	var pnr, name string
	l.each(pickReferrals(QueryReferralPatients, cond), []any{&pnr, &name}, func() error {
		names[personnummer.Number(pnr)] = name
		return nil
	})
	if l.err != nil {
		return l.err
	}
	have := map[personnummer.Number]bool{}
	for _, p := range c.Patients {
		have[p.PNR] = true
	}
	for _, r := range c.Referrals {
		if have[r.PNR] {
			continue
		}
		name, ok := names[r.PNR]
		if !ok {
			return sql.ErrNoRows
		}
		c.Patients = append(c.Patients, caseload.Patient{PNR: r.PNR, Name: name})
		have[r.PNR] = true
	}
	return nil
}
