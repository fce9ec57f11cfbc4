/**
 * What the staff desk reads: the work queue (`GET /staff/requests`), one row per request with its
 * deadline and where it stands but no personal data, and one request as staff see it
 * (`GET /staff/requests/<查询码>`): its steps, its case and clock, the steps the user may take now,
 * and the applicant masked unless asked for (`?reveal=1`, written to the audit trail).
 */
import * as z from 'zod/mini';
import { isoDate, isoDateTime, text } from '../schemas/common.js';
import { REQUEST_STATES } from '../schemas/receipts.js';
import { RequestEvent, STEP_TYPES } from './events.js';

/** A case's phases, in the order of the procedure (the queue's filter lists them so). */
export const PHASES = [
  'registered',
  'assigned',
  'awaiting-correction',
  'processing',
  'consulting',
  'awaiting-fee',
  'reply-drafted',
  'answered',
  'delivered',
  'archived',
] as const;

/** A request in the queue: enough to sort and filter by, nothing about the applicant but their kind. */
export const QueueItem = z.object({
  code: text(40),
  jurisdiction: text(20),
  receivedAt: isoDate(),
  dueAt: isoDate(),
  phase: z.enum(PHASES),
  state: z.enum(REQUEST_STATES),
  /** Working days left today (negative: overdue); none while the clock is stopped or once answered. */
  daysLeft: z.optional(z.int()),
  /** Why the clock is stopped, if it is. */
  paused: z.optional(z.enum(['correction', 'consultation', 'fee'])),
  department: z.optional(text(100)),
  handler: z.optional(text(100)),
  applicant: z.enum(['citizen', 'organisation']),
  /** What was sought: its title, 文号, or the start of its description. */
  subject: text(300),
});

export const Queue = z.object({
  /** The day the days left count from (China time). */
  today: isoDate(),
  requests: z.array(QueueItem),
});

/** The case as the desk shows it: phase, clock and what may come next. */
export const StaffRequestView = z.object({
  code: text(40),
  jurisdiction: text(20),
  receivedAt: isoDate(),
  dueAt: isoDate(),
  state: z.enum(REQUEST_STATES),
  phase: z.enum(PHASES),
  daysLeft: z.optional(z.int()),
  paused: z.optional(z.enum(['correction', 'consultation', 'fee'])),
  /** Whether the applicant's details below are the real ones (revealed, and audited) or masked. */
  revealed: z.boolean(),
  /** The application (Art. 29); its applicant masked unless revealed. */
  request: z.looseObject({
    applicant: z.looseObject({ type: z.enum(['citizen', 'organisation']), name: text(200) }),
    sought: z.object({ title: z.optional(text(300)), docNo: z.optional(text(100)), description: z.optional(text(2000)), purpose: z.optional(text(500)) }),
    delivery: z.object({ form: text(20), channel: text(20) }),
  }),
  proof: z.optional(z.object({ name: text(200), type: text(100), size: z.int() })),
  timeline: z.array(z.object({ state: z.enum(REQUEST_STATES), at: isoDateTime(), note: z.optional(text(2000)), step: z.optional(RequestEvent) })),
  /** The steps this user may take now, in the workflow's order. */
  steps: z.array(z.enum(STEP_TYPES)),
  /** Who signs the jurisdiction's reply letters (告知书), for the draft's template. */
  letterhead: z.optional(z.object({ issuer: text(200), reviewBody: text(200), court: z.optional(text(200)), prefix: text(60) })),
});

export type QueueItem = z.infer<typeof QueueItem>;
export type Queue = z.infer<typeof Queue>;
export type StaffRequestView = z.infer<typeof StaffRequestView>;
