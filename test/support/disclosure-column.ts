/**
 * What the tests of <gov-disclosure-column> share (packages/elements/src/components/disclosure-column/*.test.ts):
 * a column on the demo bundle, the elements inside it, the tree's rows, the browser's Back, and a
 * clean address and device before each test.
 */
import { fixture, html } from '@open-wc/testing';
import { $, $$, demoSrc, until } from './elements.js';
import type { GovDisclosureColumn } from '../../packages/elements/src/components/disclosure-column/disclosure-column.js';
import type { GovCatalogueTree } from '../../packages/elements/src/components/catalogue-tree/catalogue-tree.js';

/** An element inside the column's shadow root, as its type. */
export const inner = <T extends Element>(el: Element, selector: string) => $(el, selector) as unknown as T | null;
/** The rows of the column's catalogue tree (none before it is shown). */
export const treeRows = (el: GovDisclosureColumn) => {
  const tree = inner<GovCatalogueTree>(el, 'gov-catalogue-tree');
  return tree ? $$(tree, '[role="treeitem"]') : [];
};
/** The browser's Back, resolved once the page has had its popstate. */
export const historyBack = () =>
  new Promise<void>((resolve) => {
    window.addEventListener('popstate', () => setTimeout(resolve, 0), { once: true });
    history.back();
  });

/** A column; `section: 'catalogue'` opens it on the catalogue (its first screen is the home). */
export async function column(attrs: { src?: string; urlState?: string; section?: string } = {}): Promise<GovDisclosureColumn> {
  if (attrs.section) history.replaceState(null, '', `${location.pathname}${location.search}#gov-section=${attrs.section}`);
  const el = await fixture<GovDisclosureColumn>(
    html`<gov-disclosure-column src=${attrs.src ?? demoSrc()} url-state=${attrs.urlState ?? 'hash'}><a href="/gkzl/">进入政务公开专栏</a></gov-disclosure-column>`,
  );
  await until(() => $(el, '.title')?.textContent?.includes('长沙县') || $(el, '.title')?.textContent?.includes('区'), 8000, 'title');
  return el;
}

/** No gov-* state left in the address, and no settings on the device: each test starts afresh. */
export function clearColumnState(): void {
  history.replaceState(null, '', location.pathname + location.search.replace(/[?&]gov-[^&]*/g, ''));
  localStorage.removeItem('gov-disclosure-settings');
}
