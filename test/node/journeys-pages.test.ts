/**
 * Journeys 6 and 12 of ../shared/journeys.md, as a citizen makes them on the demo (`npm start`): the
 * column's settings (关怀模式, font size, language) kept through reloads and links, and the column
 * pasted into an old CMS page looking as on its own. In three engines and two sizes, as
 * test/node/journeys.test.ts (see there and test/support/journey.ts); screenshots in
 * test/screenshots/journeys/06-*.png and 12-*.png.
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
  assertFits,
  assertTargets,
  column,
  COLUMN,
  elderly,
  finish,
  SEARCH,
  SIZES,
  start,
  useDemoServer,
  useEngine,
} from '../support/journey.js';

const demo = useDemoServer();

const engines: EngineName[] = enginesToRun();

for (const name of engines) {
  describe(`journeys across pages in ${name}`, () => {
    const engine = useEngine(name);

    for (const size of SIZES) {
      describe(`on a ${size.name}${size.elderly ? ' (关怀模式, largest font)' : ''}`, () => {
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
