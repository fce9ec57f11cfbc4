/**
 * The journeys of ../shared/journeys.md, as a citizen makes them on the demo (`npm start`): real
 * taps, keys, reloads and the Back button, in three engines (Chromium, Firefox, WebKit; see
 * test/support/engines.ts) and two sizes: a phone (390×844, touch, 关怀模式, the largest font) and a
 * desktop (1280×900). Each ends with a screenshot, test/screenshots/journeys/<nn>-<name>-<engine>-<size>.png,
 * and with the layout checked: no horizontal scroll, nothing cut off, targets of at least 60×60 px
 * in 关怀模式, axe clean.
 *
 * `GOV_ENGINES=chromium` runs one engine.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ROOT, SHOTS, startDemoServer, type DemoServer } from '../support/demo-browser.js';
import { deep, enginesToRun, launch, type Engine, type EngineName, type Tab, type Viewport } from '../support/engines.js';

const COLUMN = 'gov-disclosure-column';
const SEARCH = `${COLUMN} >>> gov-search`;
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

const SIZES: { name: 'phone' | 'desktop'; viewport: Viewport; elderly: boolean }[] = [
  { name: 'phone', viewport: { width: 390, height: 844, touch: true }, elderly: true },
  { name: 'desktop', viewport: { width: 1280, height: 900 }, elderly: false },
];
type Size = (typeof SIZES)[number];

let demo: DemoServer;
before(async () => {
  demo = await startDemoServer();
});
after(async () => {
  await demo?.stop();
});

/** The text of what a deep selector finds, trimmed. */
const texts = (tab: Tab, selector: string) => tab.evaluate<string[]>(`${deep(selector)}.map((el) => el.textContent.trim().replace(/\\s+/g, ' '))`);
const count = (tab: Tab, selector: string) => tab.evaluate<number>(`${deep(selector)}.length`);
const column = (expression: string) => `(() => { const c = document.querySelector('${COLUMN}'); return !!c && (${expression}); })()`;

/** Opens a page of the demo and waits for the column to show its search box. */
async function arrive(tab: Tab, path = '/examples/column/'): Promise<void> {
  await tab.goto(demo.base + path);
  await tab.waitFor(`${deep(`${SEARCH} >>> input`)}.length > 0`);
}

/** On the phone: 关怀模式 and the largest font, by tapping them as a person does. */
async function elderly(tab: Tab): Promise<void> {
  // Kept on the device from an earlier visit, it is on already.
  if ((await texts(tab, `${COLUMN} >>> .settings > button[aria-pressed="false"]`)).length) await tab.tap(`${COLUMN} >>> .settings > button`);
  await tab.tap(`${COLUMN} >>> .font button`); // 大, the first of 大/中/小
  await tab.waitFor(column(`c.getAttribute('mode') === 'elderly' && c.style.getPropertyValue('--gov-font-scale') === '1.2'`));
}

async function start(engine: Engine, size: Size, path?: string): Promise<Tab> {
  const tab = await engine.open(size.viewport);
  await arrive(tab, path);
  if (size.elderly) await elderly(tab);
  return tab;
}

/** Types a query in the search box as a person does, and presses Enter; waits for its results. */
async function searchFor(tab: Tab, q: string): Promise<void> {
  await tab.tap(`${SEARCH} >>> input`);
  await tab.evaluate(`(${deep(`${SEARCH} >>> input`)}[0].select(), true)`);
  await tab.type(q);
  await tab.press('Enter');
  await tab.waitFor(`(() => { const s = ${deep(SEARCH)}[0].shadowRoot; const p = s.querySelector('.summary'); return p && p.textContent.includes(${JSON.stringify(q)}) && !s.querySelector('[aria-busy="true"]'); })()`, 30_000);
}

interface Hit {
  kind: string;
  text: string;
  where: string;
  date: string | null;
}

const hits = (tab: Tab) =>
  tab.evaluate<Hit[]>(`${deep(`${SEARCH} >>> .hit`)}.map((el) => ({ kind: el.querySelector('.kind').textContent.trim(), text: el.querySelector('.text').textContent.trim(), where: el.querySelector('.where').textContent.trim(), date: el.querySelector('time')?.textContent ?? null }))`);

/**
 * The layout a person sees: no horizontal scroll at the device's width, and every element inside
 * it (what a fixed-position layer holds aside).
 */
async function assertFits(tab: Tab): Promise<void> {
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
async function assertTargets(tab: Tab, selector: string): Promise<void> {
  const small = await tab.evaluate<{ w: number; h: number; text: string }[]>(
    `${deep(selector)}.filter((el) => el.getClientRects().length && getComputedStyle(el).visibility !== 'hidden').map((el) => { const r = el.getBoundingClientRect(); return { w: Math.round(r.width), h: Math.round(r.height), text: el.textContent.trim().slice(0, 20) || el.tagName }; }).filter((b) => b.w < 59.5 || b.h < 59.5)`,
  );
  assert.deepEqual(small, [], `targets under 60×60: ${JSON.stringify(small.slice(0, 5))}`);
}

/** axe over the page, shadow roots included, for the WCAG 2.2 A and AA rules: the rules it breaks. */
async function axe(tab: Tab): Promise<string[]> {
  await tab.evaluate(`(window.axe || (0, eval)(${JSON.stringify(AXE)}), true)`);
  return tab.evaluate<string[]>(
    `axe.run(document, { resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }).then((r) => r.violations.map((v) => v.id + ': ' + JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))))`,
  );
}

/** No English words in a Chinese page's column (names of the standard's codes, say). */
async function assertChinese(tab: Tab): Promise<void> {
  const english = await tab.evaluate<string[]>(`(() => {
    const out = [];
    const walk = (root) => {
      const it = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = it.nextNode(); n; n = it.nextNode()) {
        const p = n.parentElement;
        if (p && p.closest('style,script,[lang="en"]') === null && p.getClientRects().length && /[A-Za-z]{4,}/.test(n.data)) out.push(n.data.trim().slice(0, 40));
      }
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
    };
    walk(document.querySelector('${COLUMN}').shadowRoot);
    return out;
  })()`);
  assert.deepEqual(english, [], `English in a Chinese page: ${english.slice(0, 5).join(' | ')}`);
}

async function finish(tab: Tab, name: string, size: Size, options: { axe?: boolean } = {}): Promise<void> {
  await assertFits(tab);
  await tab.screenshot(join(SHOTS, 'journeys', `${name}-${tab.engine}-${size.name}.png`));
  if (options.axe !== false) assert.deepEqual(await axe(tab), []);
}

/** The heading of what was opened is inside the viewport and has the focus. */
async function onScreenAndFocused(tab: Tab, selector: string, text: string): Promise<void> {
  await tab.waitFor(
    `(() => { const view = ${deep(`${COLUMN} >>> gov-item-view`)}[0]; const h = view && view.shadowRoot && view.shadowRoot.querySelector('${selector}'); if (!h || view.shadowRoot.activeElement !== h) return false; const r = h.getBoundingClientRect(); return r.top >= -2 && r.bottom <= innerHeight + 2 && h.textContent.includes(${JSON.stringify(text)}); })()`,
    30_000,
  );
}

async function backToResults(tab: Tab, q: string): Promise<void> {
  await tab.waitFor(`!location.hash.includes('gov-item') && decodeURIComponent(location.hash).includes('gov-q=${q}')`);
  await tab.waitFor(`(() => { const s = ${deep(SEARCH)}[0]; return s && s.shadowRoot.querySelector('input').value === ${JSON.stringify(q)} && s.shadowRoot.querySelectorAll('.hit').length > 0; })()`, 30_000);
}

const engines: EngineName[] = enginesToRun();

for (const name of engines) {
  describe(`journeys in ${name}`, () => {
    let engine: Engine;
    before(async () => {
      engine = await launch(name);
    });
    after(async () => {
      await engine?.stop();
    });

    for (const size of SIZES) {
      describe(`on a ${size.name}${size.elderly ? ' (关怀模式, largest font)' : ''}`, () => {
        test('1. Arrive', async () => {
          const tab = await start(engine, size);
          // The column's name, the search box, the four actions, the latest disclosures with their dates, the areas with their counts.
          await tab.waitFor(`${deep(`${COLUMN} >>> .latest li time`)}.length >= 5 && ${deep(`${COLUMN} >>> .areas li`)}.length === 26`);
          assert.match((await texts(tab, `${COLUMN} >>> h1`))[0]!, /^长沙县基层政务公开标准化规范化专栏$/);
          const actions = await texts(tab, `${COLUMN} >>> .actions .action strong`);
          assert.deepEqual(actions, ['我要看', '我要办', '我要查', '我要评']);
          for (const line of await texts(tab, `${COLUMN} >>> .latest li`)) assert.match(line, /\d{4}-\d\d-\d\d/, line);
          const areas = await texts(tab, `${COLUMN} >>> .areas li`);
          assert.ok(areas.every((a) => /\d+个事项 · \d+条信息|不涉及/.test(a)), areas.join(' | '));
          // Nothing tells a phone user to look "on the left".
          assert.ok(!(await tab.evaluate<string>(`${deep(COLUMN)}[0].shadowRoot.textContent`)).includes('左侧'));
          // 我要查 puts the cursor in the search box.
          await tab.tap(`${COLUMN} >>> .actions li:nth-child(3) .action`);
          await tab.waitFor(`${deep(SEARCH)}[0].shadowRoot.activeElement?.tagName === 'INPUT'`);
          // An area tile opens the catalogue at that area.
          await tab.tap(`${COLUMN} >>> .areas button`, 0);
          await tab.waitFor(`${deep(`${COLUMN} >>> gov-catalogue-tree >>> [role="treeitem"][aria-expanded="true"]`)}.length === 1`);
          await tab.back();
          await tab.waitFor(`${deep(`${COLUMN} >>> .areas li`)}.length === 26`);
          if (size.elderly) await assertTargets(tab, `${COLUMN} >>> .home a, ${COLUMN} >>> .home button, ${COLUMN} >>> .settings button, ${COLUMN} >>> [role="tab"], ${SEARCH} >>> input, ${SEARCH} >>> button`);
          await assertChinese(tab);
          await tab.evaluate('(scrollTo(0, 0), true)');
          await finish(tab, '01-arrive', size);
          await tab.close();
        });

        test('2. Search with the citizen\'s words', async () => {
          const tab = await start(engine, size);
          // 最低生活保障, 最低生活 and 低保 all find the 最低生活保障 item among the first results.
          for (const q of ['最低生活保障', '最低生活', '低保']) {
            await searchFor(tab, q);
            const first = (await hits(tab)).slice(0, 3);
            assert.ok(first.some((h) => h.text === '最低生活保障' && h.where === '社会救助 › 最低生活保障'), `${q}: ${JSON.stringify(first)}`);
          }
          // Every result shows where it sits, and entries their date.
          const shown = await hits(tab);
          assert.ok(shown.length >= 20);
          for (const hit of shown) {
            assert.match(hit.where, /^[^›]+ › /, `no place: ${JSON.stringify(hit)}`);
            if (hit.kind === '信息') assert.match(hit.date ?? '', /^\d{4}-\d\d-\d\d$/, `no date: ${JSON.stringify(hit)}`);
          }
          // Every result is reachable: 加载更多 until all are shown.
          const total = Number(/共 (\d+) 条/.exec((await texts(tab, `${SEARCH} >>> .summary`))[0]!)![1]);
          assert.ok(total > 50, `低保: ${total}`);
          while ((await count(tab, `${SEARCH} >>> .hit`)) < total) {
            const before = await count(tab, `${SEARCH} >>> .hit`);
            await tab.tap(`${SEARCH} >>> .load-more:not([disabled])`);
            await tab.waitFor(`${deep(`${SEARCH} >>> .hit`)}.length > ${before}`, 30_000);
          }
          assert.equal(await count(tab, `${SEARCH} >>> .load-more`), 0, 'no 加载更多 once all are shown');
          if (size.elderly) await assertTargets(tab, `${SEARCH} >>> button, ${SEARCH} >>> select, ${SEARCH} >>> input`);
          await assertFits(tab);
          // A 繁體 query finds the 简体 data.
          await searchFor(tab, '義務教育');
          assert.match((await hits(tab))[0]!.where, /^义务教育 › /);
          await assertChinese(tab);
          await finish(tab, '02-search', size);
          await tab.close();
        });

        test('3. Open a result', async () => {
          const tab = await start(engine, size);
          await searchFor(tab, '低保');
          // The third result (an item): its heading is on screen and focused; the address names it.
          const third = (await hits(tab))[2]!;
          await tab.tap(`${SEARCH} >>> .hit`, 2);
          await onScreenAndFocused(tab, '.title', third.text);
          assert.match(decodeURIComponent(await tab.evaluate<string>('location.hash')), /gov-item=social-assistance:1\.\d+/);
          // Back: the results, with the query still there.
          await tab.back();
          await backToResults(tab, '低保');
          // The third entry: on screen, focused, named in the address.
          const kinds = await texts(tab, `${SEARCH} >>> .kinds button`);
          await tab.tap(`${SEARCH} >>> .kinds button`, kinds.findIndex((k) => k.includes('信息')));
          await tab.waitFor(`(() => { const kinds = ${deep(`${SEARCH} >>> .hit .kind`)}; return kinds.length >= 3 && kinds.every((k) => k.textContent.trim() === '信息'); })()`, 30_000);
          const entry = (await hits(tab))[2]!;
          await tab.tap(`${SEARCH} >>> .hit`, 2);
          await onScreenAndFocused(tab, '#entry-title', entry.text);
          assert.match(decodeURIComponent(await tab.evaluate<string>('location.hash')), /gov-entry=social-assistance:1\.\d+~\d+/);
          await finish(tab, '03-open-result', size, { axe: false });
          await tab.back();
          await backToResults(tab, '低保');
          await tab.close();
        });

        test('4. Browse', async () => {
          const tab = await start(engine, size);
          // 社会救助, from the home's areas; then 最低生活保障 in the catalogue, which lists its 二级 items.
          await tab.waitFor(`${deep(`${COLUMN} >>> .areas button`)}.length > 20`);
          const areas = await texts(tab, `${COLUMN} >>> .areas button`);
          await tab.tap(`${COLUMN} >>> .areas button`, areas.findIndex((a) => a.startsWith('社会救助')));
          const row = `${COLUMN} >>> gov-catalogue-tree >>> [id="row-social-assistance:1"]`;
          await tab.waitFor(`${deep(row)}.length === 1`);
          await tab.tap(row);
          const children = `${COLUMN} >>> gov-item-view >>> .children button`;
          await tab.waitFor(`${deep(children)}.length > 3`);
          const names = await texts(tab, children);
          await tab.tap(children, names.findIndex((n) => n.startsWith('办事指南')));
          // The heading shows the path; the entries are newest first.
          const view = `${COLUMN} >>> gov-item-view`;
          await tab.waitFor(`${deep(`${view} >>> .title`)}[0]?.textContent === '社会救助 › 最低生活保障 › 办事指南' && ${deep(`${view} >>> [role="option"] time`)}.length > 2`);
          const dates = await texts(tab, `${view} >>> [role="option"] time`);
          assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
          // Open one: its 索引号, 发布机构 and dates, the body as text, its attachments.
          await tab.tap(`${view} >>> [role="option"]`, 0);
          await tab.waitFor(`${deep(`${view} >>> .entry .meta`)}.length === 1 && ${deep(`${view} >>> .entry .body`)}[0]?.textContent.trim().length > 20`);
          const meta = (await texts(tab, `${view} >>> .entry .meta`))[0]!;
          for (const label of ['索引号', '发布机构', '发布日期']) assert.ok(meta.includes(label), `${label} in ${meta}`);
          assert.match(meta, /\d{4}-\d\d-\d\d/);
          const body = (await texts(tab, `${view} >>> .entry .body`))[0]!;
          assert.doesNotMatch(body, /<\/?[a-z]+[ >]/i, 'the body reads as text, not markup');
          const attachments = await tab.evaluate<{ text: string; href: string }[]>(`${deep(`${view} >>> .entry a[href*="attachment"]`)}.map((a) => ({ text: a.textContent.trim(), href: a.href }))`);
          for (const a of attachments) assert.ok(a.text && a.href.startsWith('http'), JSON.stringify(a));
          await onScreenAndFocused(tab, '#entry-title', '');
          await assertChinese(tab);
          await finish(tab, '04-browse', size);
          await tab.close();
        });

        test('6. Keep my settings', async () => {
          const tab = await engine.open(size.viewport);
          await arrive(tab);
          await tab.evaluate('(localStorage.clear(), true)');
          await elderly(tab);
          // 繁體, chosen from the language list.
          await tab.evaluate(`(() => { const s = ${deep(`${COLUMN} >>> .lang select`)}[0]; s.value = 'zh-TW'; s.dispatchEvent(new Event('change', { bubbles: true })); return true; })()`);
          const kept = column(`c.getAttribute('mode') === 'elderly' && c.style.getPropertyValue('--gov-font-scale') === '1.2' && c.getAttribute('lang') === 'zh-TW' && c.shadowRoot.querySelector('[role="tab"]')?.textContent.trim() === '首頁'`);
          await tab.waitFor(kept);
          // Reload: the choices are still on.
          await tab.reload();
          await tab.waitFor(kept);
          // A shared link to an item, opened afresh: still on (they are the device's, not the link's).
          await tab.goto(`${demo.base}/examples/column/#gov-item=social-assistance%3A1.1`);
          await tab.waitFor(kept);
          await tab.waitFor(`${deep(`${COLUMN} >>> gov-item-view >>> .title`)}.length > 0`);
          // A link that asks for a language explicitly gets it.
          await tab.goto(`${demo.base}/examples/column/#gov-lang=zh-CN`);
          await tab.waitFor(column(`c.getAttribute('lang') === 'zh-CN' && c.getAttribute('mode') === 'elderly'`));
          await finish(tab, '06-settings', size, { axe: false });
          await tab.evaluate('(localStorage.clear(), true)');
          await tab.close();
        });
      });
    }
  });
}
