import type { Feedback, FeedbackReceipt, FeedbackTarget, RatingGrade } from '@gov-disclosure/sdk';
import {
  CONTACT_PHONE,
  CONTROL_CHARACTERS,
  EMAIL,
  FEEDBACK_LIMITS as LIMITS,
  findPersonalData,
  maskPersonalData,
  type PersonalDataMatch,
} from '@gov-disclosure/sdk/forms';
import type { OutboxRecord } from '@gov-disclosure/sdk/outbox';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { choiceGroup, length, textField } from '../../base/fields.js';
import { GovFormElement } from '../../base/gov-form-element.js';
import type { MessageKey } from '../../i18n/index.js';
import { formStyles } from '../../styles/forms.js';
import { tokens } from '../../styles/tokens.js';
import { feedbackStyles } from './feedback.styles.js';

export type FeedbackKind = 'page' | 'rating' | 'message';

const PROBLEMS = ['outdated', 'incomplete', 'hard-to-understand', 'broken-link', 'other'] as const;
const GRADES = [5, 4, 3, 2, 1] as const;
/** The online 好差评 indicators ("一事一评"). */
const INDICATORS = ['efficiency', 'guide-accuracy', 'convenience', 'usability'] as const;
const TOPICS = ['complaint', 'enquiry', 'suggestion', 'consultation'] as const;
const EVALUATORS = ['person', 'legal-person', 'other-organisation'] as const;

interface Draft {
  useful?: boolean;
  problems: string[];
  comment: string;
  grade?: RatingGrade;
  indicators: Partial<Record<(typeof INDICATORS)[number], RatingGrade>>;
  evaluator?: (typeof EVALUATORS)[number];
  reason: string;
  topic?: (typeof TOPICS)[number];
  name: string;
  phone: string;
  email: string;
}

const emptyDraft = (): Draft => ({ problems: [], comment: '', indicators: {}, reason: '', name: '', phone: '', email: '' });

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
  @state() private pii: PersonalDataMatch[] | undefined;

  protected readonly write = 'feedback';
  readonly #internals: ElementInternals;
  #shownAt = 0;
  #questionedSpeed = false;

  constructor() {
    super();
    this.#internals = this.attachInternals();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#shownAt = performance.now();
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
    const t: FeedbackTarget = { ...this.target };
    const jurisdiction = t.jurisdiction ?? this.jurisdiction;
    const item = t.item ?? this.item;
    const entry = t.entry ?? this.entry;
    const serviceCode = t.serviceCode ?? this.serviceCode;
    // The whole address: its fragment holds the column's state (the item or entry open, the query).
    const pageUrl = t.pageUrl ?? this.pageUrl ?? (this.kind === 'page' ? location.href.slice(0, 2048) : undefined);
    return {
      ...(jurisdiction ? { jurisdiction } : {}),
      ...(item ? { item } : {}),
      ...(entry ? { entry } : {}),
      ...(serviceCode ? { serviceCode } : {}),
      ...(pageUrl ? { pageUrl } : {}),
    };
  }

  #contact() {
    const { name, phone, email } = this.draft;
    const contact = {
      ...(name.trim() ? { name: name.trim() } : {}),
      ...(phone.trim() ? { phone: phone.trim() } : {}),
      ...(email.trim() ? { email: email.trim() } : {}),
    };
    return Object.keys(contact).length ? contact : undefined;
  }

  protected body(): Feedback | undefined {
    const d = this.draft;
    const target = this.#target();
    const comment = d.comment.trim() || undefined;
    switch (this.kind) {
      case 'page':
        if (d.useful === undefined) return undefined;
        return {
          kind: 'page',
          target,
          useful: d.useful,
          ...(d.useful || !d.problems.length ? {} : { problems: d.problems as never }),
          ...(comment && !d.useful ? { comment } : {}),
        };
      case 'rating': {
        if (!d.grade) return undefined;
        const indicators = Object.fromEntries(Object.entries(d.indicators).filter(([, v]) => v));
        const contact = d.grade <= 2 ? this.#contact() : undefined;
        return {
          kind: 'rating',
          target,
          grade: d.grade,
          ...(Object.keys(indicators).length ? { indicators } : {}),
          ...(d.evaluator ? { evaluator: d.evaluator } : {}),
          ...(d.grade <= 2 && d.reason.trim() ? { reason: d.reason.trim() } : {}),
          ...(comment ? { comment } : {}),
          ...(contact ? { contact } : {}),
        };
      }
      case 'message': {
        if (!d.topic || !comment) return undefined;
        const contact = this.#contact();
        return { kind: 'message', target, topic: d.topic, comment, ...(contact ? { contact } : {}) };
      }
    }
  }

  /** The form's own checks: what the server would refuse, said in the citizen's language. */
  protected check(): Record<string, string> {
    const d = this.draft;
    const errors: Record<string, string> = {};
    const tooLong = (id: string, value: string, max: number, label: MessageKey) => {
      if (length(value.trim()) > max) errors[id] = this.t('errTooLong', { label: this.t(label), max });
      else if (CONTROL_CHARACTERS.test(value)) errors[id] = this.t('errControl', { label: this.t(label) });
    };
    if (this.kind === 'page') {
      if (d.useful === undefined) errors.useful = this.t('errChoose', { label: this.t('feedbackPage') });
      tooLong('comment', d.comment, LIMITS.comment, 'feedbackComment');
    } else if (this.kind === 'rating') {
      if (!d.grade) errors.grade = this.t('errChoose', { label: this.t('ratingGrade') });
      if (d.grade && d.grade <= 2 && !d.reason.trim()) errors.reason = this.t('errRequired', { label: this.t('ratingReason') });
      tooLong('reason', d.reason, LIMITS.reason, 'ratingReason');
      tooLong('comment', d.comment, LIMITS.comment, 'ratingComment');
    } else {
      if (!d.topic) errors.topic = this.t('errChoose', { label: this.t('messageTopic') });
      if (!d.comment.trim()) errors.comment = this.t('errRequired', { label: this.t('messageContent') });
      tooLong('comment', d.comment, LIMITS.message, 'messageContent');
    }
    if (this.kind === 'message' || (this.kind === 'rating' && d.grade && d.grade <= 2)) {
      if (d.phone.trim() && !CONTACT_PHONE.test(d.phone.trim())) errors.phone = this.t('errPhone');
      if (d.email.trim() && !EMAIL.test(d.email.trim())) errors.email = this.t('errEmail');
      tooLong('name', d.name, 100, 'contactName');
    }
    return errors;
  }

  protected override edit(patch: Partial<Draft>): void {
    this.pii = undefined;
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
      const found = [...findPersonalData(this.draft.comment), ...findPersonalData(this.draft.reason)];
      if (found.length) {
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
    this.draft = { ...this.draft, comment: maskPersonalData(this.draft.comment), reason: maskPersonalData(this.draft.reason) };
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

  protected restore(body: Feedback): Draft {
    const draft = emptyDraft();
    if (body.kind === 'page') Object.assign(draft, { useful: body.useful, problems: body.problems ?? [], comment: body.comment ?? '' });
    if (body.kind === 'rating')
      Object.assign(draft, {
        grade: body.grade,
        indicators: body.indicators ?? {},
        evaluator: body.evaluator,
        reason: body.reason ?? '',
        comment: body.comment ?? '',
      });
    if (body.kind === 'message') Object.assign(draft, { topic: body.topic, comment: body.comment });
    if ('contact' in body && body.contact)
      Object.assign(draft, { name: body.contact.name ?? '', phone: body.contact.phone ?? '', email: body.contact.email ?? '' });
    return draft;
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
    const labels: Record<string, MessageKey> = {
      comment: this.kind === 'message' ? 'messageContent' : this.kind === 'rating' ? 'ratingComment' : 'feedbackComment',
      reason: 'ratingReason',
      grade: 'ratingGrade',
      topic: 'messageTopic',
      useful: 'feedbackPage',
      problems: 'feedbackProblems',
      name: 'contactName',
      phone: 'contactPhone',
      email: 'contactEmail',
    };
    return labels[field];
  }

  protected override async again(): Promise<void> {
    await super.again();
    this.#shownAt = performance.now();
    // The button pressed is gone with the confirmation: the focus goes to the new form.
    this.open();
  }

  protected renderForm() {
    const inForm = this.inHostForm;
    const t = this.t.bind(this);
    const d = this.draft;
    const errors = this.errors;
    let fields;
    if (this.kind === 'page') {
      fields = html`<fieldset class="field choices inline useful ${errors.useful ? 'invalid' : ''}" id="useful">
          <legend>${t('feedbackPage')}</legend>
          ${errors.useful ? html`<div class="error">${errors.useful}</div>` : nothing}
          <div class="options">
            <button type="button" aria-pressed=${d.useful === true ? 'true' : 'false'} @click=${() => this.#useful(true)}>${t('feedbackUseful')}</button>
            <button type="button" aria-pressed=${d.useful === false ? 'true' : 'false'} @click=${() => this.#useful(false)}>${t('feedbackNotUseful')}</button>
          </div>
        </fieldset>
        ${
          d.useful === false
            ? html`${choiceGroup({ id: 'problems', legend: t('feedbackProblems'), type: 'checkbox', options: PROBLEMS.map((p) => ({ value: p, label: t(`problem_${p}`) })), value: d.problems, onChange: (v, on) => this.edit({ problems: on ? [...d.problems, v] : d.problems.filter((p) => p !== v) }), t })}
            ${textField({ id: 'comment', label: t('feedbackComment'), value: d.comment, max: LIMITS.comment, multiline: true, error: errors.comment, onInput: (comment) => this.edit({ comment }), t })}`
            : nothing
        }`;
    } else if (this.kind === 'rating') {
      const poor = !!d.grade && d.grade <= 2;
      fields = html`${choiceGroup({ id: 'grade', legend: t('ratingGrade'), type: 'radio', required: true, inline: true, options: GRADES.map((g) => ({ value: g, label: t(`grade_${g}`) })), value: d.grade, error: errors.grade, onChange: (grade) => this.edit({ grade }), t })}
        ${poor ? textField({ id: 'reason', label: t('ratingReason'), value: d.reason, max: LIMITS.reason, multiline: true, required: true, error: errors.reason, onInput: (reason) => this.edit({ reason }), t }) : nothing}
        <fieldset class="field indicators">
          <legend>${t('ratingIndicators')}<span class="muted">（${t('formOptional')}）</span></legend>
          ${INDICATORS.map(
            (id) => html`<label class="indicator"
              ><span>${t(`indicator_${id}`)}</span>
              <select id=${`indicator-${id}`} @change=${(e: Event) => this.edit({ indicators: { ...d.indicators, [id]: Number((e.target as HTMLSelectElement).value) || undefined } })}>
                <option value="" ?selected=${!d.indicators[id]}>${t('indicatorNone')}</option>
                ${GRADES.map((g) => html`<option value=${g} ?selected=${d.indicators[id] === g}>${t(`grade_${g}`)}</option>`)}
              </select></label
            >`,
          )}
        </fieldset>
        ${textField({ id: 'comment', label: t('ratingComment'), value: d.comment, max: LIMITS.comment, multiline: true, error: errors.comment, onInput: (comment) => this.edit({ comment }), t })}
        ${choiceGroup({ id: 'evaluator', legend: t('ratingEvaluator'), type: 'radio', required: false, inline: true, options: EVALUATORS.map((e) => ({ value: e, label: t(`evaluator_${e}`) })), value: d.evaluator, onChange: (evaluator) => this.edit({ evaluator }), t })}
        ${poor ? this.#renderContact(t('ratingCallback')) : nothing}`;
    } else {
      fields = html`${choiceGroup({ id: 'topic', legend: t('messageTopic'), type: 'radio', required: true, inline: true, options: TOPICS.map((topic) => ({ value: topic, label: t(`topic_${topic}`) })), value: d.topic, error: errors.topic, onChange: (topic) => this.edit({ topic }), t })}
        ${textField({ id: 'comment', label: t('messageContent'), value: d.comment, max: LIMITS.message, multiline: true, required: true, error: errors.comment, onInput: (comment) => this.edit({ comment }), t })}
        ${this.#renderContact()}`;
    }
    const showSubmit = !inForm && (this.kind !== 'page' || d.useful === false);
    const form = this.kind === 'page' ? 'feedbackPage' : this.kind === 'rating' ? 'ratingTitle' : 'messageTitle';
    return this.formShell(
      t(form),
      html`${fields} ${this.pii ? this.#renderPii() : nothing}
        <slot name="captcha" @slotchange=${this.#checkCaptcha}></slot>`,
      showSubmit && !this.pii ? this.renderSubmit(t('formSubmit')) : nothing,
    );
  }

  #useful(useful: boolean): void {
    this.edit({ useful });
    // 有用 is a whole answer: it goes at once (unless the element sits in a host form).
    if (useful && !this.#internals.form) void this.submit();
  }

  #renderContact(hint?: string) {
    const t = this.t.bind(this);
    const d = this.draft;
    return html`<fieldset class="group contact">
      <legend>${t('contactTitle')}<span class="muted">（${t('formOptional')}）</span></legend>
      ${hint ? html`<p class="hint muted">${hint}</p>` : nothing}
      ${textField({ id: 'name', label: t('contactName'), value: d.name, autocomplete: 'name', error: this.errors.name, onInput: (name) => this.edit({ name }), t })}
      ${textField({ id: 'phone', label: t('contactPhone'), value: d.phone, type: 'tel', autocomplete: 'tel', inputmode: 'tel', error: this.errors.phone, onInput: (phone) => this.edit({ phone }), t })}
      ${textField({ id: 'email', label: t('contactEmail'), value: d.email, type: 'email', autocomplete: 'email', error: this.errors.email, onInput: (email) => this.edit({ email }), t })}
    </fieldset>`;
  }

  #renderPii() {
    const found = this.pii!;
    const counts = new Map<string, number>();
    for (const m of found) counts.set(m.kind, (counts.get(m.kind) ?? 0) + 1);
    const list = [...counts].map(([kind, count]) => this.t('piiCount', { kind: this.t(`pii_${kind}` as MessageKey), count })).join(this.t('formListJoin'));
    const preview = [this.draft.reason, this.draft.comment].filter((text) => text.trim()).map((text) => maskPersonalData(text));
    return html`<div class="pii" role="alertdialog" aria-labelledby="pii-title" aria-describedby="pii-preview" tabindex="-1" part="pii">
      <p id="pii-title"><strong>${this.t('piiFound', { list })}</strong></p>
      <div id="pii-preview">${this.t('piiPreview')}<pre>${preview.join('\n\n')}</pre></div>
      <div class="actions">
        <button class="primary" type="button" @click=${this.#mask}>${this.t('piiMask')}</button>
        <button type="button" @click=${() => void this.send()}>${this.t('piiKeep')}</button>
        <button type="button" @click=${() => this.#editPii()}>${this.t('piiEdit')}</button>
      </div>
    </div>`;
  }

  #editPii(): void {
    this.pii = undefined;
    void this.updateComplete.then(() => this.focusField(findPersonalData(this.draft.reason).length ? 'reason' : 'comment'));
  }
}
