import '../../i18n/core.js';
import '../../i18n/request.js';
import '../../i18n/desk.js';
import '../../i18n/report-desk.js';
import { chinaDay, HttpError } from '@gov-disclosure/sdk';
import { createDeskClient, type DeskClient, type QueueItem, type RequestEventType, type StaffSession } from '@gov-disclosure/sdk/workflow';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { GovElement } from '../../base/gov-element.js';
import { followDeviceSettings } from '../../base/device-settings.js';
import { errorMessage, renderResource } from '../../base/states.js';
import { Resource } from '../../controllers/resource.js';
import { VirtualList } from '../../controllers/virtual-list.js';
import { formStyles } from '../../styles/forms.js';
import { stateStyles, tokens } from '../../styles/tokens.js';
import { virtualStyles } from '../../styles/virtual.js';
import { renderLogin, signIn, whileSignedIn, type LoginState } from './login.js';
import { renderHeader, type DeskView } from './header.js';
import { blankRegistration, registrationOf, renderRegister } from './register.js';
import { ALL, filterQueue, queueKey, renderQueue, sortQueue, type QueueFilter } from './queue.js';
import { renderRequestPage } from './request-page.js';
import { draftLetter } from './letter.js';
import { renderStepForm, stepOf } from './step-form.js';
import { styles } from './staff-desk.styles.js';

/**
 * @tagname gov-staff-desk
 * @summary The office's desk for 依申请公开: sign in, the work queue by deadline, a request and its next steps.
 *
 * @description For the staff of the 政务公开 office, on a page of its own (public pages never load
 * it). Staff sign in with their name and password (the session is an HttpOnly cookie; the CSRF
 * token stays in memory); the queue lists their jurisdiction's requests, overdue first, then by
 * the working days left, with filters by state, department and 承办人 — a list box of any length
 * (virtualised), ↑/↓ to move and Enter to open. A request's page shows its deadline, the applicant
 * masked until opened (audited), what was sought, the steps taken, and the steps the user's roles
 * allow now, each with its form. Every read and write goes through the SDK's desk client.
 *
 * @csspart base - The wrapper.
 * @csspart login - The sign-in form.
 * @csspart queue - The work queue.
 * @csspart request - A request's page.
 * @csspart report - The annual report's page (`<gov-report-desk>`).
 * @csspart loading - The skeleton shown while data loads (announced as busy).
 * @csspart error - A localised error with a retry.
 * @csspart stale - The notice over data kept from before a refresh that failed, with a retry.
 */
export class GovStaffDesk extends GovElement {
  static override styles = [tokens, stateStyles, formStyles, virtualStyles, styles];

  /** The API's root, where `staff/` is. */
  @property() api = '/api/';
  /** The 行政区划代码 whose queue is shown; the first the user works for by default. */
  @property({ reflect: true }) jurisdiction?: string;
  /** A desk client of the page's own (`createDeskClient` with its own `fetch`, say); by default one for `api`. */
  @property({ attribute: false }) client?: DeskClient;

  /** The session: undefined while asked, null when signed out. */
  @state() private session: StaffSession | null | undefined;
  @state() private login: LoginState = { name: '', password: '', busy: false };
  @state() private filter: QueueFilter = ALL;
  @state() private active = 0;
  /** The request open, and whether its applicant's details are shown. */
  @state() private open: { code: string; reveal: boolean } | undefined;
  /** The step whose form is open; `edited` once its letter was written over (the template no longer follows the form). */
  @state() private step: { type: RequestEventType; values: Record<string, string>; invalid: string[]; busy: boolean; edited?: boolean } | undefined;
  @state() private notice: string | undefined;
  /** The offline registration's form, while a 登记员 fills it in. */
  @state() private registering: { values: Record<string, string>; invalid: string[]; busy: boolean } | undefined;
  /** Bumped after a write: the queue and the request are read again. */
  @state() private version = 0;
  /** The page shown: the queue (and a request), or the annual report (loaded when first shown). */
  @state() private view: DeskView = 'queue';
  /** The request a 行政复议 or 行政诉讼 is being registered about, on the report's page. */
  @state() private appealCode: string | undefined;

  #client: DeskClient | undefined;
  /** What takes the focus once it is there: what a click led to, its button gone (a request opened, its details shown, a step taken). */
  #focus: string | undefined;
  /** Back on the queue: the request to put the focus on, once the queue (read again after a write) is there. */
  #focusRow: string | undefined;
  #sorted: { from: readonly QueueItem[] | undefined; rows: QueueItem[] } = { from: undefined, rows: [] };
  #shown: { key: unknown[]; rows: QueueItem[] } = { key: [], rows: [] };
  readonly #virtual = new VirtualList(this, { count: () => this.#shown.rows.length });
  readonly #queue = new Resource(
    this,
    ([client, jurisdiction], signal) => this.#signedIn(client.queue(jurisdiction, { signal })),
    // Kept while a request is open, so that Back finds the queue as it was (read again after a write).
    () => (this.#client && this.session && this.#jurisdiction ? ([this.#client, this.#jurisdiction, this.version] as const) : undefined),
  );
  readonly #request = new Resource(
    this,
    ([client, open], signal) => this.#signedIn(client.request(open.code, { signal, reveal: open.reveal })),
    () => (this.#client && this.session && this.open ? ([this.#client, this.open, this.version] as const) : undefined),
  );

  get #jurisdiction(): string | undefined {
    return this.jurisdiction ?? this.session?.user.jurisdictions[0];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    followDeviceSettings(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') || changed.has('client') || !this.#client) {
      this.#client = this.client ?? createDeskClient({ api: this.api });
      this.session = undefined;
      void this.#client.session().then(
        (session) => (this.session = session ?? null),
        () => (this.session = null),
      );
    }
    const all = this.#queue.value?.requests;
    if (all !== this.#sorted.from) this.#sorted = { from: all, rows: sortQueue(all ?? []) };
    const key = [this.#sorted.rows, this.filter];
    if (key.some((k, i) => k !== this.#shown.key[i])) {
      this.#shown = { key, rows: filterQueue(this.#sorted.rows, this.filter) };
      this.active = Math.min(this.active, Math.max(0, this.#shown.rows.length - 1));
    }
  }

  protected override updated(): void {
    const list = this.renderRoot.querySelector<HTMLElement>('.rows');
    if (list) this.#virtual.attach(list);
    if (list && this.#focusRow !== undefined) {
      const index = this.#shown.rows.findIndex((r) => r.code === this.#focusRow);
      this.#focusRow = undefined;
      if (index >= 0 && index !== this.active) this.active = index;
      this.#virtual.scrollToIndex(Math.max(0, index), 'center');
      list.focus();
    }
    const target = this.#focus && this.renderRoot.querySelector<HTMLElement>(this.#focus);
    if (target) {
      this.#focus = undefined;
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: 'nearest' });
    }
  }

  override render() {
    return html`<div class="base" part="base">
      ${renderHeader({
        locale: this.locale,
        user: this.session?.user,
        jurisdiction: this.#jurisdiction,
        choose: (j) => ((this.jurisdiction = j), (this.open = undefined)),
        signOut: this.#signOut,
        view: this.view,
        show: (view) => this.#show(view),
      })}
      ${this.notice ? html`<p class="notice" role="status" tabindex="-1">${this.notice}</p>` : nothing}
      ${this.#renderMain()}
    </div>`;
  }

  #renderMain() {
    if (this.session === undefined) return html`<div class="state" role="status" aria-busy="true" part="loading">${this.t('loading')}</div>`;
    if (this.session === null)
      return renderLogin({ locale: this.locale, state: this.login, change: (change) => (this.login = { ...this.login, ...change }), submit: this.#signIn });
    if (this.view === 'report')
      return html`<gov-report-desk id="report" tabindex="-1" part="report" .client=${this.#client} .session=${this.session} jurisdiction=${this.#jurisdiction ?? nothing} appeal-code=${this.appealCode ?? nothing}></gov-report-desk>`;
    if (this.open)
      return html`<div part="request">
        ${renderResource(this.locale, this.#request, (request) =>
          renderRequestPage({
            locale: this.locale,
            request,
            form:
              this.step &&
              renderStepForm({ locale: this.locale, ...this.step, change: this.#changeStep, submit: this.#submitStep, cancel: () => (this.step = undefined) }),
            reveal: () => ([this.open, this.#focus] = [{ ...this.open!, reveal: true }, '#applicant-title']),
            back: this.#back,
            appeal: this.session?.user.roles.some((r) => r !== 'handler') ? () => this.#show('report', request.code) : undefined,
            choose: (type) => {
              const values = { on: chinaDay() };
              this.#focus = '.step-form h3';
              this.step = { type, values: type === 'reply-drafted' ? { ...values, letter: draftLetter(request, values) } : values, invalid: [], busy: false };
            },
          }),
        )}
      </div>`;
    if (this.registering)
      return renderRegister({
        locale: this.locale,
        ...this.registering,
        change: (name, value) => (this.registering = { ...this.registering!, values: { ...this.registering!.values, [name]: value } }),
        submit: this.#register,
        cancel: () => (this.registering = undefined),
      });
    return html`<div part="queue">
      ${renderResource(this.locale, this.#queue, () =>
        renderQueue({
          locale: this.locale,
          all: this.#sorted.rows,
          shown: this.#shown.rows,
          filter: this.filter,
          active: this.active,
          virtual: this.#virtual,
          change: (change) => (this.filter = { ...this.filter, ...change }),
          open: this.#openRequest,
          keydown: this.#onKey,
          register: this.session?.user.roles.includes('registrar')
            ? () => (this.registering = { values: blankRegistration(chinaDay()), invalid: [], busy: false })
            : undefined,
        }),
      )}
    </div>`;
  }

  /** A read that finds the session ended signs the page out, saying why. */
  #signedIn = <T>(read: Promise<T>): Promise<T> => whileSignedIn(read, () => ([this.session, this.notice] = [null, this.t('deskSessionEnded')]));

  #signIn = async (): Promise<void> => {
    const { name, password } = this.login;
    if (!name || !password) return;
    this.login = { ...this.login, busy: true, error: undefined };
    const signed = await signIn(this.#client!, { name, password }, this.locale);
    if ('session' in signed) [this.session, this.login, this.notice] = [signed.session, { name: '', password: '', busy: false }, undefined];
    else this.login = { ...this.login, password: '', busy: false, error: signed.error };
  };

  #signOut = async (): Promise<void> => {
    await this.#client!.logout().catch(() => undefined);
    [this.session, this.open] = [null, undefined];
  };

  /** Shows a page: the annual report's loads when first shown (with a request's code, on its register of appeals). */
  #show(view: DeskView, appealCode?: string): void {
    if (view === 'report') void import('../report-desk/gov-report-desk.js');
    [this.view, this.notice, this.appealCode, this.#focus] = [view, undefined, appealCode, view === 'report' ? '#report' : undefined];
  }

  #openRequest = (code: string): void => {
    [this.open, this.step, this.notice, this.#focus] = [{ code, reveal: false }, undefined, undefined, '#request-title'];
  };

  /** Back on the queue, on the request just worked on. */
  #back = (): void => {
    [this.#focusRow, this.open, this.step] = [this.open?.code, undefined, undefined];
  };

  #onKey = (event: KeyboardEvent): void => {
    const to = queueKey(event, this.#shown.rows, this.active, this.#virtual, this.#openRequest);
    if (to !== undefined) this.active = to;
  };

  /** A request received offline, registered: its 查询码 and deadline said; what was entered kept when it is refused. */
  #register = async (): Promise<void> => {
    const form = this.registering!;
    const made = registrationOf(form.values, this.#jurisdiction!);
    if ('invalid' in made) return void (this.registering = { ...form, invalid: made.invalid });
    this.registering = { ...form, invalid: [], busy: true };
    try {
      const receipt = await this.#client!.registerOffline(made.request);
      this.registering = undefined;
      this.notice = this.t('deskRegistered', { code: receipt.code, due: receipt.dueAt });
      [this.#focus, this.version] = ['.notice', this.version + 1];
    } catch (error) {
      this.registering = { ...form, busy: false };
      this.notice = errorMessage(this.locale, error);
    }
  };

  #changeStep = (name: string, value: string): void => {
    const step = this.step!;
    const values = { ...step.values, [name]: value };
    const edited = step.edited || name === 'letter';
    // Until the 承办人 writes over it, the letter follows the outcome, basis and date chosen.
    const request = this.#request.value;
    if (step.type === 'reply-drafted' && !edited && request) values.letter = draftLetter(request, values);
    this.step = { ...step, values, edited, invalid: step.invalid.filter((n) => n !== name) };
  };

  #submitStep = async (): Promise<void> => {
    const form = this.step!;
    const made = stepOf(form.type, form.values);
    if ('invalid' in made) {
      this.step = { ...form, invalid: made.invalid };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.step-form [aria-invalid="true"]')?.focus();
      return;
    }
    this.step = { ...form, busy: true };
    try {
      await this.#client!.step(this.open!.code, made.step);
      this.step = undefined;
      this.notice = this.t('deskStepDone', { step: this.t(`step_${form.type}`) });
      [this.#focus, this.version] = ['.notice', this.version + 1];
    } catch (error) {
      // What was entered stays: the message says why, the form can be sent again.
      const server = error instanceof HttpError && error.status === 409 ? error.error?.message : undefined;
      this.step = { ...form, busy: false };
      this.notice = server ? this.t('deskStepRefused', { message: server }) : errorMessage(this.locale, error);
    }
  };
}
