// 統計: how many proposals the desk received per 年度 (or month) and what became of them,
// as deskStatistics answers; the range and grouping live in the URL so a view can be
// bookmarked, and the CSV comes from /exports/statistics.csv with the clerk's token.
import { useState } from 'preact/hooks';
import { download } from '../../api';
import { formatDate } from '../../dates';
import { graphql } from '../../gql';
import type { DeskStatisticsScreenQuery, StatisticsGrouping } from '../../gql/graphql';
import { useAction, useQuery } from '../../hooks';
import { t } from '../../i18n/common';
import { ts } from '../../i18n/statistics';
import { navigate, type RouteProps } from '../../router';
import { ErrorBanner, Notice } from '../../ui/banner';
import { Button } from '../../ui/button';
import { Fieldset, TextField } from '../../ui/field';

const StatisticsDoc = graphql(`
  query DeskStatisticsScreen($from: Date!, $to: Date!, $groupBy: StatisticsGrouping!) {
    deskStatistics(from: $from, to: $to, groupBy: $groupBy) {
      from
      to
      groupBy
      periods {
        ...DeskStatisticsPeriod
      }
      total {
        ...DeskStatisticsPeriod
        receivedByScheme {
          key
          count
        }
      }
    }
  }
  fragment DeskStatisticsPeriod on StatisticsPeriod {
    label
    start
    end
    received
    receivedByKind {
      key
      count
    }
    assigned
    accepted
    declined
    withdrawn
    becameProjects
    becameAgreements
    daysToFirstResponse {
      count
      median
      p90
    }
    daysToDecision {
      count
      median
      p90
    }
  }
`);

type Stats = DeskStatisticsScreenQuery['deskStatistics'];
type Period = Stats['periods'][number];

const isDay = (s: string | null): s is string => !!s && /^\d{4}-\d{2}-\d{2}$/.test(s);

/** fiscalYearNow is the 年度 of today in Japan: January to March belong to the previous year. */
function fiscalYearNow(): number {
  const tokyo = new Date(Date.now() + 9 * 3600 * 1000);
  const y = tokyo.getUTCFullYear();
  return tokyo.getUTCMonth() < 3 ? y - 1 : y;
}

/** rangeOf reads the URL's range (?from=&to=&by=); by default the last three fiscal years. */
function rangeOf(q: URLSearchParams): { from: string; to: string; groupBy: StatisticsGrouping } {
  const fy = fiscalYearNow();
  const from = q.get('from');
  const to = q.get('to');
  return {
    from: isDay(from) ? from : `${fy - 2}-04-01`,
    to: isDay(to) ? to : `${fy + 1}-03-31`,
    groupBy: q.get('by') === 'MONTH' ? 'MONTH' : 'FISCAL_YEAR',
  };
}

function kind(p: Period, k: string): number {
  return p.receivedByKind.find((c) => c.key === k)?.count ?? 0;
}

function days(d: Period['daysToDecision']): string {
  if (d.median == null || d.p90 == null) return ts('none');
  return ts('days', { median: d.median.toFixed(1), p90: d.p90.toFixed(1) });
}

/** Statistics shows the desk's figures for the URL's range with a grouping toggle and a CSV download. */
export function Statistics({ query }: RouteProps) {
  const r = rangeOf(query);
  const q = useQuery(StatisticsDoc, r);
  const [done, setDone] = useState(false);
  const csv = useAction(async () => {
    setDone(false);
    const p = new URLSearchParams({ from: r.from, to: r.to, groupBy: r.groupBy });
    await download(`exports/statistics.csv?${p.toString()}`, `statistics-${r.from}-${r.to}.csv`);
    setDone(true);
  });
  const go = (next: Partial<typeof r>) => {
    const v = { ...r, ...next };
    navigate('/desk/statistics', { from: v.from, to: v.to, by: v.groupBy === 'MONTH' ? 'MONTH' : undefined });
  };
  const st = q.data?.deskStatistics;
  return (
    <section>
      <h1>{ts('title')}</h1>
      <p>{ts('intro')}</p>
      <RangeForm key={`${r.from}|${r.to}`} from={r.from} to={r.to} onApply={(from, to) => go({ from, to })} />
      <div class="desk-filter-buttons" role="group" aria-label={ts('groupBy')}>
        <span>{ts('groupBy')}:</span>
        {(['FISCAL_YEAR', 'MONTH'] as const).map((g) => (
          <Button
            key={g}
            variant={r.groupBy === g ? 'primary' : 'secondary'}
            aria-pressed={r.groupBy === g ? 'true' : 'false'}
            data-testid={`statistics-by-${g.toLowerCase()}`}
            onClick={() => go({ groupBy: g })}
          >
            {g === 'MONTH' ? ts('byMonth') : ts('byFiscalYear')}
          </Button>
        ))}
        <Button variant="secondary" busy={csv.busy} data-testid="statistics-csv" onClick={() => void csv.run()}>
          {ts('download')}
        </Button>
      </div>
      {done && <Notice>{ts('downloaded')}</Notice>}
      <ErrorBanner error={csv.error} />
      <ErrorBanner error={q.error} onRetry={() => void q.reload()} retryLabel={t('retry')} />
      {st && <StatisticsTable st={st} />}
      <p class="desk-small">{ts('definitions')}</p>
    </section>
  );
}

/** RangeForm edits the range and applies it on submit; a reversed range is refused here. */
function RangeForm(p: { from: string; to: string; onApply: (from: string, to: string) => void }) {
  const [from, setFrom] = useState(p.from);
  const [to, setTo] = useState(p.to);
  const [bad, setBad] = useState(false);
  return (
    <form
      class="desk-panel"
      aria-label={ts('period')}
      onSubmit={(e) => {
        e.preventDefault();
        const ok = isDay(from) && isDay(to) && from <= to;
        setBad(!ok);
        if (ok) p.onApply(from, to);
      }}
    >
      <Fieldset legend={ts('period')} class="desk-period">
        <TextField label={ts('from')} type="date" value={from} onInput={setFrom} required testid="statistics-from" error={bad ? ts('badRange') : undefined} />
        <TextField label={ts('to')} type="date" value={to} onInput={setTo} required testid="statistics-to" />
      </Fieldset>
      <div class="desk-filter-buttons">
        <Button type="submit" variant="primary" data-testid="statistics-apply">
          {ts('show')}
        </Button>
      </div>
    </form>
  );
}

/** StatisticsTable is one row per period and a total row, then the schemes of the whole range. */
function StatisticsTable({ st }: { st: Stats }) {
  const by = st.groupBy === 'MONTH' ? ts('byMonth') : ts('byFiscalYear');
  const row = (p: Period, total: boolean) => (
    <tr key={total ? 'total' : p.label} class={total ? 'statistics-total' : undefined}>
      <th scope="row">{total ? ts('total') : p.label}</th>
      <td>{p.received}</td>
      <td>{kind(p, 'FREE')}</td>
      <td>{kind(p, 'CHALLENGE')}</td>
      <td>{p.assigned}</td>
      <td>{p.accepted}</td>
      <td>{p.declined}</td>
      <td>{p.withdrawn}</td>
      <td>{p.becameProjects}</td>
      <td>{p.becameAgreements}</td>
      <td>{days(p.daysToFirstResponse)}</td>
      <td>{days(p.daysToDecision)}</td>
    </tr>
  );
  const caption = ts('caption', { from: formatDate(st.from), to: formatDate(st.to), by });
  // The wide table scrolls sideways on a tablet: the region takes focus so the keyboard can scroll it.
  return (
    <>
      <div class="table-wrap" tabIndex={0} role="region" aria-label={caption}>
        <table class="table statistics-table" data-testid="statistics-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              {(['colPeriod', 'colReceived', 'colFree', 'colChallenge', 'colAssigned', 'colAccepted', 'colDeclined', 'colWithdrawn', 'colProjects', 'colAgreements', 'colFirstResponse', 'colDecision'] as const).map(
                (k) => (
                  <th key={k} scope="col">
                    {ts(k)}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {st.periods.map((p) => row(p, false))}
            {row(st.total, true)}
          </tbody>
        </table>
      </div>
      {st.total.receivedByScheme.length === 0 ? (
        <p>{ts('noSchemes')}</p>
      ) : (
        <div class="table-wrap" tabIndex={0} role="region" aria-label={ts('schemeCaption')}>
          <table class="table statistics-schemes" data-testid="statistics-schemes">
            <caption>{ts('schemeCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{ts('colScheme')}</th>
                <th scope="col">{ts('colCount')}</th>
              </tr>
            </thead>
            <tbody>
              {st.total.receivedByScheme.map((c) => (
                <tr key={c.key}>
                  <th scope="row">{c.key}</th>
                  <td>{c.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
