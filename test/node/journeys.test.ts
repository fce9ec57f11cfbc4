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
import { describe, test } from 'node:test';
import { deep, enginesToRun, type EngineName, type Tab } from '../support/engines.js';
import {
  arrive,
  assertChinese,
  axe,
  catalogueRow,
  assertFits,
  assertTargets,
  backToResults,
  column,
  COLUMN,
  count,
  elderly,
  finish,
  hits,
  onScreenAndFocused,
  screenshot,
  SEARCH,
  searchFor,
  SIZES,
  start,
  texts,
  useDemoServer,
  useEngine,
} from '../support/journey.js';

const demo = useDemoServer();

const engines: EngineName[] = enginesToRun();

for (const name of engines) {
  describe(`journeys in ${name}`, () => {
    const engine = useEngine(name);

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
          assert.ok(
            areas.every((a) => /\d+个事项 · \d+条信息|不涉及/.test(a)),
            areas.join(' | '),
          );
          // All four actions are on the first screen, in 关怀模式 at the largest size on a phone too.
          const bottoms = await tab.evaluate<number[]>(
            `(scrollTo(0, 0), ${deep(`${COLUMN} >>> .actions .action`)}.map((a) => a.getBoundingClientRect().bottom))`,
          );
          const screen = await tab.evaluate<number>('innerHeight');
          assert.ok(
            bottoms.length === 4 && bottoms.every((bottom) => bottom <= screen),
            `actions end at ${bottoms.map(Math.round).join(', ')} on a screen of ${screen}`,
          );
          // On a desktop the latest disclosures and the areas are on the first screen too; on a phone in 关怀模式 at the largest size, the latest list starts on it.
          const tops = await tab.evaluate<number[]>(
            `(scrollTo(0, 0), [${deep(`${COLUMN} >>> .latest h2`)}[0], ${deep(`${COLUMN} >>> .latest li`)}[0], ${deep(`${COLUMN} >>> .areas li`)}[0]].map((el) => el.getBoundingClientRect().bottom))`,
          );
          const firstScreen = size.name === 'phone' ? tops.slice(0, 1) : tops;
          assert.ok(
            firstScreen.every((bottom) => bottom <= screen),
            `latest heading, first latest, first area end at ${tops.map(Math.round).join(', ')} on a screen of ${screen}`,
          );
          // Nothing tells a phone user to look "on the left".
          assert.ok(!(await tab.evaluate<string>(`${deep(COLUMN)}[0].shadowRoot.textContent`)).includes('左侧'));
          // 我要查 puts the cursor in the search box.
          await tab.tap(`${COLUMN} >>> .actions li:nth-child(3) .action`);
          await tab.waitFor(`${deep(SEARCH)}[0].shadowRoot.activeElement?.tagName === 'INPUT'`);
          // An area tile opens the catalogue at that area.
          await tab.tap(`${COLUMN} >>> .areas button`, 0);
          // On a phone, the drill-down at the area's level; on a desktop, the tree with the area open.
          if (size.name === 'phone')
            await tab.waitFor(
              `${deep(`${COLUMN} >>> gov-catalogue-tree >>> .drill .here`)}[0]?.textContent === '重大建设项目' && ${deep(`${COLUMN} >>> gov-catalogue-tree >>> .drill .level`)}.length > 3`,
            );
          else await tab.waitFor(`${deep(`${COLUMN} >>> gov-catalogue-tree >>> [role="treeitem"][aria-expanded="true"]`)}.length === 1`);
          // The address names the area; the tree (the area's level on a phone) has the focus.
          assert.match(await tab.evaluate<string>('location.hash'), /gov-area=major-construction/);
          await tab.waitFor(`${deep(`${COLUMN} >>> gov-catalogue-tree`)}[0]?.shadowRoot.activeElement?.matches('.here, [role="tree"]')`);
          await tab.back();
          await tab.waitFor(`${deep(`${COLUMN} >>> .areas li`)}.length === 26`);
          if (size.elderly)
            await assertTargets(
              tab,
              `${COLUMN} >>> .home a, ${COLUMN} >>> .home button, ${COLUMN} >>> .settings button, ${COLUMN} >>> [role="tab"], ${SEARCH} >>> input, ${SEARCH} >>> button`,
            );
          await assertChinese(tab);
          await tab.evaluate('(scrollTo(0, 0), true)');
          await finish(tab, '01-arrive', size);
          await tab.close();
        });

        test("2. Search with the citizen's words", async () => {
          const tab = await start(engine, size);
          // 最低生活保障, 最低生活 and 低保 all find the 最低生活保障 item among the first results.
          for (const q of ['最低生活保障', '最低生活', '低保']) {
            await searchFor(tab, q);
            const first = (await hits(tab)).slice(0, 3);
            assert.ok(
              first.some((h) => h.text === '最低生活保障' && h.where === '社会救助 › 最低生活保障'),
              `${q}: ${JSON.stringify(first)}`,
            );
            // An item shows how new it is: its newest entry's date, its 二级 items' included.
            for (const hit of first) if (hit.kind === '事项') assert.match(hit.updated ?? '', /\d{4}-\d\d-\d\d/, `no date: ${JSON.stringify(hit)}`);
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
          await tab.tap(
            `${SEARCH} >>> .kinds button`,
            kinds.findIndex((k) => k.includes('信息')),
          );
          await tab.waitFor(
            `(() => { const kinds = ${deep(`${SEARCH} >>> .hit .kind`)}; return kinds.length >= 3 && kinds.every((k) => k.textContent.trim() === '信息'); })()`,
            30_000,
          );
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
          await tab.tap(
            `${COLUMN} >>> .areas button`,
            areas.findIndex((a) => a.startsWith('社会救助')),
          );
          const row = catalogueRow(size, 'social-assistance:1');
          await tab.waitFor(`${deep(row)}.length === 1`);
          await tab.tap(row);
          // On a phone the drill-down goes one level down, with the path and a step back; on a
          // desktop the item opens and lists its 二级 items.
          const children = size.name === 'phone' ? `${COLUMN} >>> gov-catalogue-tree >>> .drill .level` : `${COLUMN} >>> gov-item-view >>> .children button`;
          await tab.waitFor(`${deep(children)}.length > 3`);
          if (size.name === 'phone') {
            assert.deepEqual(await texts(tab, `${COLUMN} >>> gov-catalogue-tree >>> .drill .crumb`), ['全部领域', '社会救助']);
            await assertTargets(tab, `${COLUMN} >>> gov-catalogue-tree >>> .drill button`);
          }
          const names = await texts(tab, children);
          await tab.tap(
            children,
            names.findIndex((n) => n.startsWith('办事指南')),
          );
          // The item comes on screen with focus on its heading, below the list on a phone too.
          await onScreenAndFocused(tab, '.title', '办事指南');
          // The heading shows the path; the entries are newest first.
          const view = `${COLUMN} >>> gov-item-view`;
          await tab.waitFor(
            `${deep(`${view} >>> .title`)}[0]?.textContent === '社会救助 › 最低生活保障 › 办事指南' && ${deep(`${view} >>> [role="option"] time`)}.length > 2`,
          );
          const dates = await texts(tab, `${view} >>> [role="option"] time`);
          assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
          // Scrolled down to the list as a person would (a wheel, which stops the item view holding
          // its heading in view), and still there a moment later. (A short list is whole in the
          // page, taller than a phone's screen: its start is what comes on screen.)
          const list = `${deep(`${view} >>> [role="listbox"]`)}[0]`;
          await tab.waitFor(
            `(() => { dispatchEvent(new WheelEvent('wheel')); const r = ${list}.getBoundingClientRect(); if (r.top >= -2 && (r.bottom <= innerHeight + 2 || r.top < innerHeight / 3)) return (window.__still = (window.__still || 0) + 1) >= 5; window.__still = 0; ${list}.scrollIntoView({ block: r.height > innerHeight ? 'start' : 'center', behavior: 'instant' }); return false; })()`,
          );
          await screenshot(tab, '04-browse-list', size);
          // Every title is whole, on a phone at the largest font too: none cut off with an ellipsis.
          // Measured against the same title laid out unclamped at the same width (engines differ in
          // what scrollHeight says of a clamped box).
          const cut = await tab.evaluate<string[]>(
            `${deep(`${view} >>> .entry-title`)}.filter((t) => { const free = t.cloneNode(true); free.style.cssText = 'display: block; -webkit-line-clamp: none; overflow: visible; position: absolute; visibility: hidden; width: ' + t.getBoundingClientRect().width + 'px'; t.parentNode.append(free); const whole = free.getBoundingClientRect().height; const wide = free.scrollWidth > free.clientWidth + 1; free.remove(); return wide || whole > t.getBoundingClientRect().height + 2; }).map((t) => t.textContent)`,
          );
          assert.deepEqual(cut, [], 'titles cut off');
          // Open one: its 索引号, 文号 (无 when it has none), 发布机构 and dates, the body as text, its attachments.
          await tab.tap(`${view} >>> [role="option"]`, 0);
          await tab.waitFor(`${deep(`${view} >>> .entry .meta`)}.length === 1 && ${deep(`${view} >>> .entry .body`)}[0]?.textContent.trim().length > 20`);
          const meta = (await texts(tab, `${view} >>> .entry .meta`))[0]!;
          for (const label of ['索引号', '文号', '发布机构', '发布日期']) assert.ok(meta.includes(label), `${label} in ${meta}`);
          assert.match(meta, /\d{4}-\d\d-\d\d/);
          const body = (await texts(tab, `${view} >>> .entry .body`))[0]!;
          assert.doesNotMatch(body, /<\/?[a-z]+[ >]/i, 'the body reads as text, not markup');
          const attachments = await tab.evaluate<{ text: string; href: string }[]>(
            `${deep(`${view} >>> .entry a[href*="attachment"]`)}.map((a) => ({ text: a.textContent.trim(), href: a.href }))`,
          );
          for (const a of attachments) assert.ok(a.text && a.href.startsWith('http'), JSON.stringify(a));
          if (size.elderly && attachments.length) await assertTargets(tab, `${view} >>> .entry .attachments a`);
          await onScreenAndFocused(tab, '#entry-title', '');
          await assertChinese(tab);
          await finish(tab, '04-browse', size);
          await tab.close();
        });

        test('5. Do it online', async () => {
          const view = `${COLUMN} >>> gov-item-view`;
          const actions = `${view} >>> gov-actions`;
          // An item with a service: 我要办 is one tap, a link to the service that opens beside the column.
          const tab = await start(engine, size, '/examples/column/#gov-item=social-assistance%3A1.1');
          await tab.waitFor(`${deep(`${actions} >>> a.do`)}.length === 1`);
          const link = await tab.evaluate<{ href: string; target: string; text: string }>(
            `(() => { const a = ${deep(`${actions} >>> a.do`)}[0]; return { href: a.href, target: a.target, text: a.textContent.trim() }; })()`,
          );
          assert.deepEqual([link.text, link.target], ['我要办', '_blank']);
          assert.match(link.href, /^https:\/\/zwfw\.hunan\.gov\.cn\/.*code=430121-MZ-001/);
          if (size.elderly) await assertTargets(tab, `${actions} >>> .action`);
          // An item without one says so, where 我要办 would be.
          await tab.goto(`${demo.base}/examples/column/#gov-item=social-assistance%3A1.2`);
          await tab.waitFor(`${deep(`${actions} >>> .no-service`)}.length === 1`);
          assert.match((await texts(tab, `${actions} >>> .no-service`))[0]!, /我要办：该事项暂无在线办理服务，请到政务服务中心窗口办理/);
          await tab.evaluate(`(${deep(`${actions} >>> .no-service`)}[0].scrollIntoView({ block: 'center' }), true)`);
          await finish(tab, '05-do-online', size);
          await tab.close();
          // On a kiosk: 我要办 offers a QR code to continue on the phone, and the kiosk stays where it was.
          const kiosk = await engine.open(size.viewport);
          await kiosk.goto(`${demo.base}/examples/kiosk/`);
          await kiosk.waitFor(`${deep(`${COLUMN} >>> .areas button`)}.length > 20`);
          // The home's 我要办 leads to another site: on a kiosk it offers the QR code too, and the kiosk stays.
          const home = await kiosk.evaluate<string>('location.href');
          await kiosk.tap(`${COLUMN} >>> .actions li:nth-child(2) .action`);
          await kiosk.waitFor(`(() => { const d = ${deep(`${COLUMN} >>> dialog.kiosk-qr`)}[0]; return d && d.open && d.querySelector('svg path'); })()`);
          assert.equal(await kiosk.evaluate<string>('location.href'), home, 'the kiosk stays on its page');
          await kiosk.tap(`${COLUMN} >>> dialog.kiosk-qr button`);
          await kiosk.waitFor(`!${deep(`${COLUMN} >>> dialog.kiosk-qr`)}[0].open`);
          const areas = await texts(kiosk, `${COLUMN} >>> .areas button`);
          await kiosk.tap(
            `${COLUMN} >>> .areas button`,
            areas.findIndex((a) => a.startsWith('社会救助')),
          );
          await kiosk.waitFor(`${deep(catalogueRow(size, 'social-assistance:1'))}.length === 1`);
          await kiosk.tap(catalogueRow(size, 'social-assistance:1'));
          const kioskChildren = size.name === 'phone' ? `${COLUMN} >>> gov-catalogue-tree >>> .drill .level` : `${view} >>> .children button`;
          await kiosk.waitFor(`${deep(kioskChildren)}.length > 3`);
          await kiosk.tap(kioskChildren, 0);
          await kiosk.waitFor(`${deep(`${actions} >>> a.do`)}.length === 1`);
          const before = await kiosk.evaluate<string>('location.href');
          await kiosk.tap(`${actions} >>> a.do`);
          await kiosk.waitFor(`(() => { const d = ${deep(`${actions} >>> dialog`)}[0]; return d && d.open && d.querySelector('svg path'); })()`);
          assert.match((await texts(kiosk, `${actions} >>> dialog`))[0]!, /请用手机扫码继续办理\s*最低生活保障金给付/);
          assert.equal(await kiosk.evaluate<string>('location.href'), before, 'the kiosk stays on its page');
          await finish(kiosk, '05-kiosk-qr', size);
          await kiosk.tap(`${actions} >>> dialog button`);
          await kiosk.waitFor(`!${deep(`${actions} >>> dialog`)}[0].open`);
          await kiosk.close();
        });

        test('6. Keep my settings', async () => {
          const tab = await engine.open(size.viewport);
          await arrive(tab);
          await tab.evaluate('(localStorage.clear(), true)');
          await elderly(tab);
          // 繁體, chosen from the language list.
          await tab.evaluate(
            `(() => { const s = ${deep(`${COLUMN} >>> .lang select`)}[0]; s.value = 'zh-TW'; s.dispatchEvent(new Event('change', { bubbles: true })); return true; })()`,
          );
          const kept = column(
            `c.getAttribute('mode') === 'elderly' && c.style.getPropertyValue('--gov-font-scale') === '1.2' && c.getAttribute('lang') === 'zh-TW' && c.shadowRoot.querySelector('[role="tab"]')?.textContent.trim() === '首頁'`,
          );
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
          // In English, with the longest words, nothing is wider than the screen either.
          await tab.goto(`${demo.base}/examples/column/#gov-lang=en&gov-item=social-assistance%3A1.1`);
          await tab.waitFor(column(`c.getAttribute('lang') === 'en' && c.shadowRoot.querySelector('[role="tab"]')?.textContent.trim() === 'Home'`));
          await tab.waitFor(`${deep(`${COLUMN} >>> gov-item-view >>> .elements`)}.length === 1`);
          await assertFits(tab);
          await tab.goto(`${demo.base}/examples/column/#gov-lang=zh-CN`);
          await tab.waitFor(column(`c.getAttribute('lang') === 'zh-CN'`));
          await finish(tab, '06-settings', size, { axe: false });
          await tab.evaluate('(localStorage.clear(), true)');
          await tab.close();
        });

        test('12. Paste it into an old page', async () => {
          // The column on its own page, then inside the legacy CMS template (table layout, content-box,
          // 12 px 宋体, floated list items): the same type, the same targets, nothing cut off.
          const measure = (tab: Tab) =>
            tab.evaluate<(number | string)[]>(
              `(() => { const c = ${deep(COLUMN)}[0].shadowRoot; const h = (s) => Math.round(c.querySelector(s).getBoundingClientRect().height); const st = (s) => getComputedStyle(c.querySelector(s)); return [st('.title').fontSize, st('.actions .action strong').fontSize, st('.latest a').lineHeight, st('.latest a').letterSpacing, st('.latest a').textIndent, h('[role="tab"]'), h('.settings button'), h('.areas button')]; })()`,
            );
          const own = await start(engine, size);
          await own.waitFor(`${deep(`${COLUMN} >>> .areas li`)}.length === 26 && ${deep(`${COLUMN} >>> .latest li time`)}.length >= 5`);
          const alone = await measure(own);
          await own.close();
          const tab = await start(engine, size, '/examples/cms-page/');
          await tab.waitFor(`${deep(`${COLUMN} >>> .areas li`)}.length === 26 && ${deep(`${COLUMN} >>> .latest li time`)}.length >= 5`);
          const pasted = await measure(tab);
          // Type (size, line height, letter spacing, indent) and the heights of a tab, a setting and an area tile: as on the column's own page.
          assert.deepEqual(pasted, alone, `pasted ${pasted} vs alone ${alone}`);
          if (size.elderly)
            await assertTargets(
              tab,
              `${COLUMN} >>> .home a, ${COLUMN} >>> .home button, ${COLUMN} >>> .settings button, ${COLUMN} >>> [role="tab"], ${SEARCH} >>> input, ${SEARCH} >>> button`,
            );
          await assertChinese(tab);
          // The legacy page's own markup is the fixture; the column inside it is checked.
          assert.deepEqual(await axe(tab, 'gov-disclosure-column'), []);
          await tab.evaluate('(scrollTo(0, 0), true)');
          await finish(tab, '12-old-page', size, { axe: false });
          await tab.close();
        });
      });
    }
  });
}
