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

func (r *Resolver) methodWrite(ctx context.Context, id *string, in model.CollaborationMethodInput, version int) (*model.CollaborationMethod, error) {
	req, err := r.writable(ctx, "collaborationMethod", nil)
	if err != nil {
		return nil, err
	}
	now := r.now()
	m := &model.CollaborationMethod{MunicipalityID: req.Municipality.ID, Version: 1, Stamps: model.Stamps{CreatedAt: now, UpdatedAt: now}}
	if id != nil {
		if m, err = r.method(ctx, "id", *id); err != nil {
			return nil, err
		}
	} else if in.Name == nil || in.Key == nil {
		return nil, apperr.Invalid("input.name", "name and key are required")
	}
	if err := input.Set(
		input.F("input.key", in.Key, &m.Key, 50, true),
		input.F("input.name", in.Name, &m.Name, input.MaxTitle, true),
		input.F("input.description", in.Description, &m.Description, input.MaxBody, false),
	); err != nil {
		return nil, err
	}
	if in.Position != nil {
		m.Position = *in.Position
	}
	if id != nil {
		m.Version, m.UpdatedAt = version+1, now
	}
	err = r.Store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		if id == nil {
			if err := store.Insert(ctx, tx, m); err != nil {
				return err
			}
		} else if ok, err := store.SaveVersioned(ctx, tx, m, m.ID, m.MunicipalityID, version); err != nil || !ok {
			if err == nil {
				err = stale("collaboration method", version)
			}
			return err
		}
		return r.audit(ctx, tx, req, "collaborationMethod.save", string(model.OwnerMethod), m.ID, changedFields(in))
	})
	if err != nil {
		return nil, err
	}
	return m, nil
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

func (r *Resolver) deleteMethod(ctx context.Context, id string) (bool, error) {
	req, err := r.writable(ctx, "collaborationMethod", nil)
	if err != nil {
		return false, err
	}
	m, err := r.method(ctx, "id", id)
	if err != nil {
		return false, err
	}
	return r.deleteRow(ctx, req, (*model.CollaborationMethod)(nil), "collaborationMethod", m.ID)
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
