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
import type { StaffRole, RequestEvent as WorkflowStep } from '@gov-disclosure/sdk/workflow';
import type { Appeal, ReportInputs } from '@gov-disclosure/sdk/report';

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
  /** The first event's step: how it arrived (an offline request, registered by staff). */
  step?: WorkflowStep | undefined;
  /** The audit trail's entry for it (staff registering it), written in its transaction. */
  audit?: AuditEntry | undefined;
}

/** What a keyed write did. */
export type Once<T> = { status: 'created' | 'replayed'; value: T } | { status: 'conflict' };

export interface StoredFeedback {
  id: string;
  jurisdiction: string;
  receivedAt: string;
  feedback: Feedback;
}

/** A citizen's message (feedback of kind \`message\`) as the office lists it: no text, no contact. */
export interface StoredMessage {
  id: string;
  jurisdiction: string;
  topic: 'complaint' | 'enquiry' | 'suggestion' | 'consultation';
  receivedAt: string;
  repliedAt?: string | undefined;
}

/** A reply to a message: its text, when (ISO time) and by which user. */
export interface MessageReplyRow {
  text: string;
  at: string;
  by: string;
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
  /** The audit entry of the change, written in the same transaction: a change without its entry is never kept. */
  audit?: AuditEntry | undefined;
}

/** Which rows an export wants. */
export interface ExportFilter {
  jurisdiction?: string | undefined;
  /** Only rows received on or after this date (YYYY-MM-DD). */
  since?: string | undefined;
}

/** A member of staff: who they are, their roles, and the jurisdictions they work for. */
export interface StaffUser {
  id: string;
  /** The login name. */
  name: string;
  /** The name people know them by (王敏), shown on the desk. */
  displayName?: string | undefined;
  roles: StaffRole[];
  /** 行政区划代码 they may act for. */
  jurisdictions: string[];
  createdAt: string;
}

/** One line of the audit trail: who did what to which record, when, and what changed. */
export interface AuditEntry {
  /** ISO time with offset. */
  at: string;
  /** The user's id (`shared-token` for the demo's shared token). */
  actor: string;
  /** `step`, `status`, `view-request`, `download-proof`, `export`, `add-user`, `add-token`. */
  action: string;
  /** What it was done to: a 查询码, an export's name, a user's name. */
  subject: string;
  before?: unknown;
  after?: unknown;
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
  /** The messages, oldest first: of one jurisdiction, and only those not answered, where asked. */
  messages(filter?: { jurisdiction?: string | undefined; unanswered?: boolean | undefined }): Promise<StoredMessage[]>;
  message(id: string): Promise<StoredMessage | undefined>;
  /** Records a message's reply and its audit entry, in one transaction; a message has one reply. */
  replyMessage(id: string, reply: MessageReplyRow, audit: AuditEntry): Promise<'replied' | 'replied-before' | 'not-found'>;
  /** Adds a user, with their password's hash; `exists` when the name is taken. */
  addUser(user: StaffUser, passwordHash: string): Promise<'created' | 'exists'>;
  userByName(name: string): Promise<{ user: StaffUser; passwordHash: string } | undefined>;
  /** Adds an API token (by its SHA-256, never the token itself) for a user. */
  addToken(tokenHash: string, userId: string, label: string, createdAt: string): Promise<void>;
  userByToken(tokenHash: string): Promise<StaffUser | undefined>;
  /** Adds a browser session (by its token's SHA-256) with its CSRF token, until `expires` (ms since the epoch); those ended by `now` are dropped. */
  addSession(hash: string, userId: string, csrf: string, expires: number, now: number): Promise<void>;
  /** The user and CSRF token of a session that has not expired by `now` (ms). */
  session(hash: string, now: number): Promise<{ user: StaffUser; csrf: string; expires: number } | undefined>;
  endSession(hash: string): Promise<void>;
  /** Records a failed login of `name` at `at` (ms) and answers how many there were since `since`, this one included. */
  failedLogin(name: string, at: number, since: number): Promise<number>;
  /** Failed logins of `name` since `since` (ms), and the first of them. */
  loginFailures(name: string, since: number): Promise<{ count: number; first?: number | undefined }>;
  /** Forgets the failed logins of `name` (after one that succeeded). */
  clearLoginFailures(name: string): Promise<void>;
  /** The texts and figures the staff entered for a year's annual report. */
  reportInputs(jurisdiction: string, year: number): Promise<ReportInputs | undefined>;
  /** Keeps them (replacing what was there), with the audit entry, in one transaction. */
  saveReportInputs(jurisdiction: string, year: number, inputs: ReportInputs, at: string, audit: AuditEntry): Promise<void>;
  /** The register of appeals (行政复议, 行政诉讼) of a jurisdiction, by the day filed. */
  appeals(jurisdiction: string): Promise<Appeal[]>;
  /** Adds a case to the register, or replaces the one with its id, with the audit entry. */
  saveAppeal(appeal: Appeal & { id: string }, audit: AuditEntry): Promise<void>;
  /** The next number of a sequence (1, 2, …), each given once across every instance: a reply letter's 文号. */
  next(key: string): Promise<number>;
  /** The shared rate limit's step for `key` (rate-limit.ts's GCRA, in one statement): 0 when let in, else the ms to wait. */
  takeRate(key: string, intervalMs: number, burst: number, now: number): Promise<number>;
  /** Forgets the rate limit's clients whose buckets are full again by `now`. */
  sweepRates(now: number): Promise<void>;
  /** Appends to the audit trail, which nothing updates or deletes (the database refuses). */
  audit(entry: AuditEntry): Promise<void>;
  auditTrail(filter?: { since?: string | undefined }): AsyncIterable<AuditEntry>;
  /** The schema steps the database has taken and those this code knows (see migrate.ts); asks the database, so it fails when the database does. */
  schemaVersion(): Promise<{ taken: number; known: number }>;
  close(): Promise<void>;
}
