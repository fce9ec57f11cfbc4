/**
 * What happens to a request for government information (依申请公开), as the office records it: one
 * event per step of 湘潭's procedure (申请登记 → 交办 → 审查 → 答复 → 送达 → 归档) and per stop of the
 * 条例's clock (补正 Art. 30, 征求第三方意见 Art. 32, 延期 Art. 33, 收费 Art. 42). Each event carries
 * the legal date it happened on (`on`, YYYY-MM-DD), from which the clock counts.
 */
import * as z from 'zod/mini';
import { isoDate, text } from '../schemas/common.js';
import { Outcome } from './outcomes.js';

/** How a request arrived: online through the form, or offline and registered by staff. */
export const RECEIPT_CHANNELS = ['online', 'in-person', 'letter', 'fax', 'email'] as const;

const at = { on: isoDate() };

export const RequestEvent = z.discriminatedUnion('type', [
  /** 申请登记: the date of receipt (Art. 31: in person the same day; online the date both sides confirm). */
  z.object({ type: z.literal('received'), ...at, channel: z.enum(RECEIPT_CHANNELS) }),
  /** 交办: to a department and its 承办人. */
  z.object({ type: z.literal('assigned'), ...at, department: text(100), handler: text(100) }),
  /** 补正 (Art. 30): one consolidated request for correction, within 7 working days of receipt, answered by `until`. */
  z.object({ type: z.literal('correction-requested'), ...at, until: isoDate(), note: text(2000) }),
  /** The correction received: the 20 working days count again from this date. */
  z.object({ type: z.literal('corrected'), ...at }),
  /** 征求第三方意见 (Art. 32): the days until it ends do not count. */
  z.object({ type: z.literal('consultation-started'), ...at, party: text(200) }),
  z.object({ type: z.literal('consultation-ended'), ...at }),
  /** 延期 (Art. 33): once, at most 20 working days; a 审核人 approves or refuses it. */
  z.object({ type: z.literal('extension-requested'), ...at, days: z.int().check(z.minimum(1), z.maximum(20)), reason: text(2000) }),
  z.object({ type: z.literal('extension-approved'), ...at }),
  z.object({ type: z.literal('extension-refused'), ...at }),
  /** 收费 (Art. 42, 国办函〔2020〕109号): the notice stops the clock until paid, by `until`. */
  z.object({ type: z.literal('fee-notified'), ...at, amount: z.number().check(z.positive()), until: isoDate() }),
  z.object({ type: z.literal('fee-paid'), ...at }),
  /**
   * 答复 drafted by the 承办人: its outcome and legal basis, and its letter (告知书) as the 承办人 edited
   * it (the server fills it from the template when none is sent); a 审核人 approves it or returns it.
   */
  z.object({ type: z.literal('reply-drafted'), ...at, outcome: Outcome, basis: text(2000), letter: z.optional(text(20_000)) }),
  /** The approval gives the letter its document number (the server's, not the client's). */
  z.object({ type: z.literal('reply-approved'), ...at, number: z.optional(text(60)) }),
  z.object({ type: z.literal('reply-returned'), ...at, note: text(2000) }),
  /** 送达: how the answer reached the applicant. */
  z.object({ type: z.literal('delivered'), ...at, channel: z.enum(['online', 'post', 'in-person', 'email', 'fax']) }),
  /** 归档. */
  z.object({ type: z.literal('archived'), ...at }),
]);

export type RequestEvent = z.infer<typeof RequestEvent>;
export type RequestEventType = RequestEvent['type'];
export type ReceiptChannel = (typeof RECEIPT_CHANNELS)[number];

/** Every step's type, in the order of the procedure. */
export const STEP_TYPES = [
  'received',
  'assigned',
  'correction-requested',
  'corrected',
  'consultation-started',
  'consultation-ended',
  'extension-requested',
  'extension-approved',
  'extension-refused',
  'fee-notified',
  'fee-paid',
  'reply-drafted',
  'reply-approved',
  'reply-returned',
  'delivered',
  'archived',
] as const satisfies readonly RequestEventType[];
