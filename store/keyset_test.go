package store_test

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/store"
	"github.com/pppdesk/pppdesk/store/storetest"
)

// TestKeysetPagesFollowTheOrder: paging with cursors through orders with NULLs and ties
// (a nullable date, publish time else creation, closing time else far future) visits every
// row once, in the order the sort defines (NULL dates below every date, ties by ID), in both
// directions and for a viewer who sees drafts and one who sees published rows only.
func TestKeysetPagesFollowTheOrder(t *testing.T) {
	ctx := context.Background()
	s := storetest.Open(t)
	now := time.Now().UTC().Truncate(time.Second)
	m := &model.Municipality{Slug: "keyset", Name: "keyset", CreatedAt: now, UpdatedAt: now}
	if _, err := s.DB.NewInsert().Model(m).Exec(ctx); err != nil {
		t.Fatal(err)
	}
	var rows []*model.Agreement
	var challenges []*model.Challenge
	for i := range 23 {
		var day model.Date
		if i%3 != 0 {
			day = model.Date(fmt.Sprintf("2026-01-%02d", 1+i%4)) // ties
		}
		pub := model.Publishing{PublicationState: model.StateDraft}
		if i%4 != 0 {
			at := now.Add(-time.Duration(i%5) * time.Hour) // ties
			pub = model.Publishing{PublicationState: model.StatePublished, PublishedAt: &at}
		}
		var closes *time.Time
		if i%2 == 0 {
			c := now.Add(time.Duration(i%3) * time.Hour)
			closes = &c
		}
		st := model.Stamps{CreatedAt: now.Add(-time.Duration(i%6) * time.Minute), UpdatedAt: now}
		rows = append(rows, &model.Agreement{MunicipalityID: m.ID, Kind: model.AgreementBusiness, Title: "a", SignedOn: day, Status: model.AgreementActive, Publishing: pub, Stamps: st})
		challenges = append(challenges, &model.Challenge{MunicipalityID: m.ID, Title: "c", ClosesAt: closes, Publishing: pub, Stamps: st})
	}
	if _, err := s.DB.NewInsert().Model(&rows).Exec(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := s.DB.NewInsert().Model(&challenges).Exec(ctx); err != nil {
		t.Fatal(err)
	}
	far := time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)
	// want orders rows by key (compare answers -1, 0, 1), ties by ID, reversed if desc.
	want := func(ids []int64, cmp func(a, b int) int, desc bool) []int64 {
		idx := make([]int, len(ids))
		for i := range idx {
			idx[i] = i
		}
		slices.SortFunc(idx, func(a, b int) int {
			c := cmp(a, b)
			if c == 0 {
				c = map[bool]int{true: -1, false: 1}[ids[a] < ids[b]]
			}
			if desc {
				return -c
			}
			return c
		})
		out := make([]int64, len(idx))
		for i, j := range idx {
			out[i] = ids[j]
		}
		return out
	}
	published := func(p model.Publishing, st model.Stamps) time.Time {
		if p.PublishedAt != nil {
			return *p.PublishedAt
		}
		return st.CreatedAt
	}
	desk := policies.Viewer{MunicipalityID: m.ID, Now: now, Read: func(model.OwnerType) model.Scope { return model.ScopeAll }}
	public := policies.Viewer{MunicipalityID: m.ID, Now: now, Read: func(model.OwnerType) model.Scope { return model.ScopePublished }}
	live := func(p model.Publishing) bool { return public.Live(p.PublicationState, p.PublishedAt) }

	for _, v := range []struct {
		name   string
		viewer policies.Viewer
		sees   func(model.Publishing) bool
	}{{"desk", desk, func(model.Publishing) bool { return true }}, {"public", public, live}} {
		var aIDs []int64
		var aRows []*model.Agreement
		for _, r := range rows {
			if v.sees(r.Publishing) {
				aIDs, aRows = append(aIDs, r.ID), append(aRows, r)
			}
		}
		var cIDs []int64
		var cRows []*model.Challenge
		for _, c := range challenges {
			if v.sees(c.Publishing) {
				cIDs, cRows = append(cIDs, c.ID), append(cRows, c)
			}
		}
		cases := []struct {
			name string
			by   store.SortBy
			ids  []int64
			cmp  func(a, b int) int
			list func(o store.Order, p store.Page) ([]int64, []store.Cursor, bool, error)
		}{
			{"signed_on", store.Coalesce("''", "signed_on"), aIDs, func(a, b int) int {
				return cmpStr(string(aRows[a].SignedOn), string(aRows[b].SignedOn))
			}, func(o store.Order, p store.Page) ([]int64, []store.Cursor, bool, error) {
				pg, err := s.Agreements(ctx, v.viewer, store.AgreementFilter{}, o, p)
				return ids(pg.Items, func(a *model.Agreement) int64 { return a.ID }), pg.Cursors, pg.HasNext, err
			}},
			{"published", store.Coalesce("", "published_at", "created_at"), aIDs, func(a, b int) int {
				return published(aRows[a].Publishing, aRows[a].Stamps).Compare(published(aRows[b].Publishing, aRows[b].Stamps))
			}, func(o store.Order, p store.Page) ([]int64, []store.Cursor, bool, error) {
				pg, err := s.Agreements(ctx, v.viewer, store.AgreementFilter{}, o, p)
				return ids(pg.Items, func(a *model.Agreement) int64 { return a.ID }), pg.Cursors, pg.HasNext, err
			}},
			{"closes", store.Coalesce("'9999-12-31 00:00:00'", "closes_at"), cIDs, func(a, b int) int {
				ca, cb := far, far
				if cRows[a].ClosesAt != nil {
					ca = *cRows[a].ClosesAt
				}
				if cRows[b].ClosesAt != nil {
					cb = *cRows[b].ClosesAt
				}
				return ca.Compare(cb)
			}, func(o store.Order, p store.Page) ([]int64, []store.Cursor, bool, error) {
				pg, err := s.Challenges(ctx, v.viewer, store.ChallengeFilter{}, o, p)
				return ids(pg.Items, func(c *model.Challenge) int64 { return c.ID }), pg.Cursors, pg.HasNext, err
			}},
		}
		for _, c := range cases {
			for _, desc := range []bool{false, true} {
				t.Run(fmt.Sprintf("%s/%s/desc=%v", v.name, c.name, desc), func(t *testing.T) {
					o := store.Order{Key: c.name, By: c.by, Desc: desc}
					var got []int64
					p := store.Page{First: 4}
					for range 20 {
						page, cursors, more, err := c.list(o, p)
						if err != nil {
							t.Fatal(err)
						}
						got = append(got, page...)
						if !more {
							break
						}
						p.After = &cursors[len(cursors)-1]
					}
					if w := want(c.ids, c.cmp, desc); !slices.Equal(got, w) {
						t.Errorf("pages visit\n%v\nwant\n%v", got, w)
					}
				})
			}
		}
	}
}

func cmpStr(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
