import { expect, fixture, html } from '@open-wc/testing';
import { $, $$, demoSrc, atWidth, until } from '../../../../../test/support/elements.js';
import './gov-disclosure-column.js';
import type { GovDisclosureColumn } from './disclosure-column.js';
import type { GovCatalogueTree } from '../catalogue-tree/catalogue-tree.js';
import type { GovItemView } from '../item-view/item-view.js';

const inner = <T extends Element>(el: Element, selector: string) => $(el, selector) as unknown as T | null;
const treeRows = (el: GovDisclosureColumn) => {
  const tree = inner<GovCatalogueTree>(el, 'gov-catalogue-tree');
  return tree ? $$(tree, '[role="treeitem"]') : [];
};
const historyBack = () =>
  new Promise<void>((resolve) => {
    window.addEventListener('popstate', () => setTimeout(resolve, 0), { once: true });
    history.back();
  });

/** A column; `section: 'catalogue'` opens it on the catalogue (its first screen is the home). */
async function column(attrs: { src?: string; urlState?: string; section?: string } = {}): Promise<GovDisclosureColumn> {
  if (attrs.section) history.replaceState(null, '', `${location.pathname}${location.search}#gov-section=${attrs.section}`);
  const el = await fixture<GovDisclosureColumn>(
    html`<gov-disclosure-column src=${attrs.src ?? demoSrc()} url-state=${attrs.urlState ?? 'hash'}><a href="/gkzl/">进入政务公开专栏</a></gov-disclosure-column>`,
  );
  await until(() => $(el, '.title')?.textContent?.includes('长沙县') || $(el, '.title')?.textContent?.includes('区'), 8000, 'title');
  return el;
}

describe('<gov-disclosure-column>', () => {
  beforeEach(() => {
    history.replaceState(null, '', location.pathname + location.search.replace(/[?&]gov-[^&]*/g, ''));
    localStorage.removeItem('gov-disclosure-settings');
  });

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

  describe('on a desktop', () => {
    atWidth(1280);

    it('the tree stays on screen beside the item while its entries are read, and shades the edge beyond which it holds more', async () => {
      history.replaceState(null, '', `${location.pathname}#gov-item=social-assistance:1.1&gov-entry=social-assistance:1.1~7`);
      const el = await column();
      const view = () => inner<GovItemView>(el, 'gov-item-view');
      await until(() => view()?.shadowRoot?.querySelector('.entry .body p'), 8000, 'the entry');
      const tree = inner<GovCatalogueTree>(el, 'gov-catalogue-tree')!;
      await until(() => treeRows(el).length > 5, 8000, 'the tree');
      // The item view reads through the column's one client, from context: no source of its own, no second client.
      expect(view()!.hasAttribute('src') || view()!.hasAttribute('api')).to.equal(false);
      expect(view()!.client).to.equal(tree.client);
      // A page long enough to scroll the column's top well away.
      const below = document.createElement('div');
      below.style.height = '3000px';
      el.after(below);
      try {
        // The link opened on the entry; the reader's own scrolling (a wheel) takes over from there.
        await until(() => view()!.shadowRoot!.activeElement?.id === 'entry-title', 5000, 'the entry shown');
        window.dispatchEvent(new Event('wheel'));
        // Read on, past the tree's own top (the entry beside it is longer than the tree).
        expect(view()!.getBoundingClientRect().height).to.be.greaterThan(tree.getBoundingClientRect().height + 150);
        // From where the tree starts (beside the item, whose top is not sticky), 150 px on.
        window.scrollTo(0, view()!.getBoundingClientRect().top + window.scrollY + 150);
        await until(() => tree.getBoundingClientRect().top >= -1 && tree.getBoundingClientRect().top < 5, 3000, 'the tree at the top of the screen');
        expect(tree.getBoundingClientRect().bottom).to.be.at.most(window.innerHeight + 1);
        // Its box holds more rows than it shows: the shades say so.
        const box = tree.shadowRoot!.querySelector<HTMLElement>('[role="tree"]')!;
        expect(box.scrollHeight).to.be.greaterThan(box.clientHeight);
        expect(getComputedStyle(box).backgroundImage.match(/radial-gradient/g)?.length).to.equal(2);
        expect(getComputedStyle(box).backgroundAttachment).to.match(/local, local, scroll, scroll/);
      } finally {
        below.remove();
        window.scrollTo(0, 0);
      }
    });
  });

  describe('on a phone', () => {
    atWidth();

    it('an area tile opens that area of the drill-down, on screen from its top, focused, and named in the address; Back and the link return to it', async () => {
      const el = await column();
      await until(() => $$(el, '.areas button').length > 20, 8000, 'the tiles');
      const tile = $$(el, '.areas button').find((b) => b.textContent!.includes('社会救助')) as HTMLButtonElement;
      tile.scrollIntoView({ block: 'center' });
      tile.click();
      const tree = () => inner<GovCatalogueTree>(el, 'gov-catalogue-tree');
      const here = () => tree()?.shadowRoot?.querySelector<HTMLElement>('.drill .here');
      await until(() => here()?.textContent?.trim() === '社会救助' && tree()!.shadowRoot!.activeElement === here(), 8000, 'the area, focused');
      expect(location.hash).to.contain('gov-area=social-assistance');
      // The level's name is on screen, and its first row below it: the list from its start, not from its middle.
      const first = tree()!.shadowRoot!.querySelector('.drill .level')!.getBoundingClientRect();
      expect(here()!.getBoundingClientRect().top).to.be.at.least(0);
      expect(first.bottom).to.be.at.most(window.innerHeight);
      // The link, opened afresh, shows the same level.
      const link = location.href;
      el.remove();
      history.replaceState(null, '', link);
      const again = await column();
      await until(
        () => {
          const t = inner<GovCatalogueTree>(again, 'gov-catalogue-tree');
          return t?.shadowRoot?.querySelector('.drill .here')?.textContent?.trim() === '社会救助';
        },
        8000,
        'the area from the link',
      );
      again.remove();
    });
  });

  describe('on a phone, what a link or a tap leads to is on screen', () => {
    atWidth();
    const onScreen = (el: Element | null | undefined) => {
      const r = el?.getBoundingClientRect();
      return !!r && r.top >= -1 && r.top < window.innerHeight * 0.8;
    };

    it('a shared link to an entry opens on the entry, focused, not on the catalogue above it', async () => {
      history.replaceState(null, '', `${location.pathname}#gov-item=social-assistance:1.1&gov-entry=social-assistance:1.1~7`);
      const el = await column();
      const view = () => inner<GovItemView>(el, 'gov-item-view');
      await until(
        () => {
          const title = view()?.shadowRoot?.querySelector('#entry-title');
          return onScreen(title) && view()!.shadowRoot!.activeElement === title;
        },
        8000,
        'the entry on screen and focused',
      );
    });

    it("我要看 brings the item's 公开信息 up; 搜索 brings the results up", async () => {
      history.replaceState(null, '', `${location.pathname}#gov-item=social-assistance:1.1`);
      const el = await column();
      const view = () => inner<GovItemView>(el, 'gov-item-view');
      await until(() => view()?.shadowRoot?.querySelector('gov-actions')?.shadowRoot?.querySelector('.action'), 8000, 'the actions');
      // The link opened on the item (its name focused); a tap (its pointerdown) takes over from there.
      await until(() => view()!.shadowRoot!.activeElement?.classList.contains('title'), 5000, 'the item shown');
      window.dispatchEvent(new Event('pointerdown'));
      window.scrollTo(0, 0);
      (view()!.shadowRoot!.querySelector('gov-actions')!.shadowRoot!.querySelector('.action') as HTMLButtonElement).click();
      await until(() => onScreen(view()!.shadowRoot!.querySelector('#entries-heading')), 5000, '公开信息 on screen');
      // 搜索: the results start below the screen on a phone; they come up.
      window.scrollTo(0, 0);
      const search = $(el, 'gov-search')!;
      const input = search.shadowRoot!.querySelector('input')!;
      input.value = '低保';
      input.dispatchEvent(new Event('input'));
      // A tap: its pointerdown, then the click.
      window.dispatchEvent(new Event('pointerdown'));
      (search.shadowRoot!.querySelector('button[type="submit"]') as HTMLButtonElement).click();
      await until(() => onScreen(search.shadowRoot!.querySelector('.summary')), 8000, 'the results on screen');
    });
  });

  it("keeps the visitor's 关怀模式, font size and language on the device; a link may ask for a language", async () => {
    let el = await column();
    ($$(el, '.settings > button')[0] as HTMLButtonElement).click();
    ($$(el, '.font button')[0] as HTMLButtonElement).click();
    const lang = $(el, '.lang select') as HTMLSelectElement;
    lang.value = 'zh-TW';
    lang.dispatchEvent(new Event('change'));
    await el.updateComplete;
    el.remove();
    // Another page of the site (or a reload): the choices stand over the page's own `mode` and `lang`.
    el = await fixture<GovDisclosureColumn>(html`<gov-disclosure-column src=${demoSrc()} mode="standard" lang="zh-CN"></gov-disclosure-column>`);
    await until(() => $(el, '.title')?.textContent?.startsWith('長沙縣'), 8000, 'traditional');
    expect(el.mode).to.equal('elderly');
    expect(el.style.getPropertyValue('--gov-font-scale')).to.equal('1.2');
    el.remove();
    // A link with gov-lang asks for its language explicitly.
    history.replaceState(null, '', `${location.pathname}#gov-lang=en`);
    el = await column();
    await until(() => $$(el, '[role="tab"]')[0]!.textContent!.trim() === 'Home', 5000, 'english');
    // Storage off (a sandboxed frame): the column still runs, with the page's defaults.
    el.remove();
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    try {
      el = await column();
      ($$(el, '.settings > button')[0] as HTMLButtonElement).click();
      await el.updateComplete;
      expect(el.mode).to.equal('standard');
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('puts the chosen item and entry in the URL, and Back and Forward walk through them', async () => {
    const el = await column({ section: 'catalogue' });
    const tree = inner<GovCatalogueTree>(el, 'gov-catalogue-tree')!;
    await until(() => treeRows(el).length > 0, 8000, 'tree');
    await tree.reveal('social-assistance:1.1');
    treeRows(el)
      .find((r) => r.id === 'row-social-assistance:1.1')!
      .click();
    await until(() => location.hash.includes('gov-item=social-assistance%3A1.1'), 3000, 'hash');
    await until(() => inner<GovItemView>(el, 'gov-item-view')?.shadowRoot, 8000, 'the item view');
    const view = inner<GovItemView>(el, 'gov-item-view')!;
    await until(() => view.shadowRoot!.querySelector('.title .name')?.textContent === '办事指南', 8000, 'item');
    await until(() => view.shadowRoot!.querySelectorAll('[role="option"] time').length > 0, 8000, 'entries');
    (view.shadowRoot!.querySelector('[role="option"]') as HTMLElement).click();
    await until(() => location.hash.includes('gov-entry='), 3000, 'entry in hash');
    await until(() => view.shadowRoot!.querySelector('.entry .meta'), 8000, 'entry open');
    await historyBack();
    await until(() => !view.shadowRoot!.querySelector('.entry .meta') && view.shadowRoot!.querySelector('[role="listbox"]'), 5000, 'back to the list');
    expect(location.hash).to.not.contain('gov-entry');
    await historyBack();
    await until(() => $(el, '.choose')?.textContent!.includes('请在目录中选择一个事项'), 5000, 'back to no item');
    history.forward();
    await until(() => inner<GovItemView>(el, 'gov-item-view')?.shadowRoot!.querySelector('.title .name')?.textContent === '办事指南', 5000, 'forward');
  });

  it('opens a deep link to an entry, in query mode too', async () => {
    history.replaceState(null, '', `${location.pathname}?x=1&gov-item=compulsory-education%3A1.1&gov-entry=compulsory-education%3A1.1~1`);
    const el = await column({ urlState: 'query' });
    await until(() => inner<GovItemView>(el, 'gov-item-view')?.shadowRoot, 8000, 'the item view');
    const view = inner<GovItemView>(el, 'gov-item-view')!;
    await until(() => view.shadowRoot!.querySelector('.entry .meta'), 8000, 'entry');
    expect(view.shadowRoot!.querySelector('.title .name')!.textContent).to.equal('招生政策');
    expect(location.search).to.contain('x=1');
    expect(view.shareUrl).to.contain('gov-item=compulsory-education%3A1.1');
    expect(view.shareUrl).to.not.contain('gov-entry');
  });

  it('switches in place to a county chosen on the map (互通联动), and Back returns', async () => {
    const el = await column();
    ($$(el, '[role="tab"]')[3] as HTMLButtonElement).click();
    const map = await (async () => {
      await until(() => $(el, 'gov-disclosure-map')?.shadowRoot?.querySelectorAll('.card.county').length, 8000, 'map');
      return $(el, 'gov-disclosure-map')!;
    })();
    const furong = [...map.shadowRoot!.querySelectorAll<HTMLElement>('.card.county')].find((c) => c.textContent!.includes('芙蓉区'))!;
    furong.click();
    await until(() => $(el, '.title')!.textContent!.startsWith('芙蓉区'), 8000, 'switched');
    expect(el.src).to.match(/430102\/manifest\.json$/);
    expect(location.hash).to.contain('gov-jurisdiction=430102');
    await historyBack();
    // Back on the map, the focus is on the county the visitor had chosen (not on the title far above).
    await until(() => ($(el, 'gov-disclosure-map')?.shadowRoot?.activeElement as HTMLElement | null)?.dataset.code === '430102', 8000, 'the county focused');
    await historyBack();
    await until(() => $(el, '.title')!.textContent!.startsWith('长沙县'), 8000, 'back home');
  });

  it("while a county's column is shown in place, says whose it is, names it before an opened item, leads back home, and Back finds the map as it was left", async () => {
    const el = await column();
    ($$(el, '[role="tab"]')[3] as HTMLButtonElement).click();
    await until(() => $(el, 'gov-disclosure-map')?.shadowRoot?.querySelector('[part="views"] button'), 8000, 'map');
    const map = () => $(el, 'gov-disclosure-map')!;
    const listButton = [...map().shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="views"] button')].find((b) => b.textContent!.trim() === '列表')!;
    listButton.click();
    await until(() => map().shadowRoot!.querySelector('.list a'), 5000, 'the list view');
    expect($(el, '.away'), 'no notice at home').to.equal(null);
    [...map().shadowRoot!.querySelectorAll<HTMLAnchorElement>('.list a')].find((a) => a.textContent!.includes('芙蓉区'))!.click();
    await until(() => $(el, '.title')!.textContent!.startsWith('芙蓉区'), 8000, 'switched');
    await until(() => $(el, '.away'), 5000, 'the notice');
    expect($(el, '.away')!.textContent!.replace(/\s+/g, '')).to.equal('当前显示：芙蓉区的专栏返回长沙县专栏');

    // An item opened there names the county before its path.
    // The county's own home first (its latest disclosures, its areas); then its catalogue.
    await until(() => $$(el, '.home .areas li').length === 26, 8000, "the county's home");
    ($$(el, '[role="tab"]')[1] as HTMLButtonElement).click();
    await until(() => inner<GovCatalogueTree>(el, 'gov-catalogue-tree'), 8000, 'the catalogue');
    inner<GovCatalogueTree>(el, 'gov-catalogue-tree')!.dispatchEvent(
      new CustomEvent('gov-select', {
        bubbles: true,
        composed: true,
        detail: { item: { id: 'social-assistance:1.1', area: 'social-assistance', name: '办事指南', level: 2 } },
      }),
    );
    const path = () => {
      const view = inner<GovItemView>(el, 'gov-item-view');
      return view ? $(view, '.title .path')?.textContent : undefined;
    };
    await until(() => path()?.startsWith('芙蓉区 › 社会救助 › '), 8000, 'the county before the path');

    // Back (from the item, the catalogue, the county's home) finds the map in the view the visitor chose.
    await historyBack();
    await historyBack();
    await historyBack();
    await until(() => $(el, '.title')!.textContent!.startsWith('长沙县'), 8000, 'back home');
    await until(() => map()?.shadowRoot?.querySelector('[part="views"] button[aria-pressed="true"]'), 8000, 'the map again');
    expect(map().shadowRoot!.querySelector('[part="views"] button[aria-pressed="true"]')!.textContent!.trim()).to.equal('列表');
    expect($(el, '.away')).to.equal(null);

    // The notice's button leads home too, to its top.
    [...map().shadowRoot!.querySelectorAll<HTMLAnchorElement>('.list a')].find((a) => a.textContent!.includes('芙蓉区'))!.click();
    await until(() => $(el, '.away button'), 8000, 'away again');
    ($(el, '.away button') as HTMLButtonElement).click();
    await until(() => $(el, '.title')!.textContent!.startsWith('长沙县') && !$(el, '.away'), 8000, 'home by the button');
    expect(location.hash).not.to.contain('gov-jurisdiction');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.title'));
  });

  it('says so when the address names a jurisdiction the matrix does not have, and shows its own column', async () => {
    history.replaceState(null, '', `${location.pathname}#gov-jurisdiction=430999`);
    const el = await column();
    await until(() => $(el, '[role="alert"]'), 8000, 'the notice');
    expect($(el, '[role="alert"]')!.textContent).to.contain('没有找到该内容').and.to.contain('430999');
    expect($(el, '.title')!.textContent).to.equal('长沙县基层政务公开标准化规范化专栏');
    ($$(el, '[role="tab"]')[1] as HTMLButtonElement).click();
    await until(() => !$(el, '[role="alert"]'), 3000, 'gone once the visitor moves on');
  });

  it('switches between 简体, 繁體 and English, data included', async () => {
    const el = await column({ section: 'catalogue' });
    await until(() => treeRows(el).length > 0, 8000, 'tree');
    el.setAttribute('lang', 'zh-TW');
    await until(() => $(el, '.title')!.textContent === '長沙縣基層政務公開標準化規範化專欄', 5000, 'traditional title');
    await until(() => treeRows(el)[0]!.textContent!.includes('重大建設項目'), 5000, 'traditional data');
    expect($$(el, '[role="tab"]')[1]!.textContent!.trim()).to.equal('公開內容');
    el.setAttribute('lang', 'en');
    await until(() => $$(el, '[role="tab"]')[1]!.textContent!.trim() === 'Disclosure catalogue', 5000, 'english');
    expect($(el, '.title')!.textContent).to.equal('长沙县 government information disclosure');
  });

  it('speaks its own language throughout, the search and the tree included, on a page in another', async () => {
    document.documentElement.lang = 'en';
    try {
      const el = await column({ section: 'catalogue' });
      await until(() => treeRows(el).length > 0 && $$(el, '[role="tab"]')[0]!.textContent!.trim() === 'Home', 8000, 'english');
      const search = inner<HTMLElement>(el, 'gov-search')!;
      const tree = inner<HTMLElement>(el, 'gov-catalogue-tree')!;
      await until(
        () => search.shadowRoot!.querySelector('button')?.textContent!.trim() === 'Search' && tree.shadowRoot!.textContent!.includes('Expand all'),
        5000,
        'children in English',
      );
      // The column told to speak Chinese: every child follows it, not the page.
      el.setAttribute('lang', 'zh-CN');
      await until(() => $$(el, '[role="tab"]')[0]!.textContent!.trim() === '首页', 5000, 'the column in Chinese');
      await until(
        () => search.shadowRoot!.querySelector('button')?.textContent!.trim() === '搜索' && tree.shadowRoot!.textContent!.includes('全部展开'),
        5000,
        'its children in Chinese',
      );
    } finally {
      document.documentElement.lang = 'zh-CN';
    }
  });

  it('takes its language from the nearest lang above it, and hands it to every child (as Storybook wraps its stories)', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><gov-disclosure-column src=${demoSrc()}></gov-disclosure-column></div>`);
    const el = wrapper.querySelector('gov-disclosure-column')!;
    await until(() => $$(el, '[role="tab"]')[0]?.textContent!.trim() === 'Home', 8000, 'the column in English');
    await until(
      () => inner<HTMLElement>(el, 'gov-search')?.shadowRoot!.querySelector('button')?.textContent!.trim() === 'Search',
      5000,
      'its search in English',
    );
    await until(() => $(el, '.title')!.textContent === '长沙县 government information disclosure', 5000, 'the title in English');
  });

  it('has an elderly mode with large text and 60 px targets, and a font-size switch', async () => {
    const el = await column({ section: 'catalogue' });
    await until(() => treeRows(el).length > 0, 8000, 'tree');
    const elderly = $$(el, '.settings > button')[0] as HTMLButtonElement;
    elderly.click();
    await el.updateComplete;
    expect(el.mode).to.equal('elderly');
    const tree = inner<GovCatalogueTree>(el, 'gov-catalogue-tree')!;
    await tree.updateComplete;
    expect(parseFloat(getComputedStyle(treeRows(el)[0]!).fontSize)).to.be.at.least(18);
    expect(treeRows(el)[0]!.getBoundingClientRect().height).to.be.at.least(60);
    for (const button of $$(el, 'button')) expect(button.getBoundingClientRect().height, button.textContent!).to.be.at.least(60);
    await expect(el).to.be.accessible();
    const tabSize = parseFloat(getComputedStyle($$(el, '[role="tab"]')[0]!).fontSize);
    const large = $$(el, '.font button')[0] as HTMLButtonElement;
    large.click();
    await el.updateComplete;
    expect(parseFloat(getComputedStyle(treeRows(el)[0]!).fontSize)).to.be.at.least(24);
    expect(parseFloat(getComputedStyle($$(el, '[role="tab"]')[0]!).fontSize)).to.be.closeTo(tabSize * 1.2, 0.5);
    // The virtual list re-measures: rows sit one row height apart, not on top of each other.
    await until(
      () => {
        const [a, b] = treeRows(el).map((r) => r.getBoundingClientRect());
        return a && b && Math.abs(b.top - a.top - a.height) < 1;
      },
      2000,
      'rows spaced by their new height',
    );
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
