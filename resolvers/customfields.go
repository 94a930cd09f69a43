package resolvers

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"github.com/pppdesk/pppdesk/customfield"
	"github.com/pppdesk/pppdesk/disclosure"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/readlog"
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

// customFieldOverridesLoader picks the loader of proposals' custom field overrides.
func customFieldOverridesLoader(l *Loaders) *loaderOf[int64, []*model.DisclosureOverride] {
	return l.CustomFieldOverrides
}

// valueFields are the members of CustomFieldValue that answer the value itself; a selection
// of only its key or definition returns no personal data.
var valueFields = set("text", "number", "date", "boolean", "choices")

// proposalCustomFields answers the custom field values of a proposal the caller reads and,
// when the caller is staff whose reads are logged and the operation asks for the values,
// notes each value whose effective disclosure level is PERSONAL_DATA in the read log as
// customFields.<key> of the proposal. The levels come from the page's batched overrides.
func proposalCustomFields(ctx context.Context, p *model.Proposal) ([]*model.CustomFieldValue, error) {
	vals, err := customFieldsOf(ctx, model.OwnerProposal, p.ID, &p.OrganizationID)
	if err != nil || len(vals) == 0 {
		return vals, err
	}
	reader, ok := staffReader(ctx)
	if !ok || !selectsAny(ctx, valueFields) {
		return vals, nil
	}
	req, err := request(ctx)
	if err != nil {
		return nil, err
	}
	overrides, err := load(ctx, customFieldOverridesLoader, p.ID)
	if err != nil {
		return nil, err
	}
	for _, v := range disclosure.PersonalCustomFields(disclosure.TableOf(req.Municipality.Slug), overrides, vals) {
		readlog.Note(ctx, reader, string(model.OwnerProposal), p.ID, disclosure.CustomFieldPrefix+v.Key())
	}
	return vals, nil
}

// selectsAny reports whether the field being resolved selects any of names among its
// subfields (through fragments too).
func selectsAny(ctx context.Context, names map[string]bool) bool {
	if !graphql.HasOperationContext(ctx) || graphql.GetFieldContext(ctx) == nil {
		return true // outside an operation: assume the values are returned
	}
	for _, f := range graphql.CollectFieldsCtx(ctx, nil) {
		if names[f.Name] {
			return true
		}
	}
	return false
}
