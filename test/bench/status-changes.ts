/**
 * Status changes on PostgreSQL with two instances (issue 14): ≥ 500 per second, 0 errors, every
 * change in the audit trail. Two built servers (`packages/server/dist/bin.js --pg`) on one
 * database; requests registered first, then each worked through four steps (交办, 拟定答复, 审核通过
 * — which takes the year's next 文号 from the shared sequence — and 送达), 32 at a time, each step
 * sent to the other instance than the one before. The audit trail is counted afterwards.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join, resolve } from 'node:path';
import { chinaDay } from '@gov-disclosure/sdk';
import { freePort } from '../support/free-port.js';
import { citizenRequest } from '../support/submissions.js';

const ROOT = resolve(import.meta.dirname, '../..');
const TOKEN = `bench-${randomUUID()}`;
const REQUESTS = 600;
const WORKERS = 32;

type Report = (name: string, value: string, target: string, ok: boolean) => void;

async function instance(url: string): Promise<{ base: string; process: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(ROOT, 'packages/server/dist/bin.js'), '--pg', url, '--port', String(port), '--rate', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, GOV_DISCLOSURE_STAFF_TOKEN: TOKEN },
  });
  await new Promise<void>((up, fail) => {
    const timer = setTimeout(() => fail(new Error('server did not start')), 30_000);
    child.stdout!.on('data', (c: Buffer) => c.toString().includes('on http') && (clearTimeout(timer), up()));
  });
  return { base: `http://127.0.0.1:${port}`, process: child };
}

export async function statusChangesBench(report: Report): Promise<void> {
  console.log('\n— Status changes on PostgreSQL, two server instances —');
  let url = process.env.GOV_DISCLOSURE_TEST_PG;
  try {
    url ||= execFileSync('bash', [join(ROOT, 'test/support/ensure-postgres.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    url = '';
  }
  if (!url) return report('Status changes, PostgreSQL, two instances', 'no PostgreSQL server here', '≥ 500/s, 0 errors', false);
  const servers = [await instance(url), await instance(url)];
  try {
    const post = (base: string, path: string, body: unknown) =>
      fetch(base + path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}`, 'idempotency-key': randomUUID() },
        body: JSON.stringify(body),
      });
    const codes: string[] = [];
    const pool = async <T>(items: T[], work: (item: T, i: number) => Promise<void>) => {
      let next = 0;
      await Promise.all(
        Array.from({ length: WORKERS }, async () => {
          while (next < items.length) {
            const i = next++;
            await work(items[i]!, i);
          }
        }),
      );
    };
    await pool(Array.from({ length: REQUESTS }), async (_, i) => {
      const answer = await post(servers[i % 2]!.base, '/430121/requests', citizenRequest());
      if (answer.status === 201) codes.push(((await answer.json()) as { code: string }).code);
    });
    const on = chinaDay();
    const steps = [
      { type: 'assigned', on, department: '县民政局', handler: '王敏' },
      { type: 'reply-drafted', on, outcome: { kind: 'disclosed' }, basis: '《中华人民共和国政府信息公开条例》第三十六条' },
      { type: 'reply-approved', on },
      { type: 'delivered', on, channel: 'post' },
    ];
    let changed = 0;
    const errors: string[] = [];
    const started = performance.now();
    await pool(codes, async (code, i) => {
      for (const [n, step] of steps.entries()) {
        const answer = await post(servers[(i + n) % 2]!.base, `/staff/requests/${code}/steps`, step);
        if (answer.status === 200) changed++;
        else errors.push(`${answer.status} ${(await answer.text()).slice(0, 120)}`);
        if (answer.status !== 200) return;
      }
    });
    const seconds = (performance.now() - started) / 1000;
    const pg = await import('pg');
    const db = new pg.default.Client({ connectionString: url });
    await db.connect();
    const audited = Number((await db.query<{ n: string }>("SELECT count(*) AS n FROM audit WHERE action = 'step' AND subject = ANY($1)", [codes])).rows[0]!.n);
    await db.end();
    const rate = changed / seconds;
    console.log(
      `  ${codes.length} requests registered; ${changed} status changes in ${seconds.toFixed(1)} s; ${audited} in the audit trail${errors.length ? `; first error: ${errors[0]}` : ''}`,
    );
    report(
      'Status changes on PostgreSQL, two instances, 32 at a time',
      `${Math.round(rate)}/s, ${errors.length} errors, ${audited} of ${changed} audited`,
      '≥ 500/s, 0 errors, every change audited',
      rate >= 500 && errors.length === 0 && codes.length === REQUESTS && audited === changed && changed === REQUESTS * steps.length,
    );
  } finally {
    for (const s of servers) s.process.kill();
  }
}
