/**
 * The examples that deploy the column somewhere particular, as `npm start` serves them, in headless
 * Chromium: one search over a city and its nine counties (city-matrix), an LED board and its strip,
 * a kiosk (large targets, a QR code for 我要办, back home when idle), and a page under a strict CSP
 * with Trusted Types (zero violations). Each without console errors, axe-clean, with a screenshot.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { axe as axeOf, open as openIn, shot, startDemo, waitIn, type Demo, type Opened } from '../support/demo-browser.js';
import { box } from '../support/examples.js';

let demo: Demo;

before(async () => {
  demo = await startDemo();
});

after(async () => {
  await demo?.stop();
});

const open = (path: string, viewport?: { width: number; height: number }): Promise<Opened> => openIn(demo, path, viewport);
const axe = (page: Page, include?: string, rules?: string[]) => axeOf(page, include, rules);

describe('examples', () => {
  test('city-matrix: one search over the city and its nine counties, and a hit opens the county’s column', async () => {
    const { page, errors } = await open('/examples/city-matrix/');
    await waitIn(page, `document.querySelector('gov-disclosure-column').shadowRoot.querySelector('gov-search')?.shadowRoot?.querySelector('input')`);
    await page.evaluate(() => {
      (document.querySelector('gov-disclosure-column')!.shadowRoot!.querySelector('gov-search') as unknown as { q: string }).q = '低保';
    });
    const search = `document.querySelector('gov-disclosure-column').shadowRoot.querySelector('gov-search').shadowRoot`;
    await waitIn(page, `${search}.querySelectorAll('.hit').length >= 10`, 20_000);
    // One merged index: the place facet counts hits in all ten columns, and each hit names its own.
    const places = await page.evaluate(
      `[...${search}.querySelectorAll('.facets select')].find((s) => s.parentElement.textContent.includes('地区')).options.length`,
    );
    assert.equal(places, 11, 'all ten columns, and 全部');
    const where = (await page.evaluate(`[...${search}.querySelectorAll('.hit .where')].map((w) => w.textContent)`)) as string[];
    assert.match(where[0]!, /^长沙市 › /);
    assert.deepEqual(await axe(page), []);
    await shot(page, 'city-matrix');
    // Narrowed to 长沙县, a hit there switches the column to 长沙县's, on that item.
    await page.evaluate(
      `(() => { const select = [...${search}.querySelectorAll('.facets select')].find((s) => s.parentElement.textContent.includes('地区')); select.value = '430121'; select.dispatchEvent(new Event('change')); })()`,
    );
    await waitIn(
      page,
      `(() => { const w = [...${search}.querySelectorAll('.hit .where')]; return w.length > 0 && w.every((e) => e.textContent.startsWith('长沙县 › ')); })()`,
      20_000,
    );
    await page.evaluate(`${search}.querySelector('.hit').click()`);
    await waitIn(page, `document.querySelector('gov-disclosure-column').shadowRoot.querySelector('h1').textContent.startsWith('长沙县')`);
    assert.match(page.url(), /gov-jurisdiction=430121/);
    // …and opens the hit there, focused; the search still covers the ten columns.
    const view = `document.querySelector('gov-disclosure-column').shadowRoot.querySelector('gov-item-view')`;
    await waitIn(
      page,
      `(() => { const v = ${view}; const h = v && v.shadowRoot && v.shadowRoot.querySelector('.title'); return h && v.shadowRoot.activeElement === h; })()`,
      20_000,
    );
    assert.match(decodeURIComponent(page.url()), /gov-item=[\w-]+:\d/);
    await waitIn(
      page,
      `${search}.querySelectorAll('.facets select').length > 0 && [...${search}.querySelectorAll('.hit .where')].every((e) => e.textContent.startsWith('长沙县 › '))`,
    );
    // A shared link to that item in 长沙县's column opens it too.
    const link = page.url();
    const shared = await open(link.slice(link.indexOf('/examples/')));
    await waitIn(
      shared.page,
      `(() => { const v = document.querySelector('gov-disclosure-column').shadowRoot.querySelector('gov-item-view'); return v && v.getAttribute('item') && v.shadowRoot && v.shadowRoot.querySelector('.title'); })()`,
      20_000,
    );
    assert.match(
      (await shared.page.evaluate(`document.querySelector('gov-disclosure-column').shadowRoot.querySelector('h1').textContent`)) as string,
      /^长沙县/,
    );
    await shared.page.close();
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('led-board: fills a 1920×1080 screen, and the strip is one line', async () => {
    const { page, errors } = await open('/examples/led-board/', { width: 1920, height: 1080 });
    await waitIn(page, `document.querySelector('gov-led-board').shadowRoot.querySelector('.area')`);
    const board = (await box(page, 'gov-led-board'))!;
    assert.deepEqual([board.width, board.height], [1920, 1080]);
    const foot = (await box(page, 'gov-led-board', '.foot'))!;
    assert.ok(Math.abs(foot.bottom - 1080) <= 1, 'the ticker at the bottom edge');
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(errors, []);
    await shot(page, 'led-board');
    await page.close();
    const strip = await open('/examples/led-board/strip.html', { width: 1280, height: 160 });
    await waitIn(strip.page, `document.querySelector('gov-led-board').shadowRoot.querySelector('.area')`);
    const area = (await box(strip.page, 'gov-led-board', '.area h2'))!;
    const ticker = (await box(strip.page, 'gov-led-board', '.ticker'))!;
    assert.ok(Math.abs(area.y + area.height / 2 - (ticker.y + ticker.height / 2)) < 20, 'area and ticker on one line');
    assert.ok(ticker.x > area.right - 1);
    assert.deepEqual(strip.errors, []);
    await shot(strip.page, 'led-strip');
    await strip.page.close();
  });

  test('kiosk: large targets, no context menu or selection, a print button, and back home when idle', async () => {
    const { page, errors } = await open('/examples/kiosk/?idle=0.2', { width: 1080, height: 1920 });
    // A visitor opens an item from the home (the kiosk keeps no state in its address).
    await waitIn(page, `document.querySelector('gov-disclosure-column').shadowRoot.querySelector('.home .areas button')`);
    await page.evaluate(() => {
      const search = document.querySelector('gov-disclosure-column')!.shadowRoot!.querySelector('gov-search')!;
      search.dispatchEvent(
        new CustomEvent('gov-select', {
          detail: { item: { id: 'social-assistance:1.1', area: 'social-assistance', name: '', level: 2 } },
          bubbles: true,
          composed: true,
        }),
      );
    });
    await waitIn(page, `document.querySelector('gov-disclosure-column').shadowRoot.querySelector('gov-item-view')?.shadowRoot?.querySelector('.title')`);
    const tab = (await box(page, 'gov-disclosure-column', '[role="tab"]'))!;
    assert.ok(tab.height >= 60, `a 60 px touch target (${tab.height})`);
    const print = await page.evaluate(() =>
      [...document.querySelector('gov-disclosure-column')!.shadowRoot!.querySelector('gov-item-view')!.shadowRoot!.querySelectorAll('button')].some(
        (b) => b.textContent === '打印',
      ),
    );
    assert.ok(print, 'a print button on the item');
    const blocked = await page.evaluate(() => !document.body.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true })));
    assert.ok(blocked, 'no context menu');
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).userSelect), 'none');
    assert.deepEqual(await axe(page), []);
    await shot(page, 'kiosk');
    // 我要办 opens no window out of the kiosk: it offers the service as a QR code to scan.
    const pages = (await page.browser().pages()).length;
    const url = page.url();
    await page.evaluate(() => {
      const actions = document.querySelector('gov-disclosure-column')!.shadowRoot!.querySelector('gov-item-view')!.shadowRoot!.querySelector('gov-actions')!;
      (actions.shadowRoot!.querySelector('a.do') as HTMLElement).click();
    });
    const dialog = `document.querySelector('gov-disclosure-column').shadowRoot.querySelector('gov-item-view').shadowRoot.querySelector('gov-actions').shadowRoot.querySelector('dialog')`;
    await waitIn(page, `${dialog}?.open && ${dialog}.querySelector('svg path')`);
    assert.match((await page.evaluate(`${dialog}.textContent`)) as string, /请用手机扫码继续办理[\s\S]*最低生活保障金给付/);
    assert.equal((await page.browser().pages()).length, pages, 'no new window');
    assert.equal(page.url(), url);
    assert.deepEqual(await axe(page), []);
    await shot(page, 'kiosk-qr', { screen: true });
    await page.evaluate(`${dialog}.querySelector('button').click()`);
    await waitIn(page, `!${dialog}.open`);
    // Idle: first a warning with a countdown; 继续使用 keeps what the visitor was reading.
    await waitIn(page, `document.getElementById('idle-warning').open`, 15_000);
    assert.match(await page.evaluate(() => document.getElementById('idle-warning')!.textContent!), /即将返回首页[\s\S]*\d+ 秒后返回首页/);
    await page.click('#keep-using');
    await waitIn(page, `!document.getElementById('idle-warning').open`);
    assert.ok(await page.evaluate(() => !!document.querySelector('gov-disclosure-column')!.shadowRoot!.querySelector('gov-item-view')), 'still reading');
    // Nobody touches it for the idle time: warned, then back to the start.
    await waitIn(page, `document.getElementById('idle-warning').open`, 15_000);
    await waitIn(page, `!document.querySelector('gov-disclosure-column').shadowRoot.querySelector('gov-item-view')`, 15_000);
    assert.match(await page.evaluate(() => document.getElementById('idle-hint')!.textContent!), /返回首页/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('strict-csp: zero CSP or Trusted Types violations while a person uses the column', async () => {
    const { page, errors, violations } = await open('/examples/strict-csp/#gov-item=compulsory-education%3A1.1&gov-entry=compulsory-education%3A1.1~1');
    const csp = await page.evaluate(() => document.querySelector('meta[name="gov-disclosure"]')?.getAttribute('content'));
    assert.equal(csp, 'strict-csp');
    await waitIn(page, `document.querySelector('gov-disclosure-column').shadowRoot.querySelector('gov-item-view')?.shadowRoot?.querySelector('.body')`);
    // Search, the map, a language switch: every path that renders.
    await page.evaluate(() => {
      (document.querySelector('gov-disclosure-column')!.shadowRoot!.querySelector('gov-search') as unknown as { q: string }).q = '学区';
    });
    await waitIn(page, `document.querySelector('gov-disclosure-column').shadowRoot.querySelector('gov-search').shadowRoot.querySelector('.hit')`);
    await page.evaluate(() => (document.querySelector('gov-disclosure-column')!.shadowRoot!.querySelector('#tab-map') as HTMLElement).click());
    await waitIn(
      page,
      `document.querySelector('gov-disclosure-column').shadowRoot.querySelector('gov-disclosure-map')?.shadowRoot?.querySelector('a, button')`,
    );
    await page.evaluate(() => document.querySelector('gov-disclosure-column')!.setAttribute('lang', 'zh-TW'));
    // Rendered in 繁體 (its strings and the 繁體 table loaded) before the violations are counted.
    await waitIn(page, `document.querySelector('gov-disclosure-column').shadowRoot.querySelector('#tab-home')?.textContent.trim() === '首頁'`);
    const seen = await violations();
    console.log(`strict-csp: ${seen.length} violations`);
    assert.deepEqual(seen, []);
    assert.deepEqual(
      errors.filter((e) => !/Refused|Content Security Policy/.test(e)),
      [],
    );
    assert.deepEqual(errors, []);
    await shot(page, 'strict-csp');
    await page.close();
  });
});
