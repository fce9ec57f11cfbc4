/**
 * `<gov-disclosure-column>`: the element. It holds the column's state (section, item, entry, area,
 * query, jurisdiction, settings) and hands its client and language to everything inside; the
 * address bar (`column-router.ts`), the data (`column-data.ts`), the sections (`sections.ts`), the
 * moves (`navigation.ts`), the jurisdiction switch and the settings each have their own file.
 */
import '../../i18n/core.js';
import { ContextProvider } from '@lit/context';
import { type ColumnInfo, type DisclosureClient } from '@gov-disclosure/sdk';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { GovElement } from '../../base/gov-element.js';
import { renderResource } from '../../base/states.js';
import { clientFor } from '../../controllers/client.js';
import { RovingFocus } from '../../controllers/roving-focus.js';
import { clientContext, localeContext } from '../../context.js';
import type { GovQueryEvent } from '../../events/index.js';
import { stateStyles, tokens } from '../../styles/tokens.js';
import '../catalogue-tree/gov-catalogue-tree.js';
import '../search/gov-search.js';
import { ColumnRouter, type ColumnState, type Section, type UrlStateMode } from '../../controllers/column-router.js';
import { FONT_SCALES, loadSettings, renderSettings, storeSettings, type FontSize, type Settings } from './settings.js';
import { ColumnData } from './column-data.js';
import { styles } from './disclosure-column.styles.js';
import { JurisdictionSwitch } from './jurisdiction-switch.js';
import { ColumnNavigation } from './navigation.js';
import { navLinks, renderAway, renderSection, renderTabs, SectionViews } from './sections.js';

/**
 * @tagname gov-disclosure-column
 * @summary The whole disclosure column (基层政务公开专栏): the one tag a webmaster pastes.
 *
 * @description Lays the column out as the standard asks (三统一): 首页 (the landing view: the four
 * actions, the latest disclosures, the areas with their counts, 依申请公开 and the map), 公开内容 (search, the catalogue
 * tree and the item with 我要看/我要办/我要查/我要评), 政策文件 (national to county, with their
 * interpretations), 公开地图 (the city's and counties' columns), and 专栏导航 (the sub-columns
 * 政府信息公开指南 / 制度 / 法定主动公开内容 / 年报). It reads one source (`src` for a static bundle or
 * `api`) and hands the client to everything inside through context. Its state — section, area,
 * item, entry, policy, jurisdiction — lives in the URL, so that each can be shared and Back and
 * Forward work. A font-size switch, 关怀模式 (elderly mode) and 简/繁/English are built in; the
 * visitor's choices are kept on their device (localStorage, per site) and win over the page's
 * `mode` and `lang`, except that a link with `gov-lang=` asks for its language explicitly.
 *
 * Whatever the page puts inside the tag (say, a link to the full column, or the static page
 * `gov-disclosure build --html` wrote) shows where scripts do not run, is replaced by the column
 * where they do, and shows again under the error when the column's data cannot be loaded.
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
 * @csspart away - The notice shown while a neighbour's column is shown in place (whose it is, and the button back).
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
  /** Where the state lives in the URL: `hash` (default), `query`, `path` (the static pages' addresses, below `url-base`), or `none`. */
  @property({ attribute: 'url-state' }) urlState: UrlStateMode = 'hash';
  /** With `url-state="path"`: the column's root (where its index.html is), relative to the page or absolute. */
  @property({ attribute: 'url-base' }) urlBase?: string;
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
  /** The policy document open in 政策文件 (its own page, as the static pages have it). */
  @state() private policy: string | undefined;
  /** The search query (in the URL too, so that Back from a result returns to the results). */
  @state() private q = '';
  @state() private fontSize: FontSize = 'medium';
  /** A jurisdiction the address named that the matrix does not have. */
  @state() private missing: string | undefined;

  readonly #clientProvider = new ContextProvider(this, { context: clientContext, initialValue: undefined });
  readonly #localeProvider = new ContextProvider(this, { context: localeContext, initialValue: undefined });
  #pageTitle: Promise<unknown> | undefined; // path mode: the page's title controller, added once
  readonly #router = new ColumnRouter(this, {
    state: () => ({
      section: this.section,
      item: this.item,
      entry: this.entry,
      area: this.section === 'catalogue' && !this.item ? this.area : undefined,
      policy: this.section === 'policies' ? this.policy : undefined,
      jurisdiction: this.#switch.away,
      q: this.q || undefined,
    }),
    popped: (state) => {
      const from = this.#switch.away;
      this.#apply(state);
      // Back to the results or the map: the focus on the result opened, or the place chosen.
      if (!this.item && this.q) void this.#nav.search?.focusResult();
      // Back to an item or an entry: on screen again, as the browser keeps a page's place.
      else if (this.section === 'catalogue' && this.item) void this.#nav.returnTo(this.item);
      else if (from && from !== this.#switch.away && this.section === 'map') void this.#nav.focusOnMap(from);
    },
  });
  readonly #tabs = new RovingFocus(this, () => [...(this.shadowRoot?.querySelectorAll<HTMLElement>('[role="tab"]') ?? [])]);
  readonly #switch = new JurisdictionSwitch(this, (code) => (this.missing = code));
  readonly #nav = new ColumnNavigation({
    element: this,
    area: () => this.area,
    go: (change) => this.#go(change),
    switchTo: (code, src) => this.#switch.to(code, src),
    switchHome: () => this.#switch.to(undefined),
  });
  readonly #data = new ColumnData(
    this,
    () => this.#client,
    () => this.section,
    (report) => this.emit('gov-data-skipped', report),
  );
  readonly #views = new SectionViews(this);

  get #client(): DisclosureClient | undefined {
    return this.src || this.api ? clientFor(this.src, this.api) : undefined;
  }

  /**
   * Back to the start: the catalogue with nothing open, the home jurisdiction, the default text
   * size, empty search (a kiosk calls this after some idle minutes).
   */
  reset(): void {
    this.#apply({});
    this.fontSize = 'medium';
    storeSettings(undefined);
    this.#views.loaded.policies?.forget(this);
    this.#router.replace();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // With an API, the column asks "本页内容对您有帮助吗？": the form's code loads on the side.
    if (this.api) void import('../feedback/gov-feedback.js');
    // Owning the address, the column owns the page's title too: it follows what is shown.
    if (this.urlState === 'path') this.#pageTitle ??= import('../../controllers/page-title.js').then(({ PageTitle }) => new PageTitle(this, () => this.item));
    this.#switch.home ??= this.src;
    // The visitor's settings on this device win over the page's; a link's explicit language over both.
    this.#set(loadSettings(), false);
    void this.#router.restore((state) => {
      this.#apply(state);
      // A link to an item or an entry (shared, or from a search engine) opens on it, as an anchor would.
      if (state.item) void this.#nav.revealItem();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#data.hear(undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#views.need(this.section, this.item, this.area);
    const client = this.#client;
    if (this.#clientProvider.value !== client) this.#clientProvider.setValue(client);
    // One bad record hides itself, not the column: each file's malformed records are told once and summed.
    if (this.isConnected) this.#data.hear(client);
    // The children speak the column's language: its own `lang`, else the nearest above it.
    const locale = this.locale.locale;
    if (this.#localeProvider.value !== locale) this.#localeProvider.setValue(locale);
    // On the host, where the tokens are computed, so that the column's own text scales too.
    if (changed.has('fontSize' as keyof GovDisclosureColumn)) this.style.setProperty('--gov-font-scale', String(FONT_SCALES[this.fontSize]));
    // The page gave another src: start from nothing. The column's own switches keep their item.
    if (this.#switch.pageChangedSource(changed.has('src') && changed.get('src') !== undefined)) {
      this.item = undefined;
      this.entry = undefined;
    }
  }

  override render() {
    const column = this.#data.column.value;
    const name = column ? this.data(column.jurisdiction.name) : '';
    return html`<div class="base" part="base" >
      <div class="header" part="header">
        <h1 class="title">${name ? this.t('columnTitle', { name }) : this.t('columnFallback')}</h1>
        ${renderSettings({ mode: this.mode, font: this.fontSize, lang: this.locale.locale, t: (key, params) => this.t(key, params), change: (change) => this.#set(change) })}
      </div>
      ${renderAway({ column, away: !!this.#switch.away, home: this.#switch.homeName(column), t: (key, params) => this.t(key, params), data: (text) => this.data(text), leave: this.#nav.leave })}
      ${
        // No data: the error with its retry, and what the page holds (a static page's content, a link) instead of empty sections.
        this.#data.column.status === 'error' && !column
          ? html`${renderResource(this.locale, this.#data.column, () => nothing)}<slot></slot>`
          : html`${this.#data.skipped ? html`<p class="muted" role="status">${this.t('dataSkipped', { count: this.#data.skipped })}</p>` : nothing}
              ${this.missing ? html`<p class="state" role="alert">${this.t('errorNotFound')}（${this.missing}）</p>` : nothing}
              ${renderTabs({ section: this.section, t: (key) => this.t(key), tabs: this.#tabs, go: (section) => this.#go({ section, area: undefined, policy: undefined }) })}
              <section class="panel" part="panel" id="panel" role="tabpanel" aria-labelledby="tab-${this.section}">${this.#renderSection(column)}</section>
              ${this.api ? html`<gov-feedback class="page-feedback" part="page-feedback" kind="page" mode=${this.mode} api=${this.#client?.api ?? this.api} jurisdiction=${column?.jurisdiction.code ?? nothing} item=${this.item ?? nothing} entry=${this.entry ?? nothing}></gov-feedback>` : nothing}`
      }
    </div>`;
  }

  /** Applies settings (the visitor's, or the device's kept ones), and keeps them on the device. */
  #set(change: Settings, keep = true): void {
    if (change.mode) this.mode = change.mode;
    if (change.font) this.fontSize = change.font;
    if (change.lang) this.setAttribute('lang', change.lang);
    if (keep) storeSettings({ mode: this.mode, font: this.fontSize, lang: this.getAttribute('lang') ?? undefined });
  }

  #renderSection(column: ColumnInfo | undefined) {
    return renderSection({
      host: this,
      views: this.#views,
      data: this.#data,
      section: this.section,
      column,
      locale: this.locale,
      mode: this.mode,
      src: this.#client?.src ?? this.src,
      q: this.q,
      item: this.item,
      entry: this.entry,
      area: this.area,
      policy: this.policy,
      imageHosts: this.imageHosts,
      shareUrl: this.item && this.#router.url({ section: 'catalogue', item: this.item, entry: undefined }),
      searchScope: this.searchScope,
      searchClient: this.searchScope === 'matrix' ? this.#switch.homeClient(this.api) : undefined,
      // On the static pages a county opens its own pages (its link), not its data in place.
      mapNavigate: this.urlState === 'path' ? 'link' : this.mapNavigate,
      place: this.#switch.away ? column?.jurisdiction.name : undefined,
      geojson: this.geojson,
      reviewNumber: this.reviewNumber,
      navLinks: navLinks(column, { guide: this.guideUrl, rules: this.rulesUrl, statutory: this.statutoryUrl, annualReports: this.annualReportsUrl }),
      href: (item, entry) => this.#router.url({ section: 'catalogue', item, entry }),
      policyHref: (policy) => this.#router.url({ section: 'policies', policy }),
      go: this.#nav.home,
      root: this.renderRoot,
      on: {
        select: this.#nav.select,
        query: this.#onQuery,
        entry: this.#nav.entry,
        action: (event) => this.#nav.action(event, (q) => (this.q = this.data(q))),
        jurisdiction: this.#nav.jurisdiction,
      },
    });
  }

  /** Moves to a new state and records it in the history, so that Back returns here. */
  #go(change: Partial<ColumnState>): void {
    this.missing = undefined;
    Object.assign(this, change);
    this.#router.push();
  }

  /** Takes the state the address names (on load, Back and Forward). */
  #apply(s: Partial<ColumnState>): void {
    this.section = s.section ?? 'home';
    ({ item: this.item, entry: this.entry, area: this.area, policy: this.policy } = s);
    if (this.section === 'catalogue' && this.area && !this.item) void this.#nav.showArea(false);
    this.q = s.q ?? '';
    if (s.lang) this.setAttribute('lang', s.lang);
    if (s.jurisdiction !== this.#switch.away) this.#switch.to(s.jurisdiction);
  }

  #onQuery = (event: GovQueryEvent): void => {
    this.q = event.detail.q;
    // Typing is not a step of its own in the history: the query rides on the current entry.
    this.#router.replace();
  };
}
