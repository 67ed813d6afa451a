package store

import (
	"database/sql"
	"fmt"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/personnummer"
	"github.com/ikbt/ikbt/usertext"
)

// Known is what a file already holds about the identities an incoming
// caseload names: its patients' names and its moments' patient and program.
type Known struct {
	Patients map[personnummer.Number]string
	Moments  map[string]KnownMoment
}

// KnownMoment is who a moment in the file belongs to and what it runs.
type KnownMoment struct {
	PNR     personnummer.Number
	Program string
}

// Rename is a patient's name changed by an import that was allowed to.
type Rename struct {
	Path     string // e.g. patients[2].name
	PNR      personnummer.Number
	From, To string
}

// Location is the path; Reason says the change (usertext.Renamed).
func (r Rename) Location() string { return r.Path }

// Reason is the catalogue code and its arguments.
func (r Rename) Reason() (usertext.Code, []any) {
	return usertext.Renamed, []any{r.PNR.Masked(), r.From, r.To}
}

func (r Rename) Error() string {
	code, args := r.Reason()
	return r.Path + ": " + usertext.Say(usertext.English, code, args...)
}

// CheckIdentity is the identity rule for every way data comes in (JSON
// import, spreadsheets, handover files, merging units): a moment the file
// knows keeps its patient and its program, and a patient's name changes
// only when rename is set; the renames it allows are returned, so that the
// caller can say which. The first breach refuses all of c, with the path
// and both values (personnummer masked). It is a pure function: the
// caller reads known in the transaction that writes c (Store.ImportWith
// does).
func CheckIdentity(known Known, c caseload.Caseload, rename bool) ([]Rename, error) {
	for i, m := range c.Moments {
		k, ok := known.Moments[m.ID]
		if !ok {
			continue
		}
		path := fmt.Sprintf("moments[%d]", i)
		if k.PNR != m.PNR {
			return nil, codef(path+".personnummer", usertext.IdentityPNR, m.ID, k.PNR.Masked(), m.PNR.Masked())
		}
		if k.Program != m.Program {
			return nil, codef(path+".program", usertext.IdentityProgram, m.ID, k.Program, m.Program)
		}
	}
	var renames []Rename
	for i, p := range c.Patients {
		old, ok := known.Patients[p.PNR]
		if !ok || old == p.Name {
			continue
		}
		path := fmt.Sprintf("patients[%d].name", i)
		if !rename {
			return nil, codef(path, usertext.IdentityName, p.PNR.Masked(), old, p.Name)
		}
		renames = append(renames, Rename{Path: path, PNR: p.PNR, From: old, To: p.Name})
	}
	return renames, nil
}

// known reads, in tx, what the file holds about c's patients and moments.
func known(tx *sql.Tx, c caseload.Caseload) (Known, error) {
	k := Known{Patients: map[personnummer.Number]string{}, Moments: map[string]KnownMoment{}}
	ps, err := tx.Prepare("SELECT name FROM patients WHERE pnr = ?")
	if err != nil {
		return k, err
	}
	defer ps.Close()
	for _, p := range c.Patients {
		var name string
		switch err := ps.QueryRow(p.PNR.String()).Scan(&name); err {
		case nil:
			k.Patients[p.PNR] = name
		case sql.ErrNoRows:
		default:
			return k, err
		}
	}
	ms, err := tx.Prepare("SELECT pnr, program FROM moments WHERE id = ?")
	if err != nil {
		return k, err
	}
	defer ms.Close()
	for _, m := range c.Moments {
		var km KnownMoment
		switch err := ms.QueryRow(m.ID).Scan(&km.PNR, &km.Program); err {
		case nil:
			k.Moments[m.ID] = km
		case sql.ErrNoRows:
		default:
			return k, err
		}
	}
	return k, nil
}
