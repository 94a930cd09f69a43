// 閲覧記録: who among the staff was shown personal data, when, of which record and through
// which operation (personalDataReads), narrowed by record, staff member and period. The
// filters live in the URL so a view can be bookmarked or linked from a record's page; the
// CSV comes from /exports/personal-data-reads.csv with the same filter and the clerk's token.
import { useState } from 'preact/hooks';
import { download } from '../../api';
import { formatDateTime } from '../../dates';
import { graphql } from '../../gql';
import type { DeskPersonalDataReadsQuery, PersonalDataReadFilter } from '../../gql/graphql';
import { useAction, useQuery } from '../../hooks';
import { t } from '../../i18n/common';
import { tg } from '../../i18n/governance';
import { href, navigate, type RouteProps } from '../../router';
import { ErrorBanner, Notice } from '../../ui/banner';
import { Button } from '../../ui/button';
import { Fieldset, Select, TextField } from '../../ui/field';
import { PagedTable } from '../../ui/table';
import { roleLabel } from './accounts';
import { dayAfter, dayOf, recordLink, startOf } from './records';
import { useCursor } from './rights';

const ReadsDoc = graphql(`
  query DeskPersonalDataReads($first: Int, $after: String, $filter: PersonalDataReadFilter) {
    personalDataReads(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          id
          reader
          readerId
          readAt
          recordType
          recordId
          fields
          operation
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

const ReadersDoc = graphql(`
  query DeskPersonalDataReaders {
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

type Entry = DeskPersonalDataReadsQuery['personalDataReads']['edges'][number]['node'];

const pageSize = 50;

/** filterOf reads the filter from the URL (?record=&reader=&from=&to=). */
function filterOf(q: URLSearchParams): PersonalDataReadFilter | null {
  const f: PersonalDataReadFilter = {};
  const from = dayOf(q.get('from'));
  const to = dayOf(q.get('to'));
  if (from) f.from = startOf(from);
  if (to) f.to = startOf(dayAfter(to));
  if (q.get('record')) f.recordId = q.get('record')!.trim();
  if (q.get('reader')) f.readerId = q.get('reader');
  return Object.keys(f).length > 0 ? f : null;
}

function typeLabel(type: string): string {
  switch (type) {
    case 'Proposal':
      return tg('typeProposal');
    case 'Inquiry':
      return tg('typeInquiry');
    case 'User':
      return tg('typeUser');
    case 'Attachment':
      return tg('typeAttachment');
    case 'personal_data_reads':
      return tg('typeLog');
    default:
      return type;
  }
}

/** PersonalDataReads pages through the log with the URL's filters and exports it as CSV. */
export function PersonalDataReads({ query }: RouteProps) {
  const filter = filterOf(query);
  const key = JSON.stringify(filter);
  const [after, setAfter] = useCursor(key);
  const q = useQuery(ReadsDoc, { first: pageSize, after, filter });
  const [done, setDone] = useState(false);
  const csv = useAction(async () => {
    setDone(false);
    const p = new URLSearchParams();
    if (filter?.recordId) p.set('recordId', String(filter.recordId));
    if (filter?.readerId) p.set('readerId', String(filter.readerId));
    if (filter?.from) p.set('from', String(filter.from));
    if (filter?.to) p.set('to', String(filter.to));
    const s = p.toString();
    await download(`exports/personal-data-reads.csv${s ? `?${s}` : ''}`, 'personal-data-reads.csv');
    setDone(true);
  });
  return (
    <section>
      <h1>{tg('readsTitle')}</h1>
      <p>{tg('readsIntro')}</p>
      <ReadFilters key={query.toString()} query={query} />
      <div class="desk-filter-buttons">
        <Button variant="secondary" busy={csv.busy} data-testid="reads-csv" onClick={() => void csv.run()}>
          {tg('download')}
        </Button>
      </div>
      {done && <Notice>{tg('downloaded')}</Notice>}
      <ErrorBanner error={csv.error} />
      <ErrorBanner error={q.error} onRetry={() => void q.reload()} retryLabel={t('retry')} />
      <PagedTable
        caption={tg('readsCaption')}
        testid="personal-data-reads"
        page={q.data?.personalDataReads}
        after={after}
        onAfter={setAfter}
        resetKey={key}
        pageSize={pageSize}
        rowKey={(e: Entry) => e.id}
        columns={[
          { header: tg('colReadAt'), cell: (e) => formatDateTime(e.readAt), class: 'desk-nowrap' },
          {
            header: tg('colReader'),
            cell: (e) => (
              <>
                {e.reader}{' '}
                {query.get('reader') !== e.readerId && (
                  <a href={href('/desk/personal-data-reads', { ...Object.fromEntries(query.entries()), reader: e.readerId })} class="desk-small">
                    {tg('thisReaderOnly')}
                  </a>
                )}
              </>
            ),
          },
          {
            header: tg('colRecord'),
            cell: (e) => {
              const l = recordLink(e.recordType, e.recordId);
              const text = `${typeLabel(e.recordType)} ${e.recordId}`;
              return (
                <>
                  {l ? <a href={l}>{text}</a> : text}
                  {query.get('record') !== e.recordId && (
                    <>
                      {' '}
                      <a href={href('/desk/personal-data-reads', { ...Object.fromEntries(query.entries()), record: e.recordId })} class="desk-small">
                        {tg('thisRecordOnly')}
                      </a>
                    </>
                  )}
                </>
              );
            },
            class: 'desk-break',
          },
          { header: tg('colFields'), cell: (e) => e.fields.join('、'), class: 'desk-break' },
          { header: tg('colOperation'), cell: (e) => <code>{e.operation}</code>, class: 'desk-break' },
        ]}
      />
    </section>
  );
}

/** ReadFilters edits a copy of the URL's filters and applies them on submit. */
function ReadFilters({ query }: { query: URLSearchParams }) {
  const readers = useQuery(ReadersDoc, {});
  const [record, setRecord] = useState(query.get('record') ?? '');
  const [reader, setReader] = useState(query.get('reader') ?? '');
  const [from, setFrom] = useState(dayOf(query.get('from')));
  const [to, setTo] = useState(dayOf(query.get('to')));
  const [bad, setBad] = useState(false);
  const any = ['record', 'reader', 'from', 'to'].some((k) => query.get(k));
  const staff = (readers.data?.users.edges ?? []).filter((e) => e.node.role !== 'PROPOSER');
  return (
    <form
      class="desk-panel desk-audit-filters"
      role="search"
      aria-label={tg('filters')}
      onSubmit={(e) => {
        e.preventDefault();
        const ok = !from || !to || from <= to;
        setBad(!ok);
        if (ok) navigate('/desk/personal-data-reads', { record: record.trim(), reader, from, to });
      }}
    >
      <Fieldset legend={tg('period')} class="desk-period">
        <TextField label={tg('fromDate')} type="date" value={from} onInput={setFrom} testid="reads-from" error={bad ? tg('badRange') : undefined} />
        <TextField label={tg('toDate')} type="date" value={to} onInput={setTo} testid="reads-to" />
      </Fieldset>
      <div class="desk-filters">
        <Select
          label={tg('reader')}
          value={reader}
          onChange={setReader}
          testid="reads-reader"
          options={[{ value: '', label: tg('all') }, ...staff.map((e) => ({ value: e.node.id, label: `${e.node.displayName}（${roleLabel(e.node.role)}）` }))]}
        />
        <TextField label={tg('record')} help={tg('recordHelp')} value={record} onInput={setRecord} maxLength={200} testid="reads-record" />
      </div>
      <div class="desk-filter-buttons">
        <Button type="submit" variant="primary" data-testid="reads-apply">
          {tg('apply')}
        </Button>
        {any && (
          <Button variant="link" onClick={() => navigate('/desk/personal-data-reads')}>
            {tg('clearFilters')}
          </Button>
        )}
      </div>
    </form>
  );
}
