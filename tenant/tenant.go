// Package tenant owns the municipality an operation runs in and its department tree: who
// may change departments, how a department may be moved, and that a department still in
// use is never deleted.
package tenant

import (
	"context"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/audit"
	"github.com/pppdesk/pppdesk/input"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/store"
)

// MaxDepartmentName bounds a department's name.
const MaxDepartmentName = 100

// Service runs the operations on the municipality and its departments.
type Service struct {
	store *store.Store
	now   func() time.Time
}

// Deps are what the tenant service needs; Now is the server clock (tests move it).
type Deps struct {
	Store *store.Store
	Now   func() time.Time
}

// New builds the tenant service.
func New(d Deps) *Service {
	if d.Now == nil {
		d.Now = time.Now
	}
	return &Service{store: d.Store, now: d.Now}
}

// clock answers the service time at the precision the database keeps.
func (s *Service) clock() time.Time { return s.now().UTC().Truncate(time.Second) }

// Municipality answers the municipality the caller's operation runs in. It is the tenant
// itself, established with the caller, public to everyone, so there is nothing to load.
func (s *Service) Municipality(c *policies.Caller) *model.Municipality { return c.Municipality }

// DepartmentInput is a department's fields as a caller sets them; a nil field is left as
// it is. The JSON names are the API's, which the audit entry lists.
type DepartmentInput struct {
	Name     *string               `json:"name,omitempty"`
	Kind     *model.DepartmentKind `json:"kind,omitempty"`
	ParentID *int64                `json:"parentId,omitempty"`
	Position *int                  `json:"position,omitempty"`
}

// writable checks the write right on departments (the desk).
func writable(c *policies.Caller) error {
	scope, err := c.Authorize(policies.WriteDepartment)
	if err != nil {
		return err
	}
	if !c.Within(scope, policies.Owner{}) {
		return apperr.New(apperr.Forbidden, "you may only write department of your own department")
	}
	return nil
}

// department loads a department of the caller's municipality; one of another municipality
// is NOT_FOUND like a missing one.
func (s *Service) department(ctx context.Context, c *policies.Caller, id int64) (*model.Department, error) {
	rows, err := s.store.DepartmentsByID(ctx, c.Viewer, []int64{id})
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, apperr.NotFoundf("%s %s not found", model.OwnerDepartment, model.GlobalID(model.OwnerDepartment, id))
	}
	return rows[0], nil
}

// CreateDepartment adds a department; a name is required, a new one is a section unless
// told otherwise.
func (s *Service) CreateDepartment(ctx context.Context, c *policies.Caller, in DepartmentInput) (*model.Department, error) {
	return s.save(ctx, c, 0, in, 0)
}

// UpdateDepartment changes the given fields of a department whose stored version is still
// version; otherwise it is a CONFLICT and nothing changes.
func (s *Service) UpdateDepartment(ctx context.Context, c *policies.Caller, id int64, in DepartmentInput, version int) (*model.Department, error) {
	return s.save(ctx, c, id, in, version)
}

// save creates (id 0) or updates a department, with its audit entry in the same
// transaction.
func (s *Service) save(ctx context.Context, c *policies.Caller, id int64, in DepartmentInput, version int) (*model.Department, error) {
	if err := writable(c); err != nil {
		return nil, err
	}
	now := s.clock()
	d := &model.Department{MunicipalityID: c.Municipality.ID, Kind: model.DepartmentSection, Version: 1, Stamps: model.Stamps{CreatedAt: now, UpdatedAt: now}}
	if id != 0 {
		var err error
		if d, err = s.department(ctx, c, id); err != nil {
			return nil, err
		}
	} else if in.Name == nil {
		return nil, apperr.Invalid("input.name", "is required")
	}
	if err := input.Set(input.F("input.name", in.Name, &d.Name, MaxDepartmentName, true)); err != nil {
		return nil, err
	}
	if in.Kind != nil {
		d.Kind = *in.Kind
	}
	if in.Position != nil {
		d.Position = *in.Position
	}
	if in.ParentID != nil {
		parent, err := s.department(ctx, c, *in.ParentID)
		if err != nil {
			return nil, err
		}
		// A department cannot be moved under itself or its own descendants.
		if id != 0 {
			all, err := s.store.Departments(ctx, c.Viewer)
			if err != nil {
				return nil, err
			}
			for _, x := range Subtree(all, d.ID) {
				if x == parent.ID {
					return nil, apperr.Invalid("input.parentId", "would put the department under itself")
				}
			}
		}
		d.ParentID = &parent.ID
	}
	if id != 0 {
		d.Version, d.UpdatedAt = version+1, now
	}
	err := s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		if id == 0 {
			if err := store.Insert(ctx, tx, d); err != nil {
				return err
			}
		} else if ok, err := store.SaveVersioned(ctx, tx, d, d.ID, d.MunicipalityID, version); err != nil || !ok {
			if err == nil {
				err = apperr.New(apperr.Conflict, "the department was changed by someone else (version %d is stale); reload and try again", version)
			}
			return err
		}
		return audit.Record(ctx, tx, c, now, audit.Entry{Action: "department.save", TargetType: string(model.OwnerDepartment), TargetID: d.ID, Changes: audit.Fields(in)})
	})
	if err != nil {
		return nil, err
	}
	return d, nil
}

// DeleteDepartment soft-deletes a department that nothing uses any more: no sub-department,
// staff, content or proposal assignment. The check runs in the deleting transaction, so an
// assignment or a member added concurrently cannot slip in between check and delete.
func (s *Service) DeleteDepartment(ctx context.Context, c *policies.Caller, id int64) error {
	if err := writable(c); err != nil {
		return err
	}
	d, err := s.department(ctx, c, id)
	if err != nil {
		return err
	}
	now := s.clock()
	return s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		used, err := store.DepartmentUsed(ctx, tx, c.Municipality.ID, d.ID)
		if err != nil {
			return err
		}
		if used {
			return apperr.New(apperr.Conflict, "%s still has sub-departments, staff, content or proposals; move them first", d.Name)
		}
		if err := s.store.Step(ctx, "department.unused"); err != nil {
			return err
		}
		if err := store.DeleteLive(ctx, tx, (*model.Department)(nil), "department", d.ID, c.Municipality.ID); err != nil {
			return err
		}
		return audit.Record(ctx, tx, c, now, audit.Entry{Action: "department.delete", TargetType: "department", TargetID: d.ID})
	})
}

// Subtree answers a department and all its descendants among all, the department tree of a
// municipality; empty when root is not in it. Each department appears once, also when the
// tree has a cycle.
func Subtree(all []*model.Department, root int64) []int64 {
	children := map[int64][]int64{}
	found := false
	for _, d := range all {
		found = found || d.ID == root
		if d.ParentID != nil {
			children[*d.ParentID] = append(children[*d.ParentID], d.ID)
		}
	}
	if !found {
		return []int64{}
	}
	// seen ends the walk on a cycle, which the API refuses but a hand-edited table may hold.
	out, seen := []int64{root}, map[int64]bool{root: true}
	for i := 0; i < len(out); i++ {
		for _, c := range children[out[i]] {
			if !seen[c] {
				seen[c] = true
				out = append(out, c)
			}
		}
	}
	return out
}
