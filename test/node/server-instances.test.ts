/**
 * Several instances of the server over one database, as behind a load balancer: the rate limit
 * holds across them (one client's requests counted together, wherever they land), and the same
 * idempotency key sent to both stores one row. On one SQLite file always, and on PostgreSQL when
 * GOV_DISCLOSURE_TEST_PG names a database.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { gcra } from '../../packages/server/src/rate-limit.js';
import { postgresStorage, sqliteStorage, type Storage } from '@gov-disclosure/server';
import { post, start, type Running } from '../support/api-server.js';
import { pageFeedback } from '../support/submissions.js';

test('GCRA: a burst of `burst` at once, then one an interval; the wait says when', () => {
  let tat: number | undefined;
  const waits: number[] = [];
  for (let i = 0; i < 4; i++) {
    const step = gcra(tat, 1000, 3, 0);
    if ('tat' in step) tat = step.tat;
    waits.push(step.wait);
  }
  assert.deepEqual(waits, [0, 0, 0, 1000]);
  assert.equal(gcra(tat, 1000, 3, 1000).wait, 0, 'one interval on, one more is let in');
});

function twoInstances(name: string, open: () => Promise<(() => Promise<Storage>) | undefined>) {
  describe(`two instances on one ${name} database`, () => {
    let a: Running;
    let b: Running;
    let skip = false;
    before(async () => {
      const storage = await open();
      if (!storage) return void (skip = true);
      const now = () => new Date('2026-09-30T02:00:00Z');
      // Behind a proxy, as instances are: the client is the address it forwards.
      a = await start({ storage: await storage(), rateLimit: { perMinute: 6, burst: 3 }, trustProxy: true, now });
      b = await start({ storage: await storage(), rateLimit: { perMinute: 6, burst: 3 }, trustProxy: true, now });
    });
    after(async () => {
      await a?.close();
      await b?.close();
    });

    test('the rate limit holds across them: the fourth submission is refused wherever it lands', async (t) => {
      if (skip) return t.skip('no PostgreSQL server');
      const statuses: number[] = [];
      const client = `198.51.100.${Date.now() % 250}`;
      for (const [n, app] of [a, b, a, b, a].entries()) {
        const answer = await post(app.base, '/430121/feedback', pageFeedback(n), {
          'idempotency-key': `limit-${name}-${Date.now()}-${n}`,
          'x-forwarded-for': client,
        });
        statuses.push(answer.status);
        if (answer.status === 429) assert.ok(Number(answer.headers.get('retry-after')) >= 1);
      }
      // Per instance, each would have let three in.
      assert.deepEqual(statuses, [201, 201, 201, 429, 429]);
    });

    test('the same idempotency key sent to both at once stores one row, and both answer with it', async (t) => {
      if (skip) return t.skip('no PostgreSQL server');
      const key = `both-${name}-${Date.now()}`;
      const body = { ...pageFeedback(9), target: { ...pageFeedback(9).target, pageUrl: `/column/${key}` } };
      // From other addresses than the limit test's: the limit is not what this checks.
      const answers = await Promise.all(
        [a, b].map((app, i) => post(app.base, '/430121/feedback', body, { 'idempotency-key': key, 'x-forwarded-for': `203.0.113.${i + 1}` })),
      );
      const statuses = answers.map((r) => r.status).sort();
      assert.ok(statuses.every((s) => s === 200 || s === 201) && statuses.includes(201), String(statuses));
      const receipts = await Promise.all(answers.map((r) => r.json() as Promise<{ id: string }>));
      assert.equal(receipts[0]!.id, receipts[1]!.id);
      let rows = 0;
      for await (const row of a.storage.feedback()) if ((row.feedback as { target?: { pageUrl?: string } }).target?.pageUrl === `/column/${key}`) rows++;
      assert.equal(rows, 1);
    });

    test('a sequence (a reply letter’s 文号) gives each number once, whichever instance asks', async (t) => {
      if (skip) return t.skip('no PostgreSQL server');
      const key = `letter:test:${name}:${Date.now()}`;
      const numbers = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).storage.next(key)));
      assert.deepEqual(
        numbers.sort((x, y) => x - y),
        Array.from({ length: 40 }, (_, i) => i + 1),
      );
    });
  });
}

let dir: string;
before(async () => (dir = await mkdtemp(join(tmpdir(), 'gov-instances-'))));
after(() => rm(dir, { recursive: true, force: true }));

twoInstances('SQLite', async () => async () => sqliteStorage({ file: join(dir, 'shared.db') }));
twoInstances('PostgreSQL', async () => {
  const url = process.env.GOV_DISCLOSURE_TEST_PG;
  if (!url) return undefined;
  const pg = await import('pg');
  const client = new pg.default.Client({ connectionString: url });
  await client.connect();
  // What an earlier run left of the limits (the tables exist once a storage has opened the database).
  await client.query("DO $$ BEGIN IF to_regclass('rate_limits') IS NOT NULL THEN DELETE FROM rate_limits; END IF; END $$");
  await client.end();
  return async () => postgresStorage({ connectionString: url });
});
