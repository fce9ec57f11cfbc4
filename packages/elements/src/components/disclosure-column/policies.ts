/**
 * The 政策文件 section of the column: policy documents by level and area, with their 解读. Loaded
 * when the section is first opened.
 */
import { isSafeUrl, POLICY_LEVEL_IDS, type Area, type PolicyDocument, type PolicyLevel } from '@gov-disclosure/sdk';
import { html, nothing } from 'lit';
import { resolveUrl } from '../../base/states.js';
import type { MessageKey } from '../../i18n/index.js';

export interface PoliciesView {
  policies: PolicyDocument[];
  areas: Area[];
  level: PolicyLevel | '';
  area: string;
  src: string | undefined;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  data: (text: string | undefined) => string;
  setLevel: (level: PolicyLevel | '') => void;
  setArea: (area: string) => void;
}

export function renderPolicies(v: PoliciesView) {
  const { t } = v;
  const shown = v.policies.filter((p) => (!v.level || p.level === v.level) && (!v.area || p.area === v.area));
  const link = (url: string, text: string) => (isSafeUrl(url) ? html`<a href=${resolveUrl(url, v.src)}>${text}</a>` : text);
  return html`<div class="policy-filters">
      <div role="group" aria-label=${t('policyLevel')}>
        ${(['', ...POLICY_LEVEL_IDS] as const).map(
          (level) => html`<button aria-pressed=${String(v.level === level)} @click=${() => v.setLevel(level)}>
            ${level ? t(`level_${level}`) : t('filterAll')}
          </button>`,
        )}
      </div>
      <label>
        <span>${t('policyArea')}</span>
        <select @change=${(e: Event) => v.setArea((e.target as HTMLSelectElement).value)}>
          <option value="">${t('filterAll')}</option>
          ${v.areas.map((a) => html`<option value=${a.id} ?selected=${v.area === a.id}>${v.data(a.name)}</option>`)}
        </select>
      </label>
    </div>
    ${shown.length
      ? html`<ul class="policies">
          ${shown.map(
            (p) => html`<li>
              <span class="policy-title">${link(p.url, v.data(p.title))}</span>
              <span class="muted">${[v.data(p.issuer), p.docNo, p.publishedAt].filter(Boolean).join(' · ')}</span>
              ${p.interpretation ? html`<span class="interpretation">${t('policyInterpretation')}：${link(p.interpretation.url, v.data(p.interpretation.title))}</span>` : nothing}
            </li>`,
          )}
        </ul>`
      : html`<p class="state">${t('policiesNone')}</p>`}`;
}
