// Parts every content editor shares: the publication badge, the publication panel (publish
// now or at a time, unpublish, archive, preview link, delete with undo), revisions with
// restore, media with alt text, the resources matrix, merits, partner and department pickers,
// and the conflict banner for a stale version.
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { ApiError, gql, gqlUpload } from '../../api';
import { formatDateTime } from '../../dates';
import { graphql } from '../../gql';
import type { PublicationState, ResourceKind, Side } from '../../gql/graphql';
import { useAction, useQuery } from '../../hooks';
import { t } from '../../i18n/common';
import { tc } from '../../i18n/content';
import { href } from '../../router';
import { can, useViewer } from '../../viewer';
import { Badge } from '../../ui/badge';
import { ErrorBanner, Notice } from '../../ui/banner';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/confirm';
import { Fieldset, Select, TextArea, TextField, type Option } from '../../ui/field';

// ---------------------------------------------------------------------------------------
// Values

/** PubBadge says a publication state in words (and 公開予約 when its time is still to come). */
export function PubBadge({ state, publishedAt }: { state: PublicationState; publishedAt?: string | null }) {
  if (state === 'PUBLISHED' && publishedAt && new Date(publishedAt).getTime() > Date.now()) {
    return (
      <Badge tone="warning" icon="◇" testid="pub-state">
        {tc('stateScheduled')}
      </Badge>
    );
  }
  const tone = state === 'PUBLISHED' ? 'success' : state === 'ARCHIVED' ? 'neutral' : 'info';
  const icon = state === 'PUBLISHED' ? '●' : state === 'ARCHIVED' ? '■' : '✎';
  return (
    <Badge tone={tone} icon={icon} testid="pub-state">
      {tc(`state${state}`)}
    </Badge>
  );
}

const tokyo = new Intl.DateTimeFormat('en-CA', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
  timeZone: 'Asia/Tokyo',
});

/** toTokyoInput writes an RFC 3339 time as a datetime-local value in Japan time. */
export function toTokyoInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const p = Object.fromEntries(tokyo.formatToParts(d).map((x) => [x.type, x.value]));
  const hour = p.hour === '24' ? '00' : p.hour;
  return `${p.year}-${p.month}-${p.day}T${hour}:${p.minute}`;
}

/** fromTokyoInput reads a datetime-local value as Japan time (RFC 3339); null when empty. */
export function fromTokyoInput(v: string): string | null {
  if (!v) return null;
  return `${v.length === 16 ? `${v}:00` : v}+09:00`;
}

/** splitList reads tags or items typed one per line or separated by 、 or commas. */
export function splitList(s: string, lines = false): string[] {
  const parts = lines ? s.split(/\r?\n/) : s.split(/[、,，\n]/);
  return parts.map((x) => x.trim()).filter(Boolean);
}

/** sizeLabel writes a file size for a clerk. */
export function sizeLabel(n: number): string {
  if (n < 1024) return tc('bytes', { n });
  if (n < 1024 * 1024) return tc('kb', { n: (n / 1024).toFixed(1) });
  return tc('mb', { n: (n / 1024 / 1024).toFixed(1) });
}

/** emptyToNull sends an empty input as "not given". */
export function emptyToNull(s: string): string | null {
  return s.trim() === '' ? null : s;
}

/** options turns enum values into choices with the clerk's words. */
export function options<T extends string>(values: readonly T[], label: (v: T) => string, anyLabel?: string): Option[] {
  const o = values.map((v) => ({ value: v, label: label(v) }));
  return anyLabel ? [{ value: '', label: anyLabel }, ...o] : o;
}

// ---------------------------------------------------------------------------------------
// Frame of an editor

/** SaveError shows a refused save; a stale version gets the clerk's sentence and a reload. */
export function SaveError({ error, onReload }: { error: ApiError | undefined; onReload: () => void }) {
  if (!error) return null;
  if (error.code === 'CONFLICT') {
    return (
      <div class="banner banner-error" role="alert" data-testid="conflict">
        <span class="banner-icon" aria-hidden="true">⚠</span>
        <span>{tc('conflict')}</span>
        <button type="button" class="btn btn-small" onClick={onReload}>
          {tc('reloadLatest')}
        </button>
      </div>
    );
  }
  return <ErrorBanner error={error} />;
}

/** EditorHead is the heading of an editor with its way back to the list. */
export function EditorHead({ title, list, listLabel, children }: { title: string; list: string; listLabel: string; children?: ComponentChildren }) {
  return (
    <div class="content-head">
      <p class="content-back">
        <a href={href(list)}>← {tc('backToList')}（{listLabel}）</a>
      </p>
      <h1>{title}</h1>
      {children}
    </div>
  );
}

// ---------------------------------------------------------------------------------------
// Publication

const PublishDoc = graphql(`
  mutation ContentPublish($id: ID!, $at: DateTime) {
    publish(id: $id, at: $at) {
      id
    }
  }
`);
const UnpublishDoc = graphql(`
  mutation ContentUnpublish($id: ID!) {
    unpublish(id: $id) {
      id
    }
  }
`);
const ArchiveDoc = graphql(`
  mutation ContentArchive($id: ID!) {
    archive(id: $id) {
      id
    }
  }
`);
const RestoreDeletedDoc = graphql(`
  mutation ContentRestoreDeleted($id: ID!) {
    restoreDeleted(id: $id) {
      id
    }
  }
`);
const PreviewTokenDoc = graphql(`
  mutation ContentPreviewToken($id: ID!) {
    createPreviewToken(id: $id) {
      token
      expiresAt
    }
  }
`);

type Confirm = 'publish' | 'unpublish' | 'archive' | 'delete' | null;

/** PublicationPanel publishes, schedules, unpublishes, archives, previews and deletes one item. */
export function PublicationPanel(p: {
  id: string;
  title: string;
  state?: PublicationState;
  publishedAt?: string | null;
  pending?: boolean;
  remove: (id: string) => Promise<unknown>;
  onChanged: () => void;
  onRestored: () => void;
}) {
  const v = useViewer();
  const mayPublish = can(v, { resource: 'content', action: 'publish' });
  const mayPreview = can(v, { resource: 'content', action: 'preview' });
  const mayRestore = can(v, { resource: 'content', action: 'restore' });
  const [confirm, setConfirm] = useState<Confirm>(null);
  const [at, setAt] = useState('');
  const [notice, setNotice] = useState('');
  const [deleted, setDeleted] = useState(false);
  const [preview, setPreview] = useState<{ token: string; expiresAt: string } | null>(null);
  const act = useAction(async (what: Exclude<Confirm, null> | 'schedule' | 'preview' | 'undo') => {
    setNotice('');
    switch (what) {
      case 'publish':
        await gql(PublishDoc, { id: p.id, at: null });
        setNotice(tc('published'));
        break;
      case 'schedule':
        await gql(PublishDoc, { id: p.id, at: fromTokyoInput(at) });
        setNotice(tc('scheduled'));
        break;
      case 'unpublish':
        await gql(UnpublishDoc, { id: p.id });
        setNotice(tc('unpublished'));
        break;
      case 'archive':
        await gql(ArchiveDoc, { id: p.id });
        setNotice(tc('archived'));
        break;
      case 'delete':
        await p.remove(p.id);
        setDeleted(true);
        setNotice(tc('deleted', { title: p.title }));
        setConfirm(null);
        return;
      case 'undo':
        await gql(RestoreDeletedDoc, { id: p.id });
        setDeleted(false);
        setNotice(tc('restored'));
        p.onRestored();
        return;
      case 'preview': {
        const d = await gql(PreviewTokenDoc, { id: p.id });
        setPreview(d.createPreviewToken);
        return;
      }
    }
    setConfirm(null);
    p.onChanged();
  });
  const run = (what: Parameters<typeof act.run>[0]) => void act.run(what).then(() => setConfirm(null));
  const atId = useId();
  if (deleted) {
    return (
      <section aria-labelledby={`${atId}-h`} class="content-panel">
        <h2 id={`${atId}-h`}>{tc('secPublication')}</h2>
        <Notice>{notice}</Notice>
        <ErrorBanner error={act.error} />
        {mayRestore && (
          <Button variant="primary" busy={act.busy} onClick={() => run('undo')} data-testid="restore-deleted">
            {tc('restoreDeleted')}
          </Button>
        )}
      </section>
    );
  }
  const dialog = {
    publish: { title: tc('confirmPublish'), body: tc('confirmPublishBody', { title: p.title }), label: tc('publishNow'), danger: false },
    unpublish: { title: tc('confirmUnpublish'), body: tc('confirmUnpublishBody', { title: p.title }), label: tc('unpublish'), danger: true },
    archive: { title: tc('confirmArchive'), body: tc('confirmArchiveBody', { title: p.title }), label: tc('archive'), danger: true },
    delete: { title: tc('confirmDelete'), body: tc('confirmDeleteBody', { title: p.title }), label: tc('delete'), danger: true },
  };
  const d = confirm ? dialog[confirm] : null;
  return (
    <section aria-labelledby={`${atId}-h`} class="content-panel" data-testid="publication">
      <h2 id={`${atId}-h`}>{tc('secPublication')}</h2>
      {p.state && (
        <p>
          <PubBadge state={p.state} publishedAt={p.publishedAt} />{' '}
          {p.publishedAt &&
            (new Date(p.publishedAt).getTime() > Date.now()
              ? tc('scheduledAt', { at: formatDateTime(p.publishedAt) })
              : tc('publishedAt', { at: formatDateTime(p.publishedAt) }))}
        </p>
      )}
      {p.pending && <p class="content-pending">{tc('pendingNotice')}</p>}
      <Notice>{notice}</Notice>
      <ErrorBanner error={act.error} />
      {p.state && mayPublish && (
        <>
          <div class="actions">
            <Button variant="primary" onClick={() => setConfirm('publish')} data-testid="publish-now">
              {tc('publishNow')}
            </Button>
            {p.state !== 'DRAFT' && (
              <Button onClick={() => setConfirm('unpublish')} data-testid="unpublish">
                {tc('unpublish')}
              </Button>
            )}
            {p.state !== 'ARCHIVED' && (
              <Button onClick={() => setConfirm('archive')} data-testid="archive">
                {tc('archive')}
              </Button>
            )}
          </div>
          <form
            class="content-schedule"
            onSubmit={(e) => {
              e.preventDefault();
              if (at) run('schedule');
            }}
          >
            <Fieldset legend={tc('publishAt')}>
              <TextField label={tc('publishAtLabel')} type="datetime-local" value={at} onInput={setAt} help={tc('publishAtHelp')} required testid="publish-at" />
              <Button type="submit" busy={act.busy} disabled={!at} data-testid="schedule">
                {tc('schedule')}
              </Button>
            </Fieldset>
          </form>
        </>
      )}
      <div class="actions">
        {mayPreview && p.state && (
          <Button onClick={() => run('preview')} busy={act.busy} data-testid="make-preview">
            {tc('previewMake')}
          </Button>
        )}
        {preview && (
          <a class="btn btn-link" href={href(`/preview/${preview.token}`)} data-testid="preview-link">
            {tc('previewLink', { at: formatDateTime(preview.expiresAt) })}
          </a>
        )}
        <Button variant="danger" onClick={() => setConfirm('delete')} data-testid="delete">
          {tc('delete')}
        </Button>
      </div>
      <ConfirmDialog
        open={d !== null}
        title={d?.title ?? ''}
        confirmLabel={d?.label}
        danger={d?.danger}
        busy={act.busy}
        onConfirm={() => confirm && run(confirm)}
        onCancel={() => setConfirm(null)}
      >
        <p>{d?.body}</p>
      </ConfirmDialog>
    </section>
  );
}

// ---------------------------------------------------------------------------------------
// Revisions

const RevisionsDoc = graphql(`
  query ContentRevisions($id: ID!) {
    revisions(id: $id) {
      id
      number
      author {
        displayName
      }
      createdAt
      pending
    }
  }
`);
const RestoreRevisionDoc = graphql(`
  mutation ContentRestoreRevision($id: ID!) {
    restoreRevision(id: $id) {
      id
    }
  }
`);

/** Revisions lists the saved versions of an item, newest first, each restorable as a draft. */
export function Revisions({ id, version, onRestored }: { id: string; version: number; onRestored: () => void }) {
  const v = useViewer();
  const mayRead = can(v, { resource: 'content', action: 'readRevisions' });
  const mayRestore = can(v, { resource: 'content', action: 'revisions' });
  const q = useQuery(RevisionsDoc, { id }, !mayRead);
  const seen = useRef(version);
  useEffect(() => {
    // A save or restore makes a new version: its revision joins the list.
    if (seen.current === version) return;
    seen.current = version;
    void q.reload();
  }, [version]);
  const [pick, setPick] = useState<{ id: string; number: number } | null>(null);
  const [notice, setNotice] = useState('');
  const act = useAction(async (r: { id: string; number: number }) => {
    await gql(RestoreRevisionDoc, { id: r.id });
    setNotice(tc('revRestored', { n: r.number }));
    setPick(null);
    onRestored();
  });
  const hid = useId();
  if (!mayRead) return null;
  const revs = q.data?.revisions ?? [];
  return (
    <section aria-labelledby={hid} class="content-panel">
      <h2 id={hid}>{tc('secRevisions')}</h2>
      <Notice>{notice}</Notice>
      <ErrorBanner error={q.error ?? act.error} />
      {revs.length === 0 ? (
        <p>{tc('revNone')}</p>
      ) : (
        <div class="table-wrap">
          <table class="table" data-testid="revisions">
            <caption class="visually-hidden">{tc('revCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{tc('revNumber')}</th>
                <th scope="col">{tc('revAuthor')}</th>
                <th scope="col">{tc('revAt')}</th>
                {mayRestore && <th scope="col">{tc('mediaOps')}</th>}
              </tr>
            </thead>
            <tbody>
              {revs.map((r) => (
                <tr key={r.id}>
                  <td>
                    {r.number}{' '}
                    {r.pending && (
                      <Badge tone="warning" icon="△">
                        {tc('revPending')}
                      </Badge>
                    )}
                  </td>
                  <td>{r.author?.displayName ?? '—'}</td>
                  <td>{formatDateTime(r.createdAt)}</td>
                  {mayRestore && (
                    <td>
                      <Button variant="link" onClick={() => setPick({ id: r.id, number: r.number })}>
                        {tc('revRestoreNamed', { n: r.number })}
                      </Button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ConfirmDialog
        open={pick !== null}
        title={pick ? tc('confirmRevRestore', { n: pick.number }) : ''}
        confirmLabel={tc('revRestore')}
        busy={act.busy}
        onConfirm={() => pick && void act.run(pick)}
        onCancel={() => setPick(null)}
      >
        <p>{tc('confirmRevRestoreBody')}</p>
      </ConfirmDialog>
    </section>
  );
}

// ---------------------------------------------------------------------------------------
// Media

graphql(`
  fragment ContentMediaItem on Media {
    id
    fileName
    contentType
    size
    url
    alt
  }
`);
const AttachDoc = graphql(`
  mutation ContentAttachMedia($contentId: ID!, $file: Upload!, $alt: String) {
    attachMedia(contentId: $contentId, file: $file, alt: $alt) {
      id
      fileName
    }
  }
`);
const UpdateMediaDoc = graphql(`
  mutation ContentUpdateMedia($id: ID!, $alt: String!) {
    updateMedia(id: $id, alt: $alt) {
      id
      alt
    }
  }
`);
const DeleteMediaDoc = graphql(`
  mutation ContentDeleteMedia($id: ID!) {
    deleteMedia(id: $id)
  }
`);

/** MediaItem is one file of an item as the editors load it. */
export interface MediaItem {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  url: string;
  alt: string;
}

function AltRow({ m, onSaved }: { m: MediaItem; onSaved: (msg: string) => void }) {
  const [alt, setAlt] = useState(m.alt);
  useEffect(() => setAlt(m.alt), [m.alt]);
  const act = useAction(async () => {
    await gql(UpdateMediaDoc, { id: m.id, alt });
    onSaved(tc('mediaAltSaved', { file: m.fileName }));
  });
  return (
    <form
      class="content-alt"
      onSubmit={(e) => {
        e.preventDefault();
        void act.run();
      }}
    >
      <TextField label={tc('mediaAltFor', { file: m.fileName })} value={alt} onInput={setAlt} maxLength={250} error={act.error ? act.error.clerkMessage() : undefined} />
      <Button type="submit" busy={act.busy} disabled={alt === m.alt}>
        {tc('mediaAltSave')}
      </Button>
    </form>
  );
}

/** MediaPanel lists an item's photos and documents with their alt text, adds and deletes them. */
export function MediaPanel({ contentId, media, onChanged }: { contentId: string; media: MediaItem[]; onChanged: () => void }) {
  const v = useViewer();
  const may = can(v, { resource: 'content', action: 'media' });
  const [file, setFile] = useState<File | null>(null);
  const [alt, setAlt] = useState('');
  const [notice, setNotice] = useState('');
  const [problem, setProblem] = useState('');
  const [del, setDel] = useState<MediaItem | null>(null);
  const upload = useAction(async (form: HTMLFormElement) => {
    const d = await gqlUpload(AttachDoc, { contentId, file: null as unknown as File, alt: emptyToNull(alt) }, [{ path: 'variables.file', file: file! }]);
    setNotice(tc('mediaUploaded', { file: d.attachMedia.fileName }));
    setFile(null);
    setAlt('');
    form.reset();
    onChanged();
  });
  const remove = useAction(async (m: MediaItem) => {
    await gql(DeleteMediaDoc, { id: m.id });
    setNotice(tc('mediaDeleted', { file: m.fileName }));
    setDel(null);
    onChanged();
  });
  const hid = useId();
  const fileId = useId();
  return (
    <section aria-labelledby={hid} class="content-panel" data-testid="media">
      <h2 id={hid}>{tc('secMedia')}</h2>
      <Notice>{notice}</Notice>
      <ErrorBanner error={upload.error ?? remove.error} />
      {media.length === 0 ? (
        <p>{tc('mediaNone')}</p>
      ) : (
        <ul class="content-media">
          {media.map((m) => (
            <li key={m.id}>
              <p>
                <strong>{m.fileName}</strong>（{m.contentType}、{sizeLabel(m.size)}）{' '}
                {m.contentType.startsWith('image/') && m.alt === '' && (
                  <Badge tone="warning" icon="!">
                    {tc('mediaAltMissing')}
                  </Badge>
                )}
              </p>
              {may && (
                <div class="content-media-ops">
                  <AltRow m={m} onSaved={setNotice} />
                  <Button variant="danger" onClick={() => setDel(m)} aria-label={tc('mediaDeleteNamed', { file: m.fileName })}>
                    {tc('mediaDelete')}
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {may && (
        <form
          class="content-upload"
          onSubmit={(e) => {
            e.preventDefault();
            setProblem('');
            if (!file) return setProblem(tc('mediaChoose'));
            if (file.type.startsWith('image/') && alt.trim() === '') return setProblem(tc('mediaAskAlt'));
            void upload.run(e.currentTarget);
          }}
        >
          <div class="field">
            <label for={fileId}>{tc('mediaFile')}</label>
            <input
              id={fileId}
              type="file"
              accept="image/jpeg,image/png,image/gif,image/webp,application/pdf"
              aria-describedby={`${fileId}-help`}
              data-testid="media-file"
              onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
            />
            <p class="help" id={`${fileId}-help`}>
              {tc('mediaFileHelp')}
            </p>
          </div>
          <TextField label={tc('mediaAlt')} value={alt} onInput={setAlt} help={tc('mediaAltHelp')} maxLength={250} testid="media-alt" error={problem || undefined} />
          <Button type="submit" variant="primary" busy={upload.busy} data-testid="media-upload">
            {tc('mediaUpload')}
          </Button>
        </form>
      )}
      <ConfirmDialog
        open={del !== null}
        title={del ? tc('confirmMediaDelete', { file: del.fileName }) : ''}
        confirmLabel={tc('mediaDelete')}
        danger
        busy={remove.busy}
        onConfirm={() => del && void remove.run(del)}
        onCancel={() => setDel(null)}
      />
    </section>
  );
}

// ---------------------------------------------------------------------------------------
// Resources matrix and merits

/** sides and kinds order the matrix: 市/事業者等 × ヒト/モノ/カネ/情報. */
export const sides: Side[] = ['CITY', 'PARTNER'];
export const kinds: ResourceKind[] = ['PEOPLE', 'GOODS', 'MONEY', 'INFORMATION'];

/** Matrix is the resources matrix as text per cell, keyed "SIDE/KIND". */
export type Matrix = Record<string, string>;

/** toMatrix folds a resource list into cells (several per cell become lines). */
export function toMatrix(rs: { side: Side; kind: ResourceKind; description: string }[]): Matrix {
  const m: Matrix = {};
  for (const r of rs) {
    const k = `${r.side}/${r.kind}`;
    m[k] = m[k] ? `${m[k]}\n${r.description}` : r.description;
  }
  return m;
}

/** fromMatrix writes the non-empty cells back as resources. */
export function fromMatrix(m: Matrix): { side: Side; kind: ResourceKind; description: string }[] {
  const out: { side: Side; kind: ResourceKind; description: string }[] = [];
  for (const s of sides) for (const k of kinds) {
    const d = (m[`${s}/${k}`] ?? '').trim();
    if (d) out.push({ side: s, kind: k, description: d });
  }
  return out;
}

/** ResourceMatrix edits resources as a real table: a text area per side and kind. */
export function ResourceMatrix({ value, onChange }: { value: Matrix; onChange: (m: Matrix) => void }) {
  const base = useId();
  return (
    <Fieldset legend={tc('resources')}>
      <p class="help">{tc('resourcesHelp')}</p>
      <div class="table-wrap">
        <table class="table matrix content-matrix" data-testid="resources-editor">
          <caption class="visually-hidden">{tc('resourcesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{tc('kindCol')}</th>
              {sides.map((s) => (
                <th scope="col" key={s}>
                  {tc(`side${s}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {kinds.map((k) => (
              <tr key={k}>
                <th scope="row">{tc(`res${k}`)}</th>
                {sides.map((s) => {
                  const id = `${base}-${s}-${k}`;
                  return (
                    <td key={s}>
                      <label for={id} class="visually-hidden">
                        {tc('resCell', { side: tc(`side${s}`), kind: tc(`res${k}`) })}
                      </label>
                      <textarea
                        id={id}
                        rows={3}
                        value={value[`${s}/${k}`] ?? ''}
                        data-testid={`res-${s}-${k}`}
                        onInput={(e) => onChange({ ...value, [`${s}/${k}`]: e.currentTarget.value })}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Fieldset>
  );
}

/** Merits is the merits text per side, one item per line. */
export type Merits = Record<Side, string>;

/** toMerits folds merits into one text per side. */
export function toMerits(ms: { side: Side; description: string }[]): Merits {
  const out: Merits = { CITY: '', PARTNER: '' };
  for (const m of ms) out[m.side] = out[m.side] ? `${out[m.side]}\n${m.description}` : m.description;
  return out;
}

/** fromMerits writes each line as a merit of its side. */
export function fromMerits(m: Merits): { side: Side; description: string }[] {
  return sides.flatMap((s) => splitList(m[s], true).map((d) => ({ side: s, description: d })));
}

/** MeritFields edits the merits of both sides. */
export function MeritFields({ value, onChange }: { value: Merits; onChange: (m: Merits) => void }) {
  return (
    <Fieldset legend={tc('merits')} class="content-merits">
      {sides.map((s) => (
        <TextArea
          key={s}
          label={tc('meritFor', { side: tc(`side${s}`) })}
          help={tc('meritHelp')}
          value={value[s]}
          rows={3}
          testid={`merit-${s}`}
          onInput={(d) => onChange({ ...value, [s]: d })}
        />
      ))}
    </Fieldset>
  );
}

// ---------------------------------------------------------------------------------------
// Lists

/** ListFrame is a list screen: its heading, the way to a new item, filters and the table. */
export function ListFrame(p: { title: string; newLabel?: string; newPath?: string; filters?: ComponentChildren; onApply?: () => void; onClear?: () => void; children: ComponentChildren }) {
  return (
    <>
      <div class="content-listhead">
        <h1>{p.title}</h1>
        {p.newLabel && p.newPath && (
          <a class="btn btn-primary" href={href(p.newPath)} data-testid="new-item">
            ＋ {p.newLabel}
          </a>
        )}
      </div>
      {p.filters && (
        <form
          class="content-filters"
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            p.onApply?.();
          }}
        >
          <Fieldset legend={tc('filters')}>
            <div class="content-filter-row">{p.filters}</div>
            <div class="actions">
              <Button type="submit" variant="primary">
                {tc('apply')}
              </Button>
              <Button onClick={p.onClear}>{tc('clear')}</Button>
            </div>
          </Fieldset>
        </form>
      )}
      {p.children}
    </>
  );
}

/** useList keeps a list's cursor and the filters in force (the typed ones apply on submit). */
export function useList<F>(empty: F): { draft: F; setDraft: (f: F) => void; filter: F; apply: () => void; clear: () => void; after: string | null; setAfter: (a: string | null) => void } {
  const [draft, setDraft] = useState<F>(empty);
  const [filter, setFilter] = useState<F>(empty);
  const [after, setAfter] = useState<string | null>(null);
  return {
    draft,
    setDraft,
    filter,
    apply: () => {
      setFilter(draft);
      setAfter(null);
    },
    clear: () => {
      setDraft(empty);
      setFilter(empty);
      setAfter(null);
    },
    after,
    setAfter,
  };
}

/** pageSize is the rows per list page. */
export const pageSize = 20;

// ---------------------------------------------------------------------------------------
// Pickers

const DepartmentsDoc = graphql(`
  query ContentDepartments {
    municipality {
      departments {
        id
        name
      }
    }
  }
`);

/** DepartmentSelect picks a department of the municipality (or none). */
export function DepartmentSelect(p: { label: string; value: string; onChange: (v: string) => void; noneLabel: string; testid?: string }) {
  const q = useQuery(DepartmentsDoc, {});
  const opts = [{ value: '', label: p.noneLabel }, ...(q.data?.municipality.departments ?? []).map((d) => ({ value: d.id, label: d.name }))];
  return <Select label={p.label} value={p.value} onChange={p.onChange} options={opts} testid={p.testid} />;
}

const PartnersDoc = graphql(`
  query ContentPartners($search: String) {
    partners(first: 30, filter: { search: $search }) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

/** Partner is a chosen organization. */
export interface Partner {
  id: string;
  name: string;
}

/** PartnerPicker chooses partner organizations: chosen ones first, then a search. */
export function PartnerPicker({ legend, value, onChange }: { legend: string; value: Partner[]; onChange: (v: Partner[]) => void }) {
  const [search, setSearch] = useState('');
  const [applied, setApplied] = useState('');
  const q = useQuery(PartnersDoc, { search: emptyToNull(applied) });
  const chosen = new Set(value.map((p) => p.id));
  const found = (q.data?.partners.edges ?? []).map((e) => e.node).filter((n) => !chosen.has(n.id));
  const toggle = (p: Partner, on: boolean) => onChange(on ? [...value, p] : value.filter((x) => x.id !== p.id));
  const base = useId();
  return (
    <Fieldset legend={legend} class="content-partners">
      <ul class="content-checks">
        {[...value, ...found].map((p) => (
          <li key={p.id}>
            <input id={`${base}-${p.id}`} type="checkbox" checked={chosen.has(p.id)} onChange={(e) => toggle(p, e.currentTarget.checked)} />{' '}
            <label for={`${base}-${p.id}`}>{p.name}</label>
          </li>
        ))}
      </ul>
      {found.length === 0 && value.length === 0 && <p>{tc('partnerNone')}</p>}
      <div class="content-inline">
        <TextField label={tc('partnerSearch')} type="search" value={search} onInput={setSearch} />
        <Button onClick={() => setApplied(search)}>{tc('apply')}</Button>
      </div>
    </Fieldset>
  );
}

/** Denied says the API lets this clerk not use the screen. */
export function Denied() {
  return <p role="alert">{tc('notAllowed')}</p>;
}

/** commonWords re-exports shared labels the content screens use, so each file imports one place. */
export { t };
