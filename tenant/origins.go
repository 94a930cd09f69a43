package tenant

import (
	"context"
	"net/netip"
	"net/url"
	"slices"
	"strings"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/policies"
)

// MaxOrigins bounds a municipality's CORS allow-list.
const MaxOrigins = 20

// Origins checks and normalises a municipality's CORS allow-list. Each entry is an origin
// as a browser sends it: scheme http or https, a host (DNS name, localhost or IP address)
// and an optional port — nothing else, no path, query, user or wildcard, because a
// municipality lists its own portals, not patterns (operator-wide patterns are the
// server's --cors-origins). Scheme and host are lower-cased, a default port (:443 for
// https, :80 for http) and one trailing "/" dropped, so the entry compares equal to the
// Origin header; duplicates are kept once, the list sorted.
func Origins(field string, in []string) ([]string, error) {
	if len(in) > MaxOrigins {
		return nil, apperr.Invalid(field, "at most %d origins", MaxOrigins)
	}
	out := []string{}
	for _, raw := range in {
		o, ok := normalOrigin(raw)
		if !ok {
			return nil, apperr.Invalid(field, "%q is not an origin such as https://portal.city.example.jp or http://localhost:3000 (scheme http or https, host, optional port; no path, query or wildcard)", raw)
		}
		if !slices.Contains(out, o) {
			out = append(out, o)
		}
	}
	slices.Sort(out)
	return out, nil
}

// normalOrigin answers raw as the browser would send it in an Origin header, or false when
// it is not an http(s) origin.
func normalOrigin(raw string) (string, bool) {
	s := strings.TrimSuffix(strings.TrimSpace(raw), "/")
	if s == "" || strings.ContainsAny(s, "*?#@ \\") || len(s) > 255 {
		return "", false
	}
	u, err := url.Parse(s)
	if err != nil || u.Opaque != "" || u.User != nil || u.Path != "" || u.RawQuery != "" || u.Fragment != "" {
		return "", false
	}
	scheme := strings.ToLower(u.Scheme)
	if scheme != "http" && scheme != "https" {
		return "", false
	}
	host, port := strings.ToLower(u.Hostname()), u.Port()
	if host == "" {
		return "", false
	}
	if ip, err := netip.ParseAddr(host); err == nil {
		if ip.Zone() != "" {
			return "", false
		}
		if ip.Is6() && !ip.Is4In6() {
			host = "[" + ip.String() + "]"
		} else {
			host = ip.String()
		}
	} else if !hostPattern.MatchString(strings.TrimSuffix(host, ".")) || strings.HasSuffix(host, ".") {
		return "", false
	}
	if (scheme == "https" && port == "443") || (scheme == "http" && port == "80") {
		port = ""
	}
	if port != "" {
		host += ":" + port
	}
	return scheme + "://" + host, true
}

// OriginsOf answers a municipality's allowed origins to the desk of that municipality and
// to the platform ADMIN; others get an empty list: the list is configuration, not portal
// content (though any browser learns whether its own origin is allowed).
func (s *Service) OriginsOf(ctx context.Context, c *policies.Caller, m *model.Municipality) ([]string, error) {
	_, desk := c.Scope(policies.UpdateMunicipality)
	_, admin := c.Scope(policies.ListMunicipalities)
	if !(desk && m.ID == c.Municipality.ID) && !admin || m.ID == 0 {
		return []string{}, nil
	}
	return s.store.Origins(ctx, m.ID)
}
