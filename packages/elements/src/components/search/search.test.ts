import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createClient } from '@gov-disclosure/sdk';
import type { GovSelectEvent } from '../../events/index.js';
import { $, $$, demoClient, until } from '../../../../../test/support/elements.js';
import './gov-search.js';
import type { GovSearch } from './search.js';

async function searchFor(q: string, client = demoClient()): Promise<GovSearch> {
  const el = await fixture<GovSearch>(html`<gov-search .client=${client}></gov-search>`);
  el.q = q;
  await until(() => $(el, '.summary'), 8000, 'results');
  return el;
}

describe('<gov-search>', () => {
  it('finds two-character Chinese queries: 低保 and 学区', async () => {
    const el = await searchFor('低保');
    expect($(el, '.summary')!.textContent).to.match(/“低保”的搜索结果，共 \d+ 条/);
    expect($$(el, '.hit mark')[0]!.textContent).to.equal('低保');
    const other = await searchFor('学区');
    expect(Number(/共 (\d+) 条/.exec($(other, '.summary')!.textContent!)![1])).to.be.greaterThan(10);
    expect($$(other, 'section h3').map((h) => h.textContent)).to.include('义务教育');
  });

  it('covers item names, element text and entry titles, grouped by area', async () => {
    const el = await searchFor('最低生活保障');
    const kinds = $$(el, '.kind').map((k) => k.textContent);
    expect(kinds).to.include('事项');
    expect(kinds).to.include('要素');
    expect($$(el, 'section h3')[0]!.textContent).to.equal('社会救助');
  });

  it('searches through the API too', async () => {
    const api = createClient({ api: `${window.TEST_SERVER}/t/search-api-${Date.now()}/ok/api/430121` });
    const el = await searchFor('学区', api);
    expect(Number(/共 (\d+) 条/.exec($(el, '.summary')!.textContent!)![1])).to.be.greaterThan(10);
  });

  it('is typed into and walked with the keyboard, and opens a result', async () => {
    const el = await fixture<GovSearch>(html`<gov-search .client=${demoClient()}></gov-search>`);
    $(el, 'input')!.focus();
    await sendKeys({ type: '学区' });
    await sendKeys({ press: 'Enter' });
    await until(() => $$(el, '.hit').length > 2, 8000, 'hits');
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

  it('says when nothing matches', async () => {
    const el = await searchFor('不存在的内容词');
    expect($(el, '.summary')!.textContent).to.contain('没有找到与“不存在的内容词”相关的内容');
  });
});
