import { GovDisclosureColumn } from './disclosure-column.js';

export { GovDisclosureColumn };
GovDisclosureColumn.define('gov-disclosure-column');

declare global {
  interface HTMLElementTagNameMap {
    'gov-disclosure-column': GovDisclosureColumn;
  }
}
