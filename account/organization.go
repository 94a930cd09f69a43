package account

import (
	"context"
	"errors"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/audit"
	"github.com/pppdesk/pppdesk/input"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/store"
)

// Organizations runs the operations on organization profiles.
type Organizations struct{ deps }

// NewOrganizations builds the organization service.
func NewOrganizations(d Deps) *Organizations { return &Organizations{d.build()} }

// Organization answers an organization the caller may see: its own, or a public profile (the
// desk sees all of its municipality's); any other is NOT_FOUND, as a missing one is.
func (s *Organizations) Organization(ctx context.Context, c *policies.Caller, id int64) (*model.Organization, error) {
	rows, err := s.store.OrganizationsByID(ctx, c.Viewer, []int64{id})
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, notFound(model.OwnerOrganization, id)
	}
	return rows[0], nil
}

// Partner answers an organization only when its profile is public, whoever asks.
func (s *Organizations) Partner(ctx context.Context, c *policies.Caller, id int64) (*model.Organization, error) {
	o, err := s.Organization(ctx, c, id)
	if err != nil {
		return nil, err
	}
	if !o.Public {
		return nil, notFound(model.OwnerOrganization, id)
	}
	return o, nil
}

// Partners checks a partner search and answers the list of public profiles it finds.
func (s *Organizations) Partners(c *policies.Caller, filter *model.OrganizationFilter) (Pager[model.Organization], error) {
	f := store.OrganizationFilter{PublicOnly: true}
	if filter != nil {
		f.Kind = filter.Kind
		var err error
		if f.Search, err = input.Search(filter.Search); err != nil {
			return nil, err
		}
		if filter.CorporateNumber != nil {
			n, err := input.CorporateNumber("filter.corporateNumber", *filter.CorporateNumber)
			if err != nil {
				return nil, err
			}
			f.CorporateNumber = n
		}
	}
	return func(ctx context.Context, o store.Order, p store.Page) (store.PageOf[model.Organization], error) {
		return s.store.Organizations(ctx, c.Viewer, f, o, p)
	}, nil
}

// Create registers an organization on the desk's behalf; its profile is public.
func (s *Organizations) Create(ctx context.Context, c *policies.Caller, in model.NewOrganizationInput) (*model.Organization, error) {
	if _, err := c.Authorize(policies.CreateOrganization); err != nil {
		return nil, err
	}
	o, err := newOrganization("input.", c.Municipality.ID, in, s.now())
	if err != nil {
		return nil, err
	}
	o.Public = true
	err = s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		if err := store.Insert(ctx, tx, o); err != nil {
			return err
		}
		if err := registerNumber(ctx, tx, o, "input.corporateNumber"); err != nil {
			return err
		}
		return s.audit(ctx, tx, c, "organization.create", string(model.OwnerOrganization), o.ID, nil)
	})
	if err != nil {
		return nil, err
	}
	return o, nil
}

// Update changes the given fields of a profile the caller may update, if nobody changed it
// since version.
func (s *Organizations) Update(ctx context.Context, c *policies.Caller, id int64, in model.OrganizationInput, version int) (*model.Organization, error) {
	if _, err := c.Authorize(policies.UpdateOrganization); err != nil {
		return nil, err
	}
	o, err := s.Organization(ctx, c, id)
	if err != nil {
		return nil, err
	}
	if !c.May(policies.UpdateOrganization, policies.Owner{OrganizationID: &o.ID}) {
		return nil, apperr.New(apperr.Forbidden, "you may not change this organization's profile")
	}
	if err := input.Set(
		input.F("input.name", in.Name, &o.Name, input.MaxName, true),
		input.F("input.kana", in.Kana, &o.Kana, input.MaxName, false),
		input.F("input.website", in.Website, &o.Website, input.MaxURL, false),
		input.F("input.address", in.Address, &o.Address, input.MaxAddress, false),
		input.F("input.description", in.Description, &o.Description, input.MaxDescription, false),
	); err != nil {
		return nil, err
	}
	if in.Kind != nil {
		if !model.ValidOrganizationKind(*in.Kind) {
			return nil, apperr.Invalid("input.kind", "%q is not an organization kind", *in.Kind)
		}
		o.Kind = *in.Kind
	}
	if in.CorporateNumber != nil {
		o.CorporateNumber = ""
		if *in.CorporateNumber != "" {
			if o.CorporateNumber, err = input.CorporateNumber("input.corporateNumber", *in.CorporateNumber); err != nil {
				return nil, err
			}
		}
	}
	if in.Public != nil {
		o.Public = *in.Public
	}
	o.UpdatedAt = s.now()
	err = s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		ok, err := store.UpdateOrganization(ctx, tx, o, version)
		if err != nil {
			return err
		}
		if !ok {
			return apperr.New(apperr.Conflict, "the organization was changed by someone else (version %d is stale); reload and try again", version)
		}
		if in.CorporateNumber != nil {
			if err := registerNumber(ctx, tx, o, "input.corporateNumber"); err != nil {
				return err
			}
		}
		return s.audit(ctx, tx, c, "organization.update", string(model.OwnerOrganization), o.ID, audit.Fields(in))
	})
	if err != nil {
		return nil, err
	}
	return o, nil
}

// Delete removes an organization the desk registered or can see.
func (s *Organizations) Delete(ctx context.Context, c *policies.Caller, id int64) (bool, error) {
	if _, err := c.Authorize(policies.CreateOrganization); err != nil {
		return false, err
	}
	o, err := s.Organization(ctx, c, id)
	if err != nil {
		return false, err
	}
	var ok bool
	err = s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		var err error
		if ok, err = store.DeleteRow(ctx, tx, (*model.Organization)(nil), o.ID, c.Municipality.ID); err != nil {
			return err
		}
		if !ok {
			// Deleted meanwhile by a concurrent call: answered as a second delete is.
			return apperr.NotFoundf("the organization was deleted meanwhile")
		}
		if err := store.ReleaseCorporateNumber(ctx, tx, o.ID); err != nil {
			return err
		}
		return s.audit(ctx, tx, c, "organization.delete", "organization", o.ID, nil)
	})
	return ok && err == nil, err
}

// registerNumber makes o the holder of its 法人番号 in the municipality, in the transaction
// that writes it; a number another organization holds is refused naming field.
func registerNumber(ctx context.Context, db bun.IDB, o *model.Organization, field string) error {
	err := store.RegisterCorporateNumber(ctx, db, o)
	if errors.Is(err, store.ErrDuplicate) {
		return apperr.Invalid(field, "another organization of this municipality is registered with this corporate number (法人番号)")
	}
	return err
}
