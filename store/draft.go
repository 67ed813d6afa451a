package store

import (
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/adrg/xdg"

	"github.com/ikbt/ikbt/phrases"
	"github.com/ikbt/ikbt/usertext"
)

// Drafts of journal notes (migration 0005, issue 13): what the composer
// holds, saved as it is typed, one draft per moment and note kind. A draft
// is outside the moment's Version and undo, so saving one never blocks an
// undo or another window's write. When the database cannot be written the
// draft goes to a 0600 file under the XDG state directory instead, and the
// newer of the two is the draft.

// Draft is the text of a note being written.
type Draft struct {
	Moment string
	Kind   string // phrases.Kind
	Text   string
	Saved  time.Time // when it was saved; the newer of table and file wins
	// InFile is set when the draft was read from (or saved to) the
	// fallback file rather than the database.
	InFile bool
}

func checkDraft(moment, kind string) error {
	if moment == "" {
		return errors.New("store: draft: no moment given")
	}
	if k, err := phrases.ParseKind(kind); err != nil || string(k) != kind {
		return fmt.Errorf("store: draft of moment %s: kind %q: want one of %v", moment, kind, phrases.Kinds)
	}
	return nil
}

// SaveDraft saves d (replacing the draft of its moment and kind) in one
// transaction; when the database is read-only it writes the fallback file
// and returns the draft with InFile set. Saved is set to now when zero.
func (s *Store) SaveDraft(d Draft) (Draft, error) {
	if err := checkDraft(d.Moment, d.Kind); err != nil {
		return d, err
	}
	if d.Saved.IsZero() {
		d.Saved = time.Now()
	}
	d.InFile = false
	err := s.write(func(tx *sql.Tx) error {
		var exists int
		if err := tx.QueryRow(`SELECT count(*) FROM moments WHERE id = ?1`, d.Moment).Scan(&exists); err != nil {
			return err
		}
		if exists == 0 {
			return refuse(d.Moment, ErrNotFound, &usertext.T.Store.NotFound)
		}
		_, err := tx.Exec(`INSERT INTO note_drafts (moment, kind, text, saved) VALUES (?1, ?2, ?3, ?4)
ON CONFLICT (moment, kind) DO UPDATE SET text = excluded.text, saved = excluded.saved`,
			d.Moment, d.Kind, d.Text, d.Saved.UTC().Format(time.RFC3339Nano))
		return err
	})
	if errors.Is(err, ErrReadOnly) {
		d.InFile = true
		return d, s.draftFiles().save(d)
	}
	if err != nil {
		return d, err
	}
	// The table has the newest text now; an older file copy would only
	// confuse a later read-only session.
	return d, s.draftFiles().remove(d.Moment, d.Kind)
}

// LoadDraft returns the draft of a moment and kind, the newer of table and
// fallback file; ok is false when there is none.
func (s *Store) LoadDraft(moment, kind string) (d Draft, ok bool, err error) {
	if err := checkDraft(moment, kind); err != nil {
		return Draft{}, false, err
	}
	all, err := s.Drafts(moment)
	for _, x := range all {
		if x.Kind == kind {
			return x, true, err
		}
	}
	return Draft{}, false, err
}

// Drafts returns the moment's drafts, newest first, one per kind (the
// newer of table and file). The composer reopens the first one.
func (s *Store) Drafts(moment string) ([]Draft, error) {
	byKind := map[string]Draft{}
	rows, err := s.db.Query(`SELECT kind, text, saved FROM note_drafts WHERE moment = ?1`, moment)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	for rows.Next() {
		d := Draft{Moment: moment}
		var saved string
		if err := rows.Scan(&d.Kind, &d.Text, &saved); err != nil {
			return nil, s.wrap(err)
		}
		if d.Saved, err = time.Parse(time.RFC3339Nano, saved); err != nil {
			return nil, fmt.Errorf("store: %s: draft of moment %s (%s): saved %q: %w", s.path, moment, d.Kind, saved, err)
		}
		byKind[d.Kind] = d
	}
	if err := rows.Err(); err != nil {
		return nil, s.wrap(err)
	}
	files, ferr := s.draftFiles().list(moment)
	for _, f := range files {
		if have, ok := byKind[f.Kind]; !ok || f.Saved.After(have.Saved) {
			byKind[f.Kind] = f
		}
	}
	out := make([]Draft, 0, len(byKind))
	for _, d := range byKind {
		out = append(out, d)
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].Saved.Equal(out[j].Saved) {
			return out[i].Saved.After(out[j].Saved)
		}
		return out[i].Kind < out[j].Kind
	})
	return out, ferr
}

// DeleteDraft drops the draft of a moment and kind ("start afresh"), from
// the table and the fallback file.
func (s *Store) DeleteDraft(moment, kind string) error {
	if err := checkDraft(moment, kind); err != nil {
		return err
	}
	if !s.readOnly {
		err := s.write(func(tx *sql.Tx) error {
			_, err := tx.Exec(`DELETE FROM note_drafts WHERE moment = ?1 AND kind = ?2`, moment, kind)
			return err
		})
		if err != nil && !errors.Is(err, ErrReadOnly) {
			return err
		}
	}
	return s.draftFiles().remove(moment, kind)
}

// DraftDir is where drafts go when the database cannot be written:
// ikbt/drafts/<hash of the database's path> under the XDG state directory
// (~/.local/state on Linux), so two databases never share a draft.
func (s *Store) DraftDir() string {
	abs, err := filepath.Abs(s.path)
	if err != nil {
		abs = s.path
	}
	sum := sha256.Sum256([]byte(abs))
	return filepath.Join(xdg.StateHome, "ikbt", "drafts", hex.EncodeToString(sum[:8]))
}

func (s *Store) draftFiles() draftFiles { return draftFiles{dir: s.DraftDir()} }

// draftFiles keeps drafts as one JSON file each, mode 0600 in a 0700
// directory, written whole beside the target and renamed into place.
type draftFiles struct{ dir string }

// draftFormat marks a file as ours; a file without it is never overwritten or removed.
const draftFormat = "ikbt-draft/1"

type draftFile struct {
	Format string    `json:"format"`
	Moment string    `json:"moment"`
	Kind   string    `json:"kind"`
	Saved  time.Time `json:"saved"`
	Text   string    `json:"text"`
}

// name is the file of a moment's draft: a hash of the moment id (which may
// hold any character) and the kind.
func (f draftFiles) name(moment, kind string) string {
	sum := sha256.Sum256([]byte(moment))
	return filepath.Join(f.dir, hex.EncodeToString(sum[:8])+"-"+kind+".json")
}

// read returns the draft in path; ok is false when there is no file.
func (f draftFiles) read(path string) (Draft, bool, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return Draft{}, false, nil
	}
	if err != nil {
		return Draft{}, false, fmt.Errorf("store: draft file %s: %w", path, err)
	}
	var df draftFile
	if err := json.Unmarshal(b, &df); err != nil || df.Format != draftFormat {
		return Draft{}, false, refuse(path, ErrNotOurs, usertext.DraftNotOurs)
	}
	return Draft{Moment: df.Moment, Kind: df.Kind, Text: df.Text, Saved: df.Saved, InFile: true}, true, nil
}

func (f draftFiles) save(d Draft) error {
	path := f.name(d.Moment, d.Kind)
	if _, _, err := f.read(path); err != nil {
		return err
	}
	if err := os.MkdirAll(f.dir, 0o700); err != nil {
		return fmt.Errorf("store: draft directory: %w", err)
	}
	b, err := json.Marshal(draftFile{Format: draftFormat, Moment: d.Moment, Kind: d.Kind, Saved: d.Saved.UTC(), Text: d.Text})
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(f.dir, ".draft-*")
	if err != nil {
		return fmt.Errorf("store: draft file: %w", err)
	}
	defer os.Remove(tmp.Name()) // after the rename there is nothing to remove
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return fmt.Errorf("store: draft file: %w", err)
	}
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return fmt.Errorf("store: draft file: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("store: draft file: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("store: draft file: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("store: draft file: %w", err)
	}
	return nil
}

func (f draftFiles) remove(moment, kind string) error {
	path := f.name(moment, kind)
	d, ok, err := f.read(path)
	if err != nil || !ok {
		return err
	}
	if d.Moment != moment {
		return refuse(path, ErrNotOurs, usertext.DraftOther)
	}
	if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("store: draft file: %w", err)
	}
	return nil
}

// list returns the file drafts of a moment, one per kind.
func (f draftFiles) list(moment string) ([]Draft, error) {
	var out []Draft
	var errs []error
	for _, k := range phrases.Kinds {
		d, ok, err := f.read(f.name(moment, string(k)))
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if ok && d.Moment == moment && d.Kind == string(k) {
			out = append(out, d)
		}
	}
	return out, errors.Join(errs...)
}
