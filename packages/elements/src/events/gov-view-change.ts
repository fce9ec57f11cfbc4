export interface GovViewChangeDetail {
  /** The view the visitor chose. */
  view: 'schematic' | 'list' | 'geographic';
}

/** The visitor chose another view of the disclosure map (示意图, 列表, 地理图). */
export type GovViewChangeEvent = CustomEvent<GovViewChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'gov-view-change': GovViewChangeEvent;
  }
}
