package pppdesk

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"time"
)

// ReadyTimeout bounds the database checks of /readyz: a probe that waits longer than a
// load balancer's own timeout tells it nothing.
const ReadyTimeout = 2 * time.Second

// healthz answers whether the process is alive: it checks no dependency, so a liveness
// probe never restarts every replica because the database is away (restarting would not
// bring it back). Before /readyz existed it pinged the database too; a load balancer that
// should take a replica out while the database is unreachable asks /readyz.
func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	_ = json.NewEncoder(w).Encode(map[string]string{"status": "ok"})
}

// readyz answers whether this replica should get traffic: the database answers within
// ReadyTimeout and has applied every migration this binary embeds. Not ready is 503 with
// the UNAVAILABLE body of every route, "status": "unavailable" and a "reason"; ready is 200
// with "status": "ready". Migrations applied by a newer release (a rolling upgrade) keep
// the replica ready and are listed.
func (s *Server) readyz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), ReadyTimeout)
	defer cancel()
	notReady := func(reason string, err error) {
		// An outage is what the probe is for, not a fault of the server: WARN.
		s.cfg.Logger.WarnContext(ctx, "not ready", "reason", reason, "error", err)
		writeUnavailable(w, "the server is not ready; retry later", map[string]any{"status": "unavailable", "reason": reason})
	}
	if err := s.cfg.Store.DB.PingContext(ctx); err != nil {
		notReady("the database is unreachable", err)
		return
	}
	st, err := s.cfg.Store.Migrations(ctx)
	if err != nil {
		notReady("the migrations applied to the database cannot be read", err)
		return
	}
	if len(st.Pending) > 0 {
		notReady("migrations not applied to the database: "+strings.Join(st.Pending, ", "), nil)
		return
	}
	out := map[string]any{"status": "ready", "migrations": st.Embedded}
	if len(st.Unknown) > 0 {
		out["newerMigrations"] = st.Unknown
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	_ = json.NewEncoder(w).Encode(out)
}
