// お知らせ: the list (keyword, category) and the editor with publication, revisions, preview
// and media.
import { gql } from '../../api';
import { formatDateTime } from '../../dates';
import { graphql } from '../../gql';
import type { AnnouncementFilter, AnnouncementInput } from '../../gql/graphql';
import { useQuery } from '../../hooks';
import { t } from '../../i18n/common';
import { tc } from '../../i18n/content';
import { href, type RouteProps } from '../../router';
import { ErrorBanner, Loading, Notice } from '../../ui/banner';
import { Button } from '../../ui/button';
import { TextArea, TextField } from '../../ui/field';
import { PagedTable } from '../../ui/table';
import { AddressingFields, addressingForm, addressingInput, blankAddressing, type AddressingForm } from './addressing';
import { blankCustom, CustomFieldInputs, customForm, customInput, type CustomForm } from './customFields';
import { useEditor } from './editor';
import { EditorHead, emptyToNull, ListFrame, MediaPanel, pageSize, PubBadge, PublicationPanel, Revisions, SaveError, useList } from './shared';

const ListDoc = graphql(`
  query ContentAnnouncementList($first: Int, $after: String, $filter: AnnouncementFilter) {
    announcements(first: $first, after: $after, filter: $filter, orderBy: { field: PUBLISHED_AT, direction: DESC }) {
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
          category
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
}

/** Announcements lists announcements with filters and cursor paging. */
export function Announcements(_: RouteProps) {
  const l = useList<Filters>({ search: '', category: '' });
  const filter: AnnouncementFilter = { search: emptyToNull(l.filter.search), category: emptyToNull(l.filter.category) };
  const q = useQuery(ListDoc, { first: pageSize, after: l.after, filter });
  return (
    <ListFrame
      title={tc('listAnnouncements')}
      newLabel={tc('newAnnouncement')}
      newPath="/content/announcements/new"
      onApply={l.apply}
      onClear={l.clear}
      filters={
        <>
          <TextField label={tc('search')} type="search" value={l.draft.search} onInput={(v) => l.setDraft({ ...l.draft, search: v })} help={tc('searchHelp')} />
          <TextField label={tc('annCategory')} value={l.draft.category} onInput={(v) => l.setDraft({ ...l.draft, category: v })} help={tc('annCategoryHelp')} />
        </>
      }
    >
      <ErrorBanner error={q.error} onRetry={() => void q.reload()} retryLabel={t('retry')} />
      {q.loading && !q.data && <Loading label={t('loading')} />}
      <PagedTable
        caption={tc('listAnnouncements')}
        testid="announcement-list"
        page={q.data?.announcements}
        after={l.after}
        onAfter={l.setAfter}
        resetKey={JSON.stringify(l.filter)}
        rowKey={(r) => r.id}
        pageSize={pageSize}
        columns={[
          { header: tc('colTitle'), cell: (r) => <a href={href(`/content/announcements/${r.id}`)}>{r.title}</a> },
          { header: tc('colCategory'), cell: (r) => r.category || '—' },
          { header: tc('colState'), cell: (r) => <PubBadge state={r.publicationState} publishedAt={r.publishedAt} /> },
          { header: tc('colUpdated'), cell: (r) => formatDateTime(r.updatedAt) },
        ]}
      />
    </ListFrame>
  );
}

const ItemDoc = graphql(`
  query ContentAnnouncement($id: ID!) {
    announcement(id: $id) {
      id
      title
      body
      category
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
  mutation ContentAnnouncementCreate($input: AnnouncementInput!) {
    createAnnouncement(input: $input) {
      id
    }
  }
`);
const UpdateDoc = graphql(`
  mutation ContentAnnouncementUpdate($id: ID!, $input: AnnouncementInput!, $version: Int!) {
    updateAnnouncement(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`);
const DeleteDoc = graphql(`
  mutation ContentAnnouncementDelete($id: ID!) {
    deleteAnnouncement(id: $id)
  }
`);

interface Form extends AddressingForm {
  title: string;
  body: string;
  category: string;
  custom: CustomForm;
}

const blank: Form = { ...blankAddressing, title: '', body: '', category: '', custom: blankCustom };

function toInput(f: Form): AnnouncementInput {
  return { ...addressingInput(f), title: f.title, body: f.body, category: f.category, customFields: customInput(f.custom) };
}

/** AnnouncementPage creates or edits one announcement. */
export function AnnouncementPage({ params }: RouteProps) {
  const isNew = params.id === 'new';
  const q = useQuery(ItemDoc, { id: params.id ?? '' }, isNew);
  const item = isNew ? null : q.data?.announcement;
  const e = useEditor({
    q,
    item,
    blank,
    toForm: (a) => ({ ...addressingForm(a), title: a.title, body: a.body, category: a.category, custom: customForm(a.customFields) }),
    create: async (f) => (await gql(CreateDoc, { input: toInput(f) })).createAnnouncement.id,
    update: (f, version) => gql(UpdateDoc, { id: params.id!, input: toInput(f), version }),
    path: (id) => `/content/announcements/${id}`,
  });
  const heading = isNew ? tc('newAnnouncement') : tc('editAnnouncement');
  if (!isNew && !item) {
    return (
      <>
        <EditorHead title={heading} list="/content/announcements" listLabel={tc('listAnnouncements')} />
        {q.loading ? <Loading label={t('loading')} /> : <ErrorBanner error={q.error} onRetry={() => void q.reload()} retryLabel={t('retry')} />}
      </>
    );
  }
  const f = e.form;
  return (
    <>
      <EditorHead title={heading} list="/content/announcements" listLabel={tc('listAnnouncements')}>
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
          <TextField label={tc('annCategory')} value={f.category} onInput={(v) => e.set('category', v)} help={tc('annCategoryHelp')} maxLength={50} />
          <TextArea label={tc('body')} value={f.body} onInput={(v) => e.set('body', v)} rows={10} testid="field-body" />
          <AddressingFields form={f} set={(k, v) => e.set(k, v)} media={item?.media} url={item?.url} />
          <CustomFieldInputs target="ANNOUNCEMENT" value={f.custom} onChange={(v) => e.set('custom', v)} />
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
