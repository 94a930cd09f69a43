// 保存年限: the municipality's retention period per record type (Municipality.retention,
// changed with setRetention), what the purge would remove now (retentionDryRun, each with a
// link to the record so the desk can set a legal hold first), and the purge log (purgeLog).
import { useState } from 'preact/hooks';
import { gql } from '../../api';
import { formatDateTime } from '../../dates';
import { graphql } from '../../gql';
import type { DeskRetentionPurgeLogQuery, RetentionRecordType, RetentionRuleInput } from '../../gql/graphql';
import { useAction, useQuery } from '../../hooks';
import { t } from '../../i18n/common';
import { tg } from '../../i18n/governance';
import type { RouteProps } from '../../router';
import { Badge } from '../../ui/badge';
import { ErrorBanner, Loading, Notice } from '../../ui/banner';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/field';
import { PagedTable } from '../../ui/table';
import { recordLink, recordTypeOf } from './records';
import { useCursor, useRights } from './rights';

const RulesDoc = graphql(`
  query DeskRetentionRules {
    municipality {
      id
      retention {
        recordType
        months
        isDefault
      }
    }
  }
`);

const SetRulesDoc = graphql(`
  mutation DeskRetentionSet($input: [RetentionRuleInput!]!) {
    setRetention(input: $input) {
      recordType
      months
      isDefault
    }
  }
`);

const DryRunDoc = graphql(`
  query DeskRetentionDryRun {
    retentionDryRun {
      recordId
      rule
      months
      expiredSince
    }
  }
`);

const PurgeLogDoc = graphql(`
  query DeskRetentionPurgeLog($first: Int, $after: String) {
    purgeLog(first: $first, after: $after) {
      edges {
        cursor
        node {
          recordId
          recordType
          rule
          months
          expiredAt
          purgedAt
          parts
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

type PurgeEntry = DeskRetentionPurgeLogQuery['purgeLog']['edges'][number]['node'];

type Key = Parameters<typeof tg>[0];

/** ruleLabel is the clerk's name of a rule: long in the rules form, short in the lists. */
function ruleLabel(r: RetentionRecordType, short = false): string {
  return tg(`${short ? 'short' : 'rule'}${r}` as Key);
}

const partKeys: Record<string, Key> = {
  contact: 'partContact',
  messages: 'partMessages',
  attachments: 'partAttachments',
  sender: 'partSender',
  subject: 'partSubject',
  body: 'partBody',
  replies: 'partReplies',
  forwardNotes: 'partForwardNotes',
  disclosureCopies: 'partDisclosureCopies',
  customFields: 'partCustomFields',
  organization: 'partOrganization',
};

function partLabel(p: string, recordType: string): string {
  const m = /^entries:(\d+)$/.exec(p);
  if (m) return tg(recordType === 'OutboxMail' ? 'partMails' : 'partEntries', { n: m[1]! });
  const k = partKeys[p];
  return k ? tg(k) : p;
}

/** RecordCell names a record and links to its page when the admin has one. */
function RecordCell({ id, type }: { id: string; type: string }) {
  const l = recordLink(type, id);
  const label = type === 'Proposal' ? tg('typeProposal') : type === 'Inquiry' ? tg('typeInquiry') : type === 'OutboxMail' ? tg('outboxMail') : tg('auditEntry');
  const text = `${label} ${id}`;
  return l ? <a href={l}>{text}</a> : <>{text}</>;
}

const purgePageSize = 20;

/** Retention shows the periods with their form, the dry run and the purge log. */
export function Retention(_: RouteProps) {
  const can = useRights();
  const rules = useQuery(RulesDoc, {});
  const dry = useQuery(DryRunDoc, {});
  const [after, setAfter] = useCursor('purge');
  const log = useQuery(PurgeLogDoc, { first: purgePageSize, after });
  const list = dry.data?.retentionDryRun ?? [];
  // Above the form, which starts again from the saved periods (keyed by them).
  const [notice, setNotice] = useState('');
  return (
    <section>
      <h1>{tg('retentionTitle')}</h1>
      <p>{tg('retentionIntro')}</p>
      <ErrorBanner error={rules.error} onRetry={() => void rules.reload()} retryLabel={t('retry')} />
      {rules.loading && !rules.data && <Loading label={t('loading')} />}
      <Notice>{notice}</Notice>
      {rules.data && (
        <RulesForm
          key={JSON.stringify(rules.data.municipality.retention)}
          rules={rules.data.municipality.retention}
          editable={can('retention', 'manage')}
          onNotice={setNotice}
          onSaved={async () => {
            await rules.reload();
            await dry.reload();
          }}
        />
      )}
      <section aria-labelledby="retention-dry-run">
        <h2 id="retention-dry-run">{tg('dryRunTitle')}</h2>
        <p class="help">{tg('dryRunIntro')}</p>
        <ErrorBanner error={dry.error} onRetry={() => void dry.reload()} retryLabel={t('retry')} />
        {dry.data &&
          (list.length === 0 ? (
            <p data-testid="retention-dry-run-none">{tg('dryRunNone')}</p>
          ) : (
            <div class="table-wrap" tabIndex={0} role="region" aria-label={tg('dryRunCaption')}>
              <table class="table" data-testid="retention-dry-run">
                <caption>
                  {tg('dryRunCaption')}（{tg('dryRunCount', { n: list.length })}）
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{tg('colRecord')}</th>
                    <th scope="col">{tg('colRule')}</th>
                    <th scope="col">{tg('colMonths')}</th>
                    <th scope="col">{tg('colExpired')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((c) => (
                    <tr key={c.recordId}>
                      <td class="desk-break">
                        <RecordCell id={c.recordId} type={recordTypeOf(c.recordId)} />
                      </td>
                      <td>{ruleLabel(c.rule, true)}</td>
                      <td class="desk-nowrap">{tg('monthsN', { n: c.months })}</td>
                      <td class="desk-nowrap">{formatDateTime(c.expiredSince)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
      </section>
      <section aria-labelledby="retention-purge-log">
        <h2 id="retention-purge-log">{tg('purgeTitle')}</h2>
        <ErrorBanner error={log.error} onRetry={() => void log.reload()} retryLabel={t('retry')} />
        <PagedTable
          caption={tg('purgeCaption')}
          testid="retention-purge-log"
          page={log.data?.purgeLog}
          after={after}
          onAfter={setAfter}
          resetKey="purge"
          pageSize={purgePageSize}
          rowKey={(e: PurgeEntry) => `${e.recordType}|${e.recordId}|${e.purgedAt}`}
          columns={[
            { header: tg('colPurgedAt'), cell: (e) => formatDateTime(e.purgedAt), class: 'desk-nowrap' },
            { header: tg('colRecord'), cell: (e) => <RecordCell id={e.recordId} type={e.recordType} />, class: 'desk-break' },
            { header: tg('colRule'), cell: (e) => `${ruleLabel(e.rule, true)}（${tg('monthsN', { n: e.months })}）` },
            { header: tg('colExpired'), cell: (e) => formatDateTime(e.expiredAt), class: 'desk-nowrap' },
            { header: tg('colParts'), cell: (e) => e.parts.map((p) => partLabel(p, e.recordType)).join('、') },
          ]}
        />
      </section>
    </section>
  );
}

/** RulesForm edits the months of every record type; only the changed ones are sent. */
function RulesForm(p: { rules: { recordType: RetentionRecordType; months: number; isDefault: boolean }[]; editable: boolean; onNotice: (s: string) => void; onSaved: () => Promise<void> }) {
  const [months, setMonths] = useState<Record<string, string>>(Object.fromEntries(p.rules.map((r) => [r.recordType, String(r.months)])));
  const save = useAction(async () => {
    const input: RetentionRuleInput[] = p.rules
      .filter((r) => months[r.recordType] !== String(r.months))
      .map((r) => ({ recordType: r.recordType, months: Number(months[r.recordType]) }));
    await gql(SetRulesDoc, { input });
    p.onNotice(tg('rulesSaved'));
    await p.onSaved();
  });
  // The API names a bad period by its position in the input (input[N].months): find its type.
  const changed = p.rules.filter((r) => months[r.recordType] !== String(r.months));
  const [bad, setBad] = useState<string[]>([]);
  const fieldOf = (type: RetentionRecordType): string | undefined => {
    if (bad.includes(type)) return tg('monthsHelp');
    const f = save.error?.field;
    if (!f) return undefined;
    const m = /^input\[(\d+)\]/.exec(f);
    return m && changed[Number(m[1])]?.recordType === type ? save.error!.clerkMessage() : undefined;
  };
  const anyField = p.rules.some((r) => fieldOf(r.recordType));
  return (
    <form
      class="desk-panel"
      aria-labelledby="retention-rules"
      data-testid="retention-rules"
      onSubmit={(e) => {
        e.preventDefault();
        p.onNotice('');
        const wrong = changed.filter((r) => !/^\d+$/.test(months[r.recordType] ?? '') || Number(months[r.recordType]) < 1 || Number(months[r.recordType]) > 1200);
        setBad(wrong.map((r) => r.recordType));
        if (wrong.length === 0) void save.run();
      }}
    >
      <h2 id="retention-rules">{tg('rulesTitle')}</h2>
      <ErrorBanner error={anyField ? undefined : save.error} />
      {p.rules.map((r) => (
        <div key={r.recordType} class="retention-rule">
          {p.editable ? (
            <TextField
              label={ruleLabel(r.recordType)}
              type="number"
              value={months[r.recordType] ?? ''}
              onInput={(v) => setMonths({ ...months, [r.recordType]: v })}
              help={`${tg('months')}・${tg('monthsHelp')}`}
              error={fieldOf(r.recordType)}
              required
              testid={`retention-${r.recordType}`}
            />
          ) : (
            <p>
              <span class="desk-label">{ruleLabel(r.recordType)}</span>：{tg('monthsN', { n: r.months })}
            </p>
          )}
          <Badge tone={r.isDefault ? 'neutral' : 'info'} testid={`retention-${r.recordType}-source`}>
            {r.isDefault ? tg('isDefault') : tg('isSet')}
          </Badge>
        </div>
      ))}
      {p.editable && (
        <div class="actions">
          <Button type="submit" variant="primary" busy={save.busy} disabled={changed.length === 0} data-testid="retention-save">
            {tg('saveRules')}
          </Button>
        </div>
      )}
    </form>
  );
}
