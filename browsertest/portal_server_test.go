package browsertest

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/alexedwards/argon2id"
	"github.com/chromedp/chromedp"

	"github.com/pppdesk/pppdesk"
	"github.com/pppdesk/pppdesk/auth"
	"github.com/pppdesk/pppdesk/demo"
	"github.com/pppdesk/pppdesk/examples/portal"
	"github.com/pppdesk/pppdesk/notify"
	"github.com/pppdesk/pppdesk/storage"
	"github.com/pppdesk/pppdesk/store"
	"github.com/pppdesk/pppdesk/store/storetest"
)

// portalStack is the starter portal on one loopback origin and the demo API on another,
// the API allowing the portal's origin through CORS (the server's --cors-origins), with
// the API's mails kept in a letterbox.
type portalStack struct {
	api    *Server
	app    *pppdesk.Server
	mail   *notify.Recorder
	portal string // the portal's root URL, e.g. http://127.0.0.1:40124/
}

// startPortalStack starts both servers for the test (SQLite, or a scratch MariaDB database
// when PPPDESK_TEST_DSN is set) and stops them at the end.
func startPortalStack(t *testing.T) *portalStack {
	t.Helper()
	ctx := context.Background()
	portalLn, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	origin := "http://" + portalLn.Addr().String()

	var st *store.Store
	if storetest.DSN() != "" {
		st = storetest.Open(t)
	} else {
		st, err = store.Open(ctx, "sqlite:"+filepath.Join(t.TempDir(), "pppdesk.db"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = st.Close() })
		if err := st.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
	}
	files, err := storage.NewLocal(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	hash := func(pw string) (string, error) { return argon2id.CreateHash(pw, cheapParams) }
	if _, err := demo.Load(ctx, st, time.Now(), hash, files); err != nil {
		t.Fatal(err)
	}
	apiLn, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &portalStack{api: &Server{t: t}, mail: &notify.Recorder{}}
	s.app, err = pppdesk.New(pppdesk.Config{Store: st, DefaultMunicipality: demo.Slug, Now: s.api.Now,
		Secret: []byte("browser-test-secret-browser-test-secret"), Auth: auth.Config{Params: cheapParams},
		Files: files, ListenAddr: apiLn.Addr().String(), Mailer: s.mail,
		Logger: slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelWarn}))})
	if err != nil {
		t.Fatal(err)
	}
	s.api.URL = "http://" + apiLn.Addr().String()
	h, err := portal.Handler(portal.Config{APIURL: s.api.URL, Municipality: demo.Slug})
	if err != nil {
		t.Fatal(err)
	}
	serve(t, apiLn, s.app)
	serve(t, portalLn, h)
	s.portal = origin + "/"
	// The desk allows its portal's origin as a municipality does: through the API, not the
	// operator-wide flag, so the journey proves the per-municipality allow-list works.
	s.api.GraphQL(s.api.Login(deskEmail), `mutation($o: [String!]) { updateMunicipality(input: {allowedOrigins: $o}) { allowedOrigins } }`,
		map[string]any{"o": []string{origin}})
	return s
}

// serve runs h on ln until the test ends.
func serve(t *testing.T, ln net.Listener, h http.Handler) {
	t.Helper()
	hs := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = hs.Shutdown(ctx)
		if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
			t.Errorf("server: %v", err)
		}
	})
}

// signUpCode is the confirmation code in the English part of the sign-up mail.
var signUpCode = regexp.MustCompile(`\(valid for \d+ hours\):\n(\S+)`)

// confirmationCode sends the mails that are due and answers the sign-up code mailed to
// addr, as the proposer would read it in the letter.
func (s *portalStack) confirmationCode(t *testing.T, addr string) string {
	t.Helper()
	s.app.WaitForNotifications()
	for _, m := range s.mail.Messages() {
		if m.To != addr {
			continue
		}
		if c := signUpCode.FindStringSubmatch(m.TextEN); c != nil {
			return c[1]
		}
	}
	t.Fatalf("no sign-up code was mailed to %s (%d mails in the letterbox)", addr, len(s.mail.Messages()))
	return ""
}

// setUploadFiles chooses files in the file input at the JS path, as a person does in the
// browser's file dialog.
func setUploadFiles(path string, files ...string) chromedp.Action[chromedp.Void] {
	return chromedp.SetUploadFiles(chromedp.JSPath(path), files)
}

// jsonOf writes a decoded answer back as JSON, for failure messages and text checks.
func jsonOf(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func itoa(n int) string { return strconv.Itoa(n) }

// mailedLink sends the mails that are due and answers the first URL containing marker in a
// mail to addr.
func (s *portalStack) mailedLink(t *testing.T, addr, marker string) string {
	t.Helper()
	s.app.WaitForNotifications()
	for _, m := range s.mail.Messages() {
		if m.To != addr {
			continue
		}
		for _, f := range strings.Fields(m.TextEN) {
			if strings.Contains(f, marker) {
				return f
			}
		}
	}
	t.Fatalf("no mail to %s holds a link with %s (%d mails in the letterbox)", addr, marker, len(s.mail.Messages()))
	return ""
}
