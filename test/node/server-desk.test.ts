/**
 * What the staff desk reads, through the SDK's desk client: a jurisdiction's queue with each
 * request's phase, days left and 承办人 but no applicant's details; one request with its applicant
 * masked until revealed (the reveal written to the audit trail as a view of personal data), and the
 * steps its reader's roles allow now; another jurisdiction's queue refused.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sqliteStorage, type Storage } from '@gov-disclosure/server';
import { createDeskClient, type DeskClient } from '@gov-disclosure/sdk/workflow';
import { HttpError } from '@gov-disclosure/sdk';
import { addStaffToken, addStaffUser } from '../../packages/server/src/staff/users.js';
import { csvRecords, post, start, type Running } from '../support/api-server.js';
import { citizenRequest, organisationRequest } from '../support/submissions.js';

let app: Running;
let storage: Storage;
const desk: Record<string, DeskClient> = {};
const tokens: Record<string, string> = {};

before(async () => {
  storage = sqliteStorage({ file: ':memory:' });
  for (const [name, roles] of [
    ['li-registrar', ['registrar']],
    ['wang-handler', ['handler']],
    ['admin', ['admin']],
  ] as const) {
    await addStaffUser(storage, { name, roles: [...roles], jurisdictions: ['430121'] });
    tokens[name] = (await addStaffToken(storage, { name })).token;
  }
  // Friday 25 September 2026, 10:00 in China.
  app = await start({ storage, staffToken: undefined, now: () => new Date('2026-09-25T02:00:00Z') });
  for (const name of Object.keys(tokens)) desk[name] = createDeskClient({ api: `${app.base}/`, token: tokens[name] });
});
after(() => app?.close());

test('the queue lists each request with its phase, days left and 承办人, and nothing about its applicant but their kind', async () => {
  const citizen = await (await post(app.base, '/430121/requests', citizenRequest())).json();
  const organisation = await (await post(app.base, '/430121/requests', { ...organisationRequest(), jurisdiction: '430121' })).json();
  await desk['li-registrar']!.step(citizen.code, { type: 'assigned', on: '2026-09-25', department: '县民政局', handler: '王敏' });
  const queue = await desk['wang-handler']!.queue('430121');
  assert.equal(queue.today, '2026-09-25');
  const byCode = new Map(queue.requests.map((r) => [r.code, r]));
  assert.deepEqual(
    { ...byCode.get(citizen.code), code: undefined },
    {
      code: undefined,
      jurisdiction: '430121',
      receivedAt: '2026-09-25',
      dueAt: citizen.dueAt,
      state: 'processing',
      phase: 'assigned',
      daysLeft: 20,
      department: '县民政局',
      handler: '王敏',
      applicant: 'citizen',
      subject: '2025年星沙街道低保资金发放明细',
    },
  );
  assert.equal(byCode.get(organisation.code)!.phase, 'registered');
  assert.equal(byCode.get(organisation.code)!.subject, '2025年度县级政府采购项目清单');
  const raw = JSON.stringify(queue);
  for (const personal of ['张三', '13800138000', '11010519491231002X', 'zhang@example.com', '李四', '王五']) assert.ok(!raw.includes(personal), personal);
  await assert.rejects(desk['wang-handler']!.queue('430181'), (e) => e instanceof HttpError && e.status === 403);
});

test('a request shows its applicant masked until revealed, the reveal audited; its steps are those the reader may take', async () => {
  const { code } = await (await post(app.base, '/430121/requests', citizenRequest())).json();
  const view = await desk['li-registrar']!.request(code);
  assert.equal(view.revealed, false);
  assert.deepEqual(
    {
      name: view.request.applicant.name,
      idNumber: view.request.applicant['idNumber'],
      phone: view.request.applicant['phone'],
      email: view.request.applicant['email'],
    },
    { name: '张*', idNumber: '110***********002X', phone: '138****8000', email: 'z***@example.com' },
  );
  assert.deepEqual(view.steps, ['assigned'], 'a 登记员 hands it out');
  assert.deepEqual((await desk['wang-handler']!.request(code)).steps, [], 'a 承办人 waits for it');
  const open = await desk['li-registrar']!.request(code, { reveal: true });
  assert.equal(open.revealed, true);
  assert.equal(open.request.applicant.name, '张三');
  assert.equal(open.request.applicant['idNumber'], '11010519491231002X');
  const trail = await csvRecords(app.base, 'audit.csv', { authorization: `Bearer ${tokens.admin}` });
  const views = trail.filter((r) => r['对象'] === code).map((r) => r['操作']);
  assert.deepEqual(views, ['view-request', 'view-request', 'view-personal-data']);
});
