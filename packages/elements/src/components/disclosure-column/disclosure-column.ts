import '../../i18n/core.js';
import { ContextProvider } from '@lit/context';
import { type ColumnInfo, type DisclosureClient, type PolicyDocument } from '@gov-disclosure/sdk';
import { adoptStyles, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { GovElement } from '../../base/gov-element.js';
import { renderResource } from '../../base/states.js';
import { clientFor } from '../../controllers/client.js';
import { Resource } from '../../controllers/resource.js';
import { RovingFocus } from '../../controllers/roving-focus.js';
import { clientContext, localeContext } from '../../context.js';
import type { GovActionEvent, GovEntrySelectEvent, GovJurisdictionChangeEvent, GovQueryEvent, GovSelectEvent } from '../../events/index.js';
import { type MessageKey } from '../../i18n/index.js';
import { stateStyles, tokens } from '../../styles/tokens.js';
import '../catalogue-tree/gov-catalogue-tree.js';
import type { GovCatalogueTree } from '../catalogue-tree/catalogue-tree.js';
import type { GovItemView } from '../item-view/item-view.js';
import '../search/gov-search.js';
import type { GovSearch } from '../search/search.js';
import { ColumnRouter, type ColumnState, type Section, type UrlStateMode } from '../../controllers/column-router.js';
import { FONT_SCALES, loadSettings, renderSettings, storeSettings, type FontSize, type Settings } from './settings.js';
import { styles } from './disclosure-column.styles.js';

const SECTIONS: [Section, MessageKey][] = [
  ['home', 'sectionHome'],
  ['catalogue', 'sectionCatalogue'],
  ['policies', 'sectionPolicies'],
  ['map', 'sectionMap'],
  ['nav', 'sectionNav'],
];

/** The sections' views other than the catalogue's, each loaded (with its strings) when first shown. */
const VIEWS = {
  home: () => import('./home.js'),
  policies: () => import('./policies.js'),
  nav: () => import('./nav.js'),
};
type Views = { home: typeof import('./home.js'); policies: typeof import('./policies.js'); nav: typeof import('./nav.js') };

/**
 * @tagname gov-disclosure-column
 * @summary The whole disclosure column (基层政务公开专栏): the one tag a webmaster pastes.
 *
 * @description Lays the column out as the standard asks (三统一): 首页 (the landing view: the four
 * actions, the latest disclosures, the areas with their counts, 依申请公开 and the map), 公开内容 (search, the catalogue
 * tree and the item with 我要看/我要办/我要查/我要评), 政策文件 (national to county, with their
 * interpretations), 公开地图 (the city's and counties' columns), and 专栏导航 (the sub-columns
 * 政府信息公开指南 / 制度 / 法定主动公开内容 / 年报). It reads one source (`src` for a static bundle or
 * `api`) and hands the client to everything inside through context. Its state — section, item,
 * entry, jurisdiction — lives in the URL, so that an item or an entry can be shared and Back and
 * Forward work. A font-size switch, 关怀模式 (elderly mode) and 简/繁/English are built in; the
 * visitor's choices are kept on their device (localStorage, per site) and win over the page's
 * `mode` and `lang`, except that a link with `gov-lang=` asks for its language explicitly.
 *
 * Whatever the page puts inside the tag (say, a link to the full column) shows where scripts do
 * not run, and is replaced by the column where they do.
 *
 * @dependency gov-search
 * @dependency gov-catalogue-tree
 * @dependency gov-item-view - loaded when an item is first opened
 * @dependency gov-disclosure-map - loaded when the 公开地图 section is first opened
 * @dependency gov-feedback - page feedback (有用 / 没用) when the column has an `api`; loaded on the side
 *
 * @event gov-select - Re-emitted from the tree and search.
 * @event gov-entry-select - Re-emitted from the item view.
 * @event gov-jurisdiction-change - Re-emitted from the map.
 * @event gov-data-skipped - Malformed records of a file were left out (the rest is shown, with one quiet notice for all). `detail.list`, `detail.url`, `detail.count`; once per file.
 *
 * @csspart base - The wrapper.
 * @csspart header - Title and settings.
 * @csspart tabs - The section tabs.
 * @csspart panel - The open section.
 * @csspart page-feedback - The 有用 / 没用 question under the column (with an `api`), about the item and entry open.
 * @csspart loading - The skeleton shown while data loads (announced as busy).
 * @csspart error - A localised error with a retry, or the way back when what was asked for is not there.
 * @csspart stale - The notice over data kept from before a refresh that failed, with a retry.
 *
 * @cssproperty --gov-color-primary - The column's accent (default 中国红 #b3261e).
 * @cssproperty --gov-font-size - Body text size (default 16px; 20px in elderly mode).
 * @cssproperty --gov-font-scale - Multiplies every text size (the font-size switch sets it).
 */
export class GovDisclosureColumn extends GovElement {
  static override styles = [tokens, stateStyles, styles];

  /** URL of the bundle manifest (`…/manifest.json`). */
  @property({ reflect: true }) src?: string;
  /** API base URL; reads come from it when there is no `src`, submissions always. */
  @property() api?: string;
  /** The 行政区划代码 shown; set by the map when it switches in place. */
  @property({ reflect: true }) jurisdiction?: string;
  /** Where the state lives in the URL: `hash` (default), `query`, or `none`. */
  @property({ attribute: 'url-state' }) urlState: UrlStateMode = 'hash';
  /** What choosing a jurisdiction on the map does: `switch` in place (default) or follow its `link`. */
  @property({ attribute: 'map-navigate' }) mapNavigate: 'switch' | 'link' = 'switch';
  /** `matrix`: 我要查 searches every column of the "1+N" matrix (a city's column and its counties'). */
  @property({ attribute: 'search-scope' }) searchScope: 'column' | 'matrix' = 'column';
  /** Hosts images in entry bodies may load from besides the data's own and its bundle's `hosts`, space-separated. */
  @property({ attribute: 'image-hosts' }) imageHosts?: string;
  /** GeoJSON of the counties for the geographic map, and its 审图号. */
  @property() geojson?: string;
  @property({ attribute: 'review-number' }) reviewNumber?: string;
  /** Links of the standard sub-columns; default to those the bundle names. */
  @property({ attribute: 'guide-url' }) guideUrl?: string;
  @property({ attribute: 'rules-url' }) rulesUrl?: string;
  @property({ attribute: 'statutory-url' }) statutoryUrl?: string;
  @property({ attribute: 'annual-reports-url' }) annualReportsUrl?: string;

  @state() private section: Section = 'home';
  @state() private item: string | undefined;
  @state() private entry: string | undefined;
  /** The area a home tile opened in the catalogue (in the address, so that Back and a shared link return to it). */
  @state() private area: string | undefined;
  /** The search query (in the URL too, so that Back from a result returns to the results). */
  @state() private q = '';
  @state() private fontSize: FontSize = 'medium';
  /** A jurisdiction the address named that the matrix does not have. */
  @state() private missing: string | undefined;
  /** How many malformed records were left out of what the client read. */
  @state() private skipped = 0;

  private get tree() {
    return this.renderRoot.querySelector<GovCatalogueTree>('gov-catalogue-tree');
  }
  private get searchElement() {
    return this.renderRoot.querySelector<GovSearch>('gov-search');
  }

  readonly #clientProvider = new ContextProvider(this, { context: clientContext, initialValue: undefined });
  readonly #localeProvider = new ContextProvider(this, { context: localeContext, initialValue: undefined });
  readonly #router = new ColumnRouter(this, {
    state: () => ({
      section: this.section,
      item: this.item,
      entry: this.entry,
      area: this.section === 'catalogue' && !this.item ? this.area : undefined,
      jurisdiction: this.src !== this.#homeSrc ? this.jurisdiction : undefined,
      q: this.q || undefined,
    }),
    popped: (state) => {
      this.#apply(state);
      // Back from a result: the results are still there; focus the one that was opened.
      if (!this.item && this.q) void this.searchElement?.focusResult();
    },
  });
  readonly #tabs = new RovingFocus(this, () => [...(this.shadowRoot?.querySelectorAll<HTMLElement>('[role="tab"]') ?? [])]);
  /** The `src` the page gave, before any in-place switch. */
  #homeSrc: string | undefined;
  /** Set while the column itself switches `src` with an item to show there (a 1+N hit, a link). */
  #keepItem = false;
  /** The client whose skipped records are heard, and how to stop hearing them. */
  #heard: [DisclosureClient | undefined, () => void] | undefined;

  readonly #column = new Resource(
    this,
    ([client], signal) => client.column({ signal }),
    () => (this.#client ? ([this.#client] as const) : undefined),
  );
  /** The views of the sections other than the catalogue, as they load. */
  readonly #views: Partial<Views> = {};
  readonly #policies = new Resource(
    this,
    ([client], signal) => client.policies({}, { signal }),
    () => (this.#client && this.section === 'policies' ? ([this.#client] as const) : undefined),
  );
  readonly #areas = new Resource(
    this,
    ([client], signal) => client.areas({ signal }),
    () => (this.#client && (this.section === 'policies' || this.section === 'home') ? ([this.#client] as const) : undefined),
  );
  readonly #latest = new Resource(
    this,
    ([client], signal) => client.latest({ signal }),
    () => (this.#client && this.section === 'home' ? ([this.#client] as const) : undefined),
  );

  get #client(): DisclosureClient | undefined {
    return this.src || this.api ? clientFor(this.src, this.api) : undefined;
  }

  /**
   * Back to the start: the catalogue with nothing open, the home jurisdiction, the default text
   * size, empty search (a kiosk calls this after some idle minutes).
   */
  reset(): void {
    if (this.#homeSrc && this.src !== this.#homeSrc) this.src = this.#homeSrc;
    this.section = 'home';
    this.item = undefined;
    this.entry = undefined;
    this.area = undefined;
    this.fontSize = 'medium';
    storeSettings(undefined);
    this.#views.policies?.forget(this);
    this.q = '';
    this.#router.replace();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // With an API, the column asks "本页内容对您有帮助吗？": the form's code loads on the side.
    if (this.api) void import('../feedback/gov-feedback.js');
    this.#homeSrc ??= this.src;
    // The visitor's settings on this device win over the page's; a link's explicit language over both.
    this.#set(loadSettings(), false);
    const state = this.#router.read();
    if (state) this.#apply(state);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#hear(undefined);
  }

  /**
   * One bad record hides itself, not the column: each file's malformed records, in this element
   * or any inside it, are told to the page once and summed in one quiet notice.
   */
  #hear(client: DisclosureClient | undefined): void {
    if (this.#heard?.[0] === client) return;
    this.#heard?.[1]();
    this.skipped = 0;
    this.#heard = client && [
      client,
      client.onSkipped((report) => {
        this.skipped += report.count;
        this.emit('gov-data-skipped', report);
      }),
    ];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The map's code loads when its section is first opened, the item view's when an item is.
    if (this.section === 'map') void import('../disclosure-map/gov-disclosure-map.js');
    if (this.item) void import('../item-view/gov-item-view.js');
    if (this.section in VIEWS) void this.#loadView(this.section as keyof Views);
    const client = this.#client;
    if (this.#clientProvider.value !== client) this.#clientProvider.setValue(client);
    if (this.isConnected) this.#hear(client);
    // The children speak the column's language: its own `lang`, else the nearest above it.
    const locale = this.locale.locale;
    if (this.#localeProvider.value !== locale) this.#localeProvider.setValue(locale);
    // On the host, where the tokens are computed, so that the column's own text scales too.
    if (changed.has('fontSize' as keyof GovDisclosureColumn)) this.style.setProperty('--gov-font-scale', String(FONT_SCALES[this.fontSize]));
    // The page gave another src: start from nothing. The column's own switches keep their item.
    if (changed.has('src') && changed.get('src') !== undefined && !this.#keepItem) {
      this.item = undefined;
      this.entry = undefined;
    }
    this.#keepItem = false;
  }

  override render() {
    const column = this.#column.value;
    const name = column ? this.data(column.jurisdiction.name) : '';
    return html`<div class="base" part="base" >
      <div class="header" part="header">
        <h1 class="title">${name ? this.t('columnTitle', { name }) : this.t('columnFallback')}</h1>
        ${renderSettings({ mode: this.mode, font: this.fontSize, lang: this.locale.locale, t: (key, params) => this.t(key, params), change: (change) => this.#set(change) })}
      </div>
      ${this.#column.status === 'error' && !column ? renderResource(this.locale, this.#column, () => nothing) : nothing}
      ${this.skipped ? html`<p class="muted" role="status">${this.t('dataSkipped', { count: this.skipped })}</p>` : nothing}
      ${this.missing ? html`<p class="state" role="alert">${this.t('errorNotFound')}（${this.missing}）</p>` : nothing}
      <div class="tabs" part="tabs" role="tablist" aria-label=${this.t('sections')} @keydown=${this.#tabs.handleKey}>
        ${SECTIONS.map(
          ([id, label]) => html`<button
            role="tab"
            id="tab-${id}"
            aria-controls="panel"
            aria-selected=${String(this.section === id)}
            @click=${() => this.#go({ section: id, area: undefined })}
            @focus=${(e: FocusEvent) => this.#tabs.setCurrent(e.target as HTMLElement)}
          >${this.t(label)}</button>`,
        )}
      </div>
      <section class="panel" part="panel" id="panel" role="tabpanel" aria-labelledby="tab-${this.section}">${this.#renderSection(column)}</section>
      ${this.api ? html`<gov-feedback class="page-feedback" part="page-feedback" kind="page" mode=${this.mode} api=${this.#client?.api ?? this.api} jurisdiction=${column?.jurisdiction.code ?? nothing} item=${this.item ?? nothing} entry=${this.entry ?? nothing}></gov-feedback>` : nothing}
    </div>`;
  }

  async #loadView<K extends keyof Views>(name: K): Promise<void> {
    if (this.#views[name]) return;
    const view = (await VIEWS[name]()) as Views[K];
    if (this.#views[name]) return;
    this.#views[name] = view;
    // Each view brings its own styles, adopted beside the column's.
    adoptStyles(this.renderRoot as ShadowRoot, [...GovDisclosureColumn.elementStyles, ...Object.values(this.#views).map((v) => v.styles)]);
    this.requestUpdate();
  }

  /** Applies settings (the visitor's, or the device's kept ones), and keeps them on the device. */
  #set(change: Settings, keep = true): void {
    if (change.mode) this.mode = change.mode;
    if (change.font) this.fontSize = change.font;
    if (change.lang) this.setAttribute('lang', change.lang);
    if (keep) storeSettings({ mode: this.mode, font: this.fontSize, lang: this.getAttribute('lang') ?? undefined });
  }

  #renderSection(column: ColumnInfo | undefined) {
    switch (this.section) {
      case 'nav':
        return this.#views.nav ? this.#views.nav.renderNav({ links: this.#navLinks(column), src: this.src, t: (key) => this.t(key) }) : this.#loading();
      case 'policies':
        return renderResource(this.locale, this.#policies, (policies) => this.#renderPolicies(policies));
      case 'map':
        return html`<gov-disclosure-map
          mode=${this.mode}
          navigate=${this.mapNavigate}
          jurisdiction=${column?.jurisdiction.code ?? nothing}
          geojson=${this.geojson ?? nothing}
          review-number=${this.reviewNumber ?? nothing}
          @gov-jurisdiction-change=${this.#onJurisdiction}
        ></gov-disclosure-map>`;
      default:
        return html`<gov-search
            mode=${this.mode}
            scope=${this.searchScope}
            .q=${this.q}
            .client=${this.searchScope === 'matrix' && this.#homeSrc ? clientFor(this.#homeSrc, this.api) : undefined}
            @gov-select=${this.#onSelect}
            @gov-query=${this.#onQuery}
          ></gov-search>
          ${this.section === 'home' ? (this.q ? nothing : this.#renderHome(column)) : this.#renderCatalogue()}`;
    }
  }

  #loading() {
    return html`<div class="state" role="status" aria-busy="true">${this.t('loading')}</div>`;
  }

  #renderHome(column: ColumnInfo | undefined) {
    if (!this.#views.home) return this.#loading();
    return this.#views.home.renderHome({
      column,
      areas: this.#areas.value,
      latest: this.#latest,
      src: this.src,
      t: (key, params) => this.t(key, params),
      data: (text) => this.data(text),
      href: (item, entry) => this.#router.url({ section: 'catalogue', item, entry }),
      go: (change) => {
        this.#go(change);
        if (change.item) {
          void this.updateComplete.then(() => this.tree?.reveal(change.item!));
          void this.#reveal();
        } else if (change.area) void this.#showArea(true);
      },
      root: this.renderRoot,
    });
  }

  #renderCatalogue() {
    return html`<div class="catalogue">
            <gov-catalogue-tree mode=${this.mode} selected=${this.item ?? nothing} @gov-select=${this.#onSelect}></gov-catalogue-tree>
            ${
              this.item
                ? html`<gov-item-view
              mode=${this.mode}
              item=${this.item ?? nothing}
              entry=${this.entry ?? nothing}
              share-url=${this.item ? this.#router.url({ section: 'catalogue', item: this.item, entry: undefined }) : nothing}
              image-hosts=${this.imageHosts ?? nothing}
              @gov-entry-select=${this.#onEntry}
              @gov-select=${this.#onSelect}
              @gov-action=${this.#onAction}
            ></gov-item-view>`
                : html`<p class="choose">${this.t('chooseItem')}</p>`
            }
          </div>`;
  }

  #renderPolicies(policies: PolicyDocument[]) {
    if (!this.#views.policies) return this.#loading();
    return this.#views.policies.renderPolicies({
      host: this,
      policies,
      areas: this.#areas.value ?? [],
      src: this.src,
      t: (key, params) => this.t(key, params),
      data: (text) => this.data(text),
    });
  }

  #navLinks(column: ColumnInfo | undefined): [MessageKey, string | undefined][] {
    const links = column?.links ?? {};
    return [
      ['navGuide', this.guideUrl ?? links.guide],
      ['navRules', this.rulesUrl ?? links.rules],
      ['navStatutory', this.statutoryUrl ?? links.statutory],
      ['navAnnualReports', this.annualReportsUrl ?? links.annualReports],
    ];
  }

  // ——— State and the URL ———

  /** Moves to a new state and records it in the history, so that Back returns here. */
  #go(change: Partial<ColumnState>): void {
    this.missing = undefined;
    Object.assign(this, change);
    this.#router.push();
  }

  /** Takes the state the address names (on load, Back and Forward). */
  #apply(s: Partial<ColumnState>): void {
    this.section = s.section ?? 'home';
    this.item = s.item;
    this.entry = s.entry;
    this.area = s.area;
    if (this.section === 'catalogue' && this.area && !this.item) void this.#showArea(false);
    this.q = s.q ?? '';
    if (s.lang) this.setAttribute('lang', s.lang);
    if (s.jurisdiction !== (this.src !== this.#homeSrc ? this.jurisdiction : undefined)) this.#switchTo(s.jurisdiction);
  }

  #onQuery = (event: GovQueryEvent): void => {
    this.q = event.detail.q;
    // Typing is not a step of its own in the history: the query rides on the current entry.
    this.#router.replace();
  };

  /** Opens the catalogue at the area in the state: on a phone, its level of the drill-down, on screen from its top. */
  async #showArea(focus: boolean): Promise<void> {
    await this.updateComplete;
    await customElements.whenDefined('gov-catalogue-tree');
    if (this.area) await this.tree?.reveal(`area:${this.area}`, { focus });
  }

  /** After a search result is opened: the item view brings it on screen and focuses it. */
  async #reveal(): Promise<void> {
    await this.updateComplete;
    await customElements.whenDefined('gov-item-view');
    await (this.shadowRoot?.querySelector('gov-item-view') as GovItemView | null)?.reveal();
  }

  /**
   * Shows a jurisdiction's column in place (互通联动), keeping what the caller opens there: with its
   * data's `src`, or found by its code in the home column's matrix (an address naming none says
   * so, over the home column). No code, or the home's src: home, which needs no code in the URL.
   */
  #switchTo(code: string | undefined, src?: string): void {
    if (code && !src) {
      const home = this.#homeSrc ? clientFor(this.#homeSrc, undefined) : this.#client;
      void home
        ?.column()
        .catch(() => undefined)
        .then((column) => {
          const found = column?.jurisdictions?.find((j) => j.code === code)?.data?.src;
          if (found) this.#switchTo(code, found);
          else this.missing = code;
        });
      return;
    }
    const home = !code || sameUrl(src, this.#homeSrc);
    if (home && (!this.#homeSrc || this.src === this.#homeSrc)) return;
    this.#keepItem = true;
    this.src = home ? this.#homeSrc : src;
    this.jurisdiction = home ? undefined : code;
  }

  #onSelect = (event: GovSelectEvent): void => {
    const { item, entry, jurisdiction } = event.detail;
    if (item.level === 0) return;
    // A hit of a matrix search in another column: switch to that column, on that item.
    if (jurisdiction?.data?.src && !sameUrl(jurisdiction.data.src, this.src)) {
      this.#switchTo(jurisdiction.code, jurisdiction.data.src);
      this.#go({ section: 'catalogue', item: item.id, entry });
      void this.#reveal();
      return;
    }
    this.#go({ section: 'catalogue', item: item.id, entry });
    if (event.target !== this.tree) void this.updateComplete.then(() => this.tree?.reveal(item.id));
    // Beside the tree the item is in view already; on a phone it is below the list: bring it there.
    if (event.target !== this.tree || this.tree?.shadowRoot?.querySelector('.drill')) void this.#reveal();
  };

  #onEntry = (event: GovEntrySelectEvent): void => {
    this.#go({ item: event.detail.item, entry: event.detail.entry });
  };

  #onAction = (event: GovActionEvent): void => {
    const { action, item } = event.detail;
    if (action === 'search' && this.searchElement) {
      this.q = this.data(item.name);
      this.searchElement.focus();
    } else if (action === 'view') {
      (event.target as HTMLElement).scrollIntoView({ block: 'start', behavior: 'smooth' });
    }
  };

  #onJurisdiction = (event: GovJurisdictionChangeEvent): void => {
    const { jurisdiction } = event.detail;
    if (this.mapNavigate !== 'switch' || !jurisdiction.data?.src) return;
    event.preventDefault();
    this.#switchTo(jurisdiction.code, jurisdiction.data.src);
    this.#go({ section: 'catalogue', item: undefined, entry: undefined });
  };
}

/** Whether two URLs (absolute, or relative to the page) name the same file. */
function sameUrl(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && new URL(a, location.href).href === new URL(b, location.href).href;
}
