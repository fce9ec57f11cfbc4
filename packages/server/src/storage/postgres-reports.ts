/**
 * The PostgreSQL storage's annual-report data (see storage.ts): the texts and figures the staff
 * enter for a year, and the register of appeals; each write with its audit entry in its
 * transaction. The twin of sqlite-reports.ts.
 */
import type pg from 'pg';
import type { Appeal, ReportInputs } from '@gov-disclosure/sdk/report';
import type { AuditEntry, Storage } from './storage.js';

type Reports = Pick<Storage, 'reportInputs' | 'saveReportInputs' | 'appeals' | 'saveAppeal'>;

export function postgresReports(
  pool: pg.Pool,
  transaction: <T>(work: (client: pg.PoolClient) => Promise<T>) => Promise<T>,
  addAudit: (db: pg.PoolClient, entry: AuditEntry) => Promise<void>,
): Reports {
  return {
    async reportInputs(jurisdiction, year) {
      const { rows } = await pool.query<{ payload: ReportInputs }>('SELECT payload FROM report_inputs WHERE jurisdiction = $1 AND year = $2', [
        jurisdiction,
        year,
      ]);
      return rows[0]?.payload;
    },
    saveReportInputs: (jurisdiction, year, inputs, at, audit) =>
      transaction(async (client) => {
        await client.query(
          'INSERT INTO report_inputs (jurisdiction, year, payload, updated_at) VALUES ($1, $2, $3, $4) ON CONFLICT (jurisdiction, year) DO UPDATE SET payload = excluded.payload, updated_at = excluded.updated_at',
          [jurisdiction, year, JSON.stringify(inputs), at],
        );
        await addAudit(client, audit);
      }),
    async appeals(jurisdiction) {
      const { rows } = await pool.query<{ payload: Appeal }>('SELECT payload FROM appeals WHERE jurisdiction = $1 ORDER BY filed_on, id', [jurisdiction]);
      return rows.map((row) => row.payload);
    },
    saveAppeal: (appeal, audit) =>
      transaction(async (client) => {
        await client.query(
          'INSERT INTO appeals (id, jurisdiction, filed_on, payload) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO UPDATE SET filed_on = excluded.filed_on, payload = excluded.payload',
          [appeal.id, appeal.jurisdiction, appeal.filedOn, JSON.stringify(appeal)],
        );
        await addAudit(client, audit);
      }),
  };
}
