/**
 * What a key does in the catalogue tree (the WAI-ARIA tree pattern), worked out without the DOM:
 * ↑/↓/Home/End move, → opens or steps into a branch, ← closes or steps out, Enter and Space choose,
 * `*` opens the row's siblings, and a typed word moves to the next row that starts with it.
 */
import { listMove } from '../../controllers/list-navigation.js';
import type { TreeModel, TreeNode } from './tree-model.js';

/** How long a pause ends a type-ahead word (the next key starts a new one). */
export const TYPE_AHEAD_MS = 600;

/** What a key asks of the tree: nothing of these for a key it does not handle. */
export interface TreeKeyAction {
  move?: TreeNode | undefined;
  toggle?: [TreeNode, boolean];
  activate?: TreeNode;
  /** Open these (the row's siblings). */
  open?: TreeNode[];
}

/**
 * The action of a navigation key, or undefined when the key is not one (type-ahead is `TypeAhead`'s).
 * `index` is the active row's in `rows`; `filtered`: under a filter every branch on show is open and stays open. */
export function treeKey(
  key: string,
  rows: readonly TreeNode[],
  index: number,
  model: Pick<TreeModel, 'roots' | 'expanded' | 'hasChildren'>,
  filtered: boolean,
): TreeKeyAction | undefined {
  const node = rows[index]!;
  const open = model.expanded.has(node.id) || (filtered && !!node.children?.length);
  const to = listMove(key, index, rows.length);
  if (to !== undefined) return { move: rows[to] };
  switch (key) {
    case 'ArrowRight':
      if (model.hasChildren(node) && !open) return { toggle: [node, true] };
      return open && node.children?.[0] ? { move: node.children[0] } : {};
    case 'ArrowLeft':
      return open && !filtered ? { toggle: [node, false] } : { move: node.parent };
    case 'Enter':
    case ' ':
      return { activate: node };
    case '*':
      return { open: [...(node.parent?.children ?? model.roots)] };
    default:
      return undefined;
  }
}

/** The word typed so far: keys within `TYPE_AHEAD_MS` of each other make one word. */
export class TypeAhead {
  #typed = '';
  #at = 0;

  /** The word with this key added, or undefined for a key that types nothing (a modifier, a space). */
  word(event: Pick<KeyboardEvent, 'key' | 'timeStamp' | 'ctrlKey' | 'metaKey' | 'altKey'>): string | undefined {
    if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey || /\s/.test(event.key)) return undefined;
    this.#typed = event.timeStamp - this.#at > TYPE_AHEAD_MS ? event.key : this.#typed + event.key;
    this.#at = event.timeStamp;
    // The same key again cycles through the rows that start with it.
    if (this.#typed.length > 1 && [...this.#typed].every((c) => c === event.key)) this.#typed = event.key;
    return this.#typed;
  }
}

/**
 * The row a typed word moves to: the next whose name starts with it, after the current row for a
 * first letter and from it for more. `names` gives a row's names as stored and as shown.
 */
export function typeAheadTarget<N>(rows: readonly N[], index: number, typed: string, names: (row: N) => string[]): N | undefined {
  const wanted = typed.toLowerCase();
  const start = typed.length === 1 ? index + 1 : index;
  for (let step = 0; step < rows.length; step++) {
    const row = rows[(start + step) % rows.length]!;
    if (names(row).some((name) => name.toLowerCase().startsWith(wanted))) return row;
  }
  return undefined;
}
