// 独自項目の設定: the desk defines, edits and deletes the custom fields of each target. The
// API checks every rule (unique keys, choices, fixed type); this screen shows its answers.
import { useState } from 'preact/hooks';
import { gql } from '../../api';
import { graphql } from '../../gql';
import type { CustomFieldDefinitionInput, CustomFieldTarget, CustomFieldType, CustomFieldVisibility, DisclosureLevel } from '../../gql/graphql';
import { useAction, useQuery } from '../../hooks';
import { t } from '../../i18n/common';
import { tf } from '../../i18n/customFields';
import { td } from '../../i18n/desk';
import { td as tdisc } from '../../i18n/disclosure';
import type { RouteProps } from '../../router';
import { Badge } from '../../ui/badge';
import { ErrorBanner, Loading, Notice } from '../../ui/banner';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/confirm';
import { Checkbox, Select, TextArea, TextField } from '../../ui/field';

const DefinitionsDoc = graphql(`
  query SettingsCustomFields($target: CustomFieldTarget!) {
    customFieldDefinitions(target: $target) {
      id
      key
      target
      labelJa
      labelEn
      type
      required
      visibility
      order
      choices {
        value
        labelJa
        labelEn
      }
      disclosureLevel
      disclosureReason
    }
  }
`);
const DefineDoc = graphql(`
  mutation SettingsCustomFieldDefine($input: CustomFieldDefinitionInput!) {
    defineCustomField(input: $input) {
      id
    }
  }
`);
const UpdateDoc = graphql(`
  mutation SettingsCustomFieldUpdate($id: ID!, $input: CustomFieldDefinitionInput!) {
    updateCustomField(id: $id, input: $input) {
      id
    }
  }
`);
const DeleteDoc = graphql(`
  mutation SettingsCustomFieldDelete($id: ID!) {
    deleteCustomField(id: $id)
  }
`);

/** targets are the custom field targets in the order the screen offers them. */
export const targets: CustomFieldTarget[] = ['PROPOSAL' as CustomFieldTarget, 'CHALLENGE' as CustomFieldTarget, 'AGREEMENT' as CustomFieldTarget,
  'PROJECT' as CustomFieldTarget, 'CASE_STUDY' as CustomFieldTarget, 'ANNOUNCEMENT' as CustomFieldTarget];
const types = ['TEXT', 'LONG_TEXT', 'NUMBER', 'DATE', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'BOOLEAN'] as CustomFieldType[];
const visibilities = ['PUBLIC', 'PROPOSER', 'STAFF'] as CustomFieldVisibility[];
const levels = ['DISCLOSABLE', 'PERSONAL_DATA', 'PROTECTED_BUSINESS', 'WITHHELD_OTHER'] as DisclosureLevel[];

/** targetLabel names a target in the clerk's words. */
export function targetLabel(x: CustomFieldTarget): string {
  return tf(`target${x}` as 'targetPROPOSAL');
}

interface Form {
  id: string | null;
  key: string;
  labelJa: string;
  labelEn: string;
  type: CustomFieldType;
  required: boolean;
  visibility: CustomFieldVisibility;
  order: string;
  choices: string;
  /** disclosureLevel is the definition's own default level; '' leaves it to policy. */
  disclosureLevel: DisclosureLevel | '';
  disclosureReason: string;
}

type Definition = NonNullable<ReturnType<typeof useDefinitions>['data']>['customFieldDefinitions'][number];

function useDefinitions(target: CustomFieldTarget) {
  return useQuery(DefinitionsDoc, { target });
}

const blank: Form = { id: null, key: '', labelJa: '', labelEn: '', type: 'TEXT' as CustomFieldType, required: false, visibility: 'STAFF' as CustomFieldVisibility, order: '', choices: '',
  disclosureLevel: '', disclosureReason: '' };

function toForm(d: Definition): Form {
  return {
    id: d.id,
    key: d.key,
    labelJa: d.labelJa,
    labelEn: d.labelEn,
    type: d.type,
    required: d.required,
    visibility: d.visibility,
    order: String(d.order),
    choices: d.choices.map((c) => [c.value, c.labelJa, c.labelEn].join('|')).join('\n'),
    disclosureLevel: d.disclosureLevel ?? '',
    disclosureReason: d.disclosureReason ?? '',
  };
}

function toInput(f: Form, target: CustomFieldTarget): CustomFieldDefinitionInput {
  const hasChoices = f.type === 'SINGLE_CHOICE' || f.type === 'MULTIPLE_CHOICE';
  // Levels apply to proposals only: for other targets both stay out of the input, which keeps
  // whatever is stored. For proposals the form always sends them, null meaning policy.
  const disclosure: Pick<CustomFieldDefinitionInput, 'disclosureLevel' | 'disclosureReason'> =
    target === 'PROPOSAL'
      ? { disclosureLevel: f.disclosureLevel || null, disclosureReason: f.disclosureLevel ? f.disclosureReason.trim() || null : null }
      : {};
  return {
    ...disclosure,
    key: f.key.trim(),
    target,
    labelJa: f.labelJa,
    labelEn: f.labelEn,
    type: f.type,
    required: f.required,
    visibility: f.visibility,
    order: f.order.trim() === '' ? null : Number(f.order),
    choices: hasChoices
      ? f.choices
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => l !== '')
          .map((l) => {
            const [value = '', labelJa = '', labelEn = ''] = l.split('|').map((s) => s.trim());
            return { value, labelJa: labelJa || value, labelEn };
          })
      : null,
  };
}

/** CustomFields is the settings screen of the custom fields, one target at a time. */
export function CustomFields(_: RouteProps) {
  const [target, setTarget] = useState<CustomFieldTarget>(targets[0]!);
  const q = useDefinitions(target);
  const [form, setForm] = useState<Form | null>(null);
  const [notice, setNotice] = useState('');
  const [removing, setRemoving] = useState<Definition | null>(null);
  const save = useAction(async (f: Form) => {
    setNotice('');
    const input = toInput(f, target);
    if (f.id) await gql(UpdateDoc, { id: f.id, input });
    else await gql(DefineDoc, { input });
    setNotice(f.id ? tf('updated', { label: f.labelJa }) : tf('defined', { label: f.labelJa }));
    setForm(null);
    await q.reload();
  });
  const remove = useAction(async (d: Definition) => {
    setNotice('');
    await gql(DeleteDoc, { id: d.id });
    setRemoving(null);
    setNotice(tf('removed', { label: d.labelJa }));
    await q.reload();
  });
  const set = <K extends keyof Form>(k: K, v: Form[K]) => setForm((f) => (f ? { ...f, [k]: v } : f));
  const defs = q.data?.customFieldDefinitions ?? [];
  return (
    <>
      <h1>{tf('title')}</h1>
      <p class="help">{tf('intro')}</p>
      <Select
        label={tf('target')}
        value={target}
        testid="custom-field-target"
        onChange={(v) => {
          setTarget(v as CustomFieldTarget);
          setForm(null);
          setNotice('');
        }}
        options={targets.map((x) => ({ value: x, label: targetLabel(x) }))}
      />
      <Notice>{notice}</Notice>
      <ErrorBanner error={q.error ?? remove.error} onRetry={() => void q.reload()} retryLabel={t('retry')} />
      {q.loading && !q.data && <Loading label={t('loading')} />}
      {q.data && defs.length === 0 && <p data-testid="custom-fields-none">{tf('none')}</p>}
      {defs.length > 0 && (
        <div class="table-wrap">
          <table class="table" data-testid="custom-fields">
            <caption>{tf('caption', { target: targetLabel(target) })}</caption>
            <thead>
              <tr>
                <th scope="col">{tf('order')}</th>
                <th scope="col">{tf('labelJa')}</th>
                <th scope="col">{tf('key')}</th>
                <th scope="col">{tf('type')}</th>
                <th scope="col">{tf('visibility')}</th>
                <th scope="col">{tf('required')}</th>
                <th scope="col">{td('actions')}</th>
              </tr>
            </thead>
            <tbody>
              {defs.map((d) => (
                <tr key={d.id}>
                  <td>{d.order}</td>
                  <td>
                    {d.labelJa}
                    {d.labelEn && <span class="help"> / {d.labelEn}</span>}
                  </td>
                  <td class="desk-break">{d.key}</td>
                  <td>{tf(`type${d.type}` as 'typeTEXT')}</td>
                  <td>{tf(`visibility${d.visibility}` as 'visibilityPUBLIC')}</td>
                  <td>{d.required ? <Badge tone="warning">{tf('required')}</Badge> : '—'}</td>
                  <td>
                    <div class="desk-row-actions">
                      <Button variant="secondary" onClick={() => setForm(toForm(d))} aria-label={`${tf('edit')}: ${d.labelJa}`}>
                        {tf('edit')}
                      </Button>
                      <Button variant="danger" onClick={() => setRemoving(d)} aria-label={`${tf('remove')}: ${d.labelJa}`}>
                        {tf('remove')}
                      </Button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {!form && (
        <div class="actions">
          <Button variant="primary" onClick={() => setForm({ ...blank })} data-testid="custom-field-new">
            {tf('define')}
          </Button>
        </div>
      )}
      {form && (
        <form
          class="desk-panel"
          data-testid="custom-field-form"
          onSubmit={(ev) => {
            ev.preventDefault();
            void save.run(form);
          }}
        >
          <h2>{form.id ? tf('editTitle', { label: form.labelJa }) : tf('defineTitle')}</h2>
          <ErrorBanner error={save.error} />
          <TextField label={tf('key')} value={form.key} onInput={(v) => set('key', v)} required maxLength={40} help={tf('keyHelp')} testid="custom-field-key" />
          <TextField label={tf('labelJa')} value={form.labelJa} onInput={(v) => set('labelJa', v)} required maxLength={200} testid="custom-field-label" />
          <TextField label={tf('labelEn')} value={form.labelEn} onInput={(v) => set('labelEn', v)} maxLength={200} />
          <Select
            label={tf('type')}
            value={form.type}
            onChange={(v) => set('type', v as CustomFieldType)}
            options={(form.id ? [form.type] : types).map((x) => ({ value: x, label: tf(`type${x}` as 'typeTEXT') }))}
            help={tf('typeFixed')}
            testid="custom-field-type"
          />
          {(form.type === 'SINGLE_CHOICE' || form.type === 'MULTIPLE_CHOICE') && (
            <TextArea label={tf('choices')} value={form.choices} onInput={(v) => set('choices', v)} rows={5} help={tf('choicesHelp')} required testid="custom-field-choices" />
          )}
          <Select
            label={tf('visibility')}
            value={form.visibility}
            onChange={(v) => set('visibility', v as CustomFieldVisibility)}
            options={visibilities.map((x) => ({ value: x, label: tf(`visibility${x}` as 'visibilityPUBLIC') }))}
            testid="custom-field-visibility"
          />
          {target === 'PROPOSAL' && (
            <>
              <Select
                label={tf('disclosureLevel')}
                value={form.disclosureLevel}
                onChange={(v) => set('disclosureLevel', v as DisclosureLevel | '')}
                options={[{ value: '', label: tf('disclosurePolicy') }, ...levels.map((x) => ({ value: x, label: tdisc(`level${x}` as 'levelDISCLOSABLE') }))]}
                help={tf('disclosureHelp')}
                testid="custom-field-disclosure-level"
              />
              {form.disclosureLevel !== '' && (
                <TextArea
                  label={tf('disclosureReason')}
                  value={form.disclosureReason}
                  onInput={(v) => set('disclosureReason', v)}
                  rows={2}
                  required={form.disclosureLevel !== 'DISCLOSABLE'}
                  help={tf('disclosureReasonHelp')}
                  testid="custom-field-disclosure-reason"
                />
              )}
            </>
          )}
          <Checkbox label={tf('required')} checked={form.required} onChange={(v) => set('required', v)} help={tf('requiredHelp')} testid="custom-field-required" />
          <TextField label={tf('order')} type="number" value={form.order} onInput={(v) => set('order', v)} />
          <div class="actions">
            <Button type="submit" variant="primary" busy={save.busy} data-testid="custom-field-save">
              {tf('save')}
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                setForm(null);
                save.clear();
              }}
            >
              {tf('cancel')}
            </Button>
          </div>
        </form>
      )}
      <ConfirmDialog
        open={removing !== null}
        title={removing ? tf('removeTitle', { label: removing.labelJa }) : ''}
        confirmLabel={tf('remove')}
        danger
        busy={remove.busy}
        onConfirm={() => removing && void remove.run(removing)}
        onCancel={() => setRemoving(null)}
      >
        <p>{tf('removeBody')}</p>
      </ConfirmDialog>
    </>
  );
}
