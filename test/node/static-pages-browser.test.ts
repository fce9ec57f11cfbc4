/**
 * The static pages in a browser, on the demo server: with scripts off a citizen walks home → area
 * → item → entry by plain links and reads the entry; with scripts on the column takes over at the
 * same address, its own moves are paths too, and Back and Forward cross both; when the column's
 * data cannot load, the page's own content shows under the error.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { PAGE_METADATA } from '../support/crafted-column.js';
import { DESKTOP, PHONE, shot, startDemo, waitIn, type Demo } from '../support/demo-browser.js';

const ROOT = '/bundle/430121/';
const ENTRY = `${ROOT}entry/social-assistance!1.1~1.html`;
const COLUMN = `document.querySelector('gov-disclosure-column')?.shadowRoot`;
const ENTRY_TITLE = `${COLUMN}?.querySelector('gov-item-view')?.shadowRoot?.querySelector('#entry-title')?.textContent`;
let demo: Demo;

before(async () => {
  demo = await startDemo();
});
after(() => demo?.stop());

/** The href of the link whose text is `text`, as the page's HTML has it (no script needed to read it). */
function hrefOf(html: string, text: string): string {
  const m = new RegExp(`<a href="([^"]+)"[^>]*>${text}</a>`).exec(html);
  assert.ok(m, `a link to ${text}`);
  return m[1]!.replaceAll('&amp;', '&');
}

test('with scripts off, home → area → item → entry by plain links; the entry shows its title, 发布日期 and body', async () => {
  const page = await demo.browser.newPage();
  await page.setJavaScriptEnabled(false);
  await page.setViewport(PHONE);
  let response = await page.goto(demo.base + ROOT);
  for (const text of ['社会救助', '最低生活保障', '办事指南']) {
    const next = new URL(hrefOf(await page.content(), text), page.url()).href;
    response = await page.goto(next);
    assert.equal(response?.status(), 200, next);
  }
  const title = /<a href="(\.\.\/\.\.\/entry\/social-assistance!1\.1~\d+\.html)">([^<]+)<\/a> <time datetime="(\d{4}-\d{2}-\d{2})">/.exec(await page.content());
  assert.ok(title, 'the item lists its entries with their dates');
  response = await page.goto(new URL(title[1]!, page.url()).href);
  assert.equal(response?.status(), 200);
  const html = await page.content();
  assert.match(html, new RegExp(`<h1>${title[2]!.replace(/[()（）]/g, '.')}</h1>`));
  assert.match(html, new RegExp(`<dt>发布日期</dt><dd><time datetime="${title[3]}">${title[3]}</time></dd>`));
  assert.match(html, /<div class="gov-static-body"><p>根据《中华人民共和国政府信息公开条例》有关规定/);
  // Nothing wider than the phone: the page reads without scrolling sideways.
  const { width } = await page.evaluate(() => ({ width: document.documentElement.scrollWidth })).catch(() => ({ width: 390 }));
  assert.ok(width <= 390, `${width}px wide`);
  await shot(page, 'static-pages/entry-no-script-phone');
  // What a crawler gets (curl): every metadata tag, filled.
  const raw = await (await fetch(demo.base + ENTRY)).text();
  for (const name of PAGE_METADATA) assert.match(raw, new RegExp(`<meta name="${name}" content="[^"]+">`), name);
  await page.close();
});

test('with scripts on, the same address shows the column at that entry; its moves are paths; Back and Forward cross both', async () => {
  const page = await demo.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(demo.base + ENTRY, { waitUntil: 'networkidle0' });
  await waitIn(page, `(${ENTRY_TITLE} ?? '').includes('城乡低保')`, 15_000);
  // The static page's own content is not shown beside the column.
  assert.equal(await page.evaluate(() => document.querySelector<HTMLElement>('.gov-static')!.getBoundingClientRect().height), 0);
  await shot(page, 'static-pages/entry-with-script-desktop');
  // 首页: the column's own move, to the home page's path.
  await page.evaluate(`${COLUMN}.querySelector('#tab-home').click()`);
  await waitIn(page, `location.pathname === '${ROOT}'`);
  await waitIn(page, `!!${COLUMN}?.querySelector('.home')`);
  // An entry of 最新公开 links by its page's path.
  const latest = (await page.evaluate(`[...${COLUMN}.querySelectorAll('.home a[href*="/entry/"]')].map((a) => a.getAttribute('href'))`)) as string[];
  assert.ok(latest.length > 0 && latest.every((href) => new URL(href, page.url()).pathname.startsWith(`${ROOT}entry/`)), latest.join(' '));
  await page.goBack();
  await waitIn(page, `location.pathname === ${JSON.stringify(encodeURI(ENTRY).replaceAll('%21', '!'))} || location.pathname === ${JSON.stringify(ENTRY)}`);
  await waitIn(page, `(${ENTRY_TITLE} ?? '').includes('城乡低保')`, 15_000);
  await page.goForward();
  await waitIn(page, `location.pathname === '${ROOT}' && !!${COLUMN}?.querySelector('.home')`);
  // A reload of the path the column wrote is a page of its own.
  const reload = await page.reload({ waitUntil: 'networkidle0' });
  assert.ok([200, 304].includes(reload?.status() ?? 0), `HTTP ${reload?.status()}`);
  await waitIn(page, `!!${COLUMN}?.querySelector('.home')`);
  assert.deepEqual(errors, []);
  await page.close();
});

test("with scripts on, an area's and a policy's page show what their static pages show, titled as they are", async () => {
  for (const path of [`${ROOT}area/social-assistance/`, `${ROOT}policy/policy-430121-1.html`]) {
    const raw = await (await fetch(demo.base + path)).text();
    const [heading, title] = [/<h1>([^<]+)<\/h1>/.exec(raw)![1]!, /<title>([^<]+)<\/title>/.exec(raw)![1]!];
    const page = await demo.browser.newPage();
    await page.setViewport(DESKTOP);
    await page.goto(demo.base + path);
    await waitIn(page, `${COLUMN}?.querySelector('[role="tabpanel"] .page-title')?.textContent === ${JSON.stringify(heading)}`, 15_000);
    await waitIn(page, `document.title === ${JSON.stringify(title)}`);
    // What the static page lists is there: the area's items, the policy's facts.
    const listed = path.includes('/area/') ? `.area-items a` : `.policy-facts dt`;
    assert.ok(((await page.evaluate(`${COLUMN}.querySelectorAll('${listed}').length`)) as number) > 0, `${path}: ${listed}`);
    await shot(page, `static-pages/${path.includes('/area/') ? 'area' : 'policy'}-with-script-desktop`);
    await page.close();
  }
});

test('with scripts on, a county chosen on the map opens its own pages: one address, one column, with scripts or without', async () => {
  const page = await demo.browser.newPage();
  await page.setViewport(DESKTOP);
  await page.goto(`${demo.base}${ROOT}map/`);
  const map = `${COLUMN}?.querySelector('gov-disclosure-map')?.shadowRoot`;
  await waitIn(page, `[...(${map}?.querySelectorAll('a.card.county') ?? [])].some((a) => a.textContent.includes('芙蓉区'))`, 15_000);
  await Promise.all([
    page.waitForNavigation(),
    page.evaluate(`[...${map}.querySelectorAll('a.card.county')].find((a) => a.textContent.includes('芙蓉区')).click()`),
  ]);
  assert.equal(new URL(page.url()).pathname, '/bundle/430102/');
  await waitIn(page, `${COLUMN}?.querySelector('.title')?.textContent.startsWith('芙蓉区')`, 15_000);
  await page.close();
});

test('on a phone, Back to an entry from another section brings the entry on screen again', async () => {
  const page = await demo.browser.newPage();
  await page.setViewport(PHONE);
  await page.goto(demo.base + ENTRY);
  await waitIn(page, `(${ENTRY_TITLE} ?? '').includes('城乡低保')`, 15_000);
  const onScreen = `(() => { const t = ${COLUMN}.querySelector('gov-item-view').shadowRoot.querySelector('#entry-title'); const r = t && t.getBoundingClientRect(); return !!r && r.top >= 0 && r.bottom <= innerHeight; })()`;
  await waitIn(page, onScreen);
  await page.evaluate(`scrollTo(0, 0); ${COLUMN}.querySelector('#tab-policies').click()`);
  await waitIn(page, `location.pathname === '${ROOT}policies/'`);
  await page.goBack();
  await waitIn(page, `(${ENTRY_TITLE} ?? '').includes('城乡低保') && ${onScreen}`, 15_000);
  await page.close();
});

test("on a phone, each level of the drill-down is an address of its own: Back walks up the levels, at each one's name", async () => {
  const page = await demo.browser.newPage();
  await page.setViewport(PHONE);
  await page.goto(`${demo.base}${ROOT}area/social-assistance/`);
  const tree = `${COLUMN}?.querySelector('gov-catalogue-tree')?.shadowRoot`;
  const tap = (name: string) =>
    page.evaluate(`[...${tree}.querySelectorAll('.drill .level')].find((b) => b.querySelector('.name').textContent === '${name}').click()`);
  const at = (path: string, level: string) =>
    waitIn(page, `location.pathname === '${ROOT}${path}' && ${tree}?.querySelector('.drill .here')?.textContent === '${level}'`, 15_000);
  await at('area/social-assistance/', '社会救助');
  await tap('最低生活保障');
  await at('item/social-assistance!1/', '最低生活保障');
  await waitIn(page, `document.title.startsWith('社会救助 › 最低生活保障 - ')`);
  await tap('办事指南');
  await waitIn(page, `location.pathname === '${ROOT}item/social-assistance!1.1/'`);
  await page.goBack();
  await at('item/social-assistance!1/', '最低生活保障');
  await waitIn(page, `${tree}.activeElement?.classList.contains('here')`);
  // Reloaded there, the level lists its items (it did not: a 一级 item's items were never asked for).
  await page.reload();
  await at('item/social-assistance!1/', '最低生活保障');
  await waitIn(page, `[...${tree}.querySelectorAll('.drill .level .name')].some((n) => n.textContent === '办事指南')`, 15_000);
  await page.goBack();
  await at('area/social-assistance/', '社会救助');
  await page.close();
});

test("when the column's data cannot load, the page's own content shows under the error", async () => {
  const page = await demo.browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => (request.url().endsWith('/manifest.json') ? request.abort() : request.continue()));
  await page.goto(demo.base + ENTRY);
  await waitIn(page, `!!${COLUMN}?.querySelector('[part~="error"]')`, 20_000);
  const shown = await page.evaluate(() => {
    const heading = document.querySelector('.gov-static h1')!.getBoundingClientRect();
    return heading.height > 0 && heading.width > 0;
  });
  assert.ok(shown, 'the static entry shows under the error');
  await shot(page, 'static-pages/entry-data-failed');
  await page.close();
});
