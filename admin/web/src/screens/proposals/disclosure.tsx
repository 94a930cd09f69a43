// The 開示区分 panel of the proposal page: the effective disclosure level of every part of the
// proposal (fields, messages and internal notes, attachments) with the proposer's requests for
// protection; the desk changes a level and produces the redacted disclosure copy. Who may do
// what follows the API: the panel shows only when the API answers levels, and each form only
// with its permission.
import { useState } from 'preact/hooks';
import { graphql } from '../../gql';
import type { DisclosureFormat, DisclosureLevel, DisclosurePanelQuery, DisclosureTargetInput } from '../../gql/graphql';
import { download, gql } from '../../api';
import { formatDateTime } from '../../dates';
import { useAction, useQuery } from '../../hooks';
import { t } from '../../i18n/common';
import { td } from '../../i18n/disclosure';
import { can, useViewer } from '../../viewer';
import { Badge } from '../../ui/badge';
import { ErrorBanner, Notice } from '../../ui/banner';
import { Button } from '../../ui/button';
import { Fieldset, Select, TextArea, TextField } from '../../ui/field';

const PanelDoc = graphql(`
  query DisclosurePanel($id: ID!) {
    proposal(id: $id) {
      id
      disclosure {
        field
        level
        reason
        isDefault
        protectionRequested {
          reason
          requestedAt
        }
      }
      messages {
        id
        internal
        createdAt
        disclosureLevel
        disclosureReason
        protectionRequested {
          reason
          requestedAt
        }
      }
      attachments {
        id
        fileName
        disclosureLevel
        disclosureReason
        protectionRequested {
          reason
          requestedAt
        }
      }
    }
  }
`);

const SetDoc = graphql(`
  mutation DisclosurePanelSet($id: ID!, $target: DisclosureTargetInput!, $level: DisclosureLevel!, $reason: String) {
    setDisclosureLevel(proposalId: $id, target: $target, level: $level, reason: $reason) {
      id
    }
  }
`);

const ProduceDoc = graphql(`
  mutation DisclosurePanelProduce($id: ID!, $reference: String!, $format: DisclosureFormat!) {
    produceDisclosureCopy(proposalId: $id, reference: $reference, format: $format) {
      url
      filename
    }
  }
`);

const levels: DisclosureLevel[] = ['DISCLOSABLE', 'PERSONAL_DATA', 'PROTECTED_BUSINESS', 'WITHHELD_OTHER'];

type Key = Parameters<typeof td>[0];

function levelLabel(l: DisclosureLevel): string {
  return td(`level${l}` as Key);
}

/** Row is one part of the proposal as the panel lists it. */
interface Row {
  key: string;
  label: string;
  target: DisclosureTargetInput;
  level: DisclosureLevel;
  reason?: string | null;
  isDefault?: boolean;
  request?: { reason: string; requestedAt: string } | null;
}

function rowsOf(p: NonNullable<DisclosurePanelQuery['proposal']>): Row[] {
  const rows: Row[] = p.disclosure.map((f) => ({
    key: 'f:' + f.field,
    label: td(`field${f.field}` as Key),
    target: { field: f.field },
    level: f.level,
    reason: f.reason,
    isDefault: f.isDefault,
    request: f.protectionRequested,
  }));
  for (const m of p.messages) {
    if (!m.disclosureLevel) continue;
    rows.push({
      key: 'm:' + m.id,
      label: td(m.internal ? 'note' : 'message', { at: formatDateTime(m.createdAt) }),
      target: { messageId: m.id },
      level: m.disclosureLevel,
      reason: m.disclosureReason,
      request: m.protectionRequested,
    });
  }
  for (const a of p.attachments) {
    if (!a.disclosureLevel) continue;
    rows.push({
      key: 'a:' + a.id,
      label: td('file', { name: a.fileName }),
      target: { attachmentId: a.id },
      level: a.disclosureLevel,
      reason: a.disclosureReason,
      request: a.protectionRequested,
    });
  }
  return rows;
}

/** DisclosurePanel lists the disclosure levels of a proposal; nothing for who may not read them. */
export function DisclosurePanel({ id }: { id: string }) {
  const v = useViewer();
  const q = useQuery(PanelDoc, { id });
  const p = q.data?.proposal;
  if (q.error) return <ErrorBanner error={q.error} onRetry={() => void q.reload()} retryLabel={t('retry')} />;
  if (!p || p.disclosure.length === 0) return null;
  const rows = rowsOf(p);
  return (
    <section aria-labelledby="sec-disclosure" data-testid="disclosure-panel">
      <h2 id="sec-disclosure">{td('title')}</h2>
      <p class="help">{td('intro')}</p>
      {/* A region the keyboard can focus, so a table wider than the column scrolls without a mouse. */}
      <div class="table-wrap disclosure-wrap" tabIndex={0} role="region" aria-label={td('caption')}>
        <table class="table" data-testid="disclosure-levels">
          <caption class="visually-hidden">{td('caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{td('colPart')}</th>
              <th scope="col">{td('colLevel')}</th>
              <th scope="col">{td('colReason')}</th>
              <th scope="col">{td('colRequest')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td>
                  <Badge tone={r.level === 'DISCLOSABLE' ? 'neutral' : 'warning'} icon={r.level === 'DISCLOSABLE' ? undefined : '■'}>
                    {levelLabel(r.level)}
                  </Badge>
                  {r.isDefault && <span class="muted"> {td('isDefault')}</span>}
                </td>
                <td>{r.reason ?? ''}</td>
                <td>{r.request ? td('requested', { at: formatDateTime(r.request.requestedAt), reason: r.request.reason }) : <span class="muted">{td('none')}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {can(v, { resource: 'proposal', action: 'setDisclosure' }) && <ChangeForm id={p.id} rows={rows} onDone={() => void q.reload()} />}
      {can(v, { resource: 'proposal', action: 'discloseCopy' }) && <CopyForm id={p.id} />}
    </section>
  );
}

function ChangeForm({ id, rows, onDone }: { id: string; rows: Row[]; onDone: () => void }) {
  const [part, setPart] = useState(rows[0]?.key ?? '');
  const [level, setLevel] = useState<DisclosureLevel>('PERSONAL_DATA');
  const [reason, setReason] = useState('');
  const [notice, setNotice] = useState('');
  const act = useAction((target: DisclosureTargetInput) => gql(SetDoc, { id, target, level, reason: reason.trim() ? reason : null }));
  const fieldError = act.error?.field === 'reason' ? act.error.message : undefined;
  return (
    <form
      class="disclosure-form"
      data-testid="disclosure-change"
      onSubmit={async (e) => {
        e.preventDefault();
        setNotice('');
        const row = rows.find((r) => r.key === part);
        if (!row) return;
        if (await act.run(row.target)) {
          setNotice(td('saved'));
          setReason('');
          onDone();
        }
      }}
    >
      <Fieldset legend={td('change')}>
        <Notice>{notice}</Notice>
        <ErrorBanner error={fieldError ? undefined : act.error} />
        <Select label={td('part')} value={part} onChange={setPart} options={rows.map((r) => ({ value: r.key, label: r.label }))} testid="disclosure-part" />
        <Select label={td('level')} value={level} onChange={(l) => setLevel(l as DisclosureLevel)} options={levels.map((l) => ({ value: l, label: levelLabel(l) }))} testid="disclosure-level" />
        <TextArea label={td('reason')} help={td('reasonHelp')} value={reason} onInput={setReason} required={level !== 'DISCLOSABLE'} error={fieldError} rows={2} />
        <Button type="submit" variant="primary" busy={act.busy}>
          {td('save')}
        </Button>
      </Fieldset>
    </form>
  );
}

function CopyForm({ id }: { id: string }) {
  const [reference, setReference] = useState('');
  const [format, setFormat] = useState<DisclosureFormat>('PDF');
  const [notice, setNotice] = useState('');
  const act = useAction(async () => {
    const d = await gql(ProduceDoc, { id, reference, format });
    await download(d.produceDisclosureCopy.url, d.produceDisclosureCopy.filename);
    return d.produceDisclosureCopy.filename;
  });
  const fieldError = act.error?.field === 'reference' ? act.error.message : undefined;
  return (
    <form
      class="disclosure-form"
      data-testid="disclosure-copy"
      onSubmit={async (e) => {
        e.preventDefault();
        setNotice('');
        const name = await act.run();
        if (name) setNotice(td('produced', { name }));
      }}
    >
      <Fieldset legend={td('copy')}>
        <p class="help">{td('copyIntro')}</p>
        <Notice>{notice}</Notice>
        <ErrorBanner error={fieldError ? undefined : act.error} />
        <TextField label={td('reference')} value={reference} onInput={setReference} required maxLength={100} error={fieldError} testid="disclosure-reference" />
        <Select
          label={td('format')}
          value={format}
          onChange={(f) => setFormat(f as DisclosureFormat)}
          options={[
            { value: 'PDF', label: 'PDF' },
            { value: 'HTML', label: 'HTML' },
          ]}
        />
        <Button type="submit" variant="primary" busy={act.busy}>
          {td('produce')}
        </Button>
      </Fieldset>
    </form>
  );
}
