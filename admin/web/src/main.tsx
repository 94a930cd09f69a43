// The admin's root: sign-in until a token is stored, then the viewer, the layout and the
// screen the hash names. An UNAUTHENTICATED answer anywhere clears the token (api.ts),
// which brings the sign-in screen back.
import './app.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { gql } from './api';
import { graphql } from './gql';
import { useQuery } from './hooks';
import { lang, onLangChange } from './i18n';
import { t } from './i18n/common';
import { findRoute, useLocation } from './router';
import { routes } from './routes';
import { Login } from './screens/login';
import { getToken, onTokenChange, setToken } from './session';
import { ErrorBanner, Loading } from './ui/banner';
import { Button } from './ui/button';
import { Layout } from './ui/layout';
import { can, ViewerContext, ViewerDoc, type Viewer } from './viewer';

const LogoutDoc = graphql(`
  mutation Logout {
    logout
  }
`);

/** signOut revokes the token on the server, then forgets it whatever the server said. */
async function signOut(): Promise<void> {
  try {
    await gql(LogoutDoc, {});
  } finally {
    setToken(null);
  }
}

function App() {
  const [, setTick] = useState(0);
  const [signedIn, setSignedIn] = useState(getToken() !== null);
  const [expired, setExpired] = useState(false);
  useEffect(() => onLangChange(() => setTick((n) => n + 1)), []);
  useEffect(
    () =>
      onTokenChange((inNow) => {
        setExpired(!inNow && signedIn);
        setSignedIn(inNow);
      }),
    [signedIn],
  );
  if (!signedIn) return <Login notice={expired ? t('errUnauthenticated') : undefined} />;
  return <SignedIn />;
}

function SignedIn() {
  const q = useQuery(ViewerDoc, {});
  const [signingOut, setSigningOut] = useState(false);
  const loc = useLocation();
  const out = () => {
    setSigningOut(true);
    void signOut().catch(() => undefined);
  };
  if (q.error) {
    return (
      <main id="main" class="login-box">
        <ErrorBanner error={q.error} onRetry={() => void q.reload()} retryLabel={t('retry')} />
        <Button onClick={out}>{t('signOut')}</Button>
      </main>
    );
  }
  if (!q.data) return <Loading label={t('loading')} />;
  const me = q.data.me;
  if (!me || me.role === 'PROPOSER') {
    return (
      <main id="main" class="login-box">
        <p class="banner banner-error" role="alert">
          {t('proposerOnly')}
        </p>
        <Button onClick={out}>{t('signOut')}</Button>
      </main>
    );
  }
  const viewer: Viewer = { me, municipality: q.data.municipality, permissions: q.data.permissions };
  const nav = routes
    .filter((r) => r.nav && can(viewer, r.permission))
    .sort((a, b) => a.nav!.order - b.nav!.order)
    .map((r) => ({ path: r.path, label: r.nav!.label() }));
  const found = findRoute(routes, loc.path);
  let screen;
  if (!found || !can(viewer, found.route.permission)) {
    screen = (
      <section>
        <h1>{t('notFound')}</h1>
        <p>
          <a href="#/">{t('backHome')}</a>
        </p>
      </section>
    );
  } else {
    const C = found.route.component;
    screen = <C key={loc.path} params={found.params} query={loc.query} />;
  }
  return (
    <ViewerContext.Provider value={viewer}>
      <Layout viewer={viewer} nav={nav} current={loc.path} onSignOut={out} signingOut={signingOut}>
        {screen}
      </Layout>
    </ViewerContext.Provider>
  );
}

document.documentElement.lang = lang();
render(<App />, document.getElementById('app')!);
