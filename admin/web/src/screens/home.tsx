// Home: a greeting and the same entries as the nav, as large links.
import { t } from '../i18n/common';
import { href } from '../router';
import { routes } from '../routes';
import { can, useViewer } from '../viewer';

/** Home is the landing screen after sign-in. */
export function Home() {
  const v = useViewer();
  const items = routes.filter((r) => r.nav && r.path !== '/' && can(v, r.permission)).sort((a, b) => a.nav!.order - b.nav!.order);
  return (
    <section>
      <h1>{t('home')}</h1>
      <p>
        {v.municipality.deskName} — {v.me.displayName}
      </p>
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
