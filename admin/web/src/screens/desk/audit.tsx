// 操作ログ: who changed what and when, newest first, paged by the API's cursors and narrowed
// by period, actor, action and target (auditLog's filter). The filters live in the URL, so
// a clerk can bookmark or share a view; targets the admin has a screen for are links.
import { useState } from 'preact/hooks';
import { formatDateTime } from '../../dates';
import { graphql } from '../../gql';
import type { AuditFilter, DeskAuditLogQuery } from '../../gql/graphql';
import { useQuery } from '../../hooks';
import { lang } from '../../i18n';
import { t } from '../../i18n/common';
import { td } from '../../i18n/desk';
import { href, navigate, type RouteProps } from '../../router';
import { ErrorBanner } from '../../ui/banner';
import { Button } from '../../ui/button';
import { Fieldset, Select, TextField } from '../../ui/field';
import { PagedTable } from '../../ui/table';
import { roleLabel } from './accounts';
import { useCursor } from './rights';

const AuditDoc = graphql(`
  query DeskAuditLog($first: Int, $after: String, $filter: AuditFilter) {
    auditLog(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          actor {
            id
            displayName
          }
          action
          targetType
          targetId
          changes
          at
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

const ActorsDoc = graphql(`
  query DeskAuditActors {
    users(first: 100) {
      edges {
        node {
          id
          displayName
          role
        }
      }
    }
  }
`);

type Entry = DeskAuditLogQuery['auditLog']['edges'][number]['node'];

const pageSize = 50;

/** actions are the audit actions a clerk picks from: groups (a dotted prefix) and single actions. */
const actions: { value: string; ja: string; en: string }[] = [
  { value: 'inquiry.', ja: 'お問い合わせ（すべて）', en: 'Inquiries (all)' },
  { value: 'inquiry.submit', ja: 'お問い合わせの受付', en: 'Inquiry received' },
  { value: 'inquiry.close', ja: 'お問い合わせの対応済み', en: 'Inquiry closed' },
  { value: 'proposal.', ja: '提案（すべて）', en: 'Proposals (all)' },
  { value: 'proposal.assign', ja: '提案の担当課への依頼', en: 'Proposal assigned' },
  { value: 'proposal.respond', ja: '担当課の回答', en: 'Department answered' },
  { value: 'proposal.link', ja: '提案と事業・協定の結び付け', en: 'Proposal linked' },
  { value: 'proposal.message', ja: '対話・庁内メモの投稿', en: 'Message posted' },
  { value: 'content.', ja: 'コンテンツ（すべて）', en: 'Content (all)' },
  { value: 'content.create', ja: 'コンテンツの作成', en: 'Content created' },
  { value: 'content.update', ja: 'コンテンツの更新', en: 'Content updated' },
  { value: 'content.delete', ja: 'コンテンツの削除', en: 'Content deleted' },
  { value: 'content.published', ja: '公開', en: 'Published' },
  { value: 'content.draft', ja: '公開の取り消し', en: 'Unpublished' },
  { value: 'content.archived', ja: 'アーカイブ', en: 'Archived' },
  { value: 'content.restore', ja: '版の復元', en: 'Revision restored' },
  { value: 'account.', ja: 'アカウント（すべて）', en: 'Accounts (all)' },
  { value: 'account.createStaff', ja: '職員アカウントの作成', en: 'Staff account created' },
  { value: 'account.disable', ja: 'アカウントの無効化', en: 'Account disabled' },
  { value: 'account.enable', ja: 'アカウントの有効化', en: 'Account enabled' },
  { value: 'department.', ja: '部署（すべて）', en: 'Departments (all)' },
  { value: 'department.save', ja: '部署の追加・変更', en: 'Department saved' },
  { value: 'department.delete', ja: '部署の削除', en: 'Department deleted' },
  { value: 'organization.', ja: '事業者等（すべて）', en: 'Organizations (all)' },
  { value: 'webhook.', ja: 'Webhook（すべて）', en: 'Webhooks (all)' },
  { value: 'webhook.register', ja: 'Webhook の登録', en: 'Webhook registered' },
  { value: 'webhook.delete', ja: 'Webhook の削除', en: 'Webhook deleted' },
];

/** targetTypes are the kinds of target a clerk may narrow to (the API compares them case-insensitively). */
const targetTypes: { value: string; ja: string; en: string }[] = [
  { value: 'Inquiry', ja: 'お問い合わせ', en: 'Inquiry' },
  { value: 'Proposal', ja: '提案', en: 'Proposal' },
  { value: 'User', ja: 'アカウント', en: 'Account' },
  { value: 'Department', ja: '部署', en: 'Department' },
  { value: 'Organization', ja: '事業者等', en: 'Organization' },
  { value: 'Challenge', ja: '課題', en: 'Challenge' },
  { value: 'CaseStudy', ja: '連携事例', en: 'Case study' },
  { value: 'Agreement', ja: '協定', en: 'Agreement' },
  { value: 'Project', ja: '事業', en: 'Project' },
  { value: 'Announcement', ja: 'お知らせ', en: 'Announcement' },
  { value: 'CollaborationMethod', ja: '連携手法', en: 'Collaboration method' },
  { value: 'Webhook', ja: 'Webhook', en: 'Webhook' },
];

function label(list: { value: string; ja: string; en: string }[], v: string): string | undefined {
  const x = list.find((a) => a.value.toLowerCase() === v.toLowerCase());
  return x ? (lang() === 'en' ? x.en : x.ja) : undefined;
}

/** startOf is the first moment of a Tokyo calendar day, for the API's DateTime. */
function startOf(day: string): string {
  return `${day}T00:00:00+09:00`;
}

/** dayAfter is the next calendar date: the end date is inclusive for the clerk, exclusive for the API. */
function dayAfter(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

const isDay = (s: string | null): s is string => !!s && /^\d{4}-\d{2}-\d{2}$/.test(s);

/** filterOf reads the audit filter from the URL (?from=&to=&actor=&action=&type=&target=). */
function filterOf(q: URLSearchParams): AuditFilter | null {
  const f: AuditFilter = {};
  const from = q.get('from');
  const to = q.get('to');
  if (isDay(from)) f.from = startOf(from);
  if (isDay(to)) f.to = startOf(dayAfter(to));
  if (q.get('actor')) f.actorId = q.get('actor');
  if (q.get('action')) f.action = q.get('action');
  if (q.get('type')) f.targetType = q.get('type');
  if (q.get('target')) f.targetId = q.get('target');
  return Object.keys(f).length > 0 ? f : null;
}

/** targetLink is the admin screen of a target, when there is one. */
function targetLink(e: Entry): string | null {
  const id = encodeURIComponent(e.targetId);
  switch (e.targetType.toLowerCase()) {
    case 'inquiry':
      return href(`/desk/inquiries/${id}`, { status: 'ALL' });
    case 'proposal':
      return href(`/proposals/${id}`);
    case 'department':
      return href('/desk/departments', { id: e.targetId });
    case 'webhook':
      return href(`/desk/webhooks/${id}`);
    default:
      return null;
  }
}

/** changesText writes the changes JSON compactly: the field names when it is {"fields": [...]}. */
function changesText(s: string): string {
  if (!s || s === '{}' || s === 'null') return '—';
  try {
    const v = JSON.parse(s) as unknown;
    if (v && typeof v === 'object' && 'fields' in v && Array.isArray((v as { fields: unknown }).fields)) {
      return (v as { fields: unknown[] }).fields.map(String).join('、') || '—';
    }
  } catch {
    /* not JSON: shown as stored */
  }
  return s;
}

/** AuditLog pages through the audit log with the filters of the URL. */
export function AuditLog({ query }: RouteProps) {
  const filter = filterOf(query);
  const key = JSON.stringify(filter);
  const [after, setAfter] = useCursor(key);
  const q = useQuery(AuditDoc, { first: pageSize, after, filter });
  const set = (k: string, v: string | undefined) => {
    const next: Record<string, string | undefined> = Object.fromEntries(query.entries());
    next[k] = v;
    navigate('/desk/audit', next);
  };
  return (
    <section>
      <h1>{td('auditTitle')}</h1>
      <p>{td('auditIntro')}</p>
      <AuditFilters key={query.toString()} query={query} />
      {query.get('target') && (
        <p>
          {td('onlyTarget', { id: query.get('target')! })}{' '}
          <Button variant="link" onClick={() => set('target', undefined)}>
            {td('showAllTargets')}
          </Button>
        </p>
      )}
      <ErrorBanner error={q.error} onRetry={() => void q.reload()} retryLabel={t('retry')} />
      <PagedTable
        caption={td('auditCaption')}
        testid="audit"
        page={q.data?.auditLog}
        after={after}
        onAfter={setAfter}
        resetKey={key}
        pageSize={pageSize}
        rowKey={(e) => `${e.at}|${e.action}|${e.targetType}|${e.targetId}|${e.actor?.id ?? ''}`}
        columns={[
          { header: td('at'), cell: (e) => formatDateTime(e.at), class: 'desk-nowrap' },
          { header: td('actor'), cell: (e) => e.actor?.displayName ?? td('system') },
          {
            header: td('action'),
            cell: (e) => (
              <>
                {label(actions, e.action) ?? ''} <code>{e.action}</code>
              </>
            ),
          },
          {
            header: td('target'),
            cell: (e) => {
              const l = targetLink(e);
              const text = `${label(targetTypes, e.targetType) ?? e.targetType} ${e.targetId}`;
              return (
                <>
                  {l ? <a href={l}>{text}</a> : text}
                  {query.get('target') !== e.targetId && (
                    <>
                      {' '}
                      <a href={href('/desk/audit', { ...Object.fromEntries(query.entries()), target: e.targetId, type: undefined })} class="desk-small">
                        {td('thisTargetOnly')}
                      </a>
                    </>
                  )}
                </>
              );
            },
            class: 'desk-break',
          },
          { header: td('changes'), cell: (e) => changesText(e.changes), class: 'desk-break' },
        ]}
      />
    </section>
  );
}

/** AuditFilters is the filter form; it edits a copy of the URL's filters and applies them on submit. */
function AuditFilters({ query }: { query: URLSearchParams }) {
  const actors = useQuery(ActorsDoc, {});
  const [from, setFrom] = useState(query.get('from') ?? '');
  const [to, setTo] = useState(query.get('to') ?? '');
  const [actor, setActor] = useState(query.get('actor') ?? '');
  const [action, setAction] = useState(query.get('action') ?? '');
  const [type, setType] = useState(query.get('type') ?? '');
  const target = query.get('target') ?? undefined;
  const any = ['from', 'to', 'actor', 'action', 'type', 'target'].some((k) => query.get(k));
  const en = lang() === 'en';
  return (
    <form
      class="desk-panel desk-audit-filters"
      role="search"
      aria-label={td('filters')}
      onSubmit={(e) => {
        e.preventDefault();
        navigate('/desk/audit', { from, to, actor, action, type, target });
      }}
    >
      <Fieldset legend={td('period')} class="desk-period">
        <TextField label={td('fromDate')} type="date" value={from} onInput={setFrom} testid="audit-from" />
        <TextField label={td('toDate')} type="date" value={to} onInput={setTo} testid="audit-to" />
      </Fieldset>
      <div class="desk-filters">
        <Select
          label={td('actor')}
          value={actor}
          onChange={setActor}
          testid="audit-actor"
          options={[
            { value: '', label: td('all') },
            ...(actors.data?.users.edges ?? []).map((e) => ({ value: e.node.id, label: `${e.node.displayName}（${roleLabel(e.node.role)}）` })),
          ]}
        />
        <Select
          label={td('action')}
          value={action}
          onChange={setAction}
          testid="audit-action"
          options={[{ value: '', label: td('all') }, ...actions.map((a) => ({ value: a.value, label: en ? a.en : a.ja }))]}
        />
        <Select
          label={td('targetType')}
          value={type}
          onChange={setType}
          testid="audit-type"
          options={[{ value: '', label: td('all') }, ...targetTypes.map((a) => ({ value: a.value, label: en ? a.en : a.ja }))]}
        />
      </div>
      <div class="desk-filter-buttons">
        <Button type="submit" variant="primary" data-testid="audit-apply">
          {td('apply')}
        </Button>
        {any && (
          <Button variant="link" onClick={() => navigate('/desk/audit')}>
            {td('clearFilters')}
          </Button>
        )}
      </div>
    </form>
  );
}
