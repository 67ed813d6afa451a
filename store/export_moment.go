package store

import (
	"bytes"
	"path/filepath"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/usertext"
)

// ExportMoment writes moment id, its patient, closing and referral in the
// import format to a new file at path (mode 0600, never over an existing
// file): the copy a clinician may keep before gallring, holding no more
// than was asked.
func (s *Store) ExportMoment(id, path string) error {
	c, err := s.Export()
	if err != nil {
		return err
	}
	var one caseload.Caseload
	for _, m := range c.Moments {
		if m.ID == id {
			one.Moments = append(one.Moments, m)
		}
	}
	if len(one.Moments) == 0 {
		return refuse(id, ErrNotFound, &usertext.T.Store.NotFound)
	}
	pnr := one.Moments[0].PNR
	for _, p := range c.Patients {
		if p.PNR == pnr {
			one.Patients = append(one.Patients, p)
		}
	}
	for _, cl := range c.Closings {
		if cl.Moment == id {
			one.Closings = append(one.Closings, cl)
		}
	}
	for _, r := range c.Referrals {
		if r.Moment == id {
			one.Referrals = append(one.Referrals, r)
		}
	}
	var buf bytes.Buffer
	if err := EncodeJSON(&buf, one); err != nil {
		return err
	}
	return writeNew(filepath.Clean(path), buf.Bytes())
}
