export interface GovHeadingDetail {
  /** What the view shows, in words and in the visitor's script; undefined while it loads. */
  heading: string | undefined;
}

/** What a view shows changed (`<gov-item-view>`: an entry's title, or an item's place and name): a column that owns the address titles the page with it. */
export type GovHeadingEvent = CustomEvent<GovHeadingDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'gov-heading': GovHeadingEvent;
  }
}
