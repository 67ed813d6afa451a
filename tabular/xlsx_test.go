package tabular

import (
	"archive/zip"
	"bytes"
	"errors"
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
		{"booleans formulas inline rich", func(f *excelize.File, sh string) {
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
			got, err := xlsxRows(mustZip(t, data))
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
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	add := func(name, body string) {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Store})
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(body))
	}
	add("_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/xl/workbook.xml"/></Relationships>`)
	add("xl/workbook.xml", `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Lista" sheetId="7" r:id="rId3"/></sheets></workbook>`)
	rels := `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="sheets/lista.xml"/>`
	if sst != "" {
		rels += `<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="/xl/strings.xml"/>`
		add("xl/strings.xml", `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`+sst+`</sst>`)
	}
	add("xl/_rels/workbook.xml.rels", rels+`</Relationships>`)
	add("xl/sheets/lista.xml", `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`+sheet+`</sheetData></worksheet>`)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
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
		{"truncated sheet", `<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2"><v>1`, nil, "xl/sheets/lista.xml, line 1: element <v> closed by </sheetData>"},
		{"shared string out of range", `<row><c t="s"><v>5</v></c></row>`, nil, "shared string"},
		{"rows out of order", `<row r="2"><c><v>1</v></c></row><row r="1"><c><v>1</v></c></row>`, nil, `row "1"`},
		{"cell of another row", `<row r="2"><c r="A3"><v>1</v></c></row>`, nil, `cell "A3" in row 2`},
		{"columns out of order", `<row r="1"><c r="B1"><v>1</v></c><c r="A1"><v>2</v></c></row>`, nil, `cell "A1"`},
		{"column past XFD", `<row r="1"><c r="XFE1"><v>1</v></c></row>`, nil, `cell "XFE1"`},
		{"row past Excel's last", `<row r="1048577"><c><v>1</v></c></row>`, nil, `row "1048577"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := xlsxRows(mustZip(t, handmade(t, tt.sheet, sst)))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one saying %q", err, tt.wantErr)
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
	var noWorkbook bytes.Buffer
	zw := zip.NewWriter(&noWorkbook)
	zw.Create("hello.txt")
	zw.Close()
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"not a zip", []byte("Namn;Ort\n"), "not an Excel workbook"},
		{"a zip without a workbook", noWorkbook.Bytes(), "xl/workbook.xml: no workbook part"},
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
