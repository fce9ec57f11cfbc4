/**
 * The SQLite storage's annual-report data (see storage.ts): the texts and figures the staff enter
 * for a year, and the register of appeals; each write with its audit entry in its transaction.
 * The twin of postgres-reports.ts.
 */
import type Database from 'better-sqlite3';
import type { Appeal } from '@gov-disclosure/sdk/report';
import type { AuditEntry, Storage } from './storage.js';

type Reports = Pick<Storage, 'reportInputs' | 'saveReportInputs' | 'appeals' | 'saveAppeal'>;

export function sqliteReports(db: Database.Database, addAudit: (entry: AuditEntry) => void): Reports {
  const inputs = db.prepare<[string, number], { payload: string }>('SELECT payload FROM report_inputs WHERE jurisdiction = ? AND year = ?');
  const setInputs = db.prepare(
    'INSERT INTO report_inputs (jurisdiction, year, payload, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (jurisdiction, year) DO UPDATE SET payload = excluded.payload, updated_at = excluded.updated_at',
  );
  const appeals = db.prepare<[string], { payload: string }>('SELECT payload FROM appeals WHERE jurisdiction = ? ORDER BY filed_on, id');
  const setAppeal = db.prepare(
    'INSERT INTO appeals (id, jurisdiction, filed_on, payload) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET filed_on = excluded.filed_on, payload = excluded.payload',
  );
  const saveInputs = db.transaction((jurisdiction: string, year: number, payload: string, at: string, audit: AuditEntry) => {
    setInputs.run(jurisdiction, year, payload, at);
    addAudit(audit);
  });
  const saveAppeal = db.transaction((appeal: Appeal & { id: string }, audit: AuditEntry) => {
    setAppeal.run(appeal.id, appeal.jurisdiction, appeal.filedOn, JSON.stringify(appeal));
    addAudit(audit);
  });
  return {
    async reportInputs(jurisdiction, year) {
      const row = inputs.get(jurisdiction, year);
      return row && JSON.parse(row.payload);
    },
    saveReportInputs: async (jurisdiction, year, value, at, audit) => saveInputs.immediate(jurisdiction, year, JSON.stringify(value), at, audit),
    appeals: async (jurisdiction) => appeals.all(jurisdiction).map((row) => JSON.parse(row.payload) as Appeal),
    saveAppeal: async (appeal, audit) => saveAppeal.immediate(appeal, audit),
  };
}
