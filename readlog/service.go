package readlog

import (
	"context"
	"time"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/store"
)

// Service reads the log (the desk) and writes its entries.
type Service struct {
	store *store.Store
}

// New builds the service on s.
func New(s *store.Store) *Service { return &Service{store: s} }

// Write stores one operation's entries in one statement.
func (s *Service) Write(ctx context.Context, rows []*model.PersonalDataRead) error {
	return s.store.InsertPersonalDataReads(ctx, rows)
}

// StaffReader answers the reader whose reads are logged: a signed-in DESK, DEPARTMENT or
// ADMIN account of a municipality. The public and proposers (who read only their own
// organization's data) are not logged, nor is the platform context, which holds no
// municipality's records.
func StaffReader(c *policies.Caller) (Reader, bool) {
	if c == nil || c.User == nil || c.Municipality == nil || c.Municipality.ID == 0 {
		return Reader{}, false
	}
	switch c.User.Role {
	case model.RoleDesk, model.RoleDepartment, model.RoleAdmin:
		return Reader{ID: c.User.ID, Name: c.User.DisplayName, MunicipalityID: c.Municipality.ID}, true
	}
	return Reader{}, false
}

// Filter narrows the log: by record, by staff member, by period; a zero field filters
// nothing.
type Filter struct {
	From, To   *time.Time
	ReaderID   int64
	RecordType string
	RecordID   int64
}

// Pages reads one page of a list the caller was already allowed to read.
type Pages func(ctx context.Context, p store.Page) (store.PageOf[model.PersonalDataRead], error)

// Reads answers how to read the caller's municipality's log matching f, newest first,
// after asking the policy (the desk). The read of the log is itself noted in the
// operation's collector (RecordLog), so it is logged with the operation's answer.
func (s *Service) Reads(ctx context.Context, c *policies.Caller, f Filter) (Pages, error) {
	if _, err := c.Authorize(policies.ReadPersonalDataReads); err != nil {
		return nil, err
	}
	if f.From != nil && f.To != nil && !f.From.Before(*f.To) {
		return nil, apperr.Invalid("filter.to", "must be after filter.from")
	}
	if r, ok := StaffReader(c); ok {
		Note(ctx, r, RecordLog, c.Municipality.ID, "personalDataReads")
	}
	sf := store.PersonalDataReadFilter{From: f.From, To: f.To, ReaderID: f.ReaderID, RecordType: f.RecordType, RecordID: f.RecordID}
	return func(ctx context.Context, p store.Page) (store.PageOf[model.PersonalDataRead], error) {
		return s.store.PersonalDataReads(ctx, c.Viewer, sf, p)
	}, nil
}

// ExportPage is how many entries the export reads per statement: the export streams the
// log page by page (keyset, newest first), so its memory does not grow with the log.
const ExportPage = 1000

// Rows streams the entries of an export to each, in order, page by page; it stops at the
// first error of each or of a read.
type Rows func(ctx context.Context, each func(*model.PersonalDataRead) error) error

// Export prepares the CSV export of every entry of the log matching f: it asks the policy,
// reads the first page, and writes the entry that says the log was exported before
// answering, so the export leaves only once its own read is logged (and, read after it,
// that entry is not part of it: later pages lie below the first page's last entry). The
// answer streams the entries; errors before it (policy, filter, first page, log) are the
// caller's to present.
func (s *Service) Export(ctx context.Context, c *policies.Caller, f Filter, now time.Time, requestID string) (Rows, error) {
	pages, err := s.Reads(ctx, c, f)
	if err != nil {
		return nil, err
	}
	first, err := pages(ctx, store.Page{First: ExportPage})
	if err != nil {
		return nil, err
	}
	r, _ := StaffReader(c)
	if err := s.Write(ctx, []*model.PersonalDataRead{Entry(r, now, RecordLog, c.Municipality.ID, []string{"export"}, "export personal-data-reads.csv", requestID)}); err != nil {
		return nil, err
	}
	return func(ctx context.Context, each func(*model.PersonalDataRead) error) error {
		page := first
		for {
			for _, e := range page.Items {
				if err := each(e); err != nil {
					return err
				}
			}
			if !page.HasNext || len(page.Items) == 0 {
				return nil
			}
			p := store.Page{First: ExportPage, After: &page.Cursors[len(page.Cursors)-1]}
			if page, err = pages(ctx, p); err != nil {
				return err
			}
		}
	}, nil
}
