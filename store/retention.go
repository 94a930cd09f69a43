package store

import (
	"context"
	"fmt"
	"time"

	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect"

	"github.com/pppdesk/pppdesk/model"
)

// The statements of retention and purge (issue 14). The purge reads candidates outside a
// transaction, then purges each record in its own transaction that first claims it by
// inserting its purge log row (unique per record, INSERT IGNORE): replicas sweeping one
// database at once purge and log every record once, without SKIP LOCKED.

// RetentionRules answers the periods a municipality set itself.
func (s *Store) RetentionRules(ctx context.Context, mid int64) ([]*model.RetentionRuleRow, error) {
	var rows []*model.RetentionRuleRow
	if err := s.DB.NewSelect().Model(&rows).Where("municipality_id = ?", mid).Order("id").Scan(ctx); err != nil {
		return nil, fmt.Errorf("retention rules: %w", err)
	}
	return rows, nil
}

// SaveRetentionRule replaces a municipality's period for one record type.
func SaveRetentionRule(ctx context.Context, db bun.IDB, r *model.RetentionRuleRow) error {
	if _, err := db.NewDelete().Model((*model.RetentionRuleRow)(nil)).Where("municipality_id = ?", r.MunicipalityID).
		Where("record_type = ?", r.RecordType).Exec(ctx); err != nil {
		return fmt.Errorf("save retention rule: %w", err)
	}
	return Insert(ctx, db, r)
}

// LegalHoldOf answers the hold on a record of the municipality; nil when there is none.
func LegalHoldOf(ctx context.Context, db bun.IDB, mid int64, t model.OwnerType, id int64) (*model.LegalHoldRow, error) {
	var rows []*model.LegalHoldRow
	if err := db.NewSelect().Model(&rows).Where("municipality_id = ?", mid).Where("record_type = ?", t).
		Where("record_id = ?", id).Scan(ctx); err != nil {
		return nil, fmt.Errorf("legal hold: %w", err)
	}
	if len(rows) == 0 {
		return nil, nil
	}
	return rows[0], nil
}

// LegalHoldsOf answers the holds on the given records of the viewer's municipality, in one
// statement per record type, for a page of proposals or inquiries; a record without a hold
// has no entry.
func (s *Store) LegalHoldsOf(ctx context.Context, v Viewer, keys []OwnerKey) (map[OwnerKey]*model.LegalHoldRow, error) {
	out := make(map[OwnerKey]*model.LegalHoldRow, len(keys))
	for typ, ids := range group(keys) {
		var rows []*model.LegalHoldRow
		err := s.DB.NewSelect().Model(&rows).Where("municipality_id = ?", v.MunicipalityID).Where("record_type = ?", typ).
			Where("record_id IN (?)", bun.List(ids)).Scan(ctx)
		if err != nil {
			return nil, fmt.Errorf("legal holds: %w", err)
		}
		for _, r := range rows {
			out[OwnerKey{Type: r.RecordType, ID: r.RecordID}] = r
		}
	}
	return out, nil
}

// DeleteLegalHold lifts the hold on a record; false when there was none.
func DeleteLegalHold(ctx context.Context, db bun.IDB, mid int64, t model.OwnerType, id int64) (bool, error) {
	res, err := db.NewDelete().Model((*model.LegalHoldRow)(nil)).Where("municipality_id = ?", mid).
		Where("record_type = ?", t).Where("record_id = ?", id).Exec(ctx)
	if err != nil {
		return false, fmt.Errorf("lift legal hold: %w", err)
	}
	n, _ := res.RowsAffected()
	return n > 0, nil
}

// Purged tells whether the purge already removed a record's personal data.
func Purged(ctx context.Context, db bun.IDB, t model.OwnerType, id int64) (bool, error) {
	n, err := db.NewSelect().Model((*model.PurgeRecord)(nil)).Where("record_type = ?", t).Where("record_id = ?", id).Count(ctx)
	if err != nil {
		return false, fmt.Errorf("purged: %w", err)
	}
	return n > 0, nil
}

// RecordExists tells whether a proposal or inquiry of the municipality exists (deleted ones
// included: their personal data is still there), locking it on MySQL for the rest of the
// transaction.
func RecordExists(ctx context.Context, db bun.IDB, mid int64, t model.OwnerType, id int64) (bool, error) {
	table := "proposals"
	if t == model.OwnerInquiry {
		table = "inquiries"
	}
	// On MySQL the row is locked until the transaction ends: setting a legal hold and the
	// purge of the same record both lock it first, so one waits for the other instead of
	// each missing the other's uncommitted row (a purge under a hold).
	q := db.NewSelect().TableExpr(table).Column("id").Where("municipality_id = ?", mid).Where("id = ?", id)
	if db.Dialect().Name() == dialect.MySQL {
		q = q.For("UPDATE")
	}
	var ids []int64
	if err := q.Scan(ctx, &ids); err != nil {
		return false, fmt.Errorf("record exists: %w", err)
	}
	return len(ids) > 0, nil
}

// RetentionBasis names which records a retention rule covers and from when its period runs.
type RetentionBasis struct {
	// Type is the record's table: proposals or inquiries.
	Type model.OwnerType
	// Status is the status the record must have now.
	Status string
	// Outcome makes the period of a proposal run from the end of its project's and its
	// agreement's terms too, when they end after the decision.
	Outcome bool
}

// basisExpr is the SQL of the time a record's period starts from: the decision for
// accepted and declined proposals, the withdrawal (its history event; the row's last
// change if there is none) for withdrawn ones, closing for inquiries.
func (b RetentionBasis) basisExpr() string {
	switch {
	case b.Type == model.OwnerInquiry:
		return "r.closed_at"
	case b.Status == string(model.ProposalWithdrawn):
		return "COALESCE((SELECT MAX(e.at) FROM proposal_events AS e WHERE e.proposal_id = r.id AND e.to_status = 'WITHDRAWN'), r.updated_at)"
	default:
		return "r.decided_at"
	}
}

// RetentionCandidate is a record whose period started at Basis, or, for an outcome rule,
// at the latest of Basis and the days after ProjectEnd and AgreementEnd.
type RetentionCandidate struct {
	ID           int64      `bun:"id"`
	Basis        time.Time  `bun:"basis"`
	ProjectEnd   model.Date `bun:"project_end"`
	AgreementEnd model.Date `bun:"agreement_end"`
}

// RetentionCandidates answers up to limit records of the municipality that b covers whose
// period started at or before cutoff, are not on hold and not purged yet, oldest first. For
// an outcome rule, a project or agreement whose term ends on or after cutoffDay (cutoff's
// Asia/Tokyo date) keeps the proposal.
func (s *Store) RetentionCandidates(ctx context.Context, mid int64, b RetentionBasis, cutoff time.Time, cutoffDay model.Date, limit int) ([]RetentionCandidate, error) {
	table := "proposals"
	if b.Type == model.OwnerInquiry {
		table = "inquiries"
	}
	expr := b.basisExpr()
	var rows []RetentionCandidate
	q := s.DB.NewSelect().TableExpr(table+" AS r").ColumnExpr("r.id").ColumnExpr(expr+" AS basis").
		Where("r.municipality_id = ?", mid).Where("r.status = ?", b.Status).
		Where(expr+" IS NOT NULL").Where(expr+" <= ?", cutoff.UTC()).
		Where("NOT EXISTS (SELECT 1 FROM purge_log AS pl WHERE pl.record_type = ? AND pl.record_id = r.id)", b.Type).
		Where("NOT EXISTS (SELECT 1 FROM legal_holds AS h WHERE h.record_type = ? AND h.record_id = r.id)", b.Type)
	if b.Outcome {
		q = q.Join("LEFT JOIN projects AS pr ON pr.id = r.project_id").Join("LEFT JOIN agreements AS ag ON ag.id = r.agreement_id").
			ColumnExpr("pr.end_on AS project_end, ag.term_end_on AS agreement_end").
			Where("(pr.end_on IS NULL OR pr.end_on = '' OR pr.end_on < ?)", string(cutoffDay)).
			Where("(ag.term_end_on IS NULL OR ag.term_end_on = '' OR ag.term_end_on < ?)", string(cutoffDay))
	}
	err := q.OrderExpr("basis, r.id").Limit(int64(limit)).Scan(ctx, &rows)
	if err != nil {
		return nil, fmt.Errorf("retention candidates: %w", err)
	}
	return rows, nil
}

// AuditEntryOwner is the purge log's record type of a deletion of audit entries.
const AuditEntryOwner model.OwnerType = "AuditEntry"

// ExpiredAuditEntries answers up to limit audit entries of municipality mid written before
// cutoff, oldest first, except those about a record under a legal hold.
func ExpiredAuditEntries(ctx context.Context, db bun.IDB, mid int64, cutoff time.Time, limit int) ([]*model.AuditEntry, error) {
	var rows []*model.AuditEntry
	err := db.NewSelect().Model(&rows).ModelTableExpr("audit_entries AS a").ColumnExpr("a.id, a.at").
		Where("a.municipality_id = ?", mid).Where("a.at < ?", cutoff).
		Where("NOT EXISTS (SELECT 1 FROM legal_holds AS h WHERE h.record_type = a.target_type AND h.record_id = a.target_id)").
		OrderExpr("a.id").Limit(int64(limit)).Scan(ctx)
	if err != nil {
		return nil, fmt.Errorf("expired audit entries: %w", err)
	}
	return rows, nil
}

// DeleteAuditEntries deletes the given audit entries of municipality mid and answers how many
// went (a concurrent sweep may have deleted some first).
func DeleteAuditEntries(ctx context.Context, db bun.IDB, mid int64, ids []int64) (int, error) {
	res, err := db.NewDelete().Model((*model.AuditEntry)(nil)).Where("municipality_id = ?", mid).Where("id IN (?)", bun.List(ids)).Exec(ctx)
	if err != nil {
		return 0, fmt.Errorf("delete audit entries: %w", err)
	}
	n, _ := res.RowsAffected()
	return int(n), nil
}

// OutboxMailOwner is the purge log's record type of a deletion of settled outbox mails.
const OutboxMailOwner model.OwnerType = "OutboxMail"

// ExpiredMail is a settled outbox mail past its period, with the time the period ran from.
type ExpiredMail struct {
	ID    int64     `bun:"id"`
	Basis time.Time `bun:"basis"`
}

// ExpiredOutboxMails answers up to limit settled mails of municipality mid whose period
// started before cutoff, oldest first: delivered ones from their delivery, failed ones
// (which keep their body) from their last attempt, the time next_attempt_at last named.
// Pending mails never.
func ExpiredOutboxMails(ctx context.Context, db bun.IDB, mid int64, cutoff time.Time, limit int) ([]ExpiredMail, error) {
	var rows []ExpiredMail
	err := db.NewSelect().TableExpr("outbox_mails").ColumnExpr("id").
		ColumnExpr("CASE WHEN status = ? THEN delivered_at ELSE next_attempt_at END AS basis", model.DeliveryDelivered).
		Where("municipality_id = ?", mid).
		WhereGroup(" AND ", func(q *bun.SelectQuery) *bun.SelectQuery {
			return q.WhereGroup(" OR ", func(q *bun.SelectQuery) *bun.SelectQuery {
				return q.Where("status = ?", model.DeliveryDelivered).Where("delivered_at IS NOT NULL").Where("delivered_at < ?", cutoff.UTC())
			}).WhereGroup(" OR ", func(q *bun.SelectQuery) *bun.SelectQuery {
				return q.Where("status = ?", model.DeliveryFailed).Where("next_attempt_at < ?", cutoff.UTC())
			})
		}).
		OrderExpr("id").Limit(int64(limit)).Scan(ctx, &rows)
	if err != nil {
		return nil, fmt.Errorf("expired outbox mails: %w", err)
	}
	return rows, nil
}

// DeleteSettledMails deletes the given mails of municipality mid that are delivered or
// failed (a pending row is left alone) and answers how many went.
func DeleteSettledMails(ctx context.Context, db bun.IDB, mid int64, ids []int64) (int, error) {
	res, err := db.NewDelete().Model((*model.OutboxMail)(nil)).Where("municipality_id = ?", mid).
		Where("status IN (?)", bun.List([]string{model.DeliveryDelivered, model.DeliveryFailed})).Where("id IN (?)", bun.List(ids)).Exec(ctx)
	if err != nil {
		return 0, fmt.Errorf("delete settled mails: %w", err)
	}
	n, _ := res.RowsAffected()
	return int(n), nil
}

// MunicipalityIDs answers every municipality's ID, for sweeps that go through all of them.
func (s *Store) MunicipalityIDs(ctx context.Context) ([]int64, error) {
	var ids []int64
	if err := s.DB.NewSelect().TableExpr("municipalities").Column("id").Order("id").Scan(ctx, &ids); err != nil {
		return nil, fmt.Errorf("municipality ids: %w", err)
	}
	return ids, nil
}

// ClaimPurge writes a record's purge log row unless one exists; false means another sweep
// purged (or is purging) it. The caller purges in the same transaction.
func ClaimPurge(ctx context.Context, db bun.IDB, r *model.PurgeRecord) (bool, error) {
	res, err := db.NewInsert().Model(r).Ignore().Exec(ctx)
	if err != nil {
		return false, fmt.Errorf("claim purge: %w", err)
	}
	n, _ := res.RowsAffected()
	return n == 1, nil
}

// SetPurgeParts records what the purge of a claimed record removed.
func SetPurgeParts(ctx context.Context, db bun.IDB, t model.OwnerType, id int64, parts string) error {
	_, err := db.NewUpdate().Model((*model.PurgeRecord)(nil)).Set("parts = ?", parts).
		Where("record_type = ?", t).Where("record_id = ?", id).Exec(ctx)
	if err != nil {
		return fmt.Errorf("purge parts: %w", err)
	}
	return nil
}

// PurgeProposal empties a proposal's contact fields and its messages' bodies and deletes
// the attachment rows of the proposal and its messages, recording their files in
// purge_files in the same transaction; only while the proposal still has status (false
// otherwise). It answers how many messages and files it purged.
func PurgeProposal(ctx context.Context, db bun.IDB, mid, id int64, status string, now time.Time) (ok bool, messages, files int, err error) {
	res, err := db.NewUpdate().Table("proposals").
		Set("contact_affiliation = ''").Set("contact_name = ''").Set("contact_email = ''").Set("contact_phone = ''").
		Where("municipality_id = ?", mid).Where("id = ?", id).Where("status = ?", status).Exec(ctx)
	if err != nil {
		return false, 0, 0, fmt.Errorf("purge proposal: %w", err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return false, 0, 0, nil
	}
	var msgIDs []int64
	if err := db.NewSelect().TableExpr("proposal_messages").Column("id").Where("proposal_id = ?", id).Scan(ctx, &msgIDs); err != nil {
		return false, 0, 0, fmt.Errorf("purge proposal messages: %w", err)
	}
	if len(msgIDs) > 0 {
		if _, err := db.NewUpdate().Table("proposal_messages").Set("body = ''").Where("proposal_id = ?", id).Exec(ctx); err != nil {
			return false, 0, 0, fmt.Errorf("purge proposal messages: %w", err)
		}
	}
	atts, err := AttachmentsOf(ctx, db, mid, id, msgIDs)
	if err != nil {
		return false, 0, 0, err
	}
	for _, a := range atts {
		if err := Insert(ctx, db, &model.PurgeFile{MunicipalityID: mid, StorageKey: a.StorageKey, CreatedAt: now}); err != nil {
			return false, 0, 0, err
		}
		if _, err := db.NewDelete().Model((*model.Attachment)(nil)).Where("id = ?", a.ID).Exec(ctx); err != nil {
			return false, 0, 0, fmt.Errorf("purge attachment: %w", err)
		}
	}
	return true, len(msgIDs), len(atts), nil
}

// PurgeSoleProprietor empties the name, kana and address of the organization of a proposal
// being purged when it is a sole proprietor (個人事業主: its name is a natural person's
// name) and nothing else keeps them: the profile is not public, every other proposal of it
// is purged, and none of its accounts is still in use. Its kind stays (statistics count it).
// Answers whether it emptied them. Call it after the proposal's purge log row is written.
// The search texts holding the name (the organization's, its proposals', the content
// listing it as a partner) are rebuilt in the same transaction, so a search for the former
// name finds nothing once the purge commits.
func PurgeSoleProprietor(ctx context.Context, db bun.IDB, mid, proposalID int64) (bool, error) {
	var orgIDs []int64
	if err := db.NewSelect().TableExpr("proposals").Column("organization_id").Where("municipality_id = ?", mid).
		Where("id = ?", proposalID).Scan(ctx, &orgIDs); err != nil {
		return false, fmt.Errorf("purge sole proprietor: %w", err)
	}
	if len(orgIDs) == 0 {
		return false, nil
	}
	res, err := db.NewUpdate().Table("organizations").Set("name = ''").Set("kana = ''").Set("address = ''").
		Where("municipality_id = ?", mid).Where("kind = ?", model.OrgSoleProprietor).Where("public = ?", false).
		Where("name <> ''").
		Where("id = ?", orgIDs[0]).
		Where("NOT EXISTS (SELECT 1 FROM proposals AS o WHERE o.organization_id = organizations.id AND o.id <> ? "+
			"AND NOT EXISTS (SELECT 1 FROM purge_log AS pl WHERE pl.record_type = ? AND pl.record_id = o.id))", proposalID, model.OwnerProposal).
		Where("NOT EXISTS (SELECT 1 FROM users AS u WHERE u.organization_id = organizations.id AND u.disabled = ? AND u.deleted_at IS NULL)", false).
		// A partner named by the municipality's live content keeps its name: the content shows
		// it (a published agreement with a blank partner would misstate the public record).
		// Rows left by deleted content keep nothing.
		Where("NOT EXISTS (SELECT 1 FROM content_partners AS cp WHERE cp.organization_id = organizations.id AND ("+livePartnerOwner+"))",
			model.OwnerAgreement, model.OwnerProject, model.OwnerCaseStudy).
		Exec(ctx)
	if err != nil {
		return false, fmt.Errorf("purge sole proprietor: %w", err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return false, nil
	}
	return true, touchOrganizations(ctx, db, orgIDs[0])
}

// livePartnerOwner is true of a content_partners row (cp) whose content is not deleted; its
// arguments are the owner types of agreements, projects and case studies, in that order.
const livePartnerOwner = "(cp.owner_type = ? AND EXISTS (SELECT 1 FROM agreements AS a WHERE a.id = cp.owner_id AND a.deleted_at IS NULL)) OR " +
	"(cp.owner_type = ? AND EXISTS (SELECT 1 FROM projects AS pj WHERE pj.id = cp.owner_id AND pj.deleted_at IS NULL)) OR " +
	"(cp.owner_type = ? AND EXISTS (SELECT 1 FROM case_studies AS cs WHERE cs.id = cp.owner_id AND cs.deleted_at IS NULL))"

// PurgeInquiry empties an inquiry's sender fields, subject and body, its replies' bodies
// and its forwarding notes, only while it is still closed (false otherwise).
func PurgeInquiry(ctx context.Context, db bun.IDB, mid, id int64) (bool, error) {
	res, err := db.NewUpdate().Table("inquiries").
		Set("affiliation = ''").Set("name = ''").Set("email = ''").Set("phone = ''").Set("subject = ''").Set("body = ''").
		Where("municipality_id = ?", mid).Where("id = ?", id).Where("status = ?", model.InquiryClosed).Exec(ctx)
	if err != nil {
		return false, fmt.Errorf("purge inquiry: %w", err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return false, nil
	}
	if _, err := db.NewUpdate().Table("inquiry_replies").Set("body = ''").Set("subject = ''").Where("inquiry_id = ?", id).Exec(ctx); err != nil {
		return false, fmt.Errorf("purge inquiry replies: %w", err)
	}
	if _, err := db.NewUpdate().Table("inquiry_forwards").Set("note = ''").Where("inquiry_id = ?", id).Exec(ctx); err != nil {
		return false, fmt.Errorf("purge inquiry forwards: %w", err)
	}
	return true, nil
}

// PendingPurgeFiles answers up to limit files the purge still has to delete from storage.
func (s *Store) PendingPurgeFiles(ctx context.Context, limit int) ([]*model.PurgeFile, error) {
	var rows []*model.PurgeFile
	if err := s.DB.NewSelect().Model(&rows).Order("id").Limit(int64(limit)).Scan(ctx); err != nil {
		return nil, fmt.Errorf("pending purge files: %w", err)
	}
	return rows, nil
}

// DonePurgeFile forgets a file the storage has deleted.
func (s *Store) DonePurgeFile(ctx context.Context, id int64) error {
	if _, err := s.DB.NewDelete().Model((*model.PurgeFile)(nil)).Where("id = ?", id).Exec(ctx); err != nil {
		return fmt.Errorf("purge file done: %w", err)
	}
	return nil
}

// PurgeLog lists the purge log of the municipality, newest first.
func (s *Store) PurgeLog(ctx context.Context, v Viewer, p Page) (PageOf[model.PurgeRecord], error) {
	return listPage[model.PurgeRecord](ctx, s.DB, p, Order{Key: "ID", By: Column("id"), Desc: true}, func(q *bun.SelectQuery) *bun.SelectQuery {
		return q.Where("?TableAlias.municipality_id = ?", v.MunicipalityID)
	})
}
