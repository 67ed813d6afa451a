package tabular

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// The workbook reader. An .xlsx file is a zip of XML parts (ECMA-376 Part
// 1, SpreadsheetML): the package's relationships name the workbook, the
// workbook lists its sheets in order and its relationships name each
// sheet's part and the shared-string table. Only what a table of text
// needs is read: the first sheet's cells, as stored. Styles, formulas,
// number formats and the other sheets are left alone.
//
// excelize did this before (issue 18): it is a whole spreadsheet engine,
// 2.5 MB of the binary's code and 8 MB of the file with its dependencies,
// and their start-up work (package init, page faults on the larger binary)
// was 6 % of every command, the demo's `worklist --json` too, for a reader
// the clinician uses at intake. github.com/thedatashed/xlsxreader, the
// small reader, stops without an error at the first malformed XML token
// (a truncated sheet would import in part, silently) and turns date cells
// into display strings. So this reader is here, on archive/zip and
// encoding/xml, tested against workbooks excelize writes (xlsx_test.go)
// and fuzzed.

const (
	maxXLSXRows    = 1 << 20 // 1,048,576: Excel's last row
	maxXLSXColumns = 1 << 14 // 16,384: Excel's last column, XFD
	// maxXLSXPart bounds what one part may unpack to (a zip of a few
	// kilobytes may claim gigabytes), and maxSharedStrings the table held
	// in memory: a caseload sheet is kilobytes (see maxSize).
	maxXLSXPart      = maxSize
	maxSharedStrings = 1 << 21
)

var (
	// ErrMalformedXML is a workbook part that is not well-formed XML (a
	// truncated or damaged file). The decoder's own message is not shown:
	// it may quote the file's text, a personnummer too.
	ErrMalformedXML = errors.New("malformed XML")
	// ErrPartTooLarge is a workbook part that unpacks to more than a
	// caseload sheet can hold.
	ErrPartTooLarge = errors.New("the part unpacks to more than 64 MB")
)

// PartError is a workbook part that cannot be read: which part, the line
// in it (0 when not known) and why. Its text quotes nothing of the
// file's cells.
type PartError struct {
	Part string
	Line int
	Err  error
}

func (e *PartError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s, line %d: %v", e.Part, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Part, e.Err)
}

func (e *PartError) Unwrap() error { return e.Err }

// xlsxRows reads the first sheet of the workbook zr and calls row for
// each row with a non-empty cell, in order, with its row number (Excel's)
// and its cells: placed by column, gaps filled with "", ending at the last
// non-empty one. An error from row ends the reading and is returned as it
// is.
func xlsxRows(zr *zip.Reader, row func(n int, cells []string) error) error {
	w := newPackage(zr)
	wb := "xl/workbook.xml"
	if rels, err := w.rels("_rels/.rels", ""); err != nil {
		return err
	} else if t := rels.target("/officeDocument"); t != "" {
		wb = t
	}
	sheet, err := w.firstSheet(wb)
	if err != nil || sheet == "" {
		return err
	}
	rels, err := w.rels(path.Join(path.Dir(wb), "_rels", path.Base(wb)+".rels"), path.Dir(wb))
	if err != nil {
		return err
	}
	target := rels.byID(sheet)
	if target == "" {
		return &PartError{Part: wb, Err: errors.New("the first sheet's part is not named in its relationships")}
	}
	sst := rels.target("/sharedStrings")
	if sst == "" {
		sst = path.Join(path.Dir(wb), "sharedStrings.xml")
	}
	strs, err := w.sharedStrings(sst)
	if err != nil {
		return err
	}
	return w.sheetRows(target, strs, row)
}

// xlsxPackage is the parts of a workbook's zip by name.
type xlsxPackage struct {
	parts  map[string]*zip.File // "/" separated, without a leading "/"
	folded map[string]*zip.File // by lower-case name
}

// newPackage indexes zr's parts. Some Windows tools write "\" between
// the folders of a part's name, and some another case than the names the
// relationships give; excelize read both, so this reader does too.
func newPackage(zr *zip.Reader) *xlsxPackage {
	w := &xlsxPackage{parts: map[string]*zip.File{}, folded: map[string]*zip.File{}}
	for _, f := range zr.File {
		name := strings.TrimPrefix(strings.ReplaceAll(f.Name, `\`, "/"), "/")
		w.parts[name] = f
		w.folded[strings.ToLower(name)] = f
	}
	return w
}

// part is the part named name, or nil.
func (w *xlsxPackage) part(name string) *zip.File {
	if f := w.parts[name]; f != nil {
		return f
	}
	return w.folded[strings.ToLower(name)]
}

// open opens the part name for reading as XML; ok is false when there is
// no such part.
func (w *xlsxPackage) open(name string) (dec *xml.Decoder, closer io.Closer, ok bool, err error) {
	f := w.part(name)
	if f == nil {
		return nil, nil, false, nil
	}
	if f.UncompressedSize64 > maxXLSXPart {
		return nil, nil, false, &PartError{Part: name, Err: ErrPartTooLarge}
	}
	rc, err := f.Open()
	if err != nil {
		return nil, nil, false, &PartError{Part: name, Err: err}
	}
	// The size in the zip's directory may lie: the reader stops at the
	// limit with ErrPartTooLarge.
	var r io.Reader = &capReader{r: rc, n: maxXLSXPart}
	// SpreadsheetML parts are UTF-8 or UTF-16 (ECMA-376 Part 1, 2.3): a
	// UTF-16 part starts with its byte-order mark and is read as UTF-8.
	br := bufio.NewReader(r)
	if b, _ := br.Peek(2); bytes.Equal(b, []byte{0xFF, 0xFE}) || bytes.Equal(b, []byte{0xFE, 0xFF}) {
		r = unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder().Reader(br)
	} else {
		r = br
	}
	dec = xml.NewDecoder(r)
	dec.CharsetReader = charsetReader
	return dec, rc, true, nil
}

// charsetReader reads a part whose XML declaration names an encoding
// other than UTF-8: UTF-16 (already made UTF-8 in open) and the
// Western single-byte sets some older producers declare.
func charsetReader(label string, input io.Reader) (io.Reader, error) {
	switch strings.ToLower(strings.ReplaceAll(label, "_", "-")) {
	case "utf8", "utf-16", "utf16", "utf-16le", "utf-16be", "us-ascii", "ascii":
		return input, nil
	case "windows-1252", "cp1252", "iso-8859-1", "latin1", "iso8859-1":
		return charmap.Windows1252.NewDecoder().Reader(input), nil
	}
	return nil, errors.New("an encoding other than UTF-8, UTF-16 or Windows-1252")
}

// capReader reads at most n bytes of r, then fails with ErrPartTooLarge.
type capReader struct {
	r io.Reader
	n int64
}

func (c *capReader) Read(p []byte) (int, error) {
	if c.n <= 0 {
		return 0, ErrPartTooLarge
	}
	if int64(len(p)) > c.n {
		p = p[:c.n]
	}
	n, err := c.r.Read(p)
	c.n -= int64(n)
	return n, err
}

// relation is one relationship of a part.
type relation struct{ id, typ, target string }

// relations is a part's relationships, in the order written.
type relations []relation

// byID is the target of the relationship id, or "".
func (rs relations) byID(id string) string {
	for _, r := range rs {
		if r.id == id {
			return r.target
		}
	}
	return ""
}

// target is the target of the first relationship whose type ends in suffix.
func (rs relations) target(suffix string) string {
	for _, r := range rs {
		if strings.HasSuffix(r.typ, suffix) {
			return r.target
		}
	}
	return ""
}

// rels reads the relationships part name; targets are resolved against
// dir (absolute ones against the package root). A missing part is no
// relationships.
func (w *xlsxPackage) rels(name, dir string) (relations, error) {
	var rs relations
	err := w.walk(name, func(dec *xml.Decoder, se xml.StartElement) error {
		if se.Name.Local != "Relationship" || attr(se, "TargetMode") == "External" {
			return nil
		}
		t := strings.ReplaceAll(attr(se, "Target"), `\`, "/")
		if strings.HasPrefix(t, "/") {
			t = strings.TrimPrefix(t, "/")
		} else {
			t = path.Join(dir, t)
		}
		rs = append(rs, relation{id: attr(se, "Id"), typ: attr(se, "Type"), target: t})
		return nil
	})
	return rs, err
}

// firstSheet is the relationship id of the workbook's first sheet, or ""
// when it has none.
func (w *xlsxPackage) firstSheet(wb string) (string, error) {
	if w.part(wb) == nil {
		return "", &PartError{Part: wb, Err: errors.New("no workbook part")}
	}
	errFound := errors.New("found")
	id := ""
	err := w.walk(wb, func(dec *xml.Decoder, se xml.StartElement) error {
		if se.Name.Local != "sheet" {
			return nil
		}
		id = attr(se, "id") // r:id, in the relationships namespace
		return errFound
	})
	if errors.Is(err, errFound) {
		err = nil
	}
	return id, err
}

// sharedStrings reads the shared-string table: each item is its text, or
// its rich-text runs joined (phonetic runs left out).
func (w *xlsxPackage) sharedStrings(name string) ([]string, error) {
	var strs []string
	err := w.walk(name, func(dec *xml.Decoder, se xml.StartElement) error {
		if se.Name.Local != "si" {
			return nil
		}
		if len(strs) == maxSharedStrings {
			return badPart(name, dec, "more than %d shared strings", maxSharedStrings)
		}
		s, err := itemText(dec, name)
		strs = append(strs, s)
		return err
	})
	return strs, err
}

// itemText reads a string item (<si>, <is>) to its end: the text of its
// <t> elements, those inside <rPh> (phonetic guides) left out.
func itemText(dec *xml.Decoder, part string) (string, error) {
	var b strings.Builder
	depth, phonetic, inText := 1, 0, false
	for depth > 0 {
		tok, err := dec.Token()
		if err != nil {
			return "", partErr(part, dec, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			switch t.Name.Local {
			case "rPh":
				phonetic++
			case "t":
				inText = phonetic == 0
			}
		case xml.EndElement:
			depth--
			switch t.Name.Local {
			case "rPh":
				phonetic--
			case "t":
				inText = false
			}
		case xml.CharData:
			if inText {
				b.Write(t)
			}
		}
	}
	return unescapeOOXML(b.String()), nil
}

// sheetRows reads the cells of the worksheet part name and gives each
// row with a non-empty cell to row.
func (w *xlsxPackage) sheetRows(name string, strs []string, row func(int, []string) error) error {
	if w.part(name) == nil {
		return &PartError{Part: name, Err: errors.New("no such sheet part")}
	}
	rowNum := 0
	return w.walk(name, func(dec *xml.Decoder, se xml.StartElement) error {
		if se.Name.Local != "row" {
			return nil
		}
		last := rowNum
		if r := attr(se, "r"); r != "" {
			n, err := strconv.Atoi(r)
			if err != nil {
				n = 0
			}
			rowNum = n
		} else {
			rowNum++
		}
		if rowNum <= last || rowNum > maxXLSXRows {
			return badPart(name, dec, "a row number out of order or past row %d (after row %d)", maxXLSXRows, last)
		}
		cells, err := rowCells(dec, name, rowNum, strs)
		if err != nil || len(cells) == 0 {
			return err
		}
		return row(rowNum, cells)
	})
}

// rowCells reads one <row> to its end.
func rowCells(dec *xml.Decoder, part string, rowNum int, strs []string) ([]string, error) {
	var cells []string
	col := 0
	for {
		tok, err := dec.Token()
		if err != nil {
			return nil, partErr(part, dec, err)
		}
		switch t := tok.(type) {
		case xml.EndElement:
			if t.Name.Local == "row" {
				return cells, nil
			}
		case xml.StartElement:
			if t.Name.Local != "c" {
				if err := dec.Skip(); err != nil {
					return nil, partErr(part, dec, err)
				}
				continue
			}
			last := col
			if ref := attr(t, "r"); ref != "" {
				c, r, ok := cellRef(ref)
				if !ok || r != rowNum {
					c = 0
				}
				col = c
			} else {
				col++
			}
			if col <= last || col > maxXLSXColumns {
				return nil, badPart(part, dec, "row %d: a cell reference out of order, of another row or past column XFD (after column %d)", rowNum, last)
			}
			v, err := cellValue(dec, part, t, strs, rowNum, col)
			if err != nil {
				return nil, err
			}
			if v != "" {
				for len(cells) < col-1 {
					cells = append(cells, "")
				}
				cells = append(cells, v)
			}
		}
	}
}

// cellValue reads one <c> to its end: its value as stored (a number, a
// date's serial, a boolean's 0 or 1, an error's code), a shared string
// looked up, an inline string's text.
func cellValue(dec *xml.Decoder, part string, c xml.StartElement, strs []string, row, col int) (string, error) {
	typ := attr(c, "t")
	var v string
	for {
		tok, err := dec.Token()
		if err != nil {
			return "", partErr(part, dec, err)
		}
		switch t := tok.(type) {
		case xml.EndElement:
			// t is "c": the decoder checks that elements nest.
			if typ != "s" || v == "" {
				return v, nil
			}
			i, err := strconv.Atoi(strings.TrimSpace(v))
			if err != nil || i < 0 || i >= len(strs) {
				return "", badPart(part, dec, "row %d, column %d: a shared string that is not in the table of %d", row, col, len(strs))
			}
			return strs[i], nil
		case xml.StartElement:
			switch t.Name.Local {
			case "v":
				var s string
				if err := dec.DecodeElement(&s, &t); err != nil {
					return "", partErr(part, dec, err)
				}
				v = s
			case "is":
				s, err := itemText(dec, part)
				if err != nil {
					return "", err
				}
				if typ == "inlineStr" {
					v = s
				}
			default: // a formula, extensions: not the value
				if err := dec.Skip(); err != nil {
					return "", partErr(part, dec, err)
				}
			}
		}
	}
}

// walk calls fn for each start element of part name, in order; fn may
// read the element to its end. A missing part is walked as empty.
func (w *xlsxPackage) walk(name string, fn func(*xml.Decoder, xml.StartElement) error) error {
	dec, rc, ok, err := w.open(name)
	if !ok || err != nil {
		return err
	}
	defer rc.Close()
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return partErr(name, dec, err)
		}
		if se, ok := tok.(xml.StartElement); ok {
			if err := fn(dec, se); err != nil {
				return err
			}
		}
	}
}

// partErr is err from reading part with dec, at the decoder's line; the
// text of an XML syntax error is left out (see ErrMalformedXML).
func partErr(part string, dec *xml.Decoder, err error) error {
	if errors.Is(err, ErrPartTooLarge) {
		return &PartError{Part: part, Err: ErrPartTooLarge}
	}
	line, _ := dec.InputPos()
	var se *xml.SyntaxError
	switch {
	case errors.As(err, &se):
		line, err = se.Line, ErrMalformedXML
	case err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF):
		err = ErrMalformedXML
	}
	return &PartError{Part: part, Line: line, Err: err}
}

// badPart is a part whose XML reads but does not hold a workbook's rows.
func badPart(part string, dec *xml.Decoder, format string, args ...any) error {
	line, _ := dec.InputPos()
	return &PartError{Part: part, Line: line, Err: fmt.Errorf(format, args...)}
}

// attr is the value of the attribute with local name local.
func attr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// cellRef splits a reference such as "C12" into column 3 and row 12.
func cellRef(ref string) (col, row int, ok bool) {
	i := 0
	for ; i < len(ref) && i < 3; i++ {
		c := ref[i] &^ 0x20 // upper case
		if c < 'A' || c > 'Z' {
			break
		}
		col = col*26 + int(c-'A'+1)
	}
	if i == 0 || col > maxXLSXColumns {
		return 0, 0, false
	}
	row, err := strconv.Atoi(ref[i:])
	if err != nil || row < 1 || row > maxXLSXRows || ref[i] == '+' || ref[i] == '-' {
		return 0, 0, false
	}
	return col, row, true
}

// unescapeOOXML decodes the _xHHHH_ escapes SpreadsheetML uses for
// characters XML cannot hold (ECMA-376 Part 1, 22.9.2.19 ST_Xstring);
// "_x005F_" escapes the underscore of a literal "_xHHHH_".
func unescapeOOXML(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if i+7 <= len(s) && s[i] == '_' && s[i+1] == 'x' && s[i+6] == '_' {
			if n, err := strconv.ParseUint(s[i+2:i+6], 16, 16); err == nil {
				b.WriteRune(rune(n))
				i += 7
				continue
			}
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}
