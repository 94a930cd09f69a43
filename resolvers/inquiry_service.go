package resolvers

import (
	"context"

	"github.com/pppdesk/pppdesk/inquiry"
	"github.com/pppdesk/pppdesk/policies"
)

// maxInquiriesPerHour limits contact-form messages per client address.
const maxInquiriesPerHour = 10

// newInquiries builds the contact-form service, limited per address by r.Limits.Inquiry.
func (r *Resolver) newInquiries() *inquiry.Service {
	return inquiry.New(inquiry.Deps{Store: r.Store, Mail: r.mailQueue(), Now: r.Now,
		Limit: func(ctx context.Context, c *policies.Caller) error {
			return r.limit(ctx, r.Limits.Inquiry, c, "inquiries")
		}})
}
