/**
 * `<gov-disclosure-request>`: the element: its attributes, the check against the SDK's schema, the
 * ID proof read from a file, the receipt and the form's fields. The draft is `draft.ts`'s, the
 * shell `GovFormElement`'s.
 */
import { ValidationError, validate, type DisclosureRequest, type RequestReceipt } from '@gov-disclosure/sdk';
import { DisclosureRequest as RequestSchema, IdType, OrganisationKind, PROOF_MAX_BYTES, PROOF_TYPES } from '@gov-disclosure/sdk/forms';
import type { OutboxRecord } from '@gov-disclosure/sdk/outbox';
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { choiceGroup, selectField, textField } from '../../base/fields.js';
import { fileSize } from '../../base/file-size.js';
import { GovFormElement } from '../../base/gov-form-element.js';
import type { MessageKey } from '../../i18n/index.js';
import '../../i18n/request.js';
import { CHANNELS, draftOf, emptyDraft, fieldOfPath, LABELS, messageOf, rawRequest, type Draft } from './draft.js';
import { answerStyles } from '../../styles/answer.js';
import { formStyles } from '../../styles/forms.js';
import { tokens } from '../../styles/tokens.js';

/**
 * @tagname gov-disclosure-request
 * @summary 依申请公开: the application form of Art. 29 of the 政府信息公开条例, with a receipt.
 *
 * @description A 公民 gives a name, an identity document (a resident ID number is checked by its
 * check digit) and contact details; a 法人或其他组织 gives its name, 统一社会信用代码 (checked by its
 * check character), 法定代表人 and 联系人. Then what is sought (its name, 文号 or a description), the
 * form and the delivery channel, and optionally a scan of the ID proof (JPG, PNG or PDF up to 5 MB).
 * The application is checked with the SDK's own `DisclosureRequest` schema, which the server uses
 * too, and is sent through the page's outbox: stored first, retried until the server answers. The
 * receipt shows the 查询码 and the legal deadline the server computed in working days: 20 from
 * receipt, at most 20 more on extension.
 *
 * @event gov-request-sent - The request was registered; `detail.receipt` has the 查询码 and deadlines.
 *
 * @csspart base - The wrapper.
 * @csspart field - Each field.
 * @csspart error-summary - The list of fields to correct.
 * @csspart status - Where the application is.
 * @csspart receipt - The receipt with the 查询码.
 */
export class GovDisclosureRequest extends GovFormElement<Draft, DisclosureRequest> {
  static override styles = [tokens, formStyles, answerStyles];

  /** The agency applied to, where the portal lets the citizen choose. */
  @property() agency?: string;
  /** 行政区划代码 of the receiving government. */
  @property() jurisdiction?: string;
  protected readonly write = 'request';

  protected emptyDraft(): Draft {
    return emptyDraft();
  }

  protected submissionKey(): string {
    return `gov-disclosure-request:${this.jurisdiction ?? this.api ?? ''}`;
  }

  protected sent(record: OutboxRecord<DisclosureRequest>): void {
    this.emit('gov-request-sent', { receipt: record.receipt as RequestReceipt, request: record.body });
  }

  protected label(field: string): MessageKey | undefined {
    return LABELS[field];
  }

  protected override fieldOf(path: string): string {
    return fieldOfPath(path);
  }

  protected check(): Record<string, string> {
    return this.#validate().errors;
  }

  protected body(): DisclosureRequest | undefined {
    return this.#validate().request;
  }

  protected override renderHeading() {
    return html`<h2>${this.t('requestTitle')}</h2>`;
  }

  /** Checks the application with the schema the server uses, and says what is wrong in the citizen's words. */
  #validate(): { errors: Record<string, string>; request?: DisclosureRequest } {
    try {
      return { errors: {}, request: validate(RequestSchema, rawRequest(this.draft, this)) };
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return { errors: this.errorsOf(error.issues) };
    }
  }

  /** Each field's message for the issues found (by the form's check, or by the server's). */
  protected override errorsOf(issues: readonly { path: string; expected: string }[]): Record<string, string> {
    const errors: Record<string, string> = {};
    for (const issue of issues) {
      const field = fieldOfPath(issue.path);
      errors[field] ??= messageOf(field, issue.expected, this.draft, (key, params) => this.t(key, params));
    }
    return errors;
  }

  async #chooseFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    const { proof: _, ...errors } = this.errors;
    this.errors = errors;
    if (!file) return;
    const fail = (message: string) => {
      input.value = '';
      this.errors = { ...this.errors, proof: message };
    };
    if (!(PROOF_TYPES as readonly string[]).includes(file.type)) return fail(this.t('errFileType'));
    if (file.size > PROOF_MAX_BYTES) return fail(this.t('errFileSize', { max: fileSize(PROOF_MAX_BYTES) }));
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      this.edit({ proof: { name: file.name.slice(-200) || 'proof', type: file.type as (typeof PROOF_TYPES)[number], size: file.size, data: btoa(binary) } });
    } catch {
      fail(this.t('errFileRead'));
    }
  }

  protected restore(body: DisclosureRequest): Draft {
    return draftOf(body);
  }

  protected renderSent(sent: unknown) {
    const receipt = sent as RequestReceipt;
    return html`<div class="notice ok answer" role="status" part="receipt" tabindex="-1" data-status>
      <h3>${this.t('receiptTitle')}</h3>
      <dl>
        <dt>${this.t('receiptCode')}</dt>
        <dd><span class="code">${receipt.code}</span></dd>
        <dt>${this.t('receiptReceived')}</dt>
        <dd>${receipt.receivedAt}</dd>
        <dt>${this.t('receiptDue')}</dt>
        <dd>${receipt.dueAt}<div class="muted">${this.t('receiptDueRule')}</div></dd>
        <dt>${this.t('receiptLatest')}</dt>
        <dd>${receipt.latestDueAt}<div class="muted">${this.t('receiptLatestRule')}</div></dd>
      </dl>
      <p>${this.t('receiptCodeHint')}</p>
      <button @click=${() => this.again()}>${this.t('submitAnother')}</button>
    </div>`;
  }

  protected renderForm() {
    const t = this.t.bind(this);
    const d = this.draft;
    const e = this.errors;
    const text = (
      id: keyof Draft & string,
      options: { required?: boolean; max?: number; multiline?: boolean; type?: 'tel' | 'email'; autocomplete?: string; label?: MessageKey; hint?: string } = {},
    ) =>
      textField({
        id,
        label: t(options.label ?? LABELS[id]!),
        value: d[id] as string,
        error: e[id],
        onInput: (value) => this.edit({ [id]: value }),
        t,
        ...(options.required ? { required: true } : {}),
        ...(options.max ? { max: options.max } : {}),
        ...(options.multiline ? { multiline: true } : {}),
        ...(options.type ? { type: options.type } : {}),
        ...(options.autocomplete ? { autocomplete: options.autocomplete } : {}),
        ...(options.hint ? { hint: options.hint } : {}),
      });
    const citizen = d.type === 'citizen';
    return this.formShell(
      t('requestTitle'),
      html`<fieldset class="group">
        <legend>${t('requestApplicant')}</legend>
        ${choiceGroup({ id: 'type', legend: t('applicantType'), type: 'radio', inline: true, options: (['citizen', 'organisation'] as const).map((v) => ({ value: v, label: t(`applicant_${v}`) })), value: d.type, onChange: (type) => this.edit({ type }), t })}
        ${text('name', { required: true, label: citizen ? 'applicantName' : 'orgName', autocomplete: citizen ? 'name' : 'organization' })}
        ${
          citizen
            ? html`${selectField({ id: 'idType', label: t('idType'), required: true, options: IdType.options.map((v) => ({ value: v, label: t(`idType_${v}`) })), value: d.idType, error: e.idType, onChange: (idType) => this.edit({ idType: (idType || 'resident-id') as Draft['idType'] }), t })}
            ${text('idNumber', { required: true })}`
            : html`${selectField({ id: 'kind', label: t('orgKind'), required: true, options: [{ value: '', label: t('orgKindChoose') }, ...OrganisationKind.options.map((v) => ({ value: v, label: t(`orgKind_${v}`) }))], value: d.kind ?? '', error: e.kind, onChange: (kind) => this.edit({ kind: (kind || undefined) as Draft['kind'] }), t })}
            ${text('creditCode', { required: true })} ${text('legalRepresentative', { required: true })} ${text('contactName', { required: true, autocomplete: 'name' })}`
        }
        ${text('phone', { required: true, type: 'tel', autocomplete: 'tel' })} ${text('email', { required: d.channel === 'email', type: 'email', autocomplete: 'email' })}
        ${text('address', { required: d.channel === 'post', autocomplete: 'street-address', max: 300 })} ${text('postcode', { autocomplete: 'postal-code' })}
      </fieldset>
      <fieldset class="group">
        <legend>${t('requestSought')}</legend>
        <p class="hint muted" id="sought-hint">${t('soughtHint')}</p>
        ${text('title', { max: 300 })} ${text('docNo')} ${text('description', { multiline: true, max: 2000 })} ${text('purpose', { max: 500 })}
      </fieldset>
      <fieldset class="group">
        <legend>${t('requestDelivery')}</legend>
        ${choiceGroup({ id: 'form', legend: t('deliveryForm'), type: 'radio', required: true, inline: true, options: (['electronic', 'paper'] as const).map((v) => ({ value: v, label: t(`form_${v}`) })), value: d.form, error: e.form, onChange: (form) => this.edit({ form }), t })}
        ${choiceGroup({ id: 'channel', legend: t('deliveryChannel'), type: 'radio', required: true, inline: true, options: CHANNELS.map((v) => ({ value: v, label: t(`delivery_${v}`) })), value: d.channel, error: e.channel, onChange: (channel) => this.edit({ channel }), t })}
      </fieldset>
      <div class="field ${e.proof ? 'invalid' : ''}" part="field">
        <label for="proof">${t('proof')}<span class="muted">（${t('formOptional')}）</span></label>
        <div class="hint muted" id="proof-hint">${t('proofHint')}</div>
        ${e.proof ? html`<div class="error" id="proof-error">${e.proof}</div>` : nothing}
        <input id="proof" type="file" accept=${PROOF_TYPES.join(',')} aria-describedby=${e.proof ? 'proof-hint proof-error' : 'proof-hint'} aria-invalid=${e.proof ? 'true' : 'false'} @change=${this.#chooseFile} />
        ${
          d.proof
            ? html`<div class="actions"><span>${t('proofChosen', { name: d.proof.name, size: fileSize(d.proof.size) })}</span>
              <button type="button" @click=${() => this.edit({ proof: undefined })}>${t('proofRemove')}</button></div>`
            : nothing
        }
      </div>`,
      this.renderSubmit(t('requestSubmit')),
    );
  }
}
