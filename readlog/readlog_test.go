package readlog

import (
	"context"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// TestCollectorOneEntryPerRecord: however often and in whatever order fields of a record are
// noted, the collector answers one entry per record, fields sorted and unique, records in
// the order first read; without a collector nothing is noted and nothing breaks.
func TestCollectorOneEntryPerRecord(t *testing.T) {
	Note(context.Background(), Reader{ID: 1}, "Proposal", 1, "contact.email") // no collector: ignored
	ctx, c := WithCollector(context.Background())
	r := Reader{ID: 7, Name: "デスク", MunicipalityID: 3}
	for _, n := range []struct {
		typ   string
		id    int64
		field string
	}{{"Proposal", 2, "contact.name"}, {"Inquiry", 9, "email"}, {"Proposal", 2, "contact.email"}, {"Proposal", 2, "contact.name"}, {"Proposal", 5, "contact.phone"}} {
		Note(ctx, r, n.typ, n.id, n.field)
	}
	rows := c.Entries(time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC), "Op", "req-1")
	var got []string
	for _, e := range rows {
		if e.ReaderID != 7 || e.ReaderName != "デスク" || e.MunicipalityID != 3 || e.Operation != "Op" || *e.RequestID != "req-1" {
			t.Fatalf("entry: %+v", e)
		}
		got = append(got, e.RecordType+":"+e.Fields)
	}
	if want := "Proposal:contact.email,contact.name Inquiry:email Proposal:contact.phone"; strings.Join(got, " ") != want {
		t.Fatalf("entries %v, want %s", got, want)
	}
	if e := Entry(r, time.Now(), "Proposal", 1, nil, strings.Repeat("あ", 100), ""); len(e.Operation) > 255 || !utf8.ValidString(e.Operation) || e.RequestID != nil {
		t.Fatalf("long operation name: %d bytes, valid %v", len(e.Operation), utf8.ValidString(e.Operation))
	}
}
