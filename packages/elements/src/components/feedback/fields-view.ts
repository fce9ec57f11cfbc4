/**
 * The feedback form's fields for each kind: 有用 / 没用 with what was wrong (page), the grade with its
 * reason, indicators and evaluator (好差评), the topic and text (留言), the contact details; and the
 * dialog that shows personal data found in the text, to mask or send as written.
 */
import { FEEDBACK_LIMITS as LIMITS } from '@gov-disclosure/sdk/forms';
import { html, nothing } from 'lit';
import { choiceGroup, textField } from '../../base/fields.js';
import type { LocaleController } from '../../controllers/locale.js';
import type { MessageKey } from '../../i18n/index.js';
import type { PersonalData } from './checks.js';
import { EVALUATORS, GRADES, INDICATORS, PROBLEMS, TOPICS, type Draft, type FeedbackKind } from './draft.js';

export interface FieldsView {
  kind: FeedbackKind;
  draft: Draft;
  errors: Record<string, string>;
  t: LocaleController['t'];
  edit: (patch: Partial<Draft>) => void;
  /** 有用 or 没用 pressed. */
  useful: (useful: boolean) => void;
}

export function renderFields(v: FieldsView) {
  const { t, draft: d, errors, edit } = v;
  if (v.kind === 'page') {
    return html`<fieldset class="field choices inline useful ${errors.useful ? 'invalid' : ''}" id="useful">
        <legend>${t('feedbackPage')}</legend>
        ${errors.useful ? html`<div class="error">${errors.useful}</div>` : nothing}
        <div class="options">
          <button type="button" aria-pressed=${d.useful === true ? 'true' : 'false'} @click=${() => v.useful(true)}>${t('feedbackUseful')}</button>
          <button type="button" aria-pressed=${d.useful === false ? 'true' : 'false'} @click=${() => v.useful(false)}>${t('feedbackNotUseful')}</button>
        </div>
      </fieldset>
      ${
        d.useful === false
          ? html`${choiceGroup({ id: 'problems', legend: t('feedbackProblems'), type: 'checkbox', options: PROBLEMS.map((p) => ({ value: p, label: t(`problem_${p}`) })), value: d.problems, onChange: (value, on) => edit({ problems: on ? [...d.problems, value] : d.problems.filter((p) => p !== value) }), t })}
            ${textField({ id: 'comment', label: t('feedbackComment'), value: d.comment, max: LIMITS.comment, multiline: true, error: errors.comment, onInput: (comment) => edit({ comment }), t })}`
          : nothing
      }`;
  }
  if (v.kind === 'rating') {
    const poor = !!d.grade && d.grade <= 2;
    return html`${choiceGroup({ id: 'grade', legend: t('ratingGrade'), type: 'radio', required: true, inline: true, options: GRADES.map((g) => ({ value: g, label: t(`grade_${g}`) })), value: d.grade, error: errors.grade, onChange: (grade) => edit({ grade }), t })}
      ${poor ? textField({ id: 'reason', label: t('ratingReason'), value: d.reason, max: LIMITS.reason, multiline: true, required: true, error: errors.reason, onInput: (reason) => edit({ reason }), t }) : nothing}
      <fieldset class="field indicators">
        <legend>${t('ratingIndicators')}<span class="muted">（${t('formOptional')}）</span></legend>
        ${INDICATORS.map(
          (id) => html`<label class="indicator"
            ><span>${t(`indicator_${id}`)}</span>
            <select id=${`indicator-${id}`} @change=${(e: Event) => edit({ indicators: { ...d.indicators, [id]: Number((e.target as HTMLSelectElement).value) || undefined } })}>
              <option value="" ?selected=${!d.indicators[id]}>${t('indicatorNone')}</option>
              ${GRADES.map((g) => html`<option value=${g} ?selected=${d.indicators[id] === g}>${t(`grade_${g}`)}</option>`)}
            </select></label
          >`,
        )}
      </fieldset>
      ${textField({ id: 'comment', label: t('ratingComment'), value: d.comment, max: LIMITS.comment, multiline: true, error: errors.comment, onInput: (comment) => edit({ comment }), t })}
      ${choiceGroup({ id: 'evaluator', legend: t('ratingEvaluator'), type: 'radio', required: false, inline: true, options: EVALUATORS.map((e) => ({ value: e, label: t(`evaluator_${e}`) })), value: d.evaluator, onChange: (evaluator) => edit({ evaluator }), t })}
      ${poor ? renderContact(v, t('ratingCallback')) : nothing}`;
  }
  return html`${choiceGroup({ id: 'topic', legend: t('messageTopic'), type: 'radio', required: true, inline: true, options: TOPICS.map((topic) => ({ value: topic, label: t(`topic_${topic}`) })), value: d.topic, error: errors.topic, onChange: (topic) => edit({ topic }), t })}
    ${textField({ id: 'comment', label: t('messageContent'), value: d.comment, max: LIMITS.message, multiline: true, required: true, error: errors.comment, onInput: (comment) => edit({ comment }), t })}
    ${renderContact(v)}`;
}

function renderContact(v: FieldsView, hint?: string) {
  const { t, draft: d, errors, edit } = v;
  return html`<fieldset class="group contact">
    <legend>${t('contactTitle')}<span class="muted">（${t('formOptional')}）</span></legend>
    ${hint ? html`<p class="hint muted">${hint}</p>` : nothing}
    ${textField({ id: 'name', label: t('contactName'), value: d.name, autocomplete: 'name', error: errors.name, onInput: (name) => edit({ name }), t })}
    ${textField({ id: 'phone', label: t('contactPhone'), value: d.phone, type: 'tel', autocomplete: 'tel', inputmode: 'tel', error: errors.phone, onInput: (phone) => edit({ phone }), t })}
    ${textField({ id: 'email', label: t('contactEmail'), value: d.email, type: 'email', autocomplete: 'email', error: errors.email, onInput: (email) => edit({ email }), t })}
  </fieldset>`;
}

export interface PiiView {
  pii: PersonalData;
  t: LocaleController['t'];
  mask: () => void;
  keep: () => void;
  edit: () => void;
}

/** Personal data found in the text (身份证号, phone numbers…): mask it, send as written, or edit. */
export function renderPii(v: PiiView) {
  const { t } = v;
  const counts = new Map<string, number>();
  for (const m of v.pii.found) counts.set(m.kind, (counts.get(m.kind) ?? 0) + 1);
  const list = [...counts].map(([kind, count]) => t('piiCount', { kind: t(`pii_${kind}` as MessageKey), count })).join(t('formListJoin'));
  const preview = [v.pii.masked.reason, v.pii.masked.comment].filter((text) => text.trim());
  return html`<div class="pii" role="alertdialog" aria-labelledby="pii-title" aria-describedby="pii-preview" tabindex="-1" part="pii">
    <p id="pii-title"><strong>${t('piiFound', { list })}</strong></p>
    <div id="pii-preview">${t('piiPreview')}<pre>${preview.join('\n\n')}</pre></div>
    <div class="actions">
      <button class="primary" type="button" @click=${v.mask}>${t('piiMask')}</button>
      <button type="button" @click=${v.keep}>${t('piiKeep')}</button>
      <button type="button" @click=${v.edit}>${t('piiEdit')}</button>
    </div>
  </div>`;
}
