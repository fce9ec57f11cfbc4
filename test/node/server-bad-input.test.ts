/**
 * The bad-input corpus: every malformed, hostile or oversized request the API server must refuse
 * with the right status, a clear message and its field paths, while it stays up — and what it
 * stores as text instead (SQL-ish comments, would-be CSV formulas).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { request as httpRequest } from 'node:http';
import { citizenRequest, organisationRequest, pageFeedback, rating } from '../support/submissions.js';
import { post, start, TOKEN, type Running } from '../support/api-server.js';

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
