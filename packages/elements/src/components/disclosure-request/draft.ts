/**
 * The 依申请公开 form's draft: what the applicant fills in, the application it makes for the schema
 * to check, each field's message in the citizen's words, and a refused application back into a draft.
 */
import type { DisclosureRequest, OrganisationKind } from '@gov-disclosure/sdk/forms';
import { issueMessage } from '../../base/issue-message.js';
import { fieldOf } from '../../base/rejection.js';
import type { LocaleController } from '../../controllers/locale.js';
import type { MessageKey } from '../../i18n/index.js';

type ApplicantType = 'citizen' | 'organisation';
type DeliveryForm = DisclosureRequest['delivery']['form'];
type DeliveryChannel = DisclosureRequest['delivery']['channel'];

export interface Draft {
  type: ApplicantType;
  name: string;
  idType: DisclosureRequest['applicant'] extends infer A ? (A extends { idType: infer I } ? I : never) : never;
  idNumber: string;
  /** An organisation's kind (the annual report counts them apart); none until chosen. */
  kind?: OrganisationKind;
  creditCode: string;
  legalRepresentative: string;
  contactName: string;
  phone: string;
  email: string;
  address: string;
  postcode: string;
  title: string;
  docNo: string;
  description: string;
  purpose: string;
  form?: DeliveryForm;
  channel?: DeliveryChannel;
  proof?: NonNullable<DisclosureRequest['proof']>;
}

export const emptyDraft = (): Draft => ({
  type: 'citizen',
  name: '',
  idType: 'resident-id',
  idNumber: '',
  creditCode: '',
  legalRepresentative: '',
  contactName: '',
  phone: '',
  email: '',
  address: '',
  postcode: '',
  title: '',
  docNo: '',
  description: '',
  purpose: '',
});

/** The form's field a path of the schema names (the sought information is asked for by its title). */
export const fieldOfPath = (path: string) => (path === 'sought' ? 'title' : fieldOf(path));

export const CHANNELS: readonly DeliveryChannel[] = ['email', 'post', 'pick-up', 'online', 'fax'];

/** The label key of each field, for messages that name it. */
export const LABELS: Record<string, MessageKey> = {
  name: 'applicantName',
  idType: 'idType',
  idNumber: 'idNumber',
  kind: 'orgKind',
  creditCode: 'creditCode',
  legalRepresentative: 'legalRepresentative',
  contactName: 'contactPerson',
  phone: 'phone',
  email: 'email',
  address: 'address',
  postcode: 'postcode',
  title: 'soughtTitle',
  docNo: 'soughtDocNo',
  description: 'soughtDescription',
  purpose: 'soughtPurpose',
  form: 'deliveryForm',
  channel: 'deliveryChannel',
  proof: 'proof',
};

/** The draft as the schema reads it (the schema decides what is wrong). */
export function rawRequest(d: Draft, o: { jurisdiction?: string | undefined; agency?: string | undefined; api?: string | undefined }): unknown {
  const opt = (value: string) => value.trim() || undefined;
  const contact = { phone: d.phone.trim(), email: opt(d.email), address: opt(d.address), postcode: opt(d.postcode) };
  const applicant =
    d.type === 'citizen'
      ? { type: 'citizen', name: d.name.trim(), idType: d.idType, idNumber: d.idNumber.trim().toUpperCase(), ...contact }
      : {
          type: 'organisation',
          kind: d.kind,
          name: d.name.trim(),
          creditCode: d.creditCode.trim().toUpperCase(),
          legalRepresentative: d.legalRepresentative.trim(),
          contactName: d.contactName.trim(),
          ...contact,
        };
  const jurisdiction = o.jurisdiction ?? o.api?.match(/(\d{6,12})\/?$/)?.[1];
  return JSON.parse(
    JSON.stringify({
      ...(jurisdiction ? { jurisdiction } : {}),
      ...(o.agency ? { agency: o.agency } : {}),
      applicant,
      sought: { title: opt(d.title), docNo: opt(d.docNo), description: opt(d.description), purpose: opt(d.purpose) },
      delivery: { form: d.form, channel: d.channel },
      ...(d.proof ? { proof: d.proof } : {}),
    }),
  );
}

const SPECIFIC: Record<string, MessageKey> = {
  idNumber: 'errResidentId',
  creditCode: 'errCreditCode',
  phone: 'errPhoneRule',
  email: 'errEmail',
  postcode: 'errPostcode',
};

/** A field's message, in the citizen's words, for what the schema (the form's or the server's) expected there. */
export function messageOf(field: string, expected: string, d: Draft, t: LocaleController['t']): string {
  const value = (d as unknown as Record<string, unknown>)[field];
  const empty = value === undefined || value === '';
  if (field === 'title') return t('errSought');
  // Optional otherwise, an e-mail or postal address is missing because the chosen channel needs it.
  if (empty && field === 'email') return t('errEmailNeeded');
  if (empty && field === 'address') return t('errAddressNeeded');
  const label = t(LABELS[field] ?? 'formRequired');
  return issueMessage({ expected, label, empty, choose: ['form', 'channel', 'idType', 'kind'].includes(field), specific: SPECIFIC[field] }, t);
}

/** The draft that holds a body (a refused one, to correct). */
export function draftOf(body: DisclosureRequest): Draft {
  const a = body.applicant;
  return {
    ...emptyDraft(),
    type: a.type,
    name: a.name,
    phone: a.phone,
    email: a.email ?? '',
    address: a.address ?? '',
    postcode: a.postcode ?? '',
    ...(a.type === 'citizen'
      ? { idType: a.idType, idNumber: a.idNumber }
      : { kind: a.kind, creditCode: a.creditCode, legalRepresentative: a.legalRepresentative, contactName: a.contactName }),
    title: body.sought.title ?? '',
    docNo: body.sought.docNo ?? '',
    description: body.sought.description ?? '',
    purpose: body.sought.purpose ?? '',
    form: body.delivery.form,
    channel: body.delivery.channel,
    ...(body.proof ? { proof: body.proof } : {}),
  };
}
