/**
 * A request received offline (当面, 信函, 传真, 电子邮件), registered by a 登记员: its clock runs from
 * the day it came, not the day it is registered (a letter signed for before National Day 2026); its
 * first step says how it came; the citizen looks it up with its 查询码 like any other; the
 * registration is in the audit trail; only a 登记员 of its jurisdiction may register it.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sqliteStorage, type Storage } from '@gov-disclosure/server';
import { addStaffToken, addStaffUser } from '../../packages/server/src/staff/users.js';
import { post, start, type Running } from '../support/api-server.js';
import { citizenRequest } from '../support/submissions.js';

let app: Running;
let storage: Storage;
const tokens: Record<string, string> = {};

before(async () => {
  storage = sqliteStorage({ file: ':memory:' });
  for (const [name, role] of [
    ['li-registrar', 'registrar'],
    ['wang-handler', 'handler'],
  ] as const) {
    await addStaffUser(storage, { name, roles: [role], jurisdictions: ['430121'] });
    tokens[name] = (await addStaffToken(storage, { name })).token;
  }
  // Wednesday 30 September 2026, 10:00 in China: National Day's week off is next.
  app = await start({ storage, staffToken: undefined, now: () => new Date('2026-09-30T02:00:00Z') });
});
after(() => app?.close());

const as = (name: string) => ({ authorization: `Bearer ${tokens[name]}` });
const letter = (receivedOn: string, jurisdiction = '430121') => ({ jurisdiction, channel: 'letter', receivedOn, request: citizenRequest() });

test('a letter signed for on Friday is registered on Wednesday, its deadline counted from Friday', async () => {
  const answer = await post(app.base, '/staff/requests', letter('2026-09-25'), { ...as('li-registrar'), 'idempotency-key': 'letter-0925-1' });
  assert.equal(answer.status, 201, await answer.clone().text());
  const receipt = await answer.json();
  // 20 working days from 25 September: 27 September (a Sunday worked) counts, 1–7 October do not, 10 October (a Saturday worked) does.
  assert.deepEqual({ receivedAt: receipt.receivedAt, dueAt: receipt.dueAt }, { receivedAt: '2026-09-25', dueAt: '2026-10-28' });
  const online = await (await post(app.base, '/430121/requests', citizenRequest())).json();
  assert.equal(online.receivedAt, '2026-09-30', 'one sent online today counts from today');

  // The staff's view: its first step says it came by letter on the 25th; the next step is taken from there.
  const full = await (await fetch(`${app.base}/staff/requests/${receipt.code}`, { headers: as('wang-handler') })).json();
  assert.deepEqual(full.timeline[0].step, { type: 'received', on: '2026-09-25', channel: 'letter' });
  const assigned = await post(
    app.base,
    `/staff/requests/${receipt.code}/steps`,
    { type: 'assigned', on: '2026-09-30', department: '县民政局', handler: '王敏' },
    as('li-registrar'),
  );
  assert.equal(assigned.status, 200, await assigned.clone().text());

  // The citizen's lookup with the 查询码 the registrar hands over.
  const status = await (await fetch(`${app.base}/430121/requests/${receipt.code}`)).json();
  assert.equal(status.receivedAt, '2026-09-25');
  assert.equal(status.dueAt, '2026-10-28');

  // Sent again with its key: the same request, not a second one.
  const again = await post(app.base, '/staff/requests', letter('2026-09-25'), { ...as('li-registrar'), 'idempotency-key': 'letter-0925-1' });
  assert.equal(again.status, 200);
  assert.equal((await again.json()).code, receipt.code);

  const registered = [];
  for await (const entry of storage.auditTrail()) if (entry.action === 'register') registered.push(entry);
  assert.equal(registered.length, 1);
  assert.equal(registered[0]!.subject, receipt.code);
  assert.deepEqual(registered[0]!.after, { channel: 'letter', receivedOn: '2026-09-25' });
});

test('only a 登记员 of its jurisdiction registers one, received no later than today, without a proof file', async () => {
  const send = (body: unknown, who = 'li-registrar') => post(app.base, '/staff/requests', body, as(who));
  assert.equal((await send(letter('2026-09-25'), 'wang-handler')).status, 403, 'a 承办人 does not register');
  assert.equal((await send(letter('2026-09-25', '430181'))).status, 403, 'another county’s');
  assert.equal((await fetch(`${app.base}/staff/requests`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status, 401);
  const future = await send(letter('2026-10-02'));
  assert.equal(future.status, 400);
  assert.equal((await future.json()).error.issues[0].path, 'receivedOn');
  const wrongChannel = await send({ ...letter('2026-09-25'), channel: 'online' });
  assert.equal(wrongChannel.status, 400);
  const badId = await send({
    ...letter('2026-09-25'),
    request: { ...citizenRequest(), applicant: { ...citizenRequest().applicant, idNumber: '110105194912310021' } },
  });
  assert.equal(badId.status, 400, 'checked as the citizen’s form is checked');
});
