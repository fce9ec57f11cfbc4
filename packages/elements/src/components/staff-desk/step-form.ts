/**
 * The form of one step of the workflow, with the fields that step records (交办: department and
 * 承办人; 补正: what to correct and by when; 延期: days and reason; 答复: outcome, ground and legal
 * basis; 送达: the channel …), each step dated, today by default. What is entered is checked with
 * the workflow's own schema before it is sent; the server checks it again against the 条例.
 */
import { OUTCOME_GROUNDS, OUTCOME_KINDS, RequestEvent, type RequestEventType } from '@gov-disclosure/sdk/workflow';
import { html, nothing } from 'lit';
import type { LocaleController } from '../../controllers/locale.js';
import type { MessageKey } from '../../i18n/index.js';

type Field = [name: string, label: MessageKey, kind: 'text' | 'date' | 'number' | 'area' | 'letter' | 'channel' | 'outcome' | 'ground'];

/** The fields of each step besides its date. */
const FIELDS: Partial<Record<RequestEventType, Field[]>> = {
  assigned: [
    ['department', 'deskDepartment', 'text'],
    ['handler', 'deskHandler', 'text'],
  ],
  'correction-requested': [
    ['note', 'deskNote', 'area'],
    ['until', 'deskUntil', 'date'],
  ],
  'consultation-started': [['party', 'deskParty', 'text']],
  'extension-requested': [
    ['days', 'deskDays', 'number'],
    ['reason', 'deskReason', 'area'],
  ],
  'fee-notified': [
    ['amount', 'deskAmount', 'number'],
    ['until', 'deskUntil', 'date'],
  ],
  'reply-drafted': [
    ['kind', 'deskOutcome', 'outcome'],
    ['ground', 'deskGround', 'ground'],
    ['basis', 'deskBasis', 'area'],
    ['letter', 'deskLetter', 'letter'],
  ],
  'reply-returned': [['note', 'deskNote', 'area']],
  delivered: [['channel', 'deskChannel', 'channel']],
};

const CHANNELS = ['online', 'post', 'in-person', 'email', 'fax'] as const;

/** The step a form's values make, or the paths of the fields that are wrong. */
export function stepOf(type: RequestEventType, values: Record<string, string>): { step: RequestEvent } | { invalid: string[] } {
  const raw: Record<string, unknown> = { type, on: values.on };
  for (const [name, , kind] of FIELDS[type] ?? []) {
    const value = (values[name] ?? '').trim();
    if (kind === 'number') raw[name] = value === '' ? undefined : Number(value);
    else if (kind === 'letter') raw[name] = value || undefined;
    else if (kind !== 'outcome' && kind !== 'ground') raw[name] = value;
  }
  if (type === 'reply-drafted')
    raw.outcome = values.kind && values.kind in OUTCOME_GROUNDS ? { kind: values.kind, ground: values.ground } : { kind: values.kind };
  const parsed = RequestEvent.safeParse(raw);
  if (parsed.success) return { step: parsed.data };
  return { invalid: parsed.error.issues.map((i) => (i.path[0] === 'outcome' ? (i.path[1] === 'ground' ? 'ground' : 'kind') : String(i.path[0] ?? ''))) };
}

/** What the desk's forms are given: their values and wrong fields, and what their controls call. */
export interface FormView {
  locale: LocaleController;
  values: Record<string, string>;
  invalid: readonly string[];
  busy: boolean;
  change: (name: string, value: string) => void;
  submit: () => void;
  cancel: () => void;
}

export interface StepFormView extends FormView {
  type: RequestEventType;
}

export function renderStepForm(v: StepFormView) {
  const t: LocaleController['t'] = (key, params) => v.locale.t(key, params);
  const input = (name: string, type: string) => html`<input
    id="step-${name}"
    type=${type}
    .value=${v.values[name] ?? ''}
    aria-invalid=${String(v.invalid.includes(name))}
    @input=${(e: Event) => v.change(name, (e.target as HTMLInputElement).value)}
  />`;
  const options = (name: string, list: readonly { id: string; label: string }[]) => html`<select
    id="step-${name}"
    aria-invalid=${String(v.invalid.includes(name))}
    @change=${(e: Event) => v.change(name, (e.target as HTMLSelectElement).value)}
  >
    <option value=""></option>
    ${list.map((o) => html`<option value=${o.id} ?selected=${v.values[name] === o.id}>${o.label}</option>`)}
  </select>`;
  const control = ([name, , kind]: Field) => {
    switch (kind) {
      case 'area':
      case 'letter':
        return html`<textarea
          id="step-${name}"
          rows=${kind === 'letter' ? 14 : 3}
          .value=${v.values[name] ?? ''}
          aria-invalid=${String(v.invalid.includes(name))}
          @input=${(e: Event) => v.change(name, (e.target as HTMLTextAreaElement).value)}
        ></textarea>`;
      case 'channel':
        return options(
          name,
          CHANNELS.map((id) => ({ id, label: t(`channel_${id}`) })),
        );
      case 'outcome':
        return options(
          name,
          OUTCOME_KINDS.map((k) => ({ id: k.id, label: t(`outcome_${k.id}`) })),
        );
      case 'ground': {
        const kind = v.values.kind as keyof typeof OUTCOME_GROUNDS | undefined;
        return kind && kind in OUTCOME_GROUNDS
          ? options(
              name,
              OUTCOME_GROUNDS[kind].map((g, i) => ({ id: g.id, label: `${i + 1}. ${g.label}` })),
            )
          : undefined;
      }
      default:
        return input(name, kind);
    }
  };
  return html`<form class="step-form" novalidate @submit=${(e: Event) => (e.preventDefault(), v.submit())}>
    <h3 tabindex="-1">${t(`step_${v.type}`)}</h3>
    ${v.invalid.length ? html`<p class="error" role="alert">${t('deskStepInvalid')}</p>` : nothing}
    <label class="field" for="step-on"><span>${t('deskOn')}</span>${input('on', 'date')}</label>
    ${(FIELDS[v.type] ?? []).map((field) => {
      const shown = control(field);
      return shown ? html`<label class="field" for="step-${field[0]}"><span>${t(field[1])}</span>${shown}</label>` : nothing;
    })}
    <div class="buttons">
      <button type="submit" class="primary" ?disabled=${v.busy}>${t('deskConfirm')}</button>
      <button type="button" @click=${v.cancel}>${t('deskCancel')}</button>
    </div>
  </form>`;
}
