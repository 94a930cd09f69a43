package policies

import (
	"sort"

	"github.com/pppdesk/pppdesk/model"
)

// Permission is one action a role may do and the widest scope it may do it with: what a
// client (the staff admin) shows or hides, asked from the loaded policy so that a
// municipality's own policy file changes the answer without a second copy in the client.
type Permission struct {
	Action Action
	Scope  model.Scope
}

// Permissions answers every action of the loaded policy that role may do in the
// municipality (its slug), with the widest scope, ordered by resource and verb. Inherited
// rights (every signed-in role has the public's) are included.
func (p *Policy) Permissions(role model.Role, municipality string) []Permission {
	var out []Permission
	for _, r := range p.Rules() {
		a := Action{Resource: r[0], Verb: r[1]}
		if s, ok := p.Scope(role, municipality, a); ok {
			out = append(out, Permission{Action: a, Scope: s})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Action.Resource != out[j].Action.Resource {
			return out[i].Action.Resource < out[j].Action.Resource
		}
		return out[i].Action.Verb < out[j].Action.Verb
	})
	return out
}

// Permissions answers what the caller may do in its municipality, for its role (PUBLIC
// when anonymous).
func (c *Caller) Permissions() []Permission {
	return c.policy.Permissions(c.Role(), c.Municipality.Slug)
}
