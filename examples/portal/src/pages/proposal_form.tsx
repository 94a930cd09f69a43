// The proposal form: what the proposer offers and asks, contact, attachments, the
// municipality's terms to accept, and its own fields (custom fields). It creates a draft,
// attaches the files and submits in one go; if a later step fails the draft stays and its
// page offers to finish. A refused custom field (checked on submission) stays editable here:
// the next try writes the answers into the draft before submitting again.
import { useState } from 'preact/hooks';
import { gql, gqlUpload } from '../api';
import { CustomFields, customFieldsInput, type CustomFieldValues } from '../custom_fields';
import { graphql } from '../gql';
import type { ProposalKind, ResourceKind, Side } from '../gql/graphql';
import { useAction, useQuery } from '../hooks';
import { resourceKindLabel, sideLabel } from '../labels';
import { href, navigate } from '../router';
import { ErrorBox, Loading, Page, Paragraphs } from '../ui';

const FormDoc = graphql(`
  query PortalProposalForm {
    me {
      id
      displayName
      email
      emailVerified
      organization {
        name
      }
    }
    proposalTerms {
      version
      text
    }
    collaborationMethods(first: 50) {
      edges {
        node {
          id
          name
        }
      }
    }
    challenges(first: 50, filter: { isOpen: true }) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

const CreateDoc = graphql(`
  mutation PortalCreateProposal($input: CreateProposalInput!) {
    createProposal(input: $input) {
      proposal {
        id
        version
      }
    }
  }
`);

const UpdateCustomDoc = graphql(`
  mutation PortalUpdateProposalCustomFields($id: ID!, $version: Int!, $input: UpdateProposalInput!) {
    updateProposal(id: $id, version: $version, input: $input) {
      proposal {
        id
        version
      }
    }
  }
`);

/** AttachDoc attaches one file to a proposal (multipart); the detail page uses it too. */
export const AttachDoc = graphql(`
  mutation PortalAttachFile($proposalId: ID!, $file: Upload!) {
    attachFile(proposalId: $proposalId, file: $file) {
      id
      fileName
    }
  }
`);

/** SubmitDoc submits a draft with the terms accepted; the detail page uses it too. */
export const SubmitDoc = graphql(`
  mutation PortalSubmitProposal($id: ID!, $acceptTerms: Boolean!) {
    submitProposal(id: $id, acceptTerms: $acceptTerms) {
      proposal {
        id
        status
      }
    }
  }
`);

const sides: Side[] = ['PARTNER', 'CITY'];
const resourceKinds = Object.keys(resourceKindLabel) as ResourceKind[];

/** ProposalForm writes and submits a new proposal (free, or for an open challenge). */
export function ProposalForm({ challengeId }: { challengeId: string }) {
  const q = useQuery(FormDoc, {});
  const [kind, setKind] = useState<ProposalKind>(challengeId ? 'CHALLENGE' : 'FREE');
  const [challenge, setChallenge] = useState(challengeId);
  const [text, setText] = useState({ title: '', summary: '', body: '', desiredScheme: '' });
  const [resources, setResources] = useState<Record<string, string>>({});
  const [merits, setMerits] = useState<Record<Side, string>>({ CITY: '', PARTNER: '' });
  const [contact, setContact] = useState<{ affiliation: string; name: string; email: string; phone: string } | null>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [accept, setAccept] = useState(false);
  const [custom, setCustom] = useState<CustomFieldValues>({});
  const [draft, setDraft] = useState<{ id: string; version: number } | null>(null);
  const draftId = draft?.id ?? '';
  const me = q.data?.me;
  const c = contact ?? { affiliation: me?.organization?.name ?? '', name: me?.displayName ?? '', email: me?.email ?? '', phone: '' };

  const act = useAction(async () => {
    let id = draftId;
    if (draft) {
      // A retry after a refusal: the custom fields may have been corrected.
      const u = await gql(UpdateCustomDoc, { id: draft.id, version: draft.version, input: customFieldsInput(custom) });
      setDraft({ id, version: u.updateProposal.proposal.version });
    } else {
      const d = await gql(CreateDoc, {
        input: {
          kind,
          ...(kind === 'CHALLENGE' && challenge ? { challengeId: challenge } : {}),
          ...text,
          resources: Object.entries(resources)
            .filter(([, v]) => v.trim() !== '')
            .map(([k, v]) => {
              const [side, rk] = k.split(':') as [Side, ResourceKind];
              return { side, kind: rk, description: v.trim() };
            }),
          merits: sides.filter((s) => merits[s].trim() !== '').map((s) => ({ side: s, description: merits[s].trim() })),
          contact: c,
          ...customFieldsInput(custom),
        },
      });
      id = d.createProposal.proposal.id;
      setDraft({ id, version: d.createProposal.proposal.version });
      for (const f of files) await gqlUpload(AttachDoc, { proposalId: id, file: null as unknown as File }, 'variables.file', f);
    }
    await gql(SubmitDoc, { id, acceptTerms: accept });
    return id;
  });

  if (q.loading) return <Loading />;
  if (q.error || !q.data) return <ErrorBox error={q.error} />;
  if (!me)
    return (
      <Page title="提案する">
        <p>
          提案には <a href={href('/signin')}>ログイン</a> が必要です。はじめての方は <a href={href('/signup')}>新規登録</a> へ。
        </p>
      </Page>
    );
  const setT = (k: keyof typeof text) => (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement }) => setText({ ...text, [k]: e.currentTarget.value });
  const setC = (k: keyof typeof c) => (e: { currentTarget: HTMLInputElement }) => setContact({ ...c, [k]: e.currentTarget.value });
  return (
    <Page title="提案する">
      {!me.emailVerified && <p class="warn">メールアドレスが未確認です。確認するまで提出できません（マイページから確認メールを送れます）。</p>}
      <form
        aria-label="提案フォーム"
        class="form"
        onSubmit={async (e) => {
          e.preventDefault();
          const id = await act.run();
          if (id) navigate('/proposals/' + encodeURIComponent(id), { sent: '1' });
        }}
      >
        <fieldset disabled={!!draftId}>
          <legend>提案の内容</legend>
          <label>
            提案の種類
            <select value={kind} onChange={(e) => setKind(e.currentTarget.value as ProposalKind)}>
              <option value="FREE">自由提案</option>
              <option value="CHALLENGE">課題提案（募集中の行政課題への提案）</option>
            </select>
          </label>
          {kind === 'CHALLENGE' && (
            <label>
              行政課題<span class="req">（必須）</span>
              <select required value={challenge} onChange={(e) => setChallenge(e.currentTarget.value)}>
                <option value="">選んでください</option>
                {q.data.challenges.edges.map(({ node }) => (
                  <option key={node.id} value={node.id}>
                    {node.title}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label>
            件名<span class="req">（必須）</span>
            <input required value={text.title} onInput={setT('title')} />
          </label>
          <label>
            概要<span class="req">（必須）</span>
            <textarea required rows={3} value={text.summary} onInput={setT('summary')} />
          </label>
          <label>
            提案の内容<span class="req">（必須）</span>
            <textarea required rows={8} value={text.body} onInput={setT('body')} />
          </label>
          <label>
            希望する連携手法
            <select value={text.desiredScheme} onChange={setT('desiredScheme')}>
              <option value="">未定・相談したい</option>
              {q.data.collaborationMethods.edges.map(({ node }) => (
                <option key={node.id} value={node.name}>
                  {node.name}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
        <fieldset disabled={!!draftId}>
          <legend>提供できるリソース・市に求めるリソース</legend>
          <div class="grid">
            {sides.map((s) =>
              resourceKinds.map((k) => (
                <label key={`${s}:${k}`}>
                  {s === 'PARTNER' ? '事業者等が提供する' : '市に求める'}
                  {resourceKindLabel[k]}
                  <input value={resources[`${s}:${k}`] ?? ''} onInput={(e) => setResources({ ...resources, [`${s}:${k}`]: e.currentTarget.value })} />
                </label>
              )),
            )}
          </div>
        </fieldset>
        <fieldset disabled={!!draftId}>
          <legend>期待されるメリット</legend>
          {sides.map((s) => (
            <label key={s}>
              {sideLabel[s]}のメリット
              <input value={merits[s]} onInput={(e) => setMerits({ ...merits, [s]: e.currentTarget.value })} />
            </label>
          ))}
        </fieldset>
        <CustomFields values={custom} onChange={setCustom} error={act.error} />
        <fieldset disabled={!!draftId}>
          <legend>連絡先</legend>
          <label>
            所属<span class="req">（必須）</span>
            <input required value={c.affiliation} onInput={setC('affiliation')} />
          </label>
          <label>
            担当者名<span class="req">（必須）</span>
            <input required value={c.name} onInput={setC('name')} />
          </label>
          <label>
            連絡先メールアドレス<span class="req">（必須）</span>
            <input type="email" required value={c.email} onInput={setC('email')} />
          </label>
          <label>
            電話番号<span class="req">（必須）</span>
            <input type="tel" required value={c.phone} onInput={setC('phone')} />
          </label>
        </fieldset>
        <fieldset disabled={!!draftId}>
          <legend>添付ファイル</legend>
          <label>
            資料（複数可）
            <input type="file" multiple onChange={(e) => setFiles(Array.from(e.currentTarget.files ?? []))} />
          </label>
          {files.length > 0 && (
            <ul aria-label="添付するファイル">
              {files.map((f) => (
                <li key={f.name}>
                  {f.name}（{Math.ceil(f.size / 1024)} KB）
                </li>
              ))}
            </ul>
          )}
        </fieldset>
        <fieldset>
          <legend>提案の留意事項</legend>
          <div class="terms" tabIndex={0} role="region" aria-label={`留意事項（第${q.data.proposalTerms.version}版）`}>
            <Paragraphs text={q.data.proposalTerms.text} />
          </div>
          <label class="check">
            <input type="checkbox" checked={accept} onChange={(e) => setAccept(e.currentTarget.checked)} />
            留意事項に同意します
          </label>
        </fieldset>
        <ErrorBox error={act.error} />
        {draftId && (
          <p class="warn">
            提案は下書きとして保存されています。<a href={href('/proposals/' + encodeURIComponent(draftId))}>下書きを開く</a>
          </p>
        )}
        <button type="submit" disabled={act.busy || !accept}>
          提案を提出する
        </button>
      </form>
    </Page>
  );
}
