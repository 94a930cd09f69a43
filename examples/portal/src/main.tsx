// The starter portal: a header with the municipality's name and colours, the routes, and a
// footer. Every page is in pages/; the API URL and municipality are in config.js.
import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import './app.css';
import { graphql } from './gql';
import { useQuery, useSignedIn } from './hooks';
import { signOut, Confirm, ResetPassword, SignIn, SignUp, VerifyEmail } from './pages/account';
import { CaseStudies, CaseStudyPage } from './pages/cases';
import { Agreements, Contact, Methods } from './pages/info';
import { MyPage } from './pages/mypage';
import { ProposalForm } from './pages/proposal_form';
import { ProposalPage } from './pages/proposal_page';
import { deskTitle, Top } from './pages/top';
import { href, match, useLocation } from './router';
import { Page } from './ui';

const FrameDoc = graphql(`
  query PortalFrame {
    municipality {
      name
      deskName
      phone
      primaryColor
      secondaryColor
    }
  }
`);

/** mailedPage answers the page for a mailed link's path (…/verify-email/#token=…), if any. */
function mailedPage(): 'verify' | 'reset' | null {
  const p = location.pathname.replace(/\/+$/, '');
  if (p.endsWith('/verify-email')) return 'verify';
  if (p.endsWith('/reset-password')) return 'reset';
  return null;
}

function Routes() {
  const { path, query } = useLocation();
  const signedIn = useSignedIn();
  useEffect(() => window.scrollTo(0, 0), [path]);
  const mailed = mailedPage();
  if (mailed === 'verify') return <VerifyEmail />;
  if (mailed === 'reset') return <ResetPassword />;
  let m: Record<string, string> | null;
  if (path === '/') return <Top />;
  if (path === '/case-studies') return <CaseStudies />;
  if ((m = match('/case-studies/:slug', path))) return <CaseStudyPage key={m.slug} slug={m.slug!} />;
  if (path === '/agreements') return <Agreements />;
  if (path === '/methods') return <Methods />;
  if (path === '/contact') return <Contact />;
  if (path === '/signup') return <SignUp />;
  if (path === '/confirm') return <Confirm />;
  if (path === '/signin') return <SignIn />;
  if (!signedIn && (path === '/mypage' || path.startsWith('/proposals'))) return <SignIn />;
  if (path === '/mypage') return <MyPage welcome={query.get('welcome') === '1'} />;
  if (path === '/proposals/new') return <ProposalForm key={query.get('challenge') ?? ''} challengeId={query.get('challenge') ?? ''} />;
  if ((m = match('/proposals/:id', path))) return <ProposalPage key={m.id} id={m.id!} sent={query.get('sent') === '1'} />;
  return (
    <Page title="ページが見つかりません">
      <p>
        <a href={href('/')}>トップへ</a>
      </p>
    </Page>
  );
}

function App() {
  const frame = useQuery(FrameDoc, {});
  const signedIn = useSignedIn();
  const m = frame.data?.municipality;
  useEffect(() => {
    if (m?.primaryColor) document.documentElement.style.setProperty('--primary', m.primaryColor);
    if (m?.secondaryColor) document.documentElement.style.setProperty('--secondary', m.secondaryColor);
  }, [m?.primaryColor, m?.secondaryColor]);
  return (
    <>
      <a class="skip" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        本文へ移動
      </a>
      <header class="site">
        <p class="brand">
          <a href={href('/')}>{m ? deskTitle(m) : '公民連携ポータル'}</a>
        </p>
        <nav aria-label="メインメニュー">
          <ul>
            <li>
              <a href={href('/')}>トップ</a>
            </li>
            <li>
              <a href={href('/case-studies')}>連携事例</a>
            </li>
            <li>
              <a href={href('/agreements')}>連携協定</a>
            </li>
            <li>
              <a href={href('/methods')}>連携の手法</a>
            </li>
            <li>
              <a href={href('/contact')}>お問合せ</a>
            </li>
          </ul>
        </nav>
        <nav aria-label="提案者メニュー">
          <ul>
            {signedIn ? (
              <>
                <li>
                  <a href={href('/mypage')}>マイページ</a>
                </li>
                <li>
                  <a href={href('/proposals/new')}>提案する</a>
                </li>
                <li>
                  <button type="button" class="link" onClick={() => void signOut()}>
                    ログアウト
                  </button>
                </li>
              </>
            ) : (
              <>
                <li>
                  <a href={href('/signin')}>ログイン</a>
                </li>
                <li>
                  <a href={href('/signup')}>新規登録</a>
                </li>
              </>
            )}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Routes />
      </main>
      <footer class="site">
        <p>{m ? `${deskTitle(m)}　電話 ${m.phone}` : ''}</p>
        <p>このサイトは pppdesk のスターターポータルです。</p>
      </footer>
    </>
  );
}

render(<App />, document.getElementById('app')!);
