/**
 * The SQLite storage's messages (互动回应, see storage.ts): listed with their topic, read one by one,
 * answered once with the reply's audit entry in its transaction. The twin of postgres-messages.ts.
 */
import type Database from 'better-sqlite3';
import { messagesWhere, toStoredMessage, type MessageRow } from './rows.js';
import type { AuditEntry, MessageReplyRow, Storage } from './storage.js';

const MESSAGE_COLUMNS = "id, jurisdiction, json_extract(payload, '$.topic') AS topic, received_at, replied_at";

export function sqliteMessages(db: Database.Database, addAudit: (entry: AuditEntry) => void): Pick<Storage, 'messages' | 'message' | 'replyMessage'> {
  const messageById = db.prepare<[string], MessageRow>(`SELECT ${MESSAGE_COLUMNS} FROM feedback WHERE kind = 'message' AND id = ?`);
  const setReply = db.prepare('UPDATE feedback SET replied_at = ?, reply = ?, replied_by = ? WHERE id = ?');
  const replyMessage = db.transaction((id: string, reply: MessageReplyRow, audit: AuditEntry) => {
    const row = messageById.get(id);
    if (!row) return 'not-found' as const;
    if (row.replied_at) return 'replied-before' as const;
    setReply.run(reply.at, reply.text, reply.by, id);
    addAudit(audit);
    return 'replied' as const;
  });
  return {
    async messages(filter = {}) {
      const { sql, params } = messagesWhere(filter, () => '?');
      return db
        .prepare<unknown[], MessageRow>(`SELECT ${MESSAGE_COLUMNS} FROM feedback ${sql} ORDER BY received_at, id`)
        .all(...params)
        .map(toStoredMessage);
    },
    async message(id) {
      const row = messageById.get(id);
      return row && toStoredMessage(row);
    },
    replyMessage: async (id, reply, audit) => replyMessage.immediate(id, reply, audit),
  };
}
