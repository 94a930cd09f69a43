package resolvers

import (
	"context"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/readlog"
	"github.com/pppdesk/pppdesk/requestid"
)

// readlogService builds the personal data read log's service; it holds only the store.
func (r *Resolver) readlogService() *readlog.Service { return readlog.New(r.Store) }

// PersonalDataDirective implements @personalData for graph.DirectiveRoot: a staff caller's
// read of a marked field is noted for the record that holds it.
func (r *Resolver) PersonalDataDirective() func(ctx context.Context, obj any, next graphql.Resolver, kind *string) (any, error) {
	return readlog.Directive(staffReader, recordOf)
}

// PersonalDataReads is the extension that writes each answer's log entries before the
// answer leaves; present turns a failed write into the answer's error.
func (r *Resolver) PersonalDataReads(present func(context.Context, error) *gqlerror.Error) readlog.Extension {
	return readlog.Extension{Write: r.readlogService().Write, Now: r.now, Failed: func(ctx context.Context, err error) *gqlerror.Error {
		return present(ctx, err)
	}}
}

// staffReader answers the operation's caller when its reads are logged.
func staffReader(ctx context.Context) (readlog.Reader, bool) {
	req, err := request(ctx)
	if err != nil {
		return readlog.Reader{}, false
	}
	return readlog.StaffReader(req.Caller)
}

// recordOf names the records whose personal data reads are logged: the API objects that
// hold a field marked @personalData, or hold an object that does (a proposal's contact). An
// organization other than a sole proprietor is a record whose marked fields are not
// personal data (readlog.NotPersonal).
func recordOf(obj any) (string, int64, bool) {
	switch o := obj.(type) {
	case *model.Proposal:
		if o != nil {
			return string(model.OwnerProposal), o.ID, true
		}
	case *model.Inquiry:
		if o != nil {
			return string(model.OwnerInquiry), o.ID, true
		}
	case *model.User:
		if o != nil {
			return string(model.OwnerUser), o.ID, true
		}
	case *model.Actor:
		// An actor's name is its account's: logged as a read of that account.
		if o != nil && o.UserID != 0 {
			return string(model.OwnerUser), o.UserID, true
		}
	case *model.InquiryReply:
		// The name of the staff member who sent the reply, as it was then: its account's.
		if o != nil {
			return string(model.OwnerUser), o.SentByID, true
		}
	case *model.Organization:
		// Only a sole proprietor's (個人事業主) name and address are a natural person's
		// data, as disclosure's defaults hold; another organization's are not logged.
		if o != nil && o.Kind == model.OrgSoleProprietor {
			return string(model.OwnerOrganization), o.ID, true
		}
		if o != nil {
			return readlog.NotPersonal, o.ID, true
		}
	}
	return "", 0, false
}

// DownloadLogged serves Download and logs a staff caller's download of a proposal's or a
// message's file as a read of personal data: proposal documents carry the proposer's
// contact details as a rule, so every file is treated as personal data. The entry is
// written before the file is served; a failed write refuses the download.
func (r *Resolver) DownloadLogged(ctx context.Context, id string) (*model.Attachment, error) {
	a, err := r.Download(ctx, id)
	if err != nil {
		return nil, err
	}
	req, err := request(ctx)
	if err != nil {
		return nil, err
	}
	if reader, ok := readlog.StaffReader(req.Caller); ok {
		e := readlog.Entry(reader, r.now(), "Attachment", a.ID, []string{"file"}, "download", requestid.From(ctx))
		if err := r.readlogService().Write(ctx, []*model.PersonalDataRead{e}); err != nil {
			return nil, err
		}
	}
	return a, nil
}

// ExportPersonalDataReads answers the entries of the caller's municipality's log that
// match the export's query parameters (recordId, readerId, from, to: the filter of
// personalDataReads) as a stream, after logging the export itself.
func (r *Resolver) ExportPersonalDataReads(ctx context.Context, recordID, readerID, from, to string) (readlog.Rows, error) {
	req, err := request(ctx)
	if err != nil {
		return nil, err
	}
	in := &model.PersonalDataReadFilter{}
	opt := func(s string) *string {
		if s == "" {
			return nil
		}
		return &s
	}
	in.RecordID, in.ReaderID = opt(recordID), opt(readerID)
	for _, t := range []struct {
		field, v string
		to       **time.Time
	}{{"from", from, &in.From}, {"to", to, &in.To}} {
		if t.v == "" {
			continue
		}
		tm, err := time.Parse(time.RFC3339, t.v)
		if err != nil {
			return nil, apperr.Invalid(t.field, "is not an RFC 3339 time")
		}
		*t.to = &tm
	}
	if _, err := req.Caller.Authorize(policies.ReadPersonalDataReads); err != nil {
		return nil, err
	}
	f, err := personalDataReadFilter(in)
	if err != nil {
		return nil, err
	}
	return r.readlogService().Export(ctx, req.Caller, f, r.now(), requestid.From(ctx))
}

// personalDataReadFilter reads the API's filter for the service: a record's global ID
// gives its type and row ID, a reader's must be a User ID.
func personalDataReadFilter(in *model.PersonalDataReadFilter) (readlog.Filter, error) {
	if in == nil {
		return readlog.Filter{}, nil
	}
	f := readlog.Filter{From: in.From, To: in.To}
	var err error
	if f.ReaderID, err = optionalID("filter.readerId", in.ReaderID, model.OwnerUser); err != nil {
		return readlog.Filter{}, err
	}
	if in.RecordID != nil {
		typ, id, ok := model.ParseGlobalID(*in.RecordID)
		if !ok {
			return readlog.Filter{}, apperr.Invalid("filter.recordId", "%q is not an ID", *in.RecordID)
		}
		f.RecordType, f.RecordID = string(typ), id
		if typ == model.OwnerMunicipality {
			f.RecordType = readlog.RecordLog
		}
	}
	return f, nil
}
