/**
 * 互动回应 on the reference server and in the website check: staff list a jurisdiction's messages
 * (no text, no contact), a 承办人 or 审核人 replies once (with its entry in the audit trail), and
 * `gov-disclosure check --api` fails the column for each message unanswered for more than 3 months.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { sqliteStorage, type Storage } from '@gov-disclosure/server';
import { StaffMessages, replyOverdueBefore } from '@gov-disclosure/sdk/workflow';
import { main } from '../../packages/cli/src/cli.js';
import { addStaffToken, addStaffUser } from '../../packages/server/src/staff/users.js';
import { DEFAULT_BUNDLE_DIR } from '../../packages/demo/src/paths.js';
import { post, start, type Running } from '../support/api-server.js';

let dir: string;
let app: Running;
let storage: Storage;
let now = new Date('2026-06-01T02:00:00Z');
const tokens: Record<string, string> = {};
const ids: Record<string, string> = {};

const message = (topic: string, comment: string) => ({ kind: 'message', target: { jurisdiction: '430121', item: 'social-assistance:1.1' }, topic, comment });

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gov-messages-'));
  storage = sqliteStorage({ file: join(dir, 'db.sqlite') });
  for (const [name, role, code] of [
    ['wang-handler', 'handler', '430121'],
    ['li-registrar', 'registrar', '430121'],
    ['zhou-other', 'handler', '430181'],
  ] as const) {
    await addStaffUser(storage, { name, roles: [role], jurisdictions: [code] });
    tokens[name] = (await addStaffToken(storage, { name })).token;
  }
  app = await start({ storage, staffToken: undefined, now: () => now });
  // Three messages: an old 咨询 (February), an old 投诉 (March) and a new 建言 (late May).
  for (const [key, at, topic] of [
    ['old-enquiry', '2026-02-10T02:00:00Z', 'enquiry'],
    ['old-complaint', '2026-03-20T02:00:00Z', 'complaint'],
    ['new-suggestion', '2026-05-28T02:00:00Z', 'suggestion'],
  ] as const) {
    now = new Date(at);
    const answer = await post(app.base, '/430121/feedback', message(topic, `${key}：低保什么时候发？电话13800138000`), { 'idempotency-key': `key-${key}` });
    assert.equal(answer.status, 201, await answer.clone().text());
    ids[key] = (await answer.json()).id;
  }
  now = new Date('2026-06-01T02:00:00Z');
});
after(async () => {
  await app?.close();
  await rm(dir, { recursive: true, force: true });
});

const as = (name: string) => ({ authorization: `Bearer ${tokens[name]}` });
const list = async (name: string, query: string) => fetch(`${app.base}/staff/messages?${query}`, { headers: as(name) });

test('staff list their jurisdiction’s messages, oldest first, without their text or contact', async () => {
  const answer = await list('wang-handler', 'jurisdiction=430121');
  assert.equal(answer.status, 200);
  const body = StaffMessages.parse(await answer.json());
  assert.deepEqual(
    body.messages.map((m) => [m.id, m.topic, m.receivedAt.slice(0, 10), m.repliedAt]),
    [
      [ids['old-enquiry'], 'enquiry', '2026-02-10', undefined],
      [ids['old-complaint'], 'complaint', '2026-03-20', undefined],
      [ids['new-suggestion'], 'suggestion', '2026-05-28', undefined],
    ],
  );
  assert.doesNotMatch(JSON.stringify(body), /13800138000|低保/, 'no text, no phone number in the list');
  // Another jurisdiction's list is not theirs; a list of all is a 管理员's of every jurisdiction.
  assert.equal((await list('zhou-other', 'jurisdiction=430121')).status, 403);
  assert.equal((await list('wang-handler', '')).status, 403);
  assert.equal((await fetch(`${app.base}/staff/messages?jurisdiction=430121`)).status, 401);
});

test('a 承办人 replies once, written with its audit entry; a 登记员 and another jurisdiction cannot', async () => {
  const reply = (name: string, id: string, body: unknown = { reply: '您好，低保资金每月10日前发放。' }) =>
    post(app.base, `/staff/messages/${id}/reply`, body, as(name));
  assert.equal((await reply('li-registrar', ids['old-complaint']!)).status, 403, 'a 登记员 does not answer messages');
  assert.equal((await reply('zhou-other', ids['old-complaint']!)).status, 404, 'another jurisdiction’s message is not there');
  const empty = await reply('wang-handler', ids['old-complaint']!, { reply: '  ' });
  assert.equal(empty.status, 400);
  assert.equal((await empty.json()).error.code, 'invalid-body');

  now = new Date('2026-06-02T01:00:00Z');
  const done = await reply('wang-handler', ids['old-complaint']!);
  assert.equal(done.status, 200, await done.clone().text());
  assert.equal((await done.json()).repliedAt, '2026-06-02T09:00:00+08:00');
  const again = await reply('wang-handler', ids['old-complaint']!);
  assert.equal(again.status, 409);
  assert.equal((await again.json()).error.code, 'replied-before');

  const unanswered = StaffMessages.parse(await (await list('wang-handler', 'jurisdiction=430121&unanswered=1')).json());
  assert.deepEqual(
    unanswered.messages.map((m) => m.id),
    [ids['old-enquiry'], ids['new-suggestion']],
  );
  const trail = [];
  for await (const entry of storage.auditTrail()) if (entry.action === 'reply-message') trail.push(entry);
  assert.equal(trail.length, 1, 'one reply, one entry: the refused ones wrote none');
  assert.equal(trail[0]!.subject, ids['old-complaint']);
  assert.deepEqual(trail[0]!.after, { reply: '您好，低保资金每月10日前发放。' });
});

test('gov-disclosure check --api fails each message unanswered for more than 3 months, and names none once it is answered', async () => {
  assert.equal(replyOverdueBefore('2026-06-01'), '2026-03-01');
  assert.equal(replyOverdueBefore('2026-05-31'), '2026-02-28', 'the month’s last day where it has fewer');
  const bundle = join(DEFAULT_BUNDLE_DIR, '430121');
  const run = async (...args: string[]) => {
    let out = '';
    let err = '';
    const code = await main(['check', bundle, '--format', 'json', '--today', '2026-06-01', ...args], {
      stdout: (t) => (out += `${t}\n`),
      stderr: (t) => (err += `${t}\n`),
      stdin: async () => '',
    }).catch((error: Error) => ((err += error.message), 2));
    return { code, out, err };
  };
  const api = `${app.base}/`;
  const checked = await run('--api', api, '--token', tokens['wang-handler']!);
  assert.equal(checked.code, 1, checked.err);
  const report = JSON.parse(checked.out) as { checked: string[]; findings: { indicator: string; message: string }[] };
  assert.ok(report.checked.includes('unanswered'));
  const unanswered = report.findings.filter((f) => f.indicator === 'unanswered');
  // The February 咨询 only: the March 投诉 is answered, the May 建言 is young.
  assert.equal(unanswered.length, 1, JSON.stringify(unanswered));
  assert.match(unanswered[0]!.message, new RegExp(`咨询 ${ids['old-enquiry']}, received 2026-02-10, has had no reply for more than 3 months`));

  now = new Date('2026-06-03T01:00:00Z');
  assert.equal((await post(app.base, `/staff/messages/${ids['old-enquiry']}/reply`, { reply: '已电话答复。' }, as('wang-handler'))).status, 200);
  const after = JSON.parse((await run('--api', api, '--token', tokens['wang-handler']!)).out) as typeof report;
  assert.equal(after.findings.filter((f) => f.indicator === 'unanswered').length, 0);

  // A token the server refuses, and no token, are said as such.
  const refused = await run('--api', api, '--token', 'gd_not-a-token');
  assert.equal(refused.code, 2);
  assert.match(refused.err, /refused the token \(401\)/);
  const none = await run('--api', api);
  assert.match(none.err, /give a staff token with --token or GOV_DISCLOSURE_TOKEN/);
  // Without --api nothing is asked of the server, and 互动回应 is not in the report.
  const offline = JSON.parse((await run()).out) as typeof report;
  assert.ok(!offline.checked.includes('unanswered'));
});
