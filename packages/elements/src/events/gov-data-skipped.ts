import type { SkippedRecords } from '@gov-disclosure/sdk';

/** Which list of which file, and how many were left out; the console names each record's place. */
export type GovDataSkippedDetail = SkippedRecords;

/** Malformed records of the column's data were left out; the rest is shown, and the console names each. */
export type GovDataSkippedEvent = CustomEvent<GovDataSkippedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'gov-data-skipped': GovDataSkippedEvent;
  }
}
