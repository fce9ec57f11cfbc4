/**
 * The PostgreSQL storage's messages (互动回应, see storage.ts): listed with their topic, read one by
 * one, answered once with the reply's audit entry in its transaction. The twin of sqlite-messages.ts.
 */
import type pg from 'pg';
import { messagesWhere, toStoredMessage, type MessageRow } from './rows.js';
import type { AuditEntry, Storage } from './storage.js';

const MESSAGE_COLUMNS = "id, jurisdiction, payload->>'topic' AS topic, received_at, replied_at";

export function postgresMessages(
  pool: pg.Pool,
  transaction: <T>(work: (client: pg.PoolClient) => Promise<T>) => Promise<T>,
  addAudit: (db: pg.PoolClient, entry: AuditEntry) => Promise<void>,
): Pick<Storage, 'messages' | 'message' | 'replyMessage'> {
  return {
    async messages(filter = {}) {
      const { sql, params } = messagesWhere(filter, (n) => `$${n}`);
      const { rows } = await pool.query<MessageRow>(`SELECT ${MESSAGE_COLUMNS} FROM feedback ${sql} ORDER BY received_at, id`, params);
      return rows.map(toStoredMessage);
    },
    async message(id) {
      const { rows } = await pool.query<MessageRow>(`SELECT ${MESSAGE_COLUMNS} FROM feedback WHERE kind = 'message' AND id = $1`, [id]);
      return rows[0] && toStoredMessage(rows[0]);
    },
    replyMessage: (id, reply, audit) =>
      transaction(async (client) => {
        const { rows } = await client.query<MessageRow>(`SELECT ${MESSAGE_COLUMNS} FROM feedback WHERE kind = 'message' AND id = $1 FOR UPDATE`, [id]);
        if (!rows[0]) return 'not-found' as const;
        if (rows[0].replied_at) return 'replied-before' as const;
        await client.query('UPDATE feedback SET replied_at = $1, reply = $2, replied_by = $3 WHERE id = $4', [reply.at, reply.text, reply.by, id]);
        await addAudit(client, audit);
        return 'replied' as const;
      }),
  };
}
