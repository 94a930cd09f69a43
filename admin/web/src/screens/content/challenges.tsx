// 行政課題: the list (keyword, department, open or not) and the editor with publication,
// revisions, preview and media.
import { gql } from '../../api';
import { formatDateTime } from '../../dates';
import { graphql } from '../../gql';
import type { ChallengeFilter, ChallengeInput } from '../../gql/graphql';
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
  fromTokyoInput,
  ListFrame,
  MediaPanel,
  pageSize,
  PubBadge,
  PublicationPanel,
  Revisions,
  SaveError,
  splitList,
  toTokyoInput,
  useList,
} from './shared';

const ListDoc = graphql(`
  query ContentChallengeList($first: Int, $after: String, $filter: ChallengeFilter) {
    challenges(first: $first, after: $after, filter: $filter, orderBy: { field: TITLE, direction: ASC }) {
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
          department {
            name
          }
          opensAt
          closesAt
          isOpen
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
  departmentId: string;
  isOpen: string;
}

/** Challenges lists the challenges the clerk may see, with filters and cursor paging. */
export function Challenges(_: RouteProps) {
  const l = useList<Filters>({ search: '', departmentId: '', isOpen: '' });
  const filter: ChallengeFilter = {
    search: emptyToNull(l.filter.search),
    departmentId: emptyToNull(l.filter.departmentId),
    isOpen: l.filter.isOpen === '' ? null : l.filter.isOpen === 'true',
  };
  const q = useQuery(ListDoc, { first: pageSize, after: l.after, filter });
  return (
    <ListFrame
      title={tc('listChallenges')}
      newLabel={tc('newChallenge')}
      newPath="/content/challenges/new"
      onApply={l.apply}
      onClear={l.clear}
      filters={
        <>
          <TextField label={tc('search')} type="search" value={l.draft.search} onInput={(v) => l.setDraft({ ...l.draft, search: v })} help={tc('searchHelp')} />
          <DepartmentSelect label={tc('department')} value={l.draft.departmentId} onChange={(v) => l.setDraft({ ...l.draft, departmentId: v })} noneLabel={tc('any')} />
          <Select
            label={tc('isOpen')}
            value={l.draft.isOpen}
            onChange={(v) => l.setDraft({ ...l.draft, isOpen: v })}
            options={[
              { value: '', label: tc('any') },
              { value: 'true', label: tc('open') },
              { value: 'false', label: tc('closed') },
            ]}
          />
        </>
      }
    >
      <ErrorBanner error={q.error} onRetry={() => void q.reload()} retryLabel={t('retry')} />
      {q.loading && !q.data && <Loading label={t('loading')} />}
      <PagedTable
        caption={tc('listChallenges')}
        testid="challenge-list"
        page={q.data?.challenges}
        after={l.after}
        onAfter={l.setAfter}
        resetKey={JSON.stringify(l.filter)}
        rowKey={(r) => r.id}
        pageSize={pageSize}
        columns={[
          { header: tc('colTitle'), cell: (r) => <a href={href(`/content/challenges/${r.id}`)}>{r.title}</a> },
          { header: tc('colDepartment'), cell: (r) => r.department?.name ?? '—' },
          { header: tc('colPeriod'), cell: (r) => (r.opensAt || r.closesAt ? `${formatDateTime(r.opensAt)} 〜 ${formatDateTime(r.closesAt)}` : '—') },
          { header: tc('colState'), cell: (r) => <PubBadge state={r.publicationState} publishedAt={r.publishedAt} /> },
          { header: tc('colUpdated'), cell: (r) => formatDateTime(r.updatedAt) },
        ]}
      />
    </ListFrame>
  );
}

const ItemDoc = graphql(`
  query ContentChallenge($id: ID!) {
    challenge(id: $id) {
      id
      title
      background
      desiredOutcome
      department {
        id
        name
      }
      tags
      opensAt
      closesAt
      isOpen
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
  mutation ContentChallengeCreate($input: ChallengeInput!) {
    createChallenge(input: $input) {
      id
    }
  }
`);
const UpdateDoc = graphql(`
  mutation ContentChallengeUpdate($id: ID!, $input: ChallengeInput!, $version: Int!) {
    updateChallenge(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`);
const DeleteDoc = graphql(`
  mutation ContentChallengeDelete($id: ID!) {
    deleteChallenge(id: $id)
  }
`);

interface Form extends AddressingForm {
  custom: CustomForm;
  title: string;
  background: string;
  desiredOutcome: string;
  departmentId: string;
  tags: string;
  opensAt: string;
  closesAt: string;
}

const blank: Form = { ...blankAddressing, custom: blankCustom, title: '', background: '', desiredOutcome: '', departmentId: '', tags: '', opensAt: '', closesAt: '' };

function toInput(f: Form): ChallengeInput {
  return {
    ...addressingInput(f),
    customFields: customInput(f.custom),
    title: f.title,
    background: f.background,
    desiredOutcome: f.desiredOutcome,
    departmentId: emptyToNull(f.departmentId),
    tags: splitList(f.tags),
    opensAt: fromTokyoInput(f.opensAt),
    closesAt: fromTokyoInput(f.closesAt),
  };
}

/** ChallengePage creates or edits one challenge. */
export function ChallengePage({ params }: RouteProps) {
  const isNew = params.id === 'new';
  const q = useQuery(ItemDoc, { id: params.id ?? '' }, isNew);
  const item = isNew ? null : q.data?.challenge;
  const e = useEditor({
    q,
    item,
    blank,
    toForm: (c) => ({
      ...addressingForm(c),
      custom: customForm(c.customFields),
      title: c.title,
      background: c.background,
      desiredOutcome: c.desiredOutcome,
      departmentId: c.department?.id ?? '',
      tags: c.tags.join('、'),
      opensAt: toTokyoInput(c.opensAt),
      closesAt: toTokyoInput(c.closesAt),
    }),
    create: async (f) => (await gql(CreateDoc, { input: toInput(f) })).createChallenge.id,
    update: (f, version) => gql(UpdateDoc, { id: params.id!, input: toInput(f), version }),
    path: (id) => `/content/challenges/${id}`,
  });
  const heading = isNew ? tc('newChallenge') : tc('editChallenge');
  if (!isNew && !item) {
    return (
      <>
        <EditorHead title={heading} list="/content/challenges" listLabel={tc('listChallenges')} />
        {q.loading ? <Loading label={t('loading')} /> : <ErrorBanner error={q.error} onRetry={() => void q.reload()} retryLabel={t('retry')} />}
      </>
    );
  }
  const f = e.form;
  return (
    <>
      <EditorHead title={heading} list="/content/challenges" listLabel={tc('listChallenges')}>
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
          <TextField label={tc('title')} value={f.title} onInput={(v) => e.set('title', v)} required maxLength={200} testid="field-title" />
          <DepartmentSelect label={tc('department')} value={f.departmentId} onChange={(v) => e.set('departmentId', v)} noneLabel={tc('noDepartment')} testid="field-department" />
          <TextArea label={tc('background')} value={f.background} onInput={(v) => e.set('background', v)} rows={6} />
          <TextArea label={tc('desiredOutcome')} value={f.desiredOutcome} onInput={(v) => e.set('desiredOutcome', v)} rows={4} />
          <CustomFieldInputs target="CHALLENGE" value={f.custom} onChange={(v) => e.set('custom', v)} />
          <TextField label={tc('tags')} value={f.tags} onInput={(v) => e.set('tags', v)} help={tc('tagsHelp')} />
          <div class="content-pair">
            <TextField label={tc('opensAt')} type="datetime-local" value={f.opensAt} onInput={(v) => e.set('opensAt', v)} help={formatDateTime(fromTokyoInput(f.opensAt))} />
            <TextField label={tc('closesAt')} type="datetime-local" value={f.closesAt} onInput={(v) => e.set('closesAt', v)} help={formatDateTime(fromTokyoInput(f.closesAt))} />
          </div>
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
