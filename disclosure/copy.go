package disclosure

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/uptrace/bun"

	"github.com/pppdesk/pppdesk/apperr"
	"github.com/pppdesk/pppdesk/audit"
	"github.com/pppdesk/pppdesk/disclosure/render"
	"github.com/pppdesk/pppdesk/input"
	"github.com/pppdesk/pppdesk/model"
	"github.com/pppdesk/pppdesk/policies"
	"github.com/pppdesk/pppdesk/storage"
	"github.com/pppdesk/pppdesk/store"
)

// ProduceCopy produces the redacted disclosure copy of a proposal for a disclosure request
// (the desk): every part whose effective level is not DISCLOSABLE is withheld, and the file is
// kept as a private download for the desk until it expires. The production is audited with
// the request's reference number.
func (s *Service) ProduceCopy(ctx context.Context, c *policies.Caller, proposalID int64, reference string, format model.DisclosureFormat) (*model.DisclosureCopy, error) {
	p, err := s.find(ctx, c, proposalID, policies.ProduceDisclosureCopy)
	if err != nil {
		return nil, err
	}
	ref, err := input.Text("reference", reference, true, MaxReference)
	if err != nil {
		return nil, err
	}
	if strings.ContainsAny(ref, "\r\n") {
		return nil, apperr.Invalid("reference", "the reference number is one line")
	}
	now := s.now()
	doc, err := s.Document(ctx, c, p, ref, now)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	var ext, ctype string
	switch format {
	case model.DisclosurePDF:
		ext, ctype = "pdf", "application/pdf"
		err = render.PDF(&buf, doc)
	case model.DisclosureHTML:
		ext, ctype = "html", "text/html; charset=utf-8"
		err = render.HTML(&buf, doc)
	default:
		return nil, apperr.Invalid("format", "%q is not a disclosure copy format", format)
	}
	if err != nil {
		s.d.Log.ErrorContext(ctx, "disclosure copy", "error", err, "proposal", p.ID, "format", format)
		return nil, apperr.New(apperr.Unavailable, "the disclosure copy could not be produced now")
	}
	key := storage.NewKey()
	n, err := s.d.Files.Put(ctx, key, &buf)
	if err != nil {
		return nil, fmt.Errorf("store disclosure copy: %w", err)
	}
	cp := &model.DisclosureCopy{MunicipalityID: p.MunicipalityID, ProposalID: p.ID, Reference: ref, Format: format,
		FileName: fmt.Sprintf("disclosure-P-%d-%s.%s", p.ID, fileSafe(ref), ext), ContentType: ctype, Size: n, StorageKey: key,
		CreatedByID: &c.User.ID, CreatedAt: now, ExpiresAt: now.Add(s.d.CopyTTL)}
	err = s.d.Store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
		if err := store.Insert(ctx, tx, cp); err != nil {
			return err
		}
		return audit.Record(ctx, tx, c, now, audit.Entry{Action: "proposal.disclosureCopy", TargetType: string(model.OwnerProposal), TargetID: p.ID,
			Changes: map[string]any{"reference": ref, "format": string(format), "copy": cp.ID}})
	})
	if err != nil {
		if derr := s.d.Files.Delete(context.WithoutCancel(ctx), key); derr != nil {
			s.d.Log.ErrorContext(ctx, "disclosure copy: remove unrecorded file", "error", derr, "key", key)
		}
		return nil, err
	}
	s.removeExpired(ctx, p.MunicipalityID, now)
	return cp, nil
}

// removeExpired drops a few expired copies of the municipality right away (the sweep drops
// the rest): their rows go and their files are handed to the purge, which deletes them on
// its next sweep. A failure is logged; the expired copy is unreachable anyway.
func (s *Service) removeExpired(ctx context.Context, mid int64, now time.Time) {
	ctx = context.WithoutCancel(ctx)
	if _, err := s.dropExpired(ctx, mid, now, 20); err != nil {
		s.d.Log.ErrorContext(ctx, "disclosure copy: remove expired", "error", err)
	}
}

// dropExpired drops up to limit expired copies of municipality mid, each in its own
// transaction guarded by its row, so replicas drop each once; answers how many it dropped.
func (s *Service) dropExpired(ctx context.Context, mid int64, now time.Time, limit int) (int, error) {
	old, err := store.ExpiredDisclosureCopies(ctx, s.d.Store.DB, mid, now, limit)
	if err != nil {
		return 0, err
	}
	n := 0
	var errs []error
	for _, cp := range old {
		err := s.d.Store.InTx(ctx, func(ctx context.Context, tx bun.Tx) error {
			ok, err := store.DropDisclosureCopy(ctx, tx, cp, &now, now)
			if ok {
				n++
			}
			return err
		})
		errs = append(errs, err)
	}
	return n, errors.Join(errs...)
}

// SweepExpiredCopies drops up to limit expired copies of each municipality as of now (the
// outbox dispatcher's Sweeper runs it, before the retention sweep that deletes their files);
// copies are otherwise only cleared when the next one is produced, and a file must not
// outlive its copy's expiry by more than a sweep. Answers how many it dropped.
func (s *Service) SweepExpiredCopies(ctx context.Context, now time.Time, limit int) (int, error) {
	mids, err := s.d.Store.MunicipalityIDs(ctx)
	if err != nil {
		return 0, err
	}
	total := 0
	var errs []error
	for _, mid := range mids {
		n, err := s.dropExpired(ctx, mid, now.UTC(), limit)
		total += n
		errs = append(errs, err)
	}
	return total, errors.Join(errs...)
}

// fileSafe keeps the ASCII letters, digits and dashes of a reference number for a file name.
func fileSafe(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-':
			b.WriteRune(r)
		default:
			b.WriteRune('_')
		}
	}
	return b.String()
}

// Copy answers a produced copy that has not expired, for the download route: only to a
// caller who may produce copies of its proposal; anything else is NOT_FOUND.
func (s *Service) Copy(ctx context.Context, c *policies.Caller, id int64) (*model.DisclosureCopy, error) {
	missing := apperr.NotFoundf("disclosure copy not found")
	if _, ok := c.Scope(policies.ProduceDisclosureCopy); !ok {
		if c.User == nil {
			return nil, apperr.New(apperr.Unauthenticated, "sign in to download a disclosure copy")
		}
		return nil, missing
	}
	cp, err := store.DisclosureCopyByID(ctx, s.d.Store.DB, c.Municipality.ID, id, s.d.Now())
	if err != nil {
		return nil, err
	}
	if cp == nil {
		return nil, missing
	}
	if _, err := s.find(ctx, c, cp.ProposalID, policies.ProduceDisclosureCopy); err != nil {
		return nil, missing
	}
	return cp, nil
}

// tokyo is the municipality's time zone, for the dates of a copy.
var tokyo = func() *time.Location {
	if l, err := time.LoadLocation("Asia/Tokyo"); err == nil {
		return l
	}
	return time.FixedZone("JST", 9*60*60)
}()

func dateJA(t time.Time) string {
	t = t.In(tokyo)
	return fmt.Sprintf("%d年%d月%d日", t.Year(), int(t.Month()), t.Day())
}

var sideJA = map[model.Side]string{model.SideCity: "市", model.SidePartner: "事業者等"}

var kindJA = map[model.ResourceKind]string{model.ResourcePeople: "ヒト", model.ResourceGoods: "モノ",
	model.ResourceMoney: "カネ", model.ResourceInformation: "情報"}

// Document builds the disclosure copy of p with its effective levels: the proposer and
// contact fields, the proposal's content, its custom fields c may see (独自項目), the dialogue
// and internal notes, and the attached files by name. Each part also names the values the
// renderer blacks out where disclosed text repeats them when the part is withheld (see
// soughtValues). A withheld part keeps its label and ground; a withheld file is listed by its
// number and level only, never by its name, since a name can carry what is withheld (見積書_
// 山田太郎.pdf).
func (s *Service) Document(ctx context.Context, c *policies.Caller, p *model.Proposal, reference string, now time.Time) (render.Document, error) {
	db := s.d.Store.DB
	l, err := s.levels(ctx, db, c, p)
	if err != nil {
		return render.Document{}, err
	}
	orgName, err := store.OrganizationName(ctx, db, p.MunicipalityID, p.OrganizationID)
	if err != nil {
		return render.Document{}, err
	}
	key := store.OwnerKey{Type: model.OwnerProposal, ID: p.ID}
	res, err := store.ResourcesIn(ctx, db, c.Viewer, []store.OwnerKey{key})
	if err != nil {
		return render.Document{}, err
	}
	mer, err := store.MeritsIn(ctx, db, c.Viewer, []store.OwnerKey{key})
	if err != nil {
		return render.Document{}, err
	}
	msgs, err := store.Messages(ctx, db, p.MunicipalityID, p.ID, true)
	if err != nil {
		return render.Document{}, err
	}
	msgIDs := make([]int64, len(msgs))
	byID := map[int64]*model.ProposalMessage{}
	msgNo := map[int64]int{}
	for i, m := range msgs {
		msgIDs[i], byID[m.ID], msgNo[m.ID] = m.ID, m, i+1
	}
	files, err := store.AttachmentsOf(ctx, db, p.MunicipalityID, p.ID, msgIDs)
	if err != nil {
		return render.Document{}, err
	}

	var rs, ms []string
	for _, r := range res[key] {
		rs = append(rs, fmt.Sprintf("%s（%s）：%s", sideJA[r.Side], kindJA[r.Kind], r.Description))
	}
	for _, m := range mer[key] {
		ms = append(ms, fmt.Sprintf("%s：%s", sideJA[m.Side], m.Description))
	}
	text := map[string]string{
		"organization": orgName, "title": p.Title, "summary": p.Summary, "body": p.Body, "desiredScheme": p.DesiredScheme,
		"resources": strings.Join(rs, "\n"), "merits": strings.Join(ms, "\n"),
		"contact.affiliation": p.ContactAffiliation, "contact.name": p.ContactName, "contact.email": p.ContactEmail, "contact.phone": p.ContactPhone,
	}
	partOf := func(label, txt string, e Effective) render.Part {
		pt := render.Part{Label: label, Text: txt}
		if e.Level.Withheld() {
			pt.Withheld, pt.Ground, pt.Reason = true, Ground(e.Level), e.Reason
		}
		return pt
	}
	proposer := render.Section{Heading: "提案者"}
	content := render.Section{Heading: "提案内容"}
	for _, f := range Fields {
		pt := partOf(f.Label, text[f.Name], l.Field(f))
		pt.Values = soughtValues(f.Name, text[f.Name])
		if f.Name == "organization" || f.Contact {
			proposer.Parts = append(proposer.Parts, pt)
		} else {
			content.Parts = append(content.Parts, pt)
		}
	}
	doc := render.Document{Title: fmt.Sprintf("提案書（P-%d） 開示用写し", p.ID), Reference: reference, Municipality: c.Municipality.Name, ProducedAt: now,
		Sections: []render.Section{proposer, content}}
	vals, err := store.CustomFieldValuesIn(ctx, db, p.MunicipalityID, []store.OwnerKey{key})
	if err != nil {
		return render.Document{}, err
	}
	byDef := map[int64]*model.CustomFieldValue{}
	for _, v := range vals[key] {
		byDef[v.DefinitionID] = v
	}
	custom := render.Section{Heading: "独自項目"}
	for _, d := range l.custom {
		v := byDef[d.ID]
		if v == nil {
			continue
		}
		txt := customText(d, v)
		pt := partOf(d.LabelJa, txt, l.CustomField(d))
		pt.Values = soughtValues(CustomFieldPrefix+string(d.Type), txt)
		custom.Parts = append(custom.Parts, pt)
	}
	if len(custom.Parts) > 0 {
		doc.Sections = append(doc.Sections, custom)
	}
	if len(msgs) > 0 {
		dialogue := render.Section{Heading: "対話・庁内メモ"}
		for i, m := range msgs {
			kind := "メッセージ"
			if m.Internal {
				kind = "庁内メモ"
			}
			pt := partOf(fmt.Sprintf("%d. %s（%s）", i+1, kind, dateJA(m.CreatedAt)), m.Body, l.Message(m))
			pt.Values = soughtValues(partMessage, m.Body)
			dialogue.Parts = append(dialogue.Parts, pt)
		}
		doc.Sections = append(doc.Sections, dialogue)
	}
	if len(files) > 0 {
		attached := render.Section{Heading: "添付ファイル"}
		for i, a := range files {
			label := fmt.Sprintf("添付ファイル %d", i+1)
			if a.OwnerType == model.OwnerMessage {
				label += fmt.Sprintf("（対話 %d の添付）", msgNo[a.OwnerID])
			}
			txt := fmt.Sprintf("%s（%s、%d バイト）", a.FileName, a.ContentType, a.Size)
			pt := partOf(label, txt, l.Attachment(a, ownerMessage(a, byID)))
			pt.Values = soughtValues(partFile, a.FileName)
			attached.Parts = append(attached.Parts, pt)
		}
		doc.Sections = append(doc.Sections, attached)
	}
	return doc, nil
}

// Parts of a copy that are not proposal fields, as soughtValues names them.
const (
	partMessage = "message" // a message's or internal note's body
	partFile    = "file"    // an attached file's name
)

// soughtValues is the one rule for which values of a part the copy seeks, when the part is
// withheld, where disclosed text repeats them (the renderer blacks out each occurrence with
// the part's numbered bar, and skips values too short or too long to identify anything):
// only field-like values that identify someone or something and are written the same way
// wherever they occur — the proposer's name (a sole proprietor's is a person's), the contact's
// affiliation, name, e-mail and telephone, a custom TEXT or NUMBER value, a file's name.
//
// Not sought, because a match would black out unrelated words of the copy and the bar's
// number would then name the withheld value by its context (the desk's 高い rating turning
// every 高い of the body into a bar numbered like the rating): a choice label (青森, 高い),
// はい/いいえ and a date, short values from a small set that unrelated text shares (a
// deadline, a meeting day); and prose, which is withheld by its own level — a message's or
// internal note's body (了解), the proposal's title, summary, body, scheme, resources and
// merits, a LONG_TEXT value.
//
// what names the part: a proposal field's name (Fields), customFields.<TYPE> for a custom
// field's value, partMessage or partFile. The answer is never nil: nil would have the
// renderer seek the part's whole text.
func soughtValues(what string, values ...string) []string {
	switch what {
	case "organization", "contact.affiliation", "contact.name", "contact.email", "contact.phone",
		CustomFieldPrefix + string(model.FieldText), CustomFieldPrefix + string(model.FieldNumber),
		partFile:
		return append([]string{}, values...)
	}
	return []string{}
}

// customText writes a custom field's value for the copy: dates in Japanese, choices by their
// Japanese labels, yes/no as はい/いいえ.
func customText(d *model.CustomFieldDefinition, v *model.CustomFieldValue) string {
	switch {
	case v.Text != nil:
		return *v.Text
	case v.Number != nil:
		return strconv.FormatFloat(*v.Number, 'f', -1, 64)
	case v.Date != nil:
		t, err := time.Parse("2006-01-02", string(*v.Date))
		if err != nil {
			return string(*v.Date)
		}
		return fmt.Sprintf("%d年%d月%d日", t.Year(), int(t.Month()), t.Day())
	case v.Boolean != nil:
		if *v.Boolean {
			return "はい"
		}
		return "いいえ"
	}
	labels := make([]string, 0, len(v.Choices))
	for _, c := range v.Choices {
		label := c
		for _, ch := range d.Choices {
			if ch.Value == c {
				label = ch.LabelJa
			}
		}
		labels = append(labels, label)
	}
	return strings.Join(labels, "、")
}

// ownerMessage answers the message a file is attached to, nil for the proposal's own files.
func ownerMessage(a *model.Attachment, byID map[int64]*model.ProposalMessage) *model.ProposalMessage {
	if a.OwnerType != model.OwnerMessage {
		return nil
	}
	return byID[a.OwnerID]
}
