/**
 * The column's open section: 首页 and 公开内容 (search above the home or the catalogue: the tree and
 * the item), 政策文件, 公开地图 and 专栏导航. The home, policy and navigation views load (with their
 * styles and strings) when first shown; the map's and the item view's code too.
 */
import type { ColumnInfo, DisclosureClient } from '@gov-disclosure/sdk';
import { html, nothing, type ReactiveElement } from 'lit';
import { LazyViews } from '../../controllers/later.js';
import { renderResource } from '../../base/states.js';
import type { Section } from '../../controllers/column-router.js';
import type { LocaleController } from '../../controllers/locale.js';
import type { RovingFocus } from '../../controllers/roving-focus.js';
import type { GovActionEvent, GovEntrySelectEvent, GovJurisdictionChangeEvent, GovQueryEvent, GovSelectEvent, GovViewChangeEvent } from '../../events/index.js';
import type { MessageKey } from '../../i18n/index.js';
import type { ColumnData } from './column-data.js';
import type { HomeView } from './home.js';

/** The column's sections, in the order of their tabs. */
const SECTIONS: [Section, MessageKey][] = [
  ['home', 'sectionHome'],
  ['catalogue', 'sectionCatalogue'],
  ['policies', 'sectionPolicies'],
  ['map', 'sectionMap'],
  ['nav', 'sectionNav'],
];

type Views = { home: typeof import('./home.js'); policies: typeof import('./policies.js'); nav: typeof import('./nav.js'); area: typeof import('./area.js') };

/** The views of the sections, as they load; each brings its styles, adopted beside the column's. */
export class SectionViews extends LazyViews<Views> {
  /** The map's view the visitor chose last: the map is made anew when it shows again (Back from a county). */
  mapView: GovViewChangeEvent['detail']['view'] | undefined;

  constructor(host: ReactiveElement) {
    super(host, { home: () => import('./home.js'), policies: () => import('./policies.js'), nav: () => import('./nav.js'), area: () => import('./area.js') });
  }

  /** Starts loading what `section` shows. */
  need(section: Section, item: string | undefined, area: string | undefined): void {
    if (section === 'map') void import('../disclosure-map/gov-disclosure-map.js');
    if (item) void import('../item-view/gov-item-view.js');
    else if (section === 'catalogue' && area) this.load('area').catch(() => undefined);
    if (section in this.loaders) this.load(section as keyof Views).catch(() => undefined);
  }
}

export interface SectionsView extends Pick<HomeView, 'href' | 'go' | 'root'> {
  host: ReactiveElement;
  views: SectionViews;
  data: ColumnData;
  section: Section;
  column: ColumnInfo | undefined;
  locale: LocaleController;
  mode: string;
  src: string | undefined;
  q: string;
  item: string | undefined;
  entry: string | undefined;
  /** The catalogue's area shown when no item is open. */
  area: string | undefined;
  /** The policy open in 政策文件. */
  policy: string | undefined;
  imageHosts: string | undefined;
  /** The address of the open item, for its QR code. */
  shareUrl: string | undefined;
  searchScope: 'column' | 'matrix';
  /** In a matrix search, the home column's client (the one whose index covers every column). */
  searchClient: DisclosureClient | undefined;
  mapNavigate: 'switch' | 'link';
  /** The jurisdiction named before an item's path when the column shows a neighbour's column. */
  place: string | undefined;
  geojson: string | undefined;
  reviewNumber: string | undefined;
  navLinks: [MessageKey, string | undefined][];
  /** The column's address of a policy (of 政策文件, with none). */
  policyHref: (policy?: string) => string;
  on: {
    select: (event: GovSelectEvent) => void;
    query: (event: GovQueryEvent) => void;
    entry: (event: GovEntrySelectEvent) => void;
    action: (event: GovActionEvent) => void;
    jurisdiction: (event: GovJurisdictionChangeEvent) => void;
  };
}

export function renderSection(v: SectionsView) {
  const t: LocaleController['t'] = (key, params) => v.locale.t(key, params);
  const data = (text: string | undefined) => v.locale.data(text);
  const loading = html`<div class="state" role="status" aria-busy="true">${t('loading')}</div>`;
  const { home, policies, nav } = v.views.loaded;
  switch (v.section) {
    case 'nav':
      return nav ? nav.renderNav({ links: v.navLinks, src: v.src, t: (key) => t(key) }) : loading;
    case 'policies':
      return renderResource(v.locale, v.data.policies, (list) => (policies ? policies.renderSection(v, list) : loading));
    case 'map':
      return html`<gov-disclosure-map
        mode=${v.mode}
        navigate=${v.mapNavigate}
        view=${v.views.mapView ?? nothing}
        jurisdiction=${v.column?.jurisdiction.code ?? nothing}
        geojson=${v.geojson ?? nothing}
        review-number=${v.reviewNumber ?? nothing}
        @gov-jurisdiction-change=${v.on.jurisdiction}
        @gov-view-change=${(event: GovViewChangeEvent) => (v.views.mapView = event.detail.view)}
      ></gov-disclosure-map>`;
    default:
      return html`<gov-search mode=${v.mode} scope=${v.searchScope} .q=${v.q} .client=${v.searchClient} @gov-select=${v.on.select} @gov-query=${v.on.query}></gov-search>
        ${
          v.section !== 'home'
            ? renderCatalogue(v, t)
            : v.q
              ? nothing
              : home
                ? home.renderHome({
                    column: v.column,
                    areas: v.data.areas.value,
                    latest: v.data.latest,
                    src: v.src,
                    t,
                    data,
                    href: v.href,
                    go: v.go,
                    root: v.root,
                  })
                : loading
        }`;
  }
}

function renderCatalogue(v: SectionsView, t: LocaleController['t']) {
  return html`<div class="catalogue">
    <gov-catalogue-tree mode=${v.mode} selected=${v.item ?? nothing} @gov-select=${v.on.select}></gov-catalogue-tree>
    ${
      v.item
        ? html`<gov-item-view
            mode=${v.mode}
            item=${v.item}
            entry=${v.entry ?? nothing}
            place=${v.place ?? nothing}
            share-url=${v.shareUrl ?? nothing}
            image-hosts=${v.imageHosts ?? nothing}
            @gov-entry-select=${v.on.entry}
            @gov-select=${v.on.select}
            @gov-action=${v.on.action}
          ></gov-item-view>`
        : v.area && v.views.loaded.area
          ? v.views.loaded.area.renderArea(v)
          : html`<p class="choose">${t('chooseItem')}</p>`
    }
  </div>`;
}

export interface TabsView {
  section: Section;
  t: (key: MessageKey) => string;
  tabs: RovingFocus;
  go: (section: Section) => void;
}

/** The sections as tabs: one in the tab order, arrows move between them. */
export function renderTabs(v: TabsView) {
  return html`<div class="tabs" part="tabs" role="tablist" aria-label=${v.t('sections')} @keydown=${v.tabs.handleKey}>
    ${SECTIONS.map(
      ([id, label]) => html`<button
        role="tab"
        id="tab-${id}"
        aria-controls="panel"
        aria-selected=${String(v.section === id)}
        @click=${() => v.go(id)}
        @focus=${(e: FocusEvent) => v.tabs.setCurrent(e.target as HTMLElement)}
      >${v.t(label)}</button>`,
    )}
  </div>`;
}

/** The standard sub-columns of 专栏导航 and their links: the element's attributes, else the bundle's. */
export function navLinks(
  column: ColumnInfo | undefined,
  own: Partial<Record<'guide' | 'rules' | 'statutory' | 'annualReports', string | undefined>>,
): [MessageKey, string | undefined][] {
  const links = column?.links ?? {};
  return [
    ['navGuide', own.guide ?? links.guide],
    ['navRules', own.rules ?? links.rules],
    ['navStatutory', own.statutory ?? links.statutory],
    ['navAnnualReports', own.annualReports ?? links.annualReports],
  ];
}

export interface AwayView {
  column: ColumnInfo | undefined;
  /** Whether a neighbour's column is shown in place. */
  away: boolean;
  /** The home column's name, when known. */
  home: string | undefined;
  t: LocaleController['t'];
  data: (text: string) => string;
  leave: () => void;
}

/** While a neighbour's column is shown in place (a county the map or a city's search opened): whose it is, and the way back. */
export function renderAway(v: AwayView) {
  if (!v.away || !v.column) return nothing;
  return html`<p class="away" part="away">
    <span>${v.t('awayNotice', { name: v.data(v.column.jurisdiction.name) })}</span>
    <button type="button" @click=${v.leave}>${v.home ? v.t('awayBack', { name: v.data(v.home) }) : v.t('awayBackHome')}</button>
  </p>`;
}
