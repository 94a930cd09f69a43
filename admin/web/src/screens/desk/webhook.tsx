// One webhook endpoint and its delivery log: status, attempts, the last response and error,
// and the dates. There is no webhook(id) query, so the page picks its endpoint from webhooks;
// the log grows by asking deliveries(first:) for more (the API offers no cursor there).
import { useState } from 'preact/hooks';
import { formatDateTime } from '../../dates';
import { graphql } from '../../gql';
import type { DeskWebhookDeliveriesQuery } from '../../gql/graphql';
import { useQuery } from '../../hooks';
import { t } from '../../i18n/common';
import { td } from '../../i18n/desk';
import { href, type RouteProps } from '../../router';
import { Badge, type Tone } from '../../ui/badge';
import { ErrorBanner, Loading } from '../../ui/banner';
import { Button } from '../../ui/button';
import { ActiveBadge, eventLabel } from './webhooks';

const DeliveriesDoc = graphql(`
  query DeskWebhookDeliveries($first: Int) {
    webhooks {
      id
      url
      events
      active
      createdAt
      deliveries(first: $first) {
        id
        event
        status
        attempts
        lastStatusCode
        lastError
        nextAttemptAt
        deliveredAt
        createdAt
      }
    }
  }
`);

type Delivery = DeskWebhookDeliveriesQuery['webhooks'][number]['deliveries'][number];

const step = 20;
// maxFirst is the API's largest page (resolvers.MaxFirst).
const maxFirst = 100;

function StatusBadge({ status }: { status: string }) {
  const m: Record<string, [Tone, string, string]> = {
    PENDING: ['warning', '…', td('deliveryPENDING')],
    DELIVERED: ['success', '✓', td('deliveryDELIVERED')],
    FAILED: ['danger', '×', td('deliveryFAILED')],
  };
  const [tone, icon, label] = m[status] ?? ['neutral', '?', status];
  return (
    <Badge tone={tone} icon={icon}>
      {label}
    </Badge>
  );
}

/** WebhookPage shows one endpoint and its newest deliveries. */
export function WebhookPage({ params }: RouteProps) {
  const [first, setFirst] = useState(step);
  const q = useQuery(DeliveriesDoc, { first });
  const back = (
    <p>
      <a href={href('/desk/webhooks')}>← {td('backToWebhooks')}</a>
    </p>
  );
  if (q.error)
    return (
      <section>
        {back}
        <h1>{td('webhookTitle')}</h1>
        <ErrorBanner error={q.error} onRetry={() => void q.reload()} retryLabel={t('retry')} />
      </section>
    );
  if (!q.data) return <Loading label={t('loading')} />;
  const w = q.data.webhooks.find((x) => x.id === params.id);
  if (!w)
    return (
      <section>
        {back}
        <h1>{td('webhookTitle')}</h1>
        <p role="alert">{td('webhookMissing')}</p>
      </section>
    );
  const rows: Delivery[] = w.deliveries;
  return (
    <section>
      {back}
      <h1>
        {td('webhookTitle')}: <span class="desk-break">{w.url}</span>
      </h1>
      <dl class="desk-dl">
        <dt>{td('events')}</dt>
        <dd>{w.events.map(eventLabel).join('、')}</dd>
        <dt>{td('status')}</dt>
        <dd>
          <ActiveBadge active={w.active} />
        </dd>
        <dt>{td('createdAt')}</dt>
        <dd>{formatDateTime(w.createdAt)}</dd>
      </dl>
      <h2>{td('deliveries')}</h2>
      <div class="table-wrap">
        <table class="table" data-testid="deliveries">
          <caption>{td('deliveriesCaption', { n: first })}</caption>
          <thead>
            <tr>
              <th scope="col">{td('queuedAt')}</th>
              <th scope="col">{td('event')}</th>
              <th scope="col">{td('status')}</th>
              <th scope="col">{td('attempts')}</th>
              <th scope="col">{td('lastStatusCode')}</th>
              <th scope="col">{td('lastError')}</th>
              <th scope="col">{td('nextAttemptAt')}</th>
              <th scope="col">{td('deliveredAt')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={8}>{t('empty')}</td>
              </tr>
            )}
            {rows.map((d) => (
              <tr key={d.id}>
                <td class="desk-nowrap">{formatDateTime(d.createdAt)}</td>
                <td>{eventLabel(d.event)}</td>
                <td>
                  <StatusBadge status={d.status} />
                </td>
                <td>{d.attempts}</td>
                <td>{d.lastStatusCode === 0 ? td('noResponse') : d.lastStatusCode}</td>
                <td class="desk-break">{d.lastError || '—'}</td>
                <td class="desk-nowrap">{d.status === 'PENDING' ? formatDateTime(d.nextAttemptAt) : '—'}</td>
                <td class="desk-nowrap">{d.deliveredAt ? formatDateTime(d.deliveredAt) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length >= first && first < maxFirst && (
        <div class="actions">
          <Button onClick={() => setFirst(Math.min(first + step, maxFirst))} busy={q.loading} data-testid="deliveries-more">
            {td('showMore')}
          </Button>
        </div>
      )}
    </section>
  );
}
