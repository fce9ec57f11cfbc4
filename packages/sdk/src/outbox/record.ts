/** What the outbox keeps of each submission, from its first attempt to its answer (or refusal). */
import type { ValidationIssue } from '../errors.js';

export type OutboxState = 'pending' | 'sent' | 'rejected';

export interface OutboxRecord<Body = unknown, Receipt = unknown> {
  /** The idempotency key, sent as `Idempotency-Key` on every attempt. */
  id: string;
  /** What it is: `feedback`, `request`, or an app's own kind. */
  kind: string;
  url: string;
  body: Body;
  /** Extra headers, such as a captcha answer. */
  headers?: Record<string, string>;
  createdAt: number;
  state: OutboxState;
  attempts: number;
  /** When the next attempt is due (ms since the epoch). */
  nextAttemptAt: number;
  /** Why the last attempt failed, while it is still pending: `network`, `timeout`, `http-503` … */
  lastError?: string;
  /** The server's answer, once sent, when it reads as its schema says. */
  receipt?: Receipt;
  /**
   * Sent, but the answer did not read as a receipt (what was wrong with it): the submission is in,
   * its number is not known. A retry would get the same answer, so none is made.
   */
  receiptIssues?: ValidationIssue[];
  /** The server's reason, once rejected. */
  rejection?: { status: number; code?: string; message: string; issues?: ValidationIssue[] };
  settledAt?: number;
}
