// Package retention keeps records only for their retention period (保存年限): each
// municipality's periods per record type (with defaults), legal holds that keep a record
// whatever its period, and the purge that removes the personal data and files of expired
// records while keeping the facts the statistics count, with its log and a dry run.
//
// Defaults (the desk guideline names no period; a municipality sets its own, in months):
// declined and withdrawn proposals 12 months after the decision or withdrawal, accepted
// proposals 60 months after the decision or the end of the term of the project or
// agreement they led to, whichever is later, closed inquiries 12 months after closing. Open
// inquiries and proposals still under consideration never expire. Audit entries are deleted
// 60 months after they were written, except those about a record under a legal hold; each
// sweep's batch is one purge log row (AuditEntry, its last entry, entries:<count>).
// Delivered notification mails (whose rows keep the recipient and subject; the body is
// cleared on delivery) are deleted 1 month after delivery, and failed ones (which keep
// their body too) 1 month after their last attempt, in batches logged the same way
// (OutboxMail); pending mails are never touched.
//
// What the purge removes: of a proposal, its contact fields, its messages' bodies, the
// files of the proposal and its messages (rows and stored bytes), its custom field values
// whose effective disclosure level is PERSONAL_DATA (others stay) and its disclosure copies;
// of an inquiry, the
// sender's fields, subject and body, the desk's reply bodies and forwarding notes. Of a sole
// proprietor (個人事業主) whose last proposal is purged, the name, kana and address, unless
// its profile is public or one of its accounts is still in use (accounts themselves have no
// retention period). Rows,
// statuses, kinds, schemes, dates, history, assignments and links to projects and
// agreements stay, so statistics before and after a purge agree.
//
// Each record is purged in one transaction that first claims it with its purge log row
// (unique per record), so replicas purge it once and a failure leaves it untouched. The
// transaction also moves the storage keys of its deleted attachment rows to purge_files;
// the files are deleted after the commit and their rows removed only once the storage
// deleted them, so a failed delete is retried by the next sweep and no file is orphaned.
package retention

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/audit"
	"github.com/pppdesk/pppdesk/disclosure"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/storage"
	"github.com/pppdesk/pppdesk/store"
)

// tokyo is the time zone of project and agreement dates (no daylight saving time).
var tokyo = time.FixedZone("Asia/Tokyo", 9*60*60)

// MaxMonths bounds a retention period (100 years).
const MaxMonths = 1200

// MaxReason bounds a legal hold's reason.
const MaxReason = 2000

// MaxDryRun bounds the dry run's answer per record type.
const MaxDryRun = 1000

// Defaults are the periods, in months, of a municipality that set none.
var Defaults = map[model.RetentionRecordType]int{
	model.RetentionRecordTypeDeclinedProposal:  12,
	model.RetentionRecordTypeWithdrawnProposal: 12,
	model.RetentionRecordTypeAcceptedProposal:  60,
	model.RetentionRecordTypeClosedInquiry:     12,
	model.RetentionRecordTypeAuditEntry:        60,
	model.RetentionRecordTypeOutboxMail:        1,
}

// bases says which records each rule covers.
var bases = map[model.RetentionRecordType]store.RetentionBasis{
	model.RetentionRecordTypeDeclinedProposal:  {Type: model.OwnerProposal, Status: string(model.ProposalDeclined)},
	model.RetentionRecordTypeWithdrawnProposal: {Type: model.OwnerProposal, Status: string(model.ProposalWithdrawn)},
	model.RetentionRecordTypeAcceptedProposal:  {Type: model.OwnerProposal, Status: string(model.ProposalAccepted), Outcome: true},
	model.RetentionRecordTypeClosedInquiry:     {Type: model.OwnerInquiry, Status: string(model.InquiryClosed)},
}

// Service owns retention periods, legal holds and the purge.
type Service struct {
	store *store.Store
	files storage.Storage
	now   func() time.Time
	log   *slog.Logger
}

// Deps are what the retention service needs; Files may be nil where nothing is purged.
type Deps struct {
	Store *store.Store
	Files storage.Storage
	Now   func() time.Time
	Log   *slog.Logger
}

// New builds the retention service.
func New(d Deps) *Service {
	if d.Now == nil {
		d.Now = time.Now
	}
	if d.Log == nil {
		d.Log = slog.Default()
	}
	return &Service{store: d.Store, files: d.Files, now: d.Now, log: d.Log}
}

// rules answers every record type's period for a municipality, in the enum's order.
func (s *Service) rules(ctx context.Context, mid int64) ([]*model.RetentionRule, error) {
	own, err := s.store.RetentionRules(ctx, mid)
	if err != nil {
		return nil, err
	}
	set := map[string]int{}
	for _, r := range own {
		set[r.RecordType] = r.Months
	}
	out := make([]*model.RetentionRule, 0, len(model.AllRetentionRecordType))
	for _, t := range model.AllRetentionRecordType {
		if m, ok := set[string(t)]; ok {
			out = append(out, &model.RetentionRule{RecordType: t, Months: m})
		} else {
			out = append(out, &model.RetentionRule{RecordType: t, Months: Defaults[t], IsDefault: true})
		}
	}
	return out, nil
}

// Rules answers the periods of municipality mid; the desk of that municipality only.
func (s *Service) Rules(ctx context.Context, c *policies.Caller, mid int64) ([]*model.RetentionRule, error) {
	if _, err := c.Authorize(policies.ReadRetention); err != nil {
		return nil, err
	}
	if mid != c.Municipality.ID {
		return nil, apperr.New(apperr.Forbidden, "the retention periods are read by the municipality's own desk")
	}
	return s.rules(ctx, mid)
}

// SetRules sets the periods given (the others keep theirs), audited, and answers them all.
func (s *Service) SetRules(ctx context.Context, c *policies.Caller, in []*model.RetentionRuleInput) ([]*model.RetentionRule, error) {
	if _, err := c.Authorize(policies.ManageRetention); err != nil {
		return nil, err
	}
	if len(in) == 0 {
		return nil, apperr.Invalid("input", "give at least one rule")
	}
	seen := map[model.RetentionRecordType]bool{}
	for i, r := range in {
		field := fmt.Sprintf("input[%d]", i)
		if r == nil || !r.RecordType.IsValid() {
			return nil, apperr.Invalid(field+".recordType", "unknown record type")
		}
		if seen[r.RecordType] {
			return nil, apperr.Invalid(field+".recordType", "%s is given twice", r.RecordType)
		}
		seen[r.RecordType] = true
		if r.Months < 1 || r.Months > MaxMonths {
			return nil, apperr.Invalid(field+".months", "must be from 1 to %d", MaxMonths)
		}
	}
	now := s.now().UTC()
	err := s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		changes := map[string]any{}
		for _, r := range in {
			row := &model.RetentionRuleRow{MunicipalityID: c.Municipality.ID, RecordType: string(r.RecordType), Months: r.Months,
				UpdatedByID: &c.User.ID, UpdatedAt: now}
			if err := store.SaveRetentionRule(ctx, tx, row); err != nil {
				return err
			}
			changes[string(r.RecordType)] = r.Months
		}
		return audit.Record(ctx, tx, c, now, audit.Entry{Action: "retention.set", TargetType: string(model.OwnerMunicipality),
			TargetID: c.Municipality.ID, Changes: changes})
	})
	if err != nil {
		return nil, err
	}
	return s.rules(ctx, c.Municipality.ID)
}

// SetHold sets (hold, with a reason) or lifts a legal hold on a proposal or inquiry of the
// caller's municipality, audited. A record the purge already emptied cannot be held.
func (s *Service) SetHold(ctx context.Context, c *policies.Caller, t model.OwnerType, id int64, hold bool, reason *string) error {
	if _, err := c.Authorize(policies.HoldRecord); err != nil {
		return err
	}
	if t != model.OwnerProposal && t != model.OwnerInquiry {
		return apperr.Invalid("recordId", "must be a proposal or an inquiry")
	}
	why := ""
	if reason != nil {
		why = strings.TrimSpace(*reason)
	}
	if hold && why == "" {
		return apperr.Invalid("reason", "a legal hold needs a reason")
	}
	if len([]rune(why)) > MaxReason {
		return apperr.Invalid("reason", "at most %d characters", MaxReason)
	}
	now := s.now().UTC()
	return s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		ok, err := store.RecordExists(ctx, tx, c.Municipality.ID, t, id)
		if err != nil {
			return err
		}
		if !ok {
			return apperr.NotFoundf("no such %s", t)
		}
		changes := map[string]any{"hold": hold}
		if hold {
			if purged, err := store.Purged(ctx, tx, t, id); err != nil {
				return err
			} else if purged {
				return apperr.New(apperr.Conflict, "the record's personal data was already purged")
			}
			if _, err := store.DeleteLegalHold(ctx, tx, c.Municipality.ID, t, id); err != nil {
				return err
			}
			if err := store.Insert(ctx, tx, &model.LegalHoldRow{MunicipalityID: c.Municipality.ID, RecordType: t, RecordID: id,
				Reason: why, SetByID: c.User.ID, SetAt: now}); err != nil {
				return err
			}
			changes["reason"] = why
		} else if _, err := store.DeleteLegalHold(ctx, tx, c.Municipality.ID, t, id); err != nil {
			return err
		}
		return audit.Record(ctx, tx, c, now, audit.Entry{Action: "retention.hold", TargetType: string(t), TargetID: id, Changes: changes})
	})
}

// HoldLoader answers the hold row on a record of the caller's municipality, nil when there
// is none; resolvers pass one that reads a whole page's holds in one statement.
type HoldLoader func(ctx context.Context, t model.OwnerType, id int64) (*model.LegalHoldRow, error)

// Hold answers the legal hold on a record the caller already read; the desk only. load
// reads the hold (nil: one statement for this record).
func (s *Service) Hold(ctx context.Context, c *policies.Caller, mid int64, t model.OwnerType, id int64, load HoldLoader) (*model.LegalHold, error) {
	if _, err := c.Authorize(policies.ReadRetention); err != nil {
		return nil, err
	}
	if mid != c.Municipality.ID {
		return nil, apperr.New(apperr.Forbidden, "legal holds are read by the municipality's own desk")
	}
	if load == nil {
		load = func(ctx context.Context, t model.OwnerType, id int64) (*model.LegalHoldRow, error) {
			return store.LegalHoldOf(ctx, s.store.DB, mid, t, id)
		}
	}
	h, err := load(ctx, t, id)
	if err != nil || h == nil {
		return nil, err
	}
	return &model.LegalHold{Reason: h.Reason, SetAt: h.SetAt}, nil
}

// candidate is a record past its retention period.
type candidate struct {
	rule    model.RetentionRecordType
	months  int
	typ     model.OwnerType
	status  string
	id      int64
	expired time.Time
}

// candidates answers up to limit records of each rule of municipality mid past their period
// at now, not held and not purged.
func (s *Service) candidates(ctx context.Context, mid int64, now time.Time, limit int) ([]candidate, error) {
	rules, err := s.rules(ctx, mid)
	if err != nil {
		return nil, err
	}
	var out []candidate
	for _, r := range rules {
		cutoff := now.AddDate(0, -r.Months, 0)
		b, ok := bases[r.RecordType]
		if !ok && r.RecordType == model.RetentionRecordTypeOutboxMail { // each settled mail is a candidate
			mails, err := store.ExpiredOutboxMails(ctx, s.store.DB, mid, cutoff, limit)
			if err != nil {
				return nil, err
			}
			for _, m := range mails {
				out = append(out, candidate{rule: r.RecordType, months: r.Months, typ: store.OutboxMailOwner, id: m.ID,
					expired: m.Basis.UTC().AddDate(0, r.Months, 0)})
			}
			continue
		}
		if !ok { // audit entries: each expired entry is a candidate of its own
			entries, err := store.ExpiredAuditEntries(ctx, s.store.DB, mid, cutoff, limit)
			if err != nil {
				return nil, err
			}
			for _, a := range entries {
				out = append(out, candidate{rule: r.RecordType, months: r.Months, typ: store.AuditEntryOwner, id: a.ID,
					expired: a.At.UTC().AddDate(0, r.Months, 0)})
			}
			continue
		}
		rows, err := s.store.RetentionCandidates(ctx, mid, b, cutoff, model.Date(cutoff.In(tokyo).Format(time.DateOnly)), limit)
		if err != nil {
			return nil, err
		}
		for _, row := range rows {
			basis := row.Basis.UTC()
			for _, end := range []model.Date{row.ProjectEnd, row.AgreementEnd} {
				// A term ends with its last day: the period runs from the next midnight in Tokyo.
				if d, err := time.ParseInLocation(time.DateOnly, string(end), tokyo); err == nil && d.AddDate(0, 0, 1).After(basis) {
					basis = d.AddDate(0, 0, 1).UTC()
				}
			}
			exp := basis.AddDate(0, r.Months, 0)
			if exp.After(now) {
				continue // month arithmetic at month ends: not quite yet
			}
			out = append(out, candidate{rule: r.RecordType, months: r.Months, typ: b.Type, status: b.Status, id: row.ID, expired: exp})
		}
	}
	return out, nil
}

// DryRun lists what the purge would remove now from the caller's municipality and why,
// changing nothing; the desk only.
func (s *Service) DryRun(ctx context.Context, c *policies.Caller) ([]*model.PurgeCandidate, error) {
	if _, err := c.Authorize(policies.ReadRetention); err != nil {
		return nil, err
	}
	cs, err := s.candidates(ctx, c.Municipality.ID, s.now().UTC().Truncate(time.Second), MaxDryRun)
	if err != nil {
		return nil, err
	}
	out := make([]*model.PurgeCandidate, len(cs))
	for i, x := range cs {
		out[i] = &model.PurgeCandidate{RecordID: model.GlobalID(x.typ, x.id), Rule: x.rule, Months: x.months, ExpiredSince: x.expired}
	}
	return out, nil
}

// Pages reads one page of a list the caller was already allowed to read.
type Pages[T any] func(ctx context.Context, p store.Page) (store.PageOf[T], error)

// Order is the purge log's order, newest first.
var Order = store.Order{Key: "ID", By: store.Column("id"), Desc: true}

// Log answers how to read the purge log of the caller's municipality; the desk only.
func (s *Service) Log(c *policies.Caller) (Pages[model.PurgeRecord], error) {
	if _, err := c.Authorize(policies.ReadRetention); err != nil {
		return nil, err
	}
	return func(ctx context.Context, p store.Page) (store.PageOf[model.PurgeRecord], error) {
		return s.store.PurgeLog(ctx, c.Viewer, p)
	}, nil
}

// Sweep purges up to limit expired records of each rule of every municipality as of now,
// then deletes the purged files from storage; it answers how many records it purged. One
// record that fails does not hold up the others: it stays untouched and is tried again.
func (s *Service) Sweep(ctx context.Context, now time.Time, limit int) (int, error) {
	now = now.UTC().Truncate(time.Second)
	ms, err := s.store.Municipalities(ctx)
	if err != nil {
		return 0, err
	}
	purged := 0
	var errs []error
	for _, m := range ms {
		mid, table := m.ID, disclosure.TableOf(m.Slug)
		cs, err := s.candidates(ctx, mid, now, limit)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		var audits, mails []candidate
		for _, x := range cs {
			switch x.typ {
			case store.AuditEntryOwner:
				audits = append(audits, x)
				continue
			case store.OutboxMailOwner:
				mails = append(mails, x)
				continue
			}
			ok, err := s.purge(ctx, mid, table, x, now)
			if err != nil {
				errs = append(errs, fmt.Errorf("purge %s %d: %w", x.typ, x.id, err))
				continue
			}
			if ok {
				purged++
			}
		}
		n, err := s.purgeBatch(ctx, mid, store.AuditEntryOwner, audits, now, store.DeleteAuditEntries)
		if err != nil {
			errs = append(errs, fmt.Errorf("purge audit entries: %w", err))
		}
		purged += n
		n, err = s.purgeBatch(ctx, mid, store.OutboxMailOwner, mails, now, store.DeleteSettledMails)
		if err != nil {
			errs = append(errs, fmt.Errorf("purge outbox mails: %w", err))
		}
		purged += n
	}
	errs = append(errs, s.deleteFiles(ctx, limit))
	return purged, errors.Join(errs...)
}

// purgeBatch deletes a batch of expired rows of one type (audit entries, settled outbox
// mails) in one transaction, logged as one purge log row keyed by the batch's last row (so
// two replicas deleting the same batch log it once and the second rolls back); answers how
// many it deleted.
func (s *Service) purgeBatch(ctx context.Context, mid int64, typ model.OwnerType, batch []candidate, now time.Time,
	del func(ctx context.Context, db bun.IDB, mid int64, ids []int64) (int, error)) (int, error) {
	if len(batch) == 0 {
		return 0, nil
	}
	ids := make([]int64, len(batch))
	for i, x := range batch {
		ids[i] = x.id
	}
	last := batch[len(batch)-1]
	n := 0
	err := s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		n = 0
		ok, err := store.ClaimPurge(ctx, tx, &model.PurgeRecord{MunicipalityID: mid, RecordType: typ, RecordID: last.id,
			Rule: string(last.rule), Months: last.months, ExpiredAt: last.expired, PurgedAt: now})
		if err != nil || !ok {
			return err
		}
		if n, err = del(ctx, tx, mid, ids); err != nil {
			return err
		}
		if n == 0 {
			return errSkip
		}
		return store.SetPurgeParts(ctx, tx, typ, last.id, fmt.Sprintf("entries:%d", n))
	})
	if errors.Is(err, errSkip) {
		return 0, nil
	}
	return n, err
}

// purge removes one record's personal data in one transaction; false when another sweep
// claimed it first, or it was held or changed status since it was read.
// table is the municipality's default disclosure levels, for a proposal's custom field values.
func (s *Service) purge(ctx context.Context, mid int64, table disclosure.Table, x candidate, now time.Time) (bool, error) {
	done := false
	err := s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		done = false
		// Locks the record's row (MySQL) before anything else, as SetHold does.
		if exists, err := store.RecordExists(ctx, tx, mid, x.typ, x.id); err != nil || !exists {
			return err
		}
		ok, err := store.ClaimPurge(ctx, tx, &model.PurgeRecord{MunicipalityID: mid, RecordType: x.typ, RecordID: x.id,
			Rule: string(x.rule), Months: x.months, ExpiredAt: x.expired, PurgedAt: now})
		if err != nil || !ok {
			return err
		}
		if h, err := store.LegalHoldOf(ctx, tx, mid, x.typ, x.id); err != nil {
			return err
		} else if h != nil {
			return errSkip
		}
		var parts []string
		if x.typ == model.OwnerInquiry {
			if ok, err = store.PurgeInquiry(ctx, tx, mid, x.id); err != nil {
				return err
			}
			parts = []string{"sender", "subject", "body", "replies", "forwardNotes"}
		} else {
			var msgs, files int
			if ok, msgs, files, err = store.PurgeProposal(ctx, tx, mid, x.id, x.status, now); err != nil {
				return err
			}
			parts = []string{"contact"}
			if msgs > 0 {
				parts = append(parts, "messages")
			}
			if files > 0 {
				parts = append(parts, "attachments")
			}
			if ok {
				values, err := purgeCustomFields(ctx, tx, table, mid, x.id)
				if err != nil {
					return err
				}
				if values > 0 {
					parts = append(parts, "customFields")
				}
				copies, err := store.DropProposalCopies(ctx, tx, mid, x.id, now)
				if err != nil {
					return err
				}
				if copies > 0 {
					parts = append(parts, "disclosureCopies")
				}
				org, err := store.PurgeSoleProprietor(ctx, tx, mid, x.id)
				if err != nil {
					return err
				}
				if org {
					parts = append(parts, "organization")
				}
			}
		}
		if !ok {
			return errSkip // its status changed since it was read: not expired under this rule
		}
		done = true
		return store.SetPurgeParts(ctx, tx, x.typ, x.id, strings.Join(parts, ","))
	})
	if errors.Is(err, errSkip) {
		return false, nil
	}
	return done, err
}

// purgeCustomFields deletes, in db (the purge's transaction), the custom field values of a
// proposal whose effective disclosure level is PERSONAL_DATA (the proposal's override, else
// the field's default in the municipality's table), and answers how many went. Values at
// other levels stay: they are no one's personal data, like the proposal's other fields.
func purgeCustomFields(ctx context.Context, db bun.IDB, table disclosure.Table, mid, proposalID int64) (int, error) {
	key := store.OwnerKey{Type: model.OwnerProposal, ID: proposalID}
	vals, err := store.CustomFieldValuesIn(ctx, db, mid, []store.OwnerKey{key})
	if err != nil || len(vals[key]) == 0 {
		return 0, err
	}
	overrides, err := store.DisclosureOverrides(ctx, db, mid, proposalID)
	if err != nil {
		return 0, err
	}
	personal := disclosure.PersonalCustomFields(table, overrides, vals[key])
	ids := make([]int64, len(personal))
	for i, v := range personal {
		ids[i] = v.ID
	}
	return store.DeleteCustomFieldValues(ctx, db, mid, ids)
}

// errSkip rolls a purge's transaction back without it being a failure.
var errSkip = errors.New("retention: skip")

// deleteFiles deletes up to limit purged files from storage, forgetting each one the
// storage deleted; the others are tried again on the next sweep.
func (s *Service) deleteFiles(ctx context.Context, limit int) error {
	if s.files == nil {
		return nil
	}
	pending, err := s.store.PendingPurgeFiles(ctx, limit)
	if err != nil {
		return err
	}
	var errs []error
	for _, f := range pending {
		if err := s.files.Delete(ctx, f.StorageKey); err != nil {
			s.log.WarnContext(ctx, "purge: delete file", "key", f.StorageKey, "error", err)
			errs = append(errs, err)
			continue
		}
		errs = append(errs, s.store.DonePurgeFile(ctx, f.ID))
	}
	return errors.Join(errs...)
}
