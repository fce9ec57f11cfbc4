import '../../i18n/core.js';
import '../../i18n/report-desk.js';
import { chinaDay, HttpError } from '@gov-disclosure/sdk';
import type { Appeal, ReportInputs } from '@gov-disclosure/sdk/report';
import { createDeskClient, type DeskClient, type StaffSession } from '@gov-disclosure/sdk/workflow';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { GovElement } from '../../base/gov-element.js';
import { errorMessage, renderResource } from '../../base/states.js';
import { Resource } from '../../controllers/resource.js';
import { formStyles } from '../../styles/forms.js';
import { stateStyles, tokens } from '../../styles/tokens.js';
import { appealOf, appealValues, blankAppeal, renderAppeals } from './appeals.js';
import { inputsOf, inputValues, renderInputs } from './report-inputs.js';
import { renderTables } from './report-tables.js';
import { styles } from './report-desk.styles.js';

/** The year a report is most likely worked on: last year's until the end of March (reports are due then), else this year's. */
export const defaultYear = (today: string) => Number(today.slice(0, 4)) - (Number(today.slice(5, 7)) <= 3 ? 1 : 0);

/**
 * @tagname gov-report-desk
 * @summary The annual report on 政府信息公开 work (国办公开办函〔2021〕30号), on the staff desk.
 *
 * @description A page of the staff desk (`<gov-staff-desk>` shows it under 年度报告; it also works
 * on its own, signed in through the same desk client). For a year: the template's tables as
 * the server counts them from the requests, the bundle's documents and the register of appeals,
 * with the template's balance check; the texts and figures a 审核人 or 管理员 writes (一、总体情况,
 * 五, 六, 第二十条第（五）（六）（八）项); the register of 行政复议 and 行政诉讼 cases; the report to
 * download as HTML, XLSX or CSV; and publishing it into the column's 年报, refused with each
 * check that fails when it does not balance. Every read and write goes through the SDK's desk client.
 *
 * @csspart base - The wrapper.
 * @csspart tables - The report's tables.
 * @csspart loading - The skeleton shown while data loads (announced as busy).
 * @csspart error - A localised error with a retry.
 */
export class GovReportDesk extends GovElement {
  static override styles = [tokens, stateStyles, formStyles, styles];

  /** The API's root, where `staff/` is (when no `client` is given). */
  @property() api = '/api/';
  /** The 行政区划代码 whose report it is; the first the user works for by default. */
  @property({ reflect: true }) jurisdiction?: string;
  /** The year; by default last year's until the end of March, then this year's. */
  @property({ type: Number }) year = defaultYear(chinaDay());
  @property({ attribute: false }) client?: DeskClient;
  /** A request (查询码) to register a 行政复议 or 行政诉讼 about: the form is filled with it and takes the focus. */
  @property({ attribute: 'appeal-code' }) appealCode?: string;
  /** The signed-in user's session (the desk passes its own); asked of the client otherwise. */
  @property({ attribute: false }) session?: StaffSession | null;

  @state() private values: Record<string, string> = {};
  @state() private inputs: { invalid: string[]; busy: boolean; saved: boolean } = { invalid: [], busy: false, saved: false };
  @state() private appeal: { values: Record<string, string>; invalid: string[]; busy: boolean; added: boolean } = {
    values: blankAppeal(chinaDay()),
    invalid: [],
    busy: false,
    added: false,
  };
  @state() private notice: { text: string; error?: boolean; items?: string[] } | undefined;

  #client: DeskClient | undefined;
  /** What takes the focus once it is there: a wrong field, what an action said. */
  #focus: string | undefined;
  /** Publishing a year not yet over asks first. */
  @state() private confirming = false;
  /** The year whose saved inputs the form holds. */
  #filled: string | undefined;
  readonly #report = new Resource(
    this,
    ([client, jurisdiction, year], signal) => client.report(jurisdiction, year, { signal }),
    () => this.#key(),
  );
  /** What was saved for a year, tagged with its year: the form is filled only with the year shown. */
  readonly #saved = new Resource(
    this,
    ([client, jurisdiction, year], signal) => client.reportInputs(jurisdiction, year, { signal }).then((inputs) => ({ of: `${jurisdiction}/${year}`, inputs })),
    () => this.#key(),
  );
  readonly #appeals = new Resource(
    this,
    ([client, jurisdiction], signal) => client.appeals(jurisdiction, { signal }),
    () => this.#key(),
  );

  #key() {
    const jurisdiction = this.#jurisdiction;
    return this.#client && jurisdiction ? ([this.#client, jurisdiction, this.year] as const) : undefined;
  }

  get #jurisdiction(): string | undefined {
    return this.jurisdiction ?? this.session?.user.jurisdictions[0];
  }

  #may(...roles: string[]): boolean {
    return !!this.session?.user.roles.some((r) => roles.includes(r));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') || changed.has('client') || !this.#client) {
      this.#client = this.client ?? createDeskClient({ api: this.api });
      if (this.session === undefined)
        void this.#client.session().then(
          (session) => (this.session = session ?? null),
          () => (this.session = null),
        );
    }
    if (changed.has('appealCode') && this.appealCode) {
      this.appeal = { ...this.appeal, values: { ...this.appeal.values, code: this.appealCode }, added: false };
      // Opened from a request's page: the form takes the focus once it is there.
      this.#focus = '#appeal-kind';
    }
    const saved = this.#saved.value;
    if (saved?.of === this.#shown && this.#filled !== this.#shown) {
      this.#filled = this.#shown;
      this.values = inputValues(saved.inputs);
      this.inputs = { invalid: [], busy: false, saved: false };
    }
    if (changed.has('year')) this.confirming = false;
  }

  /** The jurisdiction and year shown. */
  get #shown(): string {
    return `${this.#jurisdiction}/${this.year}`;
  }

  protected override updated(): void {
    const target = this.#focus && this.renderRoot.querySelector<HTMLElement>(this.#focus);
    if (target) {
      this.#focus = undefined;
      target.focus();
      target.scrollIntoView({ block: 'nearest' });
    }
  }

  override render() {
    const { t } = this.locale;
    const jurisdiction = this.#jurisdiction;
    const thisYear = Number(chinaDay().slice(0, 4));
    const link = (format: 'html' | 'xlsx' | 'csv', label: Parameters<typeof t>[0]) =>
      jurisdiction && this.#client ? html`<a href=${this.#client.reportUrl(jurisdiction, this.year, format)} download>${t(label)}</a>` : nothing;
    const loading = html`<div class="state" role="status" aria-busy="true" part="loading">${t('loading')}</div>`;
    return html`<section class="base" part="base" aria-labelledby="report-title">
      <h2 id="report-title" tabindex="-1">${t('reportHeading')}</h2>
      <div class="toolbar">
        <label class="field" for="report-year"
          ><span>${t('reportYear')}</span>
          <select id="report-year" @change=${(e: Event) => ((this.year = Number((e.target as HTMLSelectElement).value)), (this.notice = undefined))}>
            ${[0, 1, 2, 3, 4].map(
              (back) =>
                html`<option value=${thisYear - back} ?selected=${this.year === thisYear - back}>${t('reportYearOption', { year: thisYear - back })}</option>`,
            )}
          </select></label
        >
        <p class="downloads" role="group" aria-label=${t('reportDownloads')}>
          ${t('reportDownloads')}：${link('html', 'reportDownloadHtml')} ${link('xlsx', 'reportDownloadXlsx')} ${link('csv', 'reportDownloadCsv')}
        </p>
        ${this.#may('reviewer', 'admin') ? html`<button type="button" class="primary publish" @click=${() => this.#publish(false)}>${t('reportPublish')}</button>` : nothing}
      </div>
      ${
        this.confirming
          ? html`<div class="notice confirm" role="alert" tabindex="-1">
            <p>${t('reportConfirmEarly', { year: this.year })}</p>
            <p class="actions">
              <button type="button" class="primary" @click=${() => this.#publish(true)}>${t('reportConfirmPublish')}</button>
              <button type="button" @click=${() => (this.confirming = false)}>${t('deskCancel')}</button>
            </p>
          </div>`
          : nothing
      }
      ${
        this.notice
          ? html`<div class="notice ${this.notice.error ? 'error' : 'ok'}" role=${this.notice.error ? 'alert' : 'status'} tabindex="-1">
            <p>${this.notice.text}</p>
            ${this.notice.items?.length ? html`<ul>${this.notice.items.map((i) => html`<li>${i}</li>`)}</ul>` : nothing}
          </div>`
          : nothing
      }
      <div part="tables">
        <h3>${t('reportTables')}</h3>
        ${renderResource(this.locale, this.#report, (r) => renderTables(r, this.locale), { skeletonRows: 8 })}
      </div>
      <h3>${t('reportInputsHeading')}</h3>
      ${renderResource(this.locale, this.#saved, (saved) =>
        // The form holds the year shown, never the one before while the new one loads.
        saved.of !== this.#shown
          ? loading
          : renderInputs({
              locale: this.locale,
              values: this.values,
              ...this.inputs,
              writable: this.#may('reviewer', 'admin'),
              change: (name, value) => (
                (this.values = { ...this.values, [name]: value }),
                (this.inputs = { ...this.inputs, saved: false, invalid: this.inputs.invalid.filter((n) => n !== name) })
              ),
              submit: this.#save,
              cancel: () => undefined,
            }),
      )}
      <h3 id="appeals-title">${t('appealsHeading')}</h3>
      ${renderResource(this.locale, this.#appeals, (appeals: Appeal[]) =>
        renderAppeals({
          locale: this.locale,
          appeals,
          ...this.appeal,
          writable: this.#may('registrar', 'reviewer', 'admin'),
          change: (name, value) =>
            (this.appeal = {
              ...this.appeal,
              added: false,
              values: { ...this.appeal.values, [name]: value },
              invalid: this.appeal.invalid.filter((n) => n !== name),
            }),
          edit: (appeal) => ((this.appeal = { values: appealValues(appeal), invalid: [], busy: false, added: false }), (this.#focus = '#appeal-kind')),
          submit: this.#addAppeal,
          cancel: () => (this.appeal = { values: blankAppeal(chinaDay()), invalid: [], busy: false, added: false }),
        }),
      )}
    </section>`;
  }

  #save = async () => {
    const jurisdiction = this.#jurisdiction;
    if (!jurisdiction || !this.#client || this.#filled !== this.#shown) return;
    const made = inputsOf(this.values);
    if ('invalid' in made) {
      this.inputs = { ...this.inputs, invalid: made.invalid, saved: false };
      this.#focus = `#report-${made.invalid[0]}`;
      return;
    }
    this.inputs = { invalid: [], busy: true, saved: false };
    try {
      await this.#client.saveReportInputs(jurisdiction, this.year, made.inputs as ReportInputs);
      this.inputs = { invalid: [], busy: false, saved: true };
      // Counted again, what is shown staying until then (the form holds what was saved).
      void this.#report.run();
      this.#focus = '.report-inputs [role="status"]';
    } catch (error) {
      this.inputs = { ...this.inputs, busy: false };
      [this.notice, this.#focus] = [{ text: errorMessage(this.locale, error), error: true }, '.notice'];
    }
  };

  #addAppeal = async () => {
    const jurisdiction = this.#jurisdiction;
    if (!jurisdiction || !this.#client) return;
    const made = appealOf(this.appeal.values, jurisdiction, chinaDay());
    if ('invalid' in made) {
      this.appeal = { ...this.appeal, invalid: made.invalid, added: false };
      this.#focus = `#appeal-${made.invalid[0]}`;
      return;
    }
    this.appeal = { ...this.appeal, busy: true, invalid: [] };
    try {
      await this.#client.saveAppeal(made.appeal);
      this.appeal = { values: blankAppeal(chinaDay()), invalid: [], busy: false, added: true };
      void this.#appeals.run();
      void this.#report.run();
      this.#focus = '.appeal-form [role="status"]';
    } catch (error) {
      // What the server refused (a case registered before, a request that is not this office's) is said; what was entered stays.
      const said = error instanceof HttpError && error.status < 500 ? error.error?.message : undefined;
      this.appeal = { ...this.appeal, busy: false };
      [this.notice, this.#focus] = [{ text: said ?? errorMessage(this.locale, error), error: true }, '.notice'];
    }
  };

  #publish = async (confirmed: boolean) => {
    const jurisdiction = this.#jurisdiction;
    if (!jurisdiction || !this.#client) return;
    const { t } = this.locale;
    // A year not over yet: its figures will still change, so publishing it is asked twice.
    if (!confirmed && this.year >= Number(chinaDay().slice(0, 4))) {
      [this.confirming, this.notice, this.#focus] = [true, undefined, '.confirm'];
      return;
    }
    this.confirming = false;
    try {
      await this.#client.publishReport(jurisdiction, this.year);
      this.notice = { text: t('reportPublished', { year: this.year }) };
    } catch (error) {
      // Refused as unbalanced: the server names each check that fails.
      const issues =
        error instanceof HttpError ? ((error.body as { issues?: { path: string; expected: string; message: string }[] } | undefined)?.issues ?? []) : [];
      this.notice =
        error instanceof HttpError && error.status === 422
          ? { text: t('reportUnbalanced'), error: true, items: issues.map((i) => `${i.path}：${i.expected}（${i.message}）`) }
          : { text: errorMessage(this.locale, error), error: true };
    }
    this.#focus = '.notice';
  };
}
