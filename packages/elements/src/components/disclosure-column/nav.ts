/**
 * The 专栏导航 section of the column: the standard sub-columns (政府信息公开指南 / 制度 / 法定主动公开内容 /
 * 年报) as links, or a note where the site has set none. Loaded when the section is first opened.
 */
import '../../i18n/sections.js';
import { isSafeUrl } from '@gov-disclosure/sdk';
import { css, html } from 'lit';
import { resolveUrl } from '../../base/states.js';
import type { MessageKey } from '../../i18n/index.js';

export interface NavView {
  /** Each sub-column's label and link (the element's attribute, else the bundle's). */
  links: [MessageKey, string | undefined][];
  src: string | undefined;
  t: (key: MessageKey) => string;
}

export function renderNav(v: NavView) {
  return html`<ul class="nav">
    ${v.links.map(
      ([label, url]) => html`<li>
        ${url && isSafeUrl(url) ? html`<a href=${resolveUrl(url, v.src)}>${v.t(label)}</a>` : html`<span>${v.t(label)}</span> <span class="muted">${v.t('navNone')}</span>`}
      </li>`,
    )}
  </ul>`;
}

export const styles = css`
  .nav {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .nav li {
    padding: 0.6em 0;
    border-bottom: 1px solid var(--gov-color-border-subtle, #e6e6e6);
    min-height: var(--_target);
  }
  /* The link itself is the target, 60 px high in 关怀模式. */
  .nav a {
    display: inline-flex;
    align-items: center;
    min-height: var(--_target);
  }
`;
