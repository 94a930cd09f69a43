// One inquiry: who wrote, what they asked, and closing it once handled. The detail comes
// through node(id:), so no extra query field was needed.
import { useState } from 'preact/hooks';
import { ApiError, gql } from '../../api';
import { graphql } from '../../gql';
import { formatDateTime } from '../../dates';
import { useAction, useQuery } from '../../hooks';
import { t } from '../../i18n/common';
import { td } from '../../i18n/desk';
import { href, type RouteProps } from '../../router';
import { ErrorBanner, Loading, Notice } from '../../ui/banner';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/confirm';
import { InquiryStatusBadge } from './inquiries';
import { useRights } from './rights';

const InquiryDoc = graphql(`
  query DeskInquiry($id: ID!) {
    node(id: $id) {
      ... on Inquiry {
        id
        affiliation
        name
        email
        phone
        subject
        body
        status
        createdAt
      }
    }
  }
`);

const CloseInquiryDoc = graphql(`
  mutation DeskInquiryClose($id: ID!) {
    closeInquiry(id: $id) {
      id
      status
    }
  }
`);

/** InquiryPage shows one inquiry and lets the desk close it. */
export function InquiryPage({ params, query }: RouteProps) {
  const q = useQuery(InquiryDoc, { id: params.id! });
  const can = useRights();
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState('');
  const close = useAction(async () => {
    await gql(CloseInquiryDoc, { id: params.id! });
    setConfirming(false);
    setNotice(td('inquiryClosedNotice'));
    await q.reload();
  });
  const back = (
    <p>
      <a href={href('/desk/inquiries', { status: query.get('status') ?? undefined })}>← {td('backToInquiries')}</a>
    </p>
  );
  if (q.error) {
    return (
      <section>
        <h1>{td('inquiryTitle')}</h1>
        <ErrorBanner error={q.error} onRetry={() => void q.reload()} retryLabel={t('retry')} />
        {back}
      </section>
    );
  }
  const n = q.data?.node;
  if (!q.data) return <Loading label={t('loading')} />;
  if (!n || !('subject' in n)) {
    return (
      <section>
        <h1>{td('inquiryTitle')}</h1>
        <ErrorBanner error={new ApiError('NOT_FOUND', '')} />
        {back}
      </section>
    );
  }
  return (
    <section>
      {back}
      <h1>
        {td('inquiryTitle')}: {n.subject}
      </h1>
      <Notice>{notice}</Notice>
      <dl class="desk-dl" data-testid="inquiry-detail">
        <dt>{td('inquiryStatus')}</dt>
        <dd>
          <InquiryStatusBadge status={n.status} />
        </dd>
        <dt>{td('receivedAt')}</dt>
        <dd>{formatDateTime(n.createdAt)}</dd>
        <dt>{td('name')}</dt>
        <dd>{n.name}</dd>
        <dt>{td('affiliation')}</dt>
        <dd>{n.affiliation || td('noAffiliation')}</dd>
        <dt>{td('email')}</dt>
        <dd>
          <a href={`mailto:${n.email}?subject=${encodeURIComponent(`Re: ${n.subject}`)}`} aria-label={`${td('replyByMail')}: ${n.email}`}>
            {n.email}
          </a>
        </dd>
        <dt>{td('phone')}</dt>
        <dd>{n.phone || '—'}</dd>
        <dt>{td('subject')}</dt>
        <dd>{n.subject}</dd>
      </dl>
      <h2>{td('body')}</h2>
      <div class="desk-body" data-testid="inquiry-body">
        {n.body}
      </div>
      {n.status === 'OPEN' && can('inquiry', 'close') && (
        <div class="actions">
          <Button variant="primary" onClick={() => setConfirming(true)} data-testid="inquiry-close">
            {td('closeInquiry')}
          </Button>
        </div>
      )}
      <ConfirmDialog
        open={confirming}
        title={td('closeInquiryConfirm')}
        confirmLabel={td('closeInquiry')}
        busy={close.busy}
        onConfirm={() => void close.run()}
        onCancel={() => {
          close.clear();
          setConfirming(false);
        }}
      >
        <p>{td('closeInquiryBody', { subject: n.subject })}</p>
        <ErrorBanner error={close.error} />
      </ConfirmDialog>
    </section>
  );
}
