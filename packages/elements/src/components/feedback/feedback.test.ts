import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { IndexedDbStore, MemoryStore, Outbox } from '@gov-disclosure/sdk/outbox';
import { $, $$, typeKeys, until } from '../../../../../test/support/elements.js';
import { VALID_ID } from '../../../../../test/support/submissions.js';
import type { GovFeedbackSentEvent } from '../../events/index.js';
import './gov-feedback.js';
import type { GovFeedback } from './feedback.js';

let n = 0;
const api = (fault = 'ok') => `${window.TEST_SERVER}/t/fb-${++n}-${Date.now()}/${fault}/api/430121`;
const quickOutbox = (store = new MemoryStore()) => new Outbox({ store, lock: false, channel: false, backoff: { initial: 50, max: 200 }, timeout: 3000 });

async function feedback(kind: string, options: { fault?: string; outbox?: Outbox; lang?: string; mode?: string; pageUrl?: string } = {}): Promise<GovFeedback> {
  return fixture<GovFeedback>(html`<gov-feedback
    kind=${kind}
    api=${api(options.fault)}
    item="social-assistance:1.1"
    min-seconds="0"
    lang=${options.lang ?? 'zh-CN'}
    mode=${options.mode ?? 'standard'}
    page-url=${options.pageUrl ?? '/column/'}
    privacy-href="/privacy.html"
    .outbox=${options.outbox ?? quickOutbox()}
  ></gov-feedback>`);
}

const text = (el: GovFeedback) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const status = (el: GovFeedback) => $(el, '[part="status"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function type(el: GovFeedback, selector: string, value: string): Promise<void> {
  $(el, selector)!.focus();
  await typeKeys(value);
  await el.updateComplete;
}

/** A 投诉 with `comment`, then 提交. */
async function sendMessage(el: GovFeedback, comment: string): Promise<void> {
  $(el, '#topic-first')!.click();
  await type(el, '#comment', comment);
  $(el, 'button[type="submit"]')!.click();
}

describe('<gov-feedback>', () => {
  it('page feedback: 有用 is sent in one click and confirmed with its number', async () => {
    const el = await feedback('page');
    await expect(el).to.be.accessible();
    const sent = new Promise<GovFeedbackSentEvent>((resolve) => el.addEventListener('gov-feedback-sent', resolve, { once: true }));
    $$(el, '.useful button')[0]!.click();
    const { detail } = await sent;
    expect(detail.receipt.id).to.match(/^FB\d{8}/);
    expect(detail.feedback).to.deep.include({ kind: 'page', useful: true });
    await el.updateComplete;
    expect(status(el)).to.contain('感谢您的反馈').and.contain(detail.receipt.id);
    // The button pressed is gone: the confirmation has the focus, on screen where the form was.
    expect(el.shadowRoot!.activeElement === $(el, '[part="status"]'), 'the confirmation has the focus').to.equal(true);
    await expect(el).to.be.accessible();
    // 再写一条: a new form, with the focus in it.
    $(el, '[part="status"] button')!.click();
    await until(() => el.shadowRoot!.activeElement === $$(el, '.useful button')[0], 3000, 'the focus in the new form');
  });

  it('page feedback on an open entry names the item, the entry and the full address; the server stores them', async () => {
    // The column's state is in the fragment: the address with it is what the citizen saw.
    const before = location.href;
    history.replaceState(null, '', '#gov-item=social-assistance%3A1.1&gov-entry=social-assistance%3A1.1~7');
    try {
      const url = api();
      const el = await fixture<GovFeedback>(
        html`<gov-feedback kind="page" api=${url} item="social-assistance:1.1" entry="social-assistance:1.1~7" min-seconds="0" .outbox=${quickOutbox()}></gov-feedback>`,
      );
      const sent = new Promise<GovFeedbackSentEvent>((resolve) => el.addEventListener('gov-feedback-sent', resolve, { once: true }));
      $$(el, '.useful button')[1]!.click(); // 没用
      await el.updateComplete;
      $$(el, '#problems input')[0]!.click(); // 内容过时
      $(el, 'button[type="submit"]')!.click();
      const { detail } = await sent;
      expect(detail.feedback.target).to.deep.equal({ item: 'social-assistance:1.1', entry: 'social-assistance:1.1~7', pageUrl: location.href });
      expect(detail.feedback.target.pageUrl).to.contain('#gov-item=');
      // What the staff export holds for it: the entry and its item.
      const csv = await (await fetch(url.replace(/430121$/, 'staff/feedback.csv'), { headers: { authorization: 'Bearer test-staff-token' } })).text();
      const row = csv.split('\r\n').find((line) => line.startsWith(detail.receipt.id)) ?? '';
      expect(row).to.contain('social-assistance:1.1~7').and.contain('social-assistance:1.1,');
      // Set by script, as <gov-actions> sets the item, the entry goes too.
      const scripted = await fixture<GovFeedback>(
        html`<gov-feedback kind="page" api=${url} page-url="/column/" .target=${{ item: 'x:1', entry: 'x:1~2' }}></gov-feedback>`,
      );
      expect(scripted.value).to.equal(undefined);
      $$(scripted, '.useful button')[1]!.click();
      // The schema's check loads with the first change; the value is the checked feedback.
      await until(() => scripted.value, 3000, 'the checked value');
      expect(scripted.value!.target).to.deep.equal({ item: 'x:1', entry: 'x:1~2', pageUrl: '/column/' });
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('page feedback: 没用 asks what was wrong, by keyboard', async () => {
    const el = await feedback('page');
    const noButton = $$(el, '.useful button')[1]!;
    noButton.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text(el)).to.contain('请告诉我们哪里有问题');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' }); // 内容过时
    await type(el, '#comment', '办理地址已经变了');
    await expect(el).to.be.accessible();
    const sent = new Promise<GovFeedbackSentEvent>((resolve) => el.addEventListener('gov-feedback-sent', resolve, { once: true }));
    $(el, 'button[type="submit"]')!.focus();
    await sendKeys({ press: 'Enter' });
    const { detail } = await sent;
    expect(detail.feedback).to.deep.include({ useful: false, problems: ['outdated'], comment: '办理地址已经变了' });
  });

  it('rating: a 差评 needs a reason, offers a call-back contact, and personal data can be masked before sending', async () => {
    const outbox = quickOutbox();
    const el = await feedback('rating', { outbox });
    $(el, 'button[type="submit"]')!.click();
    await until(() => $(el, '.error-summary'), 3000, 'the errors, once the schema has loaded');
    expect($(el, '.error-summary')!.textContent).to.contain('请选择总体评价');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.error-summary'));
    await expect(el).to.be.accessible();
    // Arrow keys move through the grades: 非常满意 → 满意 → 基本满意 → 不满意.
    $(el, '#grade-first')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(text(el)).to.contain('不满意的原因').and.contain('工作人员将对差评进行回访');
    $(el, 'button[type="submit"]')!.click();
    await el.updateComplete;
    expect($(el, '.error-summary')!.textContent).to.contain('请填写不满意的原因');
    await type(el, '#reason', `窗口让我跑了三次，我的身份证${VALID_ID}，电话13800138000`);
    await type(el, '#phone', '0731-84000000');
    $(el, 'button[type="submit"]')!.click();
    await el.updateComplete;
    const pii = $(el, '.pii')!;
    expect(pii.textContent).to.contain('身份证号码1处').and.contain('手机号码1处');
    expect(pii.querySelector('pre')!.textContent).to.contain('110105********002X').and.contain('138****8000');
    await expect(el).to.be.accessible();
    const sent = new Promise<GovFeedbackSentEvent>((resolve) => el.addEventListener('gov-feedback-sent', resolve, { once: true }));
    $$(el, '.pii button')[0]!.click(); // 遮盖后提交
    const { detail } = await sent;
    const body = detail.feedback as { reason: string; grade: number; contact: { phone: string } };
    expect(body.grade).to.equal(2);
    expect(body.reason).to.not.contain(VALID_ID);
    expect(body.reason).to.contain('110105********002X');
    expect(body.contact.phone).to.equal('0731-84000000', 'the contact given for the call-back is not masked');
  });

  it('message: counts characters as typed, without cutting the citizen off', async () => {
    const el = await feedback('message');
    await type(el, '#comment', '咨询');
    expect($(el, '#comment-count')!.textContent).to.equal('已输入 2/2000 字');
    ($(el, '#comment') as HTMLTextAreaElement).value = '长'.repeat(2001);
    $(el, '#comment')!.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect($(el, '#comment-count')!.textContent).to.equal('超出 1 字');
    expect($(el, '#comment')!.getAttribute('aria-invalid')).to.equal('true');
    $(el, 'button[type="submit"]')!.click();
    await until(() => $(el, '.error-summary'), 3000, 'the errors');
    expect($(el, '.error-summary')!.textContent).to.contain('请选择留言类别').and.contain('留言内容不能超过 2000 字');
    await expect(el).to.be.accessible();
  });

  it("refuses a control character pasted into the text before sending, in the citizen's words", async () => {
    const el = await feedback('message');
    ($(el, '#comment') as HTMLTextAreaElement).value = '路灯坏了\u0000';
    $(el, '#comment')!.dispatchEvent(new Event('input'));
    $(el, 'button[type="submit"]')!.click();
    await until(() => $(el, '.error-summary'), 3000, 'the errors');
    expect($(el, '.error-summary')!.textContent).to.contain('留言内容含有无法保存的控制字符');
  });

  it('says "已保存，联网后自动发送" while the server is unreachable, then confirms', async () => {
    const el = await feedback('message', { fault: '503x3' });
    await sendMessage(el, '建议增加周末办理时间');
    await until(() => status(el).includes('已保存，联网后自动发送'), 5000, 'saved');
    await expect(el).to.be.accessible();
    await until(() => status(el).includes('感谢您的反馈'), 8000, 'sent');
  });

  it("keeps the text and shows the server’s reason when the server refuses it, in the citizen's words (no field path)", async () => {
    // The server refuses what no field holds (the page's address): the form cannot name it.
    const el = await feedback('message', { fault: 'refuse-target.pageUrl' });
    await sendMessage(el, '这段文字不能丢');
    await until(() => status(el).includes('提交未成功'), 5000, 'rejected');
    // The page's address is no field of the form: the reason says what, not where.
    expect(status(el)).to.contain('提交未成功：部分内容不符合要求');
    expect(status(el)).to.not.contain('pageUrl');
    expect(($(el, '#comment') as HTMLTextAreaElement).value).to.equal('这段文字不能丢');
    await expect(el).to.be.accessible();
  });

  it('checks with the schema the server uses: a page address of javascript: is the page’s to mend, and nothing is sent', async () => {
    const outbox = quickOutbox();
    const el = await feedback('message', { pageUrl: 'javascript:alert(1)', outbox });
    await sendMessage(el, '这段文字不能丢');
    await until(() => $(el, '.error-summary'), 3000, 'the errors');
    expect($(el, '.error-summary')!.textContent).to.contain('页面配置有误').and.contain('target.pageUrl');
    expect((await outbox.records()).length).to.equal(0);
    expect(($(el, '#comment') as HTMLTextAreaElement).value).to.equal('这段文字不能丢');
  });

  it('survives a reload: the submission is in IndexedDB and the element still says where it is', async () => {
    const name = `fb-reload-${Date.now()}`;
    const url = api('503x2');
    const first = new Outbox({ store: new IndexedDbStore(name), lock: false, channel: false, backoff: { initial: 60_000, max: 60_000 } });
    const el = await fixture<GovFeedback>(html`<gov-feedback kind="message" api=${url} item="x:1" min-seconds="0" .outbox=${first}></gov-feedback>`);
    await sendMessage(el, '刷新后也不能丢');
    await until(() => status(el).includes('已保存'), 5000, 'saved');
    // "Reload": the page and its outbox go away; a new page makes a new outbox on the same database.
    first.close();
    el.remove();
    const second = new Outbox({ store: new IndexedDbStore(name), lock: false, channel: false, backoff: { initial: 50, max: 100 } });
    const again = await fixture<GovFeedback>(html`<gov-feedback kind="message" api=${url} item="x:1" .outbox=${second}></gov-feedback>`);
    await until(() => status(again).includes('已保存'), 5000, 'the restored status');
    window.dispatchEvent(new Event('online'));
    await until(() => status(again).includes('感谢您的反馈'), 8000, 'sent after the reload');
    expect((await second.records())[0]!.body).to.deep.include({ comment: '刷新后也不能丢' });
    second.close();
  });

  it('anti-spam: a filled honeypot sends nothing; a too-quick first press is questioned once', async () => {
    const outbox = quickOutbox();
    const el = await fixture<GovFeedback>(html`<gov-feedback kind="message" api=${api()} min-seconds="30" .outbox=${outbox}></gov-feedback>`);
    await sendMessage(el, '正常留言');
    await until(() => $(el, '.error-summary'), 3000, 'the question');
    expect($(el, '.error-summary')!.textContent).to.contain('您提交得太快了');
    $(el, 'button[type="submit"]')!.click();
    await until(() => status(el).includes('感谢您的反馈'), 5000, 'sent on the second press');
    expect((await outbox.records()).length).to.equal(1);

    const bot = quickOutbox();
    const trap = await fixture<GovFeedback>(html`<gov-feedback kind="message" api=${api()} min-seconds="0" .outbox=${bot}></gov-feedback>`);
    $(trap, '#topic-first')!.click();
    await type(trap, '#comment', 'spam');
    const honeypot = $(trap, '.honeypot input') as HTMLInputElement;
    honeypot.value = 'http://spam.example';
    honeypot.dispatchEvent(new Event('input'));
    $(trap, 'button[type="submit"]')!.click();
    // The robot is thanked with an empty form; nothing is kept or sent.
    await until(() => ($(trap, '#comment') as HTMLTextAreaElement | null)?.value === '', 5000, 'the form emptied');
    expect((await bot.records()).length).to.equal(0);
  });

  it('takes the site’s captcha, and warns when it has no text alternative', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const outbox = quickOutbox();
      const el = await fixture<GovFeedback>(html`<gov-feedback kind="message" api=${api()} min-seconds="0" .outbox=${outbox}>
        <div slot="captcha"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" /><input aria-label="验证码" value="7x3k" /></div>
      </gov-feedback>`);
      await el.updateComplete;
      expect(warnings.join()).to.contain('text alternative');
      await sendMessage(el, '带验证码的留言');
      await until(() => status(el).includes('感谢您的反馈'), 5000, 'sent');
      expect((await outbox.records())[0]!.headers).to.deep.equal({ 'x-captcha-token': '7x3k' });
    } finally {
      console.warn = warn;
    }
  });

  it('is form-associated: inside a host <form> it gives its value and validity', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><gov-feedback kind="rating" name="rating" item="x:1"></gov-feedback></form>`);
    const el = form.querySelector('gov-feedback')!;
    await el.updateComplete;
    expect($(el, 'button[type="submit"]'), 'the host form has its own button').to.equal(null);
    expect(form.checkValidity()).to.equal(false);
    $(el, '#grade-first')!.click();
    // Checked with the schema, which a host form's element loads at once.
    await until(() => form.checkValidity(), 3000, 'valid once a grade is chosen');
    expect(JSON.parse(new FormData(form).get('rating') as string)).to.deep.include({ kind: 'rating', grade: 5 });
    form.reset();
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(false);
  });

  for (const lang of ['zh-TW', 'en']) {
    for (const mode of ['standard', 'elderly']) {
      it(`is accessible in ${lang}, ${mode} mode, in every kind`, async () => {
        for (const kind of ['page', 'rating', 'message']) {
          const el = await feedback(kind, { lang, mode });
          if (kind === 'rating') {
            $$(el, '#grade input')[4]!.click(); // 非常不满意: reason and contact appear
            await el.updateComplete;
          }
          await expect(el).to.be.accessible();
          expect(text(el)).to.not.match(/\{\w+\}/);
          if (lang === 'en') expect(text(el)).to.not.match(/[\u4e00-\u9fff]{3}/);
        }
      });
    }
  }
});
