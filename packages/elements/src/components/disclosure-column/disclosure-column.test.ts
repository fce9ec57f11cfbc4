/**
 * <gov-disclosure-column> as a whole: its standard sections and the client it hands the elements
 * inside, its home, its policies and sub-column links, malformed records hiding only themselves, a
 * bundle built by the CLI, and a hostile page's CSS kept out. Its screens, its addresses and its
 * settings are in disclosure-column-*.test.ts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { $, $$, demoSrc, until } from '../../../../../test/support/elements.js';
import { clearColumnState, column, historyBack, inner, treeRows } from '../../../../../test/support/disclosure-column.js';
import './gov-disclosure-column.js';
import type { GovDisclosureColumn } from './disclosure-column.js';
import type { GovCatalogueTree } from '../catalogue-tree/catalogue-tree.js';
import type { GovItemView } from '../item-view/item-view.js';

describe('<gov-disclosure-column>', () => {
  beforeEach(clearColumnState);

  it('lays out the standard sections and hands its client to the elements inside', async () => {
    const el = await column({ section: 'catalogue' });
    expect($(el, '.title')!.textContent).to.equal('长沙县基层政务公开标准化规范化专栏');
    expect($$(el, '[role="tab"]').map((t) => t.textContent!.trim())).to.deep.equal(['首页', '公开内容', '政策文件', '公开地图', '专栏导航']);
    await until(() => treeRows(el).length > 0, 8000, 'tree rows through context');
    // The item view's code loads when an item is first opened; until then the column asks for one.
    expect(inner<GovItemView>(el, 'gov-item-view')).to.equal(null);
    expect($(el, '.choose')!.textContent).to.contain('请在目录中选择一个事项');
    // The fallback link the page pasted is not shown once the column runs.
    expect(el.querySelector('a')!.getClientRects().length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('one malformed record hides itself only: a jurisdiction, an item, an entry, a policy each go, the rest stand, with one quiet notice and an event per file', async () => {
    const skipped: { list: string; url: string; count: number }[] = [];
    const listener = (event: Event) => skipped.push((event as CustomEvent<{ list: string; url: string; count: number }>).detail);
    document.addEventListener('gov-data-skipped', listener);
    const notice = () => $(el, '.base > p[role="status"]')?.textContent;
    let el!: GovDisclosureColumn;
    try {
      el = await column({ src: demoSrc('430121', 'bad-record'), section: 'catalogue' });
      await until(() => treeRows(el).length > 0, 8000, 'the tree');
      await until(() => notice() === '有 1 条数据格式有误，未予显示。', 5000, 'the notice for the matrix');
      expect(skipped.map(({ list, count }) => [list, count])).to.deep.equal([['jurisdictions', 1]]);
      expect(skipped[0]!.url).to.match(/\/430121\/manifest\.json$/);
      // 社会救助's 1.2 is malformed: 1.1 opens, with its entries but the malformed first one.
      const tree = inner<GovCatalogueTree>(el, 'gov-catalogue-tree')!;
      await tree.reveal('social-assistance:1.1');
      expect(treeRows(el).some((row) => row.id === 'row-social-assistance:1.2')).to.equal(false);
      treeRows(el)
        .find((row) => row.id === 'row-social-assistance:1.1')!
        .click();
      const view = () => inner<GovItemView>(el, 'gov-item-view');
      await until(() => view() && $$(view()!, '[role="option"]').length > 0, 8000, 'the entries');
      expect($$(view()!, '[role="option"]').length).to.equal(10);
      await until(() => notice() === '有 3 条数据格式有误，未予显示。', 5000, 'the notice for the item and the entry');
      $$(el, '[role="tab"]')
        .find((tab) => tab.textContent!.trim() === '政策文件')!
        .click();
      await until(() => notice() === '有 4 条数据格式有误，未予显示。', 8000, 'the notice for the policy');
      expect(skipped.map(({ list, count }) => [list, count])).to.deep.equal([
        ['jurisdictions', 1],
        ['items', 1],
        ['entries', 1],
        ['policies', 1],
      ]);
      expect($(el, '[role="alert"]')).to.equal(null);
      $$(el, '[role="tab"]')
        .find((tab) => tab.textContent!.trim() === '公开地图')!
        .click();
      await until(
        () => {
          const map = inner<HTMLElement>(el, 'gov-disclosure-map');
          return map && $$(map, '.card').length > 5;
        },
        8000,
        'the map, without the bad one',
      );
      expect($(el, '[role="alert"]')).to.equal(null);
    } finally {
      document.removeEventListener('gov-data-skipped', listener);
    }
  });

  it('opens on a home: the four actions, the latest disclosures, the areas with their counts, 依申请公开 and the map', async () => {
    const el = await column();
    await until(() => $$(el, '.latest li time').length > 0 && $$(el, '.areas li').length === 26, 8000, 'home');
    expect($$(el, '[role="tab"]')[0]!.getAttribute('aria-selected')).to.equal('true');
    expect($$(el, '.actions .action strong').map((s) => s.textContent)).to.deep.equal(['我要看', '我要办', '我要查', '我要评']);
    expect(($(el, '.actions li:nth-child(2) a') as HTMLAnchorElement).href).to.equal('https://zwfw.hunan.gov.cn/');
    expect($$(el, '.latest li').length).to.equal(8);
    for (const time of $$(el, '.latest time')) expect(time.textContent).to.match(/^\d{4}-\d\d-\d\d$/);
    expect($$(el, '.areas li')[0]!.textContent).to.match(/重大建设项目\s*\d+个事项 · \d+条信息/);
    expect($$(el, '.more .action strong').map((s) => s.textContent)).to.deep.equal(['依申请公开', '公开地图']);
    expect(($(el, '.more a') as HTMLAnchorElement).pathname).to.equal('/examples/forms/');
    await expect(el).to.be.accessible();
    // A latest disclosure opens its entry in the catalogue, with its own address.
    const first = $(el, '.latest a') as HTMLAnchorElement;
    expect(first.href).to.contain('gov-entry=');
    first.click();
    await until(() => inner<GovItemView>(el, 'gov-item-view')?.shadowRoot?.querySelector('.entry .meta'), 8000, 'the entry');
    expect(location.hash).to.contain('gov-entry=');
    expect($$(el, '[role="tab"]')[1]!.getAttribute('aria-selected')).to.equal('true');
    // Back: home again; an area tile opens the catalogue at that area.
    await historyBack();
    await until(() => $$(el, '.areas button').length > 0, 5000, 'home again');
    expect(location.hash).to.equal('');
    ($$(el, '.areas button').find((b) => b.textContent!.includes('社会救助')) as HTMLButtonElement).click();
    await until(() => treeRows(el).some((r) => r.getAttribute('aria-expanded') === 'true' && r.textContent!.includes('社会救助')), 8000, 'the area open');
    expect(location.hash).to.contain('gov-section=catalogue');
    // The address names the area, and the tree has the focus, on the area's row.
    expect(location.hash).to.contain('gov-area=social-assistance');
    const tree = inner<GovCatalogueTree>(el, 'gov-catalogue-tree')!;
    await until(() => tree.shadowRoot!.activeElement?.getAttribute('role') === 'tree', 3000, 'the tree focused');
    expect(tree.shadowRoot!.activeElement!.getAttribute('aria-activedescendant')).to.equal('row-area:social-assistance');
    // 我要查 puts the cursor in the search box.
    await historyBack();
    await until(() => $$(el, '.actions button').length > 0, 5000, 'home again');
    ($$(el, '.actions button')[1] as HTMLButtonElement).click();
    await until(() => $(el, 'gov-search')!.shadowRoot!.activeElement?.tagName === 'INPUT', 3000, 'the search box focused');
  });

  it('lists policies by level, each with its interpretation, and the sub-column links', async () => {
    const el = await column();
    ($$(el, '[role="tab"]')[2] as HTMLButtonElement).click();
    await until(() => $$(el, '.policies li').length > 10, 8000, 'policies');
    const county = $$(el, '.policy-filters [role="group"] button').find((b) => b.textContent!.trim() === '县级')!;
    const all = $$(el, '.policies li').length;
    county.click();
    // Fewer, and every one the county's own: a list emptied by mistake would not pass.
    await until(() => $$(el, '.policies li').length > 0 && $$(el, '.policies li').length < all, 5000, 'the county level only');
    expect(
      $$(el, '.policies li')
        .filter((li) => !li.textContent!.includes('长沙县人民政府办公室'))
        .map((li) => li.textContent),
    ).to.deep.equal([]);
    expect($$(el, '.interpretation a').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
    ($$(el, '[role="tab"]')[4] as HTMLButtonElement).click();
    await until(() => $$(el, '.nav a').length === 4, 5000, 'the sub-columns');
    expect($$(el, '.nav a').map((a) => a.textContent)).to.deep.equal(['政府信息公开指南', '政府信息公开制度', '法定主动公开内容', '政府信息公开工作年度报告']);
  });

  it('opens a bundle built by gov-disclosure import | build from examples.csv', async () => {
    history.replaceState(null, '', `${location.pathname}#gov-section=catalogue`);
    const el = await fixture<GovDisclosureColumn>(
      html`<gov-disclosure-column src=${`${window.TEST_SERVER}/t/cli-${Date.now()}/ok/bundle/examples/manifest.json`}></gov-disclosure-column>`,
    );
    await until(() => $(el, '.title')?.textContent?.startsWith('示例县'), 8000, 'title');
    const tree = inner<GovCatalogueTree>(el, 'gov-catalogue-tree')!;
    await until(() => treeRows(el).length > 0, 8000, 'tree');
    await tree.reveal('social-assistance:1.1');
    expect(treeRows(el).map((r) => r.textContent!.trim().split(/\s+/)[1] ?? r.textContent!.trim())).to.include.members(['最低生活保障', '办事指南']);
  });

  it('looks the same inside a page whose global CSS is hostile', async () => {
    const style = document.createElement('style');
    style.textContent =
      '* { box-sizing: content-box !important; margin: 3px; } body { font-size: 12px; text-indent: 2em; letter-spacing: 3px; line-height: 1; } li { float: left; } table { width: 100%; border: 5px solid red; } a { color: red !important; } button { width: 20px; }';
    document.head.append(style);
    try {
      const el = await column({ section: 'catalogue' });
      await until(() => treeRows(el).length > 0, 8000, 'tree');
      const title = $(el, '.title')!;
      expect(getComputedStyle(title).textIndent).to.equal('0px');
      expect(getComputedStyle(title).letterSpacing).to.equal('normal');
      expect(parseFloat(getComputedStyle(treeRows(el)[0]!).fontSize)).to.equal(16);
      const rows = treeRows(el);
      expect(rows[1]!.getBoundingClientRect().top).to.be.greaterThan(rows[0]!.getBoundingClientRect().top);
      const tab = $$(el, '[role="tab"]')[0]!;
      expect(tab.getBoundingClientRect().width).to.be.greaterThan(40);
    } finally {
      style.remove();
    }
  });
});
