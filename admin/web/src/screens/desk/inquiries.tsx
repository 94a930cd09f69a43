// お問い合わせ: the contact-form messages, filtered by status (the only filter the API
// offers) and paged by its cursors; the status filter lives in the URL so it can be shared.
import { graphql } from '../../gql';
import type { InquiryStatus } from '../../gql/graphql';
import { formatDateTime } from '../../dates';
import { useQuery } from '../../hooks';
import { td } from '../../i18n/desk';
import { t } from '../../i18n/common';
import { href, navigate, type RouteProps } from '../../router';
import { Badge } from '../../ui/badge';
import { ErrorBanner } from '../../ui/banner';
import { Select } from '../../ui/field';
import { PagedTable } from '../../ui/table';
import { useCursor } from './rights';

const InquiriesDoc = graphql(`
  query DeskInquiries($first: Int, $after: String, $status: InquiryStatus) {
    inquiries(first: $first, after: $after, status: $status) {
      edges {
        cursor
        node {
          id
          affiliation
          name
          subject
          status
          createdAt
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

const pageSize = 20;

/** InquiryStatusBadge shows an inquiry's status in words, never in colour alone. */
export function InquiryStatusBadge({ status }: { status: InquiryStatus }) {
  return status === 'OPEN' ? (
    <Badge tone="warning" icon="●">
      {td('inquiryOpen')}
    </Badge>
  ) : (
    <Badge tone="success" icon="✓">
      {td('inquiryClosed')}
    </Badge>
  );
}

/** statusFilter reads ?status=: OPEN by default (the clerk's work list), ALL for every one. */
function statusFilter(query: URLSearchParams): InquiryStatus | null {
  const s = query.get('status');
  if (s === 'ALL') return null;
  if (s === 'CLOSED') return 'CLOSED';
  return 'OPEN';
}

/** Inquiries lists the contact-form inquiries. */
export function Inquiries({ query }: RouteProps) {
  const status = statusFilter(query);
  const key = String(status);
  const [after, setAfter] = useCursor(key);
  const q = useQuery(InquiriesDoc, { first: pageSize, after, status });
  return (
    <section>
      <h1>{td('inquiriesTitle')}</h1>
      <form class="desk-filters" role="search" aria-label={td('filters')} onSubmit={(e) => e.preventDefault()}>
        <Select
          label={td('inquiryStatus')}
          value={status ?? 'ALL'}
          testid="inquiry-status"
          onChange={(v) => navigate('/desk/inquiries', { status: v === 'OPEN' ? undefined : v })}
          options={[
            { value: 'OPEN', label: td('inquiryOpen') },
            { value: 'CLOSED', label: td('inquiryClosed') },
            { value: 'ALL', label: td('all') },
          ]}
        />
      </form>
      <ErrorBanner error={q.error} onRetry={() => void q.reload()} retryLabel={t('retry')} />
      <PagedTable
        caption={td('inquiriesCaption')}
        testid="inquiries"
        page={q.data?.inquiries}
        after={after}
        onAfter={setAfter}
        resetKey={key}
        pageSize={pageSize}
        rowKey={(r) => r.id}
        columns={[
          { header: td('receivedAt'), cell: (r) => formatDateTime(r.createdAt), class: 'desk-nowrap' },
          {
            header: td('subject'),
            cell: (r) => <a href={href(`/desk/inquiries/${encodeURIComponent(r.id)}`, { status: query.get('status') ?? undefined })}>{r.subject}</a>,
          },
          { header: td('sender'), cell: (r) => `${r.name}${r.affiliation ? `（${r.affiliation}）` : ''}` },
          { header: td('inquiryStatus'), cell: (r) => <InquiryStatusBadge status={r.status} /> },
        ]}
      />
    </section>
  );
}
