// 職員アカウント: every account the desk may see (users), filtered by role and keyword,
// creating staff accounts and disabling or enabling one after a confirmation. Buttons
// follow Query.permissions; the API refuses the rest.
import { useState } from 'preact/hooks';
import { gql } from '../../api';
import { formatDate, formatDateTime } from '../../dates';
import { graphql } from '../../gql';
import type { Role, StaffRole } from '../../gql/graphql';
import { useAction, useQuery } from '../../hooks';
import { t } from '../../i18n/common';
import { td } from '../../i18n/desk';
import { navigate, type RouteProps } from '../../router';
import { Badge } from '../../ui/badge';
import { ErrorBanner, Notice } from '../../ui/banner';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/confirm';
import { Select, TextField } from '../../ui/field';
import { PagedTable } from '../../ui/table';
import { useViewer } from '../../viewer';
import { useCursor, useRights } from './rights';
import { buildTree, flatten, indentLabel } from './tree';

const UsersDoc = graphql(`
  query DeskUsers($first: Int, $after: String, $filter: UserFilter) {
    users(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          id
          displayName
          email
          role
          disabled
          createdAt
          department {
            id
            name
          }
          organization {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

const DepartmentsDoc = graphql(`
  query DeskAccountDepartments {
    municipality {
      id
      departments {
        id
        name
        parent {
          id
        }
      }
    }
  }
`);

const CreateStaffDoc = graphql(`
  mutation DeskCreateStaff($input: StaffAccountInput!) {
    createStaffAccount(input: $input) {
      id
      displayName
    }
  }
`);

const DisableDoc = graphql(`
  mutation DeskDisableAccount($id: ID!) {
    disableAccount(id: $id) {
      id
      disabled
    }
  }
`);

const EnableDoc = graphql(`
  mutation DeskEnableAccount($id: ID!) {
    enableAccount(id: $id) {
      id
      disabled
    }
  }
`);

const pageSize = 20;
const roles: Role[] = ['DESK', 'DEPARTMENT', 'PROPOSER', 'ADMIN'];

/** roleLabel is a role in a clerk's words. */
export function roleLabel(r: Role): string {
  return td(`role${r}`);
}

function readRole(s: string | null): Role | null {
  return roles.includes(s as Role) ? (s as Role) : null;
}

/** Accounts lists accounts and holds the staff account form. */
export function Accounts({ query }: RouteProps) {
  const role = readRole(query.get('role'));
  const search = query.get('q') ?? '';
  const filterKey = `${role}|${search}`;
  const [after, setAfter] = useCursor(filterKey);
  const key = filterKey;
  const [searchText, setSearchText] = useState(search);
  const [notice, setNotice] = useState('');
  const [creating, setCreating] = useState(false);
  const [target, setTarget] = useState<{ id: string; name: string; disable: boolean } | null>(null);
  const can = useRights();
  const me = useViewer().me;
  const q = useQuery(UsersDoc, { first: pageSize, after, filter: { role, search: search || null } });
  const toggle = useAction(async (x: { id: string; name: string; disable: boolean }) => {
    if (x.disable) await gql(DisableDoc, { id: x.id });
    else await gql(EnableDoc, { id: x.id });
    setTarget(null);
    setNotice(td(x.disable ? 'disabledNotice' : 'enabledNotice', { name: x.name }));
    await q.reload();
  });
  const go = (r: string, s: string) => navigate('/desk/accounts', { role: r || undefined, q: s.trim() || undefined });
  return (
    <section>
      <h1>{td('accountsTitle')}</h1>
      <Notice>{notice}</Notice>
      {can('account', 'createStaff') && !creating && (
        <div class="actions">
          <Button variant="primary" onClick={() => setCreating(true)} data-testid="staff-new">
            {td('newStaff')}
          </Button>
        </div>
      )}
      {creating && (
        <StaffForm
          onDone={(name) => {
            setCreating(false);
            setNotice(td('createdStaffNotice', { name }));
            void q.reload();
          }}
          onCancel={() => setCreating(false)}
        />
      )}
      <form
        class="desk-filters"
        role="search"
        aria-label={td('filters')}
        onSubmit={(e) => {
          e.preventDefault();
          go(role ?? '', searchText);
        }}
      >
        <Select
          label={td('role')}
          value={role ?? ''}
          testid="account-role"
          onChange={(v) => go(v, searchText)}
          options={[{ value: '', label: td('all') }, ...roles.map((r) => ({ value: r, label: roleLabel(r) }))]}
        />
        <TextField label={td('search')} type="search" value={searchText} onInput={setSearchText} testid="account-search" />
        <div class="desk-filter-buttons">
          <Button type="submit">{td('apply')}</Button>
          {(role || search) && (
            <Button
              variant="link"
              onClick={() => {
                setSearchText('');
                go('', '');
              }}
            >
              {td('clearFilters')}
            </Button>
          )}
        </div>
      </form>
      <ErrorBanner error={q.error} onRetry={() => void q.reload()} retryLabel={t('retry')} />
      <PagedTable
        caption={td('accountsCaption')}
        testid="accounts"
        page={q.data?.users}
        after={after}
        onAfter={setAfter}
        resetKey={key}
        pageSize={pageSize}
        rowKey={(r) => r.id}
        columns={[
          { header: td('displayName'), cell: (r) => r.displayName },
          { header: td('email'), cell: (r) => r.email ?? '—' },
          { header: td('role'), cell: (r) => roleLabel(r.role) },
          { header: td('belongsTo'), cell: (r) => r.department?.name ?? r.organization?.name ?? '—' },
          {
            header: td('status'),
            cell: (r) =>
              r.disabled ? (
                <Badge tone="danger" icon="×">
                  {td('accountDisabled')}
                </Badge>
              ) : (
                <Badge tone="success" icon="✓">
                  {td('accountActive')}
                </Badge>
              ),
          },
          { header: td('createdAt'), cell: (r) => <span title={formatDateTime(r.createdAt)}>{formatDate(r.createdAt.slice(0, 10))}</span>, class: 'desk-nowrap' },
          {
            header: td('actions'),
            cell: (r) =>
              // One's own account is left out: the API refuses to disable the caller itself.
              can('account', 'disable') && r.id !== me.id ? (
                <Button
                  variant={r.disabled ? 'secondary' : 'danger'}
                  aria-label={`${td(r.disabled ? 'enable' : 'disable')}: ${r.displayName}`}
                  data-testid={`account-toggle-${r.id}`}
                  onClick={() => setTarget({ id: r.id, name: r.displayName, disable: !r.disabled })}
                >
                  {td(r.disabled ? 'enable' : 'disable')}
                </Button>
              ) : null,
          },
        ]}
      />
      <ConfirmDialog
        open={target !== null}
        title={target ? td(target.disable ? 'disableConfirm' : 'enableConfirm', { name: target.name }) : ''}
        confirmLabel={target ? td(target.disable ? 'disable' : 'enable') : undefined}
        danger={target?.disable}
        busy={toggle.busy}
        onConfirm={() => target && void toggle.run(target)}
        onCancel={() => {
          toggle.clear();
          setTarget(null);
        }}
      >
        <p>{target ? td(target.disable ? 'disableBody' : 'enableBody') : ''}</p>
        {toggle.error?.code === 'CONFLICT' ? (
          <p class="field-error" role="alert">
            {td('cannotToggle')} {t('serverSays', { msg: toggle.error.serverMessage })}
          </p>
        ) : (
          <ErrorBanner error={toggle.error} />
        )}
      </ConfirmDialog>
    </section>
  );
}

/** StaffForm creates a staff account: role, department, name, email, initial password. */
function StaffForm({ onDone, onCancel }: { onDone: (name: string) => void; onCancel: () => void }) {
  const deps = useQuery(DepartmentsDoc, {});
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<StaffRole>('DEPARTMENT');
  const [dept, setDept] = useState('');
  const [password, setPassword] = useState('');
  const save = useAction(async () => {
    const r = await gql(CreateStaffDoc, { input: { email, displayName: name, role, departmentId: dept || null, password } });
    onDone(r.createStaffAccount.displayName);
  });
  const field = (f: string) => (save.error?.field === `input.${f}` ? save.error.clerkMessage() : undefined);
  const rows = flatten(buildTree(deps.data?.municipality.departments ?? []));
  return (
    <form
      class="desk-panel"
      aria-labelledby="staff-form-title"
      onSubmit={(e) => {
        e.preventDefault();
        void save.run();
      }}
    >
      <h2 id="staff-form-title">{td('newStaffTitle')}</h2>
      <ErrorBanner error={deps.error} />
      <Select
        label={td('staffRole')}
        required
        value={role}
        testid="staff-role"
        onChange={(v) => setRole(v as StaffRole)}
        options={(['DEPARTMENT', 'DESK'] as const).map((r) => ({ value: r, label: roleLabel(r) }))}
      />
      <Select
        label={td('department')}
        required={role === 'DEPARTMENT'}
        help={td('departmentHelp')}
        error={field('departmentId')}
        value={dept}
        testid="staff-department"
        onChange={setDept}
        options={[{ value: '', label: td('departmentNone') }, ...rows.map((r) => ({ value: r.dept.id, label: indentLabel(r.dept.name, r.depth) }))]}
      />
      <TextField label={td('displayName')} required value={name} onInput={setName} error={field('displayName')} testid="staff-name" autocomplete="off" />
      <TextField label={td('email')} type="email" required value={email} onInput={setEmail} error={field('email')} testid="staff-email" autocomplete="off" />
      <TextField
        label={td('initialPassword')}
        type="password"
        required
        value={password}
        onInput={setPassword}
        help={td('initialPasswordHelp')}
        error={field('password')}
        testid="staff-password"
        autocomplete="new-password"
      />
      <ErrorBanner error={save.error} />
      <div class="actions">
        <Button type="submit" variant="primary" busy={save.busy} data-testid="staff-create">
          {td('create')}
        </Button>
        <Button onClick={onCancel}>{t('cancel')}</Button>
      </div>
    </form>
  );
}
