/**
 * The chaos proxy for the outbox test: the real reference server (a child process on SQLite)
 * behind a proxy that, at random, answers 500 or 503 before or after passing the request on,
 * hangs (the client times out), drops the connection, or kills the server mid-request and
 * restarts it. A write the server committed but whose answer was lost is the case that tells an
 * idempotent outbox from a careless one.
 *
 *   POST /chaos/start          a fresh server and database; answers { api }
 *   ANY  /chaos/api/…          the API, through the faults
 *   GET  /chaos/count          { rows, unique, faults } from the staff CSV export
 *   POST /chaos/stop
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from './free-port.js';

const ROOT = resolve(import.meta.dirname, '../..');
const TOKEN = 'chaos-staff-token';

/** Fault → probability per request; the rest pass through untouched. */
const FAULTS: [string, number][] = [
  ['500-before', 0.05],
  ['500-after', 0.05],
  ['503', 0.02],
  ['hang-before', 0.01],
  ['hang-after', 0.01],
  ['drop-before', 0.03],
  ['drop-after', 0.03],
  ['kill', 0.006],
];

interface Run {
  dir: string;
  port: number;
  child: ChildProcess | undefined;
  ready: Promise<void>;
  faults: Record<string, number>;
  random: () => number;
  hanging: Set<ServerResponse>;
}

let run: Run | undefined;

/** A small seeded generator (mulberry32), so that a failing run can be replayed. */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function startChild(r: Run): void {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'packages/server/src/bin.ts'), '--db', join(r.dir, 'chaos.db'), '--port', String(r.port), '--rate', '0', '--origin', '*'],
    {
      cwd: ROOT,
      env: { ...process.env, GOV_DISCLOSURE_STAFF_TOKEN: TOKEN },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  r.child = child;
  r.ready = new Promise((resolveReady, reject) => {
    const timer = setTimeout(() => reject(new Error('chaos server did not start')), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('gov-disclosure-server on')) {
        clearTimeout(timer);
        resolveReady();
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      if (!text.includes('--calendar')) process.stderr.write(`[chaos server] ${text}`);
    });
    child.on('exit', () => clearTimeout(timer));
  });
  r.ready.catch(() => undefined);
}

function kill(r: Run): void {
  r.faults.kill = (r.faults.kill ?? 0) + 1;
  r.child?.kill('SIGKILL');
  r.child = undefined;
  // Back after a while, as a supervisor would restart it.
  setTimeout(() => run === r && startChild(r), 300 + r.random() * 700);
}

function pick(r: Run): string {
  let x = r.random();
  for (const [fault, p] of FAULTS) {
    if (x < p) return fault;
    x -= p;
  }
  return 'pass';
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', 'access-control-allow-origin': '*', ...headers }).end(JSON.stringify(body));
}

/** Passes the request to the server; resolves to its answer, or undefined when it is down. */
function forward(
  r: Run,
  req: IncomingMessage,
  body: Buffer,
  path: string,
  onSent?: () => void,
): Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer } | undefined> {
  return new Promise((resolveAnswer) => {
    if (!r.child) return resolveAnswer(undefined);
    const upstream = httpRequest(
      { host: '127.0.0.1', port: r.port, method: req.method, path, headers: { ...req.headers, host: `127.0.0.1:${r.port}` } },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (c: Buffer) => chunks.push(c));
        answer.on('end', () => resolveAnswer({ status: answer.statusCode ?? 502, headers: answer.headers, body: Buffer.concat(chunks) }));
        answer.on('error', () => resolveAnswer(undefined));
      },
    );
    upstream.on('error', () => resolveAnswer(undefined));
    upstream.end(body, () => onSent?.());
  });
}

/** Handles `/chaos/…`; false for other paths. */
export async function chaos(req: IncomingMessage, res: ServerResponse, pathname: string, search: string): Promise<boolean> {
  if (!pathname.startsWith('/chaos/')) return false;
  const rest = pathname.slice('/chaos'.length);
  if (rest === '/start' && req.method === 'POST') {
    stop();
    const seed = Number(new URLSearchParams(search).get('seed') ?? Date.now() % 100000);
    const r: Run = {
      dir: mkdtempSync(join(tmpdir(), 'gov-chaos-')),
      port: await freePort(),
      child: undefined,
      ready: Promise.resolve(),
      faults: {},
      random: seeded(seed),
      hanging: new Set(),
    };
    run = r;
    startChild(r);
    await r.ready;
    json(res, 200, { api: '/chaos/api', seed });
    return true;
  }
  const r = run;
  if (!r) {
    json(res, 409, { error: { code: 'no-run', message: 'POST /chaos/start first' } });
    return true;
  }
  if (rest === '/stop') {
    stop();
    json(res, 200, { ok: true });
    return true;
  }
  if (rest === '/count') {
    // Make sure the server is up, then read every row through the staff export.
    if (!r.child) startChild(r);
    await r.ready;
    const answer = await new Promise<string>((resolveCsv, reject) => {
      httpRequest({ host: '127.0.0.1', port: r.port, path: '/staff/feedback.csv', headers: { authorization: `Bearer ${TOKEN}` } }, (a) => {
        let text = '';
        a.setEncoding('utf8');
        a.on('data', (c: string) => (text += c));
        a.on('end', () => resolveCsv(text));
      })
        .on('error', reject)
        .end();
    });
    // The 页面 column, found by its header: the export's columns may move.
    const [head, ...lines] = answer
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const column = head!.split(',').indexOf('页面');
    const pages = lines.map((line) => line.split(',')[column]);
    json(res, 200, { rows: pages.length, unique: new Set(pages).size, faults: r.faults });
    return true;
  }
  if (rest.startsWith('/api/')) {
    const path = rest.slice(4) + search;
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    // Preflights pass untouched: the faults are for the writes.
    const fault = req.method === 'POST' ? pick(r) : 'pass';
    if (fault !== 'pass') r.faults[fault] = (r.faults[fault] ?? 0) + 1;
    const cors = { 'access-control-allow-origin': String(req.headers.origin ?? '*'), 'access-control-expose-headers': 'Retry-After' };
    switch (fault) {
      case '500-before':
        return (json(res, 500, { error: { code: 'chaos', message: 'Injected 500 before the server' } }, cors), true);
      case '503':
        return (json(res, 503, { error: { code: 'chaos', message: 'Injected 503' } }, { ...cors, 'retry-after': '1' }), true);
      case 'hang-before':
        r.hanging.add(res);
        return true;
      case 'drop-before':
        req.socket.destroy();
        return true;
    }
    if (!r.child) await r.ready.catch(() => undefined);
    const answer = await forward(r, req, body, path, fault === 'kill' ? () => setTimeout(() => kill(r), r.random() * 5) : undefined);
    if (!answer || fault === 'drop-after') {
      req.socket.destroy();
      return true;
    }
    if (fault === '500-after') return (json(res, 500, { error: { code: 'chaos', message: 'Injected 500 after the server stored it' } }, cors), true);
    if (fault === 'hang-after') {
      r.hanging.add(res);
      return true;
    }
    const headers = { ...answer.headers };
    delete headers['transfer-encoding'];
    delete headers.connection;
    delete headers['keep-alive'];
    res.writeHead(answer.status, headers).end(answer.body);
    return true;
  }
  json(res, 404, { error: { code: 'not-found', message: rest } });
  return true;
}

function stop(): void {
  if (!run) return;
  run.child?.kill('SIGKILL');
  for (const res of run.hanging) res.destroy();
  rmSync(run.dir, { recursive: true, force: true });
  run = undefined;
}

process.on('exit', stop);
