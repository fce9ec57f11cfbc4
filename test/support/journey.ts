/**
 * What the journeys of ../shared/journeys.md share (test/node/journeys*.test.ts): the two sizes, a
 * citizen's steps on the demo column (arrive, 关怀模式, search), and the checks every journey ends
 * with — no horizontal scroll, nothing cut off, 60×60 px targets in 关怀模式, no English in a Chinese
 * page, axe clean — and its screenshot, test/screenshots/journeys/<nn>-<name>-<engine>-<size>.png.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, afterEach, before } from 'node:test';
import { ROOT, SHOTS, startDemoServer, type DemoServer } from './demo-browser.js';
import { deep, launch, type Engine, type EngineName, type Tab, type Viewport } from './engines.js';

export const COLUMN = 'gov-disclosure-column';
export const SEARCH = `${COLUMN} >>> gov-search`;
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

export const SIZES: { name: 'phone' | 'desktop'; viewport: Viewport; elderly: boolean }[] = [
  { name: 'phone', viewport: { width: 390, height: 844, touch: true }, elderly: true },
  { name: 'desktop', viewport: { width: 1280, height: 900 }, elderly: false },
];
export type Size = (typeof SIZES)[number];

let demo: DemoServer;
/** The demo server the journeys open pages of (each journeys file starts its own). */
export function useDemo(server: DemoServer): void {
  demo = server;
}
/**
 * The demo server of a journeys file: started before its tests (and used by the steps here),
 * stopped after them; `around` starts and stops what the file puts in front of it. Its fields read
 * the running server.
 */
export function useDemoServer(around: { started?(server: DemoServer): Promise<unknown>; stopping?(): Promise<unknown> } = {}): DemoServer {
  let server: DemoServer | undefined;
  before(async () => {
    server = await startDemoServer();
    useDemo(server);
    await around.started?.(server);
  });
  after(async () => {
    await around.stopping?.();
    await server?.stop();
  });
  return {
    get base() {
      return server!.base;
    },
    get banner() {
      return server!.banner;
    },
    printed: (text: string, timeout?: number) => server!.printed(text, timeout),
    get database() {
      return server!.database;
    },
    stop: () => server!.stop(),
  };
}

/**
 * An engine for the journeys of a `describe`: launched before them, every tab closed after each
 * (a journey that failed half-way leaves none open: WebKitWebDriver runs one session at a time),
 * stopped after them.
 */
export function useEngine(name: EngineName): Engine {
  let engine: Engine | undefined;
  before(async () => {
    engine = await launch(name);
  });
  afterEach(async () => {
    await engine?.closeAll();
  });
  after(async () => {
    await engine?.stop();
  });
  return {
    name,
    open: (viewport) => engine!.open(viewport),
    closeAll: () => engine!.closeAll(),
    stop: () => engine!.stop(),
  };
}

/** The demo server's origin. */
export const base = () => demo.base;

/**
 * A row of the catalogue: on a phone a level of the drill-down (a full-width button), on a desktop
 * a row of the tree.
 */
export const catalogueRow = (size: (typeof SIZES)[number], id: string) =>
  size.name === 'phone' ? `${COLUMN} >>> gov-catalogue-tree >>> .drill .level[data-id="${id}"]` : `${COLUMN} >>> gov-catalogue-tree >>> [id="row-${id}"]`;

/** The text of what a deep selector finds, trimmed. */
export const texts = (tab: Tab, selector: string) => tab.evaluate<string[]>(`${deep(selector)}.map((el) => el.textContent.trim().replace(/\\s+/g, ' '))`);
export const count = (tab: Tab, selector: string) => tab.evaluate<number>(`${deep(selector)}.length`);
export const column = (expression: string) => `(() => { const c = document.querySelector('${COLUMN}'); return !!c && (${expression}); })()`;

/** Opens a page of the demo and waits for the column to show its search box. */
export async function arrive(tab: Tab, path = '/examples/column/'): Promise<void> {
  await tab.goto(demo.base + path);
  await tab.waitFor(`${deep(`${SEARCH} >>> input`)}.length > 0`);
}

/**
 * On the phone: 关怀模式 and the largest font, by tapping them as a person does. A page that opens
 * on a linked entry may still be moving it on screen under the first tap: a person taps again.
 */
export async function elderly(tab: Tab): Promise<void> {
  const on = column(`c.getAttribute('mode') === 'elderly' && c.style.getPropertyValue('--gov-font-scale') === '1.2'`);
  for (let attempt = 0; attempt < 3; attempt++) {
    // Kept on the device from an earlier visit (or from the tap before), it is on already.
    if ((await texts(tab, `${COLUMN} >>> .settings > button[aria-pressed="false"]`)).length) await tab.tap(`${COLUMN} >>> .settings > button`);
    if ((await texts(tab, `${COLUMN} >>> .font button[aria-pressed="false"]`))[0] === (await texts(tab, `${COLUMN} >>> .font button`))[0])
      await tab.tap(`${COLUMN} >>> .font button`); // 大, the first of 大/中/小
    if (
      await tab.waitFor(on, 3_000).then(
        () => true,
        () => false,
      )
    )
      return;
  }
  await tab.waitFor(on);
}

export async function start(engine: Engine, size: Size, path?: string): Promise<Tab> {
  const tab = await engine.open(size.viewport);
  await arrive(tab, path);
  if (size.elderly) await elderly(tab);
  else if (await tab.evaluate<boolean>(`localStorage.getItem('gov-disclosure-settings') !== null`)) {
    // The desktop journeys are in standard mode: settings a phone journey left on this browser's device go.
    // A reload, not a second visit: the history keeps one entry, as for anyone arriving.
    await tab.evaluate(`(localStorage.removeItem('gov-disclosure-settings'), true)`);
    await tab.reload();
    await tab.waitFor(`${deep(`${SEARCH} >>> input`)}.length > 0`);
  }
  return tab;
}

/** Types a query in the search box as a person does, and presses Enter; waits for its results. */
export async function searchFor(tab: Tab, q: string): Promise<void> {
  await tab.tap(`${SEARCH} >>> input`);
  await tab.evaluate(`(${deep(`${SEARCH} >>> input`)}[0].select(), true)`);
  await tab.type(q);
  await tab.press('Enter');
  await tab.waitFor(
    `(() => { const s = ${deep(SEARCH)}[0].shadowRoot; const p = s.querySelector('.summary'); return p && p.textContent.includes(${JSON.stringify(q)}) && !s.querySelector('[aria-busy="true"]'); })()`,
    30_000,
  );
}

export interface Hit {
  kind: string;
  text: string;
  where: string;
  date: string | null;
  /** An item's "更新于" line: its newest entry's date, its children's included. */
  updated: string | null;
}

export const hits = (tab: Tab) =>
  tab.evaluate<Hit[]>(
    `${deep(`${SEARCH} >>> .hit`)}.map((el) => ({ kind: el.querySelector('.kind').textContent.trim(), text: el.querySelector('.text').textContent.trim(), where: el.querySelector('.where').textContent.trim(), date: el.querySelector('time')?.textContent ?? null, updated: el.querySelector('.updated')?.textContent ?? null }))`,
  );

/**
 * The layout a person sees: no horizontal scroll at the device's width, and every element inside
 * it (what a fixed-position layer holds aside).
 */
export async function assertFits(tab: Tab): Promise<void> {
  const device = tab.viewport.width;
  const wide = await tab.evaluate<{ scroll: number; out: string[] }>(`(() => {
    const out = [];
    const walk = (root, path) => {
      for (const el of root.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && r.right > ${device} + 1 && getComputedStyle(el).position !== 'fixed') out.push(path + el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '') + ' →' + Math.round(r.right));
        if (el.shadowRoot) walk(el.shadowRoot, path + el.tagName.toLowerCase() + ' >>> ');
      }
    };
    walk(document, '');
    return { scroll: document.documentElement.scrollWidth, out };
  })()`);
  assert.ok(wide.scroll <= device && !wide.out.length, `wider than the ${device} px screen (${wide.scroll}): ${wide.out.slice(0, 12).join(' | ')}`);
}

/** In 关怀模式 every visible control the selector finds is at least 60×60 px. */
export async function assertTargets(tab: Tab, selector: string): Promise<void> {
  const seen = await tab.evaluate<number>(`${deep(selector)}.filter((el) => el.getClientRects().length).length`);
  assert.ok(seen > 0, `no targets to measure: ${selector}`);
  const small = await tab.evaluate<{ w: number; h: number; text: string }[]>(
    `${deep(selector)}.filter((el) => el.getClientRects().length && getComputedStyle(el).visibility !== 'hidden').map((el) => { const r = el.getBoundingClientRect(); return { w: Math.round(r.width), h: Math.round(r.height), text: el.textContent.trim().slice(0, 20) || el.tagName }; }).filter((b) => b.w < 59.5 || b.h < 59.5)`,
  );
  assert.deepEqual(small, [], `targets under 60×60: ${JSON.stringify(small.slice(0, 5))}`);
}

/** axe over the page, shadow roots included, for the WCAG 2.2 A and AA rules: the rules it breaks. */
export async function axe(tab: Tab, include?: string): Promise<string[]> {
  await tab.evaluate(`(window.axe || (0, eval)(${JSON.stringify(AXE)}), true)`);
  return tab.evaluate<string[]>(
    `axe.run(${include ? `{ include: [[${JSON.stringify(include)}]] }` : 'document'}, { resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }).then((r) => r.violations.map((v) => v.id + ': ' + JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))))`,
  );
}

/** No English words in a Chinese page's column (names of the standard's codes, say). */
/**
 * No English words in what the elements `hosts` show (the column by default). With `codes`, a run
 * of capitals and digits (a 查询码, a feedback number) is a code, not English.
 */
export async function assertChinese(tab: Tab, hosts = COLUMN, options: { codes?: boolean } = {}): Promise<void> {
  const english = await tab.evaluate<string[]>(`(() => {
    const out = [];
    const walk = (root) => {
      const it = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = it.nextNode(); n; n = it.nextNode()) {
        const p = n.parentElement;
        const text = ${options.codes ? "n.data.replace(/[A-Z0-9-]*\\d[A-Z0-9-]*/g, '')" : 'n.data'};
        if (p && p.closest('style,script,[lang="en"]') === null && p.getClientRects().length && /[A-Za-z]{4,}/.test(text)) out.push(n.data.trim().slice(0, 40));
      }
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
    };
    for (const el of document.querySelectorAll('${hosts}')) walk(el.shadowRoot);
    return out;
  })()`);
  assert.deepEqual(english, [], `English in a Chinese page: ${english.slice(0, 5).join(' | ')}`);
}

/** A screenshot of the tab as `test/screenshots/journeys/<name>-<engine>-<size>.png`, to look at. */
export const screenshot = (tab: Tab, name: string, size: Size) => tab.screenshot(join(SHOTS, 'journeys', `${name}-${tab.engine}-${size.name}.png`));

export async function finish(tab: Tab, name: string, size: Size, options: { axe?: boolean } = {}): Promise<void> {
  await assertFits(tab);
  // Two frames, so that what the test has just checked is drawn: WebKit's driver once captured the
  // frame before (the last search's results, where the page already held the new ones).
  await tab.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true))))');
  await screenshot(tab, name, size);
  if (options.axe !== false) assert.deepEqual(await axe(tab), []);
}

/** The heading of what was opened is inside the viewport and has the focus. */
export async function onScreenAndFocused(tab: Tab, selector: string, text: string): Promise<void> {
  await tab.waitFor(
    `(() => { const view = ${deep(`${COLUMN} >>> gov-item-view`)}[0]; const h = view && view.shadowRoot && view.shadowRoot.querySelector('${selector}'); if (!h || view.shadowRoot.activeElement !== h) return false; const r = h.getBoundingClientRect(); return r.top >= -2 && r.bottom <= innerHeight + 2 && h.textContent.includes(${JSON.stringify(text)}); })()`,
    30_000,
  );
}

export async function backToResults(tab: Tab, q: string): Promise<void> {
  await tab.waitFor(`!location.hash.includes('gov-item') && decodeURIComponent(location.hash).includes('gov-q=${q}')`);
  await tab.waitFor(
    `(() => { const s = ${deep(SEARCH)}[0]; return s && s.shadowRoot.querySelector('input').value === ${JSON.stringify(q)} && s.shadowRoot.querySelectorAll('.hit').length > 0; })()`,
    30_000,
  );
}
