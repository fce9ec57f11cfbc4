/**
 * <gov-report-desk> over a desk client in memory, in every engine: the template's tables with the
 * balance note; a 审核人 writes the texts and figures (a wrong figure is named, nothing is sent)
 * and publishes (refused as unbalanced, each failing check listed, the focus on it); a 承办人
 * reads the texts and may not publish; a 登记员 registers an appeal (a decided case needs its
 * date); 繁體 and English; axe-clean.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { chinaDay, HttpError } from '@gov-disclosure/sdk';
import { buildReport, type Appeal, type ReportInputs, type ReportRequest } from '@gov-disclosure/sdk/report';
import type { DeskClient, StaffRole } from '@gov-disclosure/sdk/workflow';
import { $, $$, until } from '../../../../../test/support/elements.js';
import './gov-report-desk.js';
import type { GovReportDesk } from './report-desk.js';

const requests: ReportRequest[] = [
  { receivedAt: '2025-12-20', applicant: 'citizen', answeredAt: '2026-01-10', outcome: { kind: 'disclosed' }, fees: [] },
  { receivedAt: '2026-03-02', applicant: 'research', answeredAt: '2026-03-20', outcome: { kind: 'withheld', ground: 'third-party' }, fees: [] },
  { receivedAt: '2026-12-28', applicant: 'commercial', fees: [] },
];

interface Sent {
  inputs: ReportInputs[];
  appeals: Appeal[];
  published: number[];
}

function client(role: StaffRole, sent: Sent, o: { unbalanced?: boolean } = {}): DeskClient {
  const saved: Record<number, ReportInputs> = {
    2026: { overview: '2026年总体情况。' },
    2025: { overview: '2025年总体情况。', decisions: { licensing: 1675 } },
  };
  const appeals: Appeal[] = [];
  return {
    session: async () => ({ user: { id: 'u', name: 'zhao', roles: [role], jurisdictions: ['430121'] }, csrf: 'x', expiresAt: '2026-12-31T00:00:00+08:00' }),
    report: async (jurisdiction: string, year: number) =>
      buildReport({ year, jurisdiction, body: '长沙县人民政府', requests, documents: [], appeals, inputs: saved[year] }),
    reportUrl: (_j: string, year: number, format: string) => `/api/staff/report?jurisdiction=430121&year=${year}&format=${format}`,
    // The year asked for: the form must hold it, not the year shown before it.
    reportInputs: async (_j: string, year: number) => saved[year] ?? {},
    saveReportInputs: async (_j: string, year: number, inputs: ReportInputs) => (sent.inputs.push(inputs), (saved[year] = inputs)),
    appeals: async () => [...appeals],
    saveAppeal: async (appeal: Appeal) => {
      sent.appeals.push(appeal);
      const stored = { ...appeal, id: appeal.id ?? `a${appeals.length + 1}` };
      const at = appeals.findIndex((a) => a.id === stored.id);
      if (at >= 0) appeals[at] = stored;
      else appeals.push(stored);
      return stored;
    },
    publishReport: async (_j: string, year: number) => {
      if (o.unbalanced)
        throw new HttpError('/api/staff/report/publish', 422, {
          body: {
            error: { code: 'unbalanced', message: 'The report does not balance' },
            issues: [{ path: '自然人', expected: '一 + 二 = 三（七）+ 四', message: '3 ≠ 2' }],
          },
        });
      sent.published.push(year);
      return { published: `reports/${year}.html` };
    },
  } as unknown as DeskClient;
}

const fresh = (): Sent => ({ inputs: [], appeals: [], published: [] });
const set = (el: GovReportDesk, selector: string, value: string) => {
  const field = $(el, selector) as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  field.value = value;
  field.dispatchEvent(new Event(field.tagName === 'SELECT' ? 'change' : 'input'));
};

describe('<gov-report-desk>', () => {
  it('shows the template’s tables for the year, balanced, and the links to download them', async () => {
    const el = await fixture<GovReportDesk>(html`<gov-report-desk year="2026" .client=${client('reviewer', fresh())}></gov-report-desk>`);
    await until(() => $$(el, 'table').length >= 3, 5000, 'the tables');
    expect($(el, '.balance')!.textContent).to.contain('第三部分表格平衡');
    const row = (label: string) =>
      $$(el, 'tr')
        .find((tr) => tr.querySelector('th:last-of-type')?.textContent === label)!
        .querySelectorAll('td');
    expect([...row('一、本年新收政府信息公开申请数量')].map((td) => td.textContent)).to.deep.equal(['0', '1', '1', '0', '0', '0', '2']);
    expect([...row('4.保护第三方合法权益')].map((td) => td.textContent)).to.deep.equal(['0', '0', '1', '0', '0', '0', '1']);
    expect($$(el, '.downloads a').map((a) => a.getAttribute('href'))).to.deep.equal([
      '/api/staff/report?jurisdiction=430121&year=2026&format=html',
      '/api/staff/report?jurisdiction=430121&year=2026&format=xlsx',
      '/api/staff/report?jurisdiction=430121&year=2026&format=csv',
    ]);
    await expect(el).to.be.accessible();
  });

  it('a 审核人 writes the figures: a wrong one is named and nothing is sent; saved, the report follows', async () => {
    const sent = fresh();
    const el = await fixture<GovReportDesk>(html`<gov-report-desk year="2026" .client=${client('reviewer', sent)}></gov-report-desk>`);
    await until(() => ($(el, '#report-overview') as HTMLTextAreaElement | null)?.value === '2026年总体情况。', 5000, 'the saved text in the form');
    set(el, '#report-licensing', '-3');
    set(el, '#report-fees', '12.5');
    ($(el, '.report-inputs button[type="submit"]') as HTMLButtonElement).click();
    await until(() => el.shadowRoot!.activeElement?.id === 'report-licensing', 5000, 'the focus on the wrong field');
    expect($(el, '#report-licensing')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#report-licensing-error')!.textContent).to.equal('请填写不小于 0 的整数，如 1520。');
    expect(sent.inputs).to.deep.equal([]);
    // Typed with a Chinese keyboard's full-width digits: read as digits.
    set(el, '#report-licensing', '１５２０');
    ($(el, '.report-inputs button[type="submit"]') as HTMLButtonElement).click();
    await until(() => sent.inputs.length === 1, 5000, 'sent');
    expect(sent.inputs[0]).to.deep.equal({ overview: '2026年总体情况。', decisions: { licensing: 1520, fees: 12.5 } });
    await until(() => $$(el, 'td').some((td) => td.textContent === '1520'), 5000, 'the table with the figure');
    expect($(el, '.report-inputs [role="status"]')!.textContent).to.equal('已保存。');
    await until(() => el.shadowRoot!.activeElement === $(el, '.report-inputs [role="status"]'), 5000, 'the focus on what it said');
  });

  it('another year: the form holds that year’s texts and figures, never the year before’s', async () => {
    const sent = fresh();
    const el = await fixture<GovReportDesk>(html`<gov-report-desk year="2026" .client=${client('reviewer', sent)}></gov-report-desk>`);
    await until(() => ($(el, '#report-overview') as HTMLTextAreaElement | null)?.value === '2026年总体情况。', 5000, '2026');
    set(el, '#report-year', '2025');
    await until(() => ($(el, '#report-overview') as HTMLTextAreaElement | null)?.value === '2025年总体情况。', 5000, '2025’s text');
    expect(($(el, '#report-licensing') as HTMLInputElement).value).to.equal('1675');
    ($(el, '.report-inputs button[type="submit"]') as HTMLButtonElement).click();
    await until(() => sent.inputs.length === 1, 5000, 'saved');
    expect(sent.inputs[0]).to.deep.equal({ overview: '2025年总体情况。', decisions: { licensing: 1675 } }, '2025 saved as 2025');
  });

  it('publishing a year that does not balance is refused, each failing check listed, the focus on them', async () => {
    const el = await fixture<GovReportDesk>(html`<gov-report-desk year="2025" .client=${client('reviewer', fresh(), { unbalanced: true })}></gov-report-desk>`);
    await until(() => $(el, '.publish'), 5000, 'the button');
    ($(el, '.publish') as HTMLButtonElement).click();
    await until(() => $(el, '.notice.error'), 5000, 'the refusal');
    expect($(el, '.notice')!.getAttribute('role')).to.equal('alert');
    expect($$(el, '.notice li').map((li) => li.textContent)).to.deep.equal(['自然人：一 + 二 = 三（七）+ 四（3 ≠ 2）']);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.notice'));
  });

  it('this year, not yet over, is published only once confirmed; the notice says where it is listed', async () => {
    const sent = fresh();
    const year = Number(chinaDay().slice(0, 4));
    const el = await fixture<GovReportDesk>(html`<gov-report-desk year=${year} .client=${client('admin', sent)}></gov-report-desk>`);
    await until(() => $(el, '.publish'), 5000, 'the button');
    ($(el, '.publish') as HTMLButtonElement).click();
    await until(() => el.shadowRoot!.activeElement === $(el, '.confirm'), 5000, 'asked, the focus on the question');
    expect($(el, '.confirm p')!.textContent).to.equal(`${year} 年尚未结束，报告中的数字还会变化。确定现在发布吗？`);
    expect(sent.published).to.deep.equal([]);
    ($(el, '.confirm button.primary') as HTMLButtonElement).click();
    await until(() => sent.published.length === 1, 5000, 'published');
    await until(() => $(el, '.notice'), 5000, 'the notice');
    expect($(el, '.notice')!.textContent).to.contain('已列入公开专栏“政府信息公开工作年度报告”栏目');
  });

  it('a 承办人 reads the texts and may not publish; a 登记员 registers an appeal, a decided one with its date', async () => {
    const handler = await fixture<GovReportDesk>(html`<gov-report-desk year="2026" .client=${client('handler', fresh())}></gov-report-desk>`);
    await until(() => $(handler, '#report-overview'), 5000, 'the form');
    expect(($(handler, '#report-overview') as HTMLTextAreaElement).readOnly).to.equal(true);
    expect($(handler, '.publish')).to.equal(null);
    expect($(handler, '.appeal-form')).to.equal(null);

    const sent = fresh();
    const el = await fixture<GovReportDesk>(html`<gov-report-desk year="2026" .client=${client('registrar', sent)}></gov-report-desk>`);
    await until(() => $(el, '.appeal-form'), 5000, 'the appeal form');
    expect($(el, '.appeals-none, p.muted')).to.exist;
    set(el, '#appeal-kind', 'direct');
    set(el, '#appeal-code', '430121-20260302-ABCDEFGHJK');
    set(el, '#appeal-filedOn', '2026-05-20');
    set(el, '#appeal-result', 'upheld');
    ($(el, '.appeal-form button[type="submit"]') as HTMLButtonElement).click();
    await until(() => el.shadowRoot!.activeElement?.id === 'appeal-decidedOn', 5000, 'the focus on the missing date');
    expect($(el, '#appeal-decidedOn-error')!.textContent).to.equal('已审结的案件请填写审结日期。');
    set(el, '#appeal-decidedOn', '2026-05-01');
    ($(el, '.appeal-form button[type="submit"]') as HTMLButtonElement).click();
    await until(() => $(el, '#appeal-decidedOn-error')?.textContent === '审结日期不能早于收到日期。', 5000, 'decided before received');
    expect(sent.appeals).to.deep.equal([]);
    set(el, '#appeal-decidedOn', '2026-10-15');
    ($(el, '.appeal-form button[type="submit"]') as HTMLButtonElement).click();
    await until(() => sent.appeals.length === 1, 5000, 'registered');
    expect(sent.appeals[0]).to.deep.include({
      kind: 'direct',
      code: '430121-20260302-ABCDEFGHJK',
      filedOn: '2026-05-20',
      result: 'upheld',
      decidedOn: '2026-10-15',
    });
    await until(() => $$(el, 'table.appeals td').some((td) => td.textContent === '行政诉讼（未经复议直接起诉）'), 5000, 'the register lists it');
    await until(() => $(el, '.appeal-form [role="status"]'), 5000, 'said');
    // Decided later: the case is changed, not registered again.
    await until(() => $(el, 'table.appeals button.edit'), 5000, 'its button');
    ($(el, 'table.appeals button.edit') as HTMLButtonElement).click();
    await until(() => ($(el, '#appeal-code') as HTMLInputElement).value === '430121-20260302-ABCDEFGHJK', 5000, 'the case in the form');
    expect($(el, '.appeal-form h4')!.textContent).to.equal('修改案件');
    set(el, '#appeal-result', 'corrected');
    ($(el, '.appeal-form button[type="submit"]') as HTMLButtonElement).click();
    await until(() => sent.appeals.length === 2, 5000, 'changed');
    expect(sent.appeals[1]).to.deep.include({ id: 'a1', result: 'corrected' });
    await until(() => $$(el, 'table.appeals tr').length === 2 && $$(el, 'table.appeals td.result')[0]?.textContent === '结果纠正', 5000, 'one case, corrected');
    await expect(el).to.be.accessible();
  });

  it('opened from a request’s page, the appeal form holds its 查询码 and takes the focus', async () => {
    const el = await fixture<GovReportDesk>(
      html`<gov-report-desk year="2026" appeal-code="430121-20260302-ABCDEFGHJK" .client=${client('registrar', fresh())}></gov-report-desk>`,
    );
    await until(() => el.shadowRoot!.activeElement?.id === 'appeal-kind', 5000, 'the focus on the form');
    expect(($(el, '#appeal-code') as HTMLInputElement).value).to.equal('430121-20260302-ABCDEFGHJK');
  });

  it('speaks 繁體 and English; the template’s tables keep their legal labels', async () => {
    const tw = await fixture<GovReportDesk>(html`<gov-report-desk lang="zh-TW" year="2026" .client=${client('reviewer', fresh())}></gov-report-desk>`);
    await until(() => $(tw, '#report-title')?.textContent === '政府資訊公開工作年度報告', 5000, '繁體');
    const en = await fixture<GovReportDesk>(html`<gov-report-desk lang="en" year="2026" .client=${client('reviewer', fresh())}></gov-report-desk>`);
    await until(() => $(en, '#report-title')?.textContent === 'Annual report on government information disclosure', 5000, 'English');
    await until(() => $$(en, 'th').some((th) => th.textContent === '三、本年度办理结果'), 5000, 'the template’s labels');
    expect($(en, '.publish')!.textContent).to.equal('Publish in the column');
  });
});
