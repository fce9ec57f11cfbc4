/**
 * `<gov-feedback>`: the element: its attributes and what the feedback is about, form association,
 * the anti-spam checks (time, captcha) and the personal-data question before sending. The draft is
 * `draft.ts`'s, the fields `fields-view.ts`'s, the shell `GovFormElement`'s.
 */
import type { Feedback, FeedbackReceipt, FeedbackTarget } from '@gov-disclosure/sdk';
import type { FeedbackCheck } from '@gov-disclosure/sdk/forms/feedback';
import type { OutboxRecord } from '@gov-disclosure/sdk/outbox';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { GovFormElement } from '../../base/gov-form-element.js';
import type { MessageKey } from '../../i18n/index.js';
import { formStyles } from '../../styles/forms.js';
import { tokens } from '../../styles/tokens.js';
import { feedbackStyles } from './feedback.styles.js';
import { draftOf, emptyDraft, errorsOf, labelOf, rawFeedback, targetOf, type Draft, type FeedbackKind } from './draft.js';
import { renderFields, renderPii } from './fields-view.js';
import { FeedbackChecks, type PersonalData } from './checks.js';

export type { FeedbackKind } from './draft.js';

/**
 * @tagname gov-feedback
 * @summary 我要评: page feedback (有用 / 没用), a 好差评 rating, or a message (投诉 / 咨询 / 建言 / 意见征集).
 *
 * @description Chosen by `kind`. Free text is checked for personal data (身份证 numbers with their
 * checksum, mobile numbers, e-mail addresses, bank card numbers by Luhn) and the citizen chooses to
 * mask it before sending. Nothing is lost: a submission goes through the page's outbox (stored in
 * IndexedDB before the first attempt, retried until the server answers, across reloads) and the
 * element always says where it is: sending, "已保存，联网后自动发送", sent with its number, or
 * refused with the server's reason and the text kept for correcting. Anti-spam that does not hurt
 * people: a honeypot field, a minimum time before sending (a second press always goes through), and
 * a `captcha` slot for the site's own captcha, which must carry a text alternative.
 * Form-associated: inside a host `<form>` it hides its own button and gives the form its value
 * (the feedback as JSON, under `name`) and its validity.
 *
 * @slot captcha - The site's captcha widget. Give images an `alt` (or the widget an `aria-label`) and an audio or text alternative; its answer is read from `captchaToken()` or the slotted element's `value`.
 *
 * @event gov-feedback-sent - The server stored it; `detail.receipt` has its number.
 *
 * @csspart base - The wrapper.
 * @csspart field - Each field.
 * @csspart error-summary - The list of fields to correct.
 * @csspart status - Where the submission is.
 * @csspart pii - The dialog that shows personal data found in the text (身份证号, phone numbers), to mask or send as written.
 */
export class GovFeedback extends GovFormElement<Draft, Feedback> {
  static formAssociated = true;
  static override styles = [tokens, formStyles, feedbackStyles];

  /** `page` (有用/没用), `rating` (好差评) or `message` (投诉/咨询/建言/意见征集). */
  @property({ reflect: true }) kind: FeedbackKind = 'page';
  /** The catalogue item rated (`area:1.2`). */
  @property() item?: string;
  /** The entry open when the feedback is given (`area:1.2~7`); the column sets it on its page feedback. */
  @property() entry?: string;
  /** The service rated, by its code on the government-service platform. */
  @property({ attribute: 'service-code' }) serviceCode?: string;
  /** 行政区划代码 of the column. */
  @property() jurisdiction?: string;
  /** The page the feedback is about; for `page` feedback, the current address by default, with its #fragment (the column's state). */
  @property({ attribute: 'page-url' }) pageUrl?: string;
  /** A heading shown above the form (e.g. the item's name). */
  @property() heading?: string;
  /** Seconds a person needs at least before sending; a faster first press is questioned once. */
  @property({ type: Number, attribute: 'min-seconds' }) minSeconds = 2;
  /** The form field name, inside a host `<form>`. */
  @property() name = 'feedback';
  /** What the feedback is about, set by script (`<gov-actions>` sets the item); attributes fill what it leaves out. */
  @property({ attribute: false }) target: FeedbackTarget = {};
  /** The site's captcha: returns its answer, sent as `X-Captcha-Token`. */
  @property({ attribute: false }) captchaToken?: () => string | undefined | Promise<string | undefined>;
  @state() private pii: PersonalData | undefined;

  protected readonly write = 'feedback';
  readonly #internals: ElementInternals;
  #shownAt = 0;
  #questionedSpeed = false;
  /** The schema's check and the search for personal data, loaded at the first touch of the form. */
  readonly #schema = new FeedbackChecks(() => this.requestUpdate());

  constructor() {
    super();
    this.#internals = this.attachInternals();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#shownAt = performance.now();
    // A host form asks for the validity at once; otherwise the check comes when the citizen starts.
    if (this.inHostForm) void this.#schema.load();
    else for (const type of ['focusin', 'pointerdown']) this.addEventListener(type, () => void this.#schema.load(), { once: true });
  }

  /** Shows the element (if hidden) and puts focus in its form. */
  open(): void {
    this.hidden = false;
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('input:not([tabindex="-1"]), textarea, button')?.focus());
  }

  /** The feedback as the form holds it now (what a host `<form>` receives, as JSON). */
  get value(): Feedback | undefined {
    return this.body();
  }

  formResetCallback(): void {
    this.draft = emptyDraft();
    this.errors = {};
  }

  protected emptyDraft(): Draft {
    return emptyDraft();
  }

  protected submissionKey(): string {
    const t = this.#target();
    return `gov-feedback:${this.kind}:${t.entry ?? t.item ?? t.serviceCode ?? t.pageUrl ?? ''}`;
  }

  protected sent(record: OutboxRecord<Feedback>): void {
    this.emit('gov-feedback-sent', { receipt: record.receipt as FeedbackReceipt, feedback: record.body });
  }

  protected override get inHostForm(): boolean {
    return !!this.#internals.form;
  }

  protected override renderHeading() {
    return this.heading ? html`<h2>${this.heading}</h2>` : nothing;
  }

  formDisabledCallback(disabled: boolean): void {
    this.toggleAttribute('disabled', disabled);
  }

  #target(): FeedbackTarget {
    return targetOf(this);
  }

  #checked(): FeedbackCheck | undefined {
    return this.#schema.run(rawFeedback(this.kind, this.draft, this.#target()));
  }

  protected body(): Feedback | undefined {
    return this.#checked()?.feedback;
  }

  /** With the schema the server uses; until it has loaded (a dead network), the form says it cannot check yet. */
  protected check(): Record<string, string> {
    const checked = this.#checked();
    if (!checked) return { submit: this.t('errCheckUnavailable') };
    const errors = this.errorsOf(checked.issues);
    const [issue] = checked.issues;
    // Only the page's own settings are wrong (a `page-url` of javascript:): the webmaster's to mend.
    return issue && !Object.keys(errors).length ? { submit: this.t('formConfig', { message: `${issue.path}: ${issue.expected}` }) } : errors;
  }

  protected override prepare(): Promise<void> | undefined {
    return this.#schema.ready ? undefined : this.#schema.load();
  }

  protected override errorsOf(issues: readonly { path: string; expected: string }[]): Record<string, string> {
    return errorsOf(this.kind, issues, this.draft, (key, params) => this.t(key, params));
  }

  protected restore(body: Feedback): Draft {
    return draftOf(body);
  }

  protected override edit(patch: Partial<Draft>): void {
    this.pii = undefined;
    void this.#schema.load();
    super.edit(patch);
  }

  /** A first press faster than a person is questioned once; personal data in the text is shown, to mask or send as written. */
  protected override async beforeSend(): Promise<boolean> {
    if (!this.#questionedSpeed && performance.now() - this.#shownAt < this.minSeconds * 1000) {
      this.#questionedSpeed = true;
      this.errors = { submit: this.t('errTooFast') };
      await this.focusErrors();
      return false;
    }
    if (this.pii === undefined) {
      const found = this.#schema.personalData(this.draft);
      if (found) {
        this.pii = found;
        await this.updateComplete;
        this.shadowRoot!.querySelector<HTMLElement>('.pii')?.focus();
        return false;
      }
    }
    return true;
  }

  /** With the site's captcha answer, as `X-Captcha-Token`. */
  protected override async send(): Promise<void> {
    const token = await this.#captcha();
    this.pii = undefined;
    await super.send(token ? { 'x-captcha-token': token } : undefined);
  }

  async #captcha(): Promise<string | undefined> {
    if (this.captchaToken) return this.captchaToken();
    const slotted = this.querySelector<HTMLElement & { value?: string }>('[slot="captcha"]');
    return slotted?.value || slotted?.dataset.token || slotted?.querySelector<HTMLInputElement>('input')?.value || undefined;
  }

  #mask(): void {
    if (this.pii) this.draft = { ...this.draft, ...this.pii.masked };
    void this.send();
  }

  /** Checks the site's captcha for a text alternative (WCAG 1.1.1); warns the site's developer when it has none. */
  #checkCaptcha(event: Event): void {
    const nodes = (event.target as HTMLSlotElement).assignedElements();
    const lacking = nodes.some((node) => {
      const labelled = node.hasAttribute('aria-label') || node.hasAttribute('aria-labelledby') || node.hasAttribute('alt');
      const images = [...node.querySelectorAll('img, canvas, svg'), ...(node.matches('img, canvas, svg') ? [node] : [])];
      return !labelled && images.some((image) => !(image.getAttribute('alt') || image.getAttribute('aria-label')));
    });
    if (lacking) console.warn('<gov-feedback>: the captcha needs a text alternative (alt, aria-label)');
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Inside a host form: the feedback is the form's value, and the form's validity.
    const body = this.body();
    const errors = this.check();
    const first = Object.values(errors)[0];
    this.#internals.setFormValue(body && !first ? JSON.stringify(body) : null);
    if (first || !body)
      this.#internals.setValidity(
        { customError: true },
        first ?? this.t('errChoose', { label: this.t(this.kind === 'rating' ? 'ratingGrade' : this.kind === 'message' ? 'messageTopic' : 'feedbackPage') }),
      );
    else this.#internals.setValidity({});
  }

  protected renderSent(receipt: unknown) {
    const id = (receipt as FeedbackReceipt | undefined)?.id;
    return html`<div class="notice ok" role="status" part="status" tabindex="-1" data-status>
      <p><strong>${this.t('feedbackThanks')}</strong></p>
      ${id ? html`<p>${this.t('feedbackNumber', { id })}</p>` : nothing}
      <button @click=${() => this.again()}>${this.t('submitAnother')}</button>
    </div>`;
  }

  protected label(field: string): MessageKey | undefined {
    return labelOf(this.kind, field);
  }

  protected override async again(): Promise<void> {
    await super.again();
    this.#shownAt = performance.now();
    // The button pressed is gone with the confirmation: the focus goes to the new form.
    this.open();
  }

  protected renderForm() {
    const t = this.t.bind(this);
    const showSubmit = !this.inHostForm && (this.kind !== 'page' || this.draft.useful === false);
    const form = this.kind === 'page' ? 'feedbackPage' : this.kind === 'rating' ? 'ratingTitle' : 'messageTitle';
    const fields = renderFields({
      kind: this.kind,
      draft: this.draft,
      errors: this.errors,
      t,
      edit: (patch) => this.edit(patch),
      useful: (useful) => this.#useful(useful),
    });
    const pii = this.pii && renderPii({ pii: this.pii, t, mask: () => this.#mask(), keep: () => void this.send(), edit: () => this.#editPii() });
    return this.formShell(
      t(form),
      html`${fields} ${pii || nothing}
        <slot name="captcha" @slotchange=${this.#checkCaptcha}></slot>`,
      showSubmit && !this.pii ? this.renderSubmit(t('formSubmit')) : nothing,
    );
  }

  #useful(useful: boolean): void {
    this.edit({ useful });
    // 有用 is a whole answer: it goes at once (unless the element sits in a host form).
    if (useful && !this.#internals.form) void this.submit();
    // 没用 asks what was wrong, below: on a phone that is below the screen; bring the question up.
    else if (!useful) void this.updateComplete.then(() => this.shadowRoot?.querySelector('#problems')?.scrollIntoView({ block: 'nearest' }));
  }

  #editPii(): void {
    const field = this.pii?.inReason ? 'reason' : 'comment';
    this.pii = undefined;
    void this.updateComplete.then(() => this.focusField(field));
  }
}
