import * as z from 'zod/mini';
import { isCreditCode, isResidentId } from '../standard/identity.js';
import { positiveInt } from './common.js';
import { submittedEmail as email, submittedText as text } from './control-characters.js';

/**
 * A phone in China: a mobile of 11 digits, 1[3-9]…, or a landline with its area code (0 and 2–3
 * digits), an optional "-", the 7–8 digit number, and an optional "-extension".
 */
const phone = () => z.string().check(z.regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/, 'Expected a mobile (11 digits) or a landline with its area code'));

/** The file types an ID proof may have. */
export const PROOF_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
/** The largest ID proof accepted, in bytes (5 MB). */
export const PROOF_MAX_BYTES = 5 * 1024 * 1024;

/** Identity documents an applicant may show (身份证明). */
export const IdType = z.enum(['resident-id', 'passport', 'hk-macao-permit', 'taiwan-permit', 'foreign-permanent-residence']);

/** A 公民 (citizen) applicant. A resident ID number is checksum-validated. */
const Citizen = z
  .object({
    type: z.literal('citizen'),
    name: text(100),
    idType: IdType,
    idNumber: text(40),
    phone: phone(),
    email: z.optional(email()),
    address: z.optional(text(300)),
    postcode: z.optional(z.string().check(z.regex(/^\d{6}$/))),
  })
  .check(
    z.refine((value) => value.idType !== 'resident-id' || isResidentId(value.idNumber), {
      message: 'Invalid resident ID number (身份证号码)',
      path: ['idNumber'],
    }),
  );

/**
 * The kinds of 法人或其他组织 the annual report counts apart (国办公开办函〔2021〕30号, table 三):
 * 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他.
 */
export const OrganisationKind = z.enum(['commercial', 'research', 'public-interest', 'legal-services', 'other']);

/** A 法人或其他组织 (organisation) applicant, with its kind and a checksum-validated 统一社会信用代码. */
const Organisation = z.object({
  type: z.literal('organisation'),
  kind: OrganisationKind,
  name: text(200),
  creditCode: z.string().check(z.refine(isCreditCode, { message: 'Invalid unified social credit code (统一社会信用代码)' })),
  legalRepresentative: text(100),
  contactName: text(100),
  phone: phone(),
  email: z.optional(email()),
  address: z.optional(text(300)),
  postcode: z.optional(z.string().check(z.regex(/^\d{6}$/))),
});

export const Applicant = z.discriminatedUnion('type', [Citizen, Organisation]);

/**
 * An application for disclosure on request (依申请公开), with the fields of Art. 29 of the
 * 政府信息公开条例: who applies, what is sought, and in what form and through which channel. The
 * channel needs its address: `email` the applicant's e-mail address, `post` a postal address.
 */
export const DisclosureRequest = z
  .object({
    /** The jurisdiction whose agency receives it (行政区划代码). */
    jurisdiction: z.optional(z.string().check(z.regex(/^\d{6,12}$/))),
    /** The agency applied to, where the portal lets the citizen choose. */
    agency: z.optional(text(200)),
    applicant: Applicant,
    /** The information sought: its name, 文号, or a description; at least one. */
    sought: z
      .object({
        title: z.optional(text(300)),
        docNo: z.optional(text(100)),
        description: z.optional(text(2000)),
        purpose: z.optional(text(500)),
      })
      .check(
        z.refine((value) => !!(value.title || value.docNo || value.description), {
          message: 'Name the information, its 文号, or describe it',
        }),
      ),
    /** The form of the information and the channel to receive it. */
    delivery: z.object({
      form: z.enum(['paper', 'electronic']),
      channel: z.enum(['post', 'email', 'pick-up', 'online', 'fax']),
    }),
    /**
     * A scan or photo of the ID proof (身份证明), where the citizen attaches one: JPEG, PNG or PDF of
     * at most 5 MB, base64-encoded, so that the whole application is one idempotent request that
     * an outbox can keep offline and send later.
     */
    proof: z.optional(
      z.object({
        name: text(200),
        type: z.enum(PROOF_TYPES),
        size: positiveInt().check(z.maximum(PROOF_MAX_BYTES)),
        data: z.string().check(z.maxLength(Math.ceil(PROOF_MAX_BYTES / 3) * 4), z.regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Expected base64')),
      }),
    ),
  })
  .check(
    z.refine((value) => value.delivery.channel !== 'email' || !!value.applicant.email, {
      message: 'Delivery by e-mail needs an e-mail address',
      path: ['applicant', 'email'],
    }),
    z.refine((value) => value.delivery.channel !== 'post' || !!value.applicant.address, {
      message: 'Delivery by post needs a postal address',
      path: ['applicant', 'address'],
    }),
  );

export type OrganisationKind = z.infer<typeof OrganisationKind>;
export type Applicant = z.infer<typeof Applicant>;
export type DisclosureRequest = z.infer<typeof DisclosureRequest>;
