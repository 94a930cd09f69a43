// The top page: the desk's contact, the latest announcements and the challenges open now.
import { graphql } from '../gql';
import { useQuery } from '../hooks';
import { warekiDate, warekiDay } from '../dates';
import { href } from '../router';
import { ErrorBox, Loading, Page, Paragraphs } from '../ui';

const TopDoc = graphql(`
  query PortalTop {
    municipality {
      name
      deskName
      deskDepartment
      postalCode
      address
      phone
      email
    }
    announcements(first: 5, orderBy: { field: PUBLISHED_AT, direction: DESC }) {
      edges {
        node {
          id
          title
          body
          category
          publishedAt
        }
      }
    }
    challenges(first: 10, filter: { isOpen: true }, orderBy: { field: CLOSES_AT, direction: ASC }) {
      totalCount
      edges {
        node {
          id
          title
          background
          desiredOutcome
          tags
          closesAt
          department {
            name
          }
        }
      }
    }
  }
`);

/** deskTitle names the desk with its municipality once: 青森市公民連携デスク, not 青森市 青森市公民連携デスク. */
export function deskTitle(m: { name: string; deskName: string }): string {
  return m.deskName.startsWith(m.name) ? m.deskName : `${m.name} ${m.deskName}`;
}

/** Top is the portal's home page. */
export function Top() {
  const q = useQuery(TopDoc, {});
  const m = q.data?.municipality;
  return (
    <Page title={m ? deskTitle(m) : '公民連携ポータル'}>
      <ErrorBox error={q.error} />
      {q.loading && <Loading />}
      {q.data && m && (
        <>
          <section aria-labelledby="top-open">
            <h2 id="top-open">募集中の行政課題</h2>
            {q.data.challenges.edges.length === 0 && <p>いま募集中の課題はありません。自由提案はいつでも受け付けています。</p>}
            <ul class="cards">
              {q.data.challenges.edges.map(({ node: c }) => (
                <li key={c.id} class="card">
                  <h3>{c.title}</h3>
                  {c.department && <p class="meta">担当: {c.department.name}</p>}
                  <Paragraphs text={c.background} />
                  {c.desiredOutcome && <p>期待する成果: {c.desiredOutcome}</p>}
                  {c.closesAt && <p class="meta">締切: {warekiDay(c.closesAt)}</p>}
                  {c.tags.length > 0 && <p class="tags">{c.tags.map((t) => <span key={t} class="tag">{t}</span>)}</p>}
                  <p>
                    <a href={href('/proposals/new', { challenge: c.id })}>この課題に提案する</a>
                  </p>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="top-news">
            <h2 id="top-news">お知らせ</h2>
            {q.data.announcements.edges.length === 0 && <p>お知らせはありません。</p>}
            <ul class="news">
              {q.data.announcements.edges.map(({ node: a }) => (
                <li key={a.id}>
                  <details>
                    <summary>
                      <span class="meta">{a.publishedAt ? warekiDay(a.publishedAt) : ''}</span> {a.category && <span class="tag">{a.category}</span>} {a.title}
                    </summary>
                    <Paragraphs text={a.body} />
                  </details>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="top-desk">
            <h2 id="top-desk">窓口</h2>
            <address>
              <p>
                {m.deskName}（{m.deskDepartment}）
              </p>
              <p>
                〒{m.postalCode} {m.address}
              </p>
              <p>電話: {m.phone}</p>
              {m.email && <p>メール: {m.email}</p>}
            </address>
            <p>
              <a href={href('/contact')}>お問合せフォーム</a> ・ <a href={href('/methods')}>連携の手法</a>
            </p>
            <p class="meta">この画面の日付は和暦で表示しています（例: {warekiDate('2026-11-30')}）。</p>
          </section>
        </>
      )}
    </Page>
  );
}
