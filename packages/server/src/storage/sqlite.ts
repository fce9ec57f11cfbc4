/**
 * The embedded storage: one SQLite file through better-sqlite3, in WAL mode so that readers
 * (exports, status lookups) never wait for the writer. `synchronous = NORMAL` in WAL mode keeps
 * every committed row through a crash or kill of the process; only a power cut can lose the last
 * transactions, and `durable: true` (FULL) closes that too, at some cost in speed.
 */
import Database from 'better-sqlite3';
import type { FeedbackReceipt, RequestReceipt } from '@gov-disclosure/sdk/forms';
import { receiptOf, toAuditEntry, toStaffUser, toStoredRequest, whereClause, type AuditRow, type EventRow, type RequestRow, type UserRow } from './rows.js';
import { gcra } from '../rate-limit.js';
import { sqliteMessages } from './sqlite-messages.js';
import { sqliteReports } from './sqlite-reports.js';
import { MIGRATIONS } from './sqlite-schema.js';
import { MIGRATIONS_TABLE, stepsAfter, VERSION_QUERY } from './migrate.js';
import type { AuditEntry, ExportFilter, NewFeedback, NewRequest, Once, RequestUpdate, Storage, StoredFeedback, StoredProof, StoredRequest } from './storage.js';

// The queries are deliberate twins of postgres.ts's (their tables, postgres-schema.ts and sqlite-schema.ts).

interface FeedbackRow {
  id: string;
  fingerprint: string;
  jurisdiction: string;
  received_at: string;
  payload: string;
}

interface SqliteRequestRow extends RequestRow {
  payload: string;
}

export interface SqliteOptions {
  /** The database file; `:memory:` for a throwaway one. */
  file: string;
  /** fsync every commit (`synchronous = FULL`): survives power loss, not only a crash. */
  durable?: boolean;
}

/** Opens (and creates or migrates) the SQLite database. */
export function sqliteStorage(options: SqliteOptions): Storage {
  const db = new Database(options.file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${options.durable ? 'FULL' : 'NORMAL'}`);
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  db.exec(MIGRATIONS_TABLE);
  const versionOf = db.prepare<[], { version: number }>(VERSION_QUERY);
  const record = db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)');
  for (const [version, sql] of stepsAfter(versionOf.get()!.version, MIGRATIONS)) {
    db.transaction(() => {
      db.exec(sql);
      // Step 1 on a database made before the workflow's steps were kept: their column (SQLite has no ADD COLUMN IF NOT EXISTS).
      if (version === 1 && !(db.pragma('table_info(request_events)') as { name: string }[]).some((c) => c.name === 'step'))
        db.exec('ALTER TABLE request_events ADD COLUMN step TEXT');
      record.run(version, new Date().toISOString());
    })();
  }

  const feedbackByKey = db.prepare<[string], FeedbackRow>('SELECT id, fingerprint, jurisdiction, received_at, payload FROM feedback WHERE idempotency_key = ?');
  const insertFeedback = db.prepare(
    'INSERT INTO feedback (id, idempotency_key, fingerprint, jurisdiction, received_at, kind, payload) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const requestColumns =
    'code, fingerprint, jurisdiction, received_at, due_at, latest_due_at, state, reply_type, payload, proof_name, proof_type, length(proof) AS proof_size';
  const requestByKey = db.prepare<[string], SqliteRequestRow>(`SELECT ${requestColumns} FROM requests WHERE idempotency_key = ?`);
  const requestByCode = db.prepare<[string], SqliteRequestRow>(`SELECT ${requestColumns} FROM requests WHERE code = ?`);
  const insertRequest = db.prepare(
    'INSERT INTO requests (code, idempotency_key, fingerprint, jurisdiction, received_at, due_at, latest_due_at, state, payload, proof_name, proof_type, proof) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertEvent = db.prepare('INSERT INTO request_events (code, state, at, note, step) VALUES (?, ?, ?, ?, ?)');
  const eventsOf = db.prepare<[string], EventRow>('SELECT state, at, note, step FROM request_events WHERE code = ? ORDER BY id');
  const eventCount = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM request_events WHERE code = ?');
  const updateState = db.prepare('UPDATE requests SET state = ?, reply_type = coalesce(?, reply_type), due_at = coalesce(?, due_at) WHERE code = ?');
  const proofOf = db.prepare<[string], { proof_name: string | null; proof_type: string | null; proof: Buffer | null }>(
    'SELECT proof_name, proof_type, proof FROM requests WHERE code = ?',
  );

  const addFeedback = db.transaction((row: NewFeedback): Once<FeedbackReceipt> => {
    const existing = feedbackByKey.get(row.key);
    if (existing) {
      return existing.fingerprint === row.fingerprint
        ? { status: 'replayed', value: { id: existing.id, receivedAt: existing.received_at } }
        : { status: 'conflict' };
    }
    insertFeedback.run(row.id, row.key, row.fingerprint, row.jurisdiction, row.receivedAt, row.feedback.kind, JSON.stringify(row.feedback));
    return { status: 'created', value: { id: row.id, receivedAt: row.receivedAt } };
  });

  // The request's columns in the same order as postgres.ts's insert: a deliberate twin, one per database.
  const addRequest = db.transaction((row: NewRequest): Once<RequestReceipt> => {
    const existing = requestByKey.get(row.key);
    if (existing) return existing.fingerprint === row.fingerprint ? { status: 'replayed', value: receiptOf(existing) } : { status: 'conflict' };
    const { code, receivedAt, dueAt, latestDueAt } = row.receipt;
    insertRequest.run(
      code,
      row.key,
      row.fingerprint,
      row.jurisdiction,
      receivedAt,
      dueAt,
      latestDueAt,
      'registered',
      JSON.stringify(row.request),
      row.proof?.name ?? null,
      row.proof?.type ?? null,
      row.proof ? Buffer.from(row.proof.data) : null,
    );
    insertEvent.run(code, 'registered', row.at, null, row.step ? JSON.stringify(row.step) : null);
    if (row.audit) addAudit(row.audit);
    return { status: 'created', value: row.receipt };
  });

  const updateRequest = db.transaction((code: string, update: RequestUpdate): StoredRequest | undefined | 'stale' => {
    if (!requestByCode.get(code)) return undefined;
    if (update.after !== undefined && eventCount.get(code)!.n !== update.after) return 'stale';
    updateState.run(update.state, update.replyType ?? null, update.dueAt ?? null, code);
    insertEvent.run(code, update.state, update.at, update.note ?? null, update.step ? JSON.stringify(update.step) : null);
    if (update.audit) addAudit(update.audit);
    return load(requestByCode.get(code));
  });

  const insertUser = db.prepare(
    'INSERT INTO staff_users (id, name, display_name, password_hash, roles, jurisdictions, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO NOTHING',
  );
  const userColumns = 'u.id, u.name, u.display_name, u.roles, u.jurisdictions, u.created_at';
  const userByName = db.prepare<[string], UserRow & { password_hash: string }>(`SELECT ${userColumns}, u.password_hash FROM staff_users u WHERE u.name = ?`);
  const userByToken = db.prepare<[string], UserRow>(`SELECT ${userColumns} FROM staff_tokens t JOIN staff_users u ON u.id = t.user_id WHERE t.hash = ?`);
  const insertToken = db.prepare('INSERT INTO staff_tokens (hash, user_id, label, created_at) VALUES (?, ?, ?, ?)');
  const insertSession = db.prepare('INSERT INTO staff_sessions (hash, user_id, csrf, expires) VALUES (?, ?, ?, ?)');
  const dropSessions = db.prepare('DELETE FROM staff_sessions WHERE expires <= ?');
  const sessionByHash = db.prepare<[string, number], UserRow & { csrf: string; expires: number }>(
    `SELECT ${userColumns}, s.csrf, s.expires FROM staff_sessions s JOIN staff_users u ON u.id = s.user_id WHERE s.hash = ? AND s.expires > ?`,
  );
  const deleteSession = db.prepare('DELETE FROM staff_sessions WHERE hash = ?');
  const insertFailure = db.prepare('INSERT INTO login_failures (name, at) VALUES (?, ?)');
  const failuresOf = db.prepare<[string, number], { count: number; first: number | null }>(
    'SELECT count(*) AS count, min(at) AS first FROM login_failures WHERE name = ? AND at >= ?',
  );
  const clearFailures = db.prepare('DELETE FROM login_failures WHERE name = ?');
  const insertAudit = db.prepare('INSERT INTO audit (at, actor, action, subject, before, after) VALUES (?, ?, ?, ?, ?, ?)');
  const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
  function addAudit(entry: AuditEntry): void {
    insertAudit.run(entry.at, entry.actor, entry.action, entry.subject, json(entry.before), json(entry.after));
  }

  // One statement: let in (the moment moves on, a row comes back) or not (nothing changes).
  const takeRate = db.prepare<{ key: string; now: number; interval: number; burst: number }, { tat: number }>(
    `INSERT INTO rate_limits (key, tat) VALUES (@key, @now + @interval)
     ON CONFLICT (key) DO UPDATE SET tat = max(tat, @now) + @interval WHERE max(tat, @now) + @interval - @now <= @burst * @interval
     RETURNING tat`,
  );
  const rateOf = db.prepare<[string], { tat: number }>('SELECT tat FROM rate_limits WHERE key = ?');
  const sweepRates = db.prepare('DELETE FROM rate_limits WHERE tat <= ?');
  const next = db.prepare<[string], { value: number }>(
    'INSERT INTO counters (key, value) VALUES (?, 1) ON CONFLICT (key) DO UPDATE SET value = value + 1 RETURNING value',
  );

  function load(row: SqliteRequestRow | undefined): StoredRequest | undefined {
    return row && toStoredRequest(row, JSON.parse(row.payload), eventsOf.all(row.code));
  }

  return {
    kind: 'sqlite',
    addFeedback: async (row) => addFeedback.immediate(row),
    addRequest: async (row) => addRequest.immediate(row),
    request: async (code) => load(requestByCode.get(code)),
    updateRequest: async (code, update) => updateRequest.immediate(code, update),
    async proof(code): Promise<StoredProof | undefined> {
      const row = proofOf.get(code);
      return row?.proof ? { name: row.proof_name ?? 'proof', type: row.proof_type ?? 'application/octet-stream', data: row.proof } : undefined;
    },
    async *feedback(filter: ExportFilter = {}): AsyncIterable<StoredFeedback> {
      const { sql, params } = whereClause(filter, () => '?');
      const rows = db
        .prepare<unknown[], FeedbackRow>(`SELECT id, fingerprint, jurisdiction, received_at, payload FROM feedback ${sql} ORDER BY received_at, id`)
        .iterate(...params);
      for (const row of rows) yield { id: row.id, jurisdiction: row.jurisdiction, receivedAt: row.received_at, feedback: JSON.parse(row.payload) };
    },
    async *requests(filter: ExportFilter = {}): AsyncIterable<StoredRequest> {
      const { sql, params } = whereClause(filter, () => '?');
      const rows = db.prepare<unknown[], SqliteRequestRow>(`SELECT ${requestColumns} FROM requests ${sql} ORDER BY received_at, code`).all(...params);
      for (const row of rows) yield load(row)!;
    },
    ...sqliteMessages(db, addAudit),
    ...sqliteReports(db, addAudit),
    async addUser(user, passwordHash) {
      const { changes } = insertUser.run(
        user.id,
        user.name,
        user.displayName ?? null,
        passwordHash,
        JSON.stringify(user.roles),
        JSON.stringify(user.jurisdictions),
        user.createdAt,
      );
      return changes ? 'created' : 'exists';
    },
    async userByName(name) {
      const row = userByName.get(name);
      return row && { user: toStaffUser(row), passwordHash: row.password_hash };
    },
    async addToken(hash, userId, label, createdAt) {
      insertToken.run(hash, userId, label, createdAt);
    },
    async userByToken(hash) {
      const row = userByToken.get(hash);
      return row && toStaffUser(row);
    },
    async addSession(hash, userId, csrf, expires, now) {
      dropSessions.run(now);
      insertSession.run(hash, userId, csrf, expires);
    },
    async session(hash, now) {
      const row = sessionByHash.get(hash, now);
      return row && { user: toStaffUser(row), csrf: row.csrf, expires: row.expires };
    },
    async endSession(hash) {
      deleteSession.run(hash);
    },
    async failedLogin(name, at, since) {
      insertFailure.run(name, at);
      return failuresOf.get(name, since)!.count;
    },
    async loginFailures(name, since) {
      const row = failuresOf.get(name, since)!;
      return { count: row.count, first: row.first ?? undefined };
    },
    async clearLoginFailures(name) {
      clearFailures.run(name);
    },
    async audit(entry) {
      addAudit(entry);
    },
    next: async (key) => next.get(key)!.value,
    async takeRate(key, interval, burst, now) {
      if (takeRate.get({ key, now, interval, burst })) return 0;
      const tat = rateOf.get(key)?.tat ?? now;
      // Refused: how long until it would be let in (by then, at least the next millisecond).
      return Math.max(1, gcra(tat, interval, burst, now).wait);
    },
    async sweepRates(now) {
      sweepRates.run(now);
    },
    async *auditTrail(filter = {}) {
      const rows = db
        .prepare<unknown[], AuditRow>(`SELECT at, actor, action, subject, before, after FROM audit ${filter.since ? 'WHERE at >= ?' : ''} ORDER BY id`)
        .iterate(...(filter.since ? [filter.since] : []));
      for (const row of rows) yield toAuditEntry(row);
    },
    async schemaVersion() {
      return { taken: versionOf.get()!.version, known: MIGRATIONS.length };
    },
    async close() {
      db.close();
    },
  };
}
