/**
 * <gov-item-view> showing an item and its entries: the standard's elements, the entries newest first,
 * opened and left with the keyboard, a tap and Back, filtered; its path, its 一级 item's children,
 * an entry's heading focused, 繁體; and lists of any length (200,000 entries, a phone's short and
 * long lists). Hostile or missing data and the actions are in item-view-*.test.ts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { DisclosureClient } from '@gov-disclosure/sdk';
import type { GovEntrySelectEvent } from '../../events/index.js';
import { $, $$, atWidth, demoClient, fixtureSrc, until } from '../../../../../test/support/elements.js';
import { view } from '../../../../../test/support/item-view.js';
import { withManyEntries } from '../../../../../test/support/many-entries.js';
import './gov-item-view.js';
import type { GovItemView } from './item-view.js';

const press = async (el: GovItemView, key: string) => {
  await sendKeys({ press: key });
  await el.updateComplete;
};

/** A source with one item of `total` entries, made up on request: the 200,000-entry case. */
function bigClient(total: number): DisclosureClient {
  return withManyEntries(demoClient(), total);
}

describe('<gov-item-view>', () => {
  it('shows the elements of the standard table for the real 最低生活保障 row', async () => {
    const el = await view('social-assistance:1.1');
    const table = $(el, '.elements')!;
    expect(table.textContent).to.contain('●办理事项');
    expect(table.textContent).to.contain('《国务院关于进一步加强和改进最低生活保障工作的意见》');
    expect(table.textContent).to.contain('制定或获取信息之日起10个工作日内（10个工作日）');
    expect(table.textContent).to.contain('县级政府民政部门、乡镇政府(街道办事处)');
    expect(table.textContent).to.contain('政府网站');
    expect(table.textContent).to.contain('全社会');
    expect(table.textContent).to.contain('县级、乡级');
  });

  it('lists entries newest first, and opens one with the keyboard', async () => {
    const el = await view('social-assistance:1.1');
    await until(() => $$(el, '[role="option"] time').length > 1, 5000, 'entries');
    const dates = $$(el, '[role="option"] time').map((t) => t.textContent!);
    expect([...dates].sort().reverse()).to.deep.equal(dates);
    const opened = new Promise<GovEntrySelectEvent>((resolve) => el.addEventListener('gov-entry-select', resolve, { once: true }));
    $(el, '[role="listbox"]')!.focus();
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    const event = await opened;
    expect(event.detail.entry).to.match(/^social-assistance:1\.1~\d+$/);
    await until(() => $(el, '.entry .meta'), 5000, 'entry');
    expect($(el, '.meta')!.textContent).to.contain('索引号');
    expect($(el, '.meta')!.textContent).to.contain('430121-');
    // This one has no 文号: the line says so rather than going missing.
    expect($$(el, '.meta div').map((d) => d.textContent!.replace(/\s+/g, ''))).to.include('文号无');
    await until(() => $(el, '.body p'), 5000, 'body');
    await expect(el).to.be.accessible();
    ($$(el, '.entry-tools button')[0] as HTMLButtonElement).click();
    await until(() => $(el, '[role="listbox"]'), 5000, 'back to the list');
    // Back at the row it was opened from, with the focus.
    await until(() => el.shadowRoot!.activeElement === $(el, '[role="listbox"]'), 5000, 'the list focused');
    expect($(el, '[role="listbox"]')!.getAttribute('aria-activedescendant')).to.equal('entry-1');
  });

  it("after the browser's Back from an entry (the column clears `entry`), the list has the focus at the row it was opened from", async () => {
    const el = await view('social-assistance:1.1');
    await until(() => $$(el, '[role="option"] time').length > 2, 5000, 'entries');
    // A real pointer press, as a tap: what follows is no keyboard focus (:focus-visible stays off).
    $$(el, '[role="option"]')[2]!.scrollIntoView({ block: 'center' });
    const row = $$(el, '[role="option"]')[2]!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(row.left + row.width / 2), Math.round(row.top + row.height / 2)] });
    await until(() => el.shadowRoot!.activeElement?.id === 'entry-title', 8000, 'the entry, focused');
    el.entry = undefined;
    await until(() => el.shadowRoot!.activeElement === $(el, '[role="listbox"]'), 5000, 'the list focused');
    expect($(el, '[role="listbox"]')!.getAttribute('aria-activedescendant')).to.equal('entry-2');
    expect($(el, '#entry-2')!.classList.contains('active')).to.equal(true);
    // Shown, though the focus came by script after a tap (no :focus-visible): a phone's Back.
    expect(getComputedStyle($(el, '#entry-2')!).outlineStyle).to.equal('solid');
  });

  it('filters entries by stage and text, with highlights', async () => {
    const el = await view('social-assistance:1.1');
    await until(() => $$(el, '[role="option"] time').length > 0, 5000, 'entries');
    const input = $(el, '.toolbar input')! as HTMLInputElement;
    input.value = '低保';
    input.dispatchEvent(new Event('input'));
    await until(() => $$(el, '[role="option"] mark').length > 0, 5000, 'marks');
    expect($$(el, '[role="option"] mark')[0]!.textContent).to.equal('低保');
  });

  it('marks repealed entries in the list and in the detail', async () => {
    const el = await fixture<GovItemView>(html`<gov-item-view src=${fixtureSrc('hostile-bundle/manifest.json')} item="health:1.1"></gov-item-view>`);
    await until(() => $$(el, '[role="option"] time').length === 3, 5000, 'entries');
    expect($$(el, '[role="option"]')[1]!.querySelector('.badge')!.textContent).to.equal('已废止');
    el.entry = 'health:1.1~2';
    await until(() => $(el, '.repealed-notice'), 5000, 'notice');
    expect($(el, '.repealed-notice')!.textContent).to.contain('本文件已废止');
  });

  it('keeps under 1,000 nodes with 200,000 entries, and reaches the last by keyboard and by scrolling', async () => {
    const el = await view('health:1.1', bigClient(200_000));
    await until(() => $(el, '[role="status"]')?.textContent?.includes('200000'), 5000, 'total');
    const count = () => el.shadowRoot!.querySelectorAll('*').length;
    expect(count()).to.be.lessThan(1000);
    const list = $(el, '[role="listbox"]')!;
    list.focus();
    await press(el, 'End');
    await until(() => $(el, '#entry-199999 .entry-title'), 5000, 'last entry');
    expect($(el, '#entry-199999')!.getAttribute('aria-selected')).to.equal('true');
    expect($(el, '#entry-199999 .entry-title')!.textContent).to.equal('第1号公告');
    expect(list.getAttribute('aria-activedescendant')).to.equal('entry-199999');
    expect(count()).to.be.lessThan(1000);
    // The last row is inside the viewport. 200,000 rows are taller than a browser lets an element
    // be, so the list scales its scrolling: one pixel of scrollTop moves the rows `slack` pixels
    // (about 2), and WebKit keeps scrollTop in whole pixels (Chromium in fractions), so a row
    // lands to within that.
    const row = $(el, '#entry-199999')!.getBoundingClientRect();
    const box = list.getBoundingClientRect();
    const slack = Math.max(1, (200_000 * row.height) / list.scrollHeight);
    expect(row.bottom).to.be.at.most(box.bottom + slack);
    expect(row.top).to.be.at.least(box.top - slack);
    // Scrolling: back to the top, then to the very bottom by the scrollbar.
    await press(el, 'Home');
    list.scrollTop = list.scrollHeight;
    await until(() => $(el, '#entry-199999 .entry-title'), 5000, 'last entry by scrolling');
  });

  it('heads the item with where it sits: 领域 › 一级 › 二级 (seven items of one area are called 办事指南)', async () => {
    const el = await view('social-assistance:1.1');
    await until(() => $(el, '.title .path')?.textContent === '社会救助 › 最低生活保障 › ', 5000, 'the path');
    expect($(el, '.title')!.textContent).to.equal('社会救助 › 最低生活保障 › 办事指南');
    el.setAttribute('lang', 'zh-TW');
    await until(() => $(el, '.title')!.textContent === '社會救助 › 最低生活保障 › 辦事指南', 5000, 'in 繁體');
  });

  it('brings an entry opened from the list on screen with the focus on its heading (the row it came from is gone)', async () => {
    const el = await view('social-assistance:1.1');
    await until(() => $$(el, '[role="option"] time').length > 0, 5000, 'entries');
    ($(el, '[role="option"]') as HTMLElement).click();
    await until(() => el.shadowRoot!.activeElement?.id === 'entry-title', 5000, 'the heading focused');
    const box = $(el, '#entry-title')!.getBoundingClientRect();
    expect(box.top).to.be.at.least(-1);
    expect(box.bottom).to.be.at.most(innerHeight + 1);
  });

  it('shows the entry body in 繁體 too, converted as text after sanitising', async () => {
    const el = await view('social-assistance:1.1');
    await until(() => $$(el, '[role="option"] time').length > 0, 5000, 'entries');
    ($(el, '[role="option"]') as HTMLElement).click();
    await until(() => $(el, '.entry .body')?.textContent!.includes('中华人民共和国政府信息公开条例'), 5000, 'the body');
    el.setAttribute('lang', 'zh-TW');
    await until(
      () =>
        $(el, '.entry .body')?.textContent!.includes('中華人民共和國政府資訊公開條例') ||
        $(el, '.entry .body')?.textContent!.includes('中華人民共和國政府信息公開條例'),
      8000,
      'the body in 繁體',
    );
    expect($(el, '.entry .body p')).to.exist;
    el.setAttribute('lang', 'zh-CN');
    await until(() => $(el, '.entry .body')?.textContent!.includes('中华人民共和国政府信息公开条例'), 5000, 'back in 简体');
  });

  it('lists the children of a 一级 item, with their entry counts, instead of “no entries”', async () => {
    const el = await view('social-assistance:1');
    await until(() => $$(el, '.children button').length > 3, 5000, 'the children');
    const children = $$(el, '.children button').map((b) => b.textContent!.trim());
    expect(children[0]).to.match(/^办事指南（共 \d+ 条）$/);
    expect(children.some((c) => /（共 [1-9]\d* 条）/.test(c))).to.equal(true);
    expect(el.shadowRoot!.textContent).to.not.contain('该事项暂无公开信息');
    await expect(el).to.be.accessible();
    const chosen = new Promise<string>((resolve) => el.addEventListener('gov-select', (e) => resolve((e as CustomEvent).detail.item.id), { once: true }));
    ($$(el, '.children button')[0] as HTMLButtonElement).click();
    expect(await chosen).to.equal('social-assistance:1.1');
  });

  describe('on a phone, in 关怀模式', () => {
    atWidth();
    it("shows a short list of 公开信息 whole, in the page, not in a box that cuts its last rows; a long one scrolls in a box of the screen's height", async () => {
      const short = await fixture<GovItemView>(html`<gov-item-view .client=${demoClient()} item="social-assistance:1.1" mode="elderly"></gov-item-view>`);
      await until(() => $$(short, '.entry-row time').length === 11, 8000, 'all 11 rows');
      const box = $(short, '.entries')!;
      expect(box.scrollHeight, 'nothing to scroll inside').to.be.at.most(box.clientHeight + 1);
      const long = await fixture<GovItemView>(
        html`<gov-item-view .client=${withManyEntries(demoClient(), 500)} item="social-assistance:1.1" mode="elderly"></gov-item-view>`,
      );
      await until(() => $$(long, '.entry-row time').length > 0, 8000, 'rows');
      const longBox = $(long, '.entries')!;
      expect(longBox.scrollHeight).to.be.above(longBox.clientHeight);
      expect(longBox.clientHeight).to.be.at.most(window.innerHeight);
    });
  });
});
