import { expect, fixture, html } from '@open-wc/testing';
import { $, $$, demoSrc, until } from '../../../../../test/support/elements.js';
import './gov-led-board.js';
import type { GovLedBoard } from './led-board.js';

async function board(size: [number, number], options: { src?: string; lang?: string; fetch?: typeof fetch; interval?: number } = {}): Promise<GovLedBoard> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${size[0]}px;height:${size[1]}px"></div>`);
  const el = document.createElement('gov-led-board');
  el.setAttribute('lang', options.lang ?? 'zh-CN');
  if (options.fetch) el.fetch = options.fetch;
  el.interval = options.interval ?? 60;
  el.dwell = 1;
  el.src = options.src ?? demoSrc();
  wrapper.append(el);
  await until(() => $(el, '.area'), 8000, 'the board');
  return el;
}

const visible = (el: Element | null) => !!el && getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().width > 0;

describe('<gov-led-board>', () => {
  it('fills a 1920×1080 screen: title, this week, the clock, one area at a time, counts and a ticker', async () => {
    const el = await board([1920, 1080]);
    expect($(el, 'h1')!.textContent).to.equal('长沙县政务公开');
    expect($(el, '.week')!.textContent).to.match(/本周新公开\d+ 条/);
    expect($(el, '.clock')!.textContent).to.match(/\d{4}年\d{1,2}月\d{1,2}日/);
    // The ranking has room for 14 of the 26 areas, and says so.
    expect($$(el, '.counts li').length).to.equal(14);
    expect($(el, '.side h2')!.textContent).to.equal('各领域公开数量（前 14 个，共 26 个领域）');
    // The first 14 by their counts, the most first.
    const counts = $$(el, '.counts li b').map((b) => Number(b.textContent));
    expect(counts).to.deep.equal([...counts].sort((x, y) => y - x));
    // The area shown fills its half: its 8 newest entries, all on screen above the ticker.
    expect($$(el, '.entries li').length).to.equal(8);
    for (const row of $$(el, '.entries li')) expect(row.getBoundingClientRect().bottom).to.be.at.most($(el, '.foot')!.getBoundingClientRect().top);
    expect($$(el, '.track span').length).to.be.greaterThan(5);
    const first = $(el, '.area h2')!.textContent;
    await until(() => $(el, '.area h2')!.textContent !== first, 3000, 'the next area');
    // The area shown stands out in the ranking when it is among the first 14.
    const shown = $(el, '.area h2')!.textContent!;
    const ranked = $$(el, '.counts li span').map((s) => s.textContent);
    expect($(el, '.counts li.current span')?.textContent ?? null).to.equal(ranked.includes(shown) ? shown : null);
    // Layout: header on top, the area beside the counts, the ticker at the bottom, all on screen.
    const box = (selector: string) => $(el, selector)!.getBoundingClientRect();
    const screen = el.getBoundingClientRect();
    expect(box('.head').top).to.equal(screen.top);
    expect(box('.foot').bottom).to.be.closeTo(screen.bottom, 1);
    expect(box('.side').left).to.be.greaterThan(box('.area').right - 1);
    expect(box('.area h2').height).to.be.greaterThan(40, 'readable across a hall');
    await expect(el).to.be.accessible();
  });

  it('shows one line on a 1280×160 strip: the area, its count and the ticker', async () => {
    const el = await board([1280, 160]);
    expect(visible($(el, 'h1'))).to.equal(false);
    expect(visible($(el, '.side'))).to.equal(false);
    expect(visible($(el, '.area h2'))).to.equal(true);
    expect(visible($(el, '.strip-count'))).to.equal(true);
    expect(visible($(el, '.ticker'))).to.equal(true);
    const strip = el.getBoundingClientRect();
    for (const part of ['.area h2', '.ticker']) {
      const b = $(el, part)!.getBoundingClientRect();
      expect(b.top).to.be.at.least(strip.top - 1);
      expect(b.bottom).to.be.at.most(strip.bottom + 1);
    }
    await expect(el).to.be.accessible();
  });

  it('polls with conditional requests, keeps the last good data when offline, and recovers', async () => {
    let offline = false;
    const seen: (string | null)[] = [];
    const fetcher: typeof fetch = (input, init) => {
      seen.push(new Headers(init?.headers).get('if-none-match'));
      return offline ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init);
    };
    const el = await board([1920, 1080], { fetch: fetcher, interval: 0.2 });
    await until(() => seen.filter(Boolean).length >= 2, 5000, 'conditional polls');
    const shown = $(el, '.track')!.textContent;
    offline = true;
    await until(() => $(el, '.status.stale'), 5000, 'the stale mark');
    expect($(el, '.status')!.textContent).to.match(/网络中断，显示的是 \d\d:\d\d 的信息/);
    expect($(el, '.track')!.textContent, 'the last good data stays').to.equal(shown);
    await expect(el).to.be.accessible();
    offline = false;
    window.dispatchEvent(new Event('online'));
    await until(() => !$(el, '.status.stale'), 5000, 'recovery');
  });

  it('says it is waiting, never shows an error, when there is no data at all', async () => {
    const el = document.createElement('gov-led-board');
    el.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    el.interval = 0.1;
    el.src = '/nowhere/manifest.json';
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1920px;height:1080px"></div>`);
    wrapper.append(el);
    await until(() => el.shadowRoot?.textContent?.includes('暂未获取到公开信息，正在自动重试'), 5000, 'the waiting message');
    expect(el.shadowRoot!.textContent).to.not.match(/Error|TypeError|undefined/);
    await expect(el).to.be.accessible();
  });

  it('speaks zh-TW and English', async () => {
    const tw = await board([1920, 1080], { lang: 'zh-TW' });
    await until(() => $(tw, 'h1')!.textContent === '長沙縣政務公開', 5000, 'the name in traditional characters');
    expect($(tw, '.week')!.textContent).to.contain('本週新公開');
    const en = await board([1920, 1080], { lang: 'en' });
    expect($(en, '.week')!.textContent).to.contain('New this week');
    await expect(en).to.be.accessible();
  });
});
