// 連携協定: the list (keyword, kind, status) and the editor — parties, 連携事項, term start and
// end, signed date, expected effects per side — with publication, revisions, preview and media.
import { gql } from '../../api';
import { formatDate, formatDateTime } from '../../dates';
import { graphql } from '../../gql';
import type { AgreementFilter, AgreementInput, AgreementKind, AgreementStatus } from '../../gql/graphql';
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
  fromMerits,
  ListFrame,
  MediaPanel,
  MeritFields,
  options,
  pageSize,
  PartnerPicker,
  PubBadge,
  PublicationPanel,
  Revisions,
  SaveError,
  splitList,
  toMerits,
  useList,
  type Merits,
  type Partner,
} from './shared';

/** agreementKinds and agreementStatuses order the choices. */
export const agreementKinds: AgreementKind[] = ['BUSINESS', 'COMPREHENSIVE', 'MEMORANDUM'];
export const agreementStatuses: AgreementStatus[] = ['PLANNED', 'ACTIVE', 'EXPIRED', 'TERMINATED'];

const ListDoc = graphql(`
  query ContentAgreementList($first: Int, $after: String, $filter: AgreementFilter) {
    agreements(first: $first, after: $after, filter: $filter, orderBy: { field: SIGNED_ON, direction: DESC }) {
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
          signedOn
          parties {
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
}

/** Agreements lists agreements with filters and cursor paging. */
export function Agreements(_: RouteProps) {
  const l = useList<Filters>({ search: '', kind: '', status: '' });
  const filter: AgreementFilter = {
    search: emptyToNull(l.filter.search),
    kind: emptyToNull(l.filter.kind) as AgreementKind | null,
    status: emptyToNull(l.filter.status) as AgreementStatus | null,
  };
  const q = useQuery(ListDoc, { first: pageSize, after: l.after, filter });
  return (
    <ListFrame
      title={tc('listAgreements')}
      newLabel={tc('newAgreement')}
      newPath="/content/agreements/new"
      onApply={l.apply}
      onClear={l.clear}
      filters={
        <>
          <TextField label={tc('search')} type="search" value={l.draft.search} onInput={(v) => l.setDraft({ ...l.draft, search: v })} help={tc('searchHelp')} />
          <Select label={tc('agreementKind')} value={l.draft.kind} onChange={(v) => l.setDraft({ ...l.draft, kind: v })} options={options(agreementKinds, (k) => tc(`ak${k}`), tc('any'))} />
          <Select label={tc('agreementStatus')} value={l.draft.status} onChange={(v) => l.setDraft({ ...l.draft, status: v })} options={options(agreementStatuses, (s) => tc(`as${s}`), tc('any'))} />
        </>
      }
    >
      <ErrorBanner error={q.error} onRetry={() => void q.reload()} retryLabel={t('retry')} />
      {q.loading && !q.data && <Loading label={t('loading')} />}
      <PagedTable
        caption={tc('listAgreements')}
        testid="agreement-list"
        page={q.data?.agreements}
        after={l.after}
        onAfter={l.setAfter}
        resetKey={JSON.stringify(l.filter)}
        rowKey={(r) => r.id}
        pageSize={pageSize}
        columns={[
          { header: tc('colTitle'), cell: (r) => <a href={href(`/content/agreements/${r.id}`)}>{r.title}</a> },
          { header: tc('parties'), cell: (r) => r.parties.map((p) => p.name).join('、') || '—' },
          { header: tc('colKind'), cell: (r) => tc(`ak${r.kind}`) },
          { header: tc('colSigned'), cell: (r) => formatDate(r.signedOn) || '—' },
          { header: tc('colStatus'), cell: (r) => tc(`as${r.status}`) },
          { header: tc('colState'), cell: (r) => <PubBadge state={r.publicationState} publishedAt={r.publishedAt} /> },
          { header: tc('colUpdated'), cell: (r) => formatDateTime(r.updatedAt) },
        ]}
      />
    </ListFrame>
  );
}

const ItemDoc = graphql(`
  query ContentAgreement($id: ID!) {
    agreement(id: $id) {
      id
      kind
      title
      purpose
      parties {
        id
        name
      }
      signedOn
      termStartOn
      termEndOn
      items
      merits {
        side
        description
      }
      status
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
  mutation ContentAgreementCreate($input: AgreementInput!) {
    createAgreement(input: $input) {
      id
    }
  }
`);
const UpdateDoc = graphql(`
  mutation ContentAgreementUpdate($id: ID!, $input: AgreementInput!, $version: Int!) {
    updateAgreement(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`);
const DeleteDoc = graphql(`
  mutation ContentAgreementDelete($id: ID!) {
    deleteAgreement(id: $id)
  }
`);

interface Form extends AddressingForm {
  custom: CustomForm;
  kind: AgreementKind;
  title: string;
  purpose: string;
  parties: Partner[];
  signedOn: string;
  termStartOn: string;
  termEndOn: string;
  items: string;
  merits: Merits;
  status: AgreementStatus;
}

const blank: Form = {
  ...blankAddressing,
  custom: blankCustom,
  kind: 'BUSINESS',
  title: '',
  purpose: '',
  parties: [],
  signedOn: '',
  termStartOn: '',
  termEndOn: '',
  items: '',
  merits: { CITY: '', PARTNER: '' },
  status: 'PLANNED',
};

function toInput(f: Form): AgreementInput {
  return {
    ...addressingInput(f),
    customFields: customInput(f.custom),
    kind: f.kind,
    title: f.title,
    purpose: f.purpose,
    partyIds: f.parties.map((p) => p.id),
    signedOn: emptyToNull(f.signedOn),
    termStartOn: emptyToNull(f.termStartOn),
    termEndOn: emptyToNull(f.termEndOn),
    items: splitList(f.items, true),
    merits: fromMerits(f.merits),
    status: f.status,
  };
}

/** AgreementPage creates or edits one agreement. */
export function AgreementPage({ params }: RouteProps) {
  const isNew = params.id === 'new';
  const q = useQuery(ItemDoc, { id: params.id ?? '' }, isNew);
  const item = isNew ? null : q.data?.agreement;
  const e = useEditor({
    q,
    item,
    blank,
    toForm: (a) => ({
      ...addressingForm(a),
      custom: customForm(a.customFields),
      kind: a.kind,
      title: a.title,
      purpose: a.purpose,
      parties: a.parties.map((p) => ({ id: p.id, name: p.name })),
      signedOn: a.signedOn ?? '',
      termStartOn: a.termStartOn ?? '',
      termEndOn: a.termEndOn ?? '',
      items: a.items.join('\n'),
      merits: toMerits(a.merits),
      status: a.status,
    }),
    create: async (f) => (await gql(CreateDoc, { input: toInput(f) })).createAgreement.id,
    update: (f, version) => gql(UpdateDoc, { id: params.id!, input: toInput(f), version }),
    path: (id) => `/content/agreements/${id}`,
  });
  const heading = isNew ? tc('newAgreement') : tc('editAgreement');
  if (!isNew && !item) {
    return (
      <>
        <EditorHead title={heading} list="/content/agreements" listLabel={tc('listAgreements')} />
        {q.loading ? <Loading label={t('loading')} /> : <ErrorBanner error={q.error} onRetry={() => void q.reload()} retryLabel={t('retry')} />}
      </>
    );
  }
  const f = e.form;
  return (
    <>
      <EditorHead title={heading} list="/content/agreements" listLabel={tc('listAgreements')}>
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
            <Select label={tc('agreementKind')} value={f.kind} onChange={(v) => e.set('kind', v as AgreementKind)} options={options(agreementKinds, (k) => tc(`ak${k}`))} />
            <Select label={tc('agreementStatus')} value={f.status} onChange={(v) => e.set('status', v as AgreementStatus)} options={options(agreementStatuses, (s) => tc(`as${s}`))} />
          </div>
          <TextArea label={tc('purpose')} value={f.purpose} onInput={(v) => e.set('purpose', v)} rows={4} />
          <PartnerPicker legend={tc('parties')} value={f.parties} onChange={(v) => e.set('parties', v)} />
          <TextArea label={tc('items')} value={f.items} onInput={(v) => e.set('items', v)} help={tc('itemsHelp')} rows={5} testid="field-items" />
          <CustomFieldInputs target="AGREEMENT" value={f.custom} onChange={(v) => e.set('custom', v)} />
          <TextField label={tc('signedOn')} type="date" value={f.signedOn} onInput={(v) => e.set('signedOn', v)} help={formatDate(f.signedOn)} testid="field-signed" />
          <div class="content-pair">
            <TextField label={tc('termStartOn')} type="date" value={f.termStartOn} onInput={(v) => e.set('termStartOn', v)} help={formatDate(f.termStartOn)} testid="field-term-start" />
            <TextField label={tc('termEndOn')} type="date" value={f.termEndOn} onInput={(v) => e.set('termEndOn', v)} help={formatDate(f.termEndOn)} testid="field-term-end" />
          </div>
          <MeritFields value={f.merits} onChange={(v) => e.set('merits', v)} />
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
