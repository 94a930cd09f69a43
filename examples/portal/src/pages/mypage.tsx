// "My proposals": the signed-in proposer's account and its organization's proposals with
// their state and unread messages.
import { useState } from 'preact/hooks';
import { gql } from '../api';
import { warekiDateTime } from '../dates';
import { graphql } from '../gql';
import type { ProposalStatus } from '../gql/graphql';
import { useAction, useQuery } from '../hooks';
import { statusLabel } from '../labels';
import { href } from '../router';
import { CursorPager, ErrorBox, Loading, Notice, Page } from '../ui';

const MyDoc = graphql(`
  query PortalMyProposals($first: Int, $after: String, $filter: ProposalFilter) {
    me {
      id
      displayName
      email
      emailVerified
      organization {
        id
        name
      }
    }
    proposals(first: $first, after: $after, filter: $filter, orderBy: { field: UPDATED_AT, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          status
          submittedAt
          updatedAt
          unreadMessageCount
        }
      }
    }
  }
`);

const RequestVerifyDoc = graphql(`
  mutation PortalRequestVerification {
    requestEmailVerification
  }
`);

const statuses = Object.keys(statusLabel) as ProposalStatus[];

/** MyPage lists the proposals of the proposer's organization. */
export function MyPage({ welcome }: { welcome: boolean }) {
  const [status, setStatus] = useState<ProposalStatus | ''>('');
  const [stack, setStack] = useState<string[]>([]);
  const q = useQuery(MyDoc, { first: 20, after: stack[stack.length - 1] ?? null, filter: status ? { status } : null });
  const verify = useAction(() => gql(RequestVerifyDoc, {}));
  const [verifySent, setVerifySent] = useState(false);
  const me = q.data?.me;
  const conn = q.data?.proposals;
  return (
    <Page title="マイページ（提案の一覧）">
      {welcome && <Notice>登録が完了しました。ようこそ。</Notice>}
      <ErrorBox error={q.error} />
      {q.loading && <Loading />}
      {me && (
        <section aria-labelledby="me-account">
          <h2 id="me-account">アカウント</h2>
          <p>
            {me.displayName}（{me.organization?.name ?? '事業者等なし'}） {me.email}
          </p>
          {me.emailVerified ? (
            <p class="ok">メールアドレスは確認済みです。</p>
          ) : (
            <div class="warn">
              <p>メールアドレスが未確認です。確認するまで提案を提出できません。</p>
              <button
                type="button"
                disabled={verify.busy}
                onClick={async () => {
                  if (await verify.run()) setVerifySent(true);
                }}
              >
                確認メールを送る
              </button>
              <ErrorBox error={verify.error} />
              {verifySent && <Notice>確認のリンクをメールで送りました。</Notice>}
            </div>
          )}
        </section>
      )}
      {conn && (
        <section aria-labelledby="me-proposals">
          <h2 id="me-proposals">提案の一覧</h2>
          <p>
            <a class="button" href={href('/proposals/new')}>
              新しい提案を書く
            </a>
          </p>
          <form class="filters" aria-label="提案の絞り込み" onSubmit={(e) => e.preventDefault()}>
            <label>
              状態
              <select
                value={status}
                onChange={(e) => {
                  setStack([]);
                  setStatus(e.currentTarget.value as ProposalStatus | '');
                }}
              >
                <option value="">すべて</option>
                {statuses.map((s) => (
                  <option key={s} value={s}>
                    {statusLabel[s]}
                  </option>
                ))}
              </select>
            </label>
          </form>
          {conn.edges.length === 0 ? (
            <p>提案はまだありません。</p>
          ) : (
            <table class="list">
              <caption>提案 {conn.totalCount}件</caption>
              <thead>
                <tr>
                  <th scope="col">件名</th>
                  <th scope="col">状態</th>
                  <th scope="col">提出日時</th>
                  <th scope="col">未読</th>
                </tr>
              </thead>
              <tbody>
                {conn.edges.map(({ node: p }) => (
                  <tr key={p.id} data-testid="my-proposal">
                    <td>
                      <a href={href('/proposals/' + encodeURIComponent(p.id))}>{p.title}</a>
                    </td>
                    <td>
                      <span class={`status status-${p.status.toLowerCase()}`}>{statusLabel[p.status]}</span>
                    </td>
                    <td>{warekiDateTime(p.submittedAt) || '—'}</td>
                    <td>{p.unreadMessageCount > 0 ? `${p.unreadMessageCount}件` : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <CursorPager label="提案のページ" stack={stack} hasNext={conn.pageInfo.hasNextPage} endCursor={conn.pageInfo.endCursor} onMove={setStack} />
        </section>
      )}
    </Page>
  );
}
