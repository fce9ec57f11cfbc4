/**
 * The 政策文件 section of the column: policy documents by level and area, with their 解读. Loaded
 * when the section is first opened.
 */
import '../../i18n/sections.js';
import { isSafeUrl, POLICY_LEVEL_IDS, type Area, type PolicyDocument, type PolicyLevel } from '@gov-disclosure/sdk';
import { css, html, nothing, type ReactiveElement } from 'lit';
import { resolveUrl } from '../../base/states.js';
import type { MessageKey } from '../../i18n/index.js';

export interface PoliciesView {
  /** The column: the filters are its state, and it renders again when they change. */
  host: ReactiveElement;
  policies: PolicyDocument[];
  areas: Area[];
  src: string | undefined;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  data: (text: string | undefined) => string;
}

/** Each column's filters: the level and the area shown. */
const filters = new WeakMap<ReactiveElement, { level: PolicyLevel | ''; area: string }>();

/** Clears a column's filters (a kiosk's reset). */
export function forget(host: ReactiveElement): void {
  filters.delete(host);
}

export function renderPolicies(v: PoliciesView) {
  const { t, host } = v;
  const f = filters.get(host) ?? { level: '', area: '' };
  filters.set(host, f);
  const set = (change: Partial<typeof f>) => {
    Object.assign(f, change);
    host.requestUpdate();
  };
  const shown = v.policies.filter((p) => (!f.level || p.level === f.level) && (!f.area || p.area === f.area));
  const link = (url: string, text: string) => (isSafeUrl(url) ? html`<a href=${resolveUrl(url, v.src)}>${text}</a>` : text);
  return html`<div class="policy-filters">
      <div role="group" aria-label=${t('policyLevel')}>
        ${(['', ...POLICY_LEVEL_IDS] as const).map(
          (level) => html`<button aria-pressed=${String(f.level === level)} @click=${() => set({ level })}>
            ${level ? t(`level_${level}`) : t('filterAll')}
          </button>`,
        )}
      </div>
      <label>
        <span>${t('policyArea')}</span>
        <select @change=${(e: Event) => set({ area: (e.target as HTMLSelectElement).value })}>
          <option value="">${t('filterAll')}</option>
          ${v.areas.map((a) => html`<option value=${a.id} ?selected=${f.area === a.id}>${v.data(a.name)}</option>`)}
        </select>
      </label>
    </div>
    ${
      shown.length
        ? html`<ul class="policies">
          ${shown.map(
            (p) => html`<li>
              <span class="policy-title">${link(p.url, v.data(p.title))}</span>
              <span class="muted">${[v.data(p.issuer), p.docNo, p.publishedAt].filter(Boolean).join(' · ')}</span>
              ${p.interpretation ? html`<span class="interpretation">${t('policyInterpretation')}：${link(p.interpretation.url, v.data(p.interpretation.title))}</span>` : nothing}
            </li>`,
          )}
        </ul>`
        : html`<p class="state">${t('policiesNone')}</p>`
    }`;
}

export const styles = css`
  .policy-filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
    align-items: end;
    margin-bottom: 0.75em;
  }
  .policy-filters [role='group'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
  }
  .policy-filters button[aria-pressed='true'] {
    background: var(--gov-color-primary, #b3261e);
    border-color: var(--gov-color-primary, #b3261e);
    color: var(--gov-color-on-primary, #fff);
  }
  .policy-filters label {
    display: flex;
    flex-direction: column;
    font-size: var(--_font-size-small);
  }
  .policies {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .policies li {
    display: flex;
    flex-direction: column;
    padding: 0.6em 0;
    border-bottom: 1px solid var(--gov-color-border-subtle, #e6e6e6);
  }
  .policy-title {
    font-weight: 600;
  }
  .interpretation {
    font-size: var(--_font-size-small);
  }
`;
