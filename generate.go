package pppdesk

//go:generate go tool gqlgen generate
