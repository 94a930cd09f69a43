package pppdesk_test

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestLayersKeepTheirJobs holds the one-hop structure of ARCHITECTURE.md: resolvers never
// touch SQL (no bun import), and only policies/ interprets a scope.
func TestLayersKeepTheirJobs(t *testing.T) {
	t.Parallel()
	fset := token.NewFileSet()
	resolverFiles, _ := filepath.Glob("resolvers/*.go")
	if len(resolverFiles) < 5 {
		t.Fatalf("found only %d resolver files", len(resolverFiles))
	}
	for _, f := range resolverFiles {
		file, err := parser.ParseFile(fset, f, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range file.Imports {
			if p, _ := strconv.Unquote(imp.Path.Value); strings.HasPrefix(p, "github.com/uptrace/bun") {
				t.Errorf("%s imports %s: SQL and transactions belong in store/ and the domain services", f, p)
			}
		}
	}
	// Domain services open transactions (bun.Tx) but write no SQL: every query builder call
	// lives in store/, so a new service query is reviewed with the others.
	for _, dir := range []string{"account", "tenant", "proposal", "content", "inquiry", "audit"} {
		files, _ := filepath.Glob(dir + "/*.go")
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, call := range []string{".NewSelect(", ".NewUpdate(", ".NewInsert(", ".NewDelete(", ".NewRaw(", ".ExecContext(", ".QueryContext("} {
				if strings.Contains(string(b), call) {
					t.Errorf("%s calls %s: SQL belongs in store/", f, call)
				}
			}
		}
	}
	err := filepath.WalkDir(".", func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (path == "policies" || path == "graph" || strings.HasPrefix(d.Name(), ".")) && path != "." {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if strings.Contains(string(b), "case model.Scope") {
			t.Errorf("%s interprets a scope (case model.Scope…); only policies/ may", path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
