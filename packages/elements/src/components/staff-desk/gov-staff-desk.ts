import { GovStaffDesk } from './staff-desk.js';

export { GovStaffDesk };
GovStaffDesk.define('gov-staff-desk');

declare global {
  interface HTMLElementTagNameMap {
    'gov-staff-desk': GovStaffDesk;
  }
}
