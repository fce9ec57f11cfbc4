/**
 * The real local HTTP server the browser tests talk to, on its own port (so cross-origin, with
 * CORS, as a portal's API is). It serves bundles and the read API from disk, takes writes, and
 * injects faults on demand, so that tests observe real requests instead of mocking the transport.
 *
 *   /t/<key>/<fault>/bundle/<path>     a file of the demo bundles (packages/demo/bundle)
 *   /t/<key>/<fault>/fixtures/<path>   a file of test/fixtures
 *   /t/<key>/<fault>/api/<code>/…      the reference server's API (reads from the demo bundles; writes into SQLite in memory)
 *   /t/<key>/stats                     what this key's requests were
 *
 * <fault> is `ok`, `503x<N>` (first N requests of each path answer 503), `429` (the first answers
 * 429 with Retry-After: 1), `slow` (answers after 3 s), `500` (always), `drop` (closes the
 * connection), `bad-record` (one malformed record in the matrix, the policies, a shard and each chunk), or
 * `refuse-<path>` (a write answers 400 invalid-body naming the field at <path>, as the server does for a body its schema refuses). Each <key> counts its own requests, so tests do not see each other's.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, normalize, resolve } from 'node:path';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createApiHandler, errorAnswer, sqliteStorage, type Answer } from '@gov-disclosure/server';
import { chaos } from './chaos.js';

const ROOT = resolve(import.meta.dirname, '../..');
const ROOTS = { bundle: join(ROOT, 'packages/demo/bundle'), fixtures: join(ROOT, 'test/fixtures') } as const;

interface Stats {
  hits: Record<string, number>;
  times: Record<string, number[]>;
  headers: Record<string, Record<string, string | undefined>[]>;
  stored: Record<string, unknown>;
}

const stats = new Map<string, Stats>();
const statsOf = (key: string) => {
  let s = stats.get(key);
  if (!s) stats.set(key, (s = { hits: {}, times: {}, headers: {}, stored: {} }));
  return s;
};

/** The real reference server, on a throwaway SQLite database. */
const api = createApiHandler({
  bundles: ROOTS.bundle,
  storage: sqliteStorage({ file: ':memory:' }),
  origins: ['*'],
  rateLimit: false,
  staffToken: 'test-staff-token',
});
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function staticFile(root: string, path: string, ifNoneMatch: string): Promise<Answer & { raw?: Buffer }> {
  const file = normalize(join(root, path));
  if (!file.startsWith(root)) return errorAnswer(403, 'forbidden', 'Outside the root');
  const content = await readFile(file).catch(() => undefined);
  if (!content) return errorAnswer(404, 'not-found', `No file ${path}`);
  const etag = `"${createHash('sha1').update(content).digest('hex').slice(0, 16)}"`;
  if (ifNoneMatch === etag) return { status: 304, body: undefined, headers: { etag } };
  return {
    status: 200,
    body: undefined,
    raw: content,
    headers: { etag, 'content-type': file.endsWith('.json') ? 'application/json' : 'application/octet-stream' },
  };
}

function header(req: IncomingMessage, name: string): string {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : (value ?? '');
}

const CORS = {
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'accept, content-type, idempotency-key, if-none-match, authorization, x-captcha-token',
  'access-control-expose-headers': 'etag, retry-after, x-request-id',
  'access-control-max-age': '600',
};

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (await chaos(req, res, url.pathname, url.search)) return;
  res.setHeader('access-control-allow-origin', header(req, 'origin') || '*');
  for (const [name, value] of Object.entries(CORS)) res.setHeader(name, value);
  if (req.method === 'OPTIONS') {
    res.writeHead(204).end();
    return;
  }
  const match = /^\/t\/([\w-]+)\/(.+)$/.exec(url.pathname);
  if (!match) {
    res.writeHead(404).end();
    return;
  }
  const [, key, rest] = match as unknown as [string, string, string];
  const s = statsOf(key);
  if (rest === 'stats') {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(s));
    return;
  }
  const [fault, kind, ...pathParts] = rest.split('/');
  const path = pathParts.join('/');
  const id = `${req.method} ${kind}/${path}`;
  const hit = (s.hits[id] = (s.hits[id] ?? 0) + 1);
  (s.times[id] ??= []).push(Date.now());
  (s.headers[id] ??= []).push({ 'if-none-match': header(req, 'if-none-match') || undefined, 'idempotency-key': header(req, 'idempotency-key') || undefined });

  const failures = /^503x(\d+)$/.exec(fault ?? '');
  let answer: (Answer & { raw?: Buffer }) | undefined;
  if (failures && hit <= Number(failures[1])) answer = errorAnswer(503, 'unavailable', 'Try again');
  else if (fault === '429' && hit === 1) answer = { ...errorAnswer(429, 'rate-limited', 'Slow down'), headers: { 'retry-after': '1' } };
  else if (fault === '500') answer = errorAnswer(500, 'internal', 'Broken');
  else if (fault?.startsWith('refuse-') && req.method === 'POST')
    answer = errorAnswer(400, 'invalid-body', 'The body does not match the schema', [
      { path: fault.slice(7), expected: 'a valid value', message: 'Invalid value' },
    ]);
  else if (fault === 'drop') {
    req.socket.destroy();
    return;
  } else {
    if (fault === 'slow') await wait(3_000);
    if (kind === 'bundle' || kind === 'fixtures') answer = await staticFile(ROOTS[kind], path, header(req, 'if-none-match'));
    // One bad record in each kind of list: the manifest's third jurisdiction points at javascript:,
    // the first policy has no title, 社会救助's 1.2 item has level 9, each chunk's first entry a date "yesterday".
    if (fault === 'bad-record' && answer?.raw) {
      const json = JSON.parse(answer.raw.toString('utf8'));
      if (path.endsWith('manifest.json')) json.jurisdictions[2].data = { src: 'javascript:alert(1)' };
      if (path.includes('policies.')) json.policies[0].title = 42;
      if (path.includes('/areas/')) for (const item of json.items) if (item.id === 'social-assistance:1.2') item.level = 9;
      if (path.includes('/entries/')) json.entries[0].publishedAt = 'yesterday';
      answer = { ...answer, raw: Buffer.from(JSON.stringify(json)), headers: { ...answer.headers, etag: '"bad-record"' } };
    } else if (kind === 'api') {
      res.setHeader('x-request-id', `test-${key}-${hit}`);
      await api(req, res, `/${path}`);
      const idempotencyKey = header(req, 'idempotency-key');
      if (res.statusCode === 201 && idempotencyKey) s.stored[idempotencyKey] = true;
      return;
    }
  }
  answer ??= errorAnswer(404, 'not-found', `No ${kind}`);
  const headers: Record<string, string> = { 'x-request-id': `test-${key}-${hit}`, 'cache-control': 'no-store', ...answer.headers };
  if (answer.raw) res.writeHead(answer.status, headers).end(answer.raw);
  else if (answer.body !== undefined) res.writeHead(answer.status, { ...headers, 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
  else res.writeHead(answer.status, headers).end();
}

/** Starts the test server on a free loopback port; resolves to its origin. */
export async function startTestServer(): Promise<string> {
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[test-server]', error);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  const { port } = server.address() as { port: number };
  return `http://127.0.0.1:${port}`;
}
