import '../../i18n/core.js';
import { NotFoundError, type RequestStatus } from '@gov-disclosure/sdk';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { GovDataElement } from '../../base/gov-data-element.js';
import { errorMessage } from '../../base/states.js';
import '../../i18n/forms.js';
import '../../i18n/request.js';
import { answerStyles } from '../../styles/answer.js';
import { formStyles } from '../../styles/forms.js';
import { stateStyles, tokens } from '../../styles/tokens.js';
import { followDeviceSettings } from '../../base/device-settings.js';
import { styles } from './request-status.styles.js';

type Lookup =
  { status: 'idle' } | { status: 'loading' } | { status: 'found'; value: RequestStatus } | { status: 'not-found' } | { status: 'error'; error: unknown };

/** "2026-11-22T10:05:00+08:00" → "2026-11-22 10:05", in the time the server gave (China time). */
const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');

/**
 * @tagname gov-request-status
 * @summary 我要查 for one's own application: looks a disclosure request up by its 查询码.
 *
 * @description Shows the current stage — 已登记, 需补正, 办理中, 已延期, 已答复 (with the reply type of
 * Art. 36), 已送达, 已归档 — the answer deadline, and the timeline of every step with the agency's
 * notes. A wrong code says so plainly; a network failure offers a retry.
 *
 * @csspart base - The wrapper.
 * @csspart timeline - The list of steps.
 * @csspart loading - The skeleton shown while data loads (announced as busy).
 * @csspart error - A localised error with a retry, or the way back when what was asked for is not there.
 * @csspart stale - The notice over data kept from before a refresh that failed, with a retry.
 */
export class GovRequestStatus extends GovDataElement {
  static override styles = [tokens, stateStyles, formStyles, answerStyles, styles];

  /** The 查询码 to look up; set it to look up at once (a link from the receipt e-mail, say). */
  @property({ reflect: true }) code = '';

  @state() private lookup: Lookup = { status: 'idle' };
  @state() private input = '';
  #asked = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    // On a page of its own, the visitor's 关怀模式, size and language hold too.
    followDeviceSettings(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('code')) {
      this.input = this.code;
      if (this.code) void this.#find(this.code);
    }
  }

  async #find(code: string): Promise<void> {
    const asked = ++this.#asked;
    this.lookup = { status: 'loading' };
    try {
      const value = await this.client!.requestStatus(code);
      if (asked === this.#asked) this.lookup = { status: 'found', value };
    } catch (error) {
      if (asked !== this.#asked) return;
      this.lookup = error instanceof NotFoundError ? { status: 'not-found' } : { status: 'error', error };
    }
    // The answer shows below the form: on a phone, below the screen; bring it up.
    await this.updateComplete;
    this.shadowRoot?.querySelector('.answer')?.scrollIntoView({ block: 'nearest' });
  }

  #submit(event: Event): void {
    event.preventDefault();
    const code = this.input.trim();
    if (!code) {
      this.lookup = { status: 'idle' };
      this.shadowRoot!.querySelector('input')?.focus();
      return;
    }
    this.code = code.toUpperCase();
  }

  override render() {
    if (!this.client?.api) {
      return html`<div class="base" part="base"><div class="state" role="alert">${this.t('errorConfig', { message: '<gov-request-status> needs an api attribute or a <gov-disclosure-column api="…"> around it' })}</div></div>`;
    }
    return html`<div class="base" part="base">
      <h2>${this.t('statusTitle')}</h2>
      <form class="lookup" @submit=${this.#submit} role="search" aria-label=${this.t('statusTitle')}>
        <div class="field">
          <label for="code">${this.t('statusCode')}</label>
          <input id="code" type="text" autocomplete="off" spellcheck="false" .value=${this.input} @input=${(e: Event) => (this.input = (e.target as HTMLInputElement).value)} />
        </div>
        <button class="primary" type="submit">${this.t('statusLookup')}</button>
      </form>
      <div class="answer" aria-live="polite">${this.#renderResult()}</div>
    </div>`;
  }

  #renderResult() {
    const lookup = this.lookup;
    switch (lookup.status) {
      case 'idle':
        return nothing;
      case 'loading':
        return html`<div class="state" role="status">${this.t('loading')}</div>`;
      case 'not-found':
        return html`<div class="state" role="alert">${this.t('statusNotFound')}</div>`;
      case 'error':
        return html`<div class="state" role="alert">${errorMessage(this.locale, lookup.error)}<button @click=${() => void this.#find(this.code)}>${this.t('retry')}</button></div>`;
      case 'found': {
        const s = lookup.value;
        return html`<dl>
            <dt>${this.t('statusCode')}</dt>
            <dd><span class="code">${s.code}</span></dd>
            <dt>${this.t('statusCurrent')}</dt>
            <dd class="current">${this.t(`state_${s.state}`)}</dd>
            <dt>${this.t('receiptReceived')}</dt>
            <dd>${s.receivedAt}</dd>
            <dt>${this.t('statusDue')}</dt>
            <dd>${s.dueAt}</dd>
            ${s.replyType ? html`<dt>${this.t('statusReply')}</dt><dd>${this.t(`reply_${s.replyType}`)}</dd>` : nothing}
          </dl>
          <h3>${this.t('statusTimeline')}</h3>
          <ol class="timeline" part="timeline">
            ${s.timeline.map(
              (step) => html`<li>
                <span class="state-name">${this.t(`state_${step.state}`)}</span><time datetime=${step.at}>${when(step.at)}</time>
                ${step.note ? html`<p>${this.data(step.note)}</p>` : nothing}
              </li>`,
            )}
          </ol>`;
      }
    }
  }
}
