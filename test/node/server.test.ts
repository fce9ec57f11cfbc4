import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { AddressInfo } from 'node:net';
import { request as httpRequest } from 'node:http';
import { createApiServer, postgresStorage, sqliteStorage, type ServerOptions, type Storage } from '@gov-disclosure/server';
import { citizenRequest, organisationRequest, pageFeedback, PNG_BYTES, rating, VALID_ID } from '../support/submissions.js';
import { DEFAULT_BUNDLE_DIR } from '../../packages/demo/src/paths.js';
import { createClient } from '@gov-disclosure/sdk';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fileFetch } from '../../packages/server/src/read-api.js';

const TOKEN = 'staff-secret-token';
const PORTAL = 'https://www.csx.gov.cn';
// National Day 2026 as a site would configure it: 10-01..10-07 off, 09-27 and 10-10 worked.
const calendar = { holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'], workdays: ['2026-09-27', '2026-10-10'] };

interface Running {
  base: string;
  storage: Storage;
  close(): Promise<void>;
}

async function start(options: Partial<ServerOptions> & { storage?: Storage } = {}): Promise<Running> {
  const storage = options.storage ?? sqliteStorage({ file: ':memory:' });
  const server = createApiServer({ bundles: DEFAULT_BUNDLE_DIR, origins: [PORTAL], staffToken: TOKEN, calendar, rateLimit: false, ...options, storage });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    storage,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await storage.close();
    },
  };
}

const post = (base: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

async function csvRows(base: string, file: string): Promise<string[][]> {
  const text = await (await fetch(`${base}/staff/${file}`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
  return text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .slice(1)
    .map((line) => line.split(','));
}

/** A CSV export as records, by the Chinese headers (the cells of these tests hold no commas or quotes). */
async function csvRecords(base: string, file: string): Promise<Record<string, string>[]> {
  const text = await (await fetch(`${base}/staff/${file}`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
  const [head, ...lines] = text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .map((line) => line.split(','));
  return lines.map((cells) => Object.fromEntries(head!.map((name, i) => [name, cells[i] ?? ''])));
}

/** The behaviour every storage must have; run against SQLite always and PostgreSQL when present. */
function storageContract(name: string, makeStorage: () => Promise<Storage | undefined>) {
  describe(`submissions on ${name}`, () => {
    let app: Running;
    let skip = false;
    before(async () => {
      const storage = await makeStorage();
      if (!storage) skip = true;
      else app = await start({ storage, now: () => new Date('2026-09-30T02:00:00Z') });
    });
    after(() => app?.close());

    test('a feedback is stored once per idempotency key, and a reused key with another body is refused', async (t) => {
      if (skip) return t.skip('no PostgreSQL server');
      const first = await post(app.base, '/430121/feedback', pageFeedback(1), { 'idempotency-key': 'key-0000001' });
      assert.equal(first.status, 201);
      const receipt = await first.json();
      assert.match(receipt.id, /^FB20260930/);
      assert.equal(receipt.receivedAt, '2026-09-30T10:00:00+08:00');
      const again = await post(app.base, '/430121/feedback', pageFeedback(1), { 'idempotency-key': 'key-0000001' });
      assert.equal(again.status, 200);
      assert.equal(again.headers.get('idempotent-replayed'), 'true');
      assert.deepEqual(await again.json(), receipt);
      const other = await post(app.base, '/430121/feedback', pageFeedback(2), { 'idempotency-key': 'key-0000001' });
      assert.equal(other.status, 422);
      assert.equal((await other.json()).error.code, 'idempotency-key-reused');
      // The same key sent by many clients at once still makes one row.
      const racing = await Promise.all(Array.from({ length: 20 }, () => post(app.base, '/430121/feedback', rating(), { 'idempotency-key': 'key-race-01' })));
      assert.deepEqual(new Set(racing.map((r) => r.status)), new Set([201, 200]));
      const rows = await csvRows(app.base, 'feedback.csv');
      assert.equal(rows.length, 2);
    });

    test('page feedback on an entry keeps the entry and its item; the export names them and says every code in Chinese', async (t) => {
      if (skip) return t.skip('no PostgreSQL server');
      const target = {
        jurisdiction: '430121',
        item: 'social-assistance:1.1',
        entry: 'social-assistance:1.1~7',
        pageUrl: 'https://www.csx.gov.cn/zwgk/#gov-item=social-assistance%3A1.1&gov-entry=social-assistance%3A1.1~7',
      };
      const page = await (await post(app.base, '/430121/feedback', { kind: 'page', target, useful: false, problems: ['outdated', 'broken-link'] })).json();
      const graded = await (
        await post(app.base, '/430121/feedback', {
          ...rating(),
          target: { item: 'social-assistance:1.1' },
          grade: 5,
          reason: undefined,
          evaluator: 'legal-person',
        })
      ).json();
      const message = await (
        await post(app.base, '/430121/feedback', { kind: 'message', target: {}, topic: 'consultation', comment: '建议延长公示期' })
      ).json();
      // Stored as sent.
      const stored = new Map<string, unknown>();
      for await (const row of app.storage.feedback()) stored.set(row.id, row.feedback);
      assert.deepEqual((stored.get(page.id) as { target: unknown }).target, target);

      const rows = new Map((await csvRecords(app.base, 'feedback.csv')).map((r) => [r['编号'], r]));
      const p = rows.get(page.id)!;
      // The demo's titles carry their month, and its dates follow the day it was built.
      const title = (await createClient({ src: pathToFileURL(join(DEFAULT_BUNDLE_DIR, '430121', 'manifest.json')).href, fetch: fileFetch }).entry(target.entry))
        .title;
      assert.deepEqual(
        [p['类型'], p['类型名称'], p['事项'], p['事项名称'], p['信息'], p['信息标题'], p['页面'], p['是否有用'], p['问题'], p['问题名称']],
        [
          'page',
          '页面反馈',
          'social-assistance:1.1',
          '社会救助 › 最低生活保障 › 办事指南',
          'social-assistance:1.1~7',
          title,
          target.pageUrl,
          '没用',
          'outdated;broken-link',
          '内容过时、链接失效',
        ],
      );
      const g = rows.get(graded.id)!;
      assert.deepEqual(
        [g['类型名称'], g['事项名称'], g['评价等级'], g['评价等级名称'], g['分项评价'], g['分项评价名称'], g['评价人类型'], g['评价人类型名称']],
        [
          '评价',
          '社会救助 › 最低生活保障 › 办事指南',
          '5',
          '非常满意',
          'efficiency=2;convenience=3',
          '办事效率：不满意；办事便捷度：基本满意',
          'legal-person',
          '法人',
        ],
      );
      const m = rows.get(message.id)!;
      assert.deepEqual([m['类型名称'], m['留言类别'], m['留言类别名称'], m['事项名称'], m['内容']], ['留言', 'consultation', '意见征集', '', '建议延长公示期']);
      // An item the catalogue does not have keeps its id; its name stays empty, and the export still works.
      const unknown = await (
        await post(app.base, '/430121/feedback', { ...pageFeedback(), target: { item: 'no-such-area:9', entry: 'no-such-area:9~1' } })
      ).json();
      const u = (await csvRecords(app.base, 'feedback.csv')).find((r) => r['编号'] === unknown.id)!;
      assert.deepEqual([u['事项'], u['事项名称'], u['信息'], u['信息标题']], ['no-such-area:9', '', 'no-such-area:9~1', '']);
    });

    test('a request gets a 查询码 and deadlines in working days over the holiday; staff move it along', async (t) => {
      if (skip) return t.skip('no PostgreSQL server');
      const response = await post(
        app.base,
        '/430121/requests',
        { ...citizenRequest(), proof: { name: '身份证.png', type: 'image/png', size: PNG_BYTES.length, data: Buffer.from(PNG_BYTES).toString('base64') } },
        { 'idempotency-key': 'req-0000001' },
      );
      assert.equal(response.status, 201);
      const receipt = await response.json();
      assert.match(receipt.code, /^430121-20260930-[0-9A-HJKMNP-TV-Z]{10}$/);
      assert.equal(receipt.receivedAt, '2026-09-30');
      // 20 working days from 09-30, skipping 10-01..10-07 and weekends, with 10-10 worked: 11-03.
      assert.equal(receipt.dueAt, '2026-11-03');
      assert.equal(receipt.latestDueAt, '2026-12-01');

      const lookup = await fetch(`${app.base}/430121/requests/${receipt.code.toLowerCase()}`);
      const status = await lookup.json();
      assert.equal(status.state, 'registered');
      assert.equal(status.timeline.length, 1);
      assert.equal(JSON.stringify(status).includes(VALID_ID), false, 'the public status shows no personal data');

      const update = (body: unknown, token = TOKEN) => post(app.base, `/staff/requests/${receipt.code}/status`, body, { authorization: `Bearer ${token}` });
      assert.equal((await update({ state: 'processing' }, 'wrong-token')).status, 401);
      assert.equal((await update({ state: 'extended', extensionDays: 10, note: '需协调多部门' })).status, 200);
      assert.equal((await update({ state: 'extended' })).status, 409, 'only one extension');
      assert.equal((await update({ state: 'answered' })).status, 400, 'an answer needs its reply type');
      const answered = await (await update({ state: 'answered', replyType: 'disclosable', note: '已通过电子邮件答复' })).json();
      assert.equal(answered.dueAt, '2026-11-17', 'the extension moved the deadline by 10 working days');
      assert.equal(answered.replyType, 'disclosable');
      assert.deepEqual(
        answered.timeline.map((e: { state: string }) => e.state),
        ['registered', 'extended', 'answered'],
      );
      await update({ state: 'archived' });
      assert.equal((await update({ state: 'processing' })).status, 409, 'archived is final');

      const proof = await fetch(`${app.base}/staff/requests/${receipt.code}/proof`, { headers: { authorization: `Bearer ${TOKEN}` } });
      assert.equal(proof.headers.get('content-type'), 'image/png');
      assert.deepEqual([...new Uint8Array(await proof.arrayBuffer())], PNG_BYTES);

      const org = await post(app.base, '/430122/requests', organisationRequest());
      assert.equal(org.status, 201);
      const rows = await csvRows(app.base, 'requests.csv');
      assert.equal(rows.length, 2);
      assert.ok(rows.some((r) => r.includes('91350100M000100Y43')));
      assert.equal((await csvRows(app.base, 'requests.csv?jurisdiction=430122')).length, 1);
    });

    test('a correction restarts the clock (Art. 30)', async (t) => {
      if (skip) return t.skip('no PostgreSQL server');
      const { code } = await (await post(app.base, '/430121/requests', organisationRequest())).json();
      const update = (body: unknown) => post(app.base, `/staff/requests/${code}/status`, body, { authorization: `Bearer ${TOKEN}` });
      await update({ state: 'correction-required', note: '请补充所需信息的文号' });
      const restarted = await (await update({ state: 'processing' })).json();
      assert.equal(restarted.dueAt, '2026-11-03');
    });
  });
}

storageContract('SQLite', async () => sqliteStorage({ file: ':memory:' }));
storageContract('PostgreSQL', async () => {
  const url = process.env.GOV_DISCLOSURE_TEST_PG;
  if (!url) return undefined;
  const storage = await postgresStorage({ connectionString: url });
  // Start from empty tables.
  const pg = await import('pg');
  const client = new pg.default.Client({ connectionString: url });
  await client.connect();
  await client.query('TRUNCATE request_events, requests, feedback');
  await client.end();
  return storage;
});

describe('the bad-input corpus', () => {
  let app: Running;
  before(async () => (app = await start()));
  after(() => app.close());

  const json = { 'content-type': 'application/json' };
  const corpus: [name: string, init: RequestInit & { path?: string }, status: number, code: string][] = [
    ['wrong content type', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' }, 415, 'unsupported-media-type'],
    [
      'form-encoded body',
      { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'kind=page' },
      415,
      'unsupported-media-type',
    ],
    ['no content type', { method: 'POST', body: new Uint8Array([123, 125]) }, 415, 'unsupported-media-type'],
    ['broken JSON', { method: 'POST', headers: json, body: '{"kind": "page", ' }, 400, 'invalid-json'],
    ['not UTF-8', { method: 'POST', headers: json, body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]) }, 400, 'invalid-json'],
    ['empty body', { method: 'POST', headers: json, body: '' }, 400, 'invalid-json'],
    ['null', { method: 'POST', headers: json, body: 'null' }, 400, 'invalid-body'],
    ['an array', { method: 'POST', headers: json, body: '[1,2,3]' }, 400, 'invalid-body'],
    ['wrong types', { method: 'POST', headers: json, body: JSON.stringify({ kind: 'page', target: 'x', useful: 'yes' }) }, 400, 'invalid-body'],
    ['unknown kind', { method: 'POST', headers: json, body: JSON.stringify({ kind: 'vote', target: {} }) }, 400, 'invalid-body'],
    ['grade out of range', { method: 'POST', headers: json, body: JSON.stringify({ ...rating(), grade: 6 }) }, 400, 'invalid-body'],
    ['差评 without a reason', { method: 'POST', headers: json, body: JSON.stringify({ ...rating(), reason: undefined }) }, 400, 'invalid-body'],
    [
      'a comment over the limit',
      { method: 'POST', headers: json, body: JSON.stringify({ kind: 'message', target: {}, topic: 'complaint', comment: '长'.repeat(2001) }) },
      400,
      'invalid-body',
    ],
    [
      'javascript: page URL',
      { method: 'POST', headers: json, body: JSON.stringify({ ...pageFeedback(), target: { pageUrl: 'javascript:alert(1)' } }) },
      400,
      'invalid-body',
    ],
    [
      'huge body',
      { method: 'POST', headers: json, body: JSON.stringify({ kind: 'message', target: {}, topic: 'complaint', comment: 'x'.repeat(200_000) }) },
      413,
      'body-too-large',
    ],
    ['deep nesting', { method: 'POST', headers: json, body: '['.repeat(5000) + ']'.repeat(5000) }, 400, 'invalid-body'],
    [
      'bad idempotency key',
      { method: 'POST', headers: { ...json, 'idempotency-key': 'short' }, body: JSON.stringify(pageFeedback()) },
      400,
      'invalid-idempotency-key',
    ],
    [
      'invalid ID number',
      {
        path: '/430121/requests',
        method: 'POST',
        headers: json,
        body: JSON.stringify({ ...citizenRequest(), applicant: { ...citizenRequest().applicant, idNumber: '110105194912310021' } }),
      },
      400,
      'invalid-body',
    ],
    [
      'SQL in the ID number',
      {
        path: '/430121/requests',
        method: 'POST',
        headers: json,
        body: JSON.stringify({ ...citizenRequest(), applicant: { ...citizenRequest().applicant, idNumber: "1' OR '1'='1" } }),
      },
      400,
      'invalid-body',
    ],
    [
      'invalid credit code',
      {
        path: '/430121/requests',
        method: 'POST',
        headers: json,
        body: JSON.stringify({ ...organisationRequest(), applicant: { ...organisationRequest().applicant, creditCode: '91350100M000100Y44' } }),
      },
      400,
      'invalid-body',
    ],
    [
      'nothing sought',
      { path: '/430121/requests', method: 'POST', headers: json, body: JSON.stringify({ ...citizenRequest(), sought: {} }) },
      400,
      'invalid-body',
    ],
    [
      'proof that is not what it claims',
      {
        path: '/430121/requests',
        method: 'POST',
        headers: json,
        body: JSON.stringify({ ...citizenRequest(), proof: { name: 'a.png', type: 'image/png', size: 9, data: Buffer.from('<script>').toString('base64') } }),
      },
      400,
      'invalid-body',
    ],
    [
      'proof of a forbidden type',
      {
        path: '/430121/requests',
        method: 'POST',
        headers: json,
        body: JSON.stringify({ ...citizenRequest(), proof: { name: 'a.exe', type: 'application/x-msdownload', size: 2, data: 'TVo=' } }),
      },
      400,
      'invalid-body',
    ],
    [
      'e-mail delivery without an e-mail address',
      {
        path: '/430121/requests',
        method: 'POST',
        headers: json,
        body: JSON.stringify({ ...citizenRequest(), applicant: { ...citizenRequest().applicant, email: undefined } }),
      },
      400,
      'invalid-body',
    ],
    [
      'a 10-digit phone',
      {
        path: '/430121/requests',
        method: 'POST',
        headers: json,
        body: JSON.stringify({ ...citizenRequest(), applicant: { ...citizenRequest().applicant, phone: '1380013800' } }),
      },
      400,
      'invalid-body',
    ],
    [
      '12345 as a phone',
      {
        path: '/430121/requests',
        method: 'POST',
        headers: json,
        body: JSON.stringify({ ...citizenRequest(), applicant: { ...citizenRequest().applicant, phone: '12345' } }),
      },
      400,
      'invalid-body',
    ],
    [
      'post without a postal address',
      {
        path: '/430121/requests',
        method: 'POST',
        headers: json,
        body: JSON.stringify({ ...organisationRequest(), applicant: { ...organisationRequest().applicant, address: undefined } }),
      },
      400,
      'invalid-body',
    ],
    ['SQL in the path', { path: "/430121' OR 1=1--/feedback", method: 'POST', headers: json, body: JSON.stringify(pageFeedback()) }, 404, 'not-found'],
    ['SQL in a tracking code', { path: "/430121/requests/x' OR '1'='1", method: 'GET' }, 404, 'not-found'],
    ['GET on a write route', { method: 'GET' }, 405, 'method-not-allowed'],
    ['PUT', { method: 'PUT', headers: json, body: '{}' }, 405, 'method-not-allowed'],
    ['staff route without the token', { path: '/staff/feedback.csv', method: 'GET' }, 401, 'unauthorised'],
    ['unknown route', { path: '/430121/nothing', method: 'GET' }, 404, 'not-found'],
  ];

  for (const [name, init, status, code] of corpus) {
    test(`${name} → ${status} ${code}`, async () => {
      const { path = '/430121/feedback', ...rest } = init;
      const response = await fetch(`${app.base}${path}`, rest);
      assert.equal(response.status, status);
      const body = await response.json();
      assert.equal(body.error.code, code);
      assert.ok(body.error.message.length > 5, 'a clear message');
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      assert.equal((await fetch(`${app.base}/health`)).status, 200, 'the server is still up');
    });
  }

  test('field errors name their paths', async () => {
    const response = await post(app.base, '/430121/requests', {
      ...organisationRequest(),
      applicant: { ...organisationRequest().applicant, creditCode: 'X', phone: 'call me' },
    });
    const { error } = await response.json();
    assert.deepEqual(error.issues.map((i: { path: string }) => i.path).sort(), ['applicant.creditCode', 'applicant.phone']);
    // The way to receive the information names the field it needs.
    const byEmail = await post(app.base, '/430121/requests', {
      ...citizenRequest(),
      applicant: { ...citizenRequest().applicant, email: undefined, phone: '12345' },
    });
    assert.equal(byEmail.status, 400);
    assert.deepEqual((await byEmail.json()).error.issues.map((i: { path: string }) => i.path).sort(), ['applicant.email', 'applicant.phone']);
  });

  test('control characters (NUL, BEL, ESC …) in any text are refused with their field paths; tab and line breaks are text', async () => {
    const nul = await post(app.base, '/430121/feedback', {
      kind: 'message',
      target: {},
      topic: 'complaint',
      comment: '路灯坏了\u0000',
      contact: { name: '张\u001b[31m三' },
    });
    assert.equal(nul.status, 400);
    assert.deepEqual((await nul.json()).error.issues.map((i: { path: string }) => i.path).sort(), ['comment', 'contact.name']);
    const bell = await post(app.base, '/430121/requests', { ...citizenRequest(), applicant: { ...citizenRequest().applicant, name: '李\u0007四' } });
    assert.equal(bell.status, 400);
    assert.deepEqual(
      (await bell.json()).error.issues.map((i: { path: string }) => i.path),
      ['applicant.name'],
    );
    assert.equal(
      (await post(app.base, '/430121/feedback', { kind: 'message', target: {}, topic: 'complaint', comment: '第一行\n第二行\t（附表）' })).status,
      201,
    );
    const csv = await (await fetch(`${app.base}/staff/feedback.csv`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
    assert.ok(!/[\u0000\u0007\u001b]/.test(csv), 'nothing of them reached the export');
  });

  test('SQL-ish text in a valid field is stored as text, and CSV cells cannot become formulas', async () => {
    const comment = "'); DROP TABLE feedback; -- 投诉";
    assert.equal((await post(app.base, '/430121/feedback', { kind: 'message', target: {}, topic: 'complaint', comment })).status, 201);
    assert.equal(
      (await post(app.base, '/430121/feedback', { kind: 'message', target: {}, topic: 'enquiry', comment: '=HYPERLINK("http://evil","点我")' })).status,
      201,
    );
    const csv = await (await fetch(`${app.base}/staff/feedback.csv`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
    assert.ok(csv.includes(comment));
    assert.ok(csv.includes(`"'=HYPERLINK(""http://evil"",""点我"")"`), 'a formula is defused with a leading quote');
  });

  test('a slow, endless body does not hold the server', async () => {
    // 10 MB announced, 100 bytes sent, the rest never: the answer comes at once, without the body.
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${app.base}/430121/feedback`, { method: 'POST', headers: { ...json, 'content-length': String(10 * 1024 * 1024) } }, (res) => {
        res.resume();
        resolve(res.statusCode!);
        req.destroy();
      });
      req.on('error', reject);
      req.write('x'.repeat(100));
    });
    assert.equal(status, 413);
    assert.equal((await fetch(`${app.base}/health`)).status, 200);
  });
});

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
