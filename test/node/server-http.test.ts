/**
 * The API server at its edges: CORS for the portal and no other origin, the security headers, the
 * rate limit on submissions, the read routes' ETags, and the README's server command run as written.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { pageFeedback } from '../support/submissions.js';
import { PORTAL, post, start, type Running } from '../support/api-server.js';

describe('CORS, security headers and the rate limit', () => {
  let app: Running;
  before(async () => (app = await start({ rateLimit: { perMinute: 60, burst: 3 } })));
  after(() => app.close());

  test('the portal may call the API from its pages; other origins may not', async () => {
    const preflight = await fetch(`${app.base}/430121/feedback`, {
      method: 'OPTIONS',
      headers: { origin: PORTAL, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, idempotency-key' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), PORTAL);
    assert.match(preflight.headers.get('access-control-allow-headers')!, /Idempotency-Key/);
    const evil = await fetch(`${app.base}/430121/feedback`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    assert.equal(evil.status, 403);
    assert.equal(evil.headers.get('access-control-allow-origin'), null);
    const read = await fetch(`${app.base}/430121/areas`, { headers: { origin: 'https://evil.example' } });
    assert.equal(read.headers.get('access-control-allow-origin'), null, 'a browser elsewhere cannot read the answer');
    for (const header of ['x-content-type-options', 'x-frame-options', 'content-security-policy', 'referrer-policy'])
      assert.ok(read.headers.get(header), header);
  });

  test('submissions beyond the limit get 429 with Retry-After', async () => {
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await post(app.base, '/430121/feedback', pageFeedback(i))).status);
    assert.deepEqual(statuses, [201, 201, 201, 429]);
    const limited = await post(app.base, '/430121/feedback', pageFeedback(9));
    assert.ok(Number(limited.headers.get('retry-after')) >= 1);
    assert.equal((await limited.json()).error.code, 'rate-limited');
    assert.equal((await fetch(`${app.base}/430121/areas`)).status, 200, 'reads are not limited');
  });

  test('the read routes answer from the bundle, with ETags', async () => {
    const areas = await fetch(`${app.base}/430121/areas`);
    assert.equal(areas.status, 200);
    const again = await fetch(`${app.base}/430121/areas`, { headers: { 'if-none-match': areas.headers.get('etag')! } });
    assert.equal(again.status, 304);
  });
});

test("the README's server command runs as written at the root of a clone (its bin is a committed shim)", async () => {
  const { spawn } = await import('node:child_process');
  const { existsSync } = await import('node:fs');
  const { readFile, rm } = await import('node:fs/promises');
  const { join, resolve } = await import('node:path');
  const { freePort } = await import('../support/free-port.js');
  const root = resolve(import.meta.dirname, '../..');
  const command = /`(npx gov-disclosure-server [^`]+)`/.exec(await readFile(join(root, 'README.md'), 'utf8'))?.[1];
  assert.ok(command, 'the README shows the server command');
  const db = /--db (\S+)/.exec(command)![1]!;
  const dataBefore = existsSync(join(root, 'data'));
  const port = await freePort();
  // Its own process group: npx runs the server as a child of its own, and both must stop.
  const child = spawn('sh', ['-c', `exec ${command}`], { cwd: root, env: { ...process.env, PORT: String(port) }, detached: true });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  try {
    // Started once it prints its address; a deadline, not a wait.
    await new Promise<void>((resolve, reject) => {
      const deadline = setTimeout(() => reject(new Error(`the server did not start: ${output}`)), 30_000);
      const started = () => output.includes(`:${port}`) && (clearTimeout(deadline), resolve());
      child.stdout.on('data', started);
      child.stderr.on('data', started);
      child.once('exit', () => (clearTimeout(deadline), reject(new Error(`the server exited: ${output}`))));
    });
    const response = await fetch(`http://127.0.0.1:${port}/430121/areas`);
    assert.equal(response.status, 200);
    assert.equal(((await response.json()) as { areas: unknown[] }).areas.length, 26);
    assert.ok(existsSync(join(root, db)), `${db} was created`);
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    process.kill(-child.pid!, 'SIGTERM');
    await exited;
    await rm(dataBefore ? join(root, db) : join(root, 'data'), { recursive: true, force: true });
  }
});
