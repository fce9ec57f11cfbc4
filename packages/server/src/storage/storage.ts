/**
 * Where the reference server keeps what citizens send. Two implementations share this
 * interface: SQLite (`sqlite.ts`, the embedded default) and PostgreSQL (`postgres.ts`); each keeps
 * all of its SQL in its own file, and nothing outside them writes SQL.
 *
 * Every write is keyed by the client's idempotency key: the first write of a key creates the row,
 * a repeat with the same body gets the first answer back and writes nothing, and a repeat with a
 * different body is a conflict.
 */
import type { DisclosureRequest, Feedback, FeedbackReceipt, ReplyType, RequestReceipt, RequestState } from '@gov-disclosure/sdk/forms';
import type { RequestEvent as WorkflowStep } from '@gov-disclosure/sdk/workflow';

/** A new feedback row. */
export interface NewFeedback {
  id: string;
  key: string;
  /** A hash of the request body, to tell a retry from a reused key. */
  fingerprint: string;
  jurisdiction: string;
  receivedAt: string;
  feedback: Feedback;
}

/** A stored ID proof (the decoded upload). */
export interface StoredProof {
  name: string;
  type: string;
  data: Uint8Array;
}

/** A new disclosure request row, with its receipt already computed. */
export interface NewRequest {
  key: string;
  fingerprint: string;
  jurisdiction: string;
  receipt: RequestReceipt;
  /** The application, without the proof's bytes. */
  request: Omit<DisclosureRequest, 'proof'>;
  proof?: StoredProof | undefined;
  /** When it was received (ISO time), for the first timeline event. */
  at: string;
}

/** What a keyed write did. */
export type Once<T> = { status: 'created' | 'replayed'; value: T } | { status: 'conflict' };

export interface StoredFeedback {
  id: string;
  jurisdiction: string;
  receivedAt: string;
  feedback: Feedback;
}

export interface RequestEvent {
  state: RequestState;
  at: string;
  note?: string | undefined;
  /** The step of the office's workflow this change records (`@gov-disclosure/sdk/workflow`), for staff. */
  step?: WorkflowStep | undefined;
}

export interface StoredRequest {
  code: string;
  jurisdiction: string;
  receivedAt: string;
  dueAt: string;
  latestDueAt: string;
  state: RequestState;
  replyType?: ReplyType | undefined;
  request: Omit<DisclosureRequest, 'proof'>;
  proof?: { name: string; type: string; size: number } | undefined;
  timeline: RequestEvent[];
}

/** A status change made by staff. */
export interface RequestUpdate extends RequestEvent {
  replyType?: ReplyType | undefined;
  /** A new deadline, when the change moves it (an extension, a correction received). */
  dueAt?: string | undefined;
  /** Made from a timeline of this many events: if another change came first, nothing is written (`'stale'`). */
  after?: number | undefined;
}

/** Which rows an export wants. */
export interface ExportFilter {
  jurisdiction?: string | undefined;
  /** Only rows received on or after this date (YYYY-MM-DD). */
  since?: string | undefined;
}

export interface Storage {
  /** `sqlite` or `postgres`. */
  readonly kind: string;
  addFeedback(row: NewFeedback): Promise<Once<FeedbackReceipt>>;
  addRequest(row: NewRequest): Promise<Once<RequestReceipt>>;
  request(code: string): Promise<StoredRequest | undefined>;
  /** Records a status change; `undefined` when there is no such request, `'stale'` when its timeline moved on since `after`. */
  updateRequest(code: string, update: RequestUpdate): Promise<StoredRequest | undefined | 'stale'>;
  proof(code: string): Promise<StoredProof | undefined>;
  feedback(filter?: ExportFilter): AsyncIterable<StoredFeedback>;
  requests(filter?: ExportFilter): AsyncIterable<StoredRequest>;
  close(): Promise<void>;
}
