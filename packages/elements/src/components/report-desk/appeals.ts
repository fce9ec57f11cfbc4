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

/** The case the form's values make, or the names of the fields that are wrong. */
export function appealOf(v: Record<string, string>, jurisdiction: string): { appeal: Appeal } | { invalid: string[] } {
  const given = (name: string) => v[name]?.trim() || undefined;
  const raw = { jurisdiction, kind: v.kind, code: given('code'), filedOn: given('filedOn'), result: v.result, decidedOn: given('decidedOn') };
  const parsed = Appeal.safeParse(Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== undefined)));
  const invalid = parsed.success ? [] : parsed.error.issues.map((i) => String(i.path[0]));
  // A decided case says when; a case decided before it was received is a slip of the keyboard.
  if (raw.result !== 'pending' && !raw.decidedOn) invalid.push('decidedOn');
  if (raw.decidedOn && raw.filedOn && raw.decidedOn < raw.filedOn) invalid.push('decidedOn');
  return parsed.success && !invalid.length ? { appeal: parsed.data } : { invalid };
}

export function renderAppeals(v: FormView & { appeals: readonly Appeal[]; writable: boolean; added: boolean }) {
  const { t } = v.locale;
  const bad = (name: string) => v.invalid.includes(name);
  const field = (name: string, label: Parameters<typeof t>[0], type: 'text' | 'date') =>
    html`<label class="field ${bad(name) ? 'invalid' : ''}" for="appeal-${name}"
      ><span>${t(label)}</span>
      <input
        id="appeal-${name}"
        type=${type}
        aria-invalid=${String(bad(name))}
        .value=${v.values[name] ?? ''}
        @input=${(e: Event) => v.change(name, (e.target as HTMLInputElement).value)}
    /></label>`;
  const choose = (name: 'kind' | 'result', label: Parameters<typeof t>[0], ids: readonly { id: string }[], key: (id: string) => Parameters<typeof t>[0]) =>
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
            </tr>
            ${v.appeals.map(
              (a) =>
                html`<tr>
                  <td>${t(`appealKind_${a.kind}`)}</td>
                  <td class="code">${a.code ?? '—'}</td>
                  <td>${a.filedOn}</td>
                  <td>${t(`appealResult_${a.result}`)}</td>
                  <td>${a.decidedOn ?? '—'}</td>
                </tr>`,
            )}
          </table>
        </div>`
      : html`<p class="muted">${t('appealsNone')}</p>`
  }
    ${
      v.writable
        ? html`<form class="appeal-form" novalidate @submit=${(e: Event) => (e.preventDefault(), v.submit())}>
          ${v.invalid.length ? html`<p class="error" role="alert">${t('appealInvalid')}</p>` : nothing}
          ${choose('kind', 'appealKind', APPEAL_KINDS, (id) => `appealKind_${id}` as Parameters<typeof t>[0])}
          ${field('code', 'appealCode', 'text')} ${field('filedOn', 'appealFiledOn', 'date')}
          ${choose('result', 'appealResult', APPEAL_RESULTS, (id) => `appealResult_${id}` as Parameters<typeof t>[0])}
          ${field('decidedOn', 'appealDecidedOn', 'date')}
          <div class="actions">
            <button type="submit" class="primary" ?disabled=${v.busy}>${t('appealsAdd')}</button>
            ${v.added ? html`<span class="ok" role="status">${t('appealsAdded')}</span>` : nothing}
          </div>
        </form>`
        : nothing
    }`;
}
