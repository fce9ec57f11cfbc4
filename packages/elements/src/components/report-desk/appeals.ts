/**
 * The register of appeals the report's section 四 counts: the cases registered (kind, the request
 * it is about, when received, the result and when decided), and a form to register one, checked
 * with the SDK's schema before it is sent.
 */
import { Appeal, APPEAL_KINDS, APPEAL_RESULTS } from '@gov-disclosure/sdk/report';
import { html, nothing } from 'lit';
import type { FormView } from '../staff-desk/step-form.js';

/** A blank case: an administrative review received today, not yet decided. */
export const blankAppeal = (today: string): Record<string, string> => ({ kind: 'review', filedOn: today, result: 'pending' });

/** A registered case in the form, to change it (its result once decided, say). */
export const appealValues = (a: Appeal): Record<string, string> => ({
  ...(a.id ? { id: a.id } : {}),
  kind: a.kind,
  code: a.code ?? '',
  filedOn: a.filedOn,
  result: a.result,
  decidedOn: a.decidedOn ?? '',
});

/** The case the form's values make, or the names of the fields that are wrong (`today`: no case is received later). */
export function appealOf(v: Record<string, string>, jurisdiction: string, today: string): { appeal: Appeal } | { invalid: string[] } {
  const given = (name: string) => v[name]?.trim() || undefined;
  const raw = { id: given('id'), jurisdiction, kind: v.kind, code: given('code'), filedOn: given('filedOn'), result: v.result, decidedOn: given('decidedOn') };
  const parsed = Appeal.safeParse(Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== undefined)));
  const invalid = new Set(parsed.success ? [] : parsed.error.issues.map((i) => String(i.path[0])));
  if (raw.filedOn && raw.filedOn > today) invalid.add('filedOn');
  // A decided case says when, on or after the day it was received.
  if (raw.result !== 'pending' && !raw.decidedOn) invalid.add('decidedOn');
  if (raw.decidedOn && raw.filedOn && raw.decidedOn < raw.filedOn) invalid.add('decidedOn');
  return parsed.success && !invalid.size ? { appeal: parsed.data } : { invalid: [...invalid] };
}

type T = Parameters<FormView['locale']['t']>[0];

/** Why a field is wrong, in words. */
function why(name: string, v: Record<string, string>): T {
  if (name === 'filedOn') return v.filedOn ? 'appealFiledFuture' : 'appealFiledMissing';
  if (name === 'decidedOn') return v.decidedOn ? 'appealDecidedBefore' : 'appealDecidedMissing';
  return 'appealInvalid';
}

export function renderAppeals(v: FormView & { appeals: readonly Appeal[]; writable: boolean; added: boolean; edit: (appeal: Appeal) => void }) {
  const { t } = v.locale;
  const bad = (name: string) => v.invalid.includes(name);
  const editing = !!v.values.id;
  const error = (name: string) => (bad(name) ? html`<span class="error" id="appeal-${name}-error">${t(why(name, v.values))}</span>` : nothing);
  const field = (name: string, label: T, type: 'text' | 'date') =>
    html`<label class="field ${bad(name) ? 'invalid' : ''}" for="appeal-${name}"
      ><span>${t(label)}</span> ${error(name)}
      <input
        id="appeal-${name}"
        type=${type}
        aria-invalid=${String(bad(name))}
        aria-describedby=${bad(name) ? `appeal-${name}-error` : nothing}
        .value=${v.values[name] ?? ''}
        @input=${(e: Event) => v.change(name, (e.target as HTMLInputElement).value)}
    /></label>`;
  const choose = (name: 'kind' | 'result', label: T, ids: readonly { id: string }[], key: (id: string) => T) =>
    html`<label class="field" for="appeal-${name}"
      ><span>${t(label)}</span>
      <select id="appeal-${name}" @change=${(e: Event) => v.change(name, (e.target as HTMLSelectElement).value)}>
        ${ids.map((o) => html`<option value=${o.id} ?selected=${v.values[name] === o.id}>${t(key(o.id))}</option>`)}
      </select></label
    >`;
  return html`${
    v.appeals.length
      ? html`<div class="frame" role="region" tabindex="0" aria-labelledby="appeals-title">
          <table class="appeals">
            <tr>
              <th scope="col">${t('appealKind')}</th>
              <th scope="col">${t('appealCode')}</th>
              <th scope="col">${t('appealFiledOn')}</th>
              <th scope="col">${t('appealResult')}</th>
              <th scope="col">${t('appealDecidedOn')}</th>
              ${v.writable ? html`<td></td>` : nothing}
            </tr>
            ${v.appeals.map(
              (a) =>
                html`<tr>
                  <td>${t(`appealKind_${a.kind}`)}</td>
                  <td class="code">${a.code ?? '—'}</td>
                  <td>${a.filedOn}</td>
                  <td class="result">${t(`appealResult_${a.result}`)}</td>
                  <td>${a.decidedOn ?? '—'}</td>
                  ${v.writable ? html`<td><button type="button" class="edit" @click=${() => v.edit(a)}>${t('appealEdit')}</button></td>` : nothing}
                </tr>`,
            )}
          </table>
        </div>`
      : html`<p class="muted">${t('appealsNone')}</p>`
  }
    ${
      v.writable
        ? html`<form class="appeal-form" novalidate @submit=${(e: Event) => (e.preventDefault(), v.submit())}>
          <h4>${t(editing ? 'appealEditing' : 'appealsAdd')}</h4>
          ${choose('kind', 'appealKind', APPEAL_KINDS, (id) => `appealKind_${id}` as T)} ${field('code', 'appealCode', 'text')}
          ${field('filedOn', 'appealFiledOn', 'date')} ${choose('result', 'appealResult', APPEAL_RESULTS, (id) => `appealResult_${id}` as T)}
          ${field('decidedOn', 'appealDecidedOn', 'date')}
          <div class="actions">
            <button type="submit" class="primary" ?disabled=${v.busy}>${t(editing ? 'appealSave' : 'appealsAdd')}</button>
            ${editing ? html`<button type="button" @click=${v.cancel}>${t('deskCancel')}</button>` : nothing}
            ${v.added ? html`<span class="ok" role="status" tabindex="-1">${t('appealsAdded')}</span>` : nothing}
          </div>
        </form>`
        : nothing
    }`;
}
