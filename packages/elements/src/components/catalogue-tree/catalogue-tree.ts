/**
 * `<gov-catalogue-tree>`: the element. It holds the model (`tree-model.ts`), the filters and the
 * active row, and shows them as a WAI-ARIA tree (`tree-view.ts`) or, on a phone, a drill-down
 * (`drill-view.ts`); keys are worked out in `tree-keys.ts`.
 */
import '../../i18n/core.js';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { GovDataElement } from '../../base/gov-data-element.js';
import { renderError, renderResource } from '../../base/states.js';
import { Resource } from '../../controllers/resource.js';
import { VirtualList } from '../../controllers/virtual-list.js';
import { stateStyles, toolbarStyles, tokens } from '../../styles/tokens.js';
import { virtualStyles } from '../../styles/virtual.js';
import { styles } from './catalogue-tree.styles.js';
import { renderFilters } from './filters-view.js';
import { treeKey, TypeAhead, typeAheadTarget } from './tree-keys.js';
import { filterActive, matchesFilter, NameFilter, TreeModel, type TreeFilter, type TreeNode } from './tree-model.js';
import { renderTree } from './tree-view.js';

export type { TreeFilter } from './tree-model.js';
export { TYPE_AHEAD_MS } from './tree-keys.js';

/** Below this width the catalogue is a drill-down, one level at a time. */
const NARROW = '(max-width: 40em)';

/**
 * @tagname gov-catalogue-tree
 * @summary The standard catalogue as a tree: 26 areas → 一级 → 二级 (→ 三级) 事项.
 *
 * @description Implements the WAI-ARIA tree pattern (arrow keys, Home/End, Enter, type-ahead and
 * `*`) with `aria-activedescendant`, so that it can render only the rows on screen: it stays
 * smooth with every one of a county's 2,000+ items expanded. Children load from the source when a
 * node is first expanded. Filters by 五公开 stage, 公开对象, 公开方式 and 公开层级, and by text,
 * highlighting matches. On a narrow screen (a phone) it is a drill-down instead, one level at a
 * time with the path and a step back, each row a full-width target; a filter shows the matches as
 * a tree again.
 *
 * @event gov-select - An item was chosen (Enter, click). `detail.item` is the item.
 *
 * @csspart base - The wrapper.
 * @csspart filters - The filter bar.
 * @csspart tree - The scrolling tree (role="tree").
 * @csspart row - Each row (role="treeitem").
 * @csspart row-selected - The chosen row.
 * @csspart loading - The skeleton shown while data loads (announced as busy).
 * @csspart error - A localised error with a retry, or the way back when what was asked for is not there.
 * @csspart stale - The notice over data kept from before a refresh that failed, with a retry.
 *
 * @cssproperty --gov-color-primary - Accent of the chosen row.
 * @cssproperty --gov-tree-height - Height of the scrolling tree. Default 32rem.
 * @cssproperty --gov-tree-indent - Indent per level. Default 1.25em.
 */
export class GovCatalogueTree extends GovDataElement {
  static override styles = [tokens, stateStyles, toolbarStyles, virtualStyles, styles];

  /** The chosen item's id. */
  @property({ reflect: true }) selected?: string;
  /** Hide the filter bar. */
  @property({ type: Boolean, attribute: 'no-filters' }) noFilters = false;
  /** Expand every node once the catalogue is loaded. */
  @property({ type: Boolean, attribute: 'expand-all' }) expandAllOnLoad = false;
  /** The active filters. */
  @property({ attribute: false }) filter: TreeFilter = {};

  @state() private active: string | undefined;
  /** True while every level is loading for a filter or expand-all. */
  @state() private loadingAll = false;
  /** A branch that could not be loaded, shown with a retry. */
  @state() private loadError: { node: TreeNode; error: unknown } | undefined;
  /** Bumped when the model's rows change, to render again. */
  @state() private version = 0;
  /** On a narrow screen, the node whose children the drill-down lists (none: the areas). */
  @state() private drillAt: TreeNode | undefined;
  /** On a phone, the area or item whose level the drill-down lists. */
  get drillLevel(): string | undefined {
    return this.drillAt?.id;
  }
  #drill: typeof import('./drill-view.js') | undefined;
  private get treeElement() {
    return this.renderRoot.querySelector<HTMLElement>('[role="tree"]');
  }

  readonly #model = new TreeModel({
    items: (area, parent) => (this.client ? this.client.items(area, parent) : Promise.resolve([])),
    changed: () => this.version++,
    failed: (node, error) => (this.loadError = { node, error }),
    loadingAll: (on) => (this.loadingAll = on),
  });
  /** What passes the filter (none: no filter), made once per filter. */
  #match: ((node: TreeNode) => boolean) | undefined;
  readonly #typeAhead = new TypeAhead();
  /** What to reveal once the areas are in, and whether to focus it. */
  #pending: [string, boolean] | undefined;

  readonly #areas = new Resource(
    this,
    async ([client], signal) => {
      const areas = await client.areas({ signal });
      this.#model.setAreas(areas);
      const [reveal, focus] = this.#pending ?? [this.selected, false];
      this.#pending = undefined;
      if (reveal) void this.reveal(reveal, { focus });
      if (this.expandAllOnLoad) await this.expandAll();
      return areas;
    },
    () => (this.client ? ([this.client] as const) : undefined),
  );

  readonly #virtual = new VirtualList(this, { count: () => this.#visibleRows().length });

  /** Expands every node, loading what is not loaded yet. */
  async expandAll(): Promise<void> {
    await this.#model.loadAll();
    await this.#model.expandAll();
    await this.updateComplete;
  }

  /** Collapses every node. */
  collapseAll(): void {
    this.#model.collapseAll();
  }

  /**
   * Expands the path to an item (loading it) and makes it the chosen, active row; given an area
   * (`area:<id>`), expands the area and makes it the active row. With `focus`, the tree (on a
   * phone, the level's name) then takes the focus and comes on screen at its top, as after a tap
   * elsewhere that leads here.
   */
  async reveal(itemId: string, { focus = false }: { focus?: boolean } = {}): Promise<void> {
    // Before the areas are in, `#setAreas` comes back here.
    if (!this.#model.roots.length) return void (this.#pending = [itemId, focus]);
    const node = await this.#model.open(itemId);
    if (!node) return;
    if (node.level > 0) this.selected = itemId;
    // On a phone, an item with items below is a level of the drill-down: it opens at it, its items loaded.
    await this.#model.ensureChildren((this.drillAt = node.level === 0 || this.#model.hasChildren(node) ? node : node.parent));
    this.active = itemId;
    await this.updateComplete;
    this.#virtual.scrollToIndex(this.#visibleRows().indexOf(node), 'center');
    if (focus) {
      // On a phone, the level's name is in the drill-down, whose code may still be on its way.
      if (matchMedia(NARROW).matches && !this.#match) await this.#loadDrill();
      const drill = this.renderRoot.querySelector<HTMLElement>('.drill');
      (drill?.querySelector<HTMLElement>('.here') ?? this.treeElement)?.focus({ preventScroll: true });
      (drill ?? this).scrollIntoView({ block: 'start' });
    }
  }

  override render() {
    return html`<div class="base" part="base">
      ${
        this.noFilters
          ? nothing
          : renderFilters({
              filter: this.filter,
              t: (key, params) => this.t(key, params),
              set: (key, value) => (this.filter = { ...this.filter, [key]: value }),
              expandAll: () => void this.expandAll(),
              collapseAll: () => this.collapseAll(),
            })
      }
      ${renderResource(this.locale, this.#areas, () => (matchMedia(NARROW).matches && !this.#match ? this.#renderDrill() : this.#renderTree()), { skeletonRows: 8 })}
    </div>`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('filter')) {
      const f = this.filter;
      const names = f.text?.trim() ? new NameFilter(f.text.trim(), (name) => this.data(name)) : undefined;
      this.#match = filterActive(f) ? (node) => matchesFilter(node, f, names) : undefined;
      this.#model.changed();
      // Every level loads, and the text filter learns the citizen's words (低保 finds 最低生活保障).
      if (this.#match) void Promise.all([this.#model.loadAll(), this.client && names?.understand(this.client)]).then(() => this.#model.changed());
    }
    if (changed.has('selected') && this.selected && !this.#model.nodes.has(this.selected)) void this.reveal(this.selected);
  }

  protected override updated(): void {
    if (this.treeElement) this.#virtual.attach(this.treeElement);
  }

  #renderDrill() {
    const view = this.#drill;
    if (!view) {
      // Until the drill-down's code is in, the tree.
      void this.#loadDrill();
      return this.#renderTree();
    }
    return view.renderDrill({
      at: this.drillAt,
      roots: this.#model.roots,
      selected: this.selected,
      locale: this.locale,
      hasChildren: (node) => this.#model.hasChildren(node),
      open: (node) => {
        this.drillAt = node;
        if (node?.item) this.emit('gov-select', { item: node.item, drill: true }); // the column gives the level an address, and Back a step
        return this.#model.ensureChildren(node).then(() => this.updateComplete);
      },
      choose: (node) => this.#activate(node),
      root: this.shadowRoot!,
    });
  }

  async #loadDrill(): Promise<void> {
    if (this.#drill) return;
    this.#drill = await import('./drill-view.js');
    this.requestUpdate();
    await this.updateComplete;
  }

  #renderTree() {
    const rows = this.#visibleRows();
    const m = this.#model;
    const failed = this.loadError;
    return html`${failed ? renderError(this.locale, failed.error, () => this.#retry(failed.node), this.data(failed.node.name)) : nothing}
    ${renderTree({
      rows,
      virtual: this.#virtual,
      active: this.active && m.nodes.has(this.active) ? this.active : rows[0]?.id,
      selected: this.selected,
      needle: this.filter.text?.trim(),
      match: this.#match,
      summary: this.loadingAll
        ? this.t('loading')
        : this.#match
          ? this.t('treeMatches', { count: rows.filter((r) => r.item && this.#match!(r)).length })
          : this.t('treeCount', { areas: m.roots.length, items: m.itemCount() }),
      hasChildren: (node) => m.hasChildren(node),
      expanded: m.expanded,
      busy: (node) => m.loading.has(node.id),
      locale: this.locale,
      keydown: this.#onKeyDown,
      focus: this.#onFocus,
      click: (event, node) => this.#onRowClick(event, node),
    })}`;
  }

  #visibleRows(): TreeNode[] {
    return this.#model.rows(this.#match);
  }

  #retry(node: TreeNode): void {
    this.loadError = undefined;
    this.#model.forgetLoaded();
    void this.#model.toggle(node, true);
  }

  #activate(node: TreeNode): void {
    if (node.item) {
      this.selected = node.id;
      this.emit('gov-select', { item: node.item });
    }
    if (this.#model.hasChildren(node) && (!node.item || node.level < 2 || !this.#model.expanded.has(node.id))) void this.#model.toggle(node);
  }

  #onRowClick(event: MouseEvent, node: TreeNode): void {
    this.active = node.id;
    this.treeElement?.focus({ preventScroll: true });
    if ((event.target as HTMLElement).classList.contains('toggle')) void this.#model.toggle(node);
    else this.#activate(node);
  }

  #moveTo(node: TreeNode | undefined): void {
    if (!node) return;
    this.active = node.id;
    this.#virtual.scrollToIndex(this.#visibleRows().indexOf(node));
  }

  /** Focus by keyboard brings the active row into view; a click's (on pointer-down, before the row is chosen) must not scroll it away. */
  #onFocus = (): void => {
    if (this.treeElement!.matches(':focus-visible')) this.#virtual.scrollToIndex(this.#activeIndex(this.#visibleRows()));
  };

  #activeIndex(rows: TreeNode[]): number {
    const index = rows.findIndex((r) => r.id === this.active);
    return index < 0 ? 0 : index;
  }

  #onKeyDown = (event: KeyboardEvent): void => {
    const rows = this.#visibleRows();
    if (!rows.length) return;
    const index = this.#activeIndex(rows);
    const action = treeKey(event.key, rows, index, this.#model, !!this.#match);
    if (action) {
      if ('move' in action) this.#moveTo(action.move);
      if (action.toggle) void this.#model.toggle(...action.toggle);
      if (action.activate) this.#activate(action.activate);
      if (action.open) void Promise.all(action.open.map((node) => this.#model.toggle(node, true)));
    } else {
      // Type-ahead: the next row whose name starts with what was typed in the last moment.
      const word = this.#typeAhead.word(event);
      if (word === undefined) return;
      this.#moveTo(typeAheadTarget(rows, index, word, (row) => [row.name, this.data(row.name)]));
    }
    event.preventDefault();
    event.stopPropagation();
  };
}
