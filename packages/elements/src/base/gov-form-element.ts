/**
 * The shell every citizen's form shares (我要评, 依申请公开): the draft and its errors, checked again
 * as the citizen mends them; the honeypot; the submission through the outbox (stored first, then
 * followed to sent or refused); a refused text put back in the form with the server's reason; the
 * status shown where the form was, with the focus on it; the focus on the first error.
 */
import type { OutboxRecord, Outbox } from '@gov-disclosure/sdk/outbox';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SubmissionController } from '../controllers/submission.js';
import type { MessageKey } from '../i18n/index.js';
import '../i18n/forms.js';
import { followDeviceSettings } from './device-settings.js';
import { errorSummary, honeypot } from './fields.js';
import { GovElement } from './gov-element.js';
import { fieldOf, rejectionReason } from './rejection.js';

type Issues = NonNullable<NonNullable<OutboxRecord['rejection']>['issues']>;

export abstract class GovFormElement<Draft extends object, Body> extends GovElement {
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** API base URL (`/api/430121`); the column and the item view set it on the forms they show. */
  @property() api?: string;
  /** The site's personal-data notice (个人信息保护说明). */
  @property({ attribute: 'privacy-href' }) privacyHref?: string;
  /** An outbox of one's own (tests, apps); by default the page's shared one. */
  @property({ attribute: false }) outbox?: Outbox;

  /** What the citizen has entered. */
  @state() protected draft: Draft = this.emptyDraft();
  /** Each field's error, by the field's id; `submit` for the form as a whole. */
  @state() protected errors: Record<string, string> = {};

  protected readonly submission = new SubmissionController<Body>(
    this,
    () => this.submissionKey(),
    (record) => record.state === 'sent' && this.sent(record),
  );
  /** What a robot typed into the honeypot. */
  protected trap = '';
  /** The refused submission whose text was put back (once; then the citizen edits it). */
  #restoredId: string | undefined;
  /** From a press of 提交 on, each status shown (sending, saved, sent, refused) takes the focus and comes on screen. */
  #follow = false;
  #followed: Element | null | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // On a page of its own (the site's 我要评 or 依申请公开 page), the visitor's 关怀模式, size and language hold too.
    followDeviceSettings(this);
  }

  /** An empty form. */
  protected abstract emptyDraft(): Draft;
  /** The form's checks, in the citizen's words: each field's message; none when it can be sent. */
  protected abstract check(): Record<string, string>;
  /** What is sent, once the checks pass. */
  protected abstract body(): Body | undefined;
  /** The draft that holds a refused body, to correct. */
  protected abstract restore(body: Body): Draft;
  /** Names this form's submission across reloads. */
  protected abstract submissionKey(): string;
  /** The kind of write (where the outbox sends it). */
  protected abstract readonly write: 'feedback' | 'request';
  /** The server took it: tell the page. */
  protected abstract sent(record: OutboxRecord<Body>): void;
  /** A field's label, by its id. */
  protected abstract label(field: string): MessageKey | undefined;
  /** The form, in `formShell`. */
  protected abstract renderForm(): TemplateResult;
  /** Sent, but the answer did not read as a receipt: the submission is in, its number unknown. */
  #renderSentUnread() {
    return html`<div class="notice ok" role="status" part="status" tabindex="-1" data-status>
      <p><strong>${this.t('sentUnread')}</strong></p>
      <p class="muted">${this.t('sentUnreadHint')}</p>
    </div>`;
  }

  /** The confirmation, with the server's receipt. */
  protected abstract renderSent(receipt: unknown): TemplateResult;

  /** Above the status or the form. */
  protected renderHeading(): unknown {
    return nothing;
  }

  /** Inside a host `<form>` (a form-associated element), the host form submits. */
  protected get inHostForm(): boolean {
    return false;
  }

  /** The field a path of the server's names. */
  protected fieldOf(path: string): string {
    return fieldOf(path);
  }

  /** Each field's message for the issues a refusal names (by default, the reason names them). */
  protected errorsOf(_issues: Issues): Record<string, string> {
    return {};
  }

  /** What the checks need and do not have yet (a schema a form loads on demand); nothing when ready. */
  protected prepare(): Promise<void> | undefined {
    return undefined;
  }

  /** Before sending, a form may stop to ask (false: not now). */
  protected async beforeSend(): Promise<boolean> {
    return true;
  }

  /** Changes the draft; errors go away as they are mended, new ones wait for the next submit. */
  protected edit(patch: Partial<Draft>): void {
    this.draft = { ...this.draft, ...patch };
    if (Object.keys(this.errors).length) {
      const now = this.check();
      this.errors = Object.fromEntries(
        Object.keys(this.errors)
          .filter((k) => now[k])
          .map((k) => [k, now[k]!]),
      );
    }
  }

  protected async submit(event?: Event): Promise<void> {
    event?.preventDefault();
    if (this.trap) {
      // A robot filled the honeypot: say nothing, send nothing.
      this.draft = this.emptyDraft();
      return;
    }
    const loading = this.prepare();
    if (loading) await loading;
    this.errors = this.check();
    if (Object.keys(this.errors).length) return this.focusErrors();
    if (await this.beforeSend()) await this.send();
  }

  /** Stores the body in the outbox and sends it; a corrected submission replaces the refused one. */
  protected async send(headers?: Record<string, string>): Promise<void> {
    const body = this.body();
    if (!this.api || !body) return;
    if (this.submission.record?.state === 'rejected') await this.submission.reset();
    this.#follow = true;
    await this.submission.send(this.write, this.api, body, headers);
  }

  /** An empty form again, after a confirmation. */
  protected async again(): Promise<void> {
    this.#follow = false;
    await this.submission.reset();
    this.draft = this.emptyDraft();
    this.errors = {};
  }

  protected async focusErrors(): Promise<void> {
    await this.updateComplete;
    this.shadowRoot!.querySelector<HTMLElement>('.error-summary')?.focus();
  }

  /** Puts the focus in a field (from the error summary): its control, or the submit button. */
  protected focusField(id: string): void {
    const root = this.shadowRoot!;
    const target = root.getElementById(id);
    const control = target?.matches('input, textarea, select, button')
      ? target
      : (target?.querySelector<HTMLElement>('input, textarea, select, button') ?? root.querySelector<HTMLElement>('button[type="submit"]'));
    control?.focus();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const record = this.submission.record;
    if (record?.state === 'rejected' && this.#restoredId !== record.id) {
      this.#restoredId = record.id;
      this.draft = this.restore(record.body);
      // The fields the server refused are marked as the form's own check marks them.
      this.errors = record.rejection?.issues ? this.errorsOf(record.rejection.issues) : {};
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The form gives way to the status: the button pressed is gone, and a shorter element may have left the screen.
    const shown = this.#follow && this.shadowRoot!.querySelector<HTMLElement>('[data-status]');
    if (shown && shown !== this.#followed) {
      (this.#followed = shown).focus();
      // Focus brings it on screen in part in some engines (Firefox); the whole of it is the point.
      shown.scrollIntoView({ block: 'nearest' });
    }
  }

  override render() {
    if (!this.api && !this.inHostForm) {
      return html`<div class="base" part="base"><div class="notice error" role="alert">${this.t('formConfig', { message: `<${this.localName}> needs an api attribute` })}</div></div>`;
    }
    const status = this.submission.status;
    return html`<div class="base" part="base">
      ${this.renderHeading()}
      ${
        status === 'sent'
          ? this.submission.record!.receipt === undefined
            ? this.#renderSentUnread()
            : this.renderSent(this.submission.record!.receipt)
          : status === 'sending' || status === 'saved'
            ? html`<div class="notice" role="status" part="status" tabindex="-1" data-status>
                <p><strong>${this.t(status === 'saved' ? 'submitSaved' : 'submitSending')}</strong></p>
                ${status === 'saved' ? html`<p class="muted">${this.t('submitSavedHint')}</p>` : nothing}
              </div>`
            : html`${status === 'rejected' ? this.#renderRejected() : nothing}${this.renderForm()}`
      }
    </div>`;
  }

  /** Why the server refused it, naming the fields by their labels; the text is kept in the form. */
  #renderRejected() {
    const reason = rejectionReason(
      (key, params) => this.t(key, params),
      this.submission.record?.rejection,
      (path) => {
        const key = this.label(this.fieldOf(path));
        return key && this.t(key);
      },
    );
    return html`<div class="notice error" role="alert" part="status" tabindex="-1" data-status>
      <p><strong>${this.t('submitRejected', { reason })}</strong></p>
      <p>${this.t('submitKept')}</p>
    </div>`;
  }

  /** The form around `content`: its error summary first, the honeypot, then `actions`. */
  protected formShell(label: string, content: unknown, actions: unknown) {
    const t = this.t.bind(this);
    return html`<form novalidate @submit=${(event: Event) => this.submit(event)} aria-label=${label}>
      ${errorSummary(this.errors, t, (id) => this.focusField(id))} ${content} ${honeypot(t('honeypot'), (value) => (this.trap = value))} ${actions}
    </form>`;
  }

  /** The submit button, with the site's personal-data notice. */
  protected renderSubmit(label: string) {
    return html`<div class="actions">
      <button class="primary" type="submit">${label}</button>
      ${this.privacyHref ? html`<span class="muted privacy">${this.t('privacyNotice')}<a href=${this.privacyHref} target="_blank" rel="noopener">${this.t('privacyLink')}</a></span>` : nothing}
    </div>`;
  }
}
