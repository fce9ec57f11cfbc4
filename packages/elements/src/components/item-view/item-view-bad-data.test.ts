/**
 * <gov-item-view> when the data is hostile, malformed, missing or out of reach: nothing runs from
 * titles, bodies or links, body images only from listed hosts, an unsafe record left out, clear
 * errors for a malformed shard, a missing item or entry, and the last good data kept while offline.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { NetworkError, type DisclosureClient } from '@gov-disclosure/sdk';
import { setSafeHTML } from '../../base/sanitize.js';
import { $, $$, demoClient, fixtureSrc, scriptsCouldRun, until, watchUncaught } from '../../../../../test/support/elements.js';
import { view } from '../../../../../test/support/item-view.js';
import './gov-item-view.js';
import type { GovItemView } from './item-view.js';

declare global {
  interface Window {
    __pwned?: string;
  }
}

describe('<gov-item-view>', () => {
  afterEach(() => {
    delete window.__pwned;
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
});
