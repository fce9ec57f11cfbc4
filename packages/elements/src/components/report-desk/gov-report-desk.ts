import { GovReportDesk } from './report-desk.js';

export { GovReportDesk };
GovReportDesk.define('gov-report-desk');

declare global {
  interface HTMLElementTagNameMap {
    'gov-report-desk': GovReportDesk;
  }
}
