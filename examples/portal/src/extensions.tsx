// Hooks for API additions that are on their way; each is marked HOOK(name) and wired where it
// is used. Until then these render nothing and send nothing, so the portal builds against
// today's schema.
//
// HOOK(custom-fields): the municipality's own proposal fields. When the schema has
//   customFieldDefinitions(target: PROPOSAL) { id key labelJa labelEn type required visibility order choices { value labelJa labelEn } }
// and `customFields: [CustomFieldValueInput!]` ({ key text number date boolean choices }) on
// CreateProposalInput, replace the two functions below with:
//
//   const DefsDoc = graphql(`query PortalCustomFields { customFieldDefinitions(target: PROPOSAL) {
//     id key labelJa type required order choices { value labelJa } } }`);
//   export function CustomFields({ values, onChange }: CustomFieldsProps) {
//     const q = useQuery(DefsDoc, {});
//     const defs = [...(q.data?.customFieldDefinitions ?? [])].sort((a, b) => a.order - b.order);
//     // one <label> per definition: TEXT → <input>, NUMBER → type=number, DATE → type=date,
//     // BOOLEAN → checkbox, CHOICE → <select> (or check boxes when several may be chosen);
//     // `required` adds required; the value goes to values[key] in the input's shape.
//   }
//   export function customFieldsInput(values: CustomFieldValues) {
//     return { customFields: Object.entries(values).map(([key, v]) => ({ key, ...v })) };
//   }
//
// HOOK(slug): case studies link by id today (#/case-studies/<id>); see pages/cases.tsx.
// HOOK(cors): nothing to do in the portal: the desk adds the portal's origin with
//   updateMunicipality(input: { allowedOrigins: [...] }) instead of the server flag.

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

/** CustomFieldsProps are the proposal form's custom field answers and their setter. */
export interface CustomFieldsProps {
  values: CustomFieldValues;
  onChange: (v: CustomFieldValues) => void;
}

/** CustomFields renders the municipality's own proposal fields (HOOK(custom-fields): none yet). */
export function CustomFields(_props: CustomFieldsProps) {
  return null;
}

/** customFieldsInput is what the answers add to CreateProposalInput (HOOK(custom-fields): nothing yet). */
export function customFieldsInput(_values: CustomFieldValues): Record<string, never> {
  return {};
}
