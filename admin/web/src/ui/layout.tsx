// The frame of every signed-in screen: a skip link, a header with the clerk's name, the
// language toggle and sign-out, and a nav of only the screens the API lets the clerk use.
import type { ComponentChildren } from 'preact';
import { lang, setLang } from '../i18n';
import { t } from '../i18n/common';
import { href } from '../router';
import type { Viewer } from '../viewer';
import { Button } from './button';

/** NavItem is one entry of the main menu. */
export interface NavItem {
  path: string;
  label: string;
}

/** Layout wraps a screen; current marks the nav entry of the screen shown. */
export function Layout(p: { viewer: Viewer; nav: NavItem[]; current: string; onSignOut: () => void; signingOut: boolean; children: ComponentChildren }) {
  const me = p.viewer.me;
  return (
    <>
      <a class="skip" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        {t('skipToMain')}
      </a>
      <header class="header">
        <div class="brand">
          <span class="brand-muni">{p.viewer.municipality.name}</span> {t('appName')}
        </div>
        <div class="header-tools">
          <span class="who" data-testid="who">
            {t('signedInAs', { name: me.displayName, dept: me.department?.name ?? me.role })}
          </span>
          <LangToggle />
          <Button onClick={p.onSignOut} busy={p.signingOut} data-testid="sign-out">
            {t('signOut')}
          </Button>
        </div>
      </header>
      <div class="frame">
        <nav class="nav" aria-label={t('mainNav')}>
          <ul>
            {p.nav.map((n) => {
              const active = p.current === n.path || (n.path !== '/' && p.current.startsWith(`${n.path}/`));
              return (
                <li key={n.path}>
                  <a href={href(n.path)} aria-current={active ? 'page' : undefined}>
                    {n.label}
                  </a>
                </li>
              );
            })}
          </ul>
        </nav>
        <main id="main" class="main" tabIndex={-1}>
          {p.children}
        </main>
      </div>
    </>
  );
}

/** LangToggle switches between Japanese and English; the button says the language it switches to. */
export function LangToggle() {
  const other = lang() === 'ja' ? 'en' : 'ja';
  return (
    <button type="button" class="btn btn-link" lang={other} aria-label={`${t('language')}: ${t('switchLang')}`} onClick={() => setLang(other)} data-testid="lang-toggle">
      {t('switchLang')}
    </button>
  );
}
