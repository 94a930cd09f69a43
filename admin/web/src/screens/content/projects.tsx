// 連携事業: the list (keyword, kind, status, department) and the editor — lead department,
// partners, resources matrix, merits, status and the agreement it runs under — with
// publication, revisions, preview and media. Departments edit their own department's projects;
// the API decides and refuses the rest.
import { gql } from '../../api';
import { formatDate, formatDateTime } from '../../dates';
import { graphql } from '../../gql';
import type { ProjectFilter, ProjectInput, ProjectKind, ProjectStatus } from '../../gql/graphql';
import { useQuery } from '../../hooks';
import { t } from '../../i18n/common';
import { tc } from '../../i18n/content';
import { href, type RouteProps } from '../../router';
import { ErrorBanner, Loading, Notice } from '../../ui/banner';
import { Button } from '../../ui/button';
import { Select, TextArea, TextField } from '../../ui/field';
import { PagedTable } from '../../ui/table';
import { AddressingFields, addressingForm, addressingInput, blankAddressing, type AddressingForm } from './addressing';
import { blankCustom, CustomFieldInputs, customForm, customInput, type CustomForm } from './customFields';
import { useEditor } from './editor';
import {
  DepartmentSelect,
  EditorHead,
  emptyToNull,
  fromMatrix,
  fromMerits,
  ListFrame,
  MediaPanel,
  MeritFields,
  options,
  pageSize,
  PartnerPicker,
  PubBadge,
  PublicationPanel,
  ResourceMatrix,
  Revisions,
  SaveError,
  toMatrix,
  toMerits,
  useList,
  type Matrix,
  type Merits,
  type Partner,
} from './shared';

const projectKinds: ProjectKind[] = ['PARTNERSHIP', 'DEMONSTRATION'];
const projectStatuses: ProjectStatus[] = ['PLANNED', 'ONGOING', 'COMPLETED', 'CANCELLED'];

const ListDoc = graphql(`
  query ContentProjectList($first: Int, $after: String, $filter: ProjectFilter) {
    projects(first: $first, after: $after, filter: $filter, orderBy: { field: START_ON, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          kind
          status
          startOn
          endOn
          leadDepartment {
            name
          }
          publicationState
          publishedAt
          updatedAt
        }
      }
    }
  }
`);

interface Filters {
  search: string;
  kind: string;
  status: string;
  departmentId: string;
}

/** Projects lists projects with filters and cursor paging. */
export function Projects(_: RouteProps) {
  const l = useList<Filters>({ search: '', kind: '', status: '', departmentId: '' });
  const filter: ProjectFilter = {
    search: emptyToNull(l.filter.search),
    kind: emptyToNull(l.filter.kind) as ProjectKind | null,
    status: emptyToNull(l.filter.status) as ProjectStatus | null,
    departmentId: emptyToNull(l.filter.departmentId),
  };
  const q = useQuery(ListDoc, { first: pageSize, after: l.after, filter });
  return (
    <ListFrame
      title={tc('listProjects')}
      newLabel={tc('newProject')}
      newPath="/content/projects/new"
      onApply={l.apply}
      onClear={l.clear}
      filters={
        <>
          <TextField label={tc('search')} type="search" value={l.draft.search} onInput={(v) => l.setDraft({ ...l.draft, search: v })} help={tc('searchHelp')} />
          <Select label={tc('projectKind')} value={l.draft.kind} onChange={(v) => l.setDraft({ ...l.draft, kind: v })} options={options(projectKinds, (k) => tc(`pk${k}`), tc('any'))} />
          <Select label={tc('projectStatus')} value={l.draft.status} onChange={(v) => l.setDraft({ ...l.draft, status: v })} options={options(projectStatuses, (s) => tc(`ps${s}`), tc('any'))} />
          <DepartmentSelect label={tc('leadDepartment')} value={l.draft.departmentId} onChange={(v) => l.setDraft({ ...l.draft, departmentId: v })} noneLabel={tc('any')} />
        </>
      }
    >
      <ErrorBanner error={q.error} onRetry={() => void q.reload()} retryLabel={t('retry')} />
      {q.loading && !q.data && <Loading label={t('loading')} />}
      <PagedTable
        caption={tc('listProjects')}
        testid="project-list"
        page={q.data?.projects}
        after={l.after}
        onAfter={l.setAfter}
        resetKey={JSON.stringify(l.filter)}
        rowKey={(r) => r.id}
        pageSize={pageSize}
        columns={[
          { header: tc('colTitle'), cell: (r) => <a href={href(`/content/projects/${r.id}`)}>{r.title}</a> },
          { header: tc('colKind'), cell: (r) => tc(`pk${r.kind}`) },
          { header: tc('colDepartment'), cell: (r) => r.leadDepartment?.name ?? '—' },
          { header: tc('colPeriod'), cell: (r) => (r.startOn || r.endOn ? `${formatDate(r.startOn)} 〜 ${formatDate(r.endOn)}` : '—') },
          { header: tc('colStatus'), cell: (r) => tc(`ps${r.status}`) },
          { header: tc('colState'), cell: (r) => <PubBadge state={r.publicationState} publishedAt={r.publishedAt} /> },
          { header: tc('colUpdated'), cell: (r) => formatDateTime(r.updatedAt) },
        ]}
      />
    </ListFrame>
  );
}

const ItemDoc = graphql(`
  query ContentProject($id: ID!) {
    project(id: $id) {
      id
      kind
      title
      summary
      startOn
      endOn
      site
      leadDepartment {
        id
        name
      }
      partners {
        id
        name
      }
      resources {
        side
        kind
        description
      }
      merits {
        side
        description
      }
      status
      agreement {
        id
        title
      }
      publicationState
      publishedAt
      slug
      url
      seoDescription
      shareImage {
        id
      }
      version
      updatedAt
      media {
        ...ContentMediaItem
      }
      customFields {
        ...ContentCustomFieldValue
      }
    }
  }
`);
const AgreementChoicesDoc = graphql(`
  query ContentProjectAgreements {
    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {
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
  mutation ContentProjectCreate($input: ProjectInput!) {
    createProject(input: $input) {
      id
    }
  }
`);
const UpdateDoc = graphql(`
  mutation ContentProjectUpdate($id: ID!, $input: ProjectInput!, $version: Int!) {
    updateProject(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`);
const DeleteDoc = graphql(`
  mutation ContentProjectDelete($id: ID!) {
    deleteProject(id: $id)
  }
`);

interface Form extends AddressingForm {
  custom: CustomForm;
  kind: ProjectKind;
  title: string;
  summary: string;
  startOn: string;
  endOn: string;
  site: string;
  leadDepartmentId: string;
  partners: Partner[];
  resources: Matrix;
  merits: Merits;
  status: ProjectStatus;
  agreementId: string;
}

const blank: Form = {
  ...blankAddressing,
  custom: blankCustom,
  kind: 'PARTNERSHIP',
  title: '',
  summary: '',
  startOn: '',
  endOn: '',
  site: '',
  leadDepartmentId: '',
  partners: [],
  resources: {},
  merits: { CITY: '', PARTNER: '' },
  status: 'PLANNED',
  agreementId: '',
};

function toInput(f: Form): ProjectInput {
  return {
    ...addressingInput(f),
    customFields: customInput(f.custom),
    kind: f.kind,
    title: f.title,
    summary: f.summary,
    startOn: emptyToNull(f.startOn),
    endOn: emptyToNull(f.endOn),
    site: f.site,
    leadDepartmentId: emptyToNull(f.leadDepartmentId),
    partnerIds: f.partners.map((p) => p.id),
    resources: fromMatrix(f.resources),
    merits: fromMerits(f.merits),
    status: f.status,
    agreementId: emptyToNull(f.agreementId),
  };
}

/** ProjectPage creates or edits one project. */
export function ProjectPage({ params }: RouteProps) {
  const isNew = params.id === 'new';
  const q = useQuery(ItemDoc, { id: params.id ?? '' }, isNew);
  const ags = useQuery(AgreementChoicesDoc, {});
  const item = isNew ? null : q.data?.project;
  const e = useEditor({
    q,
    item,
    blank,
    toForm: (p) => ({
      ...addressingForm(p),
      custom: customForm(p.customFields),
      kind: p.kind,
      title: p.title,
      summary: p.summary,
      startOn: p.startOn ?? '',
      endOn: p.endOn ?? '',
      site: p.site,
      leadDepartmentId: p.leadDepartment?.id ?? '',
      partners: p.partners.map((x) => ({ id: x.id, name: x.name })),
      resources: toMatrix(p.resources),
      merits: toMerits(p.merits),
      status: p.status,
      agreementId: p.agreement?.id ?? '',
    }),
    create: async (f) => (await gql(CreateDoc, { input: toInput(f) })).createProject.id,
    update: (f, version) => gql(UpdateDoc, { id: params.id!, input: toInput(f), version }),
    path: (id) => `/content/projects/${id}`,
  });
  const heading = isNew ? tc('newProject') : tc('editProject');
  if (!isNew && !item) {
    return (
      <>
        <EditorHead title={heading} list="/content/projects" listLabel={tc('listProjects')} />
        {q.loading ? <Loading label={t('loading')} /> : <ErrorBanner error={q.error} onRetry={() => void q.reload()} retryLabel={t('retry')} />}
      </>
    );
  }
  const f = e.form;
  const agreementOptions = [
    { value: '', label: tc('noAgreement') },
    ...(ags.data?.agreements.edges ?? []).map((x) => ({ value: x.node.id, label: x.node.title })),
  ];
  if (item?.agreement && !agreementOptions.some((o) => o.value === item.agreement!.id)) {
    agreementOptions.push({ value: item.agreement.id, label: item.agreement.title });
  }
  return (
    <>
      <EditorHead title={heading} list="/content/projects" listLabel={tc('listProjects')}>
        {item && <p class="content-sub">{tc('version', { n: item.version })}</p>}
      </EditorHead>
      <div class="content-layout">
        <form
          class="content-form"
          onSubmit={(ev) => {
            ev.preventDefault();
            e.save();
          }}
        >
          <Notice>{e.notice}</Notice>
          <SaveError error={e.error} onReload={e.reload} />
          <TextField label={tc('name')} value={f.title} onInput={(v) => e.set('title', v)} required maxLength={200} testid="field-title" />
          <div class="content-pair">
            <Select label={tc('projectKind')} value={f.kind} onChange={(v) => e.set('kind', v as ProjectKind)} options={options(projectKinds, (k) => tc(`pk${k}`))} />
            <Select label={tc('projectStatus')} value={f.status} onChange={(v) => e.set('status', v as ProjectStatus)} options={options(projectStatuses, (s) => tc(`ps${s}`))} />
          </div>
          <DepartmentSelect label={tc('leadDepartment')} value={f.leadDepartmentId} onChange={(v) => e.set('leadDepartmentId', v)} noneLabel={tc('noDepartment')} testid="field-department" />
          <TextArea label={tc('summary')} value={f.summary} onInput={(v) => e.set('summary', v)} rows={6} />
          <CustomFieldInputs target="PROJECT" value={f.custom} onChange={(v) => e.set('custom', v)} />
          <div class="content-pair">
            <TextField label={tc('startOn')} type="date" value={f.startOn} onInput={(v) => e.set('startOn', v)} help={formatDate(f.startOn)} />
            <TextField label={tc('endOn')} type="date" value={f.endOn} onInput={(v) => e.set('endOn', v)} help={formatDate(f.endOn)} />
          </div>
          <TextField label={tc('site')} value={f.site} onInput={(v) => e.set('site', v)} />
          <PartnerPicker legend={tc('partners')} value={f.partners} onChange={(v) => e.set('partners', v)} />
          <ResourceMatrix value={f.resources} onChange={(v) => e.set('resources', v)} />
          <MeritFields value={f.merits} onChange={(v) => e.set('merits', v)} />
          <Select label={tc('agreement')} value={f.agreementId} onChange={(v) => e.set('agreementId', v)} options={agreementOptions} />
          <AddressingFields form={f} set={(k, v) => e.set(k, v)} media={item?.media} url={item?.url} />
          <div class="actions">
            <Button type="submit" variant="primary" busy={e.busy} data-testid="save">
              {isNew ? tc('create') : tc('saveDraft')}
            </Button>
          </div>
        </form>
        {item ? (
          <aside class="content-side">
            <PublicationPanel id={item.id} title={item.title} state={item.publicationState} publishedAt={item.publishedAt} remove={(id) => gql(DeleteDoc, { id })} onChanged={e.reload} onRestored={e.reload} />
            <MediaPanel contentId={item.id} media={item.media} onChanged={e.reload} />
            <Revisions id={item.id} version={item.version} onRestored={e.reload} />
          </aside>
        ) : (
          <p class="help">{tc('mediaAfterCreate')}</p>
        )}
      </div>
    </>
  );
}
