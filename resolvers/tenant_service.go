package resolvers

import (
	"context"

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

// branding answers the branding of the request's municipality, read once per request.
func (r *Resolver) branding(ctx context.Context, m *model.Municipality) (*model.MunicipalityBranding, error) {
	req, err := request(ctx)
	if err != nil {
		return nil, err
	}
	if m.ID == 0 {
		return &model.MunicipalityBranding{}, nil
	}
	if m.ID != req.Municipality.ID { // the ADMIN's list of municipalities
		return r.tenants().BrandingOf(ctx, m.ID)
	}
	req.brandingOnce.Do(func() { req.brandingOf, req.brandingErr = r.tenants().BrandingOf(ctx, m.ID) })
	return req.brandingOf, req.brandingErr
}

// municipalityUpdate reads the API's municipality fields for the tenant service.
func municipalityUpdate(in model.UpdateMunicipalityInput) (tenant.MunicipalityUpdate, error) {
	out := tenant.MunicipalityUpdate{Name: in.Name, DeskName: in.DeskName, DeskDepartment: in.DeskDepartment,
		PostalCode: in.PostalCode, Address: in.Address, Phone: in.Phone, Email: in.Email, PortalURL: in.PortalURL,
		ClearLogo: in.ClearLogo != nil && *in.ClearLogo, PrimaryColor: in.PrimaryColor, SecondaryColor: in.SecondaryColor,
		Terms: in.Terms, TermsVersion: in.TermsVersion}
	out.ItemURLTemplate = in.ItemURLTemplate
	if in.LogoMediaID != nil {
		id, err := parseID("input.logoMediaId", *in.LogoMediaID, "Media")
		if err != nil {
			return out, err
		}
		out.LogoMediaID = &id
	}
	if in.Hosts != nil {
		hosts := append([]string{}, in.Hosts...)
		out.Hosts = &hosts
	}
	if in.AllowedOrigins != nil {
		origins := append([]string{}, in.AllowedOrigins...)
		out.AllowedOrigins = &origins
	}
	return out, nil
}
