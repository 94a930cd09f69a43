// Home: a greeting, what needs the clerk now (要対応), and the same entries as the nav.
import { graphql } from '../gql';
import { useQuery } from '../hooks';
import { t } from '../i18n/common';
import { tp } from '../i18n/proposals';
import { href } from '../router';
import { routes } from '../routes';
import { can, useViewer } from '../viewer';

const AttentionCountDoc = graphql(`
  query HomeAttention {
    proposals(first: 0, filter: { needsAttention: true }) {
      totalCount
    }
  }
`);

/** Home is the landing screen after sign-in. */
export function Home() {
  const v = useViewer();
  const readsProposals = can(v, { resource: 'proposal', action: 'read' });
  const attention = useQuery(AttentionCountDoc, {}, !readsProposals);
  const n = attention.data?.proposals.totalCount ?? 0;
  const items = routes.filter((r) => r.nav && r.path !== '/' && can(v, r.permission)).sort((a, b) => a.nav!.order - b.nav!.order);
  return (
    <section>
      <h1>{t('home')}</h1>
      <p>
        {v.municipality.deskName} — {v.me.displayName}
      </p>
      {readsProposals && attention.data && (
        <p class={n > 0 ? 'banner banner-notice' : 'muted'} data-testid="home-attention">
          {n > 0 ? (
            <a href={href('/proposals', { attention: '1' })}>{tp('homeAttention', { n })}</a>
          ) : (
            tp('attentionNone')
          )}
        </p>
      )}
      <ul class="tiles">
        {items.map((r) => (
          <li key={r.path}>
            <a class="tile" href={href(r.path)}>
              {r.nav!.label()}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
