import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { GovSelectEvent } from '../../events/index.js';
import { $, $$, demoClient, demoSrc, fixtureSrc, atWidth, until, watchUncaught } from '../../../../../test/support/elements.js';
import './gov-catalogue-tree.js';
import { TYPE_AHEAD_MS, type GovCatalogueTree } from './catalogue-tree.js';

async function tree(template = html`<gov-catalogue-tree></gov-catalogue-tree>`): Promise<GovCatalogueTree> {
  const el = await fixture<GovCatalogueTree>(template);
  if (!el.client) el.client = demoClient();
  await until(() => $$(el, '[role="treeitem"]').length > 0, 5000, 'rows');
  return el;
}

const rows = (el: GovCatalogueTree) => $$(el, '[role="treeitem"]');
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

  describe('on a phone', () => {
    atWidth();

    const levels = (el: GovCatalogueTree) => $$(el, '.drill .level');
    const level = (el: GovCatalogueTree, name: string) => levels(el).find((b) => b.querySelector('.name')!.textContent === name)!;
    const here = (el: GovCatalogueTree) => $(el, '.drill .here')?.textContent?.trim();
    const focused = (el: GovCatalogueTree) => el.shadowRoot!.activeElement as HTMLElement | null;

    it('is a drill-down: area → 一级 → 二级, with the path, a step back and focus that follows', async () => {
      const el = await fixture<GovCatalogueTree>(html`<gov-catalogue-tree mode="elderly"></gov-catalogue-tree>`);
      el.client = demoClient();
      await until(() => levels(el).length === 26, 8000, 'the 26 areas as a list');
      expect($(el, '[role="tree"]'), 'no scroll box').to.equal(null);
      expect(here(el)).to.equal('全部领域');
      expect($(el, '.drill .back')).to.equal(null);
      // Every row is a full-width target of at least 60 px in 关怀模式, and nothing is wider than the phone.
      for (const row of levels(el).slice(0, 5)) expect(row.getBoundingClientRect().height).to.be.at.least(60);
      expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);

      level(el, '社会救助').click();
      await until(() => here(el) === '社会救助' && levels(el).length > 3, 8000, 'the 一级 items of 社会救助');
      expect(focused(el)?.classList.contains('here'), 'focus on the level name').to.equal(true);
      expect($$(el, '.drill .crumb').map((c) => c.textContent)).to.deep.equal(['全部领域']);
      const minimum = level(el, '最低生活保障');
      expect(minimum.querySelector('.next'), '› on a row with children').to.exist;
      minimum.click();
      await until(() => here(el) === '最低生活保障' && levels(el).length > 1, 8000, 'the 二级 items of 最低生活保障');
      expect($$(el, '.drill .crumb').map((c) => c.textContent)).to.deep.equal(['全部领域', '社会救助']);

      const chosen = new Promise<GovSelectEvent>((resolve) => el.addEventListener('gov-select', resolve, { once: true }));
      const leaf = levels(el)[0]!;
      leaf.click();
      const event = await chosen;
      expect(event.detail.item.id).to.equal(leaf.dataset['id']);
      await el.updateComplete;
      expect(levels(el)[0]!.getAttribute('aria-current')).to.equal('true');

      // Back: one level up, focus on the row we came down through.
      $(el, '.drill .back')!.click();
      await until(() => here(el) === '社会救助', 5000, 'back to 社会救助');
      expect(focused(el)?.dataset['id']).to.equal(minimum.dataset['id']);
      // The path: straight to every area.
      $$(el, '.drill .crumb')[0]!.click();
      await until(() => levels(el).length === 26, 5000, 'back to the areas');
      expect(focused(el)?.dataset['id']).to.equal('area:social-assistance');
    });

    it("opens at a revealed item among its siblings, and shows a filter's matches as a tree", async () => {
      const el = await fixture<GovCatalogueTree>(html`<gov-catalogue-tree selected="social-assistance:1.1"></gov-catalogue-tree>`);
      el.client = demoClient();
      await until(() => here(el) === '最低生活保障', 8000, 'the level of the revealed item');
      expect(levels(el).find((b) => b.getAttribute('aria-current') === 'true')?.dataset['id']).to.equal('social-assistance:1.1');
      el.filter = { text: '低保' };
      await until(() => $(el, '[role="tree"]') && $$(el, '.row.match').length > 0, 8000, 'the matches as a tree');
      el.filter = {};
      await until(() => $(el, '.drill'), 5000, 'the drill-down again');
    });
  });

  it('filters by 公开方式 and text, keeping the path to each match, and highlights the text', async () => {
    const el = await tree();
    el.filter = { mode: 'on-request' };
    await until(() => $(el, '[role="status"]')!.textContent!.includes('找到'), 8000, 'filter');
    const matched = Number(/找到 (\d+)/.exec($(el, '[role="status"]')!.textContent!)![1]);
    expect(matched).to.be.greaterThan(10).and.lessThan(400);
    const matching = rows(el).filter((r) => r.classList.contains('match'));
    expect(matching.length).to.be.greaterThan(0);
    expect(matching.every((r) => r.getAttribute('aria-level') !== '1')).to.equal(true);
    el.filter = { text: '办事指南' };
    await el.updateComplete;
    await until(() => $$(el, 'mark').length > 0, 5000, 'marks');
    expect($$(el, 'mark')[0]!.textContent).to.equal('办事指南');
    expect(rows(el)[0]!.getAttribute('aria-level')).to.equal('1');
  });

  it("filters in the citizen's words, as search does: 低保 finds 最低生活保障, 繁體 finds 简体", async () => {
    const el = await tree();
    const matchedNames = () =>
      rows(el)
        .filter((r) => r.classList.contains('match'))
        .map((r) => r.textContent!.trim());
    el.filter = { text: '低保' };
    await until(() => matchedNames().some((n) => n.includes('最低生活保障')), 8000, '低保 → 最低生活保障');
    expect(Number(/找到 (\d+)/.exec($(el, '[role="status"]')!.textContent!)![1])).to.be.greaterThan(0);
    el.filter = { text: '醫療救助' };
    await until(() => matchedNames().some((n) => n.includes('医疗救助')), 8000, '醫療救助 → 医疗救助');
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
