/**
 * Form fields as the forms render them, following GOV.UK's patterns: a label, a hint, the error
 * above the control, `aria-describedby` tying them together, and a character count that does not
 * cut the citizen off (text over the limit is shown as an error, not silently dropped).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

type T = (key: never, params?: Record<string, string | number>) => string;

export interface TextFieldOptions {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string | undefined;
  required?: boolean;
  /** Shows a character count against this limit. */
  max?: number;
  multiline?: boolean;
  type?: 'text' | 'tel' | 'email';
  autocomplete?: string;
  inputmode?: string;
  hint?: string;
  t: T;
}

/** The number of characters as people count them (an emoji or a rare 汉字 is one). */
export const length = (text: string) => [...text].length;

export function textField(o: TextFieldOptions): TemplateResult {
  const t = o.t as (key: string, params?: Record<string, string | number>) => string;
  const count = length(o.value);
  const over = o.max !== undefined && count > o.max;
  const describedBy = [o.hint && `${o.id}-hint`, o.error && `${o.id}-error`, o.max && `${o.id}-count`].filter(Boolean).join(' ');
  const control = o.multiline
    ? html`<textarea id=${o.id} name=${o.id} rows="4" .value=${o.value} aria-invalid=${o.error || over ? 'true' : 'false'} aria-describedby=${ifDefined(describedBy || undefined)} aria-required=${o.required ? 'true' : 'false'} @input=${(e: Event) => o.onInput((e.target as HTMLTextAreaElement).value)}></textarea>`
    : html`<input id=${o.id} name=${o.id} type=${o.type ?? 'text'} .value=${o.value} autocomplete=${ifDefined(o.autocomplete)} inputmode=${ifDefined(o.inputmode)} aria-invalid=${o.error || over ? 'true' : 'false'} aria-describedby=${ifDefined(describedBy || undefined)} aria-required=${o.required ? 'true' : 'false'} @input=${(e: Event) => o.onInput((e.target as HTMLInputElement).value)} />`;
  return html`<div class="field ${o.error || over ? 'invalid' : ''}" part="field">
    <label for=${o.id}>${o.label}<span class="muted">（${t(o.required ? 'formRequired' : 'formOptional')}）</span></label>
    ${o.hint ? html`<div class="hint muted" id=${`${o.id}-hint`}>${o.hint}</div>` : nothing}
    ${o.error ? html`<div class="error" id=${`${o.id}-error`}>${o.error}</div>` : nothing}
    ${control}
    ${
      o.max !== undefined
        ? html`<div class="counter ${over ? 'over' : ''}" id=${`${o.id}-count`}>${over ? t('formOver', { count: count - o.max }) : t('formCounter', { count, max: o.max })}</div>
          <div class="visually-hidden" aria-live="polite">${over ? t('formOver', { count: count - o.max }) : o.max - count <= Math.max(10, o.max / 10) ? t('formRemaining', { count: o.max - count }) : ''}</div>`
        : nothing
    }
  </div>`;
}

export interface ChoiceOptions<V extends string | number> {
  id: string;
  legend: string;
  type: 'radio' | 'checkbox';
  options: readonly { value: V; label: string }[];
  /** The chosen value (radio) or values (checkbox). */
  value: V | readonly V[] | undefined;
  onChange: (value: V, checked: boolean) => void;
  error?: string | undefined;
  required?: boolean;
  inline?: boolean;
  t: T;
}

/** A group of radios or checkboxes in a fieldset: arrow keys move between radios natively. */
export function choiceGroup<V extends string | number>(o: ChoiceOptions<V>): TemplateResult {
  const t = o.t as (key: string) => string;
  const chosen = (v: V) => (Array.isArray(o.value) ? o.value.includes(v) : o.value === v);
  return html`<fieldset class="field choices ${o.inline ? 'inline' : ''} ${o.error ? 'invalid' : ''}" part="field" id=${o.id} aria-describedby=${ifDefined(o.error ? `${o.id}-error` : undefined)}>
    <legend>${o.legend}${o.required === undefined ? nothing : html`<span class="muted">（${t(o.required ? 'formRequired' : 'formOptional')}）</span>`}</legend>
    ${o.error ? html`<div class="error" id=${`${o.id}-error`}>${o.error}</div>` : nothing}
    <div class="options">
      ${o.options.map(
        (option, i) => html`<label class="option">
          <input type=${o.type} name=${o.id} id=${i === 0 ? `${o.id}-first` : nothing} value=${String(option.value)} .checked=${chosen(option.value)} @change=${(e: Event) => o.onChange(option.value, (e.target as HTMLInputElement).checked)} />
          <span>${option.label}</span>
        </label>`,
      )}
    </div>
  </fieldset>`;
}

export interface SelectOptions<V extends string> {
  id: string;
  label: string;
  options: readonly { value: V | ''; label: string }[];
  value: V | '' | undefined;
  onChange: (value: V | '') => void;
  error?: string | undefined;
  required?: boolean;
  t: T;
}

export function selectField<V extends string>(o: SelectOptions<V>): TemplateResult {
  const t = o.t as (key: string) => string;
  return html`<div class="field ${o.error ? 'invalid' : ''}" part="field">
    <label for=${o.id}>${o.label}<span class="muted">（${t(o.required ? 'formRequired' : 'formOptional')}）</span></label>
    ${o.error ? html`<div class="error" id=${`${o.id}-error`}>${o.error}</div>` : nothing}
    <select id=${o.id} name=${o.id} aria-invalid=${o.error ? 'true' : 'false'} aria-describedby=${ifDefined(o.error ? `${o.id}-error` : undefined)} @change=${(e: Event) => o.onChange((e.target as HTMLSelectElement).value as V)}>
      ${o.options.map((option) => html`<option value=${option.value} ?selected=${option.value === (o.value ?? '')}>${option.label}</option>`)}
    </select>
  </div>`;
}

/** The error summary at the top of a form: each error links to its field; it takes focus on a failed submit. */
export function errorSummary(errors: Record<string, string>, t: T, focusField: (id: string) => void): TemplateResult | typeof nothing {
  const entries = Object.entries(errors);
  if (entries.length === 0) return nothing;
  const tt = t as (key: string, params?: Record<string, string | number>) => string;
  return html`<div class="error-summary" role="alert" tabindex="-1" part="error-summary">
    <p>${tt('formErrorSummary', { count: entries.length })}</p>
    <ul>
      ${entries.map(([id, message]) => html`<li><a href=${`#${id}`} @click=${(e: Event) => (e.preventDefault(), focusField(id))}>${message}</a></li>`)}
    </ul>
  </div>`;
}

/** A field that people leave empty and form-filling robots fill in. Hidden from eyes and from assistive technology. */
export function honeypot(label: string, onInput: (value: string) => void): TemplateResult {
  return html`<div class="honeypot" aria-hidden="true">
    <label>${label}<input type="text" name="website" tabindex="-1" autocomplete="off" @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)} /></label>
  </div>`;
}
