/**
 * 互动回应: the citizens' messages (投诉, 咨询, 建言, 意见征集, sent with `<gov-feedback kind="message">`)
 * as the office lists them, and its reply. The national website check fails a site where a 政务咨询
 * has waited more than 3 months for its reply (国办秘函〔2019〕19号, as the provincial notices cite it).
 */
import * as z from 'zod/mini';
import { isoDateTime, text } from '../schemas/common.js';

/** The months a message may wait for its reply before the website check fails the site. */
export const REPLY_WITHIN_MONTHS = 3;

/** A reply to a message, as a 承办人 or 审核人 sends it. */
export const MessageReply = z.object({
  reply: text(5000),
});

/** A message in the office's list: when it came and whether it has been answered; no text, no contact (those are opened one by one, and audited). */
export const StaffMessage = z.object({
  id: text(100),
  jurisdiction: text(20),
  topic: z.enum(['complaint', 'enquiry', 'suggestion', 'consultation']),
  receivedAt: isoDateTime(),
  repliedAt: z.optional(isoDateTime()),
});

export const StaffMessages = z.object({
  messages: z.array(StaffMessage),
});

/** The day (YYYY-MM-DD) before which a message still unanswered on `today` has waited more than `REPLY_WITHIN_MONTHS` months. */
export function replyOverdueBefore(today: string): string {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const back = new Date(Date.UTC(year, month - 1 - REPLY_WITHIN_MONTHS, 1));
  // The same day of the month, or the month's last where it has fewer days (30 May → 28 or 29 February).
  const last = new Date(Date.UTC(back.getUTCFullYear(), back.getUTCMonth() + 1, 0)).getUTCDate();
  back.setUTCDate(Math.min(day, last));
  return back.toISOString().slice(0, 10);
}

export type MessageReply = z.infer<typeof MessageReply>;
export type StaffMessage = z.infer<typeof StaffMessage>;
export type StaffMessages = z.infer<typeof StaffMessages>;
