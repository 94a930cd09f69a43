package pppdesk

import (
	"context"
	"net/http"
	"strings"
	"time"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/feeds"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/readlog"
)

// ExportTimeout bounds the read log's CSV export: the whole log of a municipality, streamed
// page by page, takes longer than a GraphQL operation's deadline allows, so this route has
// its own, for its SQL and for writing the response.
const ExportTimeout = 5 * time.Minute

// PersonalDataReadsPath is the desk's CSV export of the log of personal data reads; its
// query parameters are the filter of personalDataReads (recordId, readerId, from, to).
const PersonalDataReadsPath = "/exports/personal-data-reads.csv"

// personalDataReads serves the CSV export of the log to the desk (anonymous: 401; any
// other role or another municipality's token: 403), with a UTF-8 BOM for spreadsheets and
// never cached. The export is itself logged before a byte of it leaves, and streams the log
// in pages of readlog.ExportPage entries straight to the response.
func (s *Server) personalDataReads(w http.ResponseWriter, r *http.Request) {
	// Until the caller is known to be the desk, the route has an operation's deadline: only
	// an authorized export gets the long one, so no one else holds a connection for minutes.
	short, cancelShort := r.Context(), context.CancelFunc(func() {})
	if d := s.guard.Limits().Timeout; d > 0 {
		short, cancelShort = context.WithTimeout(r.Context(), d)
	}
	defer cancelShort()
	authz := r.Header.Get("Authorization")
	ctx, err := s.establish(short, authz, r.Header.Get(MunicipalityHeader))
	w.Header().Set("Cache-Control", "no-store")
	if err != nil {
		s.refuse(w, r.Context(), err)
		return
	}
	q := r.URL.Query()
	rows, err := s.resolver.ExportPersonalDataReads(ctx, q.Get("recordId"), q.Get("readerId"), q.Get("from"), q.Get("to"))
	if err != nil {
		code := http.StatusInternalServerError
		switch ae := s.classify(ctx, err); {
		case ae == nil:
			s.cfg.Logger.ErrorContext(ctx, "personal data reads export", "error", err)
		case ae.Code == apperr.Forbidden && authz == "":
			code = http.StatusUnauthorized
		case ae.Code == apperr.Forbidden:
			code = http.StatusForbidden
		case ae.Code == apperr.BadUserInput:
			http.Error(w, ae.Message, http.StatusBadRequest)
			return
		case ae.Code == apperr.Unauthenticated:
			code = http.StatusUnauthorized
		}
		http.Error(w, http.StatusText(code), code)
		return
	}
	// Authorized: the stream has ExportTimeout, for its SQL and for writing the response
	// (the connection's write deadline, the server's --write-timeout, moves too), and still
	// ends when the client goes.
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), ExportTimeout)
	defer cancel()
	defer context.AfterFunc(r.Context(), cancel)()
	// A writer without deadlines (a test's recorder) has none to move.
	_ = http.NewResponseController(w).SetWriteDeadline(time.Now().Add(ExportTimeout))
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="personal-data-reads.csv"`)
	// From here the answer streams page by page: a failure can no longer change its status,
	// so it is logged and the transfer aborted (the connection closes without the response's
	// end): the client sees a broken download, never a complete-looking file that lacks
	// entries.
	out, err := feeds.StreamCSV(w, []string{"id", "readAt", "reader", "readerId", "recordType", "recordId", "fields", "operation", "requestId"})
	if err == nil {
		err = rows(ctx, func(e *model.PersonalDataRead) error {
			req := ""
			if e.RequestID != nil {
				req = *e.RequestID
			}
			return out.Row([]string{model.GlobalID(readlog.OwnerRead, e.ID), e.ReadAt.UTC().Format(time.RFC3339),
				cell(e.ReaderName), model.GlobalID(model.OwnerUser, e.ReaderID), e.RecordType, readlog.RecordGlobalID(e),
				strings.ReplaceAll(e.Fields, ",", " "), cell(e.Operation), cell(req)})
		})
	}
	if err == nil {
		err = out.Close()
	}
	if err != nil {
		s.cfg.Logger.ErrorContext(ctx, "personal data reads export", "error", err)
		panic(http.ErrAbortHandler)
	}
}

// cell keeps a spreadsheet from reading a user-chosen text (a display name) as a formula.
func cell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
