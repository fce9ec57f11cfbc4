import { GovRequestStatus } from './request-status.js';

export { GovRequestStatus };
GovRequestStatus.define('gov-request-status');

declare global {
  interface HTMLElementTagNameMap {
    'gov-request-status': GovRequestStatus;
  }
}
