package server

import (
	"bytes"
	"encoding/csv"
	"net/http"
	"strconv"
	"strings"
)

// excelCSV writes a CSV file that German Excel opens as it is: UTF-8 with a BOM, semicolons and
// CRLF. Cells that hold text go through defuseCells first.
type excelCSV struct {
	*csv.Writer
	buf *bytes.Buffer
}

func newExcelCSV() excelCSV {
	buf := bytes.NewBufferString("\uFEFF")
	w := csv.NewWriter(buf)
	w.Comma, w.UseCRLF = ';', true
	return excelCSV{Writer: w, buf: buf}
}

// Bytes flushes the rows written and returns the file.
func (x excelCSV) Bytes() []byte {
	x.Flush()
	return x.buf.Bytes()
}

// serveCSV answers a signed CSV link with the file, for download as name.
func serveCSV(w http.ResponseWriter, name string, body []byte) {
	h := w.Header()
	h.Set("Content-Type", "text/csv; charset=utf-8")
	h.Set("Content-Length", strconv.Itoa(len(body)))
	h.Set("Content-Disposition", contentDisposition(name))
	w.Write(body)
}

// defuseCells defuses each cell in place (see defuseFormula) and returns them.
func defuseCells(cells ...string) []string {
	for i, c := range cells {
		cells[i] = defuseFormula(c)
	}
	return cells
}

// defuseFormula keeps a spreadsheet from running a cell as a formula.
func defuseFormula(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
