// Command serve puts the starter portal on a local address for trying it against a pppdesk
// server on another origin:
//
//	go run ./cmd/pppdesk --demo --cors-origins http://127.0.0.1:8090
//	go run ./examples/portal/serve --api http://localhost:8080 --addr 127.0.0.1:8090
package main

import (
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"
	"time"

	"github.com/pppdesk/pppdesk/examples/portal"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:8090", "address to listen on (the portal's origin is http://<addr>)")
	api := flag.String("api", "http://localhost:8080", "the pppdesk server's root URL")
	slug := flag.String("municipality", "aomori", "the municipality's slug (X-Municipality)")
	dir := flag.String("dir", "", "serve this directory (a restyled dist) instead of the committed build")
	flag.Parse()
	h, err := portal.Handler(portal.Config{APIURL: *api, Municipality: *slug, Dir: *dir})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	log.Printf("portal: http://%s/ talking to %s (start pppdesk with --cors-origins http://%s)", *addr, *api, *addr)
	srv := &http.Server{Addr: *addr, Handler: h, ReadHeaderTimeout: 10 * time.Second}
	log.Fatal(srv.ListenAndServe())
}
