import { GovDisclosureMap } from './disclosure-map.js';

export { GovDisclosureMap };
GovDisclosureMap.define('gov-disclosure-map');

declare global {
  interface HTMLElementTagNameMap {
    'gov-disclosure-map': GovDisclosureMap;
  }
}
