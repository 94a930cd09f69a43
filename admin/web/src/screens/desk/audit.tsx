// 操作ログ: who changed what and when, newest first, paged by the API's cursors. Targets the
// admin has a screen for are links; the changes column names the fields an update set.
import { formatDateTime } from '../../dates';
import { graphql } from '../../gql';
import type { DeskAuditLogQuery } from '../../gql/graphql';
import { useQuery } from '../../hooks';
import { t } from '../../i18n/common';
import { td } from '../../i18n/desk';
import { href } from '../../router';
import { ErrorBanner } from '../../ui/banner';
import { PagedTable } from '../../ui/table';
import { useCursor } from './rights';

const AuditDoc = graphql(`
  query DeskAuditLog($first: Int, $after: String) {
    auditLog(first: $first, after: $after) {
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

type Entry = DeskAuditLogQuery['auditLog']['edges'][number]['node'];

const pageSize = 50;

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

/** AuditLog pages through the audit log. */
export function AuditLog() {
  const [after, setAfter] = useCursor('audit');
  const q = useQuery(AuditDoc, { first: pageSize, after });
  return (
    <section>
      <h1>{td('auditTitle')}</h1>
      <p>{td('auditIntro')}</p>
      <p class="help">{td('auditNoFilters')}</p>
      <ErrorBanner error={q.error} onRetry={() => void q.reload()} retryLabel={t('retry')} />
      <PagedTable
        caption={td('auditCaption')}
        testid="audit"
        page={q.data?.auditLog}
        after={after}
        onAfter={setAfter}
        resetKey="audit"
        pageSize={pageSize}
        rowKey={(e) => `${e.at}|${e.action}|${e.targetType}|${e.targetId}|${e.actor?.id ?? ''}`}
        columns={[
          { header: td('at'), cell: (e) => formatDateTime(e.at), class: 'desk-nowrap' },
          { header: td('actor'), cell: (e) => e.actor?.displayName ?? td('system') },
          { header: td('action'), cell: (e) => <code>{e.action}</code> },
          {
            header: td('target'),
            cell: (e) => {
              const l = targetLink(e);
              const text = `${e.targetType} ${e.targetId}`;
              return l ? <a href={l}>{text}</a> : text;
            },
            class: 'desk-break',
          },
          { header: td('changes'), cell: (e) => changesText(e.changes), class: 'desk-break' },
        ]}
      />
    </section>
  );
}
