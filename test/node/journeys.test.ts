/**
 * Journeys 1 to 3 of ../shared/journeys.md (arrive, search with the citizen's words, open a result),
 * as a citizen makes them on the demo (`npm start`): real taps, keys, reloads and the Back button, in
 * three engines (Chromium, Firefox, WebKit; see test/support/engines.ts) and two sizes: a phone
 * (390×844, touch, 关怀模式, the largest font) and a desktop (1280×900). Each ends with a screenshot,
 * test/screenshots/journeys/<nn>-<name>-<engine>-<size>.png, and with the layout checked: no
 * horizontal scroll, nothing cut off, targets of at least 60×60 px in 关怀模式, axe clean. The other
 * journeys are in test/node/journeys-*.test.ts.
 *
 * `GOV_ENGINES=chromium` runs one engine.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { deep, enginesToRun, type EngineName } from '../support/engines.js';
import {
  assertChinese,
  assertFits,
  assertTargets,
  backToResults,
  COLUMN,
  count,
  finish,
  hits,
  onScreenAndFocused,
  SEARCH,
  searchFor,
  SIZES,
  start,
  texts,
  useDemoServer,
  useEngine,
} from '../support/journey.js';

useDemoServer();

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
      });
    }
  });
}
