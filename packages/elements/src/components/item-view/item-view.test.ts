import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { NetworkError, type DisclosureClient } from '@gov-disclosure/sdk';
import { setSafeHTML } from '../../base/sanitize.js';
import type { GovFeedback } from '../feedback/feedback.js';
import type { GovActionEvent, GovEntrySelectEvent } from '../../events/index.js';
import { $, $$, atWidth, demoClient, fixtureSrc, scriptsCouldRun, until, watchUncaught } from '../../../../../test/support/elements.js';
import { withManyEntries } from '../../../../../test/support/many-entries.js';
import './gov-item-view.js';
import type { GovItemView } from './item-view.js';

declare global {
  interface Window {
    __pwned?: string;
  }
}

/** What a QR code drawn as SVG says, read by jsQR (a test-only decoder) from its pixels on a white canvas. */
async function decodeQr(svg: SVGSVGElement): Promise<string | undefined> {
  const w = window as unknown as { jsQR?: (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null };
  if (!w.jsQR) {
    await new Promise((resolve, reject) => {
      const script = Object.assign(document.createElement('script'), { src: '/node_modules/jsqr/dist/jsQR.js', onload: resolve, onerror: reject });
      document.head.append(script);
    });
  }
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', '400');
  clone.setAttribute('height', '400');
  const image = new Image();
  image.src = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(clone)], { type: 'image/svg+xml' }));
  await image.decode();
  const canvas = Object.assign(document.createElement('canvas'), { width: 440, height: 440 });
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, 440, 440);
  context.drawImage(image, 20, 20, 400, 400);
  return w.jsQR!(context.getImageData(0, 0, 440, 440).data, 440, 440)?.data;
}

async function view(item: string, client: DisclosureClient = demoClient()): Promise<GovItemView> {
  const el = await fixture<GovItemView>(html`<gov-item-view .client=${client} item=${item}></gov-item-view>`);
  await until(() => $(el, '.title'), 5000, 'item');
  return el;
}

const press = async (el: GovItemView, key: string) => {
  await sendKeys({ press: key });
  await el.updateComplete;
};

/** A source with one item of `total` entries, made up on request: the 200,000-entry case. */
function bigClient(total: number): DisclosureClient {
  return withManyEntries(demoClient(), total);
}

describe('<gov-item-view>', () => {
  afterEach(() => {
    delete window.__pwned;
  });

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

  it('never runs script from data: titles, names, bodies and links are made harmless', async () => {
    const src = fixtureSrc('hostile-bundle/manifest.json');
    const el = await fixture<GovItemView>(html`<gov-item-view src=${src} item="health:1.1" entry="health:1.1~3"></gov-item-view>`);
    await until(() => $(el, '.body p'), 5000, 'body');
    expect($(el, '.title')!.textContent).to.contain('<img src=x onerror=');
    expect($(el, '.entry-heading')!.textContent).to.contain('<img src=x');
    const body = $(el, '.body')!;
    expect(body.querySelector('script, iframe, form, input, [onerror]')).to.equal(null);
    // Published ids are dropped (they could collide with the element's own); links are found by their text.
    const link = (text: string) => [...body.querySelectorAll('a')].find((a) => a.textContent!.includes(text)) as HTMLAnchorElement;
    expect(link('点此').getAttribute('href') ?? '').to.not.match(/javascript/i);
    expect(link('中国政府网').getAttribute('rel')).to.equal('noopener noreferrer');
    expect(link('中国政府网').hasAttribute('target')).to.equal(false);
    expect(body.textContent).to.contain('保留的表格');
    link('点此').click();
    await scriptsCouldRun('link');
    expect(window.__pwned).to.equal(undefined);
    // Attachments resolve against the bundle.
    const links = $$(el, '.attachments a');
    expect(links).to.have.length(1);
    expect(links[0]!.getAttribute('href')).to.match(/hostile-bundle\/files\/a\.pdf$/);
  });

  it('leaves out an item whose record is unsafe (a javascript: service URL): not found, nothing of it shown, nothing thrown', async () => {
    const uncaught = watchUncaught();
    const el = await fixture<GovItemView>(html`<gov-item-view src=${fixtureSrc('bad-bundle/manifest.json')} item="elderly-services:1"></gov-item-view>`);
    await until(() => $(el, '[role="alert"]'), 5000, 'alert');
    // The shard's other records would stand; this one is left out, as if it were not there.
    expect($(el, '[role="alert"]')!.textContent).to.contain('没有找到该内容');
    expect($(el, 'gov-actions')).to.equal(null);
    expect(el.shadowRoot!.innerHTML).to.not.contain('javascript:');
    expect(uncaught()).to.deep.equal([]);
  });

  it('shows a clear error for a malformed shard', async () => {
    const el = await fixture<GovItemView>(html`<gov-item-view src=${fixtureSrc('bad-bundle/manifest.json')} item="employment:1"></gov-item-view>`);
    await until(() => $(el, '[role="alert"]'), 5000, 'alert');
    expect($(el, '[role="alert"]')!.textContent).to.contain('数据格式有误');
    expect($(el, '[role="alert"] button')).to.exist;
  });

  it("loads body images only from the data's own origin and the hosts the site lists in image-hosts; others become a link", async () => {
    const base = demoClient();
    const body =
      '<p>图一<img src="https://img.invalid/listed.png" alt="现场"></p><p>图二<img src="https://tracker.invalid/b.gif" alt="x"></p><p>之后的文字</p>';
    const client: DisclosureClient = { ...base, entry: async (id, o) => ({ ...(await base.entry(id, o)), body }) };
    const el = await fixture<GovItemView>(
      html`<gov-item-view .client=${client} item="social-assistance:1.1" entry="social-assistance:1.1~1" image-hosts="cdn.invalid  img.invalid"></gov-item-view>`,
    );
    await until(() => $(el, '.body p'), 5000, 'the body');
    expect($$(el, '.body img').map((img) => img.getAttribute('src'))).to.deep.equal(['https://img.invalid/listed.png']);
    const link = $(el, '.body a') as HTMLAnchorElement;
    expect([link.textContent, link.href]).to.deep.equal(['查看图片（外部网站）', 'https://tracker.invalid/b.gif']);
    expect($(el, '.body')!.textContent).to.contain('之后的文字');
    // Without the attribute, the listed host is foreign too.
    el.removeAttribute('image-hosts');
    await until(() => $$(el, '.body img').length === 0, 5000, 'no image');
    expect($$(el, '.body a').length).to.equal(2);
  });

  it('sanitises bodies: nothing runs', async () => {
    const div = document.createElement('div');
    setSafeHTML(
      div,
      '<p>ok<img src=x onerror="window.__pwned=1"></p><script>window.__pwned=2</script><a href="javascript:window.__pwned=3">x</a><iframe></iframe>',
      { external: '查看图片（外部网站）' },
    );
    expect(div.querySelector('script, iframe, [onerror]')).to.equal(null);
    expect(div.querySelector('a')!.getAttribute('href')).to.equal(null);
    expect(div.textContent).to.contain('ok');
    document.body.append(div);
    await scriptsCouldRun('onerror');
    div.remove();
    expect(window.__pwned).to.equal(undefined);
  });

  it('marks repealed entries in the list and in the detail', async () => {
    const el = await fixture<GovItemView>(html`<gov-item-view src=${fixtureSrc('hostile-bundle/manifest.json')} item="health:1.1"></gov-item-view>`);
    await until(() => $$(el, '[role="option"] time').length === 3, 5000, 'entries');
    expect($$(el, '[role="option"]')[1]!.querySelector('.badge')!.textContent).to.equal('已废止');
    el.entry = 'health:1.1~2';
    await until(() => $(el, '.repealed-notice'), 5000, 'notice');
    expect($(el, '.repealed-notice')!.textContent).to.contain('本文件已废止');
  });

  it('offers 我要办 in one click where there is a service, and says so where there is none', async () => {
    const el = await view('social-assistance:1.1');
    const actions = $(el, 'gov-actions')!;
    await until(() => actions.shadowRoot?.querySelector('a.do'), 3000, 'service link');
    const link = actions.shadowRoot!.querySelector<HTMLAnchorElement>('a.do')!;
    expect(link.href).to.match(/^https:\/\/zwfw\.hunan\.gov\.cn\/.+code=430121-MZ-001/);
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.contain('noopener');
    el.item = 'compulsory-education:1.1';
    await until(() => $(el, '.title .name')?.textContent === '招生政策', 5000, 'other item');
    const other = $(el, 'gov-actions')!;
    await until(() => other.shadowRoot?.querySelector('[part="no-service"]'), 3000, 'no-service note');
    expect(other.shadowRoot!.querySelector('a.do')).to.equal(null);
    expect(other.shadowRoot!.querySelector('[part="no-service"]')!.textContent).to.contain('暂无在线办理服务');
  });

  it('我要评 opens the <gov-feedback> on the page for the item, after a cancelable gov-action', async () => {
    const feedback = document.createElement('gov-feedback');
    feedback.setAttribute('kind', 'rating');
    feedback.setAttribute('api', `${window.TEST_SERVER}/t/rate-${Date.now()}/ok/api/430121`);
    feedback.hidden = true;
    document.body.append(feedback);
    try {
      const el = await view('social-assistance:1.1');
      const actions = $(el, 'gov-actions')!;
      await until(() => actions.shadowRoot?.querySelectorAll('button').length === 3, 3000, 'buttons');
      const seen = new Promise<GovActionEvent>((resolve) => el.addEventListener('gov-action', resolve, { once: true }));
      actions.shadowRoot!.querySelectorAll('button')[2]!.click();
      expect((await seen).detail.action).to.equal('rate');
      // The form's code loads on first use; then it shows, for this item, with focus in it.
      await until(() => !feedback.hidden && document.activeElement === feedback, 5000, 'the open form');
      expect((feedback as GovFeedback).target.item).to.equal('social-assistance:1.1');
    } finally {
      feedback.remove();
    }
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

  it('shows a localised error for a missing item, and is accessible in elderly mode', async () => {
    const el = await fixture<GovItemView>(html`<gov-item-view .client=${demoClient()} item="health:99.99"></gov-item-view>`);
    await until(() => $(el, '[role="alert"]'), 5000, 'alert');
    expect($(el, '[role="alert"]')!.textContent).to.contain('没有找到该内容');
    const ok = await view('social-assistance:1.1');
    ok.mode = 'elderly';
    await until(() => $$(ok, '[role="option"] time').length > 0, 5000, 'entries');
    await expect(ok).to.be.accessible();
    expect($$(ok, '[role="option"]')[0]!.getBoundingClientRect().height).to.be.at.least(60);
  });

  it('keeps showing the last good data, marked stale, when a refresh fails, and recovers when back online', async () => {
    const base = demoClient();
    let offline = false;
    const client: DisclosureClient = {
      ...base,
      item: (id, o) => (offline ? Promise.reject(new NetworkError('http://example.invalid/x')) : base.item(id, o)),
    };
    const el = await view('social-assistance:1.1', client);
    offline = true;
    // Moving the element (a page re-layout, a tab switch in a CMS) loads again.
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await until(() => $(el, '.stale'), 5000, 'stale banner');
    expect($(el, '.stale')!.textContent).to.contain('网络不可用，显示的是上次成功加载的内容');
    expect($(el, '.title .name')!.textContent).to.equal('办事指南');
    offline = false;
    window.dispatchEvent(new Event('online'));
    await until(() => !$(el, '.stale'), 5000, 'recovered');
    expect($(el, '.title .name')!.textContent).to.equal('办事指南');
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

  it('says an entry is not there and offers the way back to the list, not a retry', async () => {
    const el = await fixture<GovItemView>(
      html`<gov-item-view .client=${demoClient()} item="social-assistance:1.1" entry="social-assistance:1.1~999999"></gov-item-view>`,
    );
    await until(() => $(el, '.entries-section [role="alert"]'), 8000, 'the notice');
    const alert = $(el, '.entries-section [role="alert"]')!;
    expect(alert.textContent).to.contain('没有找到该内容');
    expect(alert.textContent).to.not.contain('重试');
    (alert.querySelector('button') as HTMLButtonElement).click();
    await until(() => $$(el, '[role="option"] time').length > 0, 5000, 'back to the list');
    expect(el.entry).to.equal(undefined);
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

  it('draws a QR code of the share URL', async () => {
    const el = await fixture<GovItemView>(
      html`<gov-item-view .client=${demoClient()} item="social-assistance:1.1" share-url="https://www.example.gov.cn/gkzl/#item=social-assistance:1.1"></gov-item-view>`,
    );
    await until(() => $(el, '.qr svg path'), 5000, 'qr');
    expect($(el, '.qr svg')!.getAttribute('aria-label')).to.contain('扫一扫');
    // A phone's camera reads the address back.
    expect(await decodeQr($(el, '.qr svg')! as unknown as SVGSVGElement)).to.equal('https://www.example.gov.cn/gkzl/#item=social-assistance:1.1');
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
