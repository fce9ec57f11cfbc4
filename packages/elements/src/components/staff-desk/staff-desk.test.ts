/**
 * <gov-staff-desk> over a desk client in memory, in every engine: the sign-in form when no one is
 * signed in; the queue by deadline (overdue first); ↓ and Enter open a request, whose heading
 * takes the focus; a step's form refuses what the workflow's schema refuses, naming the field, and
 * sends nothing; 繁體 and English.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { DeskClient, OfflineRequest, QueueItem, RequestEvent, StaffRequestView } from '@gov-disclosure/sdk/workflow';
import { $, $$, until } from '../../../../../test/support/elements.js';
import './gov-staff-desk.js';
import type { GovStaffDesk } from './staff-desk.js';

const row = (code: string, daysLeft: number | undefined, phase: QueueItem['phase'] = 'assigned'): QueueItem => ({
  code,
  jurisdiction: '430121',
  receivedAt: '2026-11-02',
  dueAt: '2026-12-01',
  phase,
  state: 'processing',
  ...(daysLeft === undefined ? {} : { daysLeft }),
  applicant: 'citizen',
  subject: `申请 ${code}`,
});

const view = (code: string): StaffRequestView => ({
  code,
  jurisdiction: '430121',
  receivedAt: '2026-11-02',
  dueAt: '2026-12-01',
  state: 'processing',
  phase: 'assigned',
  daysLeft: 3,
  revealed: false,
  request: {
    applicant: { type: 'citizen', name: '张*', phone: '138****8000' },
    sought: { title: '低保资金发放明细' },
    delivery: { form: 'electronic', channel: 'email' },
  },
  timeline: [
    { state: 'registered', at: '2026-11-02T10:00:00+08:00', step: { type: 'received', on: '2026-11-02', channel: 'online' } },
    { state: 'processing', at: '2026-11-05T10:00:00+08:00', step: { type: 'fee-notified', on: '2026-11-05', amount: 100, until: '2026-11-20' } },
  ],
  steps: ['correction-requested', 'extension-requested'],
});

function client(o: { signedIn: boolean; sent?: RequestEvent[]; registered?: OfflineRequest[]; role?: 'handler' | 'registrar' }): DeskClient {
  const session = {
    user: { id: 'u', name: 'wang', roles: [o.role ?? 'handler'], jurisdictions: ['430121'] },
    csrf: 'x',
    expiresAt: '2026-12-01T00:00:00+08:00',
  };
  return {
    session: async () => (o.signedIn ? session : undefined),
    queue: async () => ({ today: '2026-11-30', requests: [row('C', 12), row('A', -2), row('D', undefined, 'archived'), row('B', 1)] }),
    request: async (code: string) => view(code),
    step: async (_code: string, step: RequestEvent) => void o.sent?.push(step),
    registerOffline: async (request: OfflineRequest) => (
      o.registered?.push(request),
      { code: '430121-20261130-ABCDEFGHJK', receivedAt: request.receivedOn, dueAt: '2026-12-28' }
    ),
  } as unknown as DeskClient;
}

const codes = (el: GovStaffDesk) => $$(el, '.rows [role="option"] .code').map((c) => c.textContent);

describe('<gov-staff-desk>', () => {
  it('asks to sign in when no one is', async () => {
    const el = await fixture<GovStaffDesk>(html`<gov-staff-desk .client=${client({ signedIn: false })}></gov-staff-desk>`);
    await until(() => $(el, 'form.login'), 5000, 'the sign-in form');
    expect($(el, 'form.login h2')!.textContent).to.equal('登录');
    await expect(el).to.be.accessible();
  });

  it('lists the queue by deadline, overdue first; ↓ and Enter open a request, its heading focused', async () => {
    const el = await fixture<GovStaffDesk>(html`<gov-staff-desk .client=${client({ signedIn: true })}></gov-staff-desk>`);
    await until(() => codes(el).length === 3, 5000, 'the open requests');
    expect(codes(el)).to.deep.equal(['A', 'B', 'C']);
    expect($(el, '.rows [role="option"] .due')!.textContent).to.equal('已超期 2 个工作日');
    await expect(el).to.be.accessible();
    ($(el, '.rows') as HTMLElement).focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await until(() => el.shadowRoot!.activeElement?.id === 'request-title', 5000, 'the request, focused');
    expect($(el, '#request-title')!.textContent).to.contain('B');
    // Its steps, dated by the day each took effect, in words: a fee in 元.
    expect($$(el, '.timeline li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      '2026-11-02 登记 网上',
      '2026-11-05 发出收费通知 100 元 · 期限至 2026-11-20',
    ]);
    await expect(el).to.be.accessible();
  });

  it('a step form refuses what the workflow refuses, naming the field, and sends nothing', async () => {
    const sent: RequestEvent[] = [];
    const el = await fixture<GovStaffDesk>(html`<gov-staff-desk .client=${client({ signedIn: true, sent })}></gov-staff-desk>`);
    await until(() => codes(el).length === 3, 5000, 'the queue');
    ($(el, '.rows [role="option"]') as HTMLElement).click();
    await until(() => $(el, '[data-step="extension-requested"]'), 5000, 'the request');
    ($(el, '[data-step="extension-requested"]') as HTMLButtonElement).click();
    await until(() => $(el, '.step-form'), 5000, 'the form');
    const days = $(el, '#step-days') as HTMLInputElement;
    days.value = '30';
    days.dispatchEvent(new Event('input'));
    ($(el, '.step-form button[type="submit"]') as HTMLButtonElement).click();
    await until(() => $(el, '.step-form [role="alert"]'), 5000, 'the error');
    expect(days.getAttribute('aria-invalid')).to.equal('true');
    expect(sent).to.deep.equal([]);
    // Corrected (20 working days at most, a reason): sent.
    days.value = '15';
    days.dispatchEvent(new Event('input'));
    const reason = $(el, '#step-reason') as HTMLTextAreaElement;
    reason.value = '需协调多个部门';
    reason.dispatchEvent(new Event('input'));
    ($(el, '.step-form button[type="submit"]') as HTMLButtonElement).click();
    await until(() => sent.length === 1, 5000, 'sent');
    expect(sent[0]).to.include({ type: 'extension-requested', days: 15, reason: '需协调多个部门' });
  });

  it('a 登记员 registers a letter: a wrong ID number is named, what was entered stays; corrected, the 查询码 is said', async () => {
    const registered: OfflineRequest[] = [];
    const el = await fixture<GovStaffDesk>(html`<gov-staff-desk .client=${client({ signedIn: true, registered, role: 'registrar' })}></gov-staff-desk>`);
    await until(() => $(el, '.register-open'), 5000, 'the button, for a 登记员');
    ($(el, '.register-open') as HTMLButtonElement).click();
    await until(() => $(el, 'form.register'), 5000, 'the form');
    const set = (name: string, value: string) => {
      const field = $(el, `#reg-${name}`) as HTMLInputElement | HTMLSelectElement;
      field.value = value;
      field.dispatchEvent(new Event(field.tagName === 'SELECT' ? 'change' : 'input'));
    };
    set('channel', 'letter');
    set('receivedOn', '2026-11-25');
    set('name', '张三');
    set('idNumber', '110105194912310021');
    set('phone', '13800138000');
    set('address', '湖南省长沙县星沙街道');
    set('title', '2025年低保资金发放明细');
    ($(el, 'form.register button[type="submit"]') as HTMLButtonElement).click();
    await until(() => $(el, 'form.register [role="alert"]'), 5000, 'the error');
    expect($(el, '#reg-idNumber')!.getAttribute('aria-invalid')).to.equal('true');
    expect(($(el, '#reg-title') as HTMLInputElement).value).to.equal('2025年低保资金发放明细');
    expect(registered).to.deep.equal([]);
    set('idNumber', '11010519491231002X');
    ($(el, 'form.register button[type="submit"]') as HTMLButtonElement).click();
    await until(() => $(el, '.notice')?.textContent?.includes('430121-20261130-ABCDEFGHJK'), 5000, 'the receipt');
    expect(registered[0]).to.deep.include({ channel: 'letter', receivedOn: '2026-11-25', jurisdiction: '430121' });
    expect(registered[0]!.request.delivery).to.deep.equal({ form: 'paper', channel: 'post' });
    await expect(el).to.be.accessible();
  });

  it('speaks 繁體 and English', async () => {
    for (const [lang, title] of [
      ['zh-TW', '依申請公開辦理台'],
      ['en', 'Disclosure requests desk'],
    ]) {
      const el = await fixture<GovStaffDesk>(html`<gov-staff-desk lang=${lang} .client=${client({ signedIn: true })}></gov-staff-desk>`);
      await until(() => $(el, 'h1')?.textContent === title, 5000, `${lang} title`);
      await until(() => codes(el).length === 3, 5000, 'the queue');
    }
  });

  it('a 登记员 registers an appeal about a request from its page: the report’s page opens with its 查询码', async () => {
    const el = await fixture<GovStaffDesk>(html`<gov-staff-desk .client=${client({ signedIn: true, role: 'registrar' })}></gov-staff-desk>`);
    await until(() => codes(el).length === 3, 5000, 'the queue');
    ($(el, '.rows [role="option"]') as HTMLElement).click();
    await until(() => $(el, 'button.appeal'), 5000, 'the button, for a 登记员');
    ($(el, 'button.appeal') as HTMLButtonElement).click();
    await until(() => $(el, 'gov-report-desk'), 5000, 'the report’s page');
    expect($(el, 'gov-report-desk')!.getAttribute('appeal-code')).to.equal('A');
    expect($(el, '.views [aria-current="page"]')!.textContent).to.equal('年度报告');
  });
});
