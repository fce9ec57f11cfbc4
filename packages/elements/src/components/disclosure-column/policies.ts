/**
 * The 政策文件 section of the column: policy documents by level and area, with their 解读, and one
 * policy on a page of its own (its facts, the original, its 解读), at the address of the static
 * page `gov-disclosure build --html` writes for it. Loaded when the section is first opened.
 */
import '../../i18n/sections.js';
import { isSafeUrl, POLICY_LEVEL_IDS, type Area, type PolicyDocument, type PolicyLevel } from '@gov-disclosure/sdk';
import { css, html, nothing, type ReactiveElement } from 'lit';
import { inPlace } from '../../base/plain-click.js';
import { resolveUrl } from '../../base/states.js';
import type { MessageKey } from '../../i18n/index.js';
import type { SectionsView } from './sections.js';

export interface PoliciesView {
  /** The column: the filters are its state, and it renders again when they change. */
  host: ReactiveElement;
  policies: PolicyDocument[];
  areas: Area[];
  /** The policy open, if any. */
  policy: string | undefined;
  /** The column's address of a policy (of the list, with none). */
  href: (policy?: string) => string;
  /** Moves the column to a policy (or the list, with none). */
  open: (policy: string | undefined) => void;
  src: string | undefined;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  data: (text: string | undefined) => string;
}

/** The section as the column hands it over, with its policies once loaded. */
export function renderSection(s: SectionsView, policies: PolicyDocument[]) {
  return renderPolicies({
    host: s.host,
    policies,
    areas: s.data.areas.value ?? [],
    policy: s.policy,
    href: s.policyHref,
    open: (policy) => s.go({ section: 'policies', policy }),
    src: s.src,
    t: (key, params) => s.locale.t(key, params),
    data: (text) => s.locale.data(text),
  });
}

/** Each column's filters: the level and the area shown. */
const filters = new WeakMap<ReactiveElement, { level: PolicyLevel | ''; area: string }>();

/** Clears a column's filters (a kiosk's reset). */
export function forget(host: ReactiveElement): void {
  filters.delete(host);
}

/**
 * A policy opened from the list: its heading on screen with the focus. Back to the list (`policy`
 * none): the link of the policy `from`, so that the visitor goes on where they were.
 */
function open(v: PoliciesView, policy: string | undefined, from?: string): void {
  v.open(policy);
  void v.host.updateComplete.then(() => {
    const root = v.host.renderRoot;
    const target = policy ? root.querySelector<HTMLElement>('.policy-detail h2') : root.querySelector<HTMLElement>(`[data-policy="${CSS.escape(from!)}"]`);
    target?.focus({ preventScroll: true });
    target?.scrollIntoView({ block: policy ? 'start' : 'center' });
  });
}

export function renderPolicies(v: PoliciesView) {
  const policy = v.policy ? v.policies.find((p) => p.id === v.policy) : undefined;
  if (policy) return renderPolicy(v, policy);
  const { t, host } = v;
  const f = filters.get(host) ?? { level: '', area: '' };
  filters.set(host, f);
  const set = (change: Partial<typeof f>) => {
    Object.assign(f, change);
    host.requestUpdate();
  };
  const shown = v.policies.filter((p) => (!f.level || p.level === f.level) && (!f.area || p.area === f.area));
  const link = (url: string, text: string) => (isSafeUrl(url) ? html`<a href=${resolveUrl(url, v.src)}>${text}</a>` : text);
  return html`${v.policy ? html`<p class="state" role="alert">${t('errorNotFound')}</p>` : nothing}
    <div class="policy-filters">
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
              <a class="policy-title" data-policy=${p.id} href=${v.href(p.id)} @click=${(e: MouseEvent) => inPlace(e, () => open(v, p.id))}>${v.data(p.title)}</a>
              <span class="muted">${[v.data(p.issuer), p.docNo, p.publishedAt].filter(Boolean).join(' · ')}</span>
              ${p.interpretation ? html`<span class="interpretation">${t('policyInterpretation')}：${link(p.interpretation.url, v.data(p.interpretation.title))}</span>` : nothing}
            </li>`,
          )}
        </ul>`
        : html`<p class="state">${t('policiesNone')}</p>`
    }`;
}

/** One policy: its facts, the original, its 解读, and the way back to the list. */
function renderPolicy(v: PoliciesView, p: PolicyDocument) {
  const { t } = v;
  const link = (url: string, text: string) => (isSafeUrl(url) ? html`<a href=${resolveUrl(url, v.src)} rel="noopener">${text}</a>` : text);
  const facts: [MessageKey, string | undefined][] = [
    ['policyLevel', t(`level_${p.level}`)],
    ['policyIssuer', p.issuer && v.data(p.issuer)],
    ['entryDocNo', p.docNo],
    ['entryPublishedAt', p.publishedAt],
  ];
  return html`<article class="policy-detail">
    <a class="policy-back" href=${v.href()} @click=${(e: MouseEvent) => inPlace(e, () => open(v, undefined, p.id))}>${t('policyAll')}</a>
    <h2 class="page-title" tabindex="-1">${v.data(p.title)}</h2>
    <dl class="policy-facts">${facts.map(([label, value]) => (value ? html`<dt>${t(label)}</dt><dd>${value}</dd>` : nothing))}</dl>
    <p>${link(p.url, t('entryOriginal'))}</p>
    ${p.interpretation ? html`<p>${t('policyInterpretation')}：${link(p.interpretation.url, v.data(p.interpretation.title))}</p>` : nothing}
  </article>`;
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
  .policy-detail h2 {
    margin: 0.5em 0;
    font-size: var(--_font-size-large);
    overflow-wrap: anywhere;
  }
  .policy-facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.3em 1em;
    margin: 0 0 0.75em;
  }
  .policy-facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .interpretation {
    font-size: var(--_font-size-small);
  }
`;
