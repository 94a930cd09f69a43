// One proposal as its proposer follows it: state, the desk's decision and reason, the
// dialogue (read and post), attachments, the municipality's own fields (custom fields),
// submitting a draft and withdrawal.
import { useEffect, useState } from 'preact/hooks';
import { download, gql, gqlUpload } from '../api';
import { CustomFieldList } from '../custom_fields';
import { warekiDateTime } from '../dates';
import { graphql } from '../gql';
import type { ProposalStatus } from '../gql/graphql';
import { useAction, useQuery } from '../hooks';
import { resourceKindLabel, sideLabel, statusLabel } from '../labels';
import { href } from '../router';
import { ErrorBox, Loading, Notice, Page, Paragraphs } from '../ui';
import { AttachDoc, SubmitDoc } from './proposal_form';

const ProposalDoc = graphql(`
  query PortalProposal($id: ID!) {
    proposal(id: $id) {
      id
      kind
      title
      summary
      body
      desiredScheme
      status
      submittedAt
      decidedAt
      challenge {
        id
        title
      }
      resources {
        side
        kind
        description
      }
      merits {
        side
        description
      }
      contact {
        affiliation
        name
        email
        phone
      }
      messages {
        id
        body
        internal
        createdAt
        author {
          kind
          displayName
          department {
            name
          }
        }
      }
      history {
        action
        from
        to
        reason
        at
      }
      attachments {
        id
        fileName
        size
        downloadUrl
        createdAt
      }
      viewerActions
      unreadMessageCount
      customFields {
        key
        definition {
          labelJa
          type
          choices {
            value
            labelJa
          }
        }
        text
        number
        date
        boolean
        choices
      }
    }
    proposalTerms {
      version
      text
    }
  }
`);

const PostDoc = graphql(`
  mutation PortalPostMessage($id: ID!, $body: String!) {
    postProposalMessage(proposalId: $id, body: $body, internal: false) {
      proposal {
        id
      }
    }
  }
`);

const WithdrawDoc = graphql(`
  mutation PortalWithdraw($id: ID!, $reason: String) {
    withdrawProposal(id: $id, reason: $reason) {
      proposal {
        id
        status
      }
    }
  }
`);

const ReadDoc = graphql(`
  mutation PortalMarkRead($id: ID!) {
    markProposalRead(id: $id) {
      proposal {
        id
      }
    }
  }
`);

const actionLabel: Record<string, string> = {
  CREATE: '作成',
  SUBMIT: '提出',
  ASSIGN: '担当課で検討',
  DECIDE: '採否の決定',
  WITHDRAW: '取下げ',
  LINK: '事業・協定への結び付け',
};

const authorLabel = { PROPOSER: '提案者', DESK: '公民連携デスク', DEPARTMENT: '担当課' } as const;

// authorName names who wrote a message: staff names are not shown to proposers, so the
// desk or the department speaks as itself.
function authorName(a: { kind: keyof typeof authorLabel; displayName?: string | null; department?: { name: string } | null }): string {
  const who = a.displayName ?? a.department?.name;
  return who ? `${who}（${authorLabel[a.kind]}）` : authorLabel[a.kind];
}

function Status({ s }: { s: ProposalStatus }) {
  return <span class={`status status-${s.toLowerCase()}`}>{statusLabel[s]}</span>;
}

/** ProposalPage shows one of the proposer's proposals. */
export function ProposalPage({ id, sent }: { id: string; sent: boolean }) {
  const q = useQuery(ProposalDoc, { id });
  const [message, setMessage] = useState('');
  const [reason, setReason] = useState('');
  const [sure, setSure] = useState(false);
  const [accept, setAccept] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [done, setDone] = useState('');
  const post = useAction(async () => {
    await gql(PostDoc, { id, body: message });
    setMessage('');
    setDone('メッセージを送りました。');
    await q.reload();
  });
  const withdraw = useAction(async () => {
    await gql(WithdrawDoc, { id, reason: reason || null });
    setDone('提案を取り下げました。');
    await q.reload();
  });
  const submit = useAction(async () => {
    await gql(SubmitDoc, { id, acceptTerms: accept });
    setDone('提案を提出しました。');
    await q.reload();
  });
  const attach = useAction(async () => {
    if (!file) return;
    await gqlUpload(AttachDoc, { proposalId: id, file: null as unknown as File }, 'variables.file', file);
    setFile(null);
    setDone(`${file.name} を添付しました。`);
    await q.reload();
  });
  const dl = useAction((path: string, name: string) => download(path, name));
  const p = q.data?.proposal;
  const can = (a: string) => !!p && (p.viewerActions as string[]).includes(a);
  const unread = p?.unreadMessageCount ?? 0;
  useEffect(() => {
    if (p && unread > 0 && (p.viewerActions as string[]).includes('MARK_READ')) void gql(ReadDoc, { id: p.id }).catch(() => undefined);
  }, [p?.id, unread]);

  if (q.loading && !p) return <Loading />;
  if (q.error && !p) return <ErrorBox error={q.error} />;
  if (!p)
    return (
      <Page title="提案が見つかりません">
        <p>
          <a href={href('/mypage')}>マイページへ</a>
        </p>
      </Page>
    );
  const decision = [...p.history].reverse().find((h) => h.action === 'DECIDE');
  const messages = p.messages.filter((m) => !m.internal);
  return (
    <Page title={p.title}>
      {sent && !done && <Notice>提案を受け付けました。デスクからの連絡をお待ちください。</Notice>}
      {done && <Notice>{done}</Notice>}
      <ErrorBox error={q.error} />
      <dl class="facts">
        <dt>状態</dt>
        <dd data-testid="proposal-status">
          <Status s={p.status} />
        </dd>
        <dt>種類</dt>
        <dd>{p.kind === 'CHALLENGE' ? `課題提案（${p.challenge?.title ?? ''}）` : '自由提案'}</dd>
        <dt>提出日時</dt>
        <dd>{warekiDateTime(p.submittedAt) || '—'}</dd>
        {p.decidedAt && (
          <>
            <dt>採否の決定日時</dt>
            <dd>{warekiDateTime(p.decidedAt)}</dd>
          </>
        )}
      </dl>
      {decision && (
        <section aria-labelledby="pp-decision" class="decision">
          <h2 id="pp-decision">デスクの判断: {decision.to ? statusLabel[decision.to] : ''}</h2>
          <p class="pre">{decision.reason}</p>
        </section>
      )}
      <section aria-labelledby="pp-dialogue">
        <h2 id="pp-dialogue">対話</h2>
        {messages.length === 0 && <p>メッセージはまだありません。</p>}
        <ol class="messages">
          {messages.map((m) => (
            <li key={m.id} class={m.author.kind === 'PROPOSER' ? 'mine' : 'theirs'}>
              <p class="meta">
                {authorName(m.author)} {warekiDateTime(m.createdAt)}
              </p>
              <p class="pre">{m.body}</p>
            </li>
          ))}
        </ol>
        {can('MESSAGE') && (
          <form
            aria-label="メッセージを送る"
            class="form"
            onSubmit={async (e) => {
              e.preventDefault();
              await post.run();
            }}
          >
            <label>
              デスクへのメッセージ
              <textarea required rows={4} value={message} onInput={(e) => setMessage(e.currentTarget.value)} />
            </label>
            <ErrorBox error={post.error} />
            <button type="submit" disabled={post.busy || message.trim() === ''}>
              メッセージを送る
            </button>
          </form>
        )}
      </section>
      <section aria-labelledby="pp-files">
        <h2 id="pp-files">添付ファイル</h2>
        {p.attachments.length === 0 && <p>添付ファイルはありません。</p>}
        <ul>
          {p.attachments.map((a) => (
            <li key={a.id}>
              <button type="button" class="link" onClick={() => void dl.run(a.downloadUrl, a.fileName)}>
                {a.fileName}
              </button>{' '}
              （{Math.ceil(a.size / 1024)} KB、{warekiDateTime(a.createdAt)}）
            </li>
          ))}
        </ul>
        <ErrorBox error={dl.error} />
        {can('ATTACH') && (
          <form
            aria-label="ファイルを添付する"
            class="form"
            onSubmit={async (e) => {
              e.preventDefault();
              await attach.run();
            }}
          >
            <label>
              追加するファイル
              <input type="file" onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} />
            </label>
            <ErrorBox error={attach.error} />
            <button type="submit" disabled={attach.busy || !file}>
              添付する
            </button>
          </form>
        )}
      </section>
      <section aria-labelledby="pp-content">
        <h2 id="pp-content">提案の内容</h2>
        <h3>概要</h3>
        <Paragraphs text={p.summary} />
        <h3>内容</h3>
        <Paragraphs text={p.body} />
        {p.desiredScheme && <p>希望する連携手法: {p.desiredScheme}</p>}
        {p.resources.length > 0 && (
          <ul>
            {p.resources.map((r, i) => (
              <li key={i}>
                {sideLabel[r.side]}（{resourceKindLabel[r.kind]}）: {r.description}
              </li>
            ))}
          </ul>
        )}
        {p.merits.length > 0 && (
          <ul>
            {p.merits.map((m, i) => (
              <li key={i}>
                {sideLabel[m.side]}のメリット: {m.description}
              </li>
            ))}
          </ul>
        )}
        <CustomFieldList values={p.customFields} />
        {p.contact && (
          <p>
            連絡先: {p.contact.affiliation} {p.contact.name} {p.contact.email} {p.contact.phone}
          </p>
        )}
      </section>
      {can('SUBMIT') && (
        <section aria-labelledby="pp-submit">
          <h2 id="pp-submit">この下書きを提出する</h2>
          <div class="terms" tabIndex={0} role="region" aria-label={`留意事項（第${q.data!.proposalTerms.version}版）`}>
            <Paragraphs text={q.data!.proposalTerms.text} />
          </div>
          <label class="check">
            <input type="checkbox" checked={accept} onChange={(e) => setAccept(e.currentTarget.checked)} />
            留意事項に同意します
          </label>
          <ErrorBox error={submit.error} />
          <button type="button" disabled={submit.busy || !accept} onClick={() => void submit.run()}>
            提案を提出する
          </button>
        </section>
      )}
      {can('WITHDRAW') && (
        <section aria-labelledby="pp-withdraw">
          <h2 id="pp-withdraw">提案の取下げ</h2>
          <label>
            取下げの理由（任意）
            <textarea rows={3} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
          </label>
          <label class="check">
            <input type="checkbox" checked={sure} onChange={(e) => setSure(e.currentTarget.checked)} />
            取り下げると元に戻せないことを確認しました
          </label>
          <ErrorBox error={withdraw.error} />
          <button type="button" class="danger" disabled={withdraw.busy || !sure} onClick={() => void withdraw.run()}>
            提案を取り下げる
          </button>
        </section>
      )}
      <section aria-labelledby="pp-history">
        <h2 id="pp-history">経過</h2>
        <ol class="history">
          {p.history.map((h, i) => (
            <li key={i}>
              {warekiDateTime(h.at)} {actionLabel[h.action] ?? h.action}
              {h.to && (
                <>
                  {' '}
                  → <Status s={h.to} />
                </>
              )}
              {h.reason && h.action !== 'DECIDE' && `（${h.reason}）`}
            </li>
          ))}
        </ol>
      </section>
      <p>
        <a href={href('/mypage')}>マイページ（提案の一覧）へ</a>
      </p>
    </Page>
  );
}
