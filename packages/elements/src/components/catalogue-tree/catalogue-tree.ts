import '../../i18n/core.js';
import type { Area, CatalogueItem } from '@gov-disclosure/sdk';
import { AUDIENCE_IDS, DISCLOSURE_MODE_IDS, LEVEL_IDS, STAGE_IDS } from '@gov-disclosure/sdk';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { cssProps } from '../../base/css-props.js';
import { GovDataElement } from '../../base/gov-data-element.js';
import { highlight, renderError, renderResource } from '../../base/states.js';
import { Resource } from '../../controllers/resource.js';
import { VirtualList } from '../../controllers/virtual-list.js';
import { stateStyles, toolbarStyles, tokens } from '../../styles/tokens.js';
import { virtualStyles } from '../../styles/virtual.js';
import { listMove } from '../../controllers/list-navigation.js';
import { styles } from './catalogue-tree.styles.js';

/** One row of the tree: an area (level 0) or a 一级/二级/三级 item. */
interface TreeNode {
  id: string;
  level: 0 | 1 | 2 | 3;
  name: string;
  area: string;
  parent: TreeNode | undefined;
  item: CatalogueItem | undefined;
  /** How many children the source says there are (before they are loaded). */
  childCount: number;
  children: TreeNode[] | undefined;
  /** Position among siblings, 1-based, and their number (aria-posinset / aria-setsize). */
  position: number;
  siblings: number;
}

/** The filters of the tree: 五公开 stage, 公开对象, 公开方式, 公开层级, and text. */
export interface TreeFilter {
  stage?: (typeof STAGE_IDS)[number] | '';
  audience?: (typeof AUDIENCE_IDS)[number] | '';
  mode?: (typeof DISCLOSURE_MODE_IDS)[number] | '';
  level?: (typeof LEVEL_IDS)[number] | '';
  text?: string;
}

/** How long a pause ends a type-ahead word (the next key starts a new one). */
export const TYPE_AHEAD_MS = 600;
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
  @state() private version = 0;
  /** On a narrow screen, the node whose children the drill-down lists (none: the areas). */
  @state() private drillAt: TreeNode | undefined;
  #drill: typeof import('./drill-view.js') | undefined;
  private get treeElement() {
    return this.renderRoot.querySelector<HTMLElement>('[role="tree"]');
  }

  readonly #nodes = new Map<string, TreeNode>();
  #roots: TreeNode[] = [];
  readonly #expanded = new Set<string>();
  readonly #loading = new Map<string, Promise<void>>();
  #rows: TreeNode[] = [];
  #rowsVersion = -1;
  #typed = '';
  #typedAt = 0;
  #allLoaded: Promise<void> | undefined;
  /** What to reveal once the areas are in, and whether to focus it. */
  #pending: [string, boolean] | undefined;

  readonly #areas = new Resource(
    this,
    async ([client], signal) => {
      const areas = await client.areas({ signal });
      this.#setAreas(areas);
      if (this.expandAllOnLoad) await this.expandAll();
      return areas;
    },
    () => (this.client ? ([this.client] as const) : undefined),
  );

  readonly #virtual = new VirtualList(this, { count: () => this.#visibleRows().length });

  /** Expands every node, loading what is not loaded yet. */
  async expandAll(): Promise<void> {
    await this.#loadAll();
    for (const node of this.#nodes.values()) if (this.#hasChildren(node)) this.#expanded.add(node.id);
    this.#changed();
    await this.updateComplete;
  }

  /** Collapses every node. */
  collapseAll(): void {
    this.#expanded.clear();
    this.#changed();
  }

  /**
   * Expands the path to an item (loading it) and makes it the chosen, active row; given an area
   * (`area:<id>`), expands the area and makes it the active row. With `focus`, the tree (on a
   * phone, the level's name) then takes the focus and comes on screen at its top, as after a tap
   * elsewhere that leads here.
   */
  async reveal(itemId: string, { focus = false }: { focus?: boolean } = {}): Promise<void> {
    // Before the areas are in, `#setAreas` comes back here.
    if (!this.#roots.length) return void (this.#pending = [itemId, focus]);
    const isArea = itemId.startsWith('area:');
    const area = isArea ? itemId.slice(5) : itemId.includes(':') ? itemId.slice(0, itemId.indexOf(':')) : undefined;
    if (area) await this.#ensureChildren(this.#nodes.get(`area:${area}`));
    let node = this.#nodes.get(itemId);
    if (!node) {
      // The item may sit deeper: load the area's levels until it appears.
      await this.#loadAll(area);
      node = this.#nodes.get(itemId);
    }
    if (!node) return;
    for (let up = node.parent; up; up = up.parent) this.#expanded.add(up.id);
    if (isArea) this.#expanded.add(itemId);
    else this.selected = itemId;
    this.drillAt = isArea ? node : node.parent;
    this.active = itemId;
    this.#changed();
    await this.updateComplete;
    this.#virtual.scrollToIndex(this.#visibleRows().indexOf(node), 'center');
    if (focus) {
      // On a phone, the level's name is in the drill-down, whose code may still be on its way.
      if (matchMedia(NARROW).matches && !this.#filterActive()) await this.#loadDrill();
      const drill = this.renderRoot.querySelector<HTMLElement>('.drill');
      (drill?.querySelector<HTMLElement>('.here') ?? this.treeElement)?.focus({ preventScroll: true });
      (drill ?? this).scrollIntoView({ block: 'start' });
    }
  }

  override render() {
    return html`<div class="base" part="base">
      ${this.noFilters ? nothing : this.#renderFilters()}
      ${renderResource(this.locale, this.#areas, () => (matchMedia(NARROW).matches && !this.#filterActive() ? this.#renderDrill() : this.#renderTree()), { skeletonRows: 8 })}
    </div>`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('filter')) {
      this.#changed();
      this.#textMatch = undefined;
      if (this.#filterActive()) void Promise.all([this.#loadAll(), this.#understand(this.filter)]).then(() => this.#changed());
    }
    if (changed.has('selected') && this.selected && !this.#nodes.has(this.selected)) void this.reveal(this.selected);
  }

  protected override updated(): void {
    if (this.treeElement) this.#virtual.attach(this.treeElement);
  }

  #renderFilters() {
    const f = this.filter;
    const select = (key: keyof Omit<TreeFilter, 'text'>, label: string, values: readonly string[], prefix: string) => html`
      <label>
        <span>${label}</span>
        <select .value=${f[key] ?? ''} @change=${(e: Event) => this.#setFilter(key, (e.target as HTMLSelectElement).value)}>
          <option value="">${this.t('filterAll')}</option>
          ${values.map((v) => html`<option value=${v} ?selected=${f[key] === v}>${this.t(`${prefix}_${v}` as never)}</option>`)}
        </select>
      </label>`;
    return html`<div class="filters toolbar" part="filters" role="group" aria-label=${this.t('treeFilter')}>
      <label class="grow">
        <span>${this.t('treeFilter')}</span>
        <input type="search" .value=${f.text ?? ''} placeholder=${this.t('treeFilterPlaceholder')} @input=${(e: Event) => this.#setFilter('text', (e.target as HTMLInputElement).value)} />
      </label>
      ${select('stage', this.t('filterStage'), STAGE_IDS, 'stage')} ${select('audience', this.t('filterAudience'), AUDIENCE_IDS, 'audience')}
      ${select('mode', this.t('filterMode'), DISCLOSURE_MODE_IDS, 'mode')} ${select('level', this.t('filterLevel'), LEVEL_IDS, 'tier')}
      <span class="buttons">
        <button @click=${() => this.expandAll()}>${this.t('expandAll')}</button>
        <button @click=${() => this.collapseAll()}>${this.t('collapseAll')}</button>
      </span>
    </div>`;
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
      roots: this.#roots,
      selected: this.selected,
      locale: this.locale,
      hasChildren: (node) => this.#hasChildren(node),
      open: (node) => ((this.drillAt = node), this.#ensureChildren(node).then(() => this.updateComplete)),
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
    const v = this.#virtual;
    const active = this.active && this.#nodes.has(this.active) ? this.active : rows[0]?.id;
    const needle = this.filter.text?.trim();
    const filtered = this.#filterActive();
    const failed = this.loadError;
    const shown = rows.slice(v.start, v.end);
    return html`
      ${failed ? renderError(this.locale, failed.error, () => this.#retry(failed.node), this.data(failed.node.name)) : nothing}
      <p class="summary muted" role="status">
        ${
          this.loadingAll
            ? this.t('loading')
            : filtered
              ? this.t('treeMatches', { count: rows.filter((r) => r.item && this.#matches(r)).length })
              : this.t('treeCount', { areas: this.#roots.length, items: this.#itemCount() })
        }
      </p>
      <div
        class="tree viewport"
        part="tree"
        role="tree"
        tabindex="0"
        aria-label=${this.t('catalogue')}
        aria-activedescendant=${shown.some((n) => n.id === active) ? rowId(active!) : nothing}
        @keydown=${this.#onKeyDown}
        @focus=${this.#onFocus}
      >
        ${v.renderWindow(shown.map((node) => this.#renderRow(node, node.id === active, needle)))}
      </div>
    `;
  }

  #renderRow(node: TreeNode, isActive: boolean, needle: string | undefined) {
    const parent = this.#hasChildren(node);
    const expanded = parent ? this.#expanded.has(node.id) : undefined;
    const selected = node.id === this.selected;
    const match = this.#filterActive() && this.#matches(node);
    const name = this.data(node.name);
    const count = node.level === 0 ? node.childCount : (node.children?.length ?? node.childCount);
    const busy = this.#loading.has(node.id);
    return html`<div
      id=${rowId(node.id)}
      role="treeitem"
      part=${selected ? 'row row-selected' : 'row'}
      class="row level-${node.level}${isActive ? ' active' : ''}${selected ? ' selected' : ''}${match ? ' match' : ''}"
      ${cssProps({ '--level': String(node.level) })}
      aria-level=${node.level + 1}
      aria-setsize=${node.siblings}
      aria-posinset=${node.position}
      aria-expanded=${expanded === undefined ? nothing : String(expanded)}
      aria-selected=${node.level > 0 ? String(selected) : nothing}
      aria-busy=${busy || nothing}
      @click=${(event: MouseEvent) => this.#onRowClick(event, node)}
    >
      <span class="toggle" aria-hidden="true">${parent ? (expanded ? '▾' : '▸') : ''}</span>
      <span class="label">${highlight(name, needle)}</span>
      ${match && !needle ? html`<span class="visually-hidden">（${this.t('filterMatch')}）</span>` : nothing}
      ${parent && count ? html`<span class="count muted">${this.t('itemsCount', { count })}</span>` : nothing}
      ${busy ? html`<span class="muted">${this.t('loading')}</span>` : nothing}
    </div>`;
  }

  // ——— Data ———

  #setAreas(areas: Area[]): void {
    this.#nodes.clear();
    this.#expanded.clear();
    this.#allLoaded = undefined;
    this.#roots = areas
      .filter((area) => area.applicable !== false)
      .map((area, index, all): TreeNode => {
        const node: TreeNode = {
          id: `area:${area.id}`,
          level: 0,
          name: area.name,
          area: area.id,
          parent: undefined,
          item: undefined,
          childCount: area.itemCount ?? 0,
          children: undefined,
          position: index + 1,
          siblings: all.length,
        };
        this.#nodes.set(node.id, node);
        return node;
      });
    this.#changed();
    const [reveal, focus] = this.#pending ?? [this.selected, false];
    this.#pending = undefined;
    if (reveal) void this.reveal(reveal, { focus });
  }

  #hasChildren(node: TreeNode): boolean {
    return node.children ? node.children.length > 0 : node.level === 0 ? node.childCount > 0 : (node.item?.childCount ?? 0) > 0;
  }

  /** Loads a node's children once; concurrent calls share the load. */
  #ensureChildren(node: TreeNode | undefined): Promise<void> {
    if (!node || node.children || !this.#hasChildren(node)) return Promise.resolve();
    const pending = this.#loading.get(node.id);
    if (pending) return pending;
    const client = this.client;
    if (!client) return Promise.resolve();
    const load = client
      .items(node.area, node.level === 0 ? undefined : node.id)
      .then((items) => {
        node.children = items.map((item, index): TreeNode => {
          const child: TreeNode = {
            id: item.id,
            level: item.level,
            name: item.name,
            area: node.area,
            parent: node,
            item,
            childCount: item.childCount ?? 0,
            children: undefined,
            position: index + 1,
            siblings: items.length,
          };
          this.#nodes.set(child.id, child);
          return child;
        });
      })
      .catch((error: unknown) => {
        // The node stays closed; the tree says why and offers to try again.
        this.#expanded.delete(node.id);
        this.loadError = { node, error };
      })
      .finally(() => {
        this.#loading.delete(node.id);
        this.#changed();
      });
    this.#loading.set(node.id, load);
    this.#changed();
    return load;
  }

  /** Loads every level of every area (or of one), for expand-all and filtering. */
  #loadAll(area?: string): Promise<void> {
    const walk = async (nodes: TreeNode[]): Promise<void> => {
      await Promise.all(nodes.map((n) => this.#ensureChildren(n)));
      const next = nodes.flatMap((n) => n.children ?? []).filter((n) => this.#hasChildren(n));
      if (next.length) await walk(next);
    };
    if (area) return walk(this.#roots.filter((r) => r.area === area));
    if (!this.#allLoaded) {
      this.loadingAll = true;
      this.#allLoaded = walk(this.#roots).finally(() => (this.loadingAll = false));
    }
    return this.#allLoaded;
  }

  #itemCount(): number {
    return this.#roots.reduce((sum, root) => sum + root.childCount, 0);
  }

  // ——— Visible rows ———

  #changed(): void {
    this.version++;
  }

  #filterActive(): boolean {
    const f = this.filter;
    return Boolean(f.stage || f.audience || f.mode || f.level || f.text?.trim());
  }

  /**
   * The text filter understands the citizen's words as search does (低保 finds 最低生活保障, 繁體
   * finds 简体): the matcher and the column's lexicon load with the first filter.
   */
  async #understand(filter: TreeFilter): Promise<void> {
    const text = filter.text?.trim();
    if (!text || !this.client) return;
    const match = await (await import('@gov-disclosure/sdk/search')).clientMatcher(this.client, text);
    if (this.filter === filter) this.#textMatch = match;
  }

  #textMatch: ((name: string) => boolean) | undefined;

  #matches(node: TreeNode): boolean {
    const f = this.filter;
    const item = node.item;
    if (!item) return false;
    const text = f.text?.trim();
    if (text) {
      const plain = text.toLowerCase();
      if (!(this.#textMatch?.(node.name) ?? (node.name.toLowerCase().includes(plain) || this.data(node.name).toLowerCase().includes(plain)))) return false;
    }
    if (f.stage && !item.stages?.includes(f.stage)) return false;
    if (f.audience && !item.audience?.includes(f.audience)) return false;
    if (f.mode && !item.mode?.includes(f.mode)) return false;
    if (f.level && !item.levels?.includes(f.level)) return false;
    return true;
  }

  /** The rows on show, in order: expanded branches, or under a filter every match and its path. */
  #visibleRows(): TreeNode[] {
    if (this.#rowsVersion === this.version) return this.#rows;
    const rows: TreeNode[] = [];
    if (this.#filterActive()) {
      const keep = (node: TreeNode): boolean => {
        const childKept = (node.children ?? []).map(keep).some(Boolean);
        const kept = this.#matches(node) || childKept;
        if (kept) shown.add(node.id);
        return kept;
      };
      const shown = new Set<string>();
      this.#roots.forEach(keep);
      const visit = (node: TreeNode) => {
        if (!shown.has(node.id)) return;
        rows.push(node);
        // Under a filter the path to every match is open, whatever was expanded before.
        node.children?.forEach(visit);
      };
      this.#roots.forEach(visit);
    } else {
      const visit = (node: TreeNode) => {
        rows.push(node);
        if (node.children && this.#expanded.has(node.id)) node.children.forEach(visit);
      };
      this.#roots.forEach(visit);
    }
    this.#rows = rows;
    this.#rowsVersion = this.version;
    return rows;
  }

  // ——— Interaction ———

  #setFilter(key: keyof TreeFilter, value: string): void {
    this.filter = { ...this.filter, [key]: value };
  }

  #retry(node: TreeNode): void {
    this.loadError = undefined;
    this.#allLoaded = undefined;
    void this.#toggle(node, true);
  }

  async #toggle(node: TreeNode, open = !this.#expanded.has(node.id)): Promise<void> {
    if (!this.#hasChildren(node)) return;
    if (open) {
      this.#expanded.add(node.id);
      this.#changed();
      await this.#ensureChildren(node);
    } else {
      this.#expanded.delete(node.id);
      this.#changed();
    }
  }

  #activate(node: TreeNode): void {
    if (node.item) {
      this.selected = node.id;
      this.emit('gov-select', { item: node.item });
    }
    if (this.#hasChildren(node) && (!node.item || node.level < 2 || !this.#expanded.has(node.id))) void this.#toggle(node);
  }

  #onRowClick(event: MouseEvent, node: TreeNode): void {
    this.active = node.id;
    this.treeElement?.focus({ preventScroll: true });
    if ((event.target as HTMLElement).classList.contains('toggle')) void this.#toggle(node);
    else this.#activate(node);
  }

  #moveTo(node: TreeNode | undefined): void {
    if (!node) return;
    this.active = node.id;
    this.#virtual.scrollToIndex(this.#visibleRows().indexOf(node));
  }

  /**
   * Coming in by keyboard brings the active row back into view; a click focuses the tree on
   * pointer-down, before the row is chosen, and must not scroll the clicked row from under it.
   */
  #onFocus = (): void => {
    if (this.treeElement!.matches(':focus-visible'))
      this.#virtual.scrollToIndex(
        Math.max(
          0,
          this.#visibleRows().findIndex((r) => r.id === this.active),
        ),
      );
  };

  #onKeyDown = (event: KeyboardEvent): void => {
    const rows = this.#visibleRows();
    if (!rows.length) return;
    const index = Math.max(
      0,
      rows.findIndex((r) => r.id === this.active),
    );
    const node = rows[index]!;
    const open = this.#expanded.has(node.id) || (this.#filterActive() && !!node.children?.length);
    let handled = true;
    const to = listMove(event.key, index, rows.length);
    if (to !== undefined) this.#moveTo(rows[to]);
    else
      switch (event.key) {
        case 'ArrowRight':
          if (this.#hasChildren(node) && !open) void this.#toggle(node, true);
          else if (open && node.children?.[0]) this.#moveTo(node.children[0]);
          break;
        case 'ArrowLeft':
          if (open && !this.#filterActive()) void this.#toggle(node, false);
          else this.#moveTo(node.parent);
          break;
        case 'Enter':
        case ' ':
          this.#activate(node);
          break;
        case '*': {
          const siblings = node.parent?.children ?? this.#roots;
          void Promise.all(siblings.map((s) => this.#toggle(s, true)));
          break;
        }
        default:
          handled = this.#typeAhead(event, rows, index);
      }
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  /** Moves to the next row whose name starts with what was typed in the last moment. */
  #typeAhead(event: KeyboardEvent, rows: TreeNode[], index: number): boolean {
    if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey || /\s/.test(event.key)) return false;
    const now = event.timeStamp;
    this.#typed = now - this.#typedAt > TYPE_AHEAD_MS ? event.key : this.#typed + event.key;
    this.#typedAt = now;
    // The same key again cycles through the rows that start with it.
    if (this.#typed.length > 1 && [...this.#typed].every((c) => c === event.key)) this.#typed = event.key;
    const wanted = this.#typed.toLowerCase();
    const start = this.#typed.length === 1 ? index + 1 : index;
    for (let step = 0; step < rows.length; step++) {
      const row = rows[(start + step) % rows.length]!;
      if (row.name.toLowerCase().startsWith(wanted) || this.data(row.name).toLowerCase().startsWith(wanted)) {
        this.#moveTo(row);
        return true;
      }
    }
    return true;
  }
}

function rowId(id: string): string {
  return `row-${id}`;
}
