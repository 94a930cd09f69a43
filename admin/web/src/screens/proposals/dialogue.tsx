// The dialogue: shared messages and 庁内メモ in one timeline, told apart by a label, an icon
// and a colour (never colour alone); posting either kind, as the API allows, and attaching a file.
import { useState } from 'preact/hooks';
import { gql, gqlUpload } from '../../api';
import { formatDateTime } from '../../dates';
import { graphql } from '../../gql';
import { useAction } from '../../hooks';
import { tp } from '../../i18n/proposals';
import { Badge } from '../../ui/badge';
import { ErrorBanner, Notice } from '../../ui/banner';
import { Button } from '../../ui/button';
import { Fieldset, TextArea } from '../../ui/field';
import type { Action } from './actions';
import { actorLabel, type Proposal } from './proposal';

const PostDoc = graphql(`
  mutation ProposalPostMessage($proposalId: ID!, $body: String!, $internal: Boolean!) {
    postProposalMessage(proposalId: $proposalId, body: $body, internal: $internal) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`);

const AttachDoc = graphql(`
  mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {
    attachFile(proposalId: $proposalId, file: $file) {
      id
      fileName
    }
  }
`);

/** Dialogue lists the messages the viewer may see and the forms to add to them. */
export function Dialogue({ p, actions, onChange, onReload }: { p: Proposal; actions: Set<Action>; onChange: (p: Proposal) => void; onReload: () => Promise<void> }) {
  const canShared = actions.has('MESSAGE');
  const canInternal = actions.has('INTERNAL_NOTE');
  const [internal, setInternal] = useState(!canShared && canInternal);
  const [body, setBody] = useState('');
  const [notice, setNotice] = useState('');
  const post = useAction(async () => {
    const d = await gql(PostDoc, { proposalId: p.id, body, internal });
    setBody('');
    setNotice(internal ? tp('postedNote') : tp('posted'));
    onChange(d.postProposalMessage.proposal);
  });
  const [file, setFile] = useState<File | null>(null);
  const attach = useAction(async (form: HTMLFormElement) => {
    if (!file) return;
    const d = await gqlUpload(AttachDoc, { proposalId: p.id, file: null as unknown as File }, [{ path: 'variables.file', file }]);
    setFile(null);
    form.reset();
    setNotice(tp('attached', { name: d.attachFile.fileName }));
    await onReload();
  });

  return (
    <section aria-labelledby="sec-dialogue">
      <h2 id="sec-dialogue">{tp('secDialogue')}</h2>
      <p class="help">{tp('dialogueHelp')}</p>
      {p.messages.length === 0 ? (
        <p class="muted">{tp('noMessages')}</p>
      ) : (
        <ol class="messages" data-testid="messages">
          {p.messages.map((m) => (
            <li key={m.id} class={m.internal ? 'msg msg-internal' : 'msg msg-shared'} data-testid={m.internal ? 'internal-note' : 'shared-message'}>
              <div class="msg-head">
                {m.internal ? (
                  <Badge tone="internal" icon="✎">
                    {tp('internalNote')}（{tp('internalNoteHint')}）
                  </Badge>
                ) : (
                  <Badge tone="info" icon="✉">
                    {tp('sharedMessage')}
                  </Badge>
                )}
                <span class="msg-author">{actorLabel(m.author)}</span>
                <time class="muted" dateTime={m.createdAt}>
                  {formatDateTime(m.createdAt)}
                </time>
              </div>
              <p class="prewrap">{m.body}</p>
            </li>
          ))}
        </ol>
      )}
      <Notice>{notice}</Notice>
      {(canShared || canInternal) && (
        <form
          class="post-form"
          onSubmit={(e) => {
            e.preventDefault();
            setNotice('');
            void post.run();
          }}
        >
          {canShared && canInternal && (
            <Fieldset legend={tp('postKind')} class="radios">
              <label class="radio">
                <input type="radio" name="post-kind" checked={!internal} onChange={() => setInternal(false)} data-testid="post-shared" />
                <span aria-hidden="true">✉ </span>
                {tp('sharedMessage')}
              </label>
              <label class="radio radio-internal">
                <input type="radio" name="post-kind" checked={internal} onChange={() => setInternal(true)} data-testid="post-internal" />
                <span aria-hidden="true">✎ </span>
                {tp('internalNote')}（{tp('internalNoteHint')}）
              </label>
            </Fieldset>
          )}
          <TextArea label={internal ? `${tp('postBody')}（${tp('internalNote')}）` : `${tp('postBody')}（${tp('sharedMessage')}）`} required value={body} onInput={setBody} rows={4} testid="post-body" />
          <ErrorBanner error={post.error} />
          <Button type="submit" variant="primary" busy={post.busy} disabled={!body.trim()} data-testid="post-submit">
            {tp('post')}
          </Button>
        </form>
      )}
      {actions.has('ATTACH') && (
        <form
          class="attach-form"
          onSubmit={(e) => {
            e.preventDefault();
            setNotice('');
            void attach.run(e.currentTarget);
          }}
        >
          <div class="field">
            <label for="attach-file">{tp('attachFile')}</label>
            <input id="attach-file" type="file" data-testid="attach-file" onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} />
          </div>
          <ErrorBanner error={attach.error} />
          <Button type="submit" busy={attach.busy} disabled={!file}>
            {tp('attach')}
          </Button>
        </form>
      )}
    </section>
  );
}
