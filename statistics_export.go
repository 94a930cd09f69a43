package pppdesk

import (
	"context"
	"net/http"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/feeds"
)

// statisticsCSV serves the desk's figures as CSV (GET /exports/statistics.csv?from=…&to=…
// &groupBy=FISCAL_YEAR|MONTH): the caller comes from the bearer token and X-Municipality as
// on the file routes; UTF-8 with a byte-order mark so Excel in Japan opens it; never cached
// by anyone but the desk's own browser.
func (s *Server) statisticsCSV(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "private, no-store")
	ctx, err := s.establish(r.Context(), r.Header.Get("Authorization"), r.Header.Get(MunicipalityHeader))
	if err != nil {
		s.refuse(w, r.Context(), err)
		return
	}
	q := r.URL.Query()
	columns, rows, err := s.resolver.DeskStatisticsTable(ctx, q.Get("from"), q.Get("to"), q.Get("groupBy"))
	if err != nil {
		s.refuseStatistics(w, ctx, err)
		return
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="statistics.csv"`)
	_ = feeds.CSV(w, feeds.Table{Columns: columns, Rows: rows})
}

// refuseStatistics answers a refused export as the private routes do: 401 to sign in, 403
// for a role that may not, 400 with the message for a bad parameter.
func (s *Server) refuseStatistics(w http.ResponseWriter, ctx context.Context, err error) {
	ae := s.classify(ctx, err)
	switch {
	case ae == nil:
		s.cfg.Logger.ErrorContext(ctx, "statistics export", "error", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
	case ae.Code == apperr.Unavailable:
		writeUnavailable(w, ae.Message, nil)
	case ae.Code == apperr.Unauthenticated:
		http.Error(w, http.StatusText(http.StatusUnauthorized), http.StatusUnauthorized)
	case ae.Code == apperr.Forbidden:
		http.Error(w, http.StatusText(http.StatusForbidden), http.StatusForbidden)
	case ae.Code == apperr.BadUserInput:
		http.Error(w, ae.Message, http.StatusBadRequest)
	default:
		http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
	}
}
