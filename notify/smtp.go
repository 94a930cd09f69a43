package notify

import (
	"context"
	"crypto/rand"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"net/mail"
	"strings"
	"sync"
	"time"

	gomail "github.com/wneessen/go-mail"
)

// TLS modes accepted in SMTPConfig.TLS.
const (
	tlsNone     = "none"
	tlsSTARTTLS = "starttls"
	tlsImplicit = "tls"
)

// defaultTimeout bounds one Send when SMTPConfig.Timeout is zero, so that a
// stuck mail server cannot hold a request forever.
const defaultTimeout = 30 * time.Second

// SMTPConfig is the SMTP configuration, as read from the deployment's
// settings; NewSMTP checks it once at start-up so mistakes show early.
type SMTPConfig struct {
	// Host is the SMTP server's host name or IP address.
	Host string
	// Port is the SMTP server's port (1..65535), e.g. 587 for "starttls"
	// or 465 for "tls".
	Port int
	// Username and Password, when Username is set, authenticate to the
	// server. The strongest mechanism the server offers is chosen; without
	// TLS only challenge-response mechanisms are used, so a password is
	// never sent in the clear.
	Username, Password string
	// From is the sender, e.g. "desk@example.jp" or
	// "青森市公民連携デスク <desk@example.jp>".
	From string
	// TLS is "none" (plain text, e.g. a relay on localhost), "starttls"
	// (upgrade required) or "tls" (implicit TLS). Empty means "starttls".
	TLS string
	// Timeout bounds one whole Send: connecting, the SMTP conversation
	// and closing. Zero means 30 seconds.
	Timeout time.Duration
}

// SMTP sends messages through an SMTP server; it is the Mailer that real
// deployments use. It is safe for concurrent use: every Send opens its own
// connection, which suits the low volume of a partnership desk.
type SMTP struct {
	host     string
	port     int
	username string
	password string
	from     *mail.Address
	tlsMode  string
	timeout  time.Duration
	msgIDDom string
}

// NewSMTP validates cfg and returns a Mailer that sends through it, so that
// a misconfiguration fails at start-up with an error naming the field
// instead of at the first notification.
func NewSMTP(cfg SMTPConfig) (*SMTP, error) {
	host := strings.TrimSpace(cfg.Host)
	if host == "" {
		return nil, errors.New("notify: SMTPConfig.Host is empty")
	}
	if strings.ContainsAny(host, " \t\r\n/") {
		return nil, fmt.Errorf("notify: SMTPConfig.Host %q is not a host name", cfg.Host)
	}
	if cfg.Port < 1 || cfg.Port > 65535 {
		return nil, fmt.Errorf("notify: SMTPConfig.Port %d is out of range 1..65535", cfg.Port)
	}
	if strings.TrimSpace(cfg.From) == "" {
		return nil, errors.New("notify: SMTPConfig.From is empty")
	}
	from, err := mail.ParseAddress(cfg.From)
	if err != nil {
		return nil, fmt.Errorf("notify: SMTPConfig.From %q is not a valid address: %w", cfg.From, err)
	}
	mode := strings.ToLower(strings.TrimSpace(cfg.TLS))
	if mode == "" {
		mode = tlsSTARTTLS
	}
	switch mode {
	case tlsNone, tlsSTARTTLS, tlsImplicit:
	default:
		return nil, fmt.Errorf("notify: SMTPConfig.TLS %q must be %q, %q or %q", cfg.TLS, tlsNone, tlsSTARTTLS, tlsImplicit)
	}
	if cfg.Timeout < 0 {
		return nil, fmt.Errorf("notify: SMTPConfig.Timeout %v is negative", cfg.Timeout)
	}
	if cfg.Username == "" && cfg.Password != "" {
		return nil, errors.New("notify: SMTPConfig.Username is empty but a Password is set")
	}
	if cfg.Username != "" && cfg.Password == "" {
		return nil, errors.New("notify: SMTPConfig.Password is empty but a Username is set")
	}
	timeout := cfg.Timeout
	if timeout == 0 {
		timeout = defaultTimeout
	}
	s := &SMTP{
		host:     host,
		port:     cfg.Port,
		username: cfg.Username,
		password: cfg.Password,
		from:     from,
		tlsMode:  mode,
		timeout:  timeout,
		msgIDDom: messageIDDomain(from.Address),
	}
	// Build one client now so that anything go-mail itself rejects also
	// surfaces at start-up.
	if _, err := s.client(s.dialer()); err != nil {
		return nil, fmt.Errorf("notify: SMTPConfig: %w", err)
	}
	return s, nil
}

// Send delivers m as one text/plain UTF-8 email: the Japanese text, a line
// "-----", then the English text. A single part keeps every mail client
// happy, and readers of either language find their part in the same mail.
// Send gives up when ctx is done or the configured Timeout has passed,
// even if the server has stopped answering.
func (s *SMTP) Send(ctx context.Context, m Message) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("notify: send: %w", err)
	}
	msg, err := s.compose(m)
	if err != nil {
		return err
	}

	ctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()

	var (
		mu    sync.Mutex
		stops []func() bool
	)
	defer func() {
		mu.Lock()
		defer mu.Unlock()
		for _, stop := range stops {
			stop()
		}
	}()
	// go-mail uses the context only while dialling; afterwards it relies on
	// I/O deadlines. Closing the connection when ctx is done makes every
	// blocked read or write return at once, so cancellation is honoured
	// during the whole SMTP conversation.
	dial := s.dialer()
	withCancel := func(dctx context.Context, network, addr string) (net.Conn, error) {
		conn, err := dial(dctx, network, addr)
		if err != nil {
			return nil, err
		}
		stop := context.AfterFunc(ctx, func() { _ = conn.Close() })
		mu.Lock()
		stops = append(stops, stop)
		mu.Unlock()
		return conn, nil
	}
	c, err := s.client(withCancel)
	if err != nil {
		return fmt.Errorf("notify: send: %w", err)
	}

	if err := c.DialAndSendWithContext(ctx, msg); err != nil {
		if cerr := context.Cause(ctx); cerr != nil {
			return fmt.Errorf("notify: send: %w: %w", cerr, err)
		}
		return fmt.Errorf("notify: send: %w", err)
	}
	return nil
}

// compose turns m into a go-mail message with our headers and body layout.
func (s *SMTP) compose(m Message) (*gomail.Msg, error) {
	to, err := mail.ParseAddress(m.To)
	if err != nil {
		return nil, fmt.Errorf("notify: Message.To %q is not a valid address: %w", m.To, err)
	}
	msg := gomail.NewMsg(
		gomail.WithCharset(gomail.CharsetUTF8),
		// Base64 keeps Japanese text compact and is what Japanese mail
		// clients expect; it also selects B-encoding for the subject.
		gomail.WithEncoding(gomail.EncodingB64),
		gomail.WithNoDefaultUserAgent(),
	)
	msg.FromMailAddress(s.from)
	msg.ToMailAddress(to)
	msg.Subject(singleLine(m.Subject))
	msg.SetMessageIDWithValue(messageIDLocal(m.ID) + "@" + s.msgIDDom)
	msg.SetDate()
	// These are automatic notifications: ask vacation responders and the
	// like not to answer them (RFC 3834).
	msg.SetGenHeader("Auto-Submitted", "auto-generated")
	msg.SetBodyString(gomail.TypeTextPlain, body(m))
	return msg, nil
}

// body is the text of the single text/plain part that SMTP sends for m: the
// Japanese text, a line "-----", then the English text. Lines end in CRLF,
// the canonical form for text that is then base64-encoded (RFC 2045).
func body(m Message) string {
	ja := strings.TrimRight(toLF(m.TextJA), "\n")
	en := strings.TrimRight(toLF(m.TextEN), "\n")
	var b string
	switch {
	case en == "":
		b = ja + "\n"
	case ja == "":
		b = en + "\n"
	default:
		b = ja + "\n\n-----\n\n" + en + "\n"
	}
	return strings.ReplaceAll(b, "\n", "\r\n")
}

// toLF turns CRLF and lone CR line ends into LF.
func toLF(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

// client builds a go-mail client for one Send that connects through dial.
func (s *SMTP) client(dial gomail.DialContextFunc) (*gomail.Client, error) {
	opts := []gomail.Option{
		gomail.WithDialContextFunc(dial),
		gomail.WithPort(s.port),
		gomail.WithTimeout(s.timeout),
		gomail.WithTLSConfig(s.tlsConfig()),
	}
	switch s.tlsMode {
	case tlsNone:
		opts = append(opts, gomail.WithTLSPolicy(gomail.NoTLS))
	case tlsSTARTTLS:
		opts = append(opts, gomail.WithTLSPolicy(gomail.TLSMandatory))
	case tlsImplicit:
		// Our dialer does the TLS handshake itself (see dialer). With an
		// opportunistic policy go-mail then finds the connection already
		// encrypted, which lets it choose PLAIN/LOGIN for authentication.
		opts = append(opts, gomail.WithTLSPolicy(gomail.TLSOpportunistic))
	}
	if s.username != "" {
		opts = append(opts,
			gomail.WithSMTPAuth(gomail.SMTPAuthAutoDiscover),
			gomail.WithUsername(s.username),
			gomail.WithPassword(s.password),
		)
	}
	return gomail.NewClient(s.host, opts...)
}

// dialer connects to the server, with implicit TLS when configured.
func (s *SMTP) dialer() gomail.DialContextFunc {
	nd := &net.Dialer{}
	if s.tlsMode == tlsImplicit {
		td := &tls.Dialer{NetDialer: nd, Config: s.tlsConfig()}
		return td.DialContext
	}
	return nd.DialContext
}

func (s *SMTP) tlsConfig() *tls.Config {
	return &tls.Config{ServerName: s.host, MinVersion: tls.VersionTLS12}
}

// messageIDDomain picks the right-hand side of our Message-IDs: the sender's
// domain when it is plain ASCII, so IDs are unique to this deployment.
func messageIDDomain(addr string) string {
	at := strings.LastIndexByte(addr, '@')
	if at < 0 || at == len(addr)-1 {
		return "localhost"
	}
	dom := addr[at+1:]
	for _, r := range dom {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '-') {
			return "localhost"
		}
	}
	return dom
}

// messageIDLocal answers the local part of a Message-ID: the message's own ID when it is
// a safe dot-atom, else a random one.
func messageIDLocal(id string) string {
	if id == "" || len(id) > 100 || id[0] == '.' || id[len(id)-1] == '.' || strings.Contains(id, "..") {
		return rand.Text()
	}
	for _, r := range id {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '-' || r == '_') {
			return rand.Text()
		}
	}
	return id
}

// singleLine folds line breaks into spaces so that user-supplied text (a
// proposal title, say) can never break a header or a one-line field.
func singleLine(s string) string {
	s = strings.NewReplacer("\r\n", " ", "\r", " ", "\n", " ").Replace(s)
	return strings.TrimSpace(s)
}
