package tabular

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// workbook builds an .xlsx with excelize, the engine the reader replaced
// (it stays a test dependency, as the writer of real workbooks).
func workbook(t testing.TB, build func(f *excelize.File, sheet string)) []byte {
	t.Helper()
	f := excelize.NewFile()
	build(f, f.GetSheetName(0))
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// sheet collects xlsxRows' rows as excelize's GetRows gives them: rows[i]
// is row i+1, empty rows between others nil.
func sheet(zr *zip.Reader) ([][]string, error) {
	var rows [][]string
	err := xlsxRows(zr, func(n int, cells []string) error {
		for len(rows) < n-1 {
			rows = append(rows, nil)
		}
		rows = append(rows, cells)
		return nil
	})
	return rows, err
}

func mustZip(t testing.TB, data []byte) *zip.Reader {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	return zr
}

// TestXLSXRowsAsExcelize: on workbooks excelize writes, xlsxRows gives what
// excelize's own GetRows gave with raw cell values, the call ReadXLSX made
// before (shared and inline strings, rich text, numbers, dates as serials,
// booleans, formulas' cached values, gaps, empty rows, escapes, a second
// sheet left alone).
func TestXLSXRowsAsExcelize(t *testing.T) {
	tests := []struct {
		name  string
		build func(f *excelize.File, sh string)
	}{
		{"strings numbers dates", func(f *excelize.File, sh string) {
			date, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
			f.SetSheetRow(sh, "A1", &[]any{"Personnummer", "Namn", "Startdatum", "Poäng"})
			f.SetSheetRow(sh, "A2", &[]any{189002099811, "Åsa Öberg", 46349, 12.5})
			f.SetCellStyle(sh, "C2", "C2", date)
			f.SetSheetRow(sh, "A5", &[]any{"19000612-9803", "Örjan", 46300.5, -3})
		}},
		{"gaps and sparse columns", func(f *excelize.File, sh string) {
			f.SetCellValue(sh, "A1", "a")
			f.SetCellValue(sh, "D1", "d")
			f.SetCellValue(sh, "B3", "b3")
			f.SetCellValue(sh, "AA3", "far")
		}},
		{"booleans formulas rich text escapes", func(f *excelize.File, sh string) {
			f.SetCellValue(sh, "A1", true)
			f.SetCellValue(sh, "B1", false)
			f.SetCellFormula(sh, "C1", "1+1")
			f.SetCellStr(sh, "D1", "  mellanslag  ")
			f.SetCellRichText(sh, "A2", []excelize.RichTextRun{{Text: "fet "}, {Text: "och vanlig", Font: &excelize.Font{Bold: true}}})
			f.SetCellValue(sh, "B2", "rad\nbrytning och _x000D_ tecken")
			f.SetCellValue(sh, "C2", "<&>\"'")
		}},
		{"second sheet", func(f *excelize.File, sh string) {
			f.SetCellValue(sh, "A1", "första")
			f.NewSheet("Blad2")
			f.SetCellValue("Blad2", "A1", "andra")
		}},
		{"empty", func(f *excelize.File, sh string) {}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := workbook(t, tt.build)
			got, err := sheet(mustZip(t, data))
			if err != nil {
				t.Fatal(err)
			}
			f, err := excelize.OpenReader(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			want, err := f.GetRows(f.GetSheetList()[0], excelize.Options{RawCellValue: true})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(want) {
				t.Fatalf("%d rows, excelize %d:\n%q\n%q", len(got), len(want), got, want)
			}
			for i := range want {
				if len(got[i]) != len(want[i]) || (len(want[i]) > 0 && !reflect.DeepEqual(got[i], want[i])) {
					t.Errorf("row %d: %q, excelize %q", i+1, got[i], want[i])
				}
			}
		})
	}
}

// handmade is a minimal workbook with the given sheet XML (and shared
// strings, if any), written as another producer might; its parts are
// stored, not compressed, so that the fuzzer's changes reach the XML.
func handmade(t testing.TB, sheet, sst string) []byte {
	t.Helper()
	parts := [][2]string{
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/xl/workbook.xml"/></Relationships>`},
		{"xl/workbook.xml", `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Lista" sheetId="7" r:id="rId3"/></sheets></workbook>`},
	}
	rels := `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="sheets/lista.xml"/>`
	if sst != "" {
		rels += `<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="/xl/strings.xml"/>`
		parts = append(parts, [2]string{"xl/strings.xml", `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` + sst + `</sst>`})
	}
	parts = append(parts,
		[2]string{"xl/_rels/workbook.xml.rels", rels + `</Relationships>`},
		[2]string{"xl/sheets/lista.xml", `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` + sheet + `</sheetData></worksheet>`})
	return zipParts(t, parts...)
}

func TestXLSXRowsHandmade(t *testing.T) {
	sst := `<si><t>Namn</t></si><si><r><t>Å</t></r><r><t>sa</t></r><rPh><t>アサ</t></rPh></si>`
	tests := []struct {
		name    string
		sheet   string
		want    [][]string
		wantErr string // part of the message; "" for none
	}{
		{"relationships by type, no r attributes",
			`<row><c t="s"><v>0</v></c><c t="inlineStr"><is><t>Ort</t></is></c></row><row><c t="s"><v>1</v></c><c><v>46349</v></c></row>`,
			[][]string{{"Namn", "Ort"}, {"Åsa", "46349"}}, ""},
		{"lower-case references, a skipped row",
			`<row r="1"><c r="b1" t="str"><v>x</v></c></row><row r="3"><c r="a3" t="b"><v>1</v></c><c r="C3" t="e"><v>#N/A</v></c></row>`,
			[][]string{{"", "x"}, nil, {"1", "", "#N/A"}}, ""},
		{"empty cells and rows", `<row r="2"><c r="A2" s="3"/></row>`, nil, ""},
		{"truncated sheet", `<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2"><v>1`, nil, "xl/sheets/lista.xml, line 1: malformed XML"},
		{"shared string out of range", `<row><c t="s"><v>191212121212</v></c></row>`, nil, "row 1, column 1: a shared string that is not in the table of 2"},
		{"rows out of order", `<row r="2"><c><v>1</v></c></row><row r="1"><c><v>1</v></c></row>`, nil, "a row number out of order or past row 1048576 (after row 2)"},
		{"cell of another row", `<row r="2"><c r="A3"><v>1</v></c></row>`, nil, "row 2: a cell reference out of order"},
		{"columns out of order", `<row r="1"><c r="B1"><v>1</v></c><c r="A1"><v>2</v></c></row>`, nil, "(after column 2)"},
		{"column past XFD", `<row r="1"><c r="XFE1"><v>1</v></c></row>`, nil, "past column XFD"},
		{"row past Excel's last", `<row r="1048577"><c><v>1</v></c></row>`, nil, "past row 1048576"},
		{"a personnummer in broken XML is not quoted", `<row r="1"><c><v>&191212121212</v></c></row>`, nil, "line 1: malformed XML"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := sheet(mustZip(t, handmade(t, tt.sheet, sst)))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one saying %q", err, tt.wantErr)
				}
				if strings.Contains(err.Error(), "1212121212") {
					t.Errorf("the error quotes the file: %v", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestReadXLSXBroken: what is not a readable workbook is an *Error naming
// the part, never a partial table.
func TestReadXLSXBroken(t *testing.T) {
	noWorkbook := zipParts(t, [2]string{"hello.txt", ""})
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"not a zip", []byte("Namn;Ort\n"), "not an Excel workbook"},
		{"a zip without a workbook", noWorkbook, "xl/workbook.xml: no workbook part"},
		{"truncated sheet", handmade(t, `<row r="1"><c r="A1" t="str"><v>a</v></c></row><row r="2"><c r="A2" t="str"><v>b</v>`, ""), "xl/sheets/lista.xml"},
		{"no rows", handmade(t, ``, ""), ErrEmpty.Error()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tab, err := ReadXLSX(tt.data)
			var te *Error
			if !errors.As(err, &te) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want a *Error saying %q", err, tt.want)
			}
			if tab.Header != nil || tab.Rows != nil {
				t.Errorf("a partial table: %q %v", tab.Header, tab.Rows)
			}
		})
	}
}

func TestUnescapeOOXML(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"a_x000D_b", "a\rb"},
		{"_x005F_x000D_", "_x000D_"},
		{"_x00zz_", "_x00zz_"},
		{"_x00", "_x00"},
		{"Å_x00C5_", "ÅÅ"},
	}
	for _, tt := range tests {
		if got := unescapeOOXML(tt.in); got != tt.want {
			t.Errorf("unescapeOOXML(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCellRef(t *testing.T) {
	tests := []struct {
		ref      string
		col, row int
		ok       bool
	}{
		{"A1", 1, 1, true},
		{"c12", 3, 12, true},
		{"AA3", 27, 3, true},
		{"XFD1048576", 16384, 1048576, true},
		{"XFE1", 0, 0, false},
		{"A0", 0, 0, false},
		{"A+1", 0, 0, false},
		{"1", 0, 0, false},
		{"ABCD1", 0, 0, false},
		{"A", 0, 0, false},
	}
	for _, tt := range tests {
		col, row, ok := cellRef(tt.ref)
		if ok != tt.ok || (ok && (col != tt.col || row != tt.row)) {
			t.Errorf("cellRef(%q) = %d, %d, %v; want %d, %d, %v", tt.ref, col, row, ok, tt.col, tt.row, tt.ok)
		}
	}
}

// FuzzTabularReadXLSX: any bytes give a table or an *Error, never a panic;
// a table is rectangular and its rows increase.
func FuzzTabularReadXLSX(f *testing.F) {
	// Small seeds: the fuzzer minimises each new input, and on a workbook
	// excelize writes (7 KB, deflated) that took longer than a CI run.
	f.Add(handmade(f, `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>b</t></is></c></row><row r="3"><c r="B3"><v>1</v></c></row>`, `<si><t>a</t></si>`))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		tab, err := ReadXLSX(data)
		if err != nil {
			var te *Error
			if !errors.As(err, &te) {
				t.Fatalf("error %v is not an *Error", err)
			}
			return
		}
		last := 0
		for _, r := range tab.Rows {
			if len(r.Cells) != len(tab.Header) || r.Line <= last {
				t.Fatalf("row %d after %d: %d cells, header %d", r.Line, last, len(r.Cells), len(tab.Header))
			}
			last = r.Line
		}
	})
}

// zipParts is a zip of the given name, body pairs, stored in that order.
func zipParts(t testing.TB, parts ...[2]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: p[0], Method: zip.Store})
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(p[1]))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// utf16LE is s in UTF-16, little-endian, with its byte-order mark.
func utf16LE(s string) string {
	b := []byte{0xFF, 0xFE}
	for _, r := range s {
		b = append(b, byte(r), byte(r>>8))
	}
	return string(b)
}

// TestXLSXProducers: workbooks as other producers write them, which
// excelize read: "\" in part names, another case than the relationships
// give, a UTF-16 part, a Windows-1252 declaration.
func TestXLSXProducers(t *testing.T) {
	wb := [2]string{"xl/workbook.xml", `<workbook><sheets><sheet name="A" r:id="rId1" xmlns:r="r"/></sheets></workbook>`}
	rels := [2]string{"xl/_rels/workbook.xml.rels", `<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>`}
	tests := []struct {
		name  string
		parts [][2]string
		want  [][]string
	}{
		{"backslashes", [][2]string{{`xl\workbook.xml`, wb[1]}, {`xl\_rels\workbook.xml.rels`, rels[1]},
			{`xl\worksheets\sheet1.xml`, `<worksheet><sheetData><row r="1"><c t="s"><v>0</v></c></row></sheetData></worksheet>`},
			{`xl\sharedStrings.xml`, `<sst><si><t>Namn</t></si></sst>`}}, [][]string{{"Namn"}}},
		{"lower-case shared strings", [][2]string{wb, rels,
			{"xl/worksheets/sheet1.xml", `<worksheet><sheetData><row r="1"><c t="s"><v>0</v></c></row></sheetData></worksheet>`},
			{"xl/sharedstrings.xml", `<sst><si><t>Ort</t></si></sst>`}}, [][]string{{"Ort"}}},
		{"UTF-16 sheet", [][2]string{wb, rels,
			{"xl/worksheets/sheet1.xml", utf16LE(`<?xml version="1.0" encoding="UTF-16"?><worksheet><sheetData><row r="1"><c t="inlineStr"><is><t>Åsa Öberg</t></is></c></row></sheetData></worksheet>`)}},
			[][]string{{"Åsa Öberg"}}},
		{"Windows-1252 declared", [][2]string{wb, rels,
			{"xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"windows-1252\"?><worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>G\xe4vle</t></is></c></row></sheetData></worksheet>"}},
			[][]string{{"Gävle"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := sheet(mustZip(t, zipParts(t, tt.parts...)))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestReadXLSXStopsAtTooWideRow: a row with a value right of the header
// fails at that row, before the rows after it are read (a row padded to
// column XFD holds 16,384 cells).
func TestReadXLSXStopsAtTooWideRow(t *testing.T) {
	var rows strings.Builder
	rows.WriteString(`<row r="1"><c t="inlineStr"><is><t>a</t></is></c><c t="inlineStr"><is><t>b</t></is></c></row>`)
	for i := 2; i < 2000; i++ {
		fmt.Fprintf(&rows, `<row r="%d"><c r="XFD%d"><v>1</v></c></row>`, i, i)
	}
	_, err := ReadXLSX(handmade(t, rows.String(), ""))
	var te *Error
	if !errors.Is(err, ErrTooManyCells) || !errors.As(err, &te) || te.Line != 2 {
		t.Fatalf("error %v, want ErrTooManyCells at line 2", err)
	}
}

func TestReadXLSXProtectedOrXLS(t *testing.T) {
	_, err := ReadXLSX(append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 512)...))
	if !errors.Is(err, ErrProtectedOrXLS) {
		t.Fatalf("error %v, want ErrProtectedOrXLS", err)
	}
}

func TestCapReader(t *testing.T) {
	c := &capReader{r: strings.NewReader("0123456789"), n: 4}
	b, err := io.ReadAll(c)
	if string(b) != "0123" || !errors.Is(err, ErrPartTooLarge) {
		t.Errorf("read %q, %v; want 0123 and ErrPartTooLarge", b, err)
	}
	c = &capReader{r: strings.NewReader("01"), n: 4}
	if b, err := io.ReadAll(c); string(b) != "01" || err != nil {
		t.Errorf("read %q, %v; want 01 and no error", b, err)
	}
}
