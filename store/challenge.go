package store

import (
	"database/sql"
	"fmt"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/programs"
	"github.com/ikbt/ikbt/usertext"
)

// GiveFeedbackOpening records feedback on module (if not "") and, in the
// same transaction, opens every module in open and sets the moment's
// challenge area (if not ""). It is the week's turn in SoB: feedback on
// Livsbalansen module 5 opens module 6 with part 1 of the challenge area
// the patient chose; feedback on a track part opens its next part.
//
// Every key is checked against the moment's program in the embedded
// catalogue; an unknown module or challenge area, a challenge area other
// than one already started, or a part of a challenge area that is not the
// moment's, is refused and nothing is written. A module already open keeps
// the time it was opened.
func (s *Store) GiveFeedbackOpening(id string, version int64, module string, at caseload.Stamp, open []string, challenge string) (Undo, error) {
	if err := required("feedback", at); err != nil {
		return Undo{}, err
	}
	if module == "" && len(open) == 0 && challenge == "" {
		return Undo{}, codef("feedback", usertext.FeedbackNone)
	}
	return s.change(id, version, func(tx *sql.Tx) error {
		var program, current string
		if err := tx.QueryRow(`SELECT program, challenge FROM moments WHERE id = ?1`, id).Scan(&program, &current); err != nil {
			return err
		}
		opened, err := openedModules(tx, id)
		if err != nil {
			return err
		}
		if err := programs.Default().CheckOpening(program, current, opened, module, open, challenge); err != nil {
			return fmt.Errorf("store: feedback on moment %s: %w", id, err)
		}
		if challenge != "" && challenge != current {
			if _, err := tx.Exec(`UPDATE moments SET challenge = ?2 WHERE id = ?1`, id, challenge); err != nil {
				return err
			}
		}
		if module != "" {
			if err := setModule(tx, id, module, "feedback", at); err != nil {
				return err
			}
		}
		for _, key := range open {
			if _, err := tx.Exec(`INSERT INTO module_events (moment, module, opened) VALUES (?1, ?2, ?3)
ON CONFLICT (moment, module) DO UPDATE SET opened = excluded.opened WHERE opened = ''`, id, key, at.String()); err != nil {
				return err
			}
		}
		return nil
	})
}

// openedModules returns the keys of the moment's opened modules.
func openedModules(tx *sql.Tx, id string) ([]string, error) {
	rows, err := tx.Query(`SELECT module FROM module_events WHERE moment = ?1 AND opened <> ''`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			return nil, err
		}
		out = append(out, k)
	}
	return out, rows.Err()
}
