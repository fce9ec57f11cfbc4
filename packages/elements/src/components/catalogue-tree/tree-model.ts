/**
 * The catalogue tree's model, without Lit: the nodes as they load (areas first, each level when it
 * is first opened), which are expanded, the filters, and the rows on show in order. The element
 * renders it and handles keys; this file knows nothing of the DOM, and is tested in Node.
 */
import type { Area, CatalogueItem, DisclosureClient } from '@gov-disclosure/sdk';
import { AUDIENCE_IDS, DISCLOSURE_MODE_IDS, LEVEL_IDS, STAGE_IDS } from '@gov-disclosure/sdk';

/** One row of the tree: an area (level 0) or a 一级/二级/三级 item. */
export interface TreeNode {
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

export interface TreeSource {
  /** An area's 一级 items (no parent), or an item's children. */
  items(area: string, parent: string | undefined): Promise<CatalogueItem[]>;
  /** Something the rows depend on changed: render again. */
  changed(): void;
  /** A branch could not be loaded: it stays closed. */
  failed(node: TreeNode, error: unknown): void;
  /** Every level is loading (for a filter, expand-all), or done. */
  loadingAll?(on: boolean): void;
}

/** Whether a filter asks for anything. */
export function filterActive(f: TreeFilter): boolean {
  return Boolean(f.stage || f.audience || f.mode || f.level || f.text?.trim());
}

/**
 * Whether names hold a text filter: as search understands the citizen's words (低保 finds
 * 最低生活保障, 繁體 finds 简体) once `understand` has loaded the matcher and the column's lexicon;
 * until then, when the name holds the text, as stored or as shown (`shown`).
 */
export class NameFilter {
  #matcher: ((name: string) => boolean) | undefined;

  constructor(
    readonly text: string,
    private readonly shown: (name: string) => string = (name) => name,
  ) {}

  async understand(client: DisclosureClient): Promise<void> {
    this.#matcher = await (await import('@gov-disclosure/sdk/search')).clientMatcher(client, this.text);
  }

  matches(name: string): boolean {
    if (this.#matcher) return this.#matcher(name);
    const plain = this.text.toLowerCase();
    return name.toLowerCase().includes(plain) || this.shown(name).toLowerCase().includes(plain);
  }
}

/** Whether an item's node passes the filter (`names`: its text part, when it has one). */
export function matchesFilter(node: TreeNode, f: TreeFilter, names?: NameFilter): boolean {
  const item = node.item;
  if (!item) return false;
  if (names && !names.matches(node.name)) return false;
  if (f.stage && !item.stages?.includes(f.stage)) return false;
  if (f.audience && !item.audience?.includes(f.audience)) return false;
  if (f.mode && !item.mode?.includes(f.mode)) return false;
  if (f.level && !item.levels?.includes(f.level)) return false;
  return true;
}

export class TreeModel {
  readonly nodes = new Map<string, TreeNode>();
  roots: TreeNode[] = [];
  readonly expanded = new Set<string>();
  readonly loading = new Map<string, Promise<void>>();
  #allLoaded: Promise<void> | undefined;
  #version = 0;
  #rows: TreeNode[] = [];
  #rowsVersion = -1;
  #rowsMatch: ((node: TreeNode) => boolean) | undefined;

  constructor(private readonly source: TreeSource) {}

  /** Starts again from a list of areas (those 不涉及 left out), nothing expanded. */
  setAreas(areas: readonly Area[]): void {
    this.nodes.clear();
    this.expanded.clear();
    this.#allLoaded = undefined;
    this.roots = areas
      .filter((area) => area.applicable !== false)
      .map((area, index, all): TreeNode => {
        const node = this.#node(
          { id: `area:${area.id}`, level: 0, name: area.name, area: area.id, item: undefined, childCount: area.itemCount ?? 0 },
          undefined,
          index,
          all.length,
        );
        return node;
      });
    this.changed();
  }

  /** Marks the rows as changed (they are worked out again when next asked for). */
  changed(): void {
    this.#version++;
    this.source.changed();
  }

  hasChildren(node: TreeNode): boolean {
    return node.children ? node.children.length > 0 : node.level === 0 ? node.childCount > 0 : (node.item?.childCount ?? 0) > 0;
  }

  /** How many 一级 items the areas hold. */
  itemCount(): number {
    return this.roots.reduce((sum, root) => sum + root.childCount, 0);
  }

  /** Loads a node's children once; concurrent calls share the load. */
  ensureChildren(node: TreeNode | undefined): Promise<void> {
    if (!node || node.children || !this.hasChildren(node)) return Promise.resolve();
    const pending = this.loading.get(node.id);
    if (pending) return pending;
    const load = this.source
      .items(node.area, node.level === 0 ? undefined : node.id)
      .then((items) => {
        node.children = items.map((item, index) =>
          this.#node({ id: item.id, level: item.level, name: item.name, area: node.area, item, childCount: item.childCount ?? 0 }, node, index, items.length),
        );
      })
      .catch((error: unknown) => {
        this.expanded.delete(node.id);
        this.source.failed(node, error);
      })
      .finally(() => {
        this.loading.delete(node.id);
        this.changed();
      });
    this.loading.set(node.id, load);
    this.changed();
    return load;
  }

  /** Loads every level of every area (or of one area), for expand-all, filtering and reveal. */
  loadAll(area?: string): Promise<void> {
    const walk = async (nodes: TreeNode[]): Promise<void> => {
      await Promise.all(nodes.map((n) => this.ensureChildren(n)));
      const next = nodes.flatMap((n) => n.children ?? []).filter((n) => this.hasChildren(n));
      if (next.length) await walk(next);
    };
    if (area) return walk(this.roots.filter((r) => r.area === area));
    if (!this.#allLoaded) {
      this.source.loadingAll?.(true);
      this.#allLoaded = walk(this.roots).finally(() => this.source.loadingAll?.(false));
    }
    return this.#allLoaded;
  }

  /** Forgets that everything was loaded (after a branch failed), so that the next load-all tries again. */
  forgetLoaded(): void {
    this.#allLoaded = undefined;
  }

  async toggle(node: TreeNode, open = !this.expanded.has(node.id)): Promise<void> {
    if (!this.hasChildren(node)) return;
    if (open) {
      this.expanded.add(node.id);
      this.changed();
      await this.ensureChildren(node);
    } else {
      this.expanded.delete(node.id);
      this.changed();
    }
  }

  async expandAll(): Promise<void> {
    await this.loadAll();
    for (const node of this.nodes.values()) if (this.hasChildren(node)) this.expanded.add(node.id);
    this.changed();
  }

  collapseAll(): void {
    this.expanded.clear();
    this.changed();
  }

  /**
   * Finds a node by id (`area:<id>` for an area), loading its area's levels until it appears, and
   * expands the path to it (an area itself too). Resolves to undefined when there is no such node.
   */
  async open(id: string): Promise<TreeNode | undefined> {
    const isArea = id.startsWith('area:');
    const area = isArea ? id.slice(5) : id.includes(':') ? id.slice(0, id.indexOf(':')) : undefined;
    if (area) await this.ensureChildren(this.nodes.get(`area:${area}`));
    // The item may sit deeper: load the area's levels until it appears.
    if (!this.nodes.has(id)) await this.loadAll(area);
    const node = this.nodes.get(id);
    if (!node) return undefined;
    for (let up = node.parent; up; up = up.parent) this.expanded.add(up.id);
    if (isArea) this.expanded.add(id);
    this.changed();
    return node;
  }

  /**
   * The rows on show, in order: the expanded branches; under a filter (`match`), every match and the
   * path to it, open whatever was expanded before. Worked out once per change.
   */
  rows(match?: (node: TreeNode) => boolean): TreeNode[] {
    if (this.#rowsVersion === this.#version && this.#rowsMatch === match) return this.#rows;
    const rows: TreeNode[] = [];
    if (match) {
      const shown = new Set<string>();
      const keep = (node: TreeNode): boolean => {
        const childKept = (node.children ?? []).map(keep).some(Boolean);
        const kept = match(node) || childKept;
        if (kept) shown.add(node.id);
        return kept;
      };
      this.roots.forEach(keep);
      const visit = (node: TreeNode) => {
        if (!shown.has(node.id)) return;
        rows.push(node);
        node.children?.forEach(visit);
      };
      this.roots.forEach(visit);
    } else {
      const visit = (node: TreeNode) => {
        rows.push(node);
        if (node.children && this.expanded.has(node.id)) node.children.forEach(visit);
      };
      this.roots.forEach(visit);
    }
    this.#rows = rows;
    this.#rowsVersion = this.#version;
    this.#rowsMatch = match;
    return rows;
  }

  #node(fields: Omit<TreeNode, 'parent' | 'children' | 'position' | 'siblings'>, parent: TreeNode | undefined, index: number, siblings: number): TreeNode {
    const node: TreeNode = { ...fields, parent, children: undefined, position: index + 1, siblings };
    this.nodes.set(node.id, node);
    return node;
  }
}
