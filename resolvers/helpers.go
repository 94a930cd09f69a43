package resolvers

import (
	"context"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/jp"
	"github.com/pppdesk/pppdesk/model"
)

// parseID reads a global ID that must name a row of typ; field names the argument in errors.
func parseID(field, id string, typ model.OwnerType) (int64, error) {
	t, n, ok := model.ParseGlobalID(id)
	if !ok {
		return 0, apperr.Invalid(field, "%q is not an ID", id)
	}
	if t != typ {
		return 0, apperr.Invalid(field, "%q is not the ID of a %s", id, typ)
	}
	return n, nil
}

func parseIDErr(id string) error { return apperr.Invalid("id", "%q is not an ID", id) }

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
			return nil, err
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
	return subtree(all, root), nil
}

func rangeOf(r *model.DateRange) (from, to *model.Date) {
	if r == nil {
		return nil, nil
	}
	return r.From, r.To
}

func searchText(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// corporateNumber normalises a 法人番号 as people type it (hyphens, full-width digits) and
// checks its check digit, naming the field when it is wrong.
func corporateNumber(field, s string) (string, error) {
	n := jp.NormalizeCorporateNumber(s)
	if err := jp.ValidCorporateNumber(n); err != nil {
		return "", apperr.Invalid(field, "%v", err)
	}
	return n, nil
}
