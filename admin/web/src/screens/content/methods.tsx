// その他連携手法 (PFI, Park-PFI …): the table in its order and the editor. Methods are not
// published one by one, so the editor has no publication panel; a deletion can be undone at once.
import { useState } from 'preact/hooks';
import { gql } from '../../api';
import { graphql } from '../../gql';
import type { CollaborationMethodInput } from '../../gql/graphql';
import { useAction, useQuery } from '../../hooks';
import { t } from '../../i18n/common';
import { tc } from '../../i18n/content';
import { href, type RouteProps } from '../../router';
import { ErrorBanner, Loading, Notice } from '../../ui/banner';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/confirm';
import { TextArea, TextField } from '../../ui/field';
import { PagedTable } from '../../ui/table';
import { useEditor } from './editor';
import { EditorHead, ListFrame, pageSize, SaveError } from './shared';

const ListDoc = graphql(`
  query ContentMethodList($first: Int, $after: String) {
    collaborationMethods(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          key
          name
          position
        }
      }
    }
  }
`);

/** Methods lists the collaboration methods in their order, with cursor paging. */
export function Methods(_: RouteProps) {
  const [after, setAfter] = useState<string | null>(null);
  const q = useQuery(ListDoc, { first: pageSize, after });
  return (
    <ListFrame title={tc('listMethods')} newLabel={tc('newMethod')} newPath="/content/methods/new">
      <ErrorBanner error={q.error} onRetry={() => void q.reload()} retryLabel={t('retry')} />
      {q.loading && !q.data && <Loading label={t('loading')} />}
      <PagedTable
        caption={tc('listMethods')}
        testid="method-list"
        page={q.data?.collaborationMethods}
        after={after}
        onAfter={setAfter}
        resetKey=""
        rowKey={(r) => r.id}
        pageSize={pageSize}
        columns={[
          { header: tc('colPosition'), cell: (r) => r.position },
          { header: tc('colName'), cell: (r) => <a href={href(`/content/methods/${r.id}`)}>{r.name}</a> },
          { header: tc('colKey'), cell: (r) => <code>{r.key}</code> },
        ]}
      />
    </ListFrame>
  );
}

const ItemDoc = graphql(`
  query ContentMethod($id: ID!) {
    collaborationMethod(id: $id) {
      id
      key
      name
      description
      position
      version
    }
  }
`);
const CreateDoc = graphql(`
  mutation ContentMethodCreate($input: CollaborationMethodInput!) {
    createCollaborationMethod(input: $input) {
      id
    }
  }
`);
const UpdateDoc = graphql(`
  mutation ContentMethodUpdate($id: ID!, $input: CollaborationMethodInput!, $version: Int!) {
    updateCollaborationMethod(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`);
const DeleteDoc = graphql(`
  mutation ContentMethodDelete($id: ID!) {
    deleteCollaborationMethod(id: $id)
  }
`);
const RestoreDoc = graphql(`
  mutation ContentMethodRestore($id: ID!) {
    restoreDeleted(id: $id) {
      id
    }
  }
`);

interface Form {
  key: string;
  name: string;
  description: string;
  position: string;
}

const blank: Form = { key: '', name: '', description: '', position: '0' };

function toInput(f: Form): CollaborationMethodInput {
  const n = Number.parseInt(f.position, 10);
  return { key: f.key, name: f.name, description: f.description, position: Number.isFinite(n) ? n : 0 };
}

/** MethodPage creates or edits one collaboration method. */
export function MethodPage({ params }: RouteProps) {
  const isNew = params.id === 'new';
  const q = useQuery(ItemDoc, { id: params.id ?? '' }, isNew);
  const item = isNew ? null : q.data?.collaborationMethod;
  const e = useEditor({
    q,
    item,
    blank,
    toForm: (m) => ({ key: m.key, name: m.name, description: m.description, position: String(m.position) }),
    create: async (f) => (await gql(CreateDoc, { input: toInput(f) })).createCollaborationMethod.id,
    update: (f, version) => gql(UpdateDoc, { id: params.id!, input: toInput(f), version }),
    path: (id) => `/content/methods/${id}`,
  });
  const [confirm, setConfirm] = useState(false);
  const [deleted, setDeleted] = useState(false);
  const del = useAction(async (undo: boolean) => {
    if (undo) {
      await gql(RestoreDoc, { id: params.id! });
      setDeleted(false);
      e.setNotice(tc('restored'));
      e.reload();
      return;
    }
    await gql(DeleteDoc, { id: params.id! });
    setConfirm(false);
    setDeleted(true);
    e.setNotice(tc('deleted', { title: item?.name ?? '' }));
  });
  const heading = isNew ? tc('newMethod') : tc('editMethod');
  if (deleted) {
    return (
      <>
        <EditorHead title={heading} list="/content/methods" listLabel={tc('listMethods')} />
        <Notice>{e.notice}</Notice>
        <ErrorBanner error={del.error} />
        <Button variant="primary" busy={del.busy} onClick={() => void del.run(true)} data-testid="restore-deleted">
          {tc('restoreDeleted')}
        </Button>
      </>
    );
  }
  if (!isNew && !item) {
    return (
      <>
        <EditorHead title={heading} list="/content/methods" listLabel={tc('listMethods')} />
        {q.loading ? <Loading label={t('loading')} /> : <ErrorBanner error={q.error} onRetry={() => void q.reload()} retryLabel={t('retry')} />}
      </>
    );
  }
  const f = e.form;
  return (
    <>
      <EditorHead title={heading} list="/content/methods" listLabel={tc('listMethods')}>
        {item && <p class="content-sub">{tc('version', { n: item.version })}</p>}
      </EditorHead>
      <form
        class="content-form"
        onSubmit={(ev) => {
          ev.preventDefault();
          e.save();
        }}
      >
        <Notice>{e.notice}</Notice>
        <SaveError error={e.error} onReload={e.reload} />
        <ErrorBanner error={del.error} />
        <TextField label={tc('name')} value={f.name} onInput={(v) => e.set('name', v)} required maxLength={200} testid="field-title" />
        <TextField label={tc('methodKey')} value={f.key} onInput={(v) => e.set('key', v)} help={tc('methodKeyHelp')} required maxLength={50} />
        <TextArea label={tc('description')} value={f.description} onInput={(v) => e.set('description', v)} rows={6} />
        <TextField label={tc('position')} type="number" value={f.position} onInput={(v) => e.set('position', v)} />
        <div class="actions">
          <Button type="submit" variant="primary" busy={e.busy} data-testid="save">
            {isNew ? tc('create') : tc('saveDraft')}
          </Button>
          {item && (
            <Button variant="danger" onClick={() => setConfirm(true)} data-testid="delete">
              {tc('delete')}
            </Button>
          )}
        </div>
      </form>
      <ConfirmDialog open={confirm} title={tc('confirmDelete')} confirmLabel={tc('delete')} danger busy={del.busy} onConfirm={() => void del.run(false)} onCancel={() => setConfirm(false)}>
        <p>{tc('confirmDeleteBody', { title: item?.name ?? '' })}</p>
      </ConfirmDialog>
    </>
  );
}
