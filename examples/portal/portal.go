// Package portal serves the starter portal's committed build (dist/) as a static site, with
// dist/config.js written from a Config, so trying the portal needs neither Node nor a copy
// of the files: `go run ./examples/portal/serve`. The browser tests use the same handler to
// put the portal on an origin of its own, as a municipality's real portal is.
package portal

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"net/http"
	"net/url"
	"os"
)

//go:embed dist
var dist embed.FS

// Config is what dist/config.js tells the portal.
type Config struct {
	// APIURL is the pppdesk server's root, e.g. https://api.ppp.example.jp; the server must
	// list this portal's origin among its CORS origins.
	APIURL string
	// Municipality is the slug the portal sends as X-Municipality.
	Municipality string
	// Dir, when set, serves the files of this directory instead of the committed build, so a
	// restyled copy can be tried without rebuilding the Go program.
	Dir string
}

// Handler serves the portal: its files, config.js written from cfg, and a Content Security
// Policy that lets the pages run only the portal's own scripts and talk only to the API.
func Handler(cfg Config) (http.Handler, error) {
	api, err := url.Parse(cfg.APIURL)
	if err != nil || (api.Scheme != "http" && api.Scheme != "https") || api.Host == "" {
		return nil, fmt.Errorf("portal: the API URL %q is not an http(s) URL like https://api.ppp.example.jp", cfg.APIURL)
	}
	if cfg.Municipality == "" {
		return nil, fmt.Errorf("portal: the municipality slug is empty")
	}
	var files fs.FS
	if cfg.Dir != "" {
		files = os.DirFS(cfg.Dir)
	} else {
		files, _ = fs.Sub(dist, "dist")
	}
	settings, _ := json.Marshal(map[string]string{"apiUrl": cfg.APIURL, "municipality": cfg.Municipality})
	configJS := []byte("// Written by the portal's Go server from its flags.\nwindow.PPPDESK_PORTAL = " + string(settings) + ";\n")
	origin := api.Scheme + "://" + api.Host
	csp := "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: " + origin +
		"; connect-src " + origin + "; font-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
	static := http.FileServerFS(files)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", csp)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cache-Control", "no-cache")
		if r.URL.Path == "/config.js" {
			h.Set("Content-Type", "text/javascript; charset=utf-8")
			_, _ = w.Write(configJS)
			return
		}
		static.ServeHTTP(w, r)
	}), nil
}
