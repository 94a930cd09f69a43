package content

import (
	"context"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/input"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/store"
)

// CollaborationMethod answers one collaboration method (a global ID) the caller may read.
func (s *Service) CollaborationMethod(ctx context.Context, c *policies.Caller, field, id string) (*model.CollaborationMethod, error) {
	n, err := parseID(field, id, model.OwnerMethod)
	if err != nil {
		return nil, err
	}
	m, err := s.store.CollaborationMethod(ctx, c.Viewer, n)
	if err != nil {
		return nil, err
	}
	if m == nil {
		return nil, notFound(model.OwnerMethod, id)
	}
	return m, nil
}

// CreateCollaborationMethod adds a collaboration method (not publishable: it is live at once).
func (s *Service) CreateCollaborationMethod(ctx context.Context, c *policies.Caller, in model.CollaborationMethodInput) (*model.CollaborationMethod, error) {
	return s.methodWrite(ctx, c, nil, in, 0)
}

// UpdateCollaborationMethod changes the method id (a global ID) at version.
func (s *Service) UpdateCollaborationMethod(ctx context.Context, c *policies.Caller, id string, in model.CollaborationMethodInput, version int) (*model.CollaborationMethod, error) {
	return s.methodWrite(ctx, c, &id, in, version)
}

func (s *Service) methodWrite(ctx context.Context, c *policies.Caller, id *string, in model.CollaborationMethodInput, version int) (*model.CollaborationMethod, error) {
	if err := writable(c, "collaborationMethod", nil); err != nil {
		return nil, err
	}
	now := s.now()
	m := &model.CollaborationMethod{MunicipalityID: c.Municipality.ID, Version: 1, Stamps: model.Stamps{CreatedAt: now, UpdatedAt: now}}
	if id != nil {
		var err error
		if m, err = s.CollaborationMethod(ctx, c, "id", *id); err != nil {
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
	err := s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
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
		return s.audit(ctx, tx, c, "collaborationMethod.save", string(model.OwnerMethod), m.ID, changedFields(in))
	})
	if err != nil {
		return nil, err
	}
	return m, nil
}

// DeleteCollaborationMethod removes the method id (a global ID).
func (s *Service) DeleteCollaborationMethod(ctx context.Context, c *policies.Caller, id string) error {
	if err := writable(c, "collaborationMethod", nil); err != nil {
		return err
	}
	m, err := s.CollaborationMethod(ctx, c, "id", id)
	if err != nil {
		return err
	}
	const what = "collaborationMethod"
	return s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		ok, err := store.DeleteRow(ctx, tx, (*model.CollaborationMethod)(nil), m.ID, c.Municipality.ID)
		if err != nil {
			return err
		}
		if !ok {
			// Deleted meanwhile by a concurrent call: answered as a second delete is.
			return apperr.NotFoundf("the %s was deleted meanwhile", what)
		}
		return s.audit(ctx, tx, c, what+".delete", what, m.ID, nil)
	})
}
