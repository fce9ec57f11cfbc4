/**
 * The PostgreSQL storage, for portals that outgrow one machine: several server processes share
 * one database. A keyed write is one `INSERT … ON CONFLICT DO NOTHING`: of two processes given
 * the same idempotency key at once, one inserts and the other waits for it and reads its row.
 */
import pg from 'pg';
import type { FeedbackReceipt, RequestReceipt } from '@gov-disclosure/sdk/forms';
import { receiptOf, toAuditEntry, toStaffUser, toStoredRequest, whereClause, type AuditRow, type EventRow, type RequestRow, type UserRow } from './rows.js';
import { gcra } from '../rate-limit.js';
import { postgresMessages } from './postgres-messages.js';
import { postgresReports } from './postgres-reports.js';
import { MIGRATIONS } from './postgres-schema.js';
import { MIGRATIONS_TABLE, stepsAfter, VERSION_QUERY } from './migrate.js';
import type { AuditEntry, ExportFilter, NewFeedback, NewRequest, Once, RequestUpdate, Storage, StoredFeedback, StoredProof, StoredRequest } from './storage.js';

// The queries are deliberate twins of sqlite.ts's (their tables, sqlite-schema.ts and postgres-schema.ts).

const REQUEST_COLUMNS =
  'code, fingerprint, jurisdiction, received_at, due_at, latest_due_at, state, reply_type, payload, proof_name, proof_type, octet_length(proof) AS proof_size';

const USER_COLUMNS = 'u.id, u.name, u.display_name, u.roles, u.jurisdictions, u.created_at';

interface PostgresRequestRow extends RequestRow {
  payload: StoredRequest['request'];
}

export interface PostgresOptions {
  /** A connection string, `postgres://user:password@host/db`. */
  connectionString: string;
  /** Connections in the pool. Default 10. */
  max?: number;
}

/** Appends to the audit trail, on the pool or inside a transaction's client. */
async function addAudit(db: pg.Pool | pg.PoolClient, entry: AuditEntry): Promise<void> {
  const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
  await db.query('INSERT INTO audit (at, actor, action, subject, before, after) VALUES ($1, $2, $3, $4, $5, $6)', [
    entry.at,
    entry.actor,
    entry.action,
    entry.subject,
    json(entry.before),
    json(entry.after),
  ]);
}

/** Connects to PostgreSQL and takes the schema steps it lacks (see migrate.ts). */
export async function postgresStorage(options: PostgresOptions): Promise<Storage> {
  const pool = new pg.Pool({ connectionString: options.connectionString, max: options.max ?? 10 });
  // Two processes starting at once may both take a step: serialise them with a lock (see migrate.ts).
  const setup = await pool.connect();
  try {
    await setup.query('SELECT pg_advisory_lock(727001)');
    await setup.query(MIGRATIONS_TABLE);
    const { rows } = await setup.query<{ version: number }>(VERSION_QUERY);
    for (const [version, sql] of stepsAfter(Number(rows[0]!.version), MIGRATIONS)) {
      await setup.query('BEGIN');
      try {
        await setup.query(sql);
        await setup.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [version, new Date().toISOString()]);
        await setup.query('COMMIT');
      } catch (error) {
        await setup.query('ROLLBACK');
        throw error;
      }
    }
  } finally {
    await setup.query('SELECT pg_advisory_unlock(727001)').catch(() => undefined);
    setup.release();
  }

  async function transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async function load(client: pg.Pool | pg.PoolClient, code: string): Promise<StoredRequest | undefined> {
    const { rows } = await client.query<PostgresRequestRow>(`SELECT ${REQUEST_COLUMNS} FROM requests WHERE code = $1`, [code]);
    return rows[0] ? withEvents(client, rows[0]) : undefined;
  }

  async function withEvents(client: pg.Pool | pg.PoolClient, row: PostgresRequestRow): Promise<StoredRequest> {
    const events = await client.query<EventRow>('SELECT state, at, note, step FROM request_events WHERE code = $1 ORDER BY id', [row.code]);
    return toStoredRequest(row, row.payload, events.rows);
  }

  return {
    kind: 'postgres',
    async addFeedback(row: NewFeedback): Promise<Once<FeedbackReceipt>> {
      const inserted = await pool.query(
        'INSERT INTO feedback (id, idempotency_key, fingerprint, jurisdiction, received_at, kind, payload) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (idempotency_key) DO NOTHING',
        [row.id, row.key, row.fingerprint, row.jurisdiction, row.receivedAt, row.feedback.kind, JSON.stringify(row.feedback)],
      );
      if (inserted.rowCount === 1) return { status: 'created', value: { id: row.id, receivedAt: row.receivedAt } };
      const { rows } = await pool.query<{ id: string; fingerprint: string; received_at: string }>(
        'SELECT id, fingerprint, received_at FROM feedback WHERE idempotency_key = $1',
        [row.key],
      );
      const existing = rows[0]!;
      return existing.fingerprint === row.fingerprint
        ? { status: 'replayed', value: { id: existing.id, receivedAt: existing.received_at } }
        : { status: 'conflict' };
    },
    // The request's columns in the same order as sqlite.ts's insert: a deliberate twin, one per database.
    addRequest: (row: NewRequest) =>
      transaction(async (client): Promise<Once<RequestReceipt>> => {
        const { code, receivedAt, dueAt, latestDueAt } = row.receipt;
        const inserted = await client.query(
          `INSERT INTO requests (code, idempotency_key, fingerprint, jurisdiction, received_at, due_at, latest_due_at, state, payload, proof_name, proof_type, proof)
           VALUES ($1, $2, $3, $4, $5, $6, $7, 'registered', $8, $9, $10, $11) ON CONFLICT (idempotency_key) DO NOTHING`,
          [
            code,
            row.key,
            row.fingerprint,
            row.jurisdiction,
            receivedAt,
            dueAt,
            latestDueAt,
            JSON.stringify(row.request),
            row.proof?.name ?? null,
            row.proof?.type ?? null,
            row.proof ? Buffer.from(row.proof.data) : null,
          ],
        );
        if (inserted.rowCount === 1) {
          await client.query('INSERT INTO request_events (code, state, at, step) VALUES ($1, $2, $3, $4)', [
            code,
            'registered',
            row.at,
            row.step ? JSON.stringify(row.step) : null,
          ]);
          if (row.audit) await addAudit(client, row.audit);
          return { status: 'created', value: row.receipt };
        }
        const { rows } = await client.query<PostgresRequestRow>(`SELECT ${REQUEST_COLUMNS} FROM requests WHERE idempotency_key = $1`, [row.key]);
        const existing = rows[0]!;
        return existing.fingerprint === row.fingerprint ? { status: 'replayed', value: receiptOf(existing) } : { status: 'conflict' };
      }),
    request: async (code) => load(pool, code),
    updateRequest: (code: string, update: RequestUpdate) =>
      transaction(async (client) => {
        // The request's row locked first: two changes made from one timeline cannot both be written.
        const locked = await client.query('SELECT code FROM requests WHERE code = $1 FOR UPDATE', [code]);
        if (locked.rowCount !== 1) return undefined;
        if (update.after !== undefined) {
          const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM request_events WHERE code = $1', [code]);
          if (Number(rows[0]!.n) !== update.after) return 'stale' as const;
        }
        await client.query('UPDATE requests SET state = $1, reply_type = coalesce($2, reply_type), due_at = coalesce($3, due_at) WHERE code = $4', [
          update.state,
          update.replyType ?? null,
          update.dueAt ?? null,
          code,
        ]);
        await client.query('INSERT INTO request_events (code, state, at, note, step) VALUES ($1, $2, $3, $4, $5)', [
          code,
          update.state,
          update.at,
          update.note ?? null,
          update.step ? JSON.stringify(update.step) : null,
        ]);
        if (update.audit) await addAudit(client, update.audit);
        return load(client, code);
      }),
    async proof(code): Promise<StoredProof | undefined> {
      const { rows } = await pool.query<{ proof_name: string | null; proof_type: string | null; proof: Buffer | null }>(
        'SELECT proof_name, proof_type, proof FROM requests WHERE code = $1',
        [code],
      );
      const row = rows[0];
      return row?.proof ? { name: row.proof_name ?? 'proof', type: row.proof_type ?? 'application/octet-stream', data: row.proof } : undefined;
    },
    ...postgresMessages(pool, transaction, addAudit),
    ...postgresReports(pool, transaction, addAudit),
    async *feedback(filter: ExportFilter = {}): AsyncIterable<StoredFeedback> {
      const { sql, params } = whereClause(filter, (n) => `$${n}`);
      const { rows } = await pool.query<{ id: string; jurisdiction: string; received_at: string; payload: StoredFeedback['feedback'] }>(
        `SELECT id, jurisdiction, received_at, payload FROM feedback ${sql} ORDER BY received_at, id`,
        params,
      );
      for (const row of rows) yield { id: row.id, jurisdiction: row.jurisdiction, receivedAt: row.received_at, feedback: row.payload };
    },
    async *requests(filter: ExportFilter = {}): AsyncIterable<StoredRequest> {
      const { sql, params } = whereClause(filter, (n) => `$${n}`);
      const { rows } = await pool.query<PostgresRequestRow>(`SELECT ${REQUEST_COLUMNS} FROM requests ${sql} ORDER BY received_at, code`, params);
      for (const row of rows) yield await withEvents(pool, row);
    },
    async addUser(user, passwordHash) {
      const inserted = await pool.query(
        'INSERT INTO staff_users (id, name, display_name, password_hash, roles, jurisdictions, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (name) DO NOTHING',
        [user.id, user.name, user.displayName ?? null, passwordHash, JSON.stringify(user.roles), JSON.stringify(user.jurisdictions), user.createdAt],
      );
      return inserted.rowCount === 1 ? 'created' : 'exists';
    },
    async userByName(name) {
      const { rows } = await pool.query<UserRow & { password_hash: string }>(`SELECT ${USER_COLUMNS}, u.password_hash FROM staff_users u WHERE u.name = $1`, [
        name,
      ]);
      return rows[0] && { user: toStaffUser(rows[0]), passwordHash: rows[0].password_hash };
    },
    async addToken(hash, userId, label, createdAt) {
      await pool.query('INSERT INTO staff_tokens (hash, user_id, label, created_at) VALUES ($1, $2, $3, $4)', [hash, userId, label, createdAt]);
    },
    async userByToken(hash) {
      const { rows } = await pool.query<UserRow>(`SELECT ${USER_COLUMNS} FROM staff_tokens t JOIN staff_users u ON u.id = t.user_id WHERE t.hash = $1`, [hash]);
      return rows[0] && toStaffUser(rows[0]);
    },
    async addSession(hash, userId, csrf, expires, now) {
      await pool.query('DELETE FROM staff_sessions WHERE expires <= $1', [now]);
      await pool.query('INSERT INTO staff_sessions (hash, user_id, csrf, expires) VALUES ($1, $2, $3, $4)', [hash, userId, csrf, expires]);
    },
    async session(hash, now) {
      const { rows } = await pool.query<UserRow & { csrf: string; expires: string }>(
        `SELECT ${USER_COLUMNS}, s.csrf, s.expires FROM staff_sessions s JOIN staff_users u ON u.id = s.user_id WHERE s.hash = $1 AND s.expires > $2`,
        [hash, now],
      );
      return rows[0] && { user: toStaffUser(rows[0]), csrf: rows[0].csrf, expires: Number(rows[0].expires) };
    },
    async endSession(hash) {
      await pool.query('DELETE FROM staff_sessions WHERE hash = $1', [hash]);
    },
    async failedLogin(name, at, since) {
      await pool.query('INSERT INTO login_failures (name, at) VALUES ($1, $2)', [name, at]);
      const { rows } = await pool.query<{ count: string }>('SELECT count(*) AS count FROM login_failures WHERE name = $1 AND at >= $2', [name, since]);
      return Number(rows[0]!.count);
    },
    async loginFailures(name, since) {
      const { rows } = await pool.query<{ count: string; first: string | null }>(
        'SELECT count(*) AS count, min(at) AS first FROM login_failures WHERE name = $1 AND at >= $2',
        [name, since],
      );
      return { count: Number(rows[0]!.count), first: rows[0]!.first === null ? undefined : Number(rows[0]!.first) };
    },
    async clearLoginFailures(name) {
      await pool.query('DELETE FROM login_failures WHERE name = $1', [name]);
    },
    async audit(entry) {
      await addAudit(pool, entry);
    },
    async takeRate(key, interval, burst, now) {
      // One statement: let in (the moment moves on, a row comes back) or not (nothing changes).
      const taken = await pool.query(
        `INSERT INTO rate_limits (key, tat) VALUES ($1, $2::float8 + $3::float8)
         ON CONFLICT (key) DO UPDATE SET tat = GREATEST(rate_limits.tat, $2::float8) + $3::float8
         WHERE GREATEST(rate_limits.tat, $2::float8) + $3::float8 - $2::float8 <= $4::float8 * $3::float8
         RETURNING tat`,
        [key, now, interval, burst],
      );
      if (taken.rowCount) return 0;
      const { rows } = await pool.query<{ tat: number }>('SELECT tat FROM rate_limits WHERE key = $1', [key]);
      const tat = rows[0]?.tat ?? now;
      // Refused: how long until it would be let in (by then, at least the next millisecond).
      return Math.max(1, gcra(tat, interval, burst, now).wait);
    },
    async next(key) {
      const { rows } = await pool.query<{ value: string }>(
        'INSERT INTO counters (key, value) VALUES ($1, 1) ON CONFLICT (key) DO UPDATE SET value = counters.value + 1 RETURNING value',
        [key],
      );
      return Number(rows[0]!.value);
    },
    async sweepRates(now) {
      await pool.query('DELETE FROM rate_limits WHERE tat <= $1', [now]);
    },
    async *auditTrail(filter = {}) {
      const { rows } = await pool.query<AuditRow>(
        `SELECT at, actor, action, subject, before, after FROM audit ${filter.since ? 'WHERE at >= $1' : ''} ORDER BY id`,
        filter.since ? [filter.since] : [],
      );
      for (const row of rows) yield toAuditEntry(row);
    },
    async schemaVersion() {
      const { rows } = await pool.query<{ version: number }>(VERSION_QUERY);
      return { taken: Number(rows[0]!.version), known: MIGRATIONS.length };
    },
    async close() {
      await pool.end();
    },
  };
}
