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

// Export reads every entry of the log matching f for the CSV export, after asking the
// policy, and writes the entry that says the log was exported before answering: the
// export leaves only once its own read is logged.
func (s *Service) Export(ctx context.Context, c *policies.Caller, f Filter, now time.Time, requestID string) ([]*model.PersonalDataRead, error) {
	pages, err := s.Reads(ctx, c, f)
	if err != nil {
		return nil, err
	}
	var all []*model.PersonalDataRead
	p := store.Page{First: 500}
	for {
		page, err := pages(ctx, p)
		if err != nil {
			return nil, err
		}
		all = append(all, page.Items...)
		if !page.HasNext || len(page.Items) == 0 {
			break
		}
		p.After = &page.Cursors[len(page.Cursors)-1]
	}
	r, _ := StaffReader(c)
	if err := s.Write(ctx, []*model.PersonalDataRead{Entry(r, now, RecordLog, c.Municipality.ID, []string{"export"}, "export personal-data-reads.csv", requestID)}); err != nil {
		return nil, err
	}
	return all, nil
}
