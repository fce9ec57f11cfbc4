import type { CatalogueItem, Jurisdiction } from '@gov-disclosure/sdk';

export interface GovSelectDetail {
  /** The chosen catalogue item (or, from the tree, an area given as `{ id, area }` with `level: 0`). */
  item: Pick<CatalogueItem, 'id' | 'area' | 'name'> & { level: 0 | 1 | 2 | 3 };
  /** The entry, where a search result or a deep link named one. */
  entry?: string;
  /** The column it is in, when a matrix search found it in another jurisdiction's column. */
  jurisdiction?: Jurisdiction;
  /** From a phone's drill-down: the item's (or area's) level was opened, its items listed; not the item read. */
  drill?: boolean;
}

/** A catalogue item was chosen (tree, search result). */
export type GovSelectEvent = CustomEvent<GovSelectDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'gov-select': GovSelectEvent;
  }
}
