export interface GovQueryDetail {
  /** The query now searched ('' when the box was cleared). */
  q: string;
}

/** The search query changed: typed and submitted, a suggestion chosen, or cleared. */
export type GovQueryEvent = CustomEvent<GovQueryDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'gov-query': GovQueryEvent;
  }
}
