import { GovDisclosureRequest } from './disclosure-request.js';

export { GovDisclosureRequest };
GovDisclosureRequest.define('gov-disclosure-request');

declare global {
  interface HTMLElementTagNameMap {
    'gov-disclosure-request': GovDisclosureRequest;
  }
}
