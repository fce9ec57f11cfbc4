/**
 * Versioned migrations (packages/server/src/storage/migrate.ts) and `/ready`: a new database takes
 * every step and records it; one made before versions were kept takes step 1 and keeps its rows;
 * reopening takes nothing; several PostgreSQL instances starting at once take each step once; and
 * `/ready` answers 503 while the database is behind or does not answer.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { postgresStorage, sqliteStorage, type Storage } from '@gov-disclosure/server';
import { MIGRATIONS as SQLITE_STEPS } from '../../packages/server/src/storage/sqlite-schema.js';
import { MIGRATIONS as POSTGRES_STEPS } from '../../packages/server/src/storage/postgres-schema.js';
import { start } from '../support/api-server.js';

const dbFile = () => join(mkdtempSync(join(tmpdir(), 'gd-migrate-')), 'db.sqlite');
const steps = (file: string) => new Database(file, { readonly: true }).prepare('SELECT version FROM schema_migrations ORDER BY version').all();

test('both dialects know the same steps', () => {
  assert.equal(SQLITE_STEPS.length, POSTGRES_STEPS.length);
});

test('a new database takes every step once, and reopening it takes none', async () => {
  const file = dbFile();
  await sqliteStorage({ file }).close();
  await sqliteStorage({ file }).close();
  assert.deepEqual(
    steps(file),
    SQLITE_STEPS.map((_, i) => ({ version: i + 1 })),
  );
});

test('a database made before versions were kept (no step column) takes step 1 and keeps its rows', async () => {
  const file = dbFile();
  const old = new Database(file);
  old.exec(SQLITE_STEPS[0]!.replace(/,\s*step TEXT/, ''));
  old.exec("INSERT INTO feedback VALUES ('FB1', 'k1', 'f', '430121', '2026-01-01T00:00:00+08:00', 'rating', '{}')");
  old.close();
  const storage = sqliteStorage({ file });
  assert.deepEqual(await storage.schemaVersion(), { taken: SQLITE_STEPS.length, known: SQLITE_STEPS.length });
  await storage.close();
  const db = new Database(file, { readonly: true });
  assert.ok(
    (db.pragma('table_info(request_events)') as { name: string }[]).some((c) => c.name === 'step'),
    'the step column added',
  );
  assert.equal((db.prepare('SELECT COUNT(*) AS n FROM feedback').get() as { n: number }).n, 1, 'the old row kept');
});

test('/ready: 200 with the schema version; 503 while the database is behind or does not answer', async () => {
  const app = await start();
  const ok = await fetch(`${app.base}/ready`);
  assert.equal(ok.status, 200);
  assert.deepEqual(await ok.json(), { ready: true, storage: 'sqlite', schema: SQLITE_STEPS.length });
  const base = app.storage;
  for (const [schemaVersion, said] of [
    [async () => ({ taken: 0, known: 1 }), /taken 0 of 1 schema steps/],
    [async () => Promise.reject(new Error('connect ECONNREFUSED 10.0.0.5:5432')), /does not answer: connect ECONNREFUSED/],
  ] as const) {
    // The same storage answering otherwise (closed with the app, not with this server).
    const broken = await start({ storage: { ...base, schemaVersion, close: async () => undefined } as Storage });
    const answer = await fetch(`${broken.base}/ready`);
    assert.equal(answer.status, 503);
    assert.equal(answer.headers.get('retry-after'), '5');
    const { error } = await answer.json();
    assert.equal(error.code, 'not-ready');
    assert.match(error.message, said);
    // /health says only that the process is up.
    assert.equal((await fetch(`${broken.base}/health`)).status, 200);
    await broken.close();
  }
  await app.close();
});

test('PostgreSQL: instances starting at once take each step once', async (t) => {
  const url = process.env.GOV_DISCLOSURE_TEST_PG;
  if (!url) return t.skip('no PostgreSQL server');
  const storages = await Promise.all(Array.from({ length: 4 }, () => postgresStorage({ connectionString: url, max: 2 })));
  for (const storage of storages) assert.deepEqual(await storage.schemaVersion(), { taken: POSTGRES_STEPS.length, known: POSTGRES_STEPS.length });
  const pg = await import('pg');
  const client = new pg.default.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query('SELECT version, COUNT(*)::int AS n FROM schema_migrations GROUP BY version ORDER BY version');
  await client.end();
  assert.deepEqual(
    rows,
    POSTGRES_STEPS.map((_, i) => ({ version: i + 1, n: 1 })),
  );
  await Promise.all(storages.map((s) => s.close()));
});
