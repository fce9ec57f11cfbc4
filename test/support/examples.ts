/**
 * What the example tests share (test/node/examples*.test.ts): a box inside shadow roots, by a path
 * of selectors, to check a layout with.
 */
import type { Page } from 'puppeteer-core';

/** A box inside shadow roots, by a path of selectors. */
export const box = (page: Page, ...path: string[]) =>
  page.evaluate((p) => {
    let node: Element | null = document.querySelector(p[0]!);
    for (const selector of p.slice(1)) node = node?.shadowRoot?.querySelector(selector) ?? node?.querySelector(selector) ?? null;
    const r = node?.getBoundingClientRect();
    return r ? { x: r.x, y: r.y, width: r.width, height: r.height, bottom: r.bottom, right: r.right } : undefined;
  }, path);
