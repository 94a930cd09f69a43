// Command schemadoc writes docs/schema/ja.md and docs/schema/en.md from the schema files
// named in gqlgen.yml's order (schema.graphqls, then schema/*.graphqls); go generate runs it.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/pppdesk/pppdesk/schemadoc"
)

func main() {
	out := flag.String("out", "docs/schema", "directory for ja.md and en.md")
	root := flag.String("root", ".", "directory holding schema.graphqls and schema/")
	flag.Parse()
	if err := run(*root, *out); err != nil {
		fmt.Fprintln(os.Stderr, "schemadoc:", err)
		os.Exit(1)
	}
}

func run(root, out string) error {
	files, err := filepath.Glob(filepath.Join(root, "schema", "*.graphqls"))
	if err != nil {
		return err
	}
	sort.Strings(files)
	files = append([]string{filepath.Join(root, "schema.graphqls")}, files...)
	var sources []*ast.Source
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, f)
		sources = append(sources, &ast.Source{Name: filepath.ToSlash(rel), Input: string(b)})
	}
	schema, gerr := gqlparser.LoadSchema(sources...)
	if gerr != nil {
		return gerr
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	for _, lang := range []schemadoc.Language{schemadoc.Japanese, schemadoc.English} {
		var buf bytes.Buffer
		if err := schemadoc.Write(&buf, schema, lang); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(out, string(lang)+".md"), buf.Bytes(), 0o644); err != nil {
			return err
		}
	}
	return nil
}
