import '../../i18n/core.js';
import '../../i18n/sections.js';
import { isSafeUrl, type Jurisdiction } from '@gov-disclosure/sdk';
import { html, nothing, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import { cssProps } from '../../base/css-props.js';
import { untilDrawn } from '../../controllers/later.js';
import { GovDataElement } from '../../base/gov-data-element.js';
import { errorMessage, renderResource } from '../../base/states.js';
import { Resource } from '../../controllers/resource.js';
import { RovingFocus } from '../../controllers/roving-focus.js';
import { stateStyles, tokens } from '../../styles/tokens.js';
import { styles } from './disclosure-map.styles.js';

/** The heading over what a jurisdiction administers, by the level of what is listed. */
const CHILDREN: Partial<Record<Jurisdiction['level'], 'mapCities' | 'mapCounties' | 'mapTownships'>> = {
  city: 'mapCities',
  county: 'mapCounties',
  township: 'mapTownships',
};

/**
 * @tagname gov-disclosure-map
 * @summary 公开地图: the "1+N" matrix of a city's and its counties' disclosure columns.
 *
 * @description By default a schematic map, city → counties → townships as a grid of cards, which
 * needs no map review number (审图号). A geographic view draws the boundaries of GeoJSON the site
 * supplies (`geojson`, features with a `code` or `adcode` property) with d3-geo, loaded only then,
 * and shows the site's 审图号 (`review-number`); rings may wind either way (RFC 7946's
 * counter-clockwise outer rings, as GIS tools export them, or d3's clockwise ones). Every view is keyboard-operable (arrows move
 * between jurisdictions), and a plain list is always one click away.
 *
 * Choosing a jurisdiction follows its column URL (`navigate="link"`, the default), or asks the
 * column around the map to switch to that jurisdiction's data in place (`navigate="switch"`, 互通联动);
 * a jurisdiction with a column URL but no data to switch to is opened by its URL either way.
 *
 * @event gov-jurisdiction-change - A jurisdiction was chosen. Cancelable: cancel to stop the navigation.
 * @event gov-view-change - The visitor chose another view; `detail.view` (a column keeps it, so that Back shows it again).
 *
 * @csspart base - The wrapper.
 * @csspart views - The view switch.
 * @csspart card - Each jurisdiction's card.
 * @csspart map - The geographic SVG.
 * @csspart loading - The skeleton shown while data loads (announced as busy).
 * @csspart error - A localised error with a retry, or the way back when what was asked for is not there.
 * @csspart stale - The notice over data kept from before a refresh that failed, with a retry.
 */
export class GovDisclosureMap extends GovDataElement {
  static override styles = [tokens, stateStyles, styles];

  /** The 行政区划代码 of the column being shown (marked current). */
  @property() jurisdiction?: string;
  /** `link`: follow the column URL; `switch`: switch the column in place (to a jurisdiction with `data`). */
  @property() navigate: 'link' | 'switch' = 'link';
  /** `schematic`, `list` or `geographic` (with `geojson`). */
  @property({ reflect: true }) view: 'schematic' | 'list' | 'geographic' = 'schematic';
  /** URL of a GeoJSON FeatureCollection of the counties, supplied and reviewed by the site. */
  @property() geojson?: string;
  /** The site's map review number (审图号), shown with the geographic view. */
  @property({ attribute: 'review-number' }) reviewNumber?: string;

  /** The county whose townships are shown. */
  @state() private open: string | undefined;

  readonly #roving = new RovingFocus(this, () => [...(this.shadowRoot?.querySelectorAll<HTMLElement>('[data-roving]') ?? [])]);

  readonly #column = new Resource(
    this,
    ([client], signal) => client.column({ signal }),
    () => (this.client ? ([this.client] as const) : undefined),
  );

  readonly #shapes = new Resource(
    this,
    async ([client, url], signal) => {
      // Read through the client (cached, retried, SDK errors), asked for while d3-geo loads.
      client.prefetch(url);
      const geo = await import('./geo.js');
      return geo.project(geo.featuresOf(await client.get(url, geo.FeatureCollection, { signal })), 600, 420);
    },
    () => (this.view === 'geographic' && this.geojson && this.client ? ([this.client, new URL(this.geojson, location.href).href] as const) : undefined),
  );

  override render() {
    const views = (this.geojson ? (['schematic', 'list', 'geographic'] as const) : (['schematic', 'list'] as const)).map(
      (view) => html`<button type="button" aria-pressed=${String(this.view === view)} @click=${() => this.#chooseView(view)}>
        ${this.t(view === 'schematic' ? 'mapSchematic' : view === 'list' ? 'mapList' : 'mapGeographic')}
      </button>`,
    );
    return html`<div class="base" part="base">
      <div class="views" part="views" role="group" aria-label=${this.t('map')}>${views}</div>
      ${renderResource(this.locale, this.#column, (column) => this.#renderView(column.jurisdiction, column.jurisdictions ?? [column.jurisdiction]))}
    </div>`;
  }

  /**
   * Moves the focus to a jurisdiction's card (or shape, or list entry) and brings it on screen, as
   * when the visitor comes back from its column; false when the view does not show it.
   */
  async focusJurisdiction(code: string): Promise<boolean> {
    const selector = `[data-code="${CSS.escape(code)}"]`;
    // Drawn once the matrix has loaded (the map is made anew when it shows again).
    await untilDrawn(() => !!this.renderRoot.querySelector(selector));
    const target = this.renderRoot.querySelector<HTMLElement | SVGElement>(selector);
    if (!target) return false;
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'center' });
    return true;
  }

  #chooseView(view: GovDisclosureMap['view']): void {
    if (view === this.view) return;
    this.view = view;
    this.emit('gov-view-change', { view });
  }

  #renderView(self: Jurisdiction, all: Jurisdiction[]) {
    const current = this.jurisdiction ?? self.code;
    const byParent = new Map<string, Jurisdiction[]>();
    for (const j of all) if (j.parent) byParent.set(j.parent, [...(byParent.get(j.parent) ?? []), j]);
    const top = all.filter((j) => !j.parent || !all.some((p) => p.code === j.parent));
    if (this.view === 'list') return this.#renderList(top, byParent, current);
    if (this.view === 'geographic') return this.#renderGeographic(all, current);
    // One top (the city, or a county on its own): its card, then what it administers. Several: them.
    const city = top.length === 1 ? top[0] : undefined;
    const counties = city ? (byParent.get(city.code) ?? []) : top;
    // The townships of the county shown, or of the one chosen; never the top's own children again.
    const here = all.find((j) => j.code === current);
    const chosen = this.open ?? (byParent.get(current)?.length ? current : here?.parent);
    const open = chosen !== city?.code ? all.find((j) => j.code === chosen) : undefined;
    const townships = open ? (byParent.get(open.code) ?? []) : [];
    return html`<div class="schematic" @keydown=${this.#roving.handleKey}>
      ${city && counties.length ? html`<div class="city">${this.#card(city, current, 'city')}</div>` : nothing}
      ${this.#listing('counties', city, counties, current)} ${this.#listing('townships', open, townships, current)}
    </div>`;
  }

  /**
   * The jurisdictions `parent` administers, as cards under a heading that names them by their level
   * (a city's 县（市、区）, a county's 乡镇（街道）), one heading for each level among them.
   */
  #listing(id: string, parent: Jurisdiction | undefined, children: Jurisdiction[], current: string) {
    const levels = [...new Set(children.map((j) => j.level))];
    return levels.map((level, i) => {
      const key = CHILDREN[level];
      const headingId = `${id}-${i}`;
      const cards = children.filter((j) => j.level === level).map((j) => html`<li>${this.#card(j, current, j.level)}</li>`);
      return parent && key
        ? html`<h3 class="sub" id=${headingId}>${this.t(key, { name: this.data(parent.name) })}</h3>
            <ul class="grid ${id}" role="list" aria-labelledby=${headingId}>${cards}</ul>`
        : html`<ul class="grid ${id}" role="list" aria-label=${this.t('map')}>${cards}</ul>`;
    });
  }

  #card(j: Jurisdiction, current: string, kind: string) {
    const href = j.columnUrl && isSafeUrl(j.columnUrl) ? j.columnUrl : undefined;
    const isCurrent = j.code === current;
    return html`<a
      class="card ${kind}${isCurrent ? ' current' : ''}"
      part="card"
      data-roving
      data-code=${j.code}
      href=${href ?? '#'}
      aria-current=${isCurrent ? 'true' : nothing}
      @click=${(e: MouseEvent) => this.#choose(e, j)}
      @focus=${(e: FocusEvent) => this.#roving.setCurrent(e.target as HTMLElement)}
    >
      <span class="name">${this.data(j.name)}</span>
      <span class="level">${this.t(`jurisdiction_${j.level}`)}${isCurrent ? html`<span class="visually-hidden">（${this.t('mapCurrent')}）</span>` : nothing}</span>
    </a>`;
  }

  #renderList(top: Jurisdiction[], byParent: Map<string, Jurisdiction[]>, current: string) {
    const item = (j: Jurisdiction): unknown => {
      const children = byParent.get(j.code) ?? [];
      const href = j.columnUrl && isSafeUrl(j.columnUrl) ? j.columnUrl : '#';
      return html`<li>
        <a href=${href} data-code=${j.code} aria-current=${j.code === current ? 'true' : nothing} @click=${(e: MouseEvent) => this.#choose(e, j)}>${this.data(j.name)}</a>
        ${children.length ? html`<ul>${children.map(item)}</ul>` : nothing}
      </li>`;
    };
    return html`<ul class="list">${top.map(item)}</ul>`;
  }

  #renderGeographic(all: Jurisdiction[], current: string) {
    const byCode = new Map(all.map((j) => [j.code, j]));
    return html`${renderResource(this.locale, this.#shapes, ({ shapes, box: [x, y, width, height] }) => {
      const named = shapes.map((shape) => ({ shape, j: byCode.get(shape.code), label: this.data(byCode.get(shape.code)?.name ?? shape.name) }));
      // The names are HTML over the drawing, in the column's own (scaled) type, not SVG text that shrinks with the map.
      const at = (c: [number, number]) =>
        cssProps({ left: `${(((c[0] - x) / width) * 100).toFixed(2)}%`, top: `${(((c[1] - y) / height) * 100).toFixed(2)}%` });
      return html`<figure class="geo">
        <div class="frame">
          <svg part="map" viewBox="${x} ${y} ${width} ${height}" role="group" aria-label=${this.t('map')} @keydown=${this.#roving.handleKey}>
            ${named.map(
              ({ shape, j, label }) => svg`<a
                href=${j?.columnUrl && isSafeUrl(j.columnUrl) ? j.columnUrl : '#'}
                data-roving
                data-code=${shape.code}
                role="link"
                aria-label=${label}
                aria-current=${shape.code === current ? 'true' : nothing}
                class=${shape.code === current ? 'region current' : 'region'}
                @click=${(e: MouseEvent) => j && this.#choose(e, j)}
                @focus=${(e: FocusEvent) => this.#roving.setCurrent(e.target as HTMLElement)}
              ><path d=${shape.path}></path></a>`,
            )}
          </svg>
          <div class="labels" aria-hidden="true">
            ${named.map(({ shape, label }) => html`<span class=${shape.code === current ? 'current' : ''} ${at(shape.centre)}>${label}</span>`)}
          </div>
        </div>
        ${this.reviewNumber ? html`<figcaption>${this.t('mapReviewNumber', { number: this.reviewNumber })}</figcaption>` : nothing}
      </figure>`;
    })}${this.#shapes.status === 'error' && !this.#shapes.value ? html`<p class="muted">${errorMessage(this.locale, this.#shapes.error)}</p>` : nothing}`;
  }

  #choose(event: MouseEvent, j: Jurisdiction): void {
    const proceed = this.emit('gov-jurisdiction-change', { jurisdiction: j }, { cancelable: true });
    const hasChildren = this.#column.value?.jurisdictions?.some((c) => c.parent === j.code);
    // Switched in place where there is data to switch to; a column without (a township's on its own site, say) by its link.
    const inPlace = this.navigate === 'switch' && !!j.data?.src;
    if (!proceed || inPlace || !j.columnUrl) {
      event.preventDefault();
      if (hasChildren && j.level === 'county') this.open = j.code;
    }
  }
}
