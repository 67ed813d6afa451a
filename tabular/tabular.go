// Package tabular reads a table of text cells from a spreadsheet file
// (.csv, .tsv, .xlsx) or from text pasted out of a browser or a
// spreadsheet. It knows nothing of the caseload: intake maps the columns
// onto it.
package tabular

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Table is a header row and the rows under it. Every row has exactly as
// many cells as the header; cells are trimmed of surrounding spaces.
type Table struct {
	Header []string
	Rows   []Row
	// Format says what was read: "csv", "tsv", "xlsx" or "text" (pasted).
	Format string
	// Encoding is the text encoding found: "UTF-8", "UTF-8 BOM",
	// "UTF-16" or "Windows-1252" ("" for xlsx, which is always Unicode).
	Encoding string
	// Sep is the cell separator found (0 for xlsx).
	Sep rune
}

// Row is one row of cells. Line is the row's number as the clinician sees
// it: the line in a text file (the header is line 1 when it is the first
// line), the row number in a spreadsheet.
type Row struct {
	Line  int
	Cells []string
}

// Error is a table that cannot be read: where (a line, 0 when the whole
// input is at fault) and why.
type Error struct {
	Line int
	Err  error
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("line %d: %v", e.Line, e.Err)
	}
	return e.Err.Error()
}

func (e *Error) Unwrap() error { return e.Err }

var (
	// ErrEmpty is input without a header row.
	ErrEmpty = errors.New("no header row: the table is empty")
	// ErrTooManyCells is a row with a non-empty cell right of the last header.
	ErrTooManyCells = errors.New("a row has more cells than the header row")
	// ErrFormat is a file whose name does not end in .csv, .tsv, .txt or .xlsx.
	ErrFormat = errors.New("unknown file type (want .csv, .tsv, .txt or .xlsx)")
	// ErrNotWorkbook is a file named .xlsx that is not an Excel workbook.
	ErrNotWorkbook = errors.New("not an Excel workbook (.xlsx)")
	// ErrProtectedOrXLS is a workbook saved with a password, or in the
	// Excel 97–2003 format (.xls): both are Compound Files, not zips.
	ErrProtectedOrXLS = errors.New("a password-protected workbook or an Excel 97–2003 file (.xls): save it as .xlsx without a password")
	// ErrBlankHeader is a header row with an empty or repeated name.
	ErrBlankHeader = errors.New("the header row has an empty or repeated column name")
)

// maxSize bounds what is read: a caseload sheet is kilobytes.
const maxSize = 64 << 20

// ReadFile reads the table of a file, by its extension.
func ReadFile(name string, r io.Reader) (Table, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxSize+1))
	if err != nil {
		return Table{}, err
	}
	if len(data) > maxSize {
		return Table{}, &Error{Err: fmt.Errorf("the file is larger than %d MiB", maxSize>>20)}
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".xlsx", ".xlsm":
		return ReadXLSX(data)
	case ".csv", ".tsv", ".txt", ".tab":
		t, err := ReadText(data)
		if err == nil {
			t.Format = strings.TrimPrefix(strings.ToLower(filepath.Ext(name)), ".")
		}
		return t, err
	}
	return Table{}, &Error{Err: ErrFormat}
}

// ReadText reads delimited text: a CSV or TSV file, or lines pasted from
// a browser or spreadsheet. The encoding (UTF-8 with or without BOM,
// UTF-16 with BOM, else Windows-1252 as Swedish Excel writes "CSV") and
// the separator (tab, ; or ,) are detected.
func ReadText(data []byte) (Table, error) {
	text, enc, err := decode(data)
	if err != nil {
		return Table{}, &Error{Err: err}
	}
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	sep := detectSep(text)
	cr := csv.NewReader(strings.NewReader(text))
	cr.Comma = sep
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	t := Table{Format: "text", Encoding: enc, Sep: sep}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return Table{}, &Error{Line: pe.StartLine, Err: pe.Err}
			}
			return Table{}, &Error{Err: err}
		}
		line, _ := cr.FieldPos(0)
		if err := t.add(line, rec); err != nil {
			return Table{}, err
		}
	}
	return t, t.done()
}

// add takes one record: the first non-blank one is the header.
func (t *Table) add(line int, rec []string) error {
	for i := range rec {
		rec[i] = strings.TrimSpace(rec[i])
	}
	if blank(rec) {
		return nil
	}
	if t.Header == nil {
		for len(rec) > 0 && rec[len(rec)-1] == "" {
			rec = rec[:len(rec)-1] // trailing separators of a pasted row
		}
		seen := map[string]bool{}
		for _, h := range rec {
			k := strings.ToLower(h)
			if h == "" || seen[k] {
				return &Error{Line: line, Err: fmt.Errorf("%w: %q", ErrBlankHeader, h)}
			}
			seen[k] = true
		}
		t.Header = rec
		return nil
	}
	n := len(t.Header)
	if len(rec) > n {
		for _, c := range rec[n:] {
			if c != "" {
				return &Error{Line: line, Err: fmt.Errorf("%w (%d, the header has %d)", ErrTooManyCells, len(rec), n)}
			}
		}
		rec = rec[:n]
	}
	for len(rec) < n {
		rec = append(rec, "")
	}
	t.Rows = append(t.Rows, Row{Line: line, Cells: rec})
	return nil
}

func (t *Table) done() error {
	if t.Header == nil {
		return &Error{Err: ErrEmpty}
	}
	return nil
}

func blank(rec []string) bool {
	for _, c := range rec {
		if c != "" {
			return false
		}
	}
	return true
}

// decode turns data into UTF-8 text and names the encoding it found.
func decode(data []byte) (string, string, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
		if !utf8.Valid(data) {
			return "", "", errors.New("the file says it is UTF-8 (BOM) but is not")
		}
		return string(data), "UTF-8 BOM", nil
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		// Excel's "Unicode text" is UTF-16 with a BOM.
		out, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(data)
		if err != nil {
			return "", "", fmt.Errorf("the file is not valid UTF-16: %w", err)
		}
		return string(out), "UTF-16", nil
	case utf8.Valid(data):
		return string(data), "UTF-8", nil
	}
	// Windows-1252 maps every byte but five; a NUL-laden binary is not text.
	if bytes.IndexByte(data, 0) >= 0 {
		return "", "", errors.New("the file is not text (a spreadsheet saved as .csv?)")
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return "", "", fmt.Errorf("the file is neither UTF-8 nor Windows-1252: %w", err)
	}
	return string(out), "Windows-1252", nil
}

// detectSep picks the separator of the first non-blank line: the one of
// tab, ; and , that occurs most often outside quotes (tab first on a
// tie, then ;, since a Swedish decimal comma may stand in a cell).
func detectSep(text string) rune {
	first := ""
	for _, l := range strings.Split(text, "\n") {
		if strings.TrimSpace(l) != "" {
			first = l
			break
		}
	}
	counts := map[rune]int{}
	quoted := false
	for _, r := range first {
		switch {
		case r == '"':
			quoted = !quoted
		case !quoted && (r == '\t' || r == ';' || r == ','):
			counts[r]++
		}
	}
	best := '\t'
	for _, r := range []rune{'\t', ';', ','} {
		if counts[r] > counts[best] {
			best = r
		}
	}
	return best
}

// ReadXLSX reads the first sheet of an Excel workbook. Cells are read as
// stored, not as displayed: a date is its serial number (intake reads
// it), so that no display format (m/d/yy) can make it ambiguous.
func ReadXLSX(data []byte) (Table, error) {
	if bytes.HasPrefix(data, oleMagic) {
		return Table{}, &Error{Err: ErrProtectedOrXLS}
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return Table{}, &Error{Err: fmt.Errorf("%w: %v", ErrNotWorkbook, err)}
	}
	// Row by row into the table, so that a row with a cell right of the
	// header fails at once, before the rows after it are read.
	t := Table{Format: "xlsx"}
	if err := xlsxRows(zr, t.add); err != nil {
		var te *Error
		if errors.As(err, &te) {
			return Table{}, err
		}
		return Table{}, &Error{Err: err}
	}
	return t, t.done()
}

// oleMagic starts a Compound File (OLE2): an Excel 97–2003 .xls, or an
// .xlsx saved with a password, which Excel wraps in one.
var oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
