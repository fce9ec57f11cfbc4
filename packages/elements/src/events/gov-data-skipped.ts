export interface GovDataSkippedDetail {
  /** Which list they were in, e.g. `jurisdictions`. */
  list: string;
  /** How many were left out. */
  count: number;
}

/** Malformed records of the column's data were left out; the rest is shown, and the console names each. */
export type GovDataSkippedEvent = CustomEvent<GovDataSkippedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'gov-data-skipped': GovDataSkippedEvent;
  }
}
