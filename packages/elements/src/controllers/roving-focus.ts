import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { listMove } from './list-navigation.js';

/**
 * Roving focus over a group of items (the WAI-ARIA composite pattern): one item is in the tab
 * order, arrows move between them. In a grid, ↑/↓ move by a row, found from the items' layout, so
 * it follows whatever columns the CSS makes.
 */
export class RovingFocus implements ReactiveController {
  readonly #items: () => HTMLElement[];
  #current = 0;

  constructor(host: ReactiveControllerHost & HTMLElement, items: () => HTMLElement[]) {
    this.#items = items;
    host.addController(this);
  }

  hostConnected(): void {}

  /** Keeps exactly one item tabbable, after every render. */
  hostUpdated(): void {
    const items = this.#items();
    if (!items.length) return;
    this.#current = Math.min(this.#current, items.length - 1);
    items.forEach((item, i) => (item.tabIndex = i === this.#current ? 0 : -1));
  }

  /** Makes `item` the tabbable one (on click or focus). */
  setCurrent(item: HTMLElement): void {
    const index = this.#items().indexOf(item);
    if (index >= 0) {
      this.#current = index;
      this.hostUpdated();
    }
  }

  /** The keydown handler for the group. */
  handleKey = (event: KeyboardEvent): void => {
    const items = this.#items();
    const index = items.indexOf(event.target as HTMLElement);
    if (index < 0) return;
    const row = Math.max(1, items.filter((item) => item.offsetTop === items[0]!.offsetTop).length);
    const to = listMove(event.key, index, items.length, { row, sideways: true });
    if (to === undefined) return;
    event.preventDefault();
    const next = items[to]!;
    this.setCurrent(next);
    next.focus();
  };
}
