import { GovCatalogueTree, type TreeFilter } from './catalogue-tree.js';

export { GovCatalogueTree, type TreeFilter };
GovCatalogueTree.define('gov-catalogue-tree');

declare global {
  interface HTMLElementTagNameMap {
    'gov-catalogue-tree': GovCatalogueTree;
  }
}
