/**
 * Registering a request received offline (当面, 信函, 传真, 电子邮件), as a 登记员 does: how and on
 * which day it came (the clock runs from that day), the applicant, what is sought and how the answer
 * goes back. Checked with the SDK's own schema before it is sent, each wrong field named; nothing
 * entered is lost when the server refuses it.
 */
import { OFFLINE_CHANNELS, OfflineRequest } from '@gov-disclosure/sdk/workflow';
import { html, nothing } from 'lit';
import type { LocaleController } from '../../controllers/locale.js';
import type { MessageKey } from '../../i18n/index.js';
import type { FormView } from './step-form.js';

type Kind = 'text' | 'date' | 'area' | [string, MessageKey][];
type Field = [name: string, label: MessageKey, kind: Kind, shown?: (v: Record<string, string>) => boolean];

const citizen = (v: Record<string, string>) => v.type !== 'organisation';
const organisation = (v: Record<string, string>) => v.type === 'organisation';
const options = <T extends string>(ids: readonly T[], key: (id: T) => MessageKey): [string, MessageKey][] => ids.map((id) => [id, key(id)]);

const FIELDS: Field[] = [
  ['channel', 'deskChannelReceived', options(OFFLINE_CHANNELS, (c) => `channel_${c}`)],
  ['receivedOn', 'deskReceivedOn', 'date'],
  ['type', 'applicantType', options(['citizen', 'organisation'] as const, (t) => `applicant_${t}`)],
  ['name', 'applicantName', 'text', citizen],
  [
    'idType',
    'idType',
    options(['resident-id', 'passport', 'hk-macao-permit', 'taiwan-permit', 'foreign-permanent-residence'] as const, (t) => `idType_${t}`),
    citizen,
  ],
  ['idNumber', 'idNumber', 'text', citizen],
  ['kind', 'orgKind', options(['commercial', 'research', 'public-interest', 'legal-services', 'other'] as const, (k) => `orgKind_${k}`), organisation],
  ['orgName', 'orgName', 'text', organisation],
  ['creditCode', 'creditCode', 'text', organisation],
  ['legalRepresentative', 'legalRepresentative', 'text', organisation],
  ['contactName', 'contactPerson', 'text', organisation],
  ['phone', 'phone', 'text'],
  ['email', 'email', 'text'],
  ['address', 'address', 'text'],
  ['title', 'soughtTitle', 'text'],
  ['docNo', 'soughtDocNo', 'text'],
  ['description', 'soughtDescription', 'area'],
  ['form', 'deliveryForm', options(['paper', 'electronic'] as const, (f) => `form_${f}`)],
  ['delivery', 'deliveryChannel', options(['post', 'email', 'pick-up', 'fax'] as const, (c) => `delivery_${c}`)],
];

/** A blank registration: received today, in person, a citizen, answered on paper by post. */
export const blankRegistration = (today: string): Record<string, string> => ({
  channel: 'in-person',
  receivedOn: today,
  type: 'citizen',
  idType: 'resident-id',
  form: 'paper',
  delivery: 'post',
});

/** The registration the form's values make, or the names of the fields that are wrong. */
export function registrationOf(v: Record<string, string>, jurisdiction: string): { request: OfflineRequest } | { invalid: string[] } {
  const given = (name: string) => v[name]?.trim() || undefined;
  const contact = { phone: given('phone') ?? '', email: given('email'), address: given('address') };
  const applicant = organisation(v)
    ? {
        type: 'organisation',
        kind: v.kind,
        name: given('orgName') ?? '',
        creditCode: given('creditCode') ?? '',
        legalRepresentative: given('legalRepresentative') ?? '',
        contactName: given('contactName') ?? '',
        ...contact,
      }
    : { type: 'citizen', name: given('name') ?? '', idType: v.idType, idNumber: given('idNumber') ?? '', ...contact };
  const parsed = OfflineRequest.safeParse({
    jurisdiction,
    channel: v.channel,
    receivedOn: v.receivedOn,
    request: {
      jurisdiction,
      applicant: JSON.parse(JSON.stringify(applicant)),
      sought: JSON.parse(JSON.stringify({ title: given('title'), docNo: given('docNo'), description: given('description') })),
      delivery: { form: v.form, channel: v.delivery },
    },
  });
  if (parsed.success) return { request: parsed.data };
  const field = (path: PropertyKey[]): string => {
    const last = String(path.at(-1) ?? '');
    if (path[1] === 'sought') return last === 'sought' || !last ? 'title' : last;
    if (path[1] === 'delivery') return last === 'channel' ? 'delivery' : 'form';
    if (path[1] === 'applicant' && last === 'name') return organisation(v) ? 'orgName' : 'name';
    return path[0] === 'request' && path.length === 1 ? 'email' : last;
  };
  return { invalid: [...new Set(parsed.error.issues.map((i) => field(i.path)))] };
}

export type RegisterView = FormView;

export function renderRegister(v: RegisterView) {
  const t: LocaleController['t'] = (key, params) => v.locale.t(key, params);
  const control = ([name, , kind]: Field) => {
    const invalid = String(v.invalid.includes(name));
    const input = (e: Event) => v.change(name, (e.target as HTMLInputElement).value);
    if (Array.isArray(kind))
      return html`<select id="reg-${name}" aria-invalid=${invalid} @change=${input}>
        ${kind.map(([id, label]) => html`<option value=${id} ?selected=${v.values[name] === id}>${t(label)}</option>`)}
      </select>`;
    if (kind === 'area') return html`<textarea id="reg-${name}" rows="3" aria-invalid=${invalid} .value=${v.values[name] ?? ''} @input=${input}></textarea>`;
    return html`<input id="reg-${name}" type=${kind} aria-invalid=${invalid} .value=${v.values[name] ?? ''} @input=${input} />`;
  };
  return html`<form class="register" novalidate @submit=${(e: Event) => (e.preventDefault(), v.submit())}>
    <h2>${t('deskRegisterTitle')}</h2>
    ${v.invalid.length ? html`<p class="error" role="alert">${t('deskStepInvalid')}</p>` : nothing}
    ${FIELDS.filter(([, , , shown]) => !shown || shown(v.values)).map(
      (field) => html`<label class="field" for="reg-${field[0]}"><span>${t(field[1])}</span>${control(field)}</label>`,
    )}
    <div class="buttons">
      <button type="submit" class="primary" ?disabled=${v.busy}>${t('deskRegister')}</button>
      <button type="button" @click=${v.cancel}>${t('deskCancel')}</button>
    </div>
  </form>`;
}
