/**
 * Journeys 4 and 5 of ../shared/journeys.md, as a citizen makes them on the demo (`npm start`):
 * browse the catalogue to an item and read an entry, then do it online (我要办, and its QR code on a
 * kiosk). In three engines and two sizes, as test/node/journeys.test.ts (see there and
 * test/support/journey.ts); screenshots in test/screenshots/journeys/04-*.png and 05-*.png.
 *
 * `GOV_ENGINES=chromium` runs one engine.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { deep, enginesToRun, type EngineName } from '../support/engines.js';
import {
  assertChinese,
  catalogueRow,
  assertTargets,
  COLUMN,
  finish,
  onScreenAndFocused,
  screenshot,
  SIZES,
  start,
  texts,
  useDemoServer,
  useEngine,
} from '../support/journey.js';

const demo = useDemoServer();

const engines: EngineName[] = enginesToRun();

for (const name of engines) {
  describe(`browsing journeys in ${name}`, () => {
    const engine = useEngine(name);

    for (const size of SIZES) {
      describe(`on a ${size.name}${size.elderly ? ' (关怀模式, largest font)' : ''}`, () => {
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
      });
    }
  });
}
