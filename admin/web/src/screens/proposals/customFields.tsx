// The staff's form for a submitted proposal's custom field values (setProposalCustomFields):
// the desk and the assigned departments fill in STAFF fields and correct PROPOSER ones. The
// API replaces every value the caller may write with the ones sent, so the form always sends
// all of them; a refused value is shown next to its field (extensions.field customFields.<key>).
import { useState } from 'preact/hooks';
import { gql } from '../../api';
import { graphql } from '../../gql';
import { useAction, useQuery } from '../../hooks';
import { tg } from '../../i18n/governance';
import { ErrorBanner, Notice } from '../../ui/banner';
import { Button } from '../../ui/button';
import { customForm, customInput, CustomFieldInputs } from '../content/customFields';
import { useRights } from '../desk/rights';
import type { Proposal } from './proposal';

const SetDoc = graphql(`
  mutation ProposalCustomFieldsSet($id: ID!, $customFields: [CustomFieldValueInput!]!, $version: Int!) {
    setProposalCustomFields(id: $id, customFields: $customFields, version: $version) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`);

const DefsDoc = graphql(`
  query ProposalCustomFieldsDefined {
    customFieldDefinitions(target: PROPOSAL) {
      id
    }
  }
`);

/** ProposalCustomFieldsForm edits a submitted proposal's custom fields; nothing without the right or on a draft. */
export function ProposalCustomFieldsForm({ p, onChange }: { p: Proposal; onChange: (next: Proposal) => void }) {
  const can = useRights();
  const allowed = can('proposal', 'setCustomFields') && p.status !== 'DRAFT';
  const defs = useQuery(DefsDoc, {}, !allowed);
  const [notice, setNotice] = useState('');
  if (!allowed || !defs.data || defs.data.customFieldDefinitions.length === 0) return null;
  return (
    <section class="desk-panel" aria-labelledby="proposal-custom-title" data-testid="proposal-custom-fields">
      <h2 id="proposal-custom-title">{tg('customTitle')}</h2>
      <p class="help">{tg('customIntro')}</p>
      <Notice>{notice}</Notice>
      {/* Keyed by version: a newer copy of the proposal (after any change) restarts the form from its values. */}
      <Form key={`${p.id}|${p.version}`} p={p} onChange={onChange} onNotice={setNotice} />
    </section>
  );
}

function Form({ p, onChange, onNotice }: { p: Proposal; onChange: (next: Proposal) => void; onNotice: (s: string) => void }) {
  const [form, setForm] = useState(() => customForm(p.customFields));
  const save = useAction(async () => {
    const d = await gql(SetDoc, { id: p.id, customFields: customInput({ ...form, dirty: true }) ?? [], version: p.version });
    return d.setProposalCustomFields.proposal;
  });
  const field = save.error?.field ?? '';
  const key = field.startsWith('customFields.') ? field.slice('customFields.'.length) : '';
  const errors = key ? { [key]: save.error!.clerkMessage() } : undefined;
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        onNotice('');
        const next = await save.run();
        if (next) {
          onNotice(tg('customSaved'));
          onChange(next);
        }
      }}
    >
      <ErrorBanner error={key ? undefined : save.error} />
      <CustomFieldInputs target="PROPOSAL" value={form} onChange={setForm} errors={errors} />
      <div class="actions">
        <Button type="submit" variant="primary" busy={save.busy} data-testid="proposal-custom-save">
          {tg('customSave')}
        </Button>
      </div>
    </form>
  );
}
