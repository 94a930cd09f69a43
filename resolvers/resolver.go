// Package resolvers implements the GraphQL schema. Resolvers stay thin: they parse arguments,
// ask the policy, call the store and shape the answer.
package resolvers

import (
	"time"

	"github.com/pppdesk/pppdesk/store"
)

// Resolver is the root resolver; it holds the server's dependencies.
type Resolver struct {
	Store *store.Store
	// Now is the server clock; tests replace it to move time without sleeping.
	Now func() time.Time
}
