/**
 * What the office writes into the report: 一、总体情况, 五 and 六 as text, and the figures of
 * 第二十条第（五）（六）（八）项. Checked with the SDK's schema before it is sent; the wrong fields are
 * marked; a user who may not write them reads them in the same form, its fields read-only.
 */
import { ReportInputs } from '@gov-disclosure/sdk/report';
import { html, nothing } from 'lit';
import type { MessageKey } from '../../i18n/index.js';
import type { FormView } from '../staff-desk/step-form.js';

const TEXTS: [name: 'overview' | 'problems' | 'other', label: MessageKey][] = [
  ['overview', 'reportOverview'],
  ['problems', 'reportProblems'],
  ['other', 'reportOther'],
];
const FIGURES: [name: 'licensing' | 'penalties' | 'enforcement' | 'fees', label: MessageKey][] = [
  ['licensing', 'reportLicensing'],
  ['penalties', 'reportPenalties'],
  ['enforcement', 'reportEnforcement'],
  ['fees', 'reportFees'],
];

/** The form's values from what was saved. */
export function inputValues(saved: ReportInputs): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name] of TEXTS) values[name] = saved[name] ?? '';
  for (const [name] of FIGURES) values[name] = saved.decisions?.[name] === undefined ? '' : String(saved.decisions[name]);
  return values;
}

/** The inputs the form's values make, or the names of the fields that are wrong. */
export function inputsOf(v: Record<string, string>): { inputs: ReportInputs } | { invalid: string[] } {
  const decisions: Record<string, number> = {};
  const invalid: string[] = [];
  for (const [name] of FIGURES) {
    // Full-width digits (１２３, from a Chinese keyboard) read as digits; a count is whole, an amount has at most 4 decimals.
    const text = v[name]?.normalize('NFKC').trim();
    if (!text) continue;
    if ((name === 'fees' ? /^\d+(\.\d{1,4})?$/ : /^\d+$/).test(text)) decisions[name] = Number(text);
    else invalid.push(name);
  }
  const raw = { ...Object.fromEntries(TEXTS.flatMap(([name]) => (v[name]?.trim() ? [[name, v[name]!.trim()]] : []))), decisions };
  const parsed = ReportInputs.safeParse(raw);
  if (parsed.success && !invalid.length) return { inputs: parsed.data };
  for (const issue of parsed.error?.issues ?? []) invalid.push(String(issue.path.at(-1)));
  return { invalid };
}

export function renderInputs(v: FormView & { writable: boolean; saved: boolean }) {
  const { t } = v.locale;
  const bad = (name: string) => v.invalid.includes(name);
  return html`<form class="report-inputs" novalidate @submit=${(e: Event) => (e.preventDefault(), v.submit())}>
    <p class="muted">${t(v.writable ? 'reportInputsNote' : 'reportReadOnly')}</p>
    ${v.invalid.length ? html`<p class="error" role="alert">${t('reportInvalid')}</p>` : nothing}
    ${TEXTS.map(
      ([name, label]) => html`<label class="field" for="report-${name}"
        ><span>${t(label)}</span>
        <textarea
          id="report-${name}"
          rows="5"
          ?readonly=${!v.writable}
          .value=${v.values[name] ?? ''}
          @input=${(e: Event) => v.change(name, (e.target as HTMLTextAreaElement).value)}
        ></textarea>
      </label>`,
    )}
    ${FIGURES.map(
      ([name, label]) => html`<label class="field ${bad(name) ? 'invalid' : ''}" for="report-${name}"
        ><span>${t(label)}</span>
        ${bad(name) ? html`<span class="error" id="report-${name}-error">${t(name === 'fees' ? 'reportFeesInvalid' : 'reportCountInvalid')}</span>` : nothing}
        <input
          id="report-${name}"
          inputmode=${name === 'fees' ? 'decimal' : 'numeric'}
          ?readonly=${!v.writable}
          aria-invalid=${String(bad(name))}
          aria-describedby=${bad(name) ? `report-${name}-error` : nothing}
          .value=${v.values[name] ?? ''}
          @input=${(e: Event) => v.change(name, (e.target as HTMLInputElement).value)}
        />
      </label>`,
    )}
    ${
      v.writable
        ? html`<div class="actions">
          <button type="submit" class="primary" ?disabled=${v.busy}>${t('reportSave')}</button>
          ${v.saved ? html`<span class="ok" role="status" tabindex="-1">${t('reportSaved')}</span>` : nothing}
        </div>`
        : nothing
    }
  </form>`;
}
