/**
 * Where the citizen's choices take the column, and what comes on screen there: an item or entry
 * chosen in the tree, the search results, the item view or the home; a hit in another column of
 * the matrix; a county on the map; an area tile. The column keeps the state; this decides the move.
 */
import type { GovDisclosureMap } from '../disclosure-map/disclosure-map.js';
import type { ColumnState } from '../../controllers/column-router.js';
import type { GovActionEvent, GovEntrySelectEvent, GovJurisdictionChangeEvent, GovSelectEvent } from '../../events/index.js';
import type { GovCatalogueTree } from '../catalogue-tree/catalogue-tree.js';
import type { GovItemView } from '../item-view/item-view.js';
import type { GovSearch } from '../search/search.js';
import { sameUrl } from './jurisdiction-switch.js';

export interface NavigationHost {
  /** The column. */
  element: {
    readonly src?: string | undefined;
    readonly mapNavigate: 'switch' | 'link';
    readonly urlState: string;
    readonly updateComplete: Promise<boolean>;
    readonly renderRoot: HTMLElement | DocumentFragment;
  };
  /** The area in the state, if any. */
  area(): string | undefined;
  /** Moves to a new state, a step in the history. */
  go(change: Partial<ColumnState>): void;
  /** Shows another jurisdiction's column in place. */
  switchTo(code: string, src: string): void;
  /** Shows the home column again. */
  switchHome(): void;
}

export class ColumnNavigation {
  readonly #host: NavigationHost;
  readonly #column: NavigationHost['element'];

  constructor(host: NavigationHost) {
    this.#host = host;
    this.#column = host.element;
  }

  /** The column's search box and results. */
  get search() {
    return this.#column.renderRoot.querySelector<GovSearch>('gov-search');
  }

  get #tree() {
    return this.#column.renderRoot.querySelector<GovCatalogueTree>('gov-catalogue-tree');
  }

  /** 我要查: a search for the item's name, in the column's box; 我要看: the item's 公开信息, below its elements, on screen. */
  action = (event: GovActionEvent, query: (q: string) => void): void => {
    const { action, item } = event.detail;
    const search = this.search;
    if (action === 'search' && search) {
      query(item.name);
      search.focus();
    } else if (action === 'view') {
      const view = event.target as HTMLElement;
      (view.shadowRoot?.querySelector<HTMLElement>('#entries-heading') ?? view).scrollIntoView({ block: 'start' });
    }
  };

  /** From the home: a section, an area of the catalogue, or an item (and entry) opened and shown. */
  home = (change: Partial<ColumnState>): void => {
    this.#host.go(change);
    if (change.item) {
      void this.#column.updateComplete.then(() => this.#tree?.reveal(change.item!));
      void this.revealItem();
    } else if (change.area) void this.showArea(true);
  };

  /** An item (and entry) chosen in the tree, the results or the item view; a hit in another column switches there first. */
  select = (event: GovSelectEvent): void => {
    const { item, entry, jurisdiction, drill } = event.detail;
    // A phone's drill-down at a level: the level's address, a step for Back; the list stays on screen.
    if (drill)
      return this.#host.go({
        section: 'catalogue',
        ...(item.level ? { item: item.id, area: undefined } : { area: item.area, item: undefined }),
        entry: undefined,
      });
    if (item.level === 0) return;
    if (jurisdiction?.data?.src && !sameUrl(jurisdiction.data.src, this.#column.src)) {
      this.#host.switchTo(jurisdiction.code, jurisdiction.data.src);
      this.#host.go({ section: 'catalogue', item: item.id, entry });
      void this.revealItem();
      return;
    }
    this.#host.go({ section: 'catalogue', item: item.id, entry });
    const tree = this.#tree;
    if (event.target !== tree) void this.#column.updateComplete.then(() => this.#tree?.reveal(item.id));
    // Beside the tree the item is in view already; on a phone it is below the list: bring it there.
    if (event.target !== tree || tree?.shadowRoot?.querySelector('.drill')) void this.revealItem();
  };

  entry = (event: GovEntrySelectEvent): void => {
    this.#host.go({ item: event.detail.item, entry: event.detail.entry });
  };

  /**
   * A county on the map: its column in place (unless the column follows links). On the static
   * pages (path mode) the map follows the county's link: its own pages, one address for one column.
   */
  jurisdiction = (event: GovJurisdictionChangeEvent): void => {
    const { jurisdiction } = event.detail;
    if (this.#column.mapNavigate !== 'switch' || !jurisdiction.data?.src || (this.#column.urlState === 'path' && jurisdiction.columnUrl)) return;
    event.preventDefault();
    this.#host.switchTo(jurisdiction.code, jurisdiction.data.src);
    this.#host.go({ section: 'home', item: undefined, entry: undefined });
    this.showTop();
  };

  /** Back to the home column from a neighbour's (its notice's button): its home, from the top. */
  leave = (): void => {
    this.#host.switchHome();
    this.#host.go({ section: 'home', item: undefined, entry: undefined, area: undefined, q: '' });
    this.showTop();
  };

  /** The column is another one now: its top, with its name, comes on screen and takes the focus (on a phone the map was far below it). */
  showTop(): void {
    void this.#column.updateComplete.then(() => {
      const title = this.#column.renderRoot.querySelector<HTMLElement>('.title');
      title?.setAttribute('tabindex', '-1');
      title?.focus({ preventScroll: true });
      (this.#column as unknown as HTMLElement).scrollIntoView?.({ block: 'start' });
    });
  }

  /** Back on the map from a neighbour's column: the focus on the place the visitor had chosen, on screen. */
  async focusOnMap(code: string): Promise<void> {
    await this.#column.updateComplete;
    await customElements.whenDefined('gov-disclosure-map');
    await this.#column.renderRoot.querySelector<GovDisclosureMap>('gov-disclosure-map')?.focusJurisdiction(code);
  }

  /** Opens the catalogue at the state's area: on a phone, its level of the drill-down, on screen from its top. */
  async showArea(focus: boolean): Promise<void> {
    await this.#column.updateComplete;
    await customElements.whenDefined('gov-catalogue-tree');
    const area = this.#host.area();
    if (area) await this.#tree?.reveal(`area:${area}`, { focus });
  }

  /**
   * Back or Forward to an item: the tree at it; on a phone, where it is a level of the drill-down,
   * that level's name on screen with the focus, else the item view's item (or entry).
   */
  async returnTo(item: string): Promise<void> {
    await this.#column.updateComplete;
    const tree = this.#tree;
    await tree?.reveal(item);
    if (tree?.shadowRoot?.querySelector('.drill') && tree.drillLevel === item) await tree.reveal(item, { focus: true });
    else await this.revealItem();
  }

  /** The item view brings the open item (or entry) on screen and focuses it. */
  async revealItem(): Promise<void> {
    await this.#column.updateComplete;
    await customElements.whenDefined('gov-item-view');
    await this.#column.renderRoot.querySelector<GovItemView>('gov-item-view')?.reveal();
  }
}
