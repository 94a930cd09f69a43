// The in-admin preview (#/preview/<token>): renders exactly the draft a preview token names,
// as preview(token:) answers it. An expired or wrong token is a message here, not a sign-out:
// this screen asks the API itself instead of through api.ts, which signs out on UNAUTHENTICATED.
import { useEffect, useState } from 'preact/hooks';
import { ApiError, serverURL } from '../../api';
import { formatDate, formatDateTime } from '../../dates';
import { graphql } from '../../gql';
import type { ContentMediaItemFragment, ContentPreviewQuery, ResourceKind, Side } from '../../gql/graphql';
import { t } from '../../i18n/common';
import { tc } from '../../i18n/content';
import type { RouteProps } from '../../router';
import { getToken } from '../../session';
import { Badge } from '../../ui/badge';
import { ErrorBanner, Loading } from '../../ui/banner';
import { kinds, sides, sizeLabel } from './shared';

const PreviewDoc = graphql(`
  query ContentPreview($token: String!) {
    preview(token: $token) {
      __typename
      id
      ... on Challenge {
        title
        background
        desiredOutcome
        department {
          name
        }
        tags
        opensAt
        closesAt
        media {
          ...ContentMediaItem
        }
      }
      ... on CaseStudy {
        title
        locality
        program
        caseCategory: category
        startOn
        endOn
        dateNote
        summary
        partners {
          name
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
        tags
        media {
          ...ContentMediaItem
        }
      }
      ... on Agreement {
        title
        agreementKind: kind
        purpose
        parties {
          name
        }
        signedOn
        termStartOn
        termEndOn
        items
        merits {
          side
          description
        }
        agreementStatus: status
        media {
          ...ContentMediaItem
        }
      }
      ... on Project {
        title
        projectKind: kind
        summary
        startOn
        endOn
        site
        leadDepartment {
          name
        }
        partners {
          name
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
        projectStatus: status
        media {
          ...ContentMediaItem
        }
      }
      ... on Announcement {
        title
        body
        category
        media {
          ...ContentMediaItem
        }
      }
    }
  }
`);

async function load(token: string): Promise<ContentPreviewQuery> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' };
  const bearer = getToken();
  if (bearer) headers['Authorization'] = `Bearer ${bearer}`;
  let res: Response;
  try {
    res = await fetch(serverURL('graphql'), {
      method: 'POST',
      headers,
      credentials: 'omit',
      cache: 'no-store',
      body: JSON.stringify({ query: PreviewDoc.toString(), variables: { token } }),
    });
  } catch {
    throw new ApiError('NETWORK', '');
  }
  const body = (await res.json().catch(() => ({}))) as { data?: ContentPreviewQuery; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length) {
    const code = body.errors[0]!.extensions?.code;
    // An expired or foreign token answers UNAUTHENTICATED: it is the link that is stale.
    throw new ApiError(code === 'UNAUTHENTICATED' || code === 'NOT_FOUND' ? 'NOT_FOUND' : 'INTERNAL', body.errors[0]!.message);
  }
  if (!body.data) throw new ApiError('UNAVAILABLE', `HTTP ${res.status}`);
  return body.data;
}

function Para({ text }: { text: string | null | undefined }) {
  if (!text) return <p class="muted">—</p>;
  return (
    <>
      {text.split(/\n{2,}/).map((p, i) => (
        <p key={i} class="content-pre">
          {p}
        </p>
      ))}
    </>
  );
}

function Fact({ label, value }: { label: string; value: string | null | undefined }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value || '—'}</dd>
    </div>
  );
}

function ResourcesView({ rs }: { rs: { side: Side; kind: ResourceKind; description: string }[] }) {
  return (
    <div class="table-wrap">
      <table class="table matrix">
        <caption>{tc('resources')}</caption>
        <thead>
          <tr>
            <th scope="col">{tc('kindCol')}</th>
            {sides.map((s) => (
              <th scope="col" key={s}>
                {tc(`side${s}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {kinds.map((k) => (
            <tr key={k}>
              <th scope="row">{tc(`res${k}`)}</th>
              {sides.map((s) => (
                <td key={s} class="content-pre">
                  {rs
                    .filter((r) => r.side === s && r.kind === k)
                    .map((r) => r.description)
                    .join('\n') || '—'}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function MeritsView({ ms }: { ms: { side: Side; description: string }[] }) {
  return (
    <>
      <h2>{tc('merits')}</h2>
      {sides.map((s) => (
        <div key={s}>
          <h3>{tc('meritFor', { side: tc(`side${s}`) })}</h3>
          <ul>
            {ms
              .filter((m) => m.side === s)
              .map((m, i) => (
                <li key={i}>{m.description}</li>
              ))}
          </ul>
        </div>
      ))}
    </>
  );
}

function MediaView({ media }: { media: ContentMediaItemFragment[] }) {
  if (media.length === 0) return null;
  return (
    <>
      <h2>{tc('secMedia')}</h2>
      <ul>
        {media.map((m) => (
          <li key={m.id}>
            {m.fileName}（{sizeLabel(m.size)}）{m.alt ? `: ${m.alt}` : ''}
          </li>
        ))}
      </ul>
    </>
  );
}

function Body({ n }: { n: NonNullable<ContentPreviewQuery['preview']> }) {
  switch (n.__typename) {
    case 'Challenge':
      return (
        <>
          <h1>{n.title}</h1>
          <dl class="facts">
            <Fact label={tc('department')} value={n.department?.name} />
            <Fact label={tc('opensAt')} value={formatDateTime(n.opensAt)} />
            <Fact label={tc('closesAt')} value={formatDateTime(n.closesAt)} />
            <Fact label={tc('tags')} value={n.tags.join('、')} />
          </dl>
          <h2>{tc('background')}</h2>
          <Para text={n.background} />
          <h2>{tc('desiredOutcome')}</h2>
          <Para text={n.desiredOutcome} />
          <MediaView media={n.media} />
        </>
      );
    case 'CaseStudy':
      return (
        <>
          <h1>{n.title}</h1>
          <dl class="facts">
            <Fact label={tc('locality')} value={n.locality} />
            <Fact label={tc('program')} value={n.program} />
            <Fact label={tc('category')} value={tc(`cat${n.caseCategory}`)} />
            <Fact label={tc('startOn')} value={formatDate(n.startOn)} />
            <Fact label={tc('endOn')} value={formatDate(n.endOn)} />
            <Fact label={tc('dateNote')} value={n.dateNote} />
            <Fact label={tc('partners')} value={n.partners.map((p) => p.name).join('、')} />
            <Fact label={tc('tags')} value={n.tags.join('、')} />
          </dl>
          <h2>{tc('summary')}</h2>
          <Para text={n.summary} />
          <ResourcesView rs={n.resources} />
          <MeritsView ms={n.merits} />
          <MediaView media={n.media} />
        </>
      );
    case 'Agreement':
      return (
        <>
          <h1>{n.title}</h1>
          <dl class="facts">
            <Fact label={tc('agreementKind')} value={tc(`ak${n.agreementKind}`)} />
            <Fact label={tc('agreementStatus')} value={tc(`as${n.agreementStatus}`)} />
            <Fact label={tc('parties')} value={n.parties.map((p) => p.name).join('、')} />
            <Fact label={tc('signedOn')} value={formatDate(n.signedOn)} />
            <Fact label={tc('termStartOn')} value={formatDate(n.termStartOn)} />
            <Fact label={tc('termEndOn')} value={formatDate(n.termEndOn)} />
          </dl>
          <h2>{tc('purpose')}</h2>
          <Para text={n.purpose} />
          <h2>{tc('items')}</h2>
          <ul>
            {n.items.map((x, i) => (
              <li key={i}>{x}</li>
            ))}
          </ul>
          <MeritsView ms={n.merits} />
          <MediaView media={n.media} />
        </>
      );
    case 'Project':
      return (
        <>
          <h1>{n.title}</h1>
          <dl class="facts">
            <Fact label={tc('projectKind')} value={tc(`pk${n.projectKind}`)} />
            <Fact label={tc('projectStatus')} value={tc(`ps${n.projectStatus}`)} />
            <Fact label={tc('leadDepartment')} value={n.leadDepartment?.name} />
            <Fact label={tc('startOn')} value={formatDate(n.startOn)} />
            <Fact label={tc('endOn')} value={formatDate(n.endOn)} />
            <Fact label={tc('site')} value={n.site} />
            <Fact label={tc('partners')} value={n.partners.map((p) => p.name).join('、')} />
          </dl>
          <h2>{tc('summary')}</h2>
          <Para text={n.summary} />
          <ResourcesView rs={n.resources} />
          <MeritsView ms={n.merits} />
          <MediaView media={n.media} />
        </>
      );
    case 'Announcement':
      return (
        <>
          <h1>{n.title}</h1>
          <dl class="facts">
            <Fact label={tc('annCategory')} value={n.category} />
          </dl>
          <Para text={n.body} />
          <MediaView media={n.media} />
        </>
      );
    default:
      return <h1>{tc('previewTitle')}</h1>;
  }
}

/** PreviewPage shows the draft a preview token names, marked as a preview. */
export function PreviewPage({ params }: RouteProps) {
  const token = params.token ?? '';
  const [data, setData] = useState<ContentPreviewQuery | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    let live = true;
    setData(null);
    setError(null);
    load(token).then(
      (d) => live && setData(d),
      (e: unknown) => live && setError(e instanceof ApiError ? e : new ApiError('INTERNAL', String(e))),
    );
    return () => {
      live = false;
    };
  }, [token]);
  if (error) {
    return (
      <>
        <h1>{tc('previewTitle')}</h1>
        {error.code === 'NOT_FOUND' ? <p role="alert">{tc('previewGone')}</p> : <ErrorBanner error={error} />}
      </>
    );
  }
  if (!data) return <Loading label={t('loading')} />;
  if (!data.preview) {
    return (
      <>
        <h1>{tc('previewTitle')}</h1>
        <p role="alert">{tc('previewGone')}</p>
      </>
    );
  }
  return (
    <article class="content-preview" data-testid="preview">
      <p>
        <Badge tone="warning" icon="◎">
          {tc('previewTitle')}
        </Badge>{' '}
        {tc('previewNote')}
      </p>
      <Body n={data.preview} />
    </article>
  );
}
