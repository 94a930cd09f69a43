package resolvers

import (
	"github.com/pppdesk/pppdesk/apperr"
)

var errSignIn = apperr.New(apperr.Unauthenticated, "sign in to subscribe")
