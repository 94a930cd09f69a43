package resolvers

import (
	"context"

	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/policies"
)

// primeInquiries loads the replies and forwards a page of inquiries selected, one query per
// relation for the whole page, into each row's FollowUp.
func (r *Resolver) primeInquiries(ctx context.Context, c *policies.Caller, items []*model.Inquiry, selected map[string]bool) error {
	if len(items) == 0 || (!selected["replies"] && !selected["forwardedTo"]) {
		return nil
	}
	ids := make([]int64, len(items))
	for i, q := range items {
		ids[i] = q.ID
		if q.FollowUp == nil {
			q.FollowUp = &model.InquiryFollowUp{}
		}
	}
	if selected["replies"] {
		by, err := r.inquiryService().Replies(ctx, c, ids)
		if err != nil {
			return err
		}
		for _, q := range items {
			q.FollowUp.Replies, q.FollowUp.RepliesLoaded = by[q.ID], true
		}
	}
	if selected["forwardedTo"] {
		by, err := r.inquiryService().ForwardedTo(ctx, c, ids)
		if err != nil {
			return err
		}
		for _, q := range items {
			q.FollowUp.ForwardedTo, q.FollowUp.ForwardsLoaded = by[q.ID], true
		}
	}
	return nil
}

// nonNil answers an empty list for nil, as a non-null GraphQL list needs.
func nonNil[T any](xs []*T) []*T {
	if xs == nil {
		return []*T{}
	}
	return xs
}

// followUp answers one inquiry's replies or forwards: the list the page preloaded when it
// did, else one read of this inquiry alone (node(id:) and mutation answers).
func followUp[T any](ctx context.Context, id int64, loaded bool, preloaded func() []*T,
	load func(context.Context, *policies.Caller, []int64) (map[int64][]*T, error)) ([]*T, error) {
	if loaded {
		return nonNil(preloaded()), nil
	}
	req, err := request(ctx)
	if err != nil {
		return nil, err
	}
	by, err := load(ctx, req.Caller, []int64{id})
	if err != nil {
		return nil, err
	}
	return nonNil(by[id]), nil
}
