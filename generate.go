package pppdesk

//go:generate go tool gqlgen generate

// The schema reference is written from the same files gqlgen reads, so it cannot drift.
//go:generate go run ./schemadoc/cmd/schemadoc -out docs/schema
