// Sign-in: email, password and, only for servers that run several municipalities, its slug
// sent as X-Municipality with this one request (afterwards the token decides).
import { useState } from 'preact/hooks';
import { gql } from '../api';
import { graphql } from '../gql';
import { useAction } from '../hooks';
import { t } from '../i18n/common';
import { setToken } from '../session';
import { ErrorBanner } from '../ui/banner';
import { Button } from '../ui/button';
import { TextField } from '../ui/field';
import { LangToggle } from '../ui/layout';

const LoginDoc = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      expiresAt
    }
  }
`);

/** Login is the screen shown while no token is stored. */
export function Login({ notice }: { notice?: string }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [muni, setMuni] = useState('');
  const act = useAction(async () => {
    const d = await gql(LoginDoc, { email, password }, { municipality: muni.trim() || undefined });
    setToken(d.login.token);
  });
  return (
    <div class="login">
      <div class="login-lang">
        <LangToggle />
      </div>
      <main id="main" class="login-box">
        <h1>{t('appName')}</h1>
        <h2>{t('signInTitle')}</h2>
        {notice && (
          <p class="banner banner-notice" role="status">
            {notice}
          </p>
        )}
        {act.error?.code === 'UNAUTHENTICATED' ? (
          <p class="banner banner-error" role="alert" data-testid="login-error">
            {t('loginFailed')}
          </p>
        ) : (
          <ErrorBanner error={act.error} />
        )}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void act.run();
          }}
        >
          <TextField label={t('email')} type="email" autocomplete="username" required value={email} onInput={setEmail} testid="login-email" />
          <TextField label={t('password')} type="password" autocomplete="current-password" required value={password} onInput={setPassword} testid="login-password" />
          <TextField label={t('municipality')} help={t('municipalityHelp')} value={muni} onInput={setMuni} autocomplete="off" testid="login-municipality" />
          <Button type="submit" variant="primary" busy={act.busy} data-testid="login-submit">
            {act.busy ? t('signingIn') : t('signIn')}
          </Button>
        </form>
      </main>
    </div>
  );
}
