package resolvers

import "time"

func (r *Resolver) now() time.Time { return r.Now().UTC().Truncate(time.Second) }
