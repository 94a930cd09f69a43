// Proposer accounts: sign-up, the emailed confirmation code, sign-in, email verification
// and password reset from the links the server mails (portal URL + /verify-email#token=…).
import { useEffect, useState } from 'preact/hooks';
import { gql } from '../api';
import { graphql } from '../gql';
import type { OrganizationKind } from '../gql/graphql';
import { useAction } from '../hooks';
import { href, navigate } from '../router';
import { setToken } from '../session';
import { ErrorBox, Loading, Notice, Page } from '../ui';

const SignUpDoc = graphql(`
  mutation PortalSignUp($input: SignUpInput!) {
    signUp(input: $input) {
      message
    }
  }
`);

const ConfirmDoc = graphql(`
  mutation PortalConfirmSignUp($token: String!, $password: String!) {
    confirmSignUp(token: $token, password: $password) {
      token
    }
  }
`);

const LoginDoc = graphql(`
  mutation PortalLogin($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
    }
  }
`);

const LogoutDoc = graphql(`
  mutation PortalLogout {
    logout
  }
`);

const VerifyDoc = graphql(`
  mutation PortalVerifyEmail($token: String!) {
    verifyEmail(token: $token)
  }
`);

const RequestResetDoc = graphql(`
  mutation PortalRequestReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

const ResetDoc = graphql(`
  mutation PortalResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, newPassword: $password) {
      token
    }
  }
`);

const orgKinds: [OrganizationKind, string][] = [
  ['CORPORATION', '法人（株式会社など）'],
  ['SOLE_PROPRIETOR', '個人事業主'],
  ['NPO', 'NPO法人'],
  ['ASSOCIATION', '一般社団法人・協会・団体'],
  ['UNIVERSITY', '大学・高専・研究機関'],
  ['FINANCIAL_INSTITUTION', '金融機関'],
  ['OTHER_GROUP', 'その他の団体'],
];

/** SignUp registers a proposer and its organization; the server mails a confirmation code. */
export function SignUp() {
  const [f, setF] = useState({ email: '', password: '', displayName: '', orgName: '', orgKind: 'CORPORATION' as OrganizationKind, corporateNumber: '' });
  const act = useAction(() =>
    gql(SignUpDoc, {
      input: {
        email: f.email,
        password: f.password,
        displayName: f.displayName,
        organization: { name: f.orgName, kind: f.orgKind, ...(f.corporateNumber ? { corporateNumber: f.corporateNumber } : {}) },
      },
    }),
  );
  const set = (k: keyof typeof f) => (e: { currentTarget: HTMLInputElement | HTMLSelectElement }) => setF({ ...f, [k]: e.currentTarget.value });
  return (
    <Page title="提案者の新規登録">
      <p>提案にはアカウントが必要です。登録するとメールで確認コードが届きます。</p>
      <form
        aria-label="新規登録"
        class="form"
        onSubmit={async (e) => {
          e.preventDefault();
          if (await act.run()) {
            sessionStorage.setItem('pppdesk.portal.signup', f.email);
            navigate('/confirm');
          }
        }}
      >
        <label>
          メールアドレス<span class="req">（必須）</span>
          <input type="email" autocomplete="email" required value={f.email} onInput={set('email')} />
        </label>
        <label>
          パスワード（10文字以上）<span class="req">（必須）</span>
          <input type="password" autocomplete="new-password" minLength={10} required value={f.password} onInput={set('password')} />
        </label>
        <label>
          お名前（表示名）<span class="req">（必須）</span>
          <input autocomplete="name" required value={f.displayName} onInput={set('displayName')} />
        </label>
        <fieldset>
          <legend>代表する事業者等</legend>
          <label>
            名称<span class="req">（必須）</span>
            <input autocomplete="organization" required value={f.orgName} onInput={set('orgName')} />
          </label>
          <label>
            種類
            <select value={f.orgKind} onChange={set('orgKind')}>
              {orgKinds.map(([k, l]) => (
                <option key={k} value={k}>
                  {l}
                </option>
              ))}
            </select>
          </label>
          <label>
            法人番号（13桁、任意）
            <input inputMode="numeric" value={f.corporateNumber} onInput={set('corporateNumber')} />
          </label>
        </fieldset>
        <ErrorBox error={act.error} />
        <button type="submit" disabled={act.busy}>
          登録を申し込む
        </button>
      </form>
      <p>
        登録済みの方は <a href={href('/signin')}>ログイン</a>
      </p>
    </Page>
  );
}

/** Confirm finishes a registration with the emailed code and the password, and signs in. */
export function Confirm() {
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const email = sessionStorage.getItem('pppdesk.portal.signup');
  const act = useAction(() => gql(ConfirmDoc, { token: code.trim(), password }));
  return (
    <Page title="メールアドレスの確認">
      <Notice>{email ? `${email} に確認コードを送りました。` : 'メールで届いた確認コードを入力してください。'}メールに記載の確認コードと、登録時のパスワードを入力すると登録が完了します。</Notice>
      <form
        aria-label="確認コードの入力"
        class="form"
        onSubmit={async (e) => {
          e.preventDefault();
          const d = await act.run();
          if (d) {
            sessionStorage.removeItem('pppdesk.portal.signup');
            setToken(d.confirmSignUp.token);
            navigate('/mypage', { welcome: '1' });
          }
        }}
      >
        <label>
          確認コード<span class="req">（必須）</span>
          <input autocomplete="one-time-code" required value={code} onInput={(e) => setCode(e.currentTarget.value)} />
        </label>
        <label>
          パスワード<span class="req">（必須）</span>
          <input type="password" autocomplete="current-password" required value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
        </label>
        <ErrorBox error={act.error} />
        <button type="submit" disabled={act.busy}>
          登録を完了する
        </button>
      </form>
    </Page>
  );
}

/** SignIn signs a proposer in. */
export function SignIn() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const act = useAction(() => gql(LoginDoc, { email, password }));
  const reset = useAction(() => gql(RequestResetDoc, { email }));
  const [resetSent, setResetSent] = useState(false);
  return (
    <Page title="ログイン">
      <form
        aria-label="ログイン"
        class="form"
        onSubmit={async (e) => {
          e.preventDefault();
          const d = await act.run();
          if (d) {
            setToken(d.login.token);
            navigate('/mypage');
          }
        }}
      >
        <label>
          メールアドレス
          <input type="email" autocomplete="email" required value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
        </label>
        <label>
          パスワード
          <input type="password" autocomplete="current-password" required value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
        </label>
        <ErrorBox error={act.error} />
        <button type="submit" disabled={act.busy}>
          ログインする
        </button>
      </form>
      <section aria-labelledby="forgot">
        <h2 id="forgot">パスワードを忘れた方</h2>
        <p>上の欄にメールアドレスを入れて押すと、再設定のリンクをメールで送ります。</p>
        <button
          type="button"
          disabled={reset.busy || !email}
          onClick={async () => {
            if (await reset.run()) setResetSent(true);
          }}
        >
          再設定のメールを送る
        </button>
        <ErrorBox error={reset.error} />
        {resetSent && <Notice>登録があれば、再設定のリンクを送りました。</Notice>}
      </section>
      <p>
        はじめての方は <a href={href('/signup')}>新規登録</a>
      </p>
    </Page>
  );
}

/** signOut revokes the token on the server, then forgets it here. */
export async function signOut(): Promise<void> {
  try {
    await gql(LogoutDoc, {});
  } catch {
    // The token is forgotten anyway: an expired one cannot be revoked twice.
  }
  setToken(null);
  navigate('/');
}

/** tokenFromFragment reads token=… from the part after '#' of a mailed link. */
function tokenFromFragment(): string {
  return new URLSearchParams(location.hash.replace(/^#/, '')).get('token') ?? '';
}

/** VerifyEmail verifies the address from the mailed link (portal URL + /verify-email#token=…). */
export function VerifyEmail() {
  const [token] = useState(tokenFromFragment);
  const act = useAction(() => gql(VerifyDoc, { token }));
  const [done, setDone] = useState(false);
  useEffect(() => {
    if (token)
      void act.run().then((d) => {
        if (d) setDone(true);
      });
  }, [token]);
  return (
    <Page title="メールアドレスの確認">
      {!token && <p>リンクに確認のトークンがありません。メールのリンクをそのまま開いてください。</p>}
      {act.busy && <Loading />}
      <ErrorBox error={act.error} />
      {done && <Notice>メールアドレスを確認しました。提案を提出できます。</Notice>}
      <p>
        <a href={href('/mypage')}>マイページへ</a>
      </p>
    </Page>
  );
}

/** ResetPassword sets a new password from the mailed link (portal URL + /reset-password#token=…). */
export function ResetPassword() {
  const [token] = useState(tokenFromFragment);
  const [password, setPassword] = useState('');
  const act = useAction(() => gql(ResetDoc, { token, password }));
  return (
    <Page title="パスワードの再設定">
      <form
        aria-label="パスワードの再設定"
        class="form"
        onSubmit={async (e) => {
          e.preventDefault();
          const d = await act.run();
          if (d) {
            setToken(d.resetPassword.token);
            location.replace(new URL(href('/mypage'), document.baseURI).toString());
          }
        }}
      >
        <label>
          新しいパスワード（10文字以上）
          <input type="password" autocomplete="new-password" minLength={10} required value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
        </label>
        <ErrorBox error={act.error} />
        <button type="submit" disabled={act.busy || !token}>
          設定してログインする
        </button>
      </form>
    </Page>
  );
}
