/**
 * An area of the catalogue with no item open (`area/<area>/`: a home tile, a shared link, a search
 * engine's): its name and its 一级 items with their counts, as the area's static page lists them.
 * Beside the tree it takes the place of "choose an item"; on a phone the tree's drill-down lists
 * the same items, and this is not shown. Loaded when an area is first shown.
 */
import '../../i18n/sections.js';
import type { Area, CatalogueItem, DisclosureClient } from '@gov-disclosure/sdk';
import type { ReactiveElement } from 'lit';
import { Resource } from '../../controllers/resource.js';
import type { SectionsView } from './sections.js';
import { css, html, nothing } from 'lit';
import { inPlace } from '../../base/plain-click.js';
import { renderResource } from '../../base/states.js';
import type { LocaleController } from '../../controllers/locale.js';
import type { Loadable } from '../../controllers/resource.js';

export interface AreaView {
  /** The area and its 一级 items. */
  area: Loadable<[Area | undefined, CatalogueItem[]]>;
  locale: LocaleController;
  /** The column's address of an item. */
  href: (item: string) => string;
  /** Opens an item in place. */
  open: (item: string) => void;
}

/** What each column showed last, and the area (with its items) it reads. */
const shown = new WeakMap<ReactiveElement, SectionsView>();
const loaded = new WeakMap<ReactiveElement, Resource<[Area | undefined, CatalogueItem[]], [DisclosureClient, string]>>();

function areaOf(host: ReactiveElement) {
  let area = loaded.get(host);
  if (!area) {
    area = new Resource(
      host,
      ([client, id], signal) =>
        Promise.all([client.areas({ signal }).then((areas) => areas.find((a) => a.id === id)), client.items(id, undefined, { signal })]),
      () => {
        const s = shown.get(host);
        const client = s?.data.client();
        return s && client && s.section === 'catalogue' && s.area && !s.item ? [client, s.area] : undefined;
      },
    );
    loaded.set(host, area);
    // Made during the column's render, which its update does not run again: the first load starts here.
    area.hostUpdate();
  }
  return area;
}

/** The area of the column's state, as the column hands it over. */
export function renderArea(s: SectionsView) {
  shown.set(s.host, s);
  return renderAreaView({
    area: areaOf(s.host),
    locale: s.locale,
    href: (item) => s.href(item),
    open: (item) => s.go({ section: 'catalogue', item, entry: undefined }),
  });
}

export function renderAreaView(v: AreaView) {
  const { locale } = v;
  const t: LocaleController['t'] = (key, params) => locale.t(key, params);
  const list = (items: CatalogueItem[]) =>
    items.length
      ? html`<ul class="area-items">
          ${items.map(
            (item) => html`<li>
              <a href=${v.href(item.id)} @click=${(e: MouseEvent) => inPlace(e, () => v.open(item.id))}>${locale.data(item.name)}</a>
              ${item.entryCount ? html`<span class="muted">${t('drillEntries', { count: item.entryCount })}</span>` : nothing}
            </li>`,
          )}
        </ul>`
      : html`<p class="state">${t('areaNone')}</p>`;
  return renderResource(locale, v.area, ([area, items]) =>
    area
      ? html`<section class="area-view" aria-labelledby="area-title">
          <h2 class="page-title" id="area-title" tabindex="-1">${locale.data(area.name)}</h2>
          ${
            area.applicable === false
              ? html`<p class="state">${t('areaNotApplicable', { reason: area.notApplicableReason ? `：${locale.data(area.notApplicableReason)}` : '。' })}</p>`
              : list(items)
          }
        </section>`
      : html`<p class="state" role="alert">${t('errorNotFound')}</p>`,
  );
}

export const styles = css`
  .area-view h2 {
    margin: 0 0 0.5em;
    font-size: var(--_font-size-large);
  }
  .area-items {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .area-items li {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 1em;
    padding: 0.5em 0;
    border-bottom: 1px solid var(--gov-color-border-subtle, #e6e6e6);
  }
  .area-items a {
    overflow-wrap: anywhere;
  }
  /* On a phone the tree's drill-down lists the area's items. */
  @media (max-width: 40em) {
    .area-view {
      display: none;
    }
  }
`;
