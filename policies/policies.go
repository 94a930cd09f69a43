// Package policies is pppdesk's one enforcement point: a Casbin model (RBAC with domains, the
// domain being the municipality) and a policy file, both embedded, that say which role may do
// which action on which resource, and how far (the scope).
package policies

import (
	_ "embed"
	"fmt"
	"os"
	"sync"

	"github.com/casbin/casbin/v2"
	casbinmodel "github.com/casbin/casbin/v2/model"
	stringadapter "github.com/casbin/casbin/v2/persist/string-adapter"
	"github.com/casbin/casbin/v2/util"

	"github.com/pppdesk/pppdesk/model"
)

//go:embed model.conf
var modelText string

//go:embed policy.csv
var defaultPolicy string

// DefaultPolicy answers the embedded policy, e.g. as a starting point for an override file.
func DefaultPolicy() string { return defaultPolicy }

// Policy answers permission questions. It is immutable once loaded, so answers are cached.
type Policy struct {
	e     *casbin.Enforcer
	cache sync.Map // key → answer
}

type answer struct {
	scope model.Scope
	ok    bool
}

// Load builds the policy from the embedded model and either the embedded policy or, when
// path is not empty, the policy file at path (a municipality's override).
func Load(path string) (*Policy, error) {
	text := defaultPolicy
	if path != "" {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("policy file: %w", err)
		}
		text = string(b)
	}
	return FromText(text)
}

// FromText builds the policy from policy text in Casbin's CSV form.
func FromText(text string) (*Policy, error) {
	m, err := casbinmodel.NewModelFromString(modelText)
	if err != nil {
		return nil, fmt.Errorf("policy model: %w", err)
	}
	e, err := casbin.NewEnforcer(m, stringadapter.NewAdapter(text))
	if err != nil {
		return nil, fmt.Errorf("policy: %w", err)
	}
	// "*" in the domain of a role line makes the inheritance hold in every municipality.
	e.AddNamedDomainMatchingFunc("g", "KeyMatch", util.KeyMatch)
	if err := e.BuildRoleLinks(); err != nil {
		return nil, fmt.Errorf("policy roles: %w", err)
	}
	return &Policy{e: e}, nil
}

// Scope answers the widest scope with which role may do action in the municipality
// (its slug), and whether it may at all.
func (p *Policy) Scope(role model.Role, municipality string, action Action) (model.Scope, bool) {
	obj, act := action.Resource, action.Verb
	key := string(role) + "\x00" + municipality + "\x00" + obj + "\x00" + act
	if a, ok := p.cache.Load(key); ok {
		return a.(answer).scope, a.(answer).ok
	}
	a := answer{}
	for _, s := range model.Scopes {
		ok, err := p.e.Enforce(string(role), municipality, obj, act, string(s))
		if err == nil && ok {
			a = answer{scope: s, ok: true}
			break
		}
	}
	p.cache.Store(key, a)
	return a.scope, a.ok
}

// Allowed reports whether role may do a with exactly scope s.
func (p *Policy) Allowed(role model.Role, municipality string, a Action, s model.Scope) bool {
	ok, err := p.e.Enforce(string(role), municipality, a.Resource, a.Verb, string(s))
	return err == nil && ok
}

// Rules answers every (resource, action) pair the policy mentions, for tests that check the
// schema and the policy against each other.
func (p *Policy) Rules() [][2]string {
	seen := map[[2]string]bool{}
	var out [][2]string
	rules, _ := p.e.GetPolicy()
	for _, r := range rules {
		k := [2]string{r[2], r[3]}
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}
