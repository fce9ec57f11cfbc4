/**
 * The reference server under load: feedback POSTs on loopback with autocannon, one server
 * process on SQLite (WAL), each request with its own Idempotency-Key and body, as real clients
 * send them. Prints requests per second, latency percentiles, errors, and checks that the database
 * holds exactly one row per 2xx answer.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { freePort } from '../support/free-port.js';

const ROOT = resolve(import.meta.dirname, '../..');

const CONNECTIONS = 32;

type Report = (name: string, value: string, target: string, ok: boolean) => void;

export async function serverBench(report: Report): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'gov-bench-'));
  const db = join(dir, 'bench.db');
  const port = await freePort();
  // The built server (npm run bench builds first), as production runs it: no TypeScript loader.
  const server = spawn(process.execPath, [join(ROOT, 'packages/server/dist/bin.js'), '--db', db, '--port', String(port), '--rate', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    await new Promise<void>((up, fail) => {
      const timer = setTimeout(() => fail(new Error('server did not start')), 20_000);
      server.stdout!.on('data', (c: Buffer) => c.toString().includes('on http') && (clearTimeout(timer), up()));
    });
    let n = 0;
    const body = () =>
      JSON.stringify(
        n % 3 === 0
          ? { kind: 'page', target: { jurisdiction: '430121', pageUrl: `/column/${n}` }, useful: n % 2 === 0 }
          : n % 3 === 1
            ? { kind: 'rating', target: { item: 'social-assistance:1.1' }, grade: 4, indicators: { efficiency: 4 }, comment: `办理顺利 ${n}` }
            : { kind: 'message', target: {}, topic: 'enquiry', comment: `请问低保申请需要哪些材料？编号${n}`, contact: { phone: '13800138000' } },
      );
    const run = (duration: number) =>
      autocannon({
        url: `http://127.0.0.1:${port}/430121/feedback`,
        connections: CONNECTIONS,
        duration,
        requests: [
          {
            method: 'POST',
            setupRequest: (request) => {
              n++;
              return { ...request, headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() }, body: body() };
            },
          },
        ],
      });
    const warm = await run(2); // warm-up: JIT, SQLite page cache
    const result = await run(10);
    const total = result['2xx'];
    const rows = (new Database(db, { readonly: true }).prepare('SELECT count(*) AS n FROM feedback').get() as { n: number }).n;
    const errors = result.errors + result.timeouts + result.non2xx;
    console.log(
      `  ${result.requests.total} requests in ${result.duration} s: ${result['2xx']} 2xx, ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts; latency median ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms; ${rows} rows for ${warm['2xx'] + total} answers received (warm-up included; the rest were in flight when each run stopped, at most ${2 * CONNECTIONS})`,
    );
    const rate = result.requests.average;
    report(
      'Feedback POSTs on loopback, SQLite, one server process',
      `${Math.round(rate)} req/s, p99 ${result.latency.p99} ms, ${errors} errors`,
      '≥ 2,000 req/s, zero errors',
      rate >= 2000 && errors === 0 && total > 0 && rows >= warm['2xx'] + total && rows - (warm['2xx'] + total) <= 2 * CONNECTIONS,
    );
  } finally {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}
