// One inquiry: who wrote, what they asked, the desk's answers (mailed to the sender through
// replyToInquiry), forwarding it to departments, and closing it once handled. The detail
// comes through node(id:), so no extra query field was needed. A department reads the
// inquiries forwarded to it here; the forms show only with the right to use them.
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
import { Checkbox, Fieldset, TextArea, TextField } from '../../ui/field';
import { InquiryStatusBadge } from './inquiries';
import { LegalHoldPanel } from './legalHold';
import { useRights } from './rights';
import { buildTree, flatten, indentLabel } from './tree';

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
        answeredAt
        forwardedTo {
          id
          name
        }
        replies {
          id
          subject
          body
          sentBy
          sentAt
        }
      }
    }
  }
`);

const ReplyInquiryDoc = graphql(`
  mutation DeskInquiryReply($id: ID!, $input: InquiryReplyInput!) {
    replyToInquiry(id: $id, input: $input) {
      id
      answeredAt
    }
  }
`);

const ForwardInquiryDoc = graphql(`
  mutation DeskInquiryForward($id: ID!, $departmentIds: [ID!]!, $note: String) {
    forwardInquiry(id: $id, departmentIds: $departmentIds, note: $note) {
      id
      forwardedTo {
        id
      }
    }
  }
`);

const ForwardDepartmentsDoc = graphql(`
  query DeskInquiryDepartments {
    municipality {
      id
      departments {
        id
        name
        parent {
          id
        }
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
        <dd>{n.email}</dd>
        <dt>{td('phone')}</dt>
        <dd>{n.phone || '—'}</dd>
        <dt>{td('subject')}</dt>
        <dd>{n.subject}</dd>
        <dt>{td('answeredAt')}</dt>
        <dd>{n.answeredAt ? formatDateTime(n.answeredAt) : td('notAnswered')}</dd>
        <dt>{td('forwardedTo')}</dt>
        <dd data-testid="inquiry-forwarded-to">{n.forwardedTo.length ? n.forwardedTo.map((d) => d.name).join('、') : td('notForwarded')}</dd>
      </dl>
      <h2>{td('body')}</h2>
      <div class="desk-body" data-testid="inquiry-body">
        {n.body}
      </div>
      <h2>{td('repliesTitle')}</h2>
      {n.replies.length === 0 ? (
        <p data-testid="inquiry-no-replies">{td('noReplies')}</p>
      ) : (
        <ol class="desk-replies" data-testid="inquiry-replies">
          {n.replies.map((r) => (
            <li key={r.id}>
              <p>
                <strong>{r.subject}</strong>
                <br />
                {td('replySentBy', { name: r.sentBy, at: formatDateTime(r.sentAt) })}
              </p>
              <div class="desk-body">{r.body}</div>
            </li>
          ))}
        </ol>
      )}
      {can('inquiry', 'reply') && (
        <ReplyForm
          id={n.id}
          subject={n.subject}
          email={n.email}
          onDone={async () => {
            setNotice(td('replySentNotice', { email: n.email }));
            await q.reload();
          }}
        />
      )}
      {can('inquiry', 'forward') && (
        <ForwardForm
          id={n.id}
          already={n.forwardedTo.map((d) => d.id)}
          onDone={async (names) => {
            setNotice(td('forwardedNotice', { names }));
            await q.reload();
          }}
        />
      )}
      <LegalHoldPanel recordId={n.id} />
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

/** ReplyForm mails the desk's answer to the sender (replyToInquiry); it is kept with the inquiry. */
function ReplyForm({ id, subject, email, onDone }: { id: string; subject: string; email: string; onDone: () => Promise<void> }) {
  const [subj, setSubj] = useState('');
  const [body, setBody] = useState('');
  const send = useAction(async () => {
    await gql(ReplyInquiryDoc, { id, input: { subject: subj.trim() || null, body } });
    setSubj('');
    setBody('');
    await onDone();
  });
  const field = (f: string) => (send.error?.field === `input.${f}` ? send.error.clerkMessage() : undefined);
  return (
    <form
      class="desk-panel"
      aria-labelledby="inquiry-reply-title"
      onSubmit={(e) => {
        e.preventDefault();
        void send.run();
      }}
    >
      <h2 id="inquiry-reply-title">{td('replyTitle')}</h2>
      <p class="help">{td('replyHelp', { email })}</p>
      <ErrorBanner error={send.error && !send.error.field ? send.error : undefined} />
      <TextField label={td('replySubject')} help={td('replySubjectHelp', { subject: `Re: ${subject}` })} value={subj} onInput={setSubj} error={field('subject')} testid="inquiry-reply-subject" maxLength={200} />
      <TextArea label={td('replyBody')} required rows={8} value={body} onInput={setBody} error={field('body')} testid="inquiry-reply-body" />
      <div class="actions">
        <Button type="submit" variant="primary" busy={send.busy} data-testid="inquiry-reply-send">
          {td('replySend')}
        </Button>
      </div>
    </form>
  );
}

/** ForwardForm shares the inquiry with departments (forwardInquiry): they may then read it. */
function ForwardForm({ id, already, onDone }: { id: string; already: string[]; onDone: (names: string) => Promise<void> }) {
  const deps = useQuery(ForwardDepartmentsDoc, {});
  const [chosen, setChosen] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const rows = flatten(buildTree(deps.data?.municipality.departments ?? []));
  const send = useAction(async () => {
    await gql(ForwardInquiryDoc, { id, departmentIds: chosen, note: note.trim() || null });
    const names = rows.filter((r) => chosen.includes(r.dept.id)).map((r) => r.dept.name).join('、');
    setChosen([]);
    setNote('');
    await onDone(names);
  });
  const depError = send.error?.field?.startsWith('departmentIds') ? send.error.clerkMessage() : undefined;
  return (
    <form
      class="desk-panel"
      aria-labelledby="inquiry-forward-title"
      onSubmit={(e) => {
        e.preventDefault();
        void send.run();
      }}
    >
      <h2 id="inquiry-forward-title">{td('forwardTitle')}</h2>
      <p class="help">{td('forwardHelp')}</p>
      <ErrorBanner error={deps.error} />
      <ErrorBanner error={send.error && !send.error.field ? send.error : undefined} />
      <Fieldset legend={td('forwardDepartments')}>
        {rows
          .filter((r) => !already.includes(r.dept.id))
          .map((r) => (
            <Checkbox
              key={r.dept.id}
              label={indentLabel(r.dept.name, r.depth)}
              checked={chosen.includes(r.dept.id)}
              testid={`inquiry-forward-${r.dept.id}`}
              onChange={(on) => setChosen((c) => (on ? [...c, r.dept.id] : c.filter((x) => x !== r.dept.id)))}
            />
          ))}
        {depError && <p class="field-error">{depError}</p>}
      </Fieldset>
      <TextArea
        label={td('forwardNote')}
        help={td('forwardNoteHelp')}
        rows={3}
        value={note}
        onInput={setNote}
        error={send.error?.field === 'note' ? send.error.clerkMessage() : undefined}
        testid="inquiry-forward-note"
      />
      <div class="actions">
        <Button type="submit" variant="primary" busy={send.busy} disabled={chosen.length === 0} data-testid="inquiry-forward-send">
          {td('forwardSend')}
        </Button>
      </div>
    </form>
  );
}
