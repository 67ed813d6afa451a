package store

import (
	"database/sql"
	"fmt"
	"strings"
	"unicode"

	"github.com/ikbt/ikbt/caseload"
	"github.com/ikbt/ikbt/phrases"
	"github.com/ikbt/ikbt/usertext"
)

// The history of copied notes (migration 0005, issue 13). A copied note is
// a fact — it is in Cosmic — so recording it is not a change of the
// moment: no Version, no undo, and no undo takes it back.

const insertHistory = `INSERT INTO note_history (moment, kind, copied, text) VALUES (?1, ?2, ?3, ?4)
ON CONFLICT (moment, copied, kind, text) DO NOTHING`

// checkCopiedNote is what every history entry, recorded or imported, must be.
func checkCopiedNote(n caseload.CopiedNote) (field string, err *reason) {
	if n.Kind != "" {
		if _, err := phrases.ParseKind(n.Kind); err != nil || strings.ToLower(n.Kind) != n.Kind {
			return "kind", why(usertext.NoteKind, n.Kind)
		}
	}
	if n.Copied.IsZero() {
		return "copied", why(usertext.MissingTime)
	}
	if strings.TrimSpace(n.Text) == "" {
		return "text", why(usertext.NoteEmpty)
	}
	for _, r := range n.Text {
		if unicode.IsControl(r) && r != '\n' && r != '\t' {
			return "text", why(usertext.NoteControl, r)
		}
	}
	return "", nil
}

// RecordCopiedNote adds a copied note to the moment's history and, in the
// same transaction, drops the moment's draft of that kind (the text is in
// the history now and can be opened and copied again). It returns the
// entry's id; the same note copied twice in the same minute is one entry.
func (s *Store) RecordCopiedNote(moment string, n caseload.CopiedNote) (int64, error) {
	if field, err := checkCopiedNote(n); err != nil {
		return 0, err.at(fmt.Sprintf("%s: note_history.%s", moment, field))
	}
	var id int64
	err := s.write(func(tx *sql.Tx) error {
		var exists int
		if err := tx.QueryRow(`SELECT count(*) FROM moments WHERE id = ?1`, moment).Scan(&exists); err != nil {
			return err
		}
		if exists == 0 {
			return refuse(moment, ErrNotFound, &usertext.T.Store.NotFound)
		}
		if _, err := tx.Exec(insertHistory, moment, n.Kind, n.Copied.String(), n.Text); err != nil {
			return err
		}
		if err := tx.QueryRow(`SELECT id FROM note_history WHERE moment = ?1 AND copied = ?2 AND kind = ?3 AND text = ?4`,
			moment, n.Copied.String(), n.Kind, n.Text).Scan(&id); err != nil {
			return err
		}
		_, err := tx.Exec(`DELETE FROM note_drafts WHERE moment = ?1 AND kind = ?2`, moment, draftKind(n.Kind))
		return err
	})
	if err != nil {
		return 0, err
	}
	// A draft kept in the fallback file (read-only times) goes too.
	if err := s.draftFiles().remove(moment, draftKind(n.Kind)); err != nil {
		return id, err
	}
	return id, nil
}

// draftKind is the draft slot of a note kind; notes of no kind share "free".
func draftKind(k string) string {
	if k == "" {
		return string(phrases.KindFree)
	}
	return k
}

// NoteHistory returns the moment's copied notes, oldest first.
func (s *Store) NoteHistory(moment string) ([]caseload.CopiedNote, error) {
	var out []caseload.CopiedNote
	err := s.rawRead(func(q rowSource) error {
		var err error
		out, err = noteHistory(q, moment)
		return err
	})
	return out, s.wrap(err)
}

// noteHistory reads a moment's copied notes in q's transaction.
func noteHistory(q rowSource, moment string) ([]caseload.CopiedNote, error) {
	rows, err := q.query(`SELECT id, kind, copied, text FROM note_history WHERE moment = ?1 ORDER BY copied, id`, moment)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []caseload.CopiedNote
	for rows.Next() {
		n, err := scanHistory(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, rows.Err()
}

func scanHistory(rows rowReader) (caseload.CopiedNote, error) {
	var n caseload.CopiedNote
	var copied string
	if err := rows.Scan(&n.ID, &n.Kind, &copied, &n.Text); err != nil {
		return n, err
	}
	t, err := caseload.ParseStamp(copied)
	if err != nil {
		return n, fmt.Errorf("note_history %d: copied: %w", n.ID, err)
	}
	n.Copied = t
	return n, nil
}

// fillHistory reads every moment's history into c (export).
func (s *Store) fillHistory(c *caseload.Caseload) error {
	at := make(map[string]int, len(c.Moments))
	for i := range c.Moments {
		at[c.Moments[i].ID] = i
	}
	rows, err := s.db.Query(`SELECT moment, id, kind, copied, text FROM note_history ORDER BY moment, copied, id`)
	if err != nil {
		return s.wrap(err)
	}
	defer rows.Close()
	for rows.Next() {
		var moment, copied string
		var n caseload.CopiedNote
		if err := rows.Scan(&moment, &n.ID, &n.Kind, &copied, &n.Text); err != nil {
			return s.wrap(err)
		}
		if n.Copied, err = caseload.ParseStamp(copied); err != nil {
			return fmt.Errorf("store: note_history %d: copied: %w", n.ID, err)
		}
		if i, ok := at[moment]; ok {
			c.Moments[i].History = append(c.Moments[i].History, n)
		}
	}
	return s.wrap(rows.Err())
}

// insertHistoryOf adds m's history on import; an entry already there is
// kept as it is. It does not change the moment's Version.
func insertHistoryOf(st *stmts, m *caseload.Moment) {
	for _, n := range m.History {
		st.exec(insertHistory, m.ID, n.Kind, n.Copied.String(), n.Text)
	}
}
