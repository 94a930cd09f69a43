// The municipality's own proposal fields (custom fields): the desk defines them in the admin,
// the portal builds that part of the proposal form from customFieldDefinitions(target:
// PROPOSAL), sends the answers as CreateProposalInput.customFields and shows them on the
// proposal's page. A refusal naming `customFields.<key>` is shown next to that field.
import { Fragment } from 'preact';
import { useEffect } from 'preact/hooks';
import type { ApiError } from './api';
import { warekiDate } from './dates';
import { graphql } from './gql';
import type { CustomFieldType } from './gql/graphql';
import { useQuery } from './hooks';

const DefsDoc = graphql(`
  query PortalCustomFields {
    customFieldDefinitions(target: PROPOSAL) {
      id
      key
      labelJa
      type
      required
      order
      choices {
        value
        labelJa
      }
    }
  }
`);

/** CustomFieldValue is one custom field's answer in CustomFieldValueInput's shape. */
export interface CustomFieldValue {
  text?: string;
  number?: number;
  date?: string;
  boolean?: boolean;
  choices?: string[];
}

/** CustomFieldValues maps a custom field's key to its answer. */
export type CustomFieldValues = Record<string, CustomFieldValue>;

/** CustomFieldsProps are the answers, their setter and the last refusal of the form. */
export interface CustomFieldsProps {
  values: CustomFieldValues;
  onChange: (v: CustomFieldValues) => void;
  error?: ApiError;
}

const prefix = 'customFields.';

/** customFieldKey answers the key a refusal names (field "customFields.<key>"), or ''. */
export function customFieldKey(error: ApiError | undefined): string {
  return error?.code === 'BAD_USER_INPUT' && error.field?.startsWith(prefix) ? error.field.slice(prefix.length) : '';
}

// answered tells an answer that says something from an empty one, which is not sent.
function answered(v: CustomFieldValue | undefined): v is CustomFieldValue {
  if (!v) return false;
  if (v.text !== undefined) return v.text.trim() !== '';
  if (v.number !== undefined) return Number.isFinite(v.number);
  if (v.date !== undefined) return v.date !== '';
  if (v.boolean !== undefined) return true;
  if (v.choices !== undefined) return v.choices.length > 0;
  return false;
}

/**
 * customFieldsInput is what the answers add to CreateProposalInput or UpdateProposalInput:
 * every field that has an answer (an update replaces the list, so all of them each time).
 */
export function customFieldsInput(values: CustomFieldValues): { customFields: Array<{ key: string } & CustomFieldValue> } {
  return {
    customFields: Object.entries(values)
      .filter(([, v]) => answered(v))
      .map(([key, v]) => ({ key, ...v })),
  };
}

const fieldId = (key: string) => `cf-${key}`;
const errorId = (key: string) => `cf-${key}-error`;

/**
 * CustomFields renders one control per definition, in the desk's order, each with its
 * Japanese label: TEXT → input, LONG_TEXT → textarea, NUMBER → number, DATE → date,
 * SINGLE_CHOICE → select, MULTIPLE_CHOICE → check boxes, BOOLEAN → はい／いいえ. Nothing when
 * the municipality defines none.
 */
export function CustomFields({ values, onChange, error }: CustomFieldsProps) {
  const q = useQuery(DefsDoc, {});
  const bad = customFieldKey(error);
  const defs = [...(q.data?.customFieldDefinitions ?? [])].sort((a, b) => a.order - b.order);
  useEffect(() => {
    if (!bad) return;
    // The desk may have changed the fields while the proposer wrote: read them again, and
    // take the proposer to the field the server named.
    void q.reload();
    document.getElementById(fieldId(bad))?.focus();
  }, [error]);
  if (q.error) return <p class="error">追加の項目を読み込めませんでした。{q.error.sentence()}</p>;
  if (defs.length === 0) return null;
  const set = (key: string, v: CustomFieldValue) => onChange({ ...values, [key]: v });
  return (
    <fieldset class="custom-fields">
      <legend>自治体が定める項目</legend>
      {defs.map((d) => {
        const v = values[d.key] ?? {};
        const invalid = d.key === bad;
        const req = d.required ? <span class="req">（必須）</span> : null;
        const msg = invalid ? (
          <span class="field-error" id={errorId(d.key)}>
            この項目を確認してください。{error!.serverMessage && `（サーバーの説明: ${error!.serverMessage}）`}
          </span>
        ) : null;
        const aria = { 'aria-invalid': invalid ? ('true' as const) : undefined, 'aria-describedby': invalid ? errorId(d.key) : undefined };
        const control = () => {
          switch (d.type as CustomFieldType) {
            case 'BOOLEAN':
            case 'MULTIPLE_CHOICE': {
              const options = d.type === 'BOOLEAN' ? [{ value: 'true', labelJa: 'はい' }, { value: 'false', labelJa: 'いいえ' }] : d.choices;
              const many = d.type === 'MULTIPLE_CHOICE';
              const chosen = many ? (v.choices ?? []) : v.boolean === undefined ? [] : [String(v.boolean)];
              return (
                <fieldset key={d.id} class="choices">
                  <legend>
                    {d.labelJa}
                    {req}
                  </legend>
                  {options.map((o, i) => (
                    <label key={o.value} class="check">
                      <input
                        id={i === 0 ? fieldId(d.key) : undefined}
                        type={many ? 'checkbox' : 'radio'}
                        name={fieldId(d.key)}
                        value={o.value}
                        checked={chosen.includes(o.value)}
                        // A check box group is required until one box is checked.
                        required={d.required && (!many || chosen.length === 0)}
                        {...aria}
                        onChange={(e) => {
                          if (!many) return set(d.key, { boolean: o.value === 'true' });
                          const on = e.currentTarget.checked;
                          set(d.key, { choices: d.choices.map((c) => c.value).filter((c) => (c === o.value ? on : chosen.includes(c))) });
                        }}
                      />
                      {o.labelJa}
                    </label>
                  ))}
                  {msg}
                </fieldset>
              );
            }
            case 'SINGLE_CHOICE':
              return (
                <label key={d.id}>
                  {d.labelJa}
                  {req}
                  <select id={fieldId(d.key)} required={d.required} value={v.choices?.[0] ?? ''} onChange={(e) => set(d.key, { choices: e.currentTarget.value ? [e.currentTarget.value] : [] })} {...aria}>
                    <option value="">選んでください</option>
                    {d.choices.map((c) => (
                      <option key={c.value} value={c.value}>
                        {c.labelJa}
                      </option>
                    ))}
                  </select>
                </label>
              );
            case 'LONG_TEXT':
              return (
                <label key={d.id}>
                  {d.labelJa}
                  {req}
                  <textarea id={fieldId(d.key)} rows={5} maxLength={10000} required={d.required} value={v.text ?? ''} onInput={(e) => set(d.key, { text: e.currentTarget.value })} {...aria} />
                </label>
              );
            case 'NUMBER':
              return (
                <label key={d.id}>
                  {d.labelJa}
                  {req}
                  <input
                    id={fieldId(d.key)}
                    type="number"
                    step="any"
                    inputMode="decimal"
                    required={d.required}
                    value={v.number ?? ''}
                    onInput={(e) => {
                      const n = e.currentTarget.valueAsNumber;
                      set(d.key, Number.isFinite(n) ? { number: n } : {});
                    }}
                    {...aria}
                  />
                </label>
              );
            case 'DATE':
              return (
                <label key={d.id}>
                  {d.labelJa}
                  {req}
                  <input id={fieldId(d.key)} type="date" required={d.required} value={v.date ?? ''} onInput={(e) => set(d.key, e.currentTarget.value ? { date: e.currentTarget.value } : {})} {...aria} />
                </label>
              );
            default:
              return (
                <label key={d.id}>
                  {d.labelJa}
                  {req}
                  <input id={fieldId(d.key)} maxLength={200} required={d.required} value={v.text ?? ''} onInput={(e) => set(d.key, { text: e.currentTarget.value })} {...aria} />
                </label>
              );
          }
        };
        return (
          <Fragment key={d.id}>
            {control()}
            {d.type !== 'BOOLEAN' && d.type !== 'MULTIPLE_CHOICE' && msg}
          </Fragment>
        );
      })}
    </fieldset>
  );
}

/** CustomFieldAnswer is one value as Proposal.customFields answers it. */
export interface CustomFieldAnswer {
  key: string;
  definition: { labelJa: string; type: CustomFieldType; choices: Array<{ value: string; labelJa: string }> };
  text?: string | null;
  number?: number | null;
  date?: string | null;
  boolean?: boolean | null;
  choices?: string[] | null;
}

// shown writes one value as a Japanese reader expects it.
function shown(a: CustomFieldAnswer): string {
  switch (a.definition.type) {
    case 'NUMBER':
      return a.number == null ? '' : a.number.toLocaleString('ja-JP');
    case 'DATE':
      return warekiDate(a.date);
    case 'BOOLEAN':
      return a.boolean == null ? '' : a.boolean ? 'はい' : 'いいえ';
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE':
      return (a.choices ?? []).map((c) => a.definition.choices.find((d) => d.value === c)?.labelJa ?? c).join('、');
    default:
      return a.text ?? '';
  }
}

/** CustomFieldList shows the values of an item's custom fields, in the desk's order. */
export function CustomFieldList({ values }: { values: CustomFieldAnswer[] }) {
  if (values.length === 0) return null;
  return (
    <>
      <h3>自治体が定める項目</h3>
      <dl class="facts" data-testid="custom-fields">
        {values.map((a) => (
          <Fragment key={a.key}>
            <dt>{a.definition.labelJa}</dt>
            <dd class={a.definition.type === 'LONG_TEXT' ? 'pre' : undefined}>{shown(a) || '—'}</dd>
          </Fragment>
        ))}
      </dl>
    </>
  );
}
