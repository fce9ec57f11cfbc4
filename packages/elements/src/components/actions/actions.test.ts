import { expect, fixture, html } from '@open-wc/testing';
import type { CatalogueItem } from '@gov-disclosure/sdk';
import type { GovActionEvent } from '../../events/index.js';
import { $, $$, until } from '../../../../../test/support/elements.js';
import './gov-actions.js';
import type { GovActions } from './actions.js';

const item = (service?: CatalogueItem['service']): CatalogueItem =>
  ({ id: 'social-assistance:1.1', area: 'social-assistance', level: 2, name: '办事指南', ...(service ? { service } : {}) }) as CatalogueItem;
const SERVICE = { code: '430121-MZ-001', name: '最低生活保障金给付', url: 'https://zwfw.hunan.gov.cn/hnzwfw/1/2/index.html?code=430121-MZ-001' };

async function actions(of: CatalogueItem): Promise<GovActions> {
  const el = await fixture<GovActions>(html`<gov-actions .item=${of}></gov-actions>`);
  await until(() => $(el, '.action'), 3000, 'the actions');
  return el;
}

describe('<gov-actions>', () => {
  it('offers 我要看 我要办 我要查 我要评; 我要办 opens the service in one tap, in a new tab, named for screen readers', async () => {
    const el = await actions(item(SERVICE));
    expect($$(el, '.action').map((a) => a.textContent!.trim())).to.deep.equal(['我要看', '我要办', '我要查', '我要评']);
    const link = $(el, 'a.action') as HTMLAnchorElement;
    expect([link.href, link.target, link.rel]).to.deep.equal([SERVICE.url, '_blank', 'noopener noreferrer']);
    expect(link.getAttribute('aria-label')).to.contain('最低生活保障金给付');
    await expect(el).to.be.accessible();
  });

  it('says so where there is no online service, and never links an unsafe one', async () => {
    const none = await actions(item());
    expect($(none, '[part="no-service"]')!.textContent).to.contain('我要办');
    expect($(none, 'a')).to.equal(null);
    const unsafe = await actions(item({ ...SERVICE, url: 'javascript:alert(1)' }));
    expect($(unsafe, 'a')).to.equal(null);
    expect($(unsafe, '[part="no-service"]')).to.exist;
  });

  it('tells the page each action first, which may cancel it (then no new tab opens)', async () => {
    const el = await actions(item(SERVICE));
    const heard: string[] = [];
    el.addEventListener('gov-action', (event) => {
      heard.push((event as GovActionEvent).detail.action);
      event.preventDefault();
    });
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    $(el, 'a.action')!.dispatchEvent(click);
    for (const button of $$(el, 'button.action')) button.click();
    expect(heard).to.deep.equal(['do', 'view', 'search', 'rate']);
    expect(click.defaultPrevented, 'the link followed').to.equal(true);
  });
});
