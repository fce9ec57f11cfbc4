import type { Jurisdiction } from '@gov-disclosure/sdk';

export interface GovJurisdictionChangeDetail {
  jurisdiction: Jurisdiction;
}

/** A jurisdiction was chosen on the disclosure map; cancel it to stop the default navigation. */
export type GovJurisdictionChangeEvent = CustomEvent<GovJurisdictionChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'gov-jurisdiction-change': GovJurisdictionChangeEvent;
  }
}
