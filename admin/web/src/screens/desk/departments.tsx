// 部署: the municipality's department tree (局/部/課). The desk adds, renames, moves and
// deletes departments; the API refuses to delete one still in use and its message is shown.
// The chosen department is in the URL (?id=), so the tree is plain links for the keyboard.
import { useState } from 'preact/hooks';
import { ApiError, gql } from '../../api';
import { graphql } from '../../gql';
import type { DepartmentKind, DeskDepartmentsQuery } from '../../gql/graphql';
import { useAction, useQuery } from '../../hooks';
import { t } from '../../i18n/common';
import { td } from '../../i18n/desk';
import { href, navigate, type RouteProps } from '../../router';
import { ErrorBanner, Loading, Notice } from '../../ui/banner';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/confirm';
import { Select, TextField } from '../../ui/field';
import { useRights } from './rights';
import { buildTree, descendants, flatten, indentLabel, type TreeRow } from './tree';

const DepartmentsDoc = graphql(`
  query DeskDepartments {
    municipality {
      id
      departments {
        id
        name
        kind
        version
        parent {
          id
        }
      }
    }
  }
`);

const CreateDoc = graphql(`
  mutation DeskDepartmentCreate($input: DepartmentInput!) {
    createDepartment(input: $input) {
      id
      name
    }
  }
`);

const UpdateDoc = graphql(`
  mutation DeskDepartmentUpdate($id: ID!, $input: DepartmentInput!, $version: Int!) {
    updateDepartment(id: $id, input: $input, version: $version) {
      id
      name
      version
    }
  }
`);

const DeleteDoc = graphql(`
  mutation DeskDepartmentDelete($id: ID!) {
    deleteDepartment(id: $id)
  }
`);

type Dept = DeskDepartmentsQuery['municipality']['departments'][number];

const kinds: DepartmentKind[] = ['BUREAU', 'DIVISION', 'SECTION'];
const kindOptions = () => kinds.map((k) => ({ value: k, label: td(`kind${k}`) }));

/** fieldError is the clerk's sentence when err points at the named input field. */
function fieldError(err: ApiError | undefined, f: string): string | undefined {
  return err?.field === `input.${f}` ? err.clerkMessage() : undefined;
}

/** Departments shows the tree with a panel to change the chosen department and a form to add one. */
export function Departments({ query }: RouteProps) {
  const q = useQuery(DepartmentsDoc, {});
  const can = useRights();
  const [notice, setNotice] = useState('');
  const selected = query.get('id') ?? '';
  const all = q.data?.municipality.departments ?? [];
  const tree = buildTree(all);
  const current = all.find((d) => d.id === selected);
  const writable = can('department', 'write');
  const done = async (msg: string, goTo?: string | null) => {
    setNotice(msg);
    await q.reload();
    if (goTo !== undefined) navigate('/desk/departments', { id: goTo ?? undefined });
  };
  return (
    <section>
      <h1>{td('departmentsTitle')}</h1>
      <Notice>{notice}</Notice>
      <ErrorBanner error={q.error} onRetry={() => void q.reload()} retryLabel={t('retry')} />
      {!q.data && !q.error && <Loading label={t('loading')} />}
      {q.data && (
        <div class="desk-columns">
          <div class="desk-tree" data-testid="department-tree">
            <h2 id="dept-tree-title">{td('departmentTree')}</h2>
            {tree.length === 0 ? <p>{td('noDepartments')}</p> : <TreeList rows={tree} selected={selected} />}
          </div>
          {writable && (
            <div class="desk-side">
              {current ? (
                <EditDepartment key={`${current.id}@${current.version}`} dept={current} all={all} onDone={done} />
              ) : (
                <p class="help">{td('selectToEdit')}</p>
              )}
              <AddDepartment key={`add-${current?.id ?? ''}`} all={all} defaultParent={current?.id ?? ''} onDone={done} />
            </div>
          )}
        </div>
      )}
    </section>
  );
}

/** TreeList is one level of the tree as a nested list of links. */
function TreeList({ rows, selected }: { rows: TreeRow<Dept>[]; selected: string }) {
  return (
    <ul>
      {rows.map((r) => (
        <li key={r.dept.id}>
          <a href={href('/desk/departments', { id: r.dept.id })} aria-current={r.dept.id === selected ? 'true' : undefined} data-testid={`dept-${r.dept.id}`}>
            {r.dept.name}
          </a>{' '}
          <span class="desk-kind">（{td(`kind${r.dept.kind}`)}）</span>
          {r.children.length > 0 && <TreeList rows={r.children} selected={selected} />}
        </li>
      ))}
    </ul>
  );
}

/** EditDepartment renames, moves and deletes one department; a stale version is the API's CONFLICT. */
function EditDepartment({ dept, all, onDone }: { dept: Dept; all: Dept[]; onDone: (msg: string, goTo?: string | null) => Promise<void> }) {
  const [name, setName] = useState(dept.name);
  const [kind, setKind] = useState<DepartmentKind>(dept.kind);
  const [parent, setParent] = useState(dept.parent?.id ?? '');
  const [confirming, setConfirming] = useState(false);
  const rename = useAction(async () => {
    const r = await gql(UpdateDoc, { id: dept.id, input: { name, kind }, version: dept.version });
    await onDone(td('savedDeptNotice', { name: r.updateDepartment.name }));
  });
  const move = useAction(async () => {
    await gql(UpdateDoc, { id: dept.id, input: { parentId: parent }, version: dept.version });
    await onDone(td('movedDeptNotice', { name: dept.name }));
  });
  const del = useAction(async () => {
    await gql(DeleteDoc, { id: dept.id });
    setConfirming(false);
    await onDone(td('deletedDeptNotice', { name: dept.name }), null);
  });
  const banned = descendants(all, dept.id);
  const targets = flatten(buildTree(all)).filter((r) => !banned.has(r.dept.id));
  return (
    <div class="desk-panel" data-testid="department-edit">
      <h2>{td('editDepartment', { name: dept.name })}</h2>
      <form
        aria-label={td('rename')}
        onSubmit={(e) => {
          e.preventDefault();
          void rename.run();
        }}
      >
        <TextField label={td('deptName')} required value={name} onInput={setName} error={fieldError(rename.error, 'name')} testid="dept-edit-name" />
        <Select label={td('kind')} value={kind} onChange={(v) => setKind(v as DepartmentKind)} options={kindOptions()} testid="dept-edit-kind" />
        <ErrorBanner error={rename.error} />
        <div class="actions">
          <Button type="submit" variant="primary" busy={rename.busy} data-testid="dept-rename">
            {td('rename')}
          </Button>
        </div>
      </form>
      <form
        aria-label={td('move')}
        onSubmit={(e) => {
          e.preventDefault();
          void move.run();
        }}
      >
        <Select
          label={td('moveTo')}
          help={td('moveHelp')}
          value={parent}
          onChange={setParent}
          error={fieldError(move.error, 'parentId')}
          testid="dept-move-parent"
          options={[
            ...(dept.parent ? [] : [{ value: '', label: td('parentTop') }]),
            ...targets.map((r) => ({ value: r.dept.id, label: indentLabel(r.dept.name, r.depth) })),
          ]}
        />
        <ErrorBanner error={move.error} />
        <div class="actions">
          <Button type="submit" busy={move.busy} disabled={!parent || parent === (dept.parent?.id ?? '')} data-testid="dept-move">
            {td('move')}
          </Button>
        </div>
      </form>
      <div class="actions">
        <Button variant="danger" onClick={() => setConfirming(true)} data-testid="dept-delete">
          {td('deleteDept')}
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={td('deleteDeptConfirm', { name: dept.name })}
        confirmLabel={td('deleteDept')}
        danger
        busy={del.busy}
        onConfirm={() => void del.run()}
        onCancel={() => {
          del.clear();
          setConfirming(false);
        }}
      >
        <p>{td('deleteDeptBody')}</p>
        {del.error?.code === 'CONFLICT' && (
          <p class="field-error" role="alert" data-testid="dept-in-use">
            {td('deptInUse')}
            <br />
            {t('serverSays', { msg: del.error.serverMessage })}
          </p>
        )}
        {del.error && del.error.code !== 'CONFLICT' && <ErrorBanner error={del.error} />}
      </ConfirmDialog>
    </div>
  );
}

/** AddDepartment creates a department under the chosen parent (the selected one by default). */
function AddDepartment({ all, defaultParent, onDone }: { all: Dept[]; defaultParent: string; onDone: (msg: string, goTo?: string | null) => Promise<void> }) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<DepartmentKind>('SECTION');
  const [parent, setParent] = useState(defaultParent);
  const [position, setPosition] = useState('');
  const add = useAction(async () => {
    const pos = position.trim() === '' ? null : Number(position);
    const r = await gql(CreateDoc, { input: { name, kind, parentId: parent || null, position: pos } });
    setName('');
    setPosition('');
    await onDone(td('addedDeptNotice', { name: r.createDepartment.name }), r.createDepartment.id);
  });
  const rows = flatten(buildTree(all));
  return (
    <form
      class="desk-panel"
      aria-labelledby="dept-add-title"
      data-testid="department-add"
      onSubmit={(e) => {
        e.preventDefault();
        void add.run();
      }}
    >
      <h2 id="dept-add-title">{td('newDepartment')}</h2>
      <TextField label={td('deptName')} required value={name} onInput={setName} error={fieldError(add.error, 'name')} testid="dept-add-name" />
      <Select label={td('kind')} value={kind} onChange={(v) => setKind(v as DepartmentKind)} options={kindOptions()} testid="dept-add-kind" />
      <Select
        label={td('parent')}
        value={parent}
        onChange={setParent}
        error={fieldError(add.error, 'parentId')}
        testid="dept-add-parent"
        options={[{ value: '', label: td('parentTop') }, ...rows.map((r) => ({ value: r.dept.id, label: indentLabel(r.dept.name, r.depth) }))]}
      />
      <TextField label={td('position')} type="number" value={position} onInput={setPosition} help={td('positionHelp')} error={fieldError(add.error, 'position')} testid="dept-add-position" />
      <ErrorBanner error={add.error} />
      <div class="actions">
        <Button type="submit" variant="primary" busy={add.busy} data-testid="dept-add">
          {td('add')}
        </Button>
      </div>
    </form>
  );
}
