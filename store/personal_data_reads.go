package store

import (
	"context"
	"fmt"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/model"
)

// The personal data read log is append-only: this file has an insert and reads, and no
// function of the store updates or deletes its rows (TestPersonalDataReadsAppendOnly reads
// the store's source to hold that).

// InsertPersonalDataReads writes one operation's log entries in one statement, so logging
// costs one round trip per operation however many records and fields it read.
func (s *Store) InsertPersonalDataReads(ctx context.Context, rows []*model.PersonalDataRead) error {
	if len(rows) == 0 {
		return nil
	}
	if _, err := s.DB.NewInsert().Model(&rows).Exec(ctx); err != nil {
		return fmt.Errorf("insert personal data reads: %w", err)
	}
	return nil
}

// PersonalDataReadFilter narrows the log; a zero field filters nothing.
type PersonalDataReadFilter struct {
	// From and To bound the read time: From <= read_at < To.
	From, To *time.Time
	// ReaderID is the staff account that read.
	ReaderID int64
	// RecordType and RecordID name the record read (both or neither).
	RecordType string
	RecordID   int64
}

// PersonalDataReadOrder is the log's one order, newest first.
var PersonalDataReadOrder = Order{Key: "ID", By: Column("id"), Desc: true}

// PersonalDataReads reads one page of the municipality's log matching f, newest first.
func (s *Store) PersonalDataReads(ctx context.Context, v Viewer, f PersonalDataReadFilter, p Page) (PageOf[model.PersonalDataRead], error) {
	return listPage[model.PersonalDataRead](ctx, s.DB, p, PersonalDataReadOrder, func(q *bun.SelectQuery) *bun.SelectQuery {
		q = tenant(q, v)
		if f.From != nil {
			q = q.Where("read_at >= ?", f.From.UTC())
		}
		if f.To != nil {
			q = q.Where("read_at < ?", f.To.UTC())
		}
		if f.ReaderID != 0 {
			q = q.Where("reader_id = ?", f.ReaderID)
		}
		if f.RecordType != "" {
			q = q.Where("record_type = ?", f.RecordType).Where("record_id = ?", f.RecordID)
		}
		return q
	})
}
