/**
 * One request on the desk: its deadline, the applicant (masked until the reader opens their
 * details, which the server audits), what was sought, the steps taken so far, and the steps the
 * reader's roles allow now, each opening its form.
 */
import { outcomeLabel, type RequestEventType, type StaffRequestView } from '@gov-disclosure/sdk/workflow';
import { html, nothing } from 'lit';
import type { LocaleController } from '../../controllers/locale.js';
import type { MessageKey } from '../../i18n/index.js';
import { renderLetter } from './letter.js';
import { deadline } from './queue.js';

export interface RequestPageView {
  locale: LocaleController;
  request: StaffRequestView;
  /** The step whose form is open, if any, and that form. */
  form: unknown;
  reveal: () => void;
  back: () => void;
  choose: (step: RequestEventType) => void;
  /** Registers a 行政复议 or 行政诉讼 about this request (for the annual report's register), where the user may. */
  appeal?: (() => void) | undefined;
}

/** "2026-11-22T10:05:00+08:00" → "2026-11-22 10:05". */
const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');

/** What a step recorded, in a line. */
function detail(step: NonNullable<StaffRequestView['timeline'][number]['step']>, t: LocaleController['t']): string {
  switch (step.type) {
    case 'received':
      return t(`channel_${step.channel === 'online' ? 'online' : step.channel}`);
    case 'assigned':
      return `${step.department} · ${step.handler}`;
    case 'correction-requested':
      return `${step.note}（${t('deskUntil')} ${step.until}）`;
    case 'consultation-started':
      return step.party;
    case 'extension-requested':
      return `${step.days} · ${step.reason}`;
    case 'fee-notified':
      return `${t('deskYuan', { amount: step.amount })} · ${t('deskUntil')} ${step.until}`;
    case 'reply-drafted':
      return `${outcomeLabel(step.outcome)} · ${step.basis}`;
    case 'reply-returned':
      return step.note;
    case 'delivered':
      return t(`channel_${step.channel}`);
    default:
      return '';
  }
}

export function renderRequestPage(v: RequestPageView) {
  const t: LocaleController['t'] = (key, params) => v.locale.t(key, params);
  const r = v.request;
  const a = r.request.applicant as Record<string, string | undefined> & { type: 'citizen' | 'organisation' };
  const due = deadline(r, t);
  const facts = (rows: [MessageKey, string | undefined][]) =>
    html`<dl class="facts">${rows.map(([label, value]) => (value ? html`<dt>${t(label)}</dt><dd>${value}</dd>` : nothing))}</dl>`;
  const sought = r.request.sought;
  return html`<article class="request" aria-labelledby="request-title">
    <button type="button" class="back" @click=${v.back}>${t('deskBack')}</button>
    <h2 id="request-title" tabindex="-1">${r.code} <small class="muted">${t(`phase_${r.phase}`)}</small></h2>
    <p class="deadline"><span class="due ${due.tone}">${due.text}</span> ${t('deskColDue')} ${r.dueAt} · ${t('deskReceivedOn')} ${r.receivedAt}</p>
    <section aria-labelledby="applicant-title">
      <h3 id="applicant-title" tabindex="-1">${t('deskApplicant')}（${t(`deskApplicant_${a.type}`)}）</h3>
      ${facts([
        ['deskApplicantName', a.name],
        ['deskIdNumber', a.idNumber ?? a.creditCode],
        ['deskPhone', a.phone],
        ['deskEmail', a.email],
        ['deskAddress', a.address],
      ])}
      ${r.revealed ? nothing : html`<p class="muted">${t('deskMaskedNote')} <button type="button" class="reveal" @click=${v.reveal}>${t('deskReveal')}</button> ${t('deskRevealNote')}</p>`}
    </section>
    <section aria-labelledby="sought-title">
      <h3 id="sought-title">${t('deskSought')}</h3>
      ${facts([
        ['deskSoughtTitle', sought.title],
        ['deskSoughtDocNo', sought.docNo],
        ['deskSoughtDescription', sought.description],
        ['deskSoughtPurpose', sought.purpose],
        ['deskDelivery', `${t(`form_${r.request.delivery.form as 'paper'}`)} · ${t(`delivery_${r.request.delivery.channel as 'post'}`)}`],
      ])}
    </section>
    <section aria-labelledby="timeline-title">
      <h3 id="timeline-title">${t('deskTimeline')}</h3>
      <ol class="timeline">
        ${r.timeline.map(
          // A step is dated by the day it took effect (the clock's), not the moment it was recorded.
          (e) => html`<li>
            ${e.step ? html`<time datetime=${e.step.on}>${e.step.on}</time>` : html`<time datetime=${e.at}>${when(e.at)}</time>`}
            <strong>${e.step ? t(`step_${e.step.type}`) : t(`state_${e.state}`)}</strong>
            ${e.step ? html`<span>${detail(e.step, t)}</span>` : nothing}
          </li>`,
        )}
      </ol>
    </section>
    ${renderLetter(r, v.locale)}
    <section aria-labelledby="actions-title">
      <h3 id="actions-title">${t('deskActions')}</h3>
      ${
        r.steps.length
          ? html`<div class="actions">${r.steps.map((step) => html`<button type="button" data-step=${step} @click=${() => v.choose(step)}>${t(`step_${step}`)}</button>`)}</div>`
          : html`<p class="muted">${t('deskNoActions')}</p>`
      }
      ${v.form ?? nothing}
      ${v.appeal ? html`<p><button type="button" class="appeal" @click=${v.appeal}>${t('deskRegisterAppeal')}</button></p>` : nothing}
    </section>
  </article>`;
}
