/**
 * The journeys of ../shared/journeys.md that search serves, as a citizen makes them on the demo
 * (`npm start`): real taps, keys and the Back button, at phone size (390×844, touch, 关怀模式, the
 * largest font) and on a desktop (1280×900). Each ends with a screenshot in
 * test/screenshots/journeys/ and with the layout checked: no horizontal scroll, nothing cut off,
 * targets of at least 60×60 px in 关怀模式.
 *
 * 2. Search with the citizen's words. 3. Open a result.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { ElementHandle, Page } from 'puppeteer-core';
import { axe, DESKTOP, open, PHONE, shot, startDemo, waitIn, type Demo } from '../support/demo-browser.js';

let demo: Demo;
before(async () => {
  demo = await startDemo();
});
after(async () => {
  await demo?.stop();
});

const COLUMN = 'gov-disclosure-column';
const SEARCH = `${COLUMN} >>> gov-search`;

const SIZES = [
  { name: 'phone', viewport: PHONE, elderly: true },
  { name: 'desktop', viewport: DESKTOP, elderly: false },
] as const;

/** Opens the demo column; on the phone, turns on 关怀模式 and the largest font by tapping them. */
async function arrive(size: (typeof SIZES)[number]): Promise<Page> {
  const { page } = await open(demo, '/examples/column/', size.viewport);
  await page.waitForSelector(`${SEARCH} >>> input`);
  if (size.elderly) {
    await tap(page, await page.waitForSelector(`${COLUMN} >>> .settings > button`));
    await tap(page, await page.waitForSelector(`${COLUMN} >>> .font button`)); // 大, the first of 大/中/小
    await waitIn(page, `document.querySelector('${COLUMN}').getAttribute('mode') === 'elderly'`);
  }
  return page;
}

async function tap(page: Page, element: ElementHandle | null): Promise<void> {
  assert.ok(element, 'nothing to tap');
  const touch = (page.viewport()?.hasTouch ?? false) as boolean;
  if (touch) await element.tap();
  else await element.click();
}

/** Types a query in the search box as a person does, and presses Enter. */
async function searchFor(page: Page, q: string): Promise<void> {
  const input = (await page.waitForSelector(`${SEARCH} >>> input`))!;
  await tap(page, input);
  await input.evaluate((el) => ((el as HTMLInputElement).value = ''));
  await page.keyboard.type(q);
  await page.keyboard.press('Enter');
  await waitIn(page, `(() => { const s = document.querySelector('${COLUMN}').shadowRoot.querySelector('gov-search').shadowRoot; const p = s.querySelector('.summary'); return p && p.textContent.includes(${JSON.stringify(q)}) && !s.querySelector('[aria-busy="true"]'); })()`, 20_000);
}

interface Hit {
  kind: string;
  text: string;
  where: string;
  date: string | null;
}

const hits = (page: Page) =>
  page.$$eval(`${SEARCH} >>> .hit`, (els) =>
    els.map((el) => ({ kind: el.querySelector('.kind')!.textContent!.trim(), text: el.querySelector('.text')!.textContent!.trim(), where: el.querySelector('.where')!.textContent!.trim(), date: el.querySelector('time')?.textContent ?? null })),
  ) as Promise<Hit[]>;

const totalOf = async (page: Page) => Number(/共 (\d+) 条/.exec((await page.$eval(`${SEARCH} >>> .summary`, (el) => el.textContent!))!)![1]);

/**
 * The layout a person sees: no horizontal scroll at the device's width (a phone widens its layout
 * viewport to fit what overflows, so `innerWidth` is not the measure), and every listed box inside it.
 */
async function assertFits(page: Page, selector: string): Promise<void> {
  const device = page.viewport()!.width;
  const wide = (await page.evaluate(`(() => {
    const out = [];
    const walk = (root, path) => {
      for (const el of root.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && r.right > ${device} + 1 && getComputedStyle(el).position !== 'fixed') out.push(path + el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : '') + ' →' + Math.round(r.right));
        if (el.shadowRoot) walk(el.shadowRoot, path + el.tagName.toLowerCase() + ' >>> ');
      }
    };
    walk(document, '');
    return { scroll: document.documentElement.scrollWidth, out };
  })()`)) as { scroll: number; out: string[] };
  assert.ok(wide.scroll <= device && !wide.out.length, `wider than the ${device} px screen (${wide.scroll}): ${wide.out.slice(0, 12).join(' | ')}`);
  const boxes = await page.$$eval(selector, (els) => els.map((el) => { const r = el.getBoundingClientRect(); return { left: r.left, right: r.right, text: el.textContent!.trim().slice(0, 30) }; }));
  for (const box of boxes) assert.ok(box.left >= -1 && box.right <= device + 1, `cut off: “${box.text}” ${box.left}–${box.right} of ${device}`);
}

/** In 关怀模式 every control of the results is at least 60×60 px. */
async function assertTargets(page: Page): Promise<void> {
  const small = await page.$$eval(`${SEARCH} >>> button, ${SEARCH} >>> select, ${SEARCH} >>> input`, (els) =>
    els.filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => { const r = el.getBoundingClientRect(); return { w: r.width, h: r.height, text: el.textContent!.trim().slice(0, 20) || el.tagName }; }).filter((b) => b.w < 60 || b.h < 60),
  );
  assert.deepEqual(small, [], `targets under 60×60: ${JSON.stringify(small.slice(0, 5))}`);
}

for (const size of SIZES) {
  describe(`journeys on a ${size.name}${size.elderly ? ' (关怀模式, largest font)' : ''}`, () => {
    test('2. Search with the citizen\'s words', async () => {
      const page = await arrive(size);
      // 最低生活保障, 最低生活 and 低保 all find the 最低生活保障 item among the first results.
      for (const q of ['最低生活保障', '最低生活', '低保']) {
        await searchFor(page, q);
        const first = (await hits(page)).slice(0, 3);
        assert.ok(first.some((h) => h.text === '最低生活保障' && h.where === '社会救助 › 最低生活保障'), `${q}: ${JSON.stringify(first)}`);
      }
      // Every result shows where it sits, and entries their date.
      const shown = await hits(page);
      assert.ok(shown.length >= 20);
      for (const hit of shown) {
        assert.match(hit.where, /^[^›]+( › [^›]+)+$|^[^›]+ › /, `no place: ${JSON.stringify(hit)}`);
        if (hit.kind === '信息') assert.match(hit.date ?? '', /^\d{4}-\d\d-\d\d$/, `no date: ${JSON.stringify(hit)}`);
      }
      // Every result is reachable: 加载更多 until all are shown.
      const total = await totalOf(page);
      assert.ok(total > 50, `低保: ${total}`);
      while ((await hits(page)).length < total) {
        const before = (await hits(page)).length;
        await tap(page, await page.waitForSelector(`${SEARCH} >>> .load-more:not([disabled])`));
        await waitIn(page, `document.querySelector('${COLUMN}').shadowRoot.querySelector('gov-search').shadowRoot.querySelectorAll('.hit').length > ${before}`, 20_000);
      }
      assert.equal((await hits(page)).length, total);
      assert.equal(await page.$(`${SEARCH} >>> .load-more`), null, 'no 加载更多 once all are shown');
      await assertFits(page, `${SEARCH} >>> .hit, ${SEARCH} >>> .facets, ${SEARCH} >>> form`);
      if (size.elderly) await assertTargets(page);
      // A 繁體 query finds the 简体 data.
      await searchFor(page, '義務教育');
      assert.match((await hits(page))[0]!.where, /^义务教育 › /);
      await shot(page, `journeys/02-search-${size.name}`, { screen: true });
      assert.deepEqual(await axe(page), []);
      await page.close();
    });

    test('3. Open a result', async () => {
      const page = await arrive(size);
      await searchFor(page, '低保');
      // The third result (an item): its heading is on screen and focused; the address names it.
      const third = (await page.$$(`${SEARCH} >>> .hit`))[2]!;
      const thirdHit = (await hits(page))[2]!;
      await tap(page, third);
      await onScreenAndFocused(page, '.title', thirdHit.text);
      assert.match(decodeURIComponent(await page.evaluate(() => location.hash)), /gov-item=social-assistance:1\.\d+/);
      // Back: the results, with the query still there.
      await page.goBack();
      await backToResults(page, '低保');
      // The third entry: on screen, focused, named in the address.
      const entriesButton = await findButton(page, `${SEARCH} >>> .kinds button`, '信息');
      await tap(page, entriesButton);
      await waitIn(page, `(() => { const kinds = [...document.querySelector('${COLUMN}').shadowRoot.querySelector('gov-search').shadowRoot.querySelectorAll('.hit .kind')]; return kinds.length >= 3 && kinds.every((k) => k.textContent.trim() === '信息'); })()`, 20_000);
      const entry = (await hits(page))[2]!;
      await tap(page, (await page.$$(`${SEARCH} >>> .hit`))[2]!);
      await onScreenAndFocused(page, '#entry-title', entry.text);
      assert.match(decodeURIComponent(await page.evaluate(() => location.hash)), /gov-entry=social-assistance:1\.\d+~\d+/);
      await assertFits(page, `${COLUMN} >>> gov-item-view >>> .entry`);
      // Still there once everything around it has loaded: what the screenshot shows.
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
      await onScreenAndFocused(page, '#entry-title', entry.text);
      await shot(page, `journeys/03-open-result-${size.name}`, { screen: true });
      await page.goBack();
      await backToResults(page, '低保');
      await page.close();
    });
  });
}

async function findButton(page: Page, selector: string, label: string): Promise<ElementHandle> {
  for (const handle of await page.$$(selector)) if ((await handle.evaluate((el) => el.textContent!)).includes(label)) return handle;
  throw new Error(`no button “${label}”`);
}

/** The heading of what was opened is inside the viewport and has the focus. */
async function onScreenAndFocused(page: Page, selector: string, text: string): Promise<void> {
  await waitIn(
    page,
    `(() => { const view = document.querySelector('${COLUMN}').shadowRoot.querySelector('gov-item-view'); const h = view && view.shadowRoot && view.shadowRoot.querySelector('${selector}'); if (!h || view.shadowRoot.activeElement !== h) return false; const r = h.getBoundingClientRect(); return r.top >= -2 && r.bottom <= innerHeight + 2 && h.textContent.includes(${JSON.stringify(text)}); })()`,
    20_000,
  );
}

async function backToResults(page: Page, q: string): Promise<void> {
  await waitIn(page, `!location.hash.includes('gov-item') && decodeURIComponent(location.hash).includes('gov-q=${q}')`);
  await waitIn(page, `(() => { const s = document.querySelector('${COLUMN}').shadowRoot.querySelector('gov-search').shadowRoot; return s.querySelector('input').value === ${JSON.stringify(q)} && s.querySelectorAll('.hit').length > 0; })()`);
}
