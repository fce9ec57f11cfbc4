/**
 * The catalogue on a phone: a drill-down, one level at a time (the 26 areas, then an area's 一级
 * items, then a 一级 item's 二级 items), each row a full-width target, with the path shown and a
 * step back — not a scroll box inside a scrolling page. Loaded with its styles and strings when the
 * tree is first shown on a narrow screen.
 */
import '../../i18n/sections.js';
import { css, html, nothing } from 'lit';
import type { LocaleController } from '../../controllers/locale.js';

/** A node of the tree as the drill-down needs it. */
export interface DrillNode {
  id: string;
  name: string;
  level: number;
  parent: DrillNode | undefined;
  children: DrillNode[] | undefined;
  childCount: number;
  item?: { entryCount?: number | undefined } | undefined;
}

export interface DrillView<N extends DrillNode> {
  /** The level shown: the node whose children are listed; none lists the areas. */
  at: N | undefined;
  roots: N[];
  selected: string | undefined;
  locale: Pick<LocaleController, 't' | 'data'>;
  hasChildren: (node: N) => boolean;
  /** Shows a node's children (loading them); resolves once they are on screen. */
  open: (node: N | undefined) => Promise<unknown>;
  /** Chooses an item without children. */
  choose: (node: N) => void;
  root: ShadowRoot;
}

export function renderDrill<N extends DrillNode>(v: DrillView<N>) {
  const { at, root } = v;
  // The drill-down's styles join the tree's the first time it is shown.
  if (!root.adoptedStyleSheets.includes(styles.styleSheet!)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet!];
  const t: LocaleController['t'] = (key, params) => v.locale.t(key, params);
  const data = (text: string) => v.locale.data(text);
  const path: N[] = [];
  for (let node = at; node; node = node.parent as N | undefined) path.unshift(node);
  const rows = (at ? at.children : v.roots) as N[] | undefined;
  /** Goes to `node`'s level: going up, focus moves to the row we came down through; going down, to the level's name. */
  const go = async (node: N | undefined) => {
    const row = node && !path.includes(node) ? undefined : path[node ? path.indexOf(node) + 1 : 0];
    await v.open(node);
    root.querySelector<HTMLElement>(row ? `[data-id="${CSS.escape(row.id)}"]` : '.here')?.focus();
  };
  const crumb = (node: N | undefined, label: string) => html`<li><button class="crumb" @click=${() => go(node)}>${label}</button></li>`;
  return html`<div class="drill" part="tree">
    ${
      at
        ? html`<button class="back" @click=${() => go(at.parent as N | undefined)}><span aria-hidden="true">‹ </span>${t('drillBack')}</button>
          <ol class="crumbs" aria-label=${t('drillPath')}>
            ${crumb(undefined, t('drillAll'))}${path.slice(0, -1).map((node) => crumb(node, data(node.name)))}
          </ol>`
        : nothing
    }
    <p class="here" tabindex="-1">${at ? data(at.name) : t('drillAll')}</p>
    ${
      rows
        ? html`<ul class="levels" role="list">
          ${rows.map((node) => {
            const deeper = v.hasChildren(node);
            const count = deeper
              ? t('itemsCount', { count: node.children?.length ?? node.childCount })
              : node.item?.entryCount !== undefined
                ? t('drillEntries', { count: node.item.entryCount })
                : '';
            return html`<li>
              <button
                class="level"
                data-id=${node.id}
                aria-current=${node.id === v.selected ? 'true' : nothing}
                @click=${() => (deeper ? go(node) : v.choose(node))}
              >
                <span class="name">${data(node.name)}</span>
                ${count ? html`<span class="count muted">${count}</span>` : nothing}
                ${deeper ? html`<span class="next" aria-hidden="true">›</span>` : nothing}
              </button>
            </li>`;
          })}
        </ul>`
        : html`<p class="muted" role="status">${t('loading')}</p>`
    }
  </div>`;
}

export const styles = css`
  @media (max-width: 40em) {
    /* Nothing to expand or collapse one level at a time. */
    .filters .buttons {
      display: none;
    }
  }
  .drill {
    margin-top: 0.5em;
  }
  .back,
  .crumb,
  .level {
    font: inherit;
    min-height: calc(var(--_target) * var(--_font-scale));
    cursor: pointer;
  }
  .back {
    border: 1px solid var(--gov-color-border, #d9d9d9);
    background: none;
    color: var(--gov-color-primary, #b3261e);
    padding: 0 1em;
    border-radius: 4px;
  }
  .crumbs {
    display: flex;
    flex-wrap: wrap;
    list-style: none;
    margin: 0.5em 0 0;
    padding: 0;
  }
  .crumbs li:not(:last-child)::after {
    content: '›';
    padding: 0 0.25em;
    color: var(--gov-color-muted, #595959);
  }
  .crumb {
    border: 0;
    background: none;
    color: var(--gov-color-link, #1f4e9e);
    text-decoration: underline;
    padding: 0 0.25em;
  }
  .here {
    margin: 0.5em 0;
    font-weight: 700;
    font-size: 1.1em;
  }
  .levels {
    list-style: none;
    margin: 0;
    padding: 0;
    border-top: 1px solid var(--gov-color-border, #d9d9d9);
  }
  .level {
    display: flex;
    align-items: center;
    gap: 0.5em;
    width: 100%;
    padding: 0.5em;
    border: 0;
    border-bottom: 1px solid var(--gov-color-border, #d9d9d9);
    background: none;
    color: inherit;
    text-align: start;
  }
  .level[aria-current='true'] {
    border-inline-start: 4px solid var(--gov-color-primary, #b3261e);
    font-weight: 700;
  }
  .level .name {
    flex: 1;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .level .count {
    white-space: nowrap;
    font-size: var(--_font-size-small);
  }
  .level .next {
    font-size: 1.4em;
    color: var(--gov-color-muted, #595959);
  }
`;
