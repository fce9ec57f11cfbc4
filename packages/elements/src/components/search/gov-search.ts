import { GovSearch } from './search.js';

export { GovSearch };
GovSearch.define('gov-search');

declare global {
  interface HTMLElementTagNameMap {
    'gov-search': GovSearch;
  }
}
