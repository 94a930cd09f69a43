// Case studies: filters, cursor paging and a detail page linked by slug
// (#/case-studies/<slug>); links from before slugs, by global ID, still open.
import { useEffect, useState } from 'preact/hooks';
import { apiURL } from '../api';
import { warekiDate } from '../dates';
import { graphql } from '../gql';
import type { CaseStudyCategory } from '../gql/graphql';
import { useQuery } from '../hooks';
import { categoryLabel, resourceKindLabel, sideLabel } from '../labels';
import { href } from '../router';
import { CursorPager, ErrorBox, Loading, Page, Paragraphs } from '../ui';

const pageSize = 10;

const ListDoc = graphql(`
  query PortalCaseStudies($first: Int, $after: String, $filter: CaseStudyFilter) {
    caseStudies(first: $first, after: $after, filter: $filter, orderBy: { field: START_ON, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          slug
          title
          locality
          category
          summary
          startOn
          tags
        }
      }
    }
  }
`);

const categories = Object.keys(categoryLabel) as CaseStudyCategory[];

/** CaseStudies lists the published case studies with filters and paging. */
export function CaseStudies() {
  const [search, setSearch] = useState('');
  const [category, setCategory] = useState<CaseStudyCategory | ''>('');
  const [locality, setLocality] = useState('');
  const [filter, setFilter] = useState<{ search?: string; category?: CaseStudyCategory; locality?: string }>({});
  const [stack, setStack] = useState<string[]>([]);
  const q = useQuery(ListDoc, { first: pageSize, after: stack[stack.length - 1] ?? null, filter });
  const conn = q.data?.caseStudies;
  return (
    <Page title="連携事例">
      <form
        class="filters"
        aria-label="連携事例の絞り込み"
        onSubmit={(e) => {
          e.preventDefault();
          setStack([]);
          setFilter({ ...(search ? { search } : {}), ...(category ? { category } : {}), ...(locality ? { locality } : {}) });
        }}
      >
        <label>
          キーワード
          <input type="search" value={search} onInput={(e) => setSearch(e.currentTarget.value)} />
        </label>
        <label>
          分類
          <select value={category} onChange={(e) => setCategory(e.currentTarget.value as CaseStudyCategory | '')}>
            <option value="">すべて</option>
            {categories.map((c) => (
              <option key={c} value={c}>
                {categoryLabel[c]}
              </option>
            ))}
          </select>
        </label>
        <label>
          実施自治体
          <input value={locality} onInput={(e) => setLocality(e.currentTarget.value)} />
        </label>
        <button type="submit">絞り込む</button>
      </form>
      <ErrorBox error={q.error} />
      {q.loading && <Loading />}
      {conn && (
        <>
          <p role="status">{conn.totalCount}件</p>
          <ul class="cards">
            {conn.edges.map(({ node: c }) => (
              <li key={c.id} class="card">
                <h2>
                  <a href={href('/case-studies/' + encodeURIComponent(c.slug))}>{c.title}</a>
                </h2>
                <p class="meta">
                  {categoryLabel[c.category]} ・ {c.locality} {c.startOn && `・ ${warekiDate(c.startOn)}〜`}
                </p>
                <p>{c.summary}</p>
                {c.tags.length > 0 && <p class="tags">{c.tags.map((t) => <span key={t} class="tag">{t}</span>)}</p>}
              </li>
            ))}
          </ul>
          <CursorPager label="連携事例のページ" stack={stack} hasNext={conn.pageInfo.hasNextPage} endCursor={conn.pageInfo.endCursor} onMove={setStack} />
        </>
      )}
    </Page>
  );
}

const DetailDoc = graphql(`
  query PortalCaseStudy($id: ID, $slug: String) {
    caseStudy(id: $id, slug: $slug) {
      id
      slug
      title
      locality
      program
      category
      partners {
        id
        name
      }
      startOn
      endOn
      dateNote
      summary
      resources {
        side
        kind
        description
      }
      merits {
        side
        description
      }
      tags
      media {
        id
        url
        alt
        contentType
      }
    }
  }
`);

// A slug is a-z, 0-9 and hyphens (the server's rule); a global ID never is one, so whatever
// else the route carries is an ID from an older link.
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// caseStudyRef answers how to ask for the case study a route names: by slug, or by ID.
function caseStudyRef(ref: string): { slug: string } | { id: string } {
  return slugPattern.test(ref) ? { slug: ref } : { id: ref };
}

/** CaseStudyPage shows one case study, named by its slug (or, from an old link, its ID). */
export function CaseStudyPage({ slug }: { slug: string }) {
  const q = useQuery(DetailDoc, caseStudyRef(slug));
  const c = q.data?.caseStudy;
  useEffect(() => {
    // An old link by ID: show the item's own address from now on.
    if (c && c.slug !== slug) history.replaceState(null, '', href('/case-studies/' + encodeURIComponent(c.slug)));
  }, [c?.slug, slug]);
  if (q.loading) return <Loading />;
  // An unknown slug is NOT_FOUND (an unknown ID is null): both are the same page here.
  if (q.error && q.error.code !== 'NOT_FOUND') return <ErrorBox error={q.error} />;
  if (!c)
    return (
      <Page title="連携事例が見つかりません">
        <p>
          <a href={href('/case-studies')}>連携事例の一覧へ</a>
        </p>
      </Page>
    );
  return (
    <Page title={c.title}>
      <p class="meta">
        {categoryLabel[c.category]} ・ {c.locality}
        {c.program && ` ・ ${c.program}`}
      </p>
      <dl class="facts">
        <dt>期間</dt>
        <dd>
          {c.startOn ? warekiDate(c.startOn) : ''}
          {(c.startOn || c.endOn) && '〜'}
          {c.endOn ? warekiDate(c.endOn) : ''} {c.dateNote}
        </dd>
        <dt>連携先</dt>
        <dd>{c.partners.map((p) => p.name).join('、') || '—'}</dd>
      </dl>
      <Paragraphs text={c.summary} />
      {c.media
        .filter((m) => m.contentType.startsWith('image/'))
        .map((m) => (
          <img key={m.id} src={apiURL(m.url)} alt={m.alt} class="media" />
        ))}
      {c.resources.length > 0 && (
        <section aria-labelledby="cs-resources">
          <h2 id="cs-resources">提供したリソース</h2>
          <ul>
            {c.resources.map((r, i) => (
              <li key={i}>
                {sideLabel[r.side]}（{resourceKindLabel[r.kind]}）: {r.description}
              </li>
            ))}
          </ul>
        </section>
      )}
      {c.merits.length > 0 && (
        <section aria-labelledby="cs-merits">
          <h2 id="cs-merits">メリット</h2>
          <ul>
            {c.merits.map((m, i) => (
              <li key={i}>
                {sideLabel[m.side]}: {m.description}
              </li>
            ))}
          </ul>
        </section>
      )}
      {c.tags.length > 0 && <p class="tags">{c.tags.map((t) => <span key={t} class="tag">{t}</span>)}</p>}
      <p>
        <a href={href('/case-studies')}>連携事例の一覧へ</a>
      </p>
    </Page>
  );
}
