import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createClient, type DisclosureRequest } from '@gov-disclosure/sdk';
import { $, $$, typeKeys, until } from '../../../../../test/support/elements.js';
import { citizenRequest } from '../../../../../test/support/submissions.js';
import './gov-request-status.js';
import type { GovRequestStatus } from './request-status.js';

let n = 0;
const apiBase = () => `${window.TEST_SERVER}/t/rs-${++n}-${Date.now()}/ok/api/430121`;

describe('<gov-request-status>', () => {
  it('looks a request up by its 查询码 and shows the timeline staff recorded', async () => {
    const api = apiBase();
    // Filed through the SDK, as the form files it.
    const { code } = await createClient({ api }).submitRequest(citizenRequest() as DisclosureRequest);

    const el = await fixture<GovRequestStatus>(html`<gov-request-status api=${api}></gov-request-status>`);
    await expect(el).to.be.accessible();
    $(el, '#code')!.focus();
    await typeKeys(code.toLowerCase());
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, '.current'), 5000, 'the status');
    expect($(el, '.current')!.textContent).to.equal('已登记');
    expect($$(el, '.timeline li')).to.have.length(1);
    await expect(el).to.be.accessible();

    // Staff answer it through the reference server's staff route.
    const staff = api.replace(/\/430121$/, '/staff');
    const update = (body: unknown) =>
      fetch(`${staff}/requests/${code}/status`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer test-staff-token' },
        body: JSON.stringify(body),
      });
    expect((await update({ state: 'processing' })).status).to.equal(200);
    expect((await update({ state: 'answered', replyType: 'partly-disclosable', note: '部分内容涉及个人隐私，不予公开' })).status).to.equal(200);
    el.code = '';
    await el.updateComplete;
    el.code = code;
    await until(() => $(el, '.current')?.textContent === '已答复', 5000, 'the new status');
    expect(el.shadowRoot!.textContent).to.contain('部分公开').and.contain('部分内容涉及个人隐私');
    expect($$(el, '.timeline .state-name').map((s) => s.textContent)).to.deep.equal(['已登记', '办理中', '已答复']);
  });

  it('says plainly when a code is not known', async () => {
    const el = await fixture<GovRequestStatus>(html`<gov-request-status api=${apiBase()} code="430121-20260101-ZZZZZZZZZZ"></gov-request-status>`);
    await until(() => el.shadowRoot!.textContent!.includes('没有找到该查询码'), 5000, 'not found');
    await expect(el).to.be.accessible();
  });

  it('offers a retry when the server fails, and is accessible while loading and failing', async () => {
    const el = await fixture<GovRequestStatus>(
      html`<gov-request-status api=${apiBase().replace('/ok/', '/500/')} lang="en" mode="elderly"></gov-request-status>`,
    );
    $(el, '#code')!.focus();
    await typeKeys('430121-20260101-ABCDEFGHJK');
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, '[role="alert"] button'), 15000, 'the error');
    expect($(el, '[role="alert"]')!.textContent).to.contain('500');
    await expect(el).to.be.accessible();
  });
});
