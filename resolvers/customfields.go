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

// valueMember names the member of CustomFieldValue that answers a value of type t: only a
// selection of it returns the value (its key or definition are no one's personal data).
func valueMember(t model.CustomFieldType) string {
	switch t {
	case model.FieldText, model.FieldLongText:
		return "text"
	case model.FieldNumber:
		return "number"
	case model.FieldDate:
		return "date"
	case model.FieldBoolean:
		return "boolean"
	}
	return "choices"
}

// proposalCustomFields answers the custom field values of a proposal the caller reads and,
// when the caller is staff whose reads are logged, notes each value the operation receives
// (its type's member is selected) whose effective disclosure level is PERSONAL_DATA in the
// read log as customFields.<key> of the proposal. The levels come from the overrides the
// page loaded in one batch.
func proposalCustomFields(ctx context.Context, p *model.Proposal) ([]*model.CustomFieldValue, error) {
	vals, err := customFieldsOf(ctx, model.OwnerProposal, p.ID, &p.OrganizationID)
	if err != nil || len(vals) == 0 {
		return vals, err
	}
	reader, ok := staffReader(ctx)
	if !ok {
		return vals, nil
	}
	members := selectedMembers(ctx)
	if len(members) == 0 {
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
		if members[valueMember(v.Definition.Type)] {
			readlog.Note(ctx, reader, string(model.OwnerProposal), p.ID, disclosure.CustomFieldPrefix+v.Key())
		}
	}
	return vals, nil
}

// selectedMembers answers the subfields the field being resolved selects (through
// fragments too); nil outside a GraphQL field, where nothing is noted anyway.
func selectedMembers(ctx context.Context) map[string]bool {
	if !graphql.HasOperationContext(ctx) || graphql.GetFieldContext(ctx) == nil {
		return nil
	}
	out := map[string]bool{}
	for _, f := range graphql.CollectFieldsCtx(ctx, nil) {
		out[f.Name] = true
	}
	return out
}
