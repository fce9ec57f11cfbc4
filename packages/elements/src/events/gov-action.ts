import type { CatalogueItem } from '@gov-disclosure/sdk';

export type GovActionName = 'view' | 'do' | 'search' | 'rate';

export interface GovActionDetail {
  action: GovActionName;
  item: CatalogueItem;
}

/**
 * One of 我要看 / 我要办 / 我要查 / 我要评 was used on an item. Cancel 我要评 (`preventDefault()`)
 * to handle rating yourself; otherwise `<gov-actions>` opens a `<gov-feedback>` on the page.
 */
export type GovActionEvent = CustomEvent<GovActionDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'gov-action': GovActionEvent;
  }
}
