import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createClient } from '@gov-disclosure/sdk';
import type { GovQueryEvent, GovSelectEvent } from '../../events/index.js';
import { $, $$, demoClient, demoSrc, until } from '../../../../../test/support/elements.js';
import './gov-search.js';
import type { GovSearch } from './search.js';

async function searchFor(q: string, client = demoClient(), scope: 'column' | 'matrix' = 'column'): Promise<GovSearch> {
  const el = await fixture<GovSearch>(html`<gov-search .client=${client} scope=${scope}></gov-search>`);
  el.q = q;
  // The results with their total (a page may come first, while its hits are counted).
  await until(() => $(el, '.summary') && !$(el, '.counting'), 8000, 'results');
  return el;
}

const total = (el: GovSearch) => Number(/共 (\d+) 条/.exec($(el, '.summary')?.textContent ?? '')?.[1] ?? NaN);
const texts = (el: GovSearch, selector: string) => $$(el, selector).map((e) => e.textContent!.trim());

describe('<gov-search>', () => {
  it("finds the citizen's words: 低保 puts the 最低生活保障 item first, with its place", async () => {
    const el = await searchFor('低保');
    expect($(el, '.summary')!.textContent).to.match(/“低保”的搜索结果，共 \d+ 条/);
    const first = $$(el, '.hit')[0]!;
    expect(first.querySelector('.text')!.textContent).to.equal('最低生活保障');
    expect(first.querySelector('.where')!.textContent).to.equal('社会救助 › 最低生活保障');
    expect(first.querySelector('mark')!.textContent).to.equal('最低生活保障');
    // Entry titles say 城乡低保: the citizen's word is marked there too, and each shows its date.
    const entry = $$(el, '.hit').find((h) => h.querySelector('time'))!;
    expect(entry.querySelector('.text mark')!.textContent).to.match(/低保$/);
    expect(entry.querySelector('.where')!.textContent).to.match(/^社会救助 › 最低生活保障 › .+/);
    // A 二级 item found by its place (最低生活保障 › 办事指南): the place shows why.
    const child = $$(el, '.hit').find((h) => h.querySelector('.text')!.textContent === '办事指南')!;
    expect(child.querySelector('.text mark')).to.equal(null);
    expect(child.querySelector('.where mark')!.textContent).to.equal('最低生活保障');
  });

  it("has a clear button of its own, a full target in 关怀模式 (the browser's is 15 px): it empties the box and the results and keeps the cursor", async () => {
    const el = await fixture<GovSearch>(html`<gov-search .client=${demoClient()} mode="elderly"></gov-search>`);
    expect($(el, '.clear'), 'none while the box is empty').to.equal(null);
    ($(el, 'input') as HTMLInputElement | null)!.focus();
    await sendKeys({ type: '低保' });
    await until(() => $(el, '.summary'), 8000, 'results as the citizen types');
    const clear = $(el, '.clear') as HTMLButtonElement;
    expect(clear.getAttribute('aria-label')).to.equal('清除');
    const box = clear.getBoundingClientRect();
    expect(Math.min(box.width, box.height)).to.be.at.least(60);
    clear.click();
    await until(() => !$(el, '.summary') && ($(el, 'input') as HTMLInputElement | null)!.value === '' && el.q === '', 3000, 'cleared');
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'input'));
  });

  it('finds 简体 data from a 繁體 query and from a word typed in part', async () => {
    const traditional = await searchFor('義務教育');
    expect(texts(traditional, '.hit .where')[0]).to.match(/^义务教育 › /);
    const part = await searchFor('最低生活');
    expect(texts(part, '.hit .text')[0]).to.equal('最低生活保障');
    expect(total(part)).to.equal(total(await searchFor('低保')));
  });

  it('reaches every hit: 加载更多 appends the next page and moves focus to it', async () => {
    const el = await searchFor('办事指南');
    const count = total(el);
    expect(count).to.be.greaterThan(100);
    expect($$(el, '.hit')).to.have.length(20);
    $(el, '.load-more')!.click();
    await until(() => $$(el, '.hit').length === 40, 8000, 'second page');
    expect(el.shadowRoot!.activeElement).to.equal($$(el, '.hit')[20]);
    expect($(el, '.more')!.textContent).to.contain(`已显示 40 条，共 ${count} 条`);
    // Every hit is distinct: pages do not repeat.
    const seen = new Set(
      $$(el, '.hit').map(
        (h) => `${h.querySelector('.text')!.textContent}|${h.querySelector('.where')!.textContent}|${h.querySelector('time')?.textContent ?? ''}`,
      ),
    );
    expect(seen.size).to.be.greaterThan(35);
  });

  it('shows a page that the first parts of long lists decide at once, says it is counting, and the total and facets follow without moving a hit', async () => {
    // The rest of each long list (search/t/) held back until the first page is checked.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const fetchHeld: typeof fetch = async (input, init) => {
      if ((input instanceof Request ? input.url : String(input)).includes('/search/t/')) await held;
      return fetch(input, init);
    };
    const el = await fixture<GovSearch>(html`<gov-search .client=${createClient({ src: demoSrc(), fetch: fetchHeld })}></gov-search>`);
    el.q = '通知';
    await until(() => $$(el, '.hit').length === 20, 8000, 'the first page');
    expect($(el, '.summary')!.textContent).to.equal('“通知”的搜索结果，正在统计总数…');
    expect($$(el, '.facets.counting select').every((s) => (s as HTMLSelectElement).disabled)).to.equal(true);
    expect($(el, '.load-more'), 'no 加载更多 before the total').to.equal(null);
    const shown = texts(el, '.hit .text');
    const top = $(el, '.hit')!.getBoundingClientRect().top;
    release();
    await until(() => !$(el, '.counting') && total(el) > 20, 8000, 'the total');
    expect(texts(el, '.hit .text')).to.deep.equal(shown);
    expect($$(el, '.facets select').length).to.be.at.least(1);
    expect(Math.abs($(el, '.hit')!.getBoundingClientRect().top - top), 'the hits stay where they were').to.be.below(8);
  });

  it("keeps the last results on screen, marked, until the next query's come: nothing blanks between two searches", async () => {
    const el = await searchFor('低保');
    await until(() => $$(el, '.hit').length > 0, 8000, 'the first results');
    let blanked = false;
    let marked = false;
    const watch = new MutationObserver(() => {
      blanked ||= !$(el, '.hit');
      marked ||= !!$(el, '.results.previous .hit');
    });
    watch.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true });
    el.q = '公示';
    await until(() => /“公示”/.test($(el, '.summary')?.textContent ?? '') && !$(el, '.previous'), 8000, 'the next results');
    watch.disconnect();
    expect(blanked, 'no moment without hits').to.equal(false);
    expect(marked, 'the last results marked while the next loaded').to.equal(true);
  });

  it('on a narrow screen in 关怀模式, the list keeps its height as the citizen scrolls to its end (加载更多 stays where it is)', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="width: 300px; font-size: 20px"><gov-search .client=${demoClient()} mode="elderly"></gov-search></div>`,
    );
    const el = wrap.querySelector('gov-search') as GovSearch;
    el.q = '通知';
    await until(() => $$(el, '.hit').length === 20 && $(el, '.load-more') && !$(el, '.counting'), 8000, 'a page of hits');
    // Straight to the end, as a thumb on the scrollbar does; then the frames that draw what came into view.
    const more = $(el, '.load-more')!;
    more.scrollIntoView({ block: 'end' });
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    await frame();
    const top = more.getBoundingClientRect().top;
    for (let i = 0; i < 6; i++) await frame();
    expect(more.getBoundingClientRect().top).to.equal(top);
  });

  it("after 搜索, brings the summary to the top when the page above it fills half the screen (a phone with the column's header)", async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div><div style="height: ${Math.round(window.innerHeight * 0.6)}px"></div><gov-search .client=${demoClient()}></gov-search><div style="height: 200vh"></div></div>`,
    );
    const el = page.querySelector('gov-search') as GovSearch;
    el.focus();
    await sendKeys({ type: '低保' });
    await sendKeys({ press: 'Enter' });
    const top = () => $(el, '.summary')!.getBoundingClientRect().top;
    await until(() => $(el, '.hit') && top() > -2 && top() < window.innerHeight * 0.15, 8000, 'the summary at the top');
    window.scrollTo(0, 0);
  });

  it('narrows by type, area and year, with honest counts', async () => {
    const el = await searchFor('低保');
    const all = total(el);
    const entries = $$(el, '.kinds button').find((b) => b.textContent!.includes('信息'))!;
    const entryCount = Number(/（(\d+)）/.exec(entries.textContent!)![1]);
    expect(entryCount).to.be.lessThan(all);
    entries.click();
    await until(() => total(el) === entryCount, 8000, 'narrowed to entries');
    expect(texts(el, '.hit .kind').every((k) => k === '信息')).to.equal(true);
    expect(texts(el, '.hit .kind')).to.have.length.greaterThan(0);
    const year = $$(el, '.facets select').find((s) => s.parentElement!.textContent!.includes('年份')) as HTMLSelectElement;
    const option = [...year.options].find((o) => o.value === '2025')!;
    const yearCount = Number(/（(\d+)）/.exec(option.textContent!)![1]);
    year.value = '2025';
    year.dispatchEvent(new Event('change'));
    await until(() => total(el) === yearCount, 8000, 'narrowed to 2025');
    expect(texts(el, '.hit time').every((d) => d.startsWith('2025-'))).to.equal(true);
  });

  it('searches through the API too, ranked the same', async () => {
    const api = createClient({ api: `${window.TEST_SERVER}/t/search-api-${Date.now()}/ok/api/430121` });
    const [fromApi, fromBundle] = [await searchFor('学区', api), await searchFor('学区')];
    expect(total(fromApi)).to.equal(total(fromBundle));
    expect(texts(fromApi, '.hit .text').slice(0, 10)).to.deep.equal(texts(fromBundle, '.hit .text').slice(0, 10));
  });

  it("searches a city and its counties through the merged index, naming each hit's county", async () => {
    const el = await searchFor('低保', demoClient('430100'), 'matrix');
    const places = texts(el, '.hit .where');
    expect(places.some((p) => p.startsWith('长沙县 › '))).to.equal(true);
    expect(places.some((p) => p.startsWith('长沙市 › '))).to.equal(true);
    expect($$(el, '.facets select').some((s) => s.parentElement!.textContent!.includes('地区'))).to.equal(true);
  });

  it('is typed into and walked with the keyboard, and opens a result', async () => {
    const el = await fixture<GovSearch>(html`<gov-search .client=${demoClient()}></gov-search>`);
    const queries: string[] = [];
    el.addEventListener('gov-query', (e: GovQueryEvent) => queries.push(e.detail.q));
    $(el, 'input')!.focus();
    await sendKeys({ type: '学区' });
    await sendKeys({ press: 'Enter' });
    await until(() => $$(el, '.hit').length > 2, 8000, 'hits');
    expect(queries).to.deep.equal(['学区']);
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement).to.equal($$(el, '.hit')[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement).to.equal($$(el, '.hit')[1]);
    const opened = new Promise<GovSelectEvent>((resolve) => el.addEventListener('gov-select', resolve, { once: true }));
    await sendKeys({ press: 'Enter' });
    const { detail } = await opened;
    expect(detail.item.id).to.match(/^compulsory-education:/);
    expect(detail.entry).to.match(/~\d+$/);
    await sendKeys({ press: 'Escape' });
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'input'));
    await expect(el).to.be.accessible();
  });

  it('says when nothing matches, and offers other words and areas', async () => {
    const el = await searchFor('救助金 不存在的内容词');
    expect($(el, '.summary')!.textContent).to.contain('没有找到与“救助金 不存在的内容词”相关的内容');
    // Only words that find something are offered, and areas near the query: tapping one shows results.
    const offers = texts(el, '.suggest button');
    expect(offers).to.include.members(['救助', '社会救助']);
    expect(offers).to.not.include('救助金');
    // An area is offered for two characters written together with the query, not for one (地 of 火星基地 and 征地补偿).
    expect(texts(await searchFor('火星基地'), '.suggest button')).to.deep.equal([]);
    $$(el, '.suggest button')[0]!.click();
    await until(() => total(el) > 0, 8000, 'the offered word finds something');
    const area = await searchFor('残疾人救助补贴');
    // Partial: no hit holds every word; the ones with most of them come first, and it says so.
    expect($(area, '.muted')!.textContent).to.contain('以下结果包含其中部分词语');
    const none = await searchFor('驾照');
    expect($(none, '.summary')!.textContent).to.contain('没有找到');
    await expect(none).to.be.accessible();
  });
});
