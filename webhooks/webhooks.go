// Package webhooks delivers content events to the endpoints the desk registered: signed per
// Standard Webhooks (and with the older HMAC-SHA256 of the body), retried with backoff, from
// a queue in the database so neither a slow receiver nor a restart loses or blocks anything,
// and never to private address space (see Guard).
package webhooks

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/pppdesk/pppdesk/model"
)

// Headers of a delivery. The webhook-* headers follow Standard Webhooks
// (https://www.standardwebhooks.com): a receiver checks the signature over id, timestamp and
// body, refuses old timestamps and remembers ids, so a captured delivery cannot be replayed.
// X-Pppdesk-Signature signs the body alone and is kept for receivers written before.
const (
	SignatureHeader = "X-Pppdesk-Signature" // "sha256=" + hex HMAC-SHA256(secret, body)
	EventHeader     = "X-Pppdesk-Event"
	DeliveryHeader  = "X-Pppdesk-Delivery"

	IDHeader           = "webhook-id"        // stable across the retries of one delivery
	TimestampHeader    = "webhook-timestamp" // unix seconds of this attempt
	StdSignatureHeader = "webhook-signature" // "v1," + base64 HMAC-SHA256(key, id.timestamp.body)
)

// SignStandard answers the webhook-signature value of a delivery. The key is the secret's
// bytes, or, for a secret in the Standard Webhooks form "whsec_<base64>", the decoded bytes.
func SignStandard(secret, id string, timestamp int64, body []byte) string {
	key := []byte(secret)
	if b64, ok := strings.CutPrefix(secret, "whsec_"); ok {
		if k, err := base64.StdEncoding.DecodeString(b64); err == nil {
			key = k
		}
	}
	m := hmac.New(sha256.New, key)
	fmt.Fprintf(m, "%s.%d.", id, timestamp)
	m.Write(body)
	return "v1," + base64.StdEncoding.EncodeToString(m.Sum(nil))
}

// DeliveryID answers the webhook-id of a delivery.
func DeliveryID(del *model.WebhookDelivery) string { return "msg_" + strconv.FormatInt(del.ID, 10) }

// Outcomes recorded in the delivery log when no HTTP answer came. They are deliberately
// generic: the log must not tell open from closed ports or name internal hosts.
const (
	OutcomeRefused = "refused: address not allowed"
	OutcomeFailed  = "connection failed"
)

// Sign answers the signature header value of a body.
func Sign(secret string, body []byte) string {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write(body)
	return "sha256=" + hex.EncodeToString(m.Sum(nil))
}

// MaxAttempts is how often a delivery is tried before it is marked failed.
const MaxAttempts = 8

// Backoff answers the wait after the given number of failed attempts: 30 s, 1 min, 2 min …
func Backoff(attempts int) time.Duration {
	d := 30 * time.Second
	for i := 1; i < attempts && d < 6*time.Hour; i++ {
		d *= 2
	}
	return d
}

var errRemoved = errors.New("endpoint was removed")

// DefaultTimeout bounds one attempt when Sender.Timeout is zero: a receiver that hangs
// holds only its own endpoint's queue, and only this long.
const DefaultTimeout = 10 * time.Second

// Sender signs and posts single deliveries; the outbox dispatcher decides which and when
// (claims, retries, parallel endpoints). Client should come from Guard.Client (nil means
// a guarded client refusing private addresses).
type Sender struct {
	Client  *http.Client
	Now     func() time.Time
	Timeout time.Duration
}

// Attempt posts del to hook once and writes the outcome into del: delivered (status,
// time), or the status code and a generic error for the log. Final reports a failure that
// no retry can mend (the endpoint was removed). Attempts and scheduling are the caller's.
func (s *Sender) Attempt(ctx context.Context, hook *model.Webhook, del *model.WebhookDelivery) (delivered, final bool) {
	code, err := s.post(ctx, hook, del)
	del.LastStatusCode = code
	if err == nil && code >= 200 && code < 300 {
		now := s.now()
		del.Status, del.DeliveredAt, del.LastError = model.DeliveryDelivered, &now, ""
		return true, false
	}
	del.LastError = fmt.Sprintf("HTTP %d", code)
	switch {
	case errors.Is(err, errRemoved):
		del.LastError = err.Error()
	case errors.Is(err, ErrRefused):
		del.LastError = OutcomeRefused
	case err != nil:
		del.LastError = OutcomeFailed
	}
	return false, !hook.Active
}

func (s *Sender) now() time.Time {
	if s.Now == nil {
		return time.Now()
	}
	return s.Now()
}

func (s *Sender) post(ctx context.Context, hook *model.Webhook, del *model.WebhookDelivery) (int, error) {
	if !hook.Active {
		return 0, errRemoved
	}
	body := []byte(del.Payload)
	timeout := s.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, hook.URL, bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "pppdesk-webhooks")
	req.Header.Set(EventHeader, del.Event)
	req.Header.Set(DeliveryHeader, fmt.Sprint(del.ID))
	req.Header.Set(SignatureHeader, Sign(hook.Secret, body))
	id, ts := DeliveryID(del), s.now().Unix()
	req.Header.Set(IDHeader, id)
	req.Header.Set(TimestampHeader, strconv.FormatInt(ts, 10))
	req.Header.Set(StdSignatureHeader, SignStandard(hook.Secret, id, ts, body))
	client := s.Client
	if client == nil {
		client = Guard{}.Client()
	}
	res, err := client.Do(req)
	if err != nil {
		return 0, err
	}
	defer res.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(res.Body, 64<<10))
	return res.StatusCode, nil
}
