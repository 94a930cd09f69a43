package resolvers

import (
	"context"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/input"
	"github.com/pppdesk/pppdesk/jp"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/tenant"
)

// optionalID reads an optional global ID filter value; 0 means none.
func optionalID(field string, id *string, typ model.OwnerType) (int64, error) {
	if id == nil {
		return 0, nil
	}
	return parseID(field, *id, typ)
}

// notFound is the answer for a row that does not exist or may not be seen: the two are the
// same to the caller, so existence never leaks.
func notFound(typ model.OwnerType, id string) error {
	return apperr.NotFoundf("%s %s not found", typ, id)
}

// formatDate writes a stored date in the asked format; an empty date is null.
func formatDate(d model.Date, format *model.DateFormat) (*model.Date, error) {
	if d == "" {
		return nil, nil
	}
	if format != nil && *format == model.DateWareki {
		s, err := jp.WarekiString(string(d))
		if err != nil {
			// Before 明治6年 (1873-01-01) Japan did not use the Gregorian calendar; the date
			// exists, but has no 和暦 form we can write. The ISO form is always available.
			return nil, apperr.Invalid("format", "%s has no 和暦 form (eras are written from 1873-01-01, 明治6年); ask for format: ISO", d)
		}
		w := model.Date(s)
		return &w, nil
	}
	return &d, nil
}

// departmentSubtree answers the department and all its descendants, so a filter by 経済部
// also finds the work of its 課.
func (r *Resolver) departmentSubtree(ctx context.Context, field string, id *string) ([]int64, error) {
	if id == nil {
		return nil, nil
	}
	root, err := parseID(field, *id, model.OwnerDepartment)
	if err != nil {
		return nil, err
	}
	all, err := r.allDepartments(ctx)
	if err != nil {
		return nil, err
	}
	return tenant.Subtree(all, root), nil
}

func rangeOf(r *model.DateRange) (from, to *model.Date) {
	if r == nil {
		return nil, nil
	}
	return r.From, r.To
}

// parseID and parseIDErr are input's ID checks under names that generated resolver
// parameters called "input" cannot shadow.
var (
	parseID    = input.ID
	parseIDErr = input.NotAnID
)
