// The desk inbox: proposals by status, filters kept in the URL's hash (so a reload or a
// shared link keeps them), "要対応" (unread dialogue, overdue answers) above the list, and
// cursor paging. Department staff get the same screen; the API scopes it to their proposals.
import { useState } from 'preact/hooks';
import { graphql } from '../../gql';
import type { InboxRowFragment, ProposalFilter, ProposalKind, ProposalStatus } from '../../gql/graphql';
import { formatDate, formatDateTime } from '../../dates';
import { useQuery } from '../../hooks';
import { t } from '../../i18n/common';
import { tp } from '../../i18n/proposals';
import { href, navigate, type RouteProps } from '../../router';
import { Badge } from '../../ui/badge';
import { ErrorBanner, Loading } from '../../ui/banner';
import { Button } from '../../ui/button';
import { Checkbox, Fieldset, Select, TextField } from '../../ui/field';
import { PagedTable, type Column } from '../../ui/table';
import { kindLabel, StatusBadge, statuses } from './labels';

graphql(`
  fragment InboxRow on Proposal {
    id
    title
    kind
    status
    submittedAt
    unreadMessageCount
    overdue
    organization {
      name
    }
    challenge {
      title
    }
    assignments {
      department {
        id
        name
      }
      dueOn
      respondedAt
    }
  }
`);

const InboxDoc = graphql(`
  query InboxProposals($first: Int, $after: String, $filter: ProposalFilter) {
    proposals(first: $first, after: $after, filter: $filter, orderBy: { field: UPDATED_AT, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...InboxRow
        }
      }
    }
  }
`);

const OptionsDoc = graphql(`
  query InboxOptions {
    municipality {
      departments {
        id
        name
        parent {
          id
        }
      }
    }
    challenges(first: 100) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

const pageSize = 20;
const filterKeys = ['status', 'kind', 'challenge', 'department', 'from', 'to', 'q', 'attention'] as const;
type FilterKey = (typeof filterKeys)[number];
type Filters = Partial<Record<FilterKey, string>>;

function readFilters(query: URLSearchParams): Filters {
  const f: Filters = {};
  for (const k of filterKeys) {
    const v = query.get(k);
    if (v) f[k] = v;
  }
  return f;
}

function toApi(f: Filters): ProposalFilter {
  const out: ProposalFilter = {};
  if (f.status) out.status = f.status as ProposalStatus;
  if (f.kind) out.kind = f.kind as ProposalKind;
  if (f.challenge) out.challengeId = f.challenge;
  if (f.department) out.departmentId = f.department;
  if (f.from || f.to) out.submittedOn = { from: f.from || null, to: f.to || null };
  if (f.q) out.search = f.q;
  if (f.attention) out.needsAttention = true;
  return out;
}

/** depth orders departments as a tree (parents before children, as the API answers) with indentation. */
function departmentOptions(deps: { id: string; name: string; parent?: { id: string } | null }[]) {
  const depth = new Map<string, number>();
  return deps.map((d) => {
    const n = d.parent ? (depth.get(d.parent.id) ?? 0) + 1 : 0;
    depth.set(d.id, n);
    return { value: d.id, label: `${'　'.repeat(n)}${d.name}` };
  });
}

/** Inbox is the list of proposals the caller may see. */
export function Inbox({ query }: RouteProps) {
  const applied = readFilters(query);
  const [draft, setDraft] = useState<Filters>(applied);
  const filter = toApi(applied);
  const key = JSON.stringify(filter);
  // The cursor belongs to one filter: a status tab or new filters start again at page one.
  const [paging, setPaging] = useState<{ key: string; after: string | null }>({ key, after: null });
  const after = paging.key === key ? paging.after : null;
  const setAfter = (c: string | null) => setPaging({ key, after: c });
  const list = useQuery(InboxDoc, { first: pageSize, after, filter });
  const options = useQuery(OptionsDoc, {});
  const set = (k: FilterKey) => (v: string) => setDraft({ ...draft, [k]: v });
  const go = (f: Filters) => {
    setAfter(null);
    navigate('/proposals', f);
  };

  const columns = inboxColumns();

  return (
    <section>
      <h1>{tp('inboxTitle')}</h1>
      {!applied.attention && <Attention columns={columns} />}
      <h2 class="visually-hidden">{tp('inboxCaption')}</h2>
      <nav aria-label={tp('statusTabs')} class="tabs">
        <ul>
          <li>
            <a href={href('/proposals', { ...applied, status: undefined })} aria-current={!applied.status ? 'page' : undefined}>
              {tp('all')}
            </a>
          </li>
          {statuses.map((s) => (
            <li key={s}>
              <a href={href('/proposals', { ...applied, status: s })} aria-current={applied.status === s ? 'page' : undefined} data-testid={`status-tab-${s}`}>
                {tp(`status${s}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <form
        class="filters"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          go(draft);
        }}
      >
        <Fieldset legend={tp('filters')} class="filters-grid">
          <TextField label={tp('search')} type="search" value={draft.q ?? ''} onInput={set('q')} testid="filter-search" />
          <Select
            label={tp('kind')}
            value={draft.kind ?? ''}
            onChange={set('kind')}
            options={[{ value: '', label: tp('any') }, ...(['FREE', 'CHALLENGE'] as const).map((k) => ({ value: k, label: kindLabel(k) }))]}
          />
          <Select
            label={tp('challenge')}
            value={draft.challenge ?? ''}
            onChange={set('challenge')}
            options={[{ value: '', label: tp('any') }, ...(options.data?.challenges.edges.map((e) => ({ value: e.node.id, label: e.node.title })) ?? [])]}
          />
          <Select
            label={tp('department')}
            value={draft.department ?? ''}
            onChange={set('department')}
            options={[{ value: '', label: tp('any') }, ...departmentOptions(options.data?.municipality.departments ?? [])]}
            testid="filter-department"
          />
          <TextField label={tp('submittedFrom')} type="date" value={draft.from ?? ''} onInput={set('from')} />
          <TextField label={tp('submittedTo')} type="date" value={draft.to ?? ''} onInput={set('to')} />
          <Checkbox label={tp('onlyAttention')} checked={!!draft.attention} onChange={(v) => setDraft({ ...draft, attention: v ? '1' : undefined })} testid="filter-attention" />
        </Fieldset>
        <div class="actions">
          <Button type="submit" variant="primary" data-testid="filter-apply">
            {tp('apply')}
          </Button>
          <Button
            onClick={() => {
              setDraft({});
              go({});
            }}
          >
            {tp('reset')}
          </Button>
        </div>
      </form>
      <ErrorBanner error={list.error} onRetry={() => void list.reload()} retryLabel={t('retry')} />
      {list.loading && !list.data && <Loading label={t('loading')} />}
      {list.data && (
        <PagedTable
          caption={tp('inboxCaption')}
          columns={columns}
          page={list.data.proposals}
          after={after}
          onAfter={setAfter}
          resetKey={key}
          rowKey={(p) => p.id}
          pageSize={pageSize}
          testid="inbox-table"
        />
      )}
    </section>
  );
}

/** Attention lists, above the inbox, what needs the viewer now: unread dialogue and overdue answers. */
function Attention({ columns }: { columns: Column<InboxRowFragment>[] }) {
  const [after, setAfter] = useState<string | null>(null);
  const q = useQuery(InboxDoc, { first: pageSize, after, filter: { needsAttention: true } });
  return (
    <section class="attention" aria-labelledby="attention-title" data-testid="attention">
      <h2 id="attention-title">{tp('attentionTitle')}</h2>
      <p class="help">{tp('attentionHelp')}</p>
      <ErrorBanner error={q.error} onRetry={() => void q.reload()} retryLabel={t('retry')} />
      {q.data &&
        (q.data.proposals.totalCount === 0 ? (
          <p class="muted">{tp('attentionNone')}</p>
        ) : (
          <PagedTable
            caption={tp('attentionCaption')}
            columns={columns}
            page={q.data.proposals}
            after={after}
            onAfter={setAfter}
            resetKey="attention"
            rowKey={(p) => p.id}
            pageSize={pageSize}
            testid="attention-table"
          />
        ))}
    </section>
  );
}

function inboxColumns(): Column<InboxRowFragment>[] {
  return [
    {
      header: tp('colTitle'),
      cell: (p) => (
        <a href={href(`/proposals/${encodeURIComponent(p.id)}`)} data-testid="proposal-link">
          {p.title}
        </a>
      ),
    },
    { header: tp('colProposer'), cell: (p) => p.organization?.name ?? '' },
    { header: tp('colKind'), cell: (p) => (p.kind === 'CHALLENGE' && p.challenge ? `${kindLabel(p.kind)}：${p.challenge.title}` : kindLabel(p.kind)) },
    { header: tp('colStatus'), cell: (p) => <StatusBadge status={p.status} /> },
    { header: tp('colSubmitted'), cell: (p) => (p.submittedAt ? formatDateTime(p.submittedAt) : tp('notSubmitted')) },
    {
      header: tp('colFlags'),
      cell: (p) => (
        <>
          {p.overdue && (
            <Badge tone="danger" icon="!">
              {tp('overdue')}
            </Badge>
          )}{' '}
          {p.unreadMessageCount > 0 && (
            <Badge tone="warning" icon="●">
              {tp('unread', { n: p.unreadMessageCount })}
            </Badge>
          )}
        </>
      ),
    },
    {
      header: tp('colAssigned'),
      cell: (p) => (
        <ul class="plain">
          {p.assignments.map((a) => (
            <li key={a.department.id}>
              {a.department.name}
              {a.dueOn && `（${formatDate(a.dueOn)}）`}
              {a.respondedAt && <Badge tone="success">{tp('answered')}</Badge>}
            </li>
          ))}
        </ul>
      ),
    },
  ];
}
