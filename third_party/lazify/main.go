// Command lazify rewrites a Go package so that its costly package-level
// variables are built on first use instead of in package initialisation
// (issue 18): Go runs every linked package's init before main, so a
// regular expression or a large map literal in a dependency is paid by
// every command of ikbt, whether it uses it or not.
//
//	go run ./third_party/lazify DIR NAME...
//
// Each NAME is a package-level `var NAME = EXPR` in DIR whose type can be
// read from EXPR (regexp.MustCompile(...), a composite literal with its
// type, or a call given a type with NAME:TYPE). The declaration becomes
// `var NAME = sync.OnceValue(func() TYPE { return EXPR })` and every use of
// NAME in DIR becomes NAME(). The value is the same, built once, safely for
// concurrent use; only when it is built changes. Uses the parser cannot tie
// to a local declaration are rewritten, so the build catches any mistake.
package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

type edit struct {
	at, end int
	text    string
}

func main() {
	if len(os.Args) < 3 {
		fmt.Fprintln(os.Stderr, "usage: lazify DIR NAME[:TYPE]...")
		os.Exit(2)
	}
	dir := os.Args[1]
	want := map[string]string{}
	for _, a := range os.Args[2:] {
		name, typ, _ := strings.Cut(a, ":")
		want[name] = typ
	}
	fset := token.NewFileSet()
	files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
	type parsed struct {
		path string
		src  []byte
		f    *ast.File
	}
	var all []parsed
	decls := map[*ast.Ident]bool{}
	specs := map[string]*ast.ValueSpec{}
	for _, p := range files {
		if strings.HasSuffix(p, "_test.go") && os.Getenv("LAZIFY_TESTS") == "" {
			continue // LAZIFY_TESTS=1 rewrites the uses in tests too, to run upstream's tests on a copy
		}
		src, err := os.ReadFile(p)
		check(err)
		f, err := parser.ParseFile(fset, p, src, parser.ParseComments)
		check(err)
		all = append(all, parsed{p, src, f})
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.VAR {
				continue
			}
			for _, s := range g.Specs {
				vs := s.(*ast.ValueSpec)
				for _, n := range vs.Names {
					if _, ok := want[n.Name]; ok {
						if len(vs.Names) != 1 || len(vs.Values) != 1 {
							fail("%s: %s is not declared alone with a value", p, n.Name)
						}
						decls[n] = true
						specs[n.Name] = vs
					}
				}
			}
		}
	}
	for n := range want {
		if specs[n] == nil {
			fail("%s: no package-level var %s", dir, n)
		}
	}
	for _, pf := range all {
		var edits []edit
		off := func(p token.Pos) int { return fset.Position(p).Offset }
		touched := false
		ast.Inspect(pf.f, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.SelectorExpr:
				ast.Inspect(x.X, func(n ast.Node) bool { return visitIdent(n, want, decls, specs, off, &edits) })
				return false // x.Sel is a field or method, never our var
			case *ast.ValueSpec:
				if len(x.Names) == 1 && decls[x.Names[0]] {
					name := x.Names[0].Name
					typ := want[name]
					if typ == "" {
						typ = typeOf(fset, x.Values[0])
					}
					if typ == "" {
						fail("%s: cannot tell the type of %s: give NAME:TYPE", pf.path, name)
					}
					if x.Type != nil {
						edits = append(edits, edit{off(x.Type.Pos()), off(x.Type.End()), ""})
					}
					v := x.Values[0]
					edits = append(edits, edit{off(v.Pos()), off(v.Pos()), "sync.OnceValue(func() " + typ + " { return "})
					edits = append(edits, edit{off(v.End()), off(v.End()), " })"})
					touched = true
					ast.Inspect(v, func(n ast.Node) bool { return visitIdent(n, want, decls, specs, off, &edits) })
					return false
				}
			case *ast.Ident:
				return visitIdent(n, want, decls, specs, off, &edits)
			}
			return true
		})
		if len(edits) == 0 {
			continue
		}
		sort.Slice(edits, func(i, j int) bool {
			return edits[i].at > edits[j].at || edits[i].at == edits[j].at && edits[i].end > edits[j].end
		})
		src := append([]byte(nil), pf.src...)
		for _, e := range edits {
			src = append(src[:e.at], append([]byte(e.text), src[e.end:]...)...)
		}
		if touched && !hasImport(pf.f, "sync") {
			src = addImport(src, fset, pf.f)
		}
		check(os.WriteFile(pf.path, src, 0o644))
	}
}

// visitIdent rewrites a use of a lazified var into a call.
func visitIdent(n ast.Node, want map[string]string, decls map[*ast.Ident]bool, specs map[string]*ast.ValueSpec, off func(token.Pos) int, edits *[]edit) bool {
	id, ok := n.(*ast.Ident)
	if !ok {
		return true
	}
	if _, ok := want[id.Name]; !ok || decls[id] {
		return true
	}
	if id.Obj != nil && id.Obj.Decl != specs[id.Name] {
		return true // a local of the same name
	}
	*edits = append(*edits, edit{off(id.End()), off(id.End()), "()"})
	return true
}

func typeOf(fset *token.FileSet, e ast.Expr) string {
	switch x := e.(type) {
	case *ast.CompositeLit:
		if x.Type != nil {
			var b bytes.Buffer
			check(printer.Fprint(&b, fset, x.Type))
			return b.String()
		}
	case *ast.CallExpr:
		if s, ok := x.Fun.(*ast.SelectorExpr); ok {
			if p, ok := s.X.(*ast.Ident); ok && p.Name == "regexp" && (s.Sel.Name == "MustCompile" || s.Sel.Name == "MustCompilePOSIX") {
				return "*regexp.Regexp"
			}
		}
	}
	return ""
}

func hasImport(f *ast.File, path string) bool {
	for _, i := range f.Imports {
		if i.Path.Value == `"`+path+`"` {
			return true
		}
	}
	return false
}

func addImport(src []byte, fset *token.FileSet, f *ast.File) []byte {
	at := fset.Position(f.Name.End()).Offset
	return append(src[:at], append([]byte("\n\nimport \"sync\""), src[at:]...)...)
}

func check(err error) {
	if err != nil {
		fail("%v", err)
	}
}

func fail(format string, a ...any) {
	fmt.Fprintf(os.Stderr, "lazify: "+format+"\n", a...)
	os.Exit(1)
}
