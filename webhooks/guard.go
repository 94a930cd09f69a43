package webhooks

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"syscall"
	"time"

	"golang.org/x/net/idna"
)

// ErrRefused reports an endpoint in address space webhooks may not reach.
var ErrRefused = errors.New("address not allowed")

// refusedPrefixes are address ranges beyond what netip's predicates cover: shared address
// space (carrier-grade NAT), IETF protocol assignments, benchmarking, reserved, and "this
// network".
var refusedPrefixes = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),
	netip.MustParsePrefix("100.64.0.0/10"),
	netip.MustParsePrefix("192.0.0.0/24"),
	netip.MustParsePrefix("198.18.0.0/15"),
	netip.MustParsePrefix("240.0.0.0/4"),
	netip.MustParsePrefix("fec0::/10"), // deprecated site-local
	netip.MustParsePrefix("::/96"),     // deprecated IPv4-compatible (::127.0.0.1)
}

// nat64 embeds an IPv4 address in its last 32 bits; the embedded address is what is reached.
var nat64 = netip.MustParsePrefix("64:ff9b::/96")

// Guard decides which addresses webhook deliveries may reach. The check runs on the address
// actually dialled (a net.Dialer Control function), so a name that resolves differently at
// delivery time (DNS rebinding) or a redirect cannot reach private space either.
type Guard struct {
	// AllowPrivate lets deliveries reach loopback, private, link-local and unique-local
	// addresses (tests with loopback receivers, closed networks). The server's own
	// listening address stays refused.
	AllowPrivate bool
	// Own are the host:port addresses the server listens on.
	Own []string
	// Resolver resolves names at registration; nil means net.DefaultResolver.
	Resolver *net.Resolver
}

// Private reports addresses in loopback, private, link-local, unique-local, multicast,
// unspecified or otherwise reserved space, also in their IPv4-mapped and NAT64 forms.
func Private(ip netip.Addr) bool {
	ip = ip.Unmap()
	if ip.Is6() && nat64.Contains(ip) {
		b := ip.As16()
		ip = netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]})
	}
	if !ip.IsValid() || ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsInterfaceLocalMulticast() || ip.IsMulticast() || ip.IsUnspecified() || ip == netip.IPv4Unspecified() {
		return true
	}
	if ip.Is4() && ip.As4() == [4]byte{255, 255, 255, 255} {
		return true
	}
	for _, p := range refusedPrefixes {
		if p.Contains(ip) {
			return true
		}
	}
	return false
}

// Allowed answers nil when a delivery may connect to ip and port, ErrRefused otherwise.
func (g Guard) Allowed(ip netip.Addr, port string) error {
	ip = ip.Unmap()
	if g.own(ip, port) {
		return ErrRefused
	}
	if g.AllowPrivate {
		return nil
	}
	if Private(ip) || g.local(ip) {
		return ErrRefused
	}
	return nil
}

// own reports the server's listening address: the same port on a listened-on address, or
// on any local address when the server listens on all of them.
func (g Guard) own(ip netip.Addr, port string) bool {
	for _, a := range g.Own {
		host, p, err := net.SplitHostPort(a)
		if err != nil || p != port {
			continue
		}
		if host == "" || host == "localhost" {
			if ip.IsLoopback() || ip.IsUnspecified() || host == "" && g.local(ip) {
				return true
			}
			continue
		}
		h, err := netip.ParseAddr(host)
		if err != nil {
			continue
		}
		if h.Unmap() == ip || h.IsUnspecified() && (ip.IsLoopback() || ip.IsUnspecified() || g.local(ip)) {
			return true
		}
	}
	return false
}

// local reports an address of one of this machine's interfaces: the server itself, even
// when it has a public address.
func (g Guard) local(ip netip.Addr) bool {
	addrs, err := net.InterfaceAddrs()
	if err != nil {
		return false
	}
	for _, a := range addrs {
		if n, ok := a.(*net.IPNet); ok {
			if x, ok := netip.AddrFromSlice(n.IP); ok && x.Unmap() == ip {
				return true
			}
		}
	}
	return false
}

// Control is a net.Dialer Control function: it refuses a connection to a refused address
// after the name was resolved and before anything is sent.
func (g Guard) Control(_, address string, _ syscall.RawConn) error {
	host, port, err := net.SplitHostPort(address)
	if err != nil {
		return ErrRefused
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return ErrRefused
	}
	return g.Allowed(ip.WithZone(""), port)
}

// Client answers an HTTP client for deliveries: every connection passes Control, no proxy
// from the environment is used (it would hide the real destination), and redirects are not
// followed, so a receiver's answer is its own.
func (g Guard) Client() *http.Client {
	dialer := &net.Dialer{Timeout: 5 * time.Second, Control: g.Control}
	dial := func(ctx context.Context, network, addr string) (net.Conn, error) {
		// Names for this machine are refused before any lookup, whatever a resolver says.
		if host, _, err := net.SplitHostPort(addr); err == nil && !g.AllowPrivate && localName(host) {
			return nil, &net.OpError{Op: "dial", Net: network, Err: ErrRefused}
		}
		return dialer.DialContext(ctx, network, addr)
	}
	return &http.Client{
		Timeout: 10 * time.Second,
		Transport: &http.Transport{
			Proxy:                 nil,
			DialContext:           dial,
			TLSHandshakeTimeout:   5 * time.Second,
			ResponseHeaderTimeout: 10 * time.Second,
			MaxIdleConns:          10,
			IdleConnTimeout:       30 * time.Second,
		},
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
}

// CheckURL refuses, at registration, an endpoint whose host is a refused address, a name for
// the local machine, a numeric host in a form other than dotted decimal (2130706433,
// 0x7f.1, 0177.0.0.1), or a name that resolves to a refused address. A name that does not
// resolve now is accepted: the connect-time check still applies to every delivery.
func (g Guard) CheckURL(ctx context.Context, u *url.URL) error {
	host := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	if _, err := netip.ParseAddr(host); err != nil {
		// The HTTP client maps a non-ASCII host through IDNA before it dials, so
		// "127。0。0。1" or "①②⑦.0.0.1" reach 127.0.0.1: read the name the same way.
		ascii, err := idna.Lookup.ToASCII(host)
		if err != nil {
			return ErrRefused
		}
		host = strings.TrimSuffix(ascii, ".")
	}
	port := u.Port()
	if port == "" {
		port = map[string]string{"http": "80", "https": "443"}[u.Scheme]
	}
	if ip, err := netip.ParseAddr(host); err == nil {
		return g.Allowed(ip.WithZone(""), port)
	}
	if g.AllowPrivate {
		return nil
	}
	if host == "" || localName(host) {
		return ErrRefused
	}
	labels := strings.Split(host, ".")
	if last := labels[len(labels)-1]; strings.Trim(last, "0123456789") == "" || isHex(labels[0]) {
		return ErrRefused // numeric forms some resolvers read as IPv4 addresses
	}
	r := g.Resolver
	if r == nil {
		r = net.DefaultResolver
	}
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	ips, err := r.LookupNetIP(ctx, "ip", host)
	if err != nil {
		return nil
	}
	for _, ip := range ips {
		if err := g.Allowed(ip.WithZone(""), port); err != nil {
			return err
		}
	}
	return nil
}

func isHex(label string) bool {
	rest, ok := strings.CutPrefix(label, "0x")
	return ok && strings.Trim(rest, "0123456789abcdef") == ""
}

// localName reports the names of the local machine (RFC 6761 localhost and below).
func localName(host string) bool {
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	return host == "localhost" || strings.HasSuffix(host, ".localhost") || host == "localhost.localdomain"
}
