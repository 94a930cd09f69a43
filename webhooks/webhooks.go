// Package webhooks delivers content events to the endpoints the desk registered: signed with
// HMAC-SHA256 of the body, retried with backoff, from a queue in the database so neither a
// slow receiver nor a restart loses or blocks anything.
package webhooks

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"time"

	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/store"
)

// Headers of a delivery.
const (
	SignatureHeader = "X-Pppdesk-Signature" // "sha256=" + hex HMAC-SHA256(secret, body)
	EventHeader     = "X-Pppdesk-Event"
	DeliveryHeader  = "X-Pppdesk-Delivery"
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

// Dispatcher sends due deliveries.
type Dispatcher struct {
	Store  *store.Store
	Client *http.Client
	Now    func() time.Time
	Log    *slog.Logger
}

// DeliverDue sends every delivery whose time has come, once, and records the outcomes; it
// answers how many it attempted. Run answers it on a ticker; tests call it directly.
func (d *Dispatcher) DeliverDue(ctx context.Context) (int, error) {
	due, err := d.Store.DueDeliveries(ctx, d.Now(), 50)
	if err != nil {
		return 0, err
	}
	sent := 0
	for _, x := range due {
		now := d.Now()
		ok, err := d.Store.ClaimDelivery(ctx, x.Delivery, now, now.Add(time.Minute))
		if err != nil {
			return sent, err
		}
		if !ok {
			continue // another replica is sending it
		}
		d.attempt(ctx, x)
		sent++
	}
	return sent, nil
}

func (d *Dispatcher) attempt(ctx context.Context, x store.DueDelivery) {
	del, hook := x.Delivery, x.Hook
	now := d.Now()
	del.Attempts++
	code, err := d.post(ctx, hook, del)
	del.LastStatusCode = code
	switch {
	case err == nil && code >= 200 && code < 300:
		del.Status, del.DeliveredAt, del.LastError = model.DeliveryDelivered, &now, ""
	default:
		del.LastError = fmt.Sprintf("HTTP %d", code)
		if err != nil {
			del.LastError = err.Error()
		}
		if !hook.Active || del.Attempts >= MaxAttempts {
			del.Status = model.DeliveryFailed
		} else {
			del.NextAttemptAt = now.Add(Backoff(del.Attempts))
		}
	}
	if err := d.Store.SaveDelivery(ctx, del); err != nil && d.Log != nil {
		d.Log.ErrorContext(ctx, "webhook delivery log", "error", err)
	}
}

func (d *Dispatcher) post(ctx context.Context, hook *model.Webhook, del *model.WebhookDelivery) (int, error) {
	if !hook.Active {
		return 0, fmt.Errorf("endpoint was removed")
	}
	body := []byte(del.Payload)
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
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
	client := d.Client
	if client == nil {
		client = &http.Client{Timeout: 10 * time.Second, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	}
	res, err := client.Do(req)
	if err != nil {
		return 0, err
	}
	defer res.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(res.Body, 64<<10))
	return res.StatusCode, nil
}

// Run delivers on a ticker until ctx ends.
func (d *Dispatcher) Run(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if _, err := d.DeliverDue(ctx); err != nil && ctx.Err() == nil && d.Log != nil {
				d.Log.ErrorContext(ctx, "webhook dispatch", "error", err)
			}
		}
	}
}
