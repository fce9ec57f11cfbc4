/**
 * An item's entries: the filters (五公开, text) and the count, then the list box of entries newest
 * first, only the rows on screen rendered (`VirtualList`), pages read as they scroll into view.
 */
import { STAGE_IDS, type DisclosureEntry, type Stage } from '@gov-disclosure/sdk';
import { html, nothing } from 'lit';
import { cssProps } from '../../base/css-props.js';
import { highlight, renderError } from '../../base/states.js';
import type { LocaleController } from '../../controllers/locale.js';
import type { VirtualList } from '../../controllers/virtual-list.js';
import type { EntryPages } from './entry-pages.js';

export interface ListView {
  pages: EntryPages | undefined;
  virtual: VirtualList;
  activeIndex: number;
  stage: Stage | '';
  q: string;
  locale: LocaleController;
  setStage: (stage: Stage | '') => void;
  input: (event: Event) => void;
  keydown: (event: KeyboardEvent) => void;
  open: (entry: DisclosureEntry, index: number) => void;
  retry: () => void;
}

/** A list this short is shown whole, in the page's flow: no box to scroll inside (on a phone, hard to tell from the page). */
const SHORT_LIST = 12;

export function renderList(v: ListView) {
  const pages = v.pages;
  const t: LocaleController['t'] = (key, params) => v.locale.t(key, params);
  const total = pages?.total;
  const toolbar = html`<div class="toolbar">
    <label>
      <span>${t('filterStage')}</span>
      <select @change=${(e: Event) => v.setStage((e.target as HTMLSelectElement).value as Stage | '')}>
        <option value="">${t('filterAll')}</option>
        ${STAGE_IDS.map((s) => html`<option value=${s} ?selected=${v.stage === s}>${t(`stage_${s}`)}</option>`)}
      </select>
    </label>
    <label class="grow">
      <span>${t('entriesFilter')}</span>
      <input type="search" .value=${v.q} @input=${v.input} />
    </label>
    <span class="muted" role="status">${total === undefined ? t('loading') : t('entriesTotal', { count: total })}</span>
  </div>`;
  if (pages?.error && total === undefined) {
    return html`${toolbar}${renderError(v.locale, pages.error, v.retry)}`;
  }
  if (total === 0) return html`${toolbar}<p class="state">${t('entriesNone')}</p>`;
  const active = Math.min(v.activeIndex, Math.max(0, (total ?? 1) - 1));
  const needle = v.q.trim();
  const rows = [];
  for (let i = v.virtual.start; i < v.virtual.end; i++) {
    const entry = pages?.at(i);
    rows.push(html`<div
      role="option"
      id="entry-${i}"
      class="entry-row${i === active ? ' active' : ''}${entry?.validity === 'repealed' ? ' repealed' : ''}"
      aria-posinset=${i + 1}
      aria-setsize=${total ?? -1}
      aria-selected=${String(i === active)}
      @click=${() => entry && v.open(entry, i)}
    >
      ${
        entry
          ? html`<time datetime=${entry.publishedAt}>${entry.publishedAt}</time>
            <span class="entry-title">${highlight(v.locale.data(entry.title), needle)}</span>
            ${entry.validity === 'repealed' ? html`<span class="badge">${t('validity_repealed')}</span>` : nothing}`
          : html`<span class="skeleton" aria-hidden="true"></span><span class="visually-hidden">${t('loading')}</span>`
      }
    </div>`);
  }
  return html`${toolbar}
    <div
      class="entries viewport${total !== undefined && total <= SHORT_LIST ? ' short' : ''}"
      part="entries"
      ${cssProps({ '--_rows': String(Math.max(total ?? 8, 1)) })}
      role="listbox"
      tabindex="0"
      aria-label=${t('entries')}
      aria-activedescendant=${total ? `entry-${active}` : nothing}
      @keydown=${v.keydown}
    >
      ${v.virtual.renderWindow(rows)}
    </div>`;
}
