/**
 * <gov-catalogue-tree> as an ARIA tree: the 26 areas, real keys (arrows, Enter, *, Home/End,
 * type-ahead), a window of rows with everything expanded, a click where the wheel left it, errors
 * with a retry, axe in both modes, English and 繁體. The phone's drill-down and the filters are in
 * catalogue-tree-*.test.ts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { GovSelectEvent } from '../../events/index.js';
import { $, demoClient, demoSrc, fixtureSrc, until, watchUncaught } from '../../../../../test/support/elements.js';
import { rows, tree } from '../../../../../test/support/catalogue-tree.js';
import './gov-catalogue-tree.js';
import { TYPE_AHEAD_MS, type GovCatalogueTree } from './catalogue-tree.js';

const active = (el: GovCatalogueTree) => $(el, `#${CSS.escape($(el, '[role="tree"]')!.getAttribute('aria-activedescendant')!)}`);
const press = async (el: GovCatalogueTree, ...keys: string[]) => {
  for (const key of keys) {
    await sendKeys({ press: key });
    await el.updateComplete;
  }
};

describe('<gov-catalogue-tree>', () => {
  it('lists the 26 areas as the first level of an ARIA tree', async () => {
    const el = await tree();
    const items = rows(el);
    expect(items[0]!.textContent).to.contain('重大建设项目');
    expect(items[0]!.getAttribute('aria-level')).to.equal('1');
    expect(items[0]!.getAttribute('aria-setsize')).to.equal('26');
    expect(items[0]!.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '[role="status"]')!.textContent).to.contain('26个领域');
  });

  it('works alone with its own src', async () => {
    const el = await tree(html`<gov-catalogue-tree src=${demoSrc()}></gov-catalogue-tree>`);
    expect(rows(el)).to.have.length.greaterThan(5);
  });

  it('is operated with real keys: arrows, Right to open and enter, Left to go up, Home/End', async () => {
    const el = await tree();
    $(el, '[role="tree"]')!.focus();
    expect(active(el)!.textContent).to.contain('重大建设项目');
    await press(el, 'ArrowDown', 'ArrowDown');
    expect(active(el)!.textContent).to.contain('财政预决算');
    await press(el, 'ArrowRight');
    await until(() => active(el)!.getAttribute('aria-expanded') === 'true', 5000, 'expanded');
    await until(() => rows(el).some((r) => r.getAttribute('aria-level') === '2'), 5000, 'children');
    await press(el, 'ArrowRight');
    expect(active(el)!.getAttribute('aria-level')).to.equal('2');
    expect(active(el)!.textContent).to.contain('政府预算');
    await press(el, 'ArrowLeft');
    expect(active(el)!.textContent).to.contain('财政预决算');
    await press(el, 'ArrowLeft');
    expect(active(el)!.getAttribute('aria-expanded')).to.equal('false');
    await press(el, 'End');
    expect(active(el)!.textContent).to.contain('保障性住房');
    await press(el, 'Home');
    expect(active(el)!.textContent).to.contain('重大建设项目');
    await press(el, 'ArrowUp');
    expect(active(el)!.textContent).to.contain('重大建设项目');
  });

  it('chooses a 二级 item with Enter and says so with gov-select', async () => {
    const el = await tree();
    $(el, '[role="tree"]')!.focus();
    // 社会救助 is the 14th area.
    for (let i = 0; i < 13; i++) await press(el, 'ArrowDown');
    expect(active(el)!.textContent).to.contain('社会救助');
    await press(el, 'Enter');
    await until(() => rows(el).some((r) => r.textContent!.includes('最低生活保障')), 5000, '一级');
    await press(el, 'ArrowDown', 'ArrowRight');
    await until(() => rows(el).some((r) => r.getAttribute('aria-level') === '3'), 5000, '二级');
    await press(el, 'ArrowDown');
    const selected = new Promise<GovSelectEvent>((resolve) => el.addEventListener('gov-select', resolve, { once: true }));
    await press(el, 'Enter');
    const event = await selected;
    expect(event.detail.item.id).to.equal('social-assistance:1.1');
    expect(el.selected).to.equal('social-assistance:1.1');
    expect(active(el)!.getAttribute('aria-selected')).to.equal('true');
  });

  it('expands every sibling with *', async () => {
    const el = await tree();
    $(el, '[role="tree"]')!.focus();
    await press(el, '*');
    await until(() => rows(el).filter((r) => r.getAttribute('aria-level') === '2').length > 10, 8000, 'all areas open');
    // Every area, those scrolled out of the rendered window too: scroll through the whole tree.
    const viewport = $(el, '[role="tree"]')!;
    const areas = new Map<string, string | null>();
    const collect = () => {
      for (const row of rows(el)) if (row.getAttribute('aria-level') === '1') areas.set(row.id, row.getAttribute('aria-expanded'));
    };
    collect();
    while (viewport.scrollTop + viewport.clientHeight < viewport.scrollHeight - 1) {
      const scrolled = new Promise((resolve) => viewport.addEventListener('scroll', resolve, { once: true }));
      viewport.scrollTop += viewport.clientHeight / 2;
      await scrolled;
      await el.updateComplete;
      collect();
    }
    expect(areas.size).to.equal(26);
    expect([...areas].filter(([, expanded]) => expanded !== 'true').map(([id]) => id)).to.deep.equal([]);
  });

  it('moves by type-ahead', async () => {
    const el = await tree();
    el.client = {
      ...demoClient(),
      areas: async () => ['Budget', 'Health', 'Housing', 'Safety'].map((name) => ({ id: name.toLowerCase(), name, itemCount: 0 })),
    };
    await until(() => rows(el)[0]?.textContent?.includes('Budget'), 5000, 'latin areas');
    $(el, '[role="tree"]')!.focus();
    await press(el, 'h');
    expect(active(el)!.textContent).to.contain('Health');
    await press(el, 'h');
    expect(active(el)!.textContent).to.contain('Housing');
    // After a pause, a new search; quick keys make one word.
    let pressed = performance.now();
    await until(() => performance.now() - pressed > TYPE_AHEAD_MS, 5000, 'the pause that ends a word');
    await press(el, 's');
    pressed = performance.now();
    expect(active(el)!.textContent).to.contain('Safety');
    await until(() => performance.now() - pressed > TYPE_AHEAD_MS, 5000, 'the pause that ends a word');
    await press(el, 'h', 'e');
    expect(active(el)!.textContent).to.contain('Health');
  });

  it('renders only a window of rows with everything expanded, and still reaches the last row', async () => {
    const el = await tree();
    await el.expandAll();
    const tree$ = $(el, '[role="tree"]')!;
    expect(rows(el).length).to.be.lessThan(60);
    expect($(el, '[role="status"]')!.textContent).to.contain('2307');
    tree$.focus();
    await press(el, 'End');
    expect(active(el)).to.exist;
    expect(active(el)!.getAttribute('aria-level')).to.equal('3');
    expect(active(el)!.textContent).to.not.equal('');
  });

  it('stays where the wheel left it when a row is clicked, and never names a row that is not there', async () => {
    const el = await tree();
    await el.expandAll();
    const viewport = $(el, '[role="tree"]')!;
    viewport.focus();
    // The first row is active; then focus goes elsewhere (the column moves it to the item shown).
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    viewport.scrollTop = 4000;
    await until(() => !$(el, '#row-area\\:major-construction'), 5000, 'the active row scrolled out of the window');
    // aria-activedescendant must name an element that exists, or nothing.
    const named = viewport.getAttribute('aria-activedescendant');
    if (named) expect($(el, `#${CSS.escape(named)}`), `aria-activedescendant="${named}"`).to.exist;
    const box = viewport.getBoundingClientRect();
    const target = rows(el).find((r) => {
      const rect = r.getBoundingClientRect();
      return !r.hasAttribute('aria-expanded') && rect.top > box.top + box.height / 3 && rect.bottom < box.bottom;
    })!;
    const rect = target.getBoundingClientRect();
    const chosen = target.id.slice(4);
    const scrolled = viewport.scrollTop;
    await sendMouse({ type: 'click', position: [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)] });
    await until(() => el.selected, 5000, 'a row chosen');
    await el.updateComplete;
    expect(el.selected).to.equal(chosen);
    expect(viewport.scrollTop).to.equal(scrolled);
    expect(active(el)!.id).to.equal(target.id);
    outside.remove();
  });

  it('shows a localised error with a retry when the source fails, and throws nothing', async () => {
    const uncaught = watchUncaught();
    const el = await fixture<GovCatalogueTree>(html`<gov-catalogue-tree src=${demoSrc('430121', '500')}></gov-catalogue-tree>`);
    await until(() => $(el, '[role="alert"]'), 15000, 'alert');
    expect($(el, '[role="alert"]')!.textContent).to.contain('服务器出错（500）');
    expect($(el, '[role="alert"] button')!.textContent).to.contain('重试');
    // Retried, failing again: still said, still nothing thrown.
    ($(el, '[role="alert"] button') as HTMLButtonElement).click();
    await until(() => $(el, '[role="alert"]'), 15000, 'alert again');
    expect(uncaught()).to.deep.equal([]);
  });

  it('says so, with a retry, when a branch cannot be loaded (a shard that is not JSON); one bad item of a shard hides only itself', async () => {
    const el = await tree(html`<gov-catalogue-tree src=${fixtureSrc('bad-bundle/manifest.json')}></gov-catalogue-tree>`);
    rows(el)[1]!.click();
    await until(() => $(el, '[role="alert"]'), 5000, 'alert');
    expect($(el, '[role="alert"]')!.textContent).to.contain('就业');
    expect($(el, '[role="alert"]')!.textContent).to.contain('数据格式有误');
    expect(rows(el)[1]!.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '[role="alert"] button')!.textContent).to.equal('重试');
    // 卫生健康's shard has one malformed item among good ones: the good one is listed.
    rows(el)[0]!.click();
    await until(() => rows(el).some((r) => r.textContent!.includes('公共卫生服务')), 5000, 'the good item of 卫生健康');
  });

  it('is accessible (axe), in standard and elderly mode', async () => {
    const el = await tree();
    await expect(el).to.be.accessible();
    el.mode = 'elderly';
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const row = rows(el)[0]!;
    expect(row.getBoundingClientRect().height).to.be.at.least(60);
  });

  it('speaks English and converts data to traditional characters in zh-TW', async () => {
    const el = await tree();
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect($(el, '[role="status"]')!.textContent).to.contain('26 areas');
    el.setAttribute('lang', 'zh-TW');
    await until(() => rows(el)[0]!.textContent!.includes('重大建設項目'), 5000, 'traditional');
    expect($(el, '[role="status"]')!.textContent).to.contain('26個領域');
  });
});
