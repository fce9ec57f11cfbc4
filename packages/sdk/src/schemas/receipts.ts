import * as z from 'zod/mini';
import { isoDate, isoDateTime, text } from './common.js';

/** What the server answers to a feedback submission. */
export const FeedbackReceipt = z.object({
  id: text(100),
  receivedAt: isoDateTime(),
});

/** The stages of a request, as `<gov-request-status>` shows them. */
export const REQUEST_STATES = ['registered', 'correction-required', 'processing', 'extended', 'answered', 'delivered', 'archived'] as const;

/** Reply types of Art. 35/36. */
export const REPLY_TYPES = ['already-public', 'disclosable', 'partly-disclosable', 'withheld', 'not-exist', 'not-responsible', 'duplicate'] as const;

/** What the server answers to a new request: the 查询码 and the legal deadlines. */
export const RequestReceipt = z.object({
  /** 查询码, the tracking code. */
  code: z.string().check(z.regex(/^[A-Z0-9-]{6,40}$/)),
  receivedAt: isoDate(),
  /** 20 working days from receipt (Art. 33). */
  dueAt: isoDate(),
  /** With the one extension of at most 20 more working days. */
  latestDueAt: isoDate(),
});

/** The status of a request, looked up by its 查询码. */
export const RequestStatus = z.object({
  code: RequestReceipt.shape.code,
  state: z.enum(REQUEST_STATES),
  receivedAt: isoDate(),
  dueAt: isoDate(),
  replyType: z.optional(z.enum(REPLY_TYPES)),
  timeline: z.array(
    z.object({
      state: z.enum(REQUEST_STATES),
      at: isoDateTime(),
      note: z.optional(text(2000)),
    }),
  ),
});

export type FeedbackReceipt = z.infer<typeof FeedbackReceipt>;
export type RequestReceipt = z.infer<typeof RequestReceipt>;
export type RequestStatus = z.infer<typeof RequestStatus>;
export type RequestState = (typeof REQUEST_STATES)[number];
export type ReplyType = (typeof REPLY_TYPES)[number];
