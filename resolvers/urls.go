package resolvers

import "context"

type baseKey struct{}

// WithBase keeps the public base of the server's URLs for the request: an absolute URL
// without trailing slash (the operator's --public-url, e.g. https://api.city.example.jp/ppp),
// or the path prefix pppdesk is mounted under ("/ppp", or "" at the root). Every URL the
// server emits goes through URL, so it stays right when pppdesk is mounted under a prefix.
func WithBase(ctx context.Context, base string) context.Context {
	return context.WithValue(ctx, baseKey{}, base)
}

// URL answers a root-relative server path (MediaPath+id, "/feeds/atom.xml", …) as the URL
// a client should follow: the request's base (see WithBase) and the path.
func URL(ctx context.Context, path string) string {
	base, _ := ctx.Value(baseKey{}).(string)
	return base + path
}
