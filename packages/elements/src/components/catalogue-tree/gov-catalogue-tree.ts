import { GovCatalogueTree } from './catalogue-tree.js';

export { GovCatalogueTree };
GovCatalogueTree.define('gov-catalogue-tree');

declare global {
  interface HTMLElementTagNameMap {
    'gov-catalogue-tree': GovCatalogueTree;
  }
}
