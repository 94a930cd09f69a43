// Custom field values (独自項目) in the editors and the proposal view: inputs built from the
// target's definitions, and a read-out of the values the API answers for the viewer. The
// API validates every value; an editor sends them only when the clerk changed one, so a
// department's change to live content (a pending revision) never carries them.
import { Fragment } from 'preact';
import { graphql } from '../../gql';
import type { CustomFieldTarget, CustomFieldType, CustomFieldValueInput } from '../../gql/graphql';
import { useQuery } from '../../hooks';
import { lang } from '../../i18n';
import { tf } from '../../i18n/customFields';
import { ErrorBanner } from '../../ui/banner';
import { Checkbox, Fieldset, Select, TextArea, TextField } from '../../ui/field';

graphql(`
  fragment ContentCustomFieldValue on CustomFieldValue {
    key
    text
    number
    date
    boolean
    choices
    definition {
      labelJa
      labelEn
      type
      choices {
        value
        labelJa
        labelEn
      }
    }
  }
`);

const DefinitionsDoc = graphql(`
  query ContentCustomFieldDefinitions($target: CustomFieldTarget!) {
    customFieldDefinitions(target: $target) {
      id
      key
      labelJa
      labelEn
      type
      required
      choices {
        value
        labelJa
        labelEn
      }
    }
  }
`);

/** Value is one custom field's value as the form holds it. */
export interface Value {
  type: CustomFieldType;
  text?: string;
  number?: string;
  date?: string;
  boolean?: boolean | null;
  choices?: string[];
}

/** CustomForm is the custom field part of an editor's form. */
export interface CustomForm {
  dirty: boolean;
  values: Record<string, Value>;
}

/** Loaded is a custom field value as the API answers it (ContentCustomFieldValue). */
export interface Loaded {
  key: string;
  text?: string | null;
  number?: number | null;
  date?: string | null;
  boolean?: boolean | null;
  choices?: string[] | null;
  definition: { labelJa: string; labelEn: string; type: CustomFieldType; choices: { value: string; labelJa: string; labelEn: string }[] };
}

/** blankCustom is the custom field form of a new item. */
export const blankCustom: CustomForm = { dirty: false, values: {} };

/** customForm fills the form from the values an item answered. */
export function customForm(vals: Loaded[] | null | undefined): CustomForm {
  const values: Record<string, Value> = {};
  for (const v of vals ?? []) {
    values[v.key] = {
      type: v.definition.type,
      text: v.text ?? undefined,
      number: v.number == null ? undefined : String(v.number),
      date: v.date ?? undefined,
      boolean: v.boolean ?? null,
      choices: v.choices ?? undefined,
    };
  }
  return { dirty: false, values };
}

/** customInput answers the customFields of a mutation input: null (unchanged) unless edited. */
export function customInput(f: CustomForm): CustomFieldValueInput[] | null {
  if (!f.dirty) return null;
  const out: CustomFieldValueInput[] = [];
  for (const [key, v] of Object.entries(f.values)) {
    switch (v.type) {
      case 'TEXT':
      case 'LONG_TEXT':
        if (v.text && v.text.trim() !== '') out.push({ key, text: v.text });
        break;
      case 'NUMBER':
        if (v.number && v.number.trim() !== '') out.push({ key, number: Number(v.number) });
        break;
      case 'DATE':
        if (v.date) out.push({ key, date: v.date });
        break;
      case 'BOOLEAN':
        if (v.boolean != null) out.push({ key, boolean: v.boolean });
        break;
      default:
        if (v.choices && v.choices.length > 0) out.push({ key, choices: v.choices });
    }
  }
  return out;
}

function label(d: { labelJa: string; labelEn: string }): string {
  return lang() === 'en' && d.labelEn ? d.labelEn : d.labelJa;
}

/**
 * CustomFieldInputs renders an input per custom field of the target; errors (by key) show
 * next to their field, as the API names them (extensions.field = customFields.<key>).
 */
export function CustomFieldInputs(p: { target: CustomFieldTarget; value: CustomForm; onChange: (f: CustomForm) => void; errors?: Record<string, string> }) {
  const q = useQuery(DefinitionsDoc, { target: p.target });
  const defs = q.data?.customFieldDefinitions ?? [];
  if (q.error) return <ErrorBanner error={q.error} />;
  if (defs.length === 0) return null;
  return (
    <Fieldset legend={tf('sectionTitle')} class="custom-fields">
      {defs.map((d) => {
        const v: Value = p.value.values[d.key] ?? { type: d.type };
        const set = (patch: Partial<Value>) => p.onChange({ dirty: true, values: { ...p.value.values, [d.key]: { ...v, type: d.type, ...patch } } });
        const name = label(d) + (d.required ? tf('requiredMark') : '');
        const testid = `custom-${d.key}`;
        const error = p.errors?.[d.key];
        switch (d.type) {
          case 'LONG_TEXT':
            return <TextArea key={d.id} label={name} value={v.text ?? ''} onInput={(s) => set({ text: s })} rows={4} testid={testid} error={error} />;
          case 'NUMBER':
            return <TextField key={d.id} label={name} type="number" value={v.number ?? ''} onInput={(s) => set({ number: s })} testid={testid} error={error} />;
          case 'DATE':
            return <TextField key={d.id} label={name} type="date" value={v.date ?? ''} onInput={(s) => set({ date: s })} testid={testid} error={error} />;
          case 'BOOLEAN':
            return (
              <Select
                key={d.id}
                label={name}
                value={v.boolean == null ? '' : String(v.boolean)}
                onChange={(s) => set({ boolean: s === '' ? null : s === 'true' })}
                options={[
                  { value: '', label: tf('unset') },
                  { value: 'true', label: tf('yes') },
                  { value: 'false', label: tf('no') },
                ]}
                testid={testid}
                error={error}
              />
            );
          case 'SINGLE_CHOICE':
            return (
              <Select
                key={d.id}
                label={name}
                value={v.choices?.[0] ?? ''}
                onChange={(s) => set({ choices: s === '' ? [] : [s] })}
                options={[{ value: '', label: tf('unset') }, ...d.choices.map((c) => ({ value: c.value, label: label(c) }))]}
                testid={testid}
                error={error}
              />
            );
          case 'MULTIPLE_CHOICE':
            return (
              <Fieldset key={d.id} legend={name}>
                {d.choices.map((c) => (
                  <Checkbox
                    key={c.value}
                    label={label(c)}
                    checked={(v.choices ?? []).includes(c.value)}
                    onChange={(on) => set({ choices: on ? [...(v.choices ?? []), c.value] : (v.choices ?? []).filter((x) => x !== c.value) })}
                    testid={`${testid}-${c.value}`}
                  />
                ))}
                {error && <p class="field-error">{error}</p>}
              </Fieldset>
            );
          default:
            return <TextField key={d.id} label={name} value={v.text ?? ''} onInput={(s) => set({ text: s })} maxLength={200} testid={testid} error={error} />;
        }
      })}
    </Fieldset>
  );
}

function shown(v: Loaded): string {
  switch (v.definition.type) {
    case 'BOOLEAN':
      return v.boolean == null ? tf('empty') : v.boolean ? tf('yes') : tf('no');
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE':
      return (v.choices ?? []).map((c) => label(v.definition.choices.find((x) => x.value === c) ?? { labelJa: c, labelEn: c })).join('、') || tf('empty');
    case 'NUMBER':
      return v.number == null ? tf('empty') : String(v.number);
    case 'DATE':
      return v.date ?? tf('empty');
  }
  return v.text ?? tf('empty');
}

/** CustomFieldList shows the values the API answered for the viewer (the proposal view). */
export function CustomFieldList({ values }: { values: Loaded[] | null | undefined }) {
  if (!values || values.length === 0) return null;
  return (
    <section class="custom-fields" data-testid="custom-field-values">
      <h3>{tf('sectionTitle')}</h3>
      <dl class="desk-dl">
        {values.map((v) => (
          <Fragment key={v.key}>
            <dt>{label(v.definition)}</dt>
            <dd class="prewrap">{shown(v)}</dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}
