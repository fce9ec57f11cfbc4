/**
 * What both storages read back the same way: a request row (as both select it) and its events into
 * a {@link StoredRequest}, and an export filter into a WHERE clause (only the placeholder differs:
 * `?` for SQLite, `$1` … for PostgreSQL). The SQL itself stays in `sqlite.ts` and `postgres.ts`.
 */
import type { RequestReceipt } from '@gov-disclosure/sdk/forms';
import type { AuditEntry, ExportFilter, StaffUser, StoredMessage, StoredRequest } from './storage.js';

/** A request row, as both storages select it (`payload` parsed by the caller where it is text). */
export interface RequestRow {
  code: string;
  fingerprint: string;
  jurisdiction: string;
  received_at: string;
  due_at: string;
  latest_due_at: string;
  state: string;
  reply_type: string | null;
  proof_name: string | null;
  proof_type: string | null;
  proof_size: number | string | null;
}

export interface EventRow {
  state: string;
  at: string;
  note: string | null;
  /** The workflow step: JSON text in SQLite, parsed JSONB in PostgreSQL. */
  step: string | object | null;
}

export function toStoredRequest(row: RequestRow, request: StoredRequest['request'], events: readonly EventRow[]): StoredRequest {
  return {
    code: row.code,
    jurisdiction: row.jurisdiction,
    receivedAt: row.received_at,
    dueAt: row.due_at,
    latestDueAt: row.latest_due_at,
    state: row.state as StoredRequest['state'],
    replyType: (row.reply_type ?? undefined) as StoredRequest['replyType'],
    request,
    proof: row.proof_name && row.proof_type ? { name: row.proof_name, type: row.proof_type, size: Number(row.proof_size ?? 0) } : undefined,
    timeline: events.map((e) => ({
      state: e.state as StoredRequest['state'],
      at: e.at,
      ...(e.note ? { note: e.note } : {}),
      ...(e.step ? { step: typeof e.step === 'string' ? JSON.parse(e.step) : e.step } : {}),
    })),
  };
}

/** `WHERE …` for an export filter, with the storage's placeholder for the n-th parameter (1-based). */
export function whereClause(filter: ExportFilter, placeholder: (n: number) => string): { sql: string; params: string[] } {
  const clauses: string[] = [];
  const params: string[] = [];
  if (filter.jurisdiction) clauses.push(`jurisdiction = ${placeholder(params.push(filter.jurisdiction))}`);
  if (filter.since) clauses.push(`received_at >= ${placeholder(params.push(filter.since))}`);
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** A message row, as both storages select it (\`MESSAGE_COLUMNS\`, the topic read from the payload). */
export interface MessageRow {
  id: string;
  jurisdiction: string;
  topic: StoredMessage['topic'];
  received_at: string;
  replied_at: string | null;
}

export const toStoredMessage = (row: MessageRow): StoredMessage => ({
  id: row.id,
  jurisdiction: row.jurisdiction,
  topic: row.topic,
  receivedAt: row.received_at,
  ...(row.replied_at ? { repliedAt: row.replied_at } : {}),
});

/** The WHERE of a list of messages, with \`placeholder(n)\` for the n-th parameter. */
export function messagesWhere(filter: { jurisdiction?: string | undefined; unanswered?: boolean | undefined }, placeholder: (n: number) => string) {
  const params: string[] = [];
  let sql = "WHERE kind = 'message'";
  if (filter.jurisdiction) sql += ` AND jurisdiction = ${placeholder(params.push(filter.jurisdiction))}`;
  if (filter.unanswered) sql += ' AND replied_at IS NULL';
  return { sql, params };
}

/** The receipt a stored request answers with again when its idempotency key comes back. */
export function receiptOf(row: RequestRow): RequestReceipt {
  return { code: row.code, receivedAt: row.received_at, dueAt: row.due_at, latestDueAt: row.latest_due_at };
}

/** A staff user row, as both storages select it (roles and jurisdictions as JSON text or JSONB). */
export interface UserRow {
  id: string;
  name: string;
  display_name?: string | null;
  roles: string | string[];
  jurisdictions: string | string[];
  created_at: string;
}

const list = (value: string | string[]) => (typeof value === 'string' ? (JSON.parse(value) as string[]) : value);

export function toStaffUser(row: UserRow): StaffUser {
  return {
    id: row.id,
    name: row.name,
    ...(row.display_name ? { displayName: row.display_name } : {}),
    roles: list(row.roles) as StaffUser['roles'],
    jurisdictions: list(row.jurisdictions),
    createdAt: row.created_at,
  };
}

/** An audit row (before and after as JSON text or JSONB). */
export interface AuditRow {
  at: string;
  actor: string;
  action: string;
  subject: string;
  before: unknown;
  after: unknown;
}

export function toAuditEntry(row: AuditRow): AuditEntry {
  const value = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);
  return {
    at: row.at,
    actor: row.actor,
    action: row.action,
    subject: row.subject,
    ...(row.before != null ? { before: value(row.before) } : {}),
    ...(row.after != null ? { after: value(row.after) } : {}),
  };
}
