/**
 * What the tests of <gov-catalogue-tree> share (packages/elements/src/components/catalogue-tree/*.test.ts):
 * a tree on the demo bundle, waited for until it shows rows, and its rows.
 */
import { fixture, html } from '@open-wc/testing';
import { $$, demoClient, until } from './elements.js';
import type { GovCatalogueTree } from '../../packages/elements/src/components/catalogue-tree/catalogue-tree.js';

/** A tree from `template` (on the demo bundle unless it has a source of its own), once it shows rows. */
export async function tree(template = html`<gov-catalogue-tree></gov-catalogue-tree>`): Promise<GovCatalogueTree> {
  const el = await fixture<GovCatalogueTree>(template);
  if (!el.client) el.client = demoClient();
  await until(() => $$(el, '[role="treeitem"]').length > 0, 5000, 'rows');
  return el;
}

/** The tree's rendered rows. */
export const rows = (el: GovCatalogueTree) => $$(el, '[role="treeitem"]');
