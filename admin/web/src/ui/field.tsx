// Form fields, each with its own <label>, help text and error tied by aria-describedby.
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { t } from '../i18n/common';

interface Common {
  label: string;
  help?: string;
  error?: string;
  required?: boolean;
  name?: string;
  testid?: string;
}

function Label({ id, label, required }: { id: string; label: string; required?: boolean }) {
  return (
    <label for={id}>
      {label}
      {required && <span class="required"> （{t('required')}）</span>}
    </label>
  );
}

function described(id: string, help?: string, error?: string): string | undefined {
  const ids = [help ? `${id}-help` : '', error ? `${id}-err` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

function Foot({ id, help, error }: { id: string; help?: string; error?: string }) {
  return (
    <>
      {help && (
        <p class="help" id={`${id}-help`}>
          {help}
        </p>
      )}
      {error && (
        <p class="field-error" id={`${id}-err`}>
          {error}
        </p>
      )}
    </>
  );
}

/** TextField is a one-line input (text, email, password, date, search). */
export function TextField(p: Common & { value: string; onInput: (v: string) => void; type?: 'text' | 'email' | 'password' | 'date' | 'search' | 'number' | 'tel' | 'url' | 'datetime-local'; autocomplete?: string; maxLength?: number }) {
  const id = useId();
  return (
    <div class="field">
      <Label id={id} label={p.label} required={p.required} />
      <input
        id={id}
        name={p.name}
        type={(p.type ?? 'text') as 'text'}
        value={p.value}
        required={p.required}
        autocomplete={p.autocomplete}
        maxLength={p.maxLength}
        aria-invalid={p.error ? 'true' : undefined}
        aria-describedby={described(id, p.help, p.error)}
        data-testid={p.testid}
        onInput={(e) => p.onInput(e.currentTarget.value)}
      />
      <Foot id={id} help={p.help} error={p.error} />
    </div>
  );
}

/** TextArea is a multi-line input. */
export function TextArea(p: Common & { value: string; onInput: (v: string) => void; rows?: number }) {
  const id = useId();
  return (
    <div class="field">
      <Label id={id} label={p.label} required={p.required} />
      <textarea
        id={id}
        name={p.name}
        rows={p.rows ?? 4}
        value={p.value}
        required={p.required}
        aria-invalid={p.error ? 'true' : undefined}
        aria-describedby={described(id, p.help, p.error)}
        data-testid={p.testid}
        onInput={(e) => p.onInput(e.currentTarget.value)}
      />
      <Foot id={id} help={p.help} error={p.error} />
    </div>
  );
}

/** Option is one choice of a Select. */
export interface Option {
  value: string;
  label: string;
}

/** Select is a native drop-down. */
export function Select(p: Common & { value: string; onChange: (v: string) => void; options: Option[] }) {
  const id = useId();
  return (
    <div class="field">
      <Label id={id} label={p.label} required={p.required} />
      <select
        id={id}
        name={p.name}
        value={p.value}
        required={p.required}
        aria-invalid={p.error ? 'true' : undefined}
        aria-describedby={described(id, p.help, p.error)}
        data-testid={p.testid}
        onChange={(e) => p.onChange(e.currentTarget.value)}
      >
        {p.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Foot id={id} help={p.help} error={p.error} />
    </div>
  );
}

/** Checkbox is a labelled check box. */
export function Checkbox(p: Omit<Common, 'required'> & { checked: boolean; onChange: (v: boolean) => void }) {
  const id = useId();
  return (
    <div class="field field-check">
      <input
        id={id}
        type="checkbox"
        name={p.name}
        checked={p.checked}
        aria-describedby={described(id, p.help, p.error)}
        data-testid={p.testid}
        onChange={(e) => p.onChange(e.currentTarget.checked)}
      />
      <label for={id}>{p.label}</label>
      <Foot id={id} help={p.help} error={p.error} />
    </div>
  );
}

/** Fieldset groups related fields (radio buttons, a date range) under a legend. */
export function Fieldset({ legend, children, class: cls }: { legend: string; children: ComponentChildren; class?: string }) {
  return (
    <fieldset class={`fieldset ${cls ?? ''}`}>
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}
