/**
 * What every citizen's form does (the shell of `GovFormElement`), run against each of them: a page
 * without an API says so; an empty form says what to correct and takes the focus there; errors go
 * as they are mended; a honeypot sends nothing; a good one is stored, sent, confirmed with the focus
 * on the confirmation; the network gone, it is kept and sent later; refused, the server's reason
 * names the field by its label and nothing typed is lost. Adding a form to FORMS adds it to every check.
 */
import { expect, fixture } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import { MemoryStore, Outbox } from '@gov-disclosure/sdk/outbox';
import '@gov-disclosure/elements';
import { $, fillCitizenRequest, typeInto, until, watchUncaught } from '../../support/elements.js';

interface Form {
  tag: string;
  attrs: Record<string, string>;
  /** The event that tells the page it was sent. */
  sent: string;
  /** Fills every field a good submission needs, as a person would. */
  fill(el: HTMLElement): Promise<void>;
  /** A field the empty form must name, and its label. */
  required: { id: string; label: string; value: string };
  /** A field the server may refuse: its path in the body, its id and label in the form, and what was typed into it. */
  refused: { path: string; id: string; label: string; typed: string };
}

const FORMS: Form[] = [
  {
    tag: 'gov-feedback',
    attrs: { kind: 'message', item: 'social-assistance:1.1', 'min-seconds': '0' },
    sent: 'gov-feedback-sent',
    async fill(el) {
      $(el, '#topic-first')!.click();
      await typeInto(el, 'comment', '建议增加周末办理时间');
      await typeInto(el, 'phone', '13800138000');
    },
    required: { id: 'comment', label: '留言内容', value: '建议增加周末办理时间' },
    refused: { path: 'contact.phone', id: 'phone', label: '联系电话', typed: '13800138000' },
  },
  {
    tag: 'gov-disclosure-request',
    attrs: {},
    sent: 'gov-request-sent',
    fill: fillCitizenRequest,
    required: { id: 'name', label: '姓名', value: '张三' },
    refused: { path: 'applicant.phone', id: 'phone', label: '联系电话', typed: '13800138000' },
  },
];

let n = 0;
const api = (fault = 'ok') => `${window.TEST_SERVER}/t/form-${++n}-${Date.now()}/${fault}/api/430121`;
const quickOutbox = () => new Outbox({ store: new MemoryStore(), lock: false, channel: false, backoff: { initial: 50, max: 200 }, timeout: 3000 });
const status = (el: HTMLElement) => $(el, '[data-status]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const submitButton = (el: HTMLElement) => $(el, 'button[type="submit"]') as HTMLButtonElement;

let stopWatching: () => unknown[];

describe('every form', () => {
  beforeEach(() => {
    stopWatching = watchUncaught();
    localStorage.removeItem('gov-disclosure-settings');
  });
  afterEach(() => {
    expect(stopWatching(), 'uncaught errors').to.deep.equal([]);
  });

  for (const form of FORMS) {
    describe(`<${form.tag}>`, () => {
      const mount = async (o: { fault?: string; api?: boolean; outbox?: Outbox } = {}) => {
        const tag = unsafeStatic(form.tag);
        const el = await fixture<HTMLElement>(html`<${tag} lang="zh-CN"></${tag}>`);
        for (const [name, value] of Object.entries(form.attrs)) el.setAttribute(name, value);
        (el as HTMLElement & { outbox: Outbox }).outbox = o.outbox ?? quickOutbox();
        if (o.api !== false) el.setAttribute('api', api(o.fault));
        await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        return el;
      };

      it("on a page of its own, follows the visitor's 关怀模式, size and language kept on the device", async () => {
        localStorage.setItem('gov-disclosure-settings', JSON.stringify({ mode: 'elderly', font: 'large', lang: 'zh-TW' }));
        try {
          const el = await mount();
          expect([el.getAttribute('mode'), el.getAttribute('lang'), el.style.getPropertyValue('--gov-font-scale')]).to.deep.equal(['elderly', 'zh-TW', '1.2']);
          await until(() => el.shadowRoot!.textContent!.includes('提交') && !el.shadowRoot!.textContent!.includes('联系'), 5000, 'the form in 繁體');
          expect(submitButton(el).getBoundingClientRect().height).to.be.at.least(60);
        } finally {
          localStorage.removeItem('gov-disclosure-settings');
        }
      });

      it('without an API, says the page is set up wrong, and offers no form to lose text in', async () => {
        const el = await mount({ api: false });
        expect($(el, '[role="alert"]')!.textContent).to.contain('页面配置有误').and.contain(`<${form.tag}> needs an api attribute`);
        expect($(el, 'form')).to.equal(null);
      });

      it('an empty form says what to correct, with the focus on the list; a link there focuses the field; mended, the error goes', async () => {
        const el = await mount();
        submitButton(el).click();
        await until(() => $(el, '.error-summary') && el.shadowRoot!.activeElement === $(el, '.error-summary'), 3000, 'the error summary focused');
        const summary = $(el, '.error-summary')!.textContent!;
        expect(summary).to.contain(form.required.label);
        const link = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.error-summary a')].find(
          (a) => a.getAttribute('href') === `#${form.required.id}`,
        )!;
        link.click();
        expect(el.shadowRoot!.activeElement?.id).to.equal(form.required.id);
        // Mended (the field given a value), its line leaves the list at once; the others wait for the next 提交.
        const field = $(el, `#${form.required.id}`) as HTMLInputElement;
        field.value = form.required.value;
        field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await until(() => !$(el, '.error-summary')?.textContent?.includes(form.required.label), 3000, 'the mended field no longer listed');
        expect($(el, '.error-summary'), 'other fields still listed').to.exist;
        await expect(el).to.be.accessible();
      });

      it('a filled honeypot sends nothing', async () => {
        const outbox = quickOutbox();
        const el = await mount({ outbox });
        await form.fill(el);
        const trap = $(el, '.honeypot input') as HTMLInputElement;
        trap.value = 'http://spam.example';
        trap.dispatchEvent(new Event('input'));
        submitButton(el).click();
        await until(() => !($(el, `#${form.refused.id}`) as HTMLInputElement | null)?.value, 3000, 'the form emptied');
        expect(await outbox.records()).to.deep.equal([]);
      });

      it('a good one is stored, sent and confirmed, with the focus on the confirmation and the page told', async () => {
        const outbox = quickOutbox();
        const el = await mount({ outbox });
        await form.fill(el);
        const sent = new Promise<Event>((resolve) => el.addEventListener(form.sent, resolve, { once: true }));
        submitButton(el).click();
        await sent;
        await until(
          () => el.shadowRoot!.activeElement === $(el, '[data-status]') && $(el, '[data-status]')!.getAttribute('role') === 'status',
          5000,
          'the confirmation focused',
        );
        expect((await outbox.records()).map((r) => r.state)).to.deep.equal(['sent']);
        await expect(el).to.be.accessible();
      });

      it('with the server away, says 已保存，联网后自动发送, then sends it once', async () => {
        const outbox = quickOutbox();
        const el = await mount({ fault: '503x3', outbox });
        await form.fill(el);
        submitButton(el).click();
        await until(() => status(el).includes('已保存，联网后自动发送'), 5000, 'saved');
        const sent = new Promise<Event>((resolve) => el.addEventListener(form.sent, resolve, { once: true }));
        await sent;
        expect((await outbox.records()).length).to.equal(1);
      });

      it("refused, shows the server's reason naming the field by its label, and keeps every character typed", async () => {
        const el = await mount({ fault: `refuse-${form.refused.path}` });
        await form.fill(el);
        submitButton(el).click();
        await until(() => status(el).includes('提交未成功'), 5000, 'refused');
        expect(status(el)).to.contain(`部分内容不符合要求（${form.refused.label}）`).and.not.contain(form.refused.path);
        expect($(el, '[data-status]')!.getAttribute('role')).to.equal('alert');
        expect(($(el, `#${form.refused.id}`) as HTMLInputElement).value).to.equal(form.refused.typed);
        await expect(el).to.be.accessible();
        // Corrected and sent again, it replaces the refused one.
        el.setAttribute('api', api());
        await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        const sent = new Promise<Event>((resolve) => el.addEventListener(form.sent, resolve, { once: true }));
        submitButton(el).click();
        await sent;
      });
    });
  }
});
