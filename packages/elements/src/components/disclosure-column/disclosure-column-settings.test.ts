/**
 * <gov-disclosure-column>'s settings: 关怀模式 and the font size (large text, 60 px targets), the
 * language (简体, 繁體, English, data included; its own or the nearest lang above it, handed to
 * every child), and all of them kept on the device.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { $, $$, demoSrc, until } from '../../../../../test/support/elements.js';
import { clearColumnState, column, inner, treeRows } from '../../../../../test/support/disclosure-column.js';
import './gov-disclosure-column.js';
import type { GovDisclosureColumn } from './disclosure-column.js';
import type { GovCatalogueTree } from '../catalogue-tree/catalogue-tree.js';

describe('<gov-disclosure-column>', () => {
  beforeEach(clearColumnState);

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
});
