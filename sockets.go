package pppdesk

import (
	"fmt"
	"net/http"
	"strings"
	"sync"

	"github.com/pppdesk/pppdesk/apperr"
)

// DefaultMaxWebSockets is how many WebSockets one client address may keep open at once on
// one replica when Config.MaxWebSockets is zero.
const DefaultMaxWebSockets = 10

// socketLimiter caps the WebSockets one client address keeps open. A WebSocket lives as long
// as its keep-alive pings are answered, even with no subscription on it, so without a cap a
// single address could hold every connection slot (--max-conns) and take the server off the
// air for everyone else. The count is per replica: sockets are held by one process.
type socketLimiter struct {
	max  int
	mu   sync.Mutex
	open map[string]int
}

// wrap counts the WebSocket upgrades passing to next by the client address that
// withAddress put into the request, and refuses one over the cap before it is upgraded.
func (l *socketLimiter) wrap(next http.Handler) http.Handler {
	if l.max <= 0 {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.EqualFold(r.Header.Get("Upgrade"), "websocket") {
			next.ServeHTTP(w, r)
			return
		}
		addr := addressFrom(r.Context())
		l.mu.Lock()
		if l.open[addr] >= l.max {
			l.mu.Unlock()
			w.Header().Set("Retry-After", "5")
			writeError(w, http.StatusTooManyRequests, "application/json", apperr.RateLimited,
				fmt.Sprintf("too many WebSockets from your address (--max-websockets %d); close one and try again", l.max),
				map[string]any{"limit": "--max-websockets"}, nil)
			return
		}
		l.open[addr]++
		l.mu.Unlock()
		defer func() {
			l.mu.Lock()
			if l.open[addr]--; l.open[addr] <= 0 {
				delete(l.open, addr)
			}
			l.mu.Unlock()
		}()
		next.ServeHTTP(w, r)
	})
}

// socketOrigins refuses a WebSocket upgrade from a browser page of another origin that no
// allow-list names (neither the server's --cors-origins nor any municipality's
// allowedOrigins), with 403 before the upgrade. The municipality is not known until the
// connection's operations run (a browser cannot set headers on a WebSocket; the token comes
// in connection_init), so each operation is then held to its own municipality's list by
// resolve, like any other request. coder/websocket's own check is off in favour of this one.
func (s *Server) socketOrigins(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.EqualFold(r.Header.Get("Upgrade"), "websocket") {
			if o := s.crossOrigin(r); o != "" && !s.anyOrigin(r.Context(), o) {
				writeError(w, http.StatusForbidden, "application/json", apperr.Forbidden,
					fmt.Sprintf("a page at %s may not open a WebSocket here: no allow-list names its origin", o), nil, nil)
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}
