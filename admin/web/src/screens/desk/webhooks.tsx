// Webhook: endpoints told about published content. The desk registers one (URL, events) and
// the admin makes its signing secret in the browser and shows it exactly once, since the API
// never answers a secret back; each endpoint has a delivery log (webhook.tsx).
import { useState } from 'preact/hooks';
import { gql } from '../../api';
import { formatDateTime } from '../../dates';
import { graphql } from '../../gql';
import type { WebhookEvent } from '../../gql/graphql';
import { useAction, useQuery } from '../../hooks';
import { t } from '../../i18n/common';
import { td } from '../../i18n/desk';
import { href } from '../../router';
import { Badge } from '../../ui/badge';
import { ErrorBanner, Loading, Notice } from '../../ui/banner';
import { Button } from '../../ui/button';
import { Checkbox, Fieldset, TextField } from '../../ui/field';
import { ConfirmDialog } from '../../ui/confirm';
import { useRights } from './rights';

const WebhooksDoc = graphql(`
  query DeskWebhooks {
    webhooks {
      id
      url
      events
      active
      createdAt
    }
  }
`);

const RegisterDoc = graphql(`
  mutation DeskWebhookRegister($input: WebhookInput!) {
    registerWebhook(input: $input) {
      id
      url
    }
  }
`);

const DeleteDoc = graphql(`
  mutation DeskWebhookDelete($id: ID!) {
    deleteWebhook(id: $id)
  }
`);

/** webhookEvents are the events in the order the schema lists them. */
export const webhookEvents: WebhookEvent[] = ['CONTENT_PUBLISHED', 'CONTENT_UNPUBLISHED', 'CONTENT_ARCHIVED', 'CONTENT_CHANGED'];

/** eventLabel is an event in a clerk's words. */
export function eventLabel(e: WebhookEvent): string {
  return td(`event${e}`);
}

/** ActiveBadge says whether an endpoint receives deliveries. */
export function ActiveBadge({ active }: { active: boolean }) {
  return active ? (
    <Badge tone="success" icon="✓">
      {td('active')}
    </Badge>
  ) : (
    <Badge tone="neutral" icon="■">
      {td('inactive')}
    </Badge>
  );
}

/** newSecret makes a 256-bit signing secret, hex, from the browser's CSPRNG. */
function newSecret(): string {
  const b = new Uint8Array(32);
  crypto.getRandomValues(b);
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

/** Webhooks lists the endpoints, registers new ones and deletes them after a confirmation. */
export function Webhooks() {
  const q = useQuery(WebhooksDoc, {});
  const can = useRights();
  const [notice, setNotice] = useState('');
  const [shown, setShown] = useState<{ url: string; secret: string } | null>(null);
  const [target, setTarget] = useState<{ id: string; url: string } | null>(null);
  const del = useAction(async (x: { id: string; url: string }) => {
    await gql(DeleteDoc, { id: x.id });
    setTarget(null);
    setShown(null);
    setNotice(td('deletedWebhookNotice', { url: x.url }));
    await q.reload();
  });
  const manage = can('webhook', 'manage');
  return (
    <section>
      <h1>{td('webhooksTitle')}</h1>
      <p>{td('webhooksIntro')}</p>
      <Notice>{notice}</Notice>
      {shown && (
        <div class="desk-panel desk-secret" role="status" data-testid="webhook-secret">
          <p>{td('secretOnce')}</p>
          <p>
            <span class="desk-label">{td('secret')}: </span>
            <code>{shown.secret}</code>
          </p>
          <Button onClick={() => setShown(null)}>{t('close')}</Button>
        </div>
      )}
      <ErrorBanner error={q.error} onRetry={() => void q.reload()} retryLabel={t('retry')} />
      {!q.data && !q.error && <Loading label={t('loading')} />}
      {q.data && (
        <div class="table-wrap">
          <table class="table" data-testid="webhooks">
            <caption>{td('webhooksCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{td('url')}</th>
                <th scope="col">{td('events')}</th>
                <th scope="col">{td('status')}</th>
                <th scope="col">{td('createdAt')}</th>
                <th scope="col">{td('actions')}</th>
              </tr>
            </thead>
            <tbody>
              {q.data.webhooks.length === 0 && (
                <tr>
                  <td colSpan={5}>{t('empty')}</td>
                </tr>
              )}
              {q.data.webhooks.map((w) => (
                <tr key={w.id}>
                  <td class="desk-break">{w.url}</td>
                  <td>{w.events.map(eventLabel).join('、')}</td>
                  <td>
                    <ActiveBadge active={w.active} />
                  </td>
                  <td class="desk-nowrap">{formatDateTime(w.createdAt)}</td>
                  <td>
                    <div class="desk-row-actions">
                      <a class="btn btn-small" href={href(`/desk/webhooks/${encodeURIComponent(w.id)}`)} aria-label={`${td('deliveryLog')}: ${w.url}`}>
                        {td('deliveryLog')}
                      </a>
                      {manage && (
                        <Button variant="danger" aria-label={`${td('deleteWebhook')}: ${w.url}`} data-testid={`webhook-delete-${w.id}`} onClick={() => setTarget({ id: w.id, url: w.url })}>
                          {td('deleteWebhook')}
                        </Button>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {manage && (
        <RegisterForm
          onDone={(url, secret) => {
            setShown({ url, secret });
            setNotice(td('registeredNotice', { url }));
            void q.reload();
          }}
        />
      )}
      <ConfirmDialog
        open={target !== null}
        title={target ? td('deleteWebhookConfirm', { url: target.url }) : ''}
        confirmLabel={td('deleteWebhook')}
        danger
        busy={del.busy}
        onConfirm={() => target && void del.run(target)}
        onCancel={() => {
          del.clear();
          setTarget(null);
        }}
      >
        <p>{td('deleteWebhookBody')}</p>
        <ErrorBanner error={del.error} />
      </ConfirmDialog>
    </section>
  );
}

/** RegisterForm registers an endpoint; the secret is made here and handed back once. */
function RegisterForm({ onDone }: { onDone: (url: string, secret: string) => void }) {
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<WebhookEvent[]>(['CONTENT_PUBLISHED']);
  const [noEvent, setNoEvent] = useState(false);
  const save = useAction(async () => {
    const secret = newSecret();
    const r = await gql(RegisterDoc, { input: { url: url.trim(), events, secret } });
    setUrl('');
    onDone(r.registerWebhook.url, secret);
  });
  const field = (f: string) => (save.error?.field === `input.${f}` ? save.error.clerkMessage() : undefined);
  return (
    <form
      class="desk-panel"
      aria-labelledby="webhook-form-title"
      data-testid="webhook-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (events.length === 0) {
          setNoEvent(true);
          return;
        }
        setNoEvent(false);
        void save.run();
      }}
    >
      <h2 id="webhook-form-title">{td('newWebhook')}</h2>
      <TextField label={td('url')} type="url" required value={url} onInput={setUrl} help={td('urlHelp')} error={field('url')} testid="webhook-url" autocomplete="off" />
      <Fieldset legend={td('events')}>
        {webhookEvents.map((ev) => (
          <Checkbox
            key={ev}
            label={eventLabel(ev)}
            checked={events.includes(ev)}
            testid={`webhook-event-${ev}`}
            onChange={(on) => setEvents(on ? webhookEvents.filter((x) => x === ev || events.includes(x)) : events.filter((x) => x !== ev))}
          />
        ))}
        {(noEvent || field('events')) && (
          <p class="field-error" role="alert">
            {field('events') ?? td('chooseEvent')}
          </p>
        )}
      </Fieldset>
      <ErrorBanner error={save.error} />
      <div class="actions">
        <Button type="submit" variant="primary" busy={save.busy} data-testid="webhook-register">
          {td('register')}
        </Button>
      </div>
    </form>
  );
}
