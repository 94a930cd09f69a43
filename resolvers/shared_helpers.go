package resolvers

// The helpers below were the proposal resolvers' and are still used by other resolvers
// (accounts, content, media, inquiries); they go when their last caller moves to a service.

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/input"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/notify"
	"github.com/pppdesk/pppdesk/storage"
	"github.com/pppdesk/pppdesk/store"
)

func resourcesIn(field string, in []*model.ResourceInput) ([]*model.Resource, error) {
	out := make([]*model.Resource, len(in))
	for i, x := range in {
		d, err := input.Text(fmt.Sprintf("%s[%d].description", field, i), x.Description, true, input.MaxSummary)
		if err != nil {
			return nil, err
		}
		out[i] = &model.Resource{Side: x.Side, Kind: x.Kind, Description: d}
	}
	return out, nil
}

func meritsIn(field string, in []*model.MeritInput) ([]*model.Merit, error) {
	out := make([]*model.Merit, len(in))
	for i, x := range in {
		d, err := input.Text(fmt.Sprintf("%s[%d].description", field, i), x.Description, true, input.MaxSummary)
		if err != nil {
			return nil, err
		}
		out[i] = &model.Merit{Side: x.Side, Description: d}
	}
	return out, nil
}

// audit writes one audit entry.
func (r *Resolver) audit(ctx context.Context, tx bun.IDB, req *Request, action, targetType string, targetID int64, changes map[string]any) error {
	var actor *int64
	if req.User != nil {
		actor = &req.User.ID
	}
	b, _ := json.Marshal(changes)
	if changes == nil {
		b = []byte("{}")
	}
	return store.Insert(ctx, tx, &model.AuditEntry{MunicipalityID: req.Municipality.ID, ActorID: actor, Action: action,
		TargetType: targetType, TargetID: targetID, Changes: string(b), At: r.now()})
}

// changedFields names the fields an update input sets, for the audit log.
func changedFields(in any) map[string]any {
	b, _ := json.Marshal(in)
	var m map[string]any
	_ = json.Unmarshal(b, &m)
	out := map[string]any{}
	for k, v := range m {
		if v != nil {
			out[k] = true
		}
	}
	return map[string]any{"fields": keys(out)}
}

func keys(m map[string]any) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func uniq(ids []int64) []int64 {
	seen := map[int64]bool{}
	var out []int64
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

func (r *Resolver) staff(ctx context.Context, mid int64, role model.Role, deps []int64) []*model.User {
	us, err := r.Store.UsersOf(ctx, mid, role, deps)
	if err != nil {
		r.log().ErrorContext(ctx, "notification recipients", "error", err)
	}
	return us
}

// notify composes and sends emails after the change is committed, off the request: a slow
// or failing mail server never blocks or fails the mutation that caused it.
func (r *Resolver) notify(req *Request, compose func(ctx context.Context, send func(notify.Message))) {
	if r.Mailer == nil {
		return
	}
	r.mailWG.Add(1)
	go func() {
		defer r.mailWG.Done()
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		compose(ctx, func(m notify.Message) {
			if err := r.Mailer.Send(ctx, m); err != nil {
				r.log().ErrorContext(ctx, "notification email failed", "error", err, "subject", m.Subject)
			}
		})
	}()
}

// QueueMail is the resolvers' outbox.MailQueue until the outbox table lands: it sends after
// the current operation, off the request, like notify.
func (r *Resolver) QueueMail(_ context.Context, _ bun.IDB, _ int64, msgs ...notify.Message) error {
	r.notify(nil, func(_ context.Context, send func(notify.Message)) {
		for _, m := range msgs {
			send(m)
		}
	})
	return nil
}

// WaitForMail waits until queued notifications are sent; tests and shutdown use it.
func (r *Resolver) WaitForMail() { r.mailWG.Wait() }

// storeUpload checks an upload on its bytes, keeps it in the storage and records its
// metadata for one owner, with what record writes (audit entry, guard) in the same
// transaction; proposal attachments and content media share it.
func (r *Resolver) storeUpload(ctx context.Context, file graphql.Upload, mid int64, owner model.OwnerType, ownerID int64, actor *int64,
	record func(ctx context.Context, tx bun.IDB, a *model.Attachment) error) (*model.Attachment, error) {
	data, checked, err := storage.Check(file.File, file.Filename, r.Uploads)
	var ce *storage.CheckError
	if errors.As(err, &ce) {
		return nil, apperr.Invalid("file", "%s", ce.Reason)
	}
	if err != nil {
		return nil, err
	}
	key := storage.NewKey()
	if _, err := r.Files.Put(ctx, key, bytes.NewReader(data)); err != nil {
		return nil, fmt.Errorf("store file: %w", err)
	}
	a := &model.Attachment{MunicipalityID: mid, OwnerType: owner, OwnerID: ownerID, FileName: checked.FileName, ContentType: checked.ContentType,
		Size: checked.Size, SHA256: checked.SHA256, StorageKey: key, UploadedByID: actor, CreatedAt: r.now()}
	err = r.Store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		if err := store.Insert(ctx, tx, a); err != nil {
			return err
		}
		return record(ctx, tx, a)
	})
	if err != nil {
		_ = r.Files.Delete(context.Background(), key)
		return nil, err
	}
	return a, nil
}

// attachmentByID loads a file's metadata of the caller's municipality by global ID of typ
// ("Attachment" or "Media"); the caller then applies its owner's policy.
func (r *Resolver) attachmentByID(ctx context.Context, id string, typ model.OwnerType) (*Request, *model.Attachment, error) {
	n, err := parseID("id", id, typ)
	if err != nil {
		return nil, nil, err
	}
	req, err := request(ctx)
	if err != nil {
		return nil, nil, err
	}
	a, err := r.Store.AttachmentByID(ctx, req.Municipality.ID, n)
	if err != nil {
		return nil, nil, err
	}
	if a == nil {
		return nil, nil, notFound(typ, id)
	}
	return req, a, nil
}
