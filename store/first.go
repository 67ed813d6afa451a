package store

import (
	"database/sql"
	"encoding/json"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/worklist"
)

// QueryRedFlagMoments picks, among the moments a condition picks, those
// with an answer that can raise a red flag (worklist.RedFlagItem9 and
// worklist.RedFlagPHQ9): a MADRS-S item 9 of 4 or more, from the partial
// index measurements_item9, or any PHQ-9 answer, from the partial index
// measurements_phq9 (migration 0008). Both indexes hold only those
// answers, so the pick reads a few index pages and then each picked
// moment by its id, whatever the size of the file. Whether a flag is
// open is the worklist's rule; this only narrows the moments it runs on,
// and never leaves out one that has a red flag.
const QueryRedFlagMoments = `SELECT m.id FROM (
	SELECT x.moment AS id FROM measurements x WHERE x.item9 >= 4
	UNION SELECT y.moment FROM measurements y WHERE y.instrument = 'PHQ-9') r
CROSS JOIN moments m ON m.id = r.id WHERE /*moments*/
ORDER BY m.rowid`

// momentsIn is the condition for a JSON list of moment ids in ?1.
const momentsIn = `m.id IN (SELECT value FROM json_each(?1))`

// FirstWhole is the number of open moments up to which FirstWorklist
// reads the whole worklist at once: about what the store reads within the
// first frame's 150 ms on the 2-core machine of issue 18 (the whole
// 10,000-moment worklist takes 0.6–1 s, so about 1,000).
var FirstWhole = 1000

// FirstWorklist is the worklist to draw first (issue 18: the first frame
// of a large file). When the clinician's ("" = everyone's) open moments
// are at most FirstWhole it is Worklist's, and whole is true. Otherwise
// it is the worklist of the moments that may hold a red flag
// (QueryRedFlagMoments) and every undecided referral: every open red flag
// of the whole worklist is in it, with its moment's row, feedback, flags
// and due measurements exactly as in the whole worklist (each is a rule
// of the moment's own data), so the header's red-flag count is right from
// the first frame; the other moments follow with Worklist.
func (s *Store) FirstWorklist(cat *programs.Catalogue, today caseload.Date, clinician string) (wl worklist.Worklist, whole bool, err error) {
	cond, args := openMoments, []any(nil)
	if clinician != "" {
		cond, args = openMomentsClinician, []any{clinician}
	}
	n, err := s.picked(cond, args)
	if err != nil {
		return wl, false, s.wrap(err)
	}
	if n <= FirstWhole {
		wl, err := s.Worklist(cat, today, clinician)
		return wl, true, err
	}
	// The moments are picked and read in one transaction: a red-flag answer
	// written in between is in both or in neither.
	c, err := s.readTx(func(tx *sql.Tx) (caseload.Caseload, error) {
		list, err := redFlagMoments(tx, cond, args)
		if err != nil {
			return caseload.Caseload{}, err
		}
		return loadTx(tx, loadOpts{cond: momentsIn, args: []any{list}, relevant: true})
	})
	if err != nil {
		return wl, false, err
	}
	if err := s.addLifecycle(&c, lifecycleFilter{clinician: clinician, open: true}); err != nil {
		return wl, false, err
	}
	return worklist.Compute(c, cat, today), false, nil
}

// redFlagMoments runs QueryRedFlagMoments; the ids come as a JSON list
// for momentsIn.
func redFlagMoments(tx *sql.Tx, cond string, args []any) (string, error) {
	rows, err := tx.Query(pick(QueryRedFlagMoments, cond), args...)
	if err != nil {
		return "", err
	}
	defer rows.Close()
	ids := []string{}
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return "", err
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return "", err
	}
	b, err := json.Marshal(ids)
	return string(b), err
}
