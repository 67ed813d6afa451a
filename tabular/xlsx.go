package tabular

import (
	"archive/zip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"
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
// into display strings. So this reader is here, ~200 lines on
// archive/zip and encoding/xml, tested against workbooks excelize writes
// (tabular_test.go) and fuzzed.

const (
	maxXLSXRows    = 1 << 20 // 1,048,576: Excel's last row
	maxXLSXColumns = 1 << 14 // 16,384: Excel's last column, XFD
	// maxXLSXPart bounds what one part may unpack to: a zip of 64 MB may
	// claim gigabytes, and the shared strings are held in memory.
	maxXLSXPart = 256 << 20
)

// xlsxRows reads the first sheet of the workbook zr: rows[i] is row
// i+1, empty rows between others kept as nil and trailing ones dropped; a
// row's cells are placed by column, gaps filled with "", and end at its
// last non-empty cell.
func xlsxRows(zr *zip.Reader) ([][]string, error) {
	parts := map[string]*zip.File{}
	for _, f := range zr.File {
		parts[strings.TrimPrefix(f.Name, "/")] = f
	}
	wb := "xl/workbook.xml"
	if rels, err := readRels(parts, "_rels/.rels", ""); err != nil {
		return nil, err
	} else if t := rels.target("/officeDocument"); t != "" {
		wb = t
	}
	sheet, err := firstSheet(parts, wb)
	if err != nil || sheet == "" {
		return nil, err
	}
	rels, err := readRels(parts, path.Join(path.Dir(wb), "_rels", path.Base(wb)+".rels"), path.Dir(wb))
	if err != nil {
		return nil, err
	}
	target := rels.byID[sheet]
	if target == "" {
		return nil, &PartError{Part: wb, Err: fmt.Errorf("the first sheet's part (relationship %q) is not named", sheet)}
	}
	sst := rels.target("/sharedStrings")
	if sst == "" {
		sst = path.Join(path.Dir(wb), "sharedStrings.xml")
	}
	strs, err := sharedStrings(parts, sst)
	if err != nil {
		return nil, err
	}
	return sheetRows(parts, target, strs)
}

// openPart opens a part of the package; ok is false when there is none.
func openPart(parts map[string]*zip.File, name string) (dec *xml.Decoder, closer io.Closer, ok bool, err error) {
	f := parts[name]
	if f == nil {
		return nil, nil, false, nil
	}
	rc, err := f.Open()
	if err != nil {
		return nil, nil, false, &PartError{Part: name, Err: err}
	}
	dec = xml.NewDecoder(io.LimitReader(rc, maxXLSXPart))
	// SpreadsheetML is UTF-8 or UTF-16; a part declaring another encoding
	// is refused by the decoder, which is an error here.
	return dec, rc, true, nil
}

// rels is a part's relationships: id → target part, and type → target.
type rels struct {
	byID   map[string]string
	byType map[string]string
}

// target is the target of the first relationship whose type ends in suffix.
func (r rels) target(suffix string) string {
	for t, target := range r.byType {
		if strings.HasSuffix(t, suffix) {
			return target
		}
	}
	return ""
}

// readRels reads the relationships part name; targets are resolved
// against dir (absolute ones against the package root). A missing part is
// no relationships.
func readRels(parts map[string]*zip.File, name, dir string) (rels, error) {
	r := rels{byID: map[string]string{}, byType: map[string]string{}}
	err := walkPart(parts, name, func(dec *xml.Decoder, se xml.StartElement) error {
		if se.Name.Local != "Relationship" || attr(se, "TargetMode") == "External" {
			return nil
		}
		t := attr(se, "Target")
		if strings.HasPrefix(t, "/") {
			t = strings.TrimPrefix(t, "/")
		} else {
			t = path.Join(dir, t)
		}
		r.byID[attr(se, "Id")] = t
		if typ := attr(se, "Type"); r.byType[typ] == "" {
			r.byType[typ] = t
		}
		return nil
	})
	return r, err
}

// firstSheet is the relationship id of the workbook's first sheet, or ""
// when it has none.
func firstSheet(parts map[string]*zip.File, wb string) (string, error) {
	if parts[wb] == nil {
		return "", &PartError{Part: wb, Err: errors.New("no workbook part")}
	}
	errFound := errors.New("found")
	id := ""
	err := walkPart(parts, wb, func(dec *xml.Decoder, se xml.StartElement) error {
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
func sharedStrings(parts map[string]*zip.File, name string) ([]string, error) {
	var strs []string
	err := walkPart(parts, name, func(dec *xml.Decoder, se xml.StartElement) error {
		if se.Name.Local != "si" {
			return nil
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

// sheetRows reads the cells of the worksheet part name.
func sheetRows(parts map[string]*zip.File, name string, strs []string) ([][]string, error) {
	if parts[name] == nil {
		return nil, &PartError{Part: name, Err: errors.New("no such sheet part")}
	}
	var rows [][]string
	rowNum := 0
	err := walkPart(parts, name, func(dec *xml.Decoder, se xml.StartElement) error {
		if se.Name.Local != "row" {
			return nil
		}
		if r := attr(se, "r"); r != "" {
			n, err := strconv.Atoi(r)
			if err != nil || n <= rowNum || n > maxXLSXRows {
				return badPart(name, dec, "row %q: not a row number after %d", r, rowNum)
			}
			rowNum = n
		} else {
			rowNum++
		}
		cells, err := rowCells(dec, name, rowNum, strs)
		if err != nil {
			return err
		}
		if len(cells) > 0 {
			for len(rows) < rowNum-1 {
				rows = append(rows, nil)
			}
			rows = append(rows, cells)
		}
		return nil
	})
	return rows, err
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
			if ref := attr(t, "r"); ref != "" {
				c, r, ok := cellRef(ref)
				if !ok || r != rowNum || c <= col {
					return nil, badPart(part, dec, "cell %q in row %d: not a cell reference after column %d", ref, rowNum, col)
				}
				col = c
			} else if col++; col > maxXLSXColumns {
				return nil, badPart(part, dec, "row %d has more than %d columns", rowNum, maxXLSXColumns)
			}
			v, err := cellValue(dec, part, t, strs)
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
func cellValue(dec *xml.Decoder, part string, c xml.StartElement, strs []string) (string, error) {
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
				return "", badPart(part, dec, "cell %s: shared string %q of %d", attr(c, "r"), v, len(strs))
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

// walkPart calls fn for each start element of part name, in order; fn
// may read the element to its end. A missing part is walked as empty.
func walkPart(parts map[string]*zip.File, name string, fn func(*xml.Decoder, xml.StartElement) error) error {
	dec, rc, ok, err := openPart(parts, name)
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

// PartError is a workbook part that cannot be read: which part, the line
// in it (0 when not known) and why.
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

// partErr is err from reading part with dec, at the decoder's line.
func partErr(part string, dec *xml.Decoder, err error) error {
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	if se, ok := err.(*xml.SyntaxError); ok {
		return &PartError{Part: part, Line: se.Line, Err: errors.New(se.Msg)}
	}
	line, _ := dec.InputPos()
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
