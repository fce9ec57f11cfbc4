export interface GovEntrySelectDetail {
  item: string;
  /** The entry id, or `undefined` when the detail was closed. */
  entry: string | undefined;
}

/** An entry of an item was opened (or closed) in `<gov-item-view>`. */
export type GovEntrySelectEvent = CustomEvent<GovEntrySelectDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'gov-entry-select': GovEntrySelectEvent;
  }
}
