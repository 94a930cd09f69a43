// Agreements (with 和暦 dates from the API), collaboration methods and the contact form.
import { useState } from 'preact/hooks';
import { gql } from '../api';
import { graphql } from '../gql';
import type { AgreementKind } from '../gql/graphql';
import { useAction, useQuery } from '../hooks';
import { agreementKindLabel, agreementStatusLabel, sideLabel } from '../labels';
import { CursorPager, ErrorBox, Loading, Notice, Page, Paragraphs } from '../ui';

const AgreementsDoc = graphql(`
  query PortalAgreements($first: Int, $after: String, $filter: AgreementFilter) {
    agreements(first: $first, after: $after, filter: $filter, orderBy: { field: SIGNED_ON, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          title
          purpose
          status
          parties {
            id
            name
          }
          signedOn(format: WAREKI)
          termStartOn(format: WAREKI)
          termEndOn(format: WAREKI)
          items
          merits {
            side
            description
          }
        }
      }
    }
  }
`);

const kinds = Object.keys(agreementKindLabel) as AgreementKind[];

/** Agreements lists the published agreements; the server writes their dates in 和暦. */
export function Agreements() {
  const [kind, setKind] = useState<AgreementKind | ''>('');
  const [stack, setStack] = useState<string[]>([]);
  const q = useQuery(AgreementsDoc, { first: 10, after: stack[stack.length - 1] ?? null, filter: kind ? { kind } : null });
  const conn = q.data?.agreements;
  return (
    <Page title="連携協定">
      <form class="filters" aria-label="協定の絞り込み" onSubmit={(e) => e.preventDefault()}>
        <label>
          協定の種類
          <select
            value={kind}
            onChange={(e) => {
              setStack([]);
              setKind(e.currentTarget.value as AgreementKind | '');
            }}
          >
            <option value="">すべて</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {agreementKindLabel[k]}
              </option>
            ))}
          </select>
        </label>
      </form>
      <ErrorBox error={q.error} />
      {q.loading && <Loading />}
      {conn && (
        <>
          <p role="status">{conn.totalCount}件</p>
          <ul class="cards">
            {conn.edges.map(({ node: a }) => (
              <li key={a.id} class="card">
                <h2>{a.title}</h2>
                <p class="meta">
                  {agreementKindLabel[a.kind]} ・ {agreementStatusLabel[a.status]}
                </p>
                <dl class="facts">
                  <dt>締結日</dt>
                  <dd>{a.signedOn ?? '—'}</dd>
                  <dt>期間</dt>
                  <dd>
                    {a.termStartOn ?? ''}
                    {(a.termStartOn || a.termEndOn) && '〜'}
                    {a.termEndOn ?? ''}
                  </dd>
                  <dt>協定先</dt>
                  <dd>{a.parties.map((p) => p.name).join('、') || '—'}</dd>
                </dl>
                <Paragraphs text={a.purpose} />
                {a.items.length > 0 && (
                  <>
                    <h3>連携事項</h3>
                    <ul>
                      {a.items.map((it, i) => (
                        <li key={i}>{it}</li>
                      ))}
                    </ul>
                  </>
                )}
                {a.merits.length > 0 && (
                  <ul>
                    {a.merits.map((m, i) => (
                      <li key={i}>
                        {sideLabel[m.side]}のメリット: {m.description}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
          <CursorPager label="協定のページ" stack={stack} hasNext={conn.pageInfo.hasNextPage} endCursor={conn.pageInfo.endCursor} onMove={setStack} />
        </>
      )}
    </Page>
  );
}

const MethodsDoc = graphql(`
  query PortalMethods {
    collaborationMethods(first: 50) {
      edges {
        node {
          id
          name
          description
        }
      }
    }
  }
`);

/** Methods explains the ways a company can work with the city. */
export function Methods() {
  const q = useQuery(MethodsDoc, {});
  return (
    <Page title="連携の手法">
      <ErrorBox error={q.error} />
      {q.loading && <Loading />}
      {q.data && (
        <dl class="methods">
          {q.data.collaborationMethods.edges.map(({ node: m }) => (
            <div key={m.id}>
              <dt>{m.name}</dt>
              <dd>
                <Paragraphs text={m.description} />
              </dd>
            </div>
          ))}
        </dl>
      )}
    </Page>
  );
}

const InquiryDoc = graphql(`
  mutation PortalInquiry($input: InquiryInput!) {
    submitInquiry(input: $input)
  }
`);

/** Contact is the contact form (submitInquiry); anyone may send it. */
export function Contact() {
  const [f, setF] = useState({ affiliation: '', name: '', email: '', phone: '', subject: '', body: '' });
  const [sent, setSent] = useState(false);
  const act = useAction(() => gql(InquiryDoc, { input: f }));
  const field = (k: keyof typeof f, label: string, opts: { type?: 'text' | 'email' | 'tel'; required?: boolean; area?: boolean } = {}) => (
    <label>
      {label}
      {opts.required && <span class="req">（必須）</span>}
      {opts.area ? (
        <textarea required={opts.required} rows={6} value={f[k]} onInput={(e) => setF({ ...f, [k]: e.currentTarget.value })} />
      ) : (
        <input type={(opts.type ?? 'text') as 'text'} required={opts.required} value={f[k]} onInput={(e) => setF({ ...f, [k]: e.currentTarget.value })} />
      )}
    </label>
  );
  if (sent)
    return (
      <Page title="お問合せ">
        <Notice>お問合せを受け付けました。担当者からご連絡します。</Notice>
      </Page>
    );
  return (
    <Page title="お問合せ">
      <form
        aria-label="お問合せフォーム"
        class="form"
        onSubmit={async (e) => {
          e.preventDefault();
          if (await act.run()) setSent(true);
        }}
      >
        {field('affiliation', '所属（会社名など）')}
        {field('name', '氏名', { required: true })}
        {field('email', 'メールアドレス', { type: 'email', required: true })}
        {field('phone', '電話番号', { type: 'tel' })}
        {field('subject', '件名', { required: true })}
        {field('body', '内容', { required: true, area: true })}
        <ErrorBox error={act.error} />
        <button type="submit" disabled={act.busy}>
          送信する
        </button>
      </form>
    </Page>
  );
}
