/**
 * The catalogue as a WAI-ARIA tree: a summary line and the scrolling box of rows, only those on
 * screen rendered (`VirtualList`), the active one named by `aria-activedescendant`.
 */
import { html, nothing } from 'lit';
import { cssProps } from '../../base/css-props.js';
import { highlight } from '../../base/states.js';
import type { LocaleController } from '../../controllers/locale.js';
import type { VirtualList } from '../../controllers/virtual-list.js';
import type { TreeNode } from './tree-model.js';

export interface TreeView {
  rows: TreeNode[];
  virtual: VirtualList;
  /** The active row's id (the keyboard's place). */
  active: string | undefined;
  selected: string | undefined;
  /** The text filter, highlighted in the names. */
  needle: string | undefined;
  /** What passes the filters, when there are any. */
  match: ((node: TreeNode) => boolean) | undefined;
  summary: string;
  hasChildren: (node: TreeNode) => boolean;
  expanded: ReadonlySet<string>;
  busy: (node: TreeNode) => boolean;
  locale: Pick<LocaleController, 't' | 'data'>;
  keydown: (event: KeyboardEvent) => void;
  focus: () => void;
  click: (event: MouseEvent, node: TreeNode) => void;
}

export function rowId(id: string): string {
  return `row-${id}`;
}

export function renderTree(v: TreeView) {
  const shown = v.rows.slice(v.virtual.start, v.virtual.end);
  return html`<p class="summary muted" role="status">${v.summary}</p>
    <div
      class="tree viewport"
      part="tree"
      role="tree"
      tabindex="0"
      aria-label=${v.locale.t('catalogue')}
      aria-activedescendant=${shown.some((n) => n.id === v.active) ? rowId(v.active!) : nothing}
      @keydown=${v.keydown}
      @focus=${v.focus}
    >
      ${v.virtual.renderWindow(shown.map((node) => renderRow(v, node)))}
    </div>`;
}

function renderRow(v: TreeView, node: TreeNode) {
  const t: LocaleController['t'] = (key, params) => v.locale.t(key, params);
  const parent = v.hasChildren(node);
  const expanded = parent ? v.expanded.has(node.id) : undefined;
  const selected = node.id === v.selected;
  const active = node.id === v.active;
  const match = !!v.match?.(node);
  const count = node.level === 0 ? node.childCount : (node.children?.length ?? node.childCount);
  const busy = v.busy(node);
  return html`<div
    id=${rowId(node.id)}
    role="treeitem"
    part=${selected ? 'row row-selected' : 'row'}
    class="row level-${node.level}${active ? ' active' : ''}${selected ? ' selected' : ''}${match ? ' match' : ''}"
    ${cssProps({ '--level': String(node.level) })}
    aria-level=${node.level + 1}
    aria-setsize=${node.siblings}
    aria-posinset=${node.position}
    aria-expanded=${expanded === undefined ? nothing : String(expanded)}
    aria-selected=${node.level > 0 ? String(selected) : nothing}
    aria-busy=${busy || nothing}
    @click=${(event: MouseEvent) => v.click(event, node)}
  >
    <span class="toggle" aria-hidden="true">${parent ? (expanded ? '▾' : '▸') : ''}</span>
    <span class="label">${highlight(v.locale.data(node.name), v.needle)}</span>
    ${match && !v.needle ? html`<span class="visually-hidden">（${t('filterMatch')}）</span>` : nothing}
    ${parent && count ? html`<span class="count muted">${t('itemsCount', { count })}</span>` : nothing}
    ${busy ? html`<span class="muted">${t('loading')}</span>` : nothing}
  </div>`;
}
