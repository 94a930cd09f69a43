package resolvers

import (
	"context"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/input"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/store"
)

// stale is the CONFLICT of an optimistic-locking miss.
func stale(what string, version int) error {
	return apperr.New(apperr.Conflict, "the %s was changed by someone else (version %d is stale); reload and try again", what, version)
}

func (r *Resolver) departmentWrite(ctx context.Context, id *string, in model.DepartmentInput, version int) (*model.Department, error) {
	req, err := r.writable(ctx, "department", nil)
	if err != nil {
		return nil, err
	}
	now := r.now()
	d := &model.Department{MunicipalityID: req.Municipality.ID, Kind: model.DepartmentSection, Version: 1, Stamps: model.Stamps{CreatedAt: now, UpdatedAt: now}}
	if id != nil {
		if d, err = oneOf(ctx, "id", *id, model.OwnerDepartment, r.Store.DepartmentsByID); err != nil {
			return nil, err
		}
	} else if in.Name == nil {
		return nil, apperr.Invalid("input.name", "is required")
	}
	if err := input.Set(input.F("input.name", in.Name, &d.Name, 100, true)); err != nil {
		return nil, err
	}
	if in.Kind != nil {
		d.Kind = *in.Kind
	}
	if in.Position != nil {
		d.Position = *in.Position
	}
	if in.ParentID != nil {
		parent, err := oneOf(ctx, "input.parentId", *in.ParentID, model.OwnerDepartment, r.Store.DepartmentsByID)
		if err != nil {
			return nil, err
		}
		// A department cannot be moved under itself or its own descendants.
		if id != nil {
			all, err := r.allDepartments(ctx)
			if err != nil {
				return nil, err
			}
			for _, x := range subtree(all, d.ID) {
				if x == parent.ID {
					return nil, apperr.Invalid("input.parentId", "would put the department under itself")
				}
			}
		}
		d.ParentID = &parent.ID
	}
	if id != nil {
		d.Version, d.UpdatedAt = version+1, now
	}
	err = r.Store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		if id == nil {
			if err := store.Insert(ctx, tx, d); err != nil {
				return err
			}
		} else if ok, err := store.SaveVersioned(ctx, tx, d, d.ID, d.MunicipalityID, version); err != nil || !ok {
			if err == nil {
				err = stale("department", version)
			}
			return err
		}
		return r.audit(ctx, tx, req, "department.save", string(model.OwnerDepartment), d.ID, changedFields(in))
	})
	if err != nil {
		return nil, err
	}
	return d, nil
}

func (r *Resolver) deleteDepartment(ctx context.Context, id string) (bool, error) {
	req, err := r.writable(ctx, "department", nil)
	if err != nil {
		return false, err
	}
	d, err := oneOf(ctx, "id", id, model.OwnerDepartment, r.Store.DepartmentsByID)
	if err != nil {
		return false, err
	}
	inUse, err := r.Store.DepartmentInUse(ctx, req.Municipality.ID, d.ID)
	if err != nil {
		return false, err
	}
	if inUse {
		return false, apperr.New(apperr.Conflict, "%s still has sub-departments, staff, content or proposals; move them first", d.Name)
	}
	return r.deleteRow(ctx, req, (*model.Department)(nil), "department", d.ID)
}

func (r *Resolver) deleteRow(ctx context.Context, req *Request, m any, what string, id int64) (bool, error) {
	var ok bool
	err := r.Store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		var err error
		if ok, err = store.DeleteRow(ctx, tx, m, id, req.Municipality.ID); err != nil {
			return err
		}
		if !ok {
			// Deleted meanwhile by a concurrent call: answered as a second delete is.
			return apperr.NotFoundf("the %s was deleted meanwhile", what)
		}
		return r.audit(ctx, tx, req, what+".delete", what, id, nil)
	})
	return ok && err == nil, err
}

func (r *Resolver) createOrganization(ctx context.Context, in model.NewOrganizationInput) (*model.Organization, error) {
	req, _, err := authorize(ctx, policies.CreateOrganization)
	if err != nil {
		return nil, err
	}
	o, err := newOrganization("input.", req.Municipality.ID, in, r.now())
	if err != nil {
		return nil, err
	}
	o.Public = true
	err = r.Store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		if err := store.Insert(ctx, tx, o); err != nil {
			return err
		}
		return r.audit(ctx, tx, req, "organization.create", string(model.OwnerOrganization), o.ID, nil)
	})
	if err != nil {
		return nil, err
	}
	return o, nil
}

func (r *Resolver) deleteOrganization(ctx context.Context, id string) (bool, error) {
	req, _, err := authorize(ctx, policies.CreateOrganization)
	if err != nil {
		return false, err
	}
	o, err := oneOf(ctx, "id", id, model.OwnerOrganization, r.Store.OrganizationsByID)
	if err != nil {
		return false, err
	}
	return r.deleteRow(ctx, req, (*model.Organization)(nil), "organization", o.ID)
}
