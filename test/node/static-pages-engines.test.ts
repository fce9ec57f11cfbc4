/**
 * The static pages with scripts on, in the three engines and both sizes, as a citizen arrives from
 * a search engine's link: the entry's own page shows the column at that entry (the page's own
 * content gives way to it), the column's moves are paths of their own, and Back and Forward cross
 * them. Screenshots: test/screenshots/journeys/static-entry-<engine>-<size>.png.
 * (With scripts off, and when the data fails: test/node/static-pages-browser.test.ts, in Chromium.)
 *
 * `GOV_ENGINES=chromium` runs one engine.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { deep, enginesToRun } from '../support/engines.js';
import { assertChinese, assertFits, COLUMN, elderly, finish, onScreenAndFocused, screenshot, SIZES, useDemoServer, useEngine } from '../support/journey.js';

const ROOT = '/bundle/430121/';
const ENTRY = `${ROOT}entry/social-assistance!1.1~1.html`;
const VIEW = `${COLUMN} >>> gov-item-view`;
/** The entry the column shows, once it has drawn it. */
const ENTRY_TITLE = `(${deep(`${VIEW} >>> #entry-title`)}[0]?.textContent ?? '')`;
/** The address's path, as the page reads it (the ! of an id may come back escaped). */
const PATH = `decodeURIComponent(location.pathname)`;

const demo = useDemoServer();

for (const name of enginesToRun()) {
  describe(`static pages with scripts in ${name}`, () => {
    const engine = useEngine(name);

    for (const size of SIZES) {
      test(`on a ${size.name}${size.elderly ? ' (关怀模式, largest font)' : ''}: a search engine's link to an entry opens the column there; its moves are paths; Back and Forward cross them`, async () => {
        const tab = await engine.open(size.viewport);
        await tab.goto(demo.base + ENTRY);
        await tab.waitFor(`${ENTRY_TITLE}.includes('城乡低保')`, 30_000);
        // The entry is what the citizen sees first, not the top of the column above it.
        await onScreenAndFocused(tab, '#entry-title', '城乡低保');
        // The page's title follows what the column shows, as the static pages' titles do.
        const columnTitle = `${deep(`${COLUMN} >>> .title`)}[0].textContent.trim()`;
        await tab.waitFor(`document.title === ${ENTRY_TITLE}.trim() + ' - ' + ${columnTitle}`);
        await screenshot(tab, 'static-entry-arrived', size);
        if (size.elderly) await elderly(tab);
        // The page's own copy of the entry gives way to the column: one entry on screen, not two.
        assert.equal(await tab.evaluate<number>(`document.querySelector('.gov-static').getBoundingClientRect().height`), 0);
        await assertChinese(tab);
        await finish(tab, 'static-entry', size);
        // 首页, the column's own move: the home page's path.
        await tab.tap(`${COLUMN} >>> #tab-home`);
        await tab.waitFor(`${PATH} === '${ROOT}' && ${deep(`${COLUMN} >>> .home`)}.length > 0`);
        await tab.waitFor(`document.title === ${columnTitle}`);
        await assertFits(tab);
        // An entry of 最新公开, by its page's path.
        await tab.tap(`${COLUMN} >>> .home a[href*="/entry/"]`);
        await tab.waitFor(`${PATH}.startsWith('${ROOT}entry/') && ${PATH} !== '${ENTRY}' && ${ENTRY_TITLE}.trim().length > 0`, 30_000);
        await tab.waitFor(`document.title === ${ENTRY_TITLE}.trim() + ' - ' + ${columnTitle}`);
        // Back to the home page, and back again to the entry the citizen came in by.
        await tab.back();
        await tab.waitFor(`${PATH} === '${ROOT}' && ${deep(`${COLUMN} >>> .home`)}.length > 0`);
        await tab.back();
        await tab.waitFor(`${PATH} === '${ENTRY}' && ${ENTRY_TITLE}.includes('城乡低保')`, 30_000);
        // Forward, to the home page again.
        await tab.evaluate('(history.forward(), true)');
        await tab.waitFor(`${PATH} === '${ROOT}' && ${deep(`${COLUMN} >>> .home`)}.length > 0`);
        await tab.close();
      });
    }
  });
}
