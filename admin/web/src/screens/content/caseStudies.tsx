// 連携事例: the list (keyword, category, municipality) and the editor — the resources matrix
// of side × ヒト/モノ/カネ/情報 as a table of text areas, merits per side, partners, category
// and dates — with publication, revisions, preview and media.
import { gql } from '../../api';
import { formatDate, formatDateTime } from '../../dates';
import { graphql } from '../../gql';
import type { CaseStudyCategory, CaseStudyFilter, CaseStudyInput } from '../../gql/graphql';
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
  splitList,
  toMatrix,
  toMerits,
  useList,
  type Matrix,
  type Merits,
  type Partner,
} from './shared';

const categories: CaseStudyCategory[] = ['PARTNERSHIP', 'DEMONSTRATION', 'AGREEMENT', 'OTHER'];

const ListDoc = graphql(`
  query ContentCaseStudyList($first: Int, $after: String, $filter: CaseStudyFilter) {
    caseStudies(first: $first, after: $after, filter: $filter, orderBy: { field: START_ON, direction: DESC }) {
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
          locality
          category
          startOn
          endOn
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
  category: string;
  locality: string;
}

/** CaseStudies lists case studies with filters and cursor paging. */
export function CaseStudies(_: RouteProps) {
  const l = useList<Filters>({ search: '', category: '', locality: '' });
  const filter: CaseStudyFilter = {
    search: emptyToNull(l.filter.search),
    category: (emptyToNull(l.filter.category) as CaseStudyCategory | null) ?? null,
    locality: emptyToNull(l.filter.locality),
  };
  const q = useQuery(ListDoc, { first: pageSize, after: l.after, filter });
  return (
    <ListFrame
      title={tc('listCaseStudies')}
      newLabel={tc('newCaseStudy')}
      newPath="/content/case-studies/new"
      onApply={l.apply}
      onClear={l.clear}
      filters={
        <>
          <TextField label={tc('search')} type="search" value={l.draft.search} onInput={(v) => l.setDraft({ ...l.draft, search: v })} help={tc('searchHelp')} />
          <Select label={tc('category')} value={l.draft.category} onChange={(v) => l.setDraft({ ...l.draft, category: v })} options={options(categories, (c) => tc(`cat${c}`), tc('any'))} />
          <TextField label={tc('locality')} value={l.draft.locality} onInput={(v) => l.setDraft({ ...l.draft, locality: v })} />
        </>
      }
    >
      <ErrorBanner error={q.error} onRetry={() => void q.reload()} retryLabel={t('retry')} />
      {q.loading && !q.data && <Loading label={t('loading')} />}
      <PagedTable
        caption={tc('listCaseStudies')}
        testid="case-study-list"
        page={q.data?.caseStudies}
        after={l.after}
        onAfter={l.setAfter}
        resetKey={JSON.stringify(l.filter)}
        rowKey={(r) => r.id}
        pageSize={pageSize}
        columns={[
          { header: tc('colTitle'), cell: (r) => <a href={href(`/content/case-studies/${r.id}`)}>{r.title}</a> },
          { header: tc('colLocality'), cell: (r) => r.locality || '—' },
          { header: tc('colCategory'), cell: (r) => tc(`cat${r.category}`) },
          { header: tc('colPeriod'), cell: (r) => (r.startOn || r.endOn ? `${formatDate(r.startOn)} 〜 ${formatDate(r.endOn)}` : '—') },
          { header: tc('colState'), cell: (r) => <PubBadge state={r.publicationState} publishedAt={r.publishedAt} /> },
          { header: tc('colUpdated'), cell: (r) => formatDateTime(r.updatedAt) },
        ]}
      />
    </ListFrame>
  );
}

const ItemDoc = graphql(`
  query ContentCaseStudy($id: ID!) {
    caseStudy(id: $id) {
      id
      title
      locality
      program
      category
      partners {
        id
        name
      }
      startOn
      endOn
      dateNote
      summary
      resources {
        side
        kind
        description
      }
      merits {
        side
        description
      }
      tags
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
const CreateDoc = graphql(`
  mutation ContentCaseStudyCreate($input: CaseStudyInput!) {
    createCaseStudy(input: $input) {
      id
    }
  }
`);
const UpdateDoc = graphql(`
  mutation ContentCaseStudyUpdate($id: ID!, $input: CaseStudyInput!, $version: Int!) {
    updateCaseStudy(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`);
const DeleteDoc = graphql(`
  mutation ContentCaseStudyDelete($id: ID!) {
    deleteCaseStudy(id: $id)
  }
`);

interface Form extends AddressingForm {
  custom: CustomForm;
  title: string;
  locality: string;
  program: string;
  category: CaseStudyCategory;
  partners: Partner[];
  startOn: string;
  endOn: string;
  dateNote: string;
  summary: string;
  resources: Matrix;
  merits: Merits;
  tags: string;
}

const blank: Form = {
  ...blankAddressing,
  custom: blankCustom,
  title: '',
  locality: '',
  program: '',
  category: 'PARTNERSHIP',
  partners: [],
  startOn: '',
  endOn: '',
  dateNote: '',
  summary: '',
  resources: {},
  merits: { CITY: '', PARTNER: '' },
  tags: '',
};

function toInput(f: Form): CaseStudyInput {
  return {
    ...addressingInput(f),
    customFields: customInput(f.custom),
    title: f.title,
    locality: f.locality,
    program: f.program,
    category: f.category,
    partnerIds: f.partners.map((p) => p.id),
    startOn: emptyToNull(f.startOn),
    endOn: emptyToNull(f.endOn),
    dateNote: f.dateNote,
    summary: f.summary,
    resources: fromMatrix(f.resources),
    merits: fromMerits(f.merits),
    tags: splitList(f.tags),
  };
}

/** CaseStudyPage creates or edits one case study. */
export function CaseStudyPage({ params }: RouteProps) {
  const isNew = params.id === 'new';
  const q = useQuery(ItemDoc, { id: params.id ?? '' }, isNew);
  const item = isNew ? null : q.data?.caseStudy;
  const e = useEditor({
    q,
    item,
    blank,
    toForm: (c) => ({
      ...addressingForm(c),
      custom: customForm(c.customFields),
      title: c.title,
      locality: c.locality,
      program: c.program,
      category: c.category,
      partners: c.partners.map((p) => ({ id: p.id, name: p.name })),
      startOn: c.startOn ?? '',
      endOn: c.endOn ?? '',
      dateNote: c.dateNote,
      summary: c.summary,
      resources: toMatrix(c.resources),
      merits: toMerits(c.merits),
      tags: c.tags.join('、'),
    }),
    create: async (f) => (await gql(CreateDoc, { input: toInput(f) })).createCaseStudy.id,
    update: (f, version) => gql(UpdateDoc, { id: params.id!, input: toInput(f), version }),
    path: (id) => `/content/case-studies/${id}`,
  });
  const heading = isNew ? tc('newCaseStudy') : tc('editCaseStudy');
  if (!isNew && !item) {
    return (
      <>
        <EditorHead title={heading} list="/content/case-studies" listLabel={tc('listCaseStudies')} />
        {q.loading ? <Loading label={t('loading')} /> : <ErrorBanner error={q.error} onRetry={() => void q.reload()} retryLabel={t('retry')} />}
      </>
    );
  }
  const f = e.form;
  return (
    <>
      <EditorHead title={heading} list="/content/case-studies" listLabel={tc('listCaseStudies')}>
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
            <TextField label={tc('locality')} value={f.locality} onInput={(v) => e.set('locality', v)} help={tc('localityHelp')} maxLength={100} testid="field-locality" />
            <TextField label={tc('program')} value={f.program} onInput={(v) => e.set('program', v)} maxLength={100} />
          </div>
          <Select label={tc('category')} value={f.category} onChange={(v) => e.set('category', v as CaseStudyCategory)} options={options(categories, (c) => tc(`cat${c}`))} testid="field-category" />
          <div class="content-pair">
            <TextField label={tc('startOn')} type="date" value={f.startOn} onInput={(v) => e.set('startOn', v)} help={formatDate(f.startOn)} testid="field-start" />
            <TextField label={tc('endOn')} type="date" value={f.endOn} onInput={(v) => e.set('endOn', v)} help={formatDate(f.endOn)} testid="field-end" />
          </div>
          <TextField label={tc('dateNote')} value={f.dateNote} onInput={(v) => e.set('dateNote', v)} help={tc('dateNoteHelp')} maxLength={250} />
          <TextArea label={tc('summary')} value={f.summary} onInput={(v) => e.set('summary', v)} rows={6} testid="field-summary" />
          <CustomFieldInputs target="CASE_STUDY" value={f.custom} onChange={(v) => e.set('custom', v)} />
          <PartnerPicker legend={tc('partners')} value={f.partners} onChange={(v) => e.set('partners', v)} />
          <ResourceMatrix value={f.resources} onChange={(v) => e.set('resources', v)} />
          <MeritFields value={f.merits} onChange={(v) => e.set('merits', v)} />
          <TextField label={tc('tags')} value={f.tags} onInput={(v) => e.set('tags', v)} help={tc('tagsHelp')} />
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
