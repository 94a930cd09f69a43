// Command profserver serves pppdesk in-process (pppdesk.New, as cmd/pppdesk configures it for
// a database without demo data) with net/http/pprof on a second loopback address, so the
// benchmark can take CPU and allocation profiles of the real handler without a profiling
// endpoint in the product.
//
//	go run ./bench/cmd/profserver --db sqlite:/tmp/b.db --secret S --pprof 127.0.0.1:6060
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/pprof"
	"os"
	"time"

	"github.com/pppdesk/pppdesk"
	"github.com/pppdesk/pppdesk/auth"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/storage"
	"github.com/pppdesk/pppdesk/store"
)

func main() {
	dsn := flag.String("db", "", "database: sqlite:PATH or mysql:…")
	addr := flag.String("addr", "127.0.0.1:0", "address of the API")
	pprofAddr := flag.String("pprof", "127.0.0.1:0", "address of /debug/pprof/")
	secret := flag.String("secret", "", "token secret, at least 32 bytes")
	files := flag.String("files", "", "upload directory (empty: a temporary one)")
	flag.Parse()
	if err := run(*dsn, *addr, *pprofAddr, *secret, *files); err != nil {
		fmt.Fprintln(os.Stderr, "profserver:", err)
		os.Exit(1)
	}
}

func run(dsn, addr, pprofAddr, secret, files string) error {
	ctx := context.Background()
	st, err := store.Open(ctx, dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := st.Migrate(ctx); err != nil {
		return err
	}
	pol, err := policies.Load("")
	if err != nil {
		return err
	}
	if files == "" {
		if files, err = os.MkdirTemp("", "profserver-files"); err != nil {
			return err
		}
		defer os.RemoveAll(files)
	}
	fs, err := storage.NewLocal(files)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	srv, err := pppdesk.New(pppdesk.Config{Store: st, Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
		Secret: []byte(secret), Policy: pol, Files: fs, Auth: auth.Config{MaxHashing: 2}, ListenAddr: ln.Addr().String()})
	if err != nil {
		return err
	}
	pl, err := net.Listen("tcp", pprofAddr)
	if err != nil {
		return err
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	go func() { _ = http.Serve(pl, mux) }()
	fmt.Printf("profserver: serving http://%s/ pprof http://%s/\n", ln.Addr(), pl.Addr())
	hs := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 30 * time.Second}
	return hs.Serve(ln)
}
