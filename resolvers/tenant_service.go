package resolvers

import (
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/tenant"
)

// newTenants builds the service of the municipality and its departments.
func (r *Resolver) newTenants() *tenant.Service {
	return tenant.New(tenant.Deps{Store: r.Store, Now: r.Now})
}

// departmentInput reads the API's department fields for the tenant service.
func departmentInput(in model.DepartmentInput) (tenant.DepartmentInput, error) {
	parent, err := optionalID("input.parentId", in.ParentID, model.OwnerDepartment)
	if err != nil {
		return tenant.DepartmentInput{}, err
	}
	out := tenant.DepartmentInput{Name: in.Name, Kind: in.Kind, Position: in.Position}
	if in.ParentID != nil {
		out.ParentID = &parent
	}
	return out, nil
}
