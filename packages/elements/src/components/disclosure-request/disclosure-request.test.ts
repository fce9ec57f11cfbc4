import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { addWorkingDays, chinaDay } from '@gov-disclosure/sdk';
import { MemoryStore, Outbox } from '@gov-disclosure/sdk/outbox';
import { $, $$, fillCitizenRequest, typeInto, until } from '../../../../../test/support/elements.js';
import { PNG_BYTES, VALID_CREDIT_CODE, VALID_ID } from '../../../../../test/support/submissions.js';
import type { GovRequestSentEvent } from '../../events/index.js';
import './gov-disclosure-request.js';
import type { GovDisclosureRequest } from './disclosure-request.js';

let n = 0;
const apiBase = () => `${window.TEST_SERVER}/t/req-${++n}-${Date.now()}/ok/api/430121`;
const outbox = () => new Outbox({ store: new MemoryStore(), lock: false, channel: false, backoff: { initial: 50, max: 200 } });

async function form(lang = 'zh-CN', mode = 'standard', api = apiBase()): Promise<GovDisclosureRequest> {
  return fixture<GovDisclosureRequest>(html`<gov-disclosure-request api=${api} lang=${lang} mode=${mode} .outbox=${outbox()}></gov-disclosure-request>`);
}

const fill = typeInto;

/** A citizen's application by e-mail for a document by its 文号, every field valid. */
const fillCitizen = fillCitizenRequest;

const summary = (el: GovDisclosureRequest) => $(el, '.error-summary')?.textContent?.replace(/\s+/g, ' ') ?? '';

function choose(el: GovDisclosureRequest, selector: string, bytes: number[] | Uint8Array, name: string, type: string): Promise<void> {
  const input = $(el, selector) as HTMLInputElement;
  const transfer = new DataTransfer();
  transfer.items.add(new File([new Uint8Array(bytes)], name, { type }));
  input.files = transfer.files;
  // Read (or refused) once the form says so: the file named as chosen, or an error at the field.
  const before = $(el, '#proof-error')?.textContent;
  input.dispatchEvent(new Event('change'));
  return until(
    () => el.shadowRoot!.textContent!.includes(`已选择：${name}`) || ($(el, '#proof-error') && $(el, '#proof-error')!.textContent !== before),
    5000,
    `${name} read or refused`,
  );
}

describe('<gov-disclosure-request>', () => {
  it('a citizen applies by keyboard: the ID number is checked, and the receipt has the 查询码 and the deadlines', async () => {
    const el = await form();
    await expect(el).to.be.accessible();
    $(el, 'button[type="submit"]')!.click();
    await el.updateComplete;
    expect(summary(el))
      .to.contain('请填写姓名')
      .and.contain('请填写证件号码')
      .and.contain('请填写所需信息的名称、文号或描述中的至少一项')
      .and.contain('请选择信息的载体形式');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.error-summary'));
    await expect(el).to.be.accessible();

    await fill(el, 'name', '张三');
    await fill(el, 'idNumber', '110105194912310021');
    await fill(el, 'phone', '13800138000');
    await fill(el, 'email', 'zhang@example.com');
    await fill(el, 'title', '2025年星沙街道低保资金发放明细');
    $(el, '#form-first')!.click();
    $(el, '#channel-first')!.click();
    await el.updateComplete;
    $(el, 'button[type="submit"]')!.click();
    await el.updateComplete;
    expect(summary(el)).to.contain('身份证号码有误');
    // Following the summary's link puts the cursor in the field.
    ($(el, '.error-summary a') as HTMLAnchorElement).click();
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#idNumber'));
    await fill(el, 'idNumber', VALID_ID);
    const sent = new Promise<GovRequestSentEvent>((resolve) => el.addEventListener('gov-request-sent', resolve, { once: true }));
    $(el, 'button[type="submit"]')!.focus();
    await sendKeys({ press: 'Enter' });
    const { detail } = await sent;
    expect(detail.request.applicant).to.deep.include({ type: 'citizen', idNumber: VALID_ID });
    const today = chinaDay();
    expect(detail.receipt.receivedAt).to.equal(today);
    expect(detail.receipt.dueAt).to.equal(addWorkingDays(today, 20));
    expect(detail.receipt.latestDueAt).to.equal(addWorkingDays(detail.receipt.dueAt, 20));
    await el.updateComplete;
    const receipt = $(el, '[part="receipt"]')!.textContent!;
    expect(receipt).to.contain(detail.receipt.code).and.contain(detail.receipt.dueAt).and.contain('20 个工作日');
    await expect(el).to.be.accessible();
  });

  it('an organisation needs its kind (as the annual report counts it), a valid 统一社会信用代码, its 法定代表人 and 联系人', async () => {
    const el = await form();
    $$(el, '#type input')[1]!.click();
    await el.updateComplete;
    await fill(el, 'name', '长沙某某科技有限公司');
    await fill(el, 'creditCode', '91350100M000100Y44');
    await fill(el, 'phone', '0731-84000000');
    await fill(el, 'email', 'office@example.com');
    await fill(el, 'description', '2025年度县级政府采购项目清单');
    $(el, '#form-first')!.click();
    $(el, '#channel-first')!.click();
    $(el, 'button[type="submit"]')!.click();
    await el.updateComplete;
    expect(summary(el)).to.contain('请选择单位类型').and.contain('统一社会信用代码有误').and.contain('请填写法定代表人').and.contain('请填写联系人');
    const kind = $(el, '#kind') as HTMLSelectElement;
    expect([...kind.options].map((o) => o.text)).to.deep.equal(['请选择', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']);
    kind.value = 'research';
    kind.dispatchEvent(new Event('change'));
    await fill(el, 'creditCode', VALID_CREDIT_CODE);
    await fill(el, 'legalRepresentative', '李四');
    await fill(el, 'contactName', '王五');
    const sent = new Promise<GovRequestSentEvent>((resolve) => el.addEventListener('gov-request-sent', resolve, { once: true }));
    $(el, 'button[type="submit"]')!.click();
    const { detail } = await sent;
    expect(detail.request.applicant).to.deep.include({ type: 'organisation', kind: 'research', creditCode: VALID_CREDIT_CODE, legalRepresentative: '李四' });
  });

  it('takes an ID proof of the right type and size only, and sends it with the application', async () => {
    const el = await form();
    await choose(el, '#proof', [1, 2, 3], 'notes.txt', 'text/plain');
    expect($(el, '#proof-error')!.textContent).to.contain('JPG、PNG 或 PDF');
    await choose(el, '#proof', new Uint8Array(5 * 1024 * 1024 + 1), 'big.png', 'image/png');
    expect($(el, '#proof-error')!.textContent).to.contain('不能超过 5.0 MB');
    await choose(el, '#proof', PNG_BYTES, '身份证.png', 'image/png');
    await until(() => el.shadowRoot!.textContent!.includes('已选择：身份证.png'), 3000, 'the chosen file');
    expect($(el, '#proof-error')).to.equal(null);
    await fillCitizen(el);
    const sent = new Promise<GovRequestSentEvent>((resolve) => el.addEventListener('gov-request-sent', resolve, { once: true }));
    $(el, 'button[type="submit"]')!.click();
    const { detail } = await sent;
    expect(detail.request.proof).to.deep.include({ name: '身份证.png', type: 'image/png', size: PNG_BYTES.length });
  });

  it('a refusal by the server (an ID proof that is not the PNG it claims to be) names the field by its label, marks it, and keeps what was typed', async () => {
    const el = await form();
    await choose(el, '#proof', [1, 2, 3, 4, 5, 6, 7, 8, 9], '身份证.png', 'image/png');
    await until(() => el.shadowRoot!.textContent!.includes('已选择：身份证.png'), 3000, 'the chosen file');
    await fillCitizen(el);
    $(el, 'button[type="submit"]')!.click();
    await until(() => $(el, '.notice.error'), 8000, 'the refusal');
    expect($(el, '.notice.error')!.textContent).to.contain('提交未成功：部分内容不符合要求（身份证明）');
    expect($(el, '#proof-error')).to.exist;
    expect(($(el, '#name') as HTMLInputElement).value).to.equal('张三');
    expect(el.shadowRoot!.textContent).to.not.match(/proof\.data|applicant\./);
  });

  it('takes a mobile or a landline with its area code, and the address the chosen way of receiving needs; says so at the field and keeps what was typed', async () => {
    const el = await form();
    const value = (id: string) => ($(el, `#${id}`) as HTMLInputElement).value;
    const error = (id: string) => $(el, `#${id}-error`)?.textContent?.trim() ?? '';
    const submit = async () => {
      $(el, 'button[type="submit"]')!.click();
      await el.updateComplete;
    };
    await fill(el, 'name', '张三');
    await fill(el, 'idNumber', VALID_ID);
    await fill(el, 'phone', '1380013800');
    await fill(el, 'title', '2025年星沙街道低保资金发放明细');
    $(el, '#form-first')!.click();
    $(el, '#channel input[value="email"]')!.click();
    await el.updateComplete;
    // Choosing 电子邮件 makes the e-mail address required, and says so on its label.
    expect($(el, 'label[for="email"]')!.textContent).to.contain('必填');
    await submit();
    expect(error('phone')).to.equal('请输入 11 位手机号码，或带区号的固定电话（如 0731-84000000）');
    expect(error('email')).to.equal('选择“电子邮件”获取信息，请填写电子邮箱');
    expect(summary(el)).to.contain('请输入 11 位手机号码').and.contain('请填写电子邮箱');
    expect($(el, '#phone')!.getAttribute('aria-invalid')).to.equal('true');
    expect([value('name'), value('idNumber'), value('phone'), value('title')]).to.deep.equal([
      '张三',
      VALID_ID,
      '1380013800',
      '2025年星沙街道低保资金发放明细',
    ]);
    await expect(el).to.be.accessible();

    await fill(el, 'phone', '12345');
    await fill(el, 'email', 'zhang@example');
    await submit();
    expect(error('phone')).to.contain('11 位手机号码');
    expect(error('email')).to.equal('请输入正确的电子邮箱地址');
    expect(value('email')).to.equal('zhang@example');

    // 邮寄 needs a postal address instead; a landline with its area code and extension is a phone.
    await fill(el, 'phone', '0731-84000000-123');
    $(el, '#channel input[value="post"]')!.click();
    await el.updateComplete;
    await submit();
    expect(error('phone')).to.equal('');
    expect(error('email')).to.equal('请输入正确的电子邮箱地址', 'an address given is still checked');
    ($(el, '#email') as HTMLInputElement).select();
    await sendKeys({ press: 'Backspace' });
    await submit();
    expect(error('email')).to.equal('');
    expect(error('address')).to.equal('选择“邮寄”获取信息，请填写通信地址');
    expect($(el, 'label[for="address"]')!.textContent).to.contain('必填');
    await fill(el, 'address', '湖南省长沙县星沙街道开元东路1号');
    const sent = new Promise<GovRequestSentEvent>((resolve) => el.addEventListener('gov-request-sent', resolve, { once: true }));
    await submit();
    const { detail } = await sent;
    expect(detail.request.applicant).to.deep.include({ phone: '0731-84000000-123', address: '湖南省长沙县星沙街道开元东路1号' });
    expect(detail.request.delivery.channel).to.equal('post');
  });

  it('refuses a control character in a field before sending, and names the field', async () => {
    const el = await form();
    // Pasted, as such text arrives (no keyboard types a BEL).
    const name = $(el, '#name') as HTMLInputElement;
    name.value = '李\u0007四';
    name.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await fill(el, 'idNumber', VALID_ID);
    await fill(el, 'title', '2025年星沙街道低保资金发放明细');
    $(el, 'button[type="submit"]')!.click();
    await el.updateComplete;
    expect($(el, '#name-error')?.textContent?.trim()).to.contain('含有无法保存的控制字符');
  });

  it('says what a phone and the way of receiving need in 繁體 and English', async () => {
    for (const [lang, phone, email] of [
      ['zh-TW', '請輸入 11 位手機號碼，或帶區號的固定電話（如 0731-84000000）', '選擇「電子郵件」獲取資訊，請填寫電子郵件地址'],
      ['en', 'Enter an 11-digit mobile number, or a landline with its area code (like 0731-84000000)', 'To receive it by e-mail, enter your e-mail address'],
    ]) {
      const el = await form(lang);
      await fill(el, 'phone', '12345');
      $(el, '#form-first')!.click();
      $(el, '#channel input[value="email"]')!.click();
      $(el, 'button[type="submit"]')!.click();
      await el.updateComplete;
      expect($(el, '#phone-error')!.textContent!.trim()).to.equal(phone);
      expect($(el, '#email-error')!.textContent!.trim()).to.equal(email);
    }
  });

  for (const lang of ['zh-TW', 'en']) {
    it(`is accessible in ${lang}, elderly mode, with errors showing`, async () => {
      const el = await form(lang, 'elderly');
      $(el, 'button[type="submit"]')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      const text = el.shadowRoot!.textContent!;
      expect(text).to.not.match(/\{\w+\}/);
      if (lang === 'en') expect(text).to.contain('Enter Name');
    });
  }
});
