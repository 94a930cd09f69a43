package tenant

import (
	"context"
	"encoding/json"
	"errors"
	"net/netip"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/audit"
	"github.com/pppdesk/pppdesk/auth"
	"github.com/pppdesk/pppdesk/input"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/notify"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/store"
	"github.com/pppdesk/pppdesk/urls"
)

// InvitationTTL is how long an invitation made by createMunicipality or the command line
// can be accepted, unless the operator gives another (--invitation-ttl).
const InvitationTTL = 7 * 24 * time.Hour

// Limits of the municipality's own fields.
const (
	MaxHosts        = 20
	MaxTermsText    = 50000
	MaxTermsVersion = 40
	MaxMailSubject  = 200
	MaxMailBody     = 20000
)

// slugPattern is what a slug may be: it travels in a header and in URLs, so lower-case
// ASCII letters, digits and hyphens, starting with a letter. "_platform" (the ADMIN's
// context) can never be one.
var slugPattern = regexp.MustCompile(`^[a-z][a-z0-9-]{1,39}$`)

// colorPattern is a colour as the portal's CSS takes it.
var colorPattern = regexp.MustCompile(`^#[0-9A-Fa-f]{6}$`)

// hostPattern is a DNS host name (no port, no scheme), lower case.
var hostPattern = regexp.MustCompile(`^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$`)

// NewMunicipality is what onboarding a municipality needs: the municipality and the email
// of its first desk account, which is invited to set its own password.
type NewMunicipality struct {
	Slug       string
	Name       string
	Prefecture string
	DeskEmail  string
}

// Onboarded is the answer of CreateMunicipality: the municipality, its desk account and the
// invitation token to hand to the desk (shown once; only its hash is stored).
type Onboarded struct {
	Municipality *model.Municipality
	Desk         *model.User
	Token        string
	ExpiresAt    time.Time
}

// CreateMunicipality onboards a municipality: the municipality, its root department, a DESK
// account in it without a usable password, and the desk's invitation, in one transaction
// with its audit entry. c is the signed-in ADMIN (it needs policies.CreateMunicipality); nil
// is the operator at the command line, who has the database already. ttl 0 means
// InvitationTTL.
func (s *Service) CreateMunicipality(ctx context.Context, c *policies.Caller, in NewMunicipality, ttl time.Duration) (*Onboarded, error) {
	via := "cli"
	if c != nil {
		if _, err := c.Authorize(policies.CreateMunicipality); err != nil {
			return nil, err
		}
		via = "admin"
	}
	slug := strings.TrimSpace(in.Slug)
	if !slugPattern.MatchString(slug) {
		return nil, apperr.Invalid("slug", "%q is not a valid slug: 2 to 40 lower-case letters, digits or hyphens, starting with a letter (e.g. hirosaki)", in.Slug)
	}
	name, err := input.Text("name", in.Name, true, input.MaxName)
	if err != nil {
		return nil, err
	}
	pref, err := input.Text("prefecture", in.Prefecture, true, input.MaxName)
	if err != nil {
		return nil, err
	}
	email, err := auth.NormalizeEmail("deskEmail", in.DeskEmail)
	if err != nil {
		return nil, err
	}
	if ttl <= 0 {
		ttl = InvitationTTL
	}
	now := s.clock()
	m := &model.Municipality{Slug: slug, Name: name, Prefecture: pref, DeskName: name + "公民連携デスク", CreatedAt: now, UpdatedAt: now}
	root := &model.Department{Name: name, Kind: model.DepartmentBureau, Version: 1, Stamps: model.Stamps{CreatedAt: now, UpdatedAt: now}}
	// No password yet: an empty hash never verifies (auth refuses it like a wrong password).
	desk := &model.User{Email: email, DisplayName: m.DeskName, Role: model.RoleDesk, Stamps: model.Stamps{CreatedAt: now, UpdatedAt: now}}
	token, hash := auth.NewInvitationToken()
	expires := now.Add(ttl)
	err = s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		if err := store.CreateMunicipality(ctx, tx, m); err != nil {
			if errors.Is(err, store.ErrDuplicate) {
				return apperr.Invalid("slug", "a municipality with the slug %q already exists", slug)
			}
			return err
		}
		root.MunicipalityID = m.ID
		if err := store.Insert(ctx, tx, root); err != nil {
			return err
		}
		desk.MunicipalityID, desk.DepartmentID = m.ID, &root.ID
		if err := store.CreateUser(ctx, tx, desk); err != nil {
			if errors.Is(err, store.ErrDuplicate) {
				return apperr.Invalid("deskEmail", "an account with this email already exists")
			}
			return err
		}
		mid := m.ID
		if err := store.Insert(ctx, tx, &model.AccountInvitation{MunicipalityID: &mid, AccountID: desk.ID, TokenHash: hash, ExpiresAt: expires, CreatedAt: now}); err != nil {
			return err
		}
		changes := map[string]any{"slug": slug, "via": via}
		if c != nil && c.User != nil {
			changes["admin"] = c.User.ID // a platform_admins ID, not a user of the municipality
		}
		// The actor is left empty: an ADMIN is no account of the municipality.
		return store.Insert(ctx, tx, &model.AuditEntry{MunicipalityID: m.ID, Action: "municipality.create",
			TargetType: "Municipality", TargetID: m.ID, Changes: jsonOf(changes), At: now})
	})
	if err != nil {
		return nil, err
	}
	return &Onboarded{Municipality: m, Desk: desk, Token: token, ExpiresAt: expires}, nil
}

// Municipalities lists every municipality, for the platform ADMIN.
func (s *Service) Municipalities(ctx context.Context, c *policies.Caller) ([]*model.Municipality, error) {
	if _, err := c.Authorize(policies.ListMunicipalities); err != nil {
		return nil, err
	}
	return s.store.Municipalities(ctx)
}

// MunicipalityUpdate is what the desk changes of its municipality; nil fields stay as they
// are. Hosts replaces the host list, AllowedOrigins the CORS allow-list; Terms adds a new version of the proposal terms
// (TermsVersion names it, or one is made up). The JSON names are the API's, which the audit
// entry lists.
type MunicipalityUpdate struct {
	Name           *string   `json:"name,omitempty"`
	DeskName       *string   `json:"deskName,omitempty"`
	DeskDepartment *string   `json:"deskDepartment,omitempty"`
	PostalCode     *string   `json:"postalCode,omitempty"`
	Address        *string   `json:"address,omitempty"`
	Phone          *string   `json:"phone,omitempty"`
	Email          *string   `json:"email,omitempty"`
	PortalURL      *string   `json:"portalUrl,omitempty"`
	LogoMediaID    *int64    `json:"logoMediaId,omitempty"`
	ClearLogo      bool      `json:"-"`
	PrimaryColor   *string   `json:"primaryColor,omitempty"`
	SecondaryColor *string   `json:"secondaryColor,omitempty"`
	Hosts          *[]string `json:"hosts,omitempty"`
	AllowedOrigins *[]string `json:"allowedOrigins,omitempty"`
	Terms          *string   `json:"terms,omitempty"`
	TermsVersion   *string   `json:"termsVersion,omitempty"`
	// ItemURLTemplate is the URL of item pages with {type}, {slug} and {id} (see urls);
	// empty removes it.
	ItemURLTemplate *string `json:"itemUrlTemplate,omitempty"`
}

// UpdateMunicipality changes the caller's own municipality (the desk), with its audit entry
// in the same transaction, and answers it as stored.
func (s *Service) UpdateMunicipality(ctx context.Context, c *policies.Caller, in MunicipalityUpdate) (*model.Municipality, error) {
	if _, err := c.Authorize(policies.UpdateMunicipality); err != nil {
		return nil, err
	}
	m := *c.Municipality
	err := input.Set(
		input.F("input.name", in.Name, &m.Name, input.MaxName, true),
		input.F("input.deskName", in.DeskName, &m.DeskName, input.MaxName, true),
		input.F("input.deskDepartment", in.DeskDepartment, &m.DeskDepartment, input.MaxName, false),
		input.F("input.postalCode", in.PostalCode, &m.PostalCode, 10, false),
		input.F("input.address", in.Address, &m.Address, input.MaxAddress, false),
		input.F("input.phone", in.Phone, &m.Phone, 30, false),
		input.F("input.portalUrl", in.PortalURL, &m.PortalURL, input.MaxURL, false),
	)
	if err != nil {
		return nil, err
	}
	if in.Email != nil {
		if strings.TrimSpace(*in.Email) == "" {
			m.Email = ""
		} else if m.Email, err = auth.NormalizeEmail("input.email", *in.Email); err != nil {
			return nil, err
		}
	}
	if in.PortalURL != nil && m.PortalURL != "" {
		if u, err := url.Parse(m.PortalURL); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			return nil, apperr.Invalid("input.portalUrl", "is not an http(s) URL")
		}
	}
	if in.ItemURLTemplate != nil {
		if m.ItemURLTemplate, err = urls.CheckTemplate("input.itemUrlTemplate", *in.ItemURLTemplate); err != nil {
			return nil, err
		}
	}
	b, err := s.store.Branding(ctx, m.ID)
	if err != nil {
		return nil, err
	}
	if b == nil {
		b = &model.MunicipalityBranding{MunicipalityID: m.ID}
	}
	for _, col := range []struct {
		field string
		in    *string
		dst   *string
	}{{"input.primaryColor", in.PrimaryColor, &b.PrimaryColor}, {"input.secondaryColor", in.SecondaryColor, &b.SecondaryColor}} {
		if col.in == nil {
			continue
		}
		v := strings.TrimSpace(*col.in)
		if v != "" && !colorPattern.MatchString(v) {
			return nil, apperr.Invalid(col.field, "%q is not a colour written #RRGGBB", v)
		}
		*col.dst = strings.ToUpper(v)
	}
	if in.LogoMediaID != nil {
		ok, err := s.store.MediaExists(ctx, m.ID, *in.LogoMediaID)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, apperr.Invalid("input.logoMediaId", "no such media file in this municipality")
		}
		b.LogoMediaID = in.LogoMediaID
	} else if in.ClearLogo {
		b.LogoMediaID = nil
	}
	var hosts []string
	if in.Hosts != nil {
		if hosts, err = Hosts("input.hosts", *in.Hosts); err != nil {
			return nil, err
		}
	}
	var origins []string
	if in.AllowedOrigins != nil {
		if origins, err = Origins("input.allowedOrigins", *in.AllowedOrigins); err != nil {
			return nil, err
		}
	}
	var terms *model.MunicipalityTerms
	if in.Terms != nil {
		if terms, err = s.newTerms(ctx, c, in.Terms, in.TermsVersion); err != nil {
			return nil, err
		}
	} else if in.TermsVersion != nil {
		return nil, apperr.Invalid("input.termsVersion", "names the version of new terms: give input.terms too")
	}
	now := s.clock()
	m.UpdatedAt = now
	b.UpdatedAt = now
	err = s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		if err := store.UpdateMunicipality(ctx, tx, &m); err != nil {
			return err
		}
		if in.PrimaryColor != nil || in.SecondaryColor != nil || in.LogoMediaID != nil || in.ClearLogo || b.ID != 0 {
			if err := store.SaveBranding(ctx, tx, b); err != nil {
				return err
			}
		}
		if in.Hosts != nil {
			if err := store.SetHosts(ctx, tx, m.ID, hosts, now); err != nil {
				if errors.Is(err, store.ErrDuplicate) {
					return apperr.Invalid("input.hosts", "a host name is already used by another municipality")
				}
				return err
			}
		}
		if in.AllowedOrigins != nil {
			if err := store.SetOrigins(ctx, tx, m.ID, origins, now); err != nil {
				return err
			}
		}
		if terms != nil {
			terms.CreatedAt = now
			if err := store.AddTerms(ctx, tx, terms); err != nil {
				if errors.Is(err, store.ErrDuplicate) {
					return apperr.New(apperr.Conflict, "terms version %q exists already; a version names one text forever, so give a new one", terms.Version)
				}
				return err
			}
		}
		changes := audit.Fields(in)
		if in.ClearLogo {
			changes["fields"] = append(changes["fields"].([]string), "logoMediaId")
		}
		if terms != nil {
			changes["termsVersion"] = terms.Version
		}
		return audit.Record(ctx, tx, c, now, audit.Entry{Action: "municipality.update", TargetType: "Municipality", TargetID: m.ID, Changes: changes})
	})
	if err != nil {
		return nil, err
	}
	return &m, nil
}

// newTerms checks new terms text and its version, making one up from the date when none is
// given.
func (s *Service) newTerms(ctx context.Context, c *policies.Caller, text, version *string) (*model.MunicipalityTerms, error) {
	body, err := input.Text("input.terms", *text, true, MaxTermsText)
	if err != nil {
		return nil, err
	}
	t := &model.MunicipalityTerms{MunicipalityID: c.Municipality.ID, Body: body}
	if c.User != nil {
		t.CreatedByID = &c.User.ID
	}
	if version != nil {
		v, err := input.Text("input.termsVersion", *version, true, MaxTermsVersion)
		if err != nil {
			return nil, err
		}
		t.Version = v
		return t, nil
	}
	cur, err := s.store.CurrentTerms(ctx, s.store.DB, c.Municipality.ID)
	if err != nil {
		return nil, err
	}
	n := 1
	if cur != nil {
		n = int(cur.ID) // grows with every version, so a made-up version is never reused
	}
	t.Version = c.Municipality.Slug + "-" + s.clock().Format("20060102") + "-" + strconv.Itoa(n+1)
	return t, nil
}

// Hosts checks and normalises a host list: lower-case DNS names without port or scheme,
// each once, at most MaxHosts.
func Hosts(field string, in []string) ([]string, error) {
	if len(in) > MaxHosts {
		return nil, apperr.Invalid(field, "at most %d host names", MaxHosts)
	}
	out := []string{}
	for _, h := range in {
		h = strings.TrimSuffix(strings.ToLower(strings.TrimSpace(h)), ".")
		// A dotted name only: "localhost" or a bare name would catch requests meant for the
		// server itself rather than for one city's portal.
		// Nor an address: a request to the server's own IP is not a city's portal.
		if _, err := netip.ParseAddr(strings.Trim(h, "[]")); err == nil {
			return nil, apperr.Invalid(field, "%q is an IP address; give the portal's DNS name such as portal.city.example.jp", h)
		}
		if len(h) > 253 || !hostPattern.MatchString(h) || !strings.Contains(h, ".") {
			return nil, apperr.Invalid(field, "%q is not a host name such as portal.city.example.jp (no scheme, port or path)", h)
		}
		if !slices.Contains(out, h) {
			out = append(out, h)
		}
	}
	slices.Sort(out)
	return out, nil
}

// HostsOf answers a municipality's host names to the desk of that municipality and to the
// platform ADMIN; others get nil (null): the list is configuration, not portal content.
func (s *Service) HostsOf(ctx context.Context, c *policies.Caller, m *model.Municipality) ([]string, error) {
	_, desk := c.Scope(policies.UpdateMunicipality)
	_, admin := c.Scope(policies.ListMunicipalities)
	if !(desk && m.ID == c.Municipality.ID) && !admin || m.ID == 0 {
		return nil, nil
	}
	return s.store.Hosts(ctx, m.ID)
}

// BrandingOf answers a municipality's branding; the zero value when it set none.
func (s *Service) BrandingOf(ctx context.Context, mid int64) (*model.MunicipalityBranding, error) {
	b, err := s.store.Branding(ctx, mid)
	if err != nil || b != nil {
		return b, err
	}
	return &model.MunicipalityBranding{MunicipalityID: mid}, nil
}

// SetMailTemplate sets the municipality's own subject and body of one notification mail
// (notify.TemplateKeys); both empty return to the default. The template must parse and
// render with the mail's fields, so a broken one is refused here, not at sending time.
func (s *Service) SetMailTemplate(ctx context.Context, c *policies.Caller, key, subject, body string) (*model.MailTemplate, error) {
	if _, err := c.Authorize(policies.UpdateMunicipality); err != nil {
		return nil, err
	}
	if !slices.Contains(notify.TemplateKeys, key) {
		return nil, apperr.Invalid("key", "%q is not a mail; one of %s", key, strings.Join(notify.TemplateKeys, ", "))
	}
	subject, err := input.Text("subject", subject, false, MaxMailSubject)
	if err != nil {
		return nil, err
	}
	if strings.ContainsAny(subject, "\r\n") {
		return nil, apperr.Invalid("subject", "must be one line")
	}
	if body, err = input.Text("body", body, false, MaxMailBody); err != nil {
		return nil, err
	}
	if (subject == "") != (body == "") {
		return nil, apperr.Invalid("body", "give both subject and body, or neither to return to the default")
	}
	if subject != "" {
		if err := notify.CheckTemplate("subject", subject); err != nil {
			return nil, apperr.Invalid("subject", "%v", err)
		}
		if err := notify.CheckTemplate("body", body); err != nil {
			return nil, apperr.Invalid("body", "%v", err)
		}
	}
	now := s.clock()
	t := &model.MailTemplate{MunicipalityID: c.Municipality.ID, Key: key, Subject: subject, Body: body, UpdatedAt: now}
	err = s.store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		if err := store.SaveMailTemplate(ctx, tx, t); err != nil {
			return err
		}
		return audit.Record(ctx, tx, c, now, audit.Entry{Action: "municipality.mailTemplate", TargetType: "Municipality", TargetID: c.Municipality.ID,
			Changes: map[string]any{"key": key, "default": subject == ""}})
	})
	if err != nil {
		return nil, err
	}
	return t, nil
}

// MailTemplates answers the caller's municipality's mail template overrides, by key.
func (s *Service) MailTemplates(ctx context.Context, c *policies.Caller) (map[string]*model.MailTemplate, error) {
	if _, err := c.Authorize(policies.UpdateMunicipality); err != nil {
		return nil, err
	}
	return store.MailTemplates(ctx, s.store.DB, c.Municipality.ID)
}

// jsonOf encodes an audit entry's changes.
func jsonOf(v map[string]any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return "{}"
	}
	return string(b)
}
