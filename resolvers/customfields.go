package resolvers

import (
	"context"

	"github.com/pppdesk/pppdesk/customfield"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/store"
)

func customFieldsLoader(l *Loaders) *loaderOf[store.OwnerKey, []*model.CustomFieldValue] {
	return l.CustomFields
}

// customFieldsOf answers the custom field values of an item the caller reads, through the
// request's loader (primed for a page), filtered to the visibilities the caller may read;
// organizationID is a proposal's organization, nil for content.
func customFieldsOf(ctx context.Context, typ model.OwnerType, id int64, organizationID *int64) ([]*model.CustomFieldValue, error) {
	req, err := request(ctx)
	if err != nil {
		return nil, err
	}
	vals, err := load(ctx, customFieldsLoader, store.OwnerKey{Type: typ, ID: id})
	if err != nil {
		return nil, err
	}
	return customfield.Readable(req.Caller, organizationID, vals), nil
}

// customFieldArg reads the ID of a custom field definition and the request it is asked in.
func customFieldArg(ctx context.Context, id string) (*Request, int64, error) {
	n, err := parseID("id", id, model.OwnerCustomField)
	if err != nil {
		return nil, 0, err
	}
	req, err := request(ctx)
	if err != nil {
		return nil, 0, err
	}
	return req, n, nil
}

// customFieldDefinition answers a definition by global ID for node(id:).
func (r *Resolver) customFieldDefinition(ctx context.Context, id string) (*model.CustomFieldDefinition, error) {
	req, n, err := customFieldArg(ctx, id)
	if err != nil {
		return nil, err
	}
	return r.CustomFields().Definition(ctx, req.Caller, n)
}
