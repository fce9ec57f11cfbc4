/**
 * A step and its entry in the audit trail are one transaction: when the entry cannot be written,
 * the step is not kept either (SQLite here; the PostgreSQL storage does the same in its transaction).
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { sqliteStorage } from '@gov-disclosure/server';
import { citizenRequest } from '../support/submissions.js';
import { post, start, TOKEN } from '../support/api-server.js';

test('no step without its audit entry: a failed entry leaves the request as it was', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'gd-audit-')), 'db.sqlite');
  const app = await start({ storage: sqliteStorage({ file }), now: () => new Date('2026-10-08T02:00:00Z') });
  const { code } = await (await post(app.base, '/430121/requests', citizenRequest())).json();
  const step = () =>
    post(
      app.base,
      `/staff/requests/${code}/steps`,
      { type: 'assigned', on: '2026-10-08', department: '县民政局', handler: '王敏' },
      { authorization: `Bearer ${TOKEN}` },
    );
  const events = async () => (await (await fetch(`${app.base}/430121/requests/${code}`)).json()).timeline.length;

  // The audit trail refuses the step's entry (a full disk, a broken trigger…).
  const side = new Database(file);
  side.exec("CREATE TRIGGER refuse_steps BEFORE INSERT ON audit WHEN NEW.action = 'step' BEGIN SELECT RAISE(ABORT, 'audit unavailable'); END");
  assert.equal((await step()).status, 500);
  assert.equal(await events(), 1, 'the step was not kept without its entry');

  side.exec('DROP TRIGGER refuse_steps');
  assert.equal((await step()).status, 200);
  assert.equal(await events(), 2);
  const entries = side.prepare("SELECT subject, after FROM audit WHERE action = 'step'").all() as { subject: string; after: string }[];
  side.close();
  assert.equal(entries.length, 1);
  assert.equal(entries[0]!.subject, code);
  assert.equal(JSON.parse(entries[0]!.after).state, 'processing');
  await app.close();
});
