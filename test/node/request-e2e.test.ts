/**
 * Issue 14's end-to-end path of one request, through the SDK as the desk and the citizen's status
 * page use it, on a server whose clock moves day by day across National Day 2026 (a week of
 * holidays, a Sunday and a Saturday worked): a citizen applies → 登记 → 交办 → 补正 → the citizen
 * corrects → 延期 (approved by a 审核人) → 答复 部分公开 with its letter → 送达 → 归档. The deadline
 * is checked by hand at every step; the citizen's status shows each step.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createClient } from '@gov-disclosure/sdk';
import { createDeskClient, type DeskClient, type RequestEvent } from '@gov-disclosure/sdk/workflow';
import { sqliteStorage, type Storage } from '@gov-disclosure/server';
import { addStaffToken, addStaffUser } from '../../packages/server/src/staff/users.js';
import { start, type Running } from '../support/api-server.js';
import { citizenRequest } from '../support/submissions.js';

let app: Running;
let storage: Storage;
/** China's 10:00 on the day the server thinks it is. */
let today = '2026-09-24';
const desk: Record<'registrar' | 'handler' | 'reviewer', DeskClient> = {} as never;

before(async () => {
  storage = sqliteStorage({ file: ':memory:' });
  app = await start({
    storage,
    staffToken: undefined,
    now: () => new Date(`${today}T02:00:00Z`),
    letterheads: { '430121': { issuer: '长沙县人民政府办公室', reviewBody: '长沙县人民政府', prefix: '长县政办公开' } },
  });
  for (const role of ['registrar', 'handler', 'reviewer'] as const) {
    await addStaffUser(storage, { name: `e2e-${role}`, roles: [role], jurisdictions: ['430121'] });
    desk[role] = createDeskClient({ api: `${app.base}/`, token: (await addStaffToken(storage, { name: `e2e-${role}` })).token });
  }
});
after(() => app?.close());

test('one request from the citizen’s form to the archive, its deadline right at every step across National Day', async () => {
  const citizen = createClient({ api: `${app.base}/430121` });
  // Thursday 24 September: applied online. 20 working days: 25, 27 (a Sunday worked), 28–30 September,
  // 8–9 October (1–7 are holidays), 10 (a Saturday worked), 12–16, 19–23, 26 and 27 October.
  const receipt = await citizen.submitRequest(citizenRequest() as never);
  assert.deepEqual([receipt.receivedAt, receipt.dueAt], ['2026-09-24', '2026-10-27']);
  const { code } = receipt;
  const seen = async (state: string, dueAt: string) => {
    const status = await citizen.requestStatus(code);
    assert.deepEqual([status.state, status.dueAt], [state, dueAt], `on ${today}`);
    return status;
  };
  const step = async (who: keyof typeof desk, on: string, s: Omit<RequestEvent, 'on'> & Record<string, unknown>) => {
    today = on;
    await desk[who].step(code, { ...s, on } as RequestEvent);
    return desk[who].request(code);
  };
  await seen('registered', '2026-10-27');

  // 交办, the next day: the clock runs on.
  let view = await step('registrar', '2026-09-25', { type: 'assigned', department: '县民政局', handler: '王敏' });
  assert.deepEqual([view.phase, view.daysLeft], ['assigned', 19]);
  await seen('processing', '2026-10-27');

  // 补正, the third working day (within the 7 of Art. 30): the clock stops, no days left are counted.
  view = await step('handler', '2026-09-28', { type: 'correction-requested', note: '请写明所需信息的年份', until: '2026-10-12' });
  assert.deepEqual([view.phase, view.paused, view.daysLeft], ['awaiting-correction', 'correction', undefined]);
  const asked = await seen('correction-required', '2026-10-27');
  assert.match(asked.timeline.at(-1)!.note!, /请写明所需信息的年份（请于 2026-10-12 前补正）/);

  // The citizen corrects on Friday 9 October: 20 working days from then, 10 October (worked) the first: 5 November.
  view = await step('registrar', '2026-10-09', { type: 'corrected' });
  assert.equal(view.phase, 'processing');
  await seen('processing', '2026-11-05');

  // 延期: asked by the 承办人, approved by a 审核人 (Art. 33): 20 working days more, 3 December.
  view = await step('handler', '2026-10-30', { type: 'extension-requested', days: 20, reason: '需协调多个部门核实' });
  await assert.rejects(desk.handler.step(code, { type: 'extension-approved', on: '2026-11-02' }), /403|approve|roles/i, 'a 承办人 does not approve');
  view = await step('reviewer', '2026-11-02', { type: 'extension-approved' });
  await seen('extended', '2026-12-03');

  // 答复 部分公开: drafted with its letter, approved with its number.
  view = await step('handler', '2026-11-20', {
    type: 'reply-drafted',
    outcome: { kind: 'partly-disclosed' },
    basis: '《中华人民共和国政府信息公开条例》第三十七条',
  });
  assert.equal(view.phase, 'reply-drafted');
  view = await step('reviewer', '2026-11-23', { type: 'reply-approved' });
  const approved = view.timeline.at(-1)!.step!;
  assert.equal(approved.type === 'reply-approved' && approved.number, '长县政办公开〔2026〕1号');
  const full = await desk.reviewer.request(code, { reveal: true });
  const drafted = full.timeline.find((e) => e.step?.type === 'reply-drafted')!.step!;
  assert.ok(drafted.type === 'reply-drafted' && drafted.letter?.startsWith('张三：'), 'the letter names the applicant');
  assert.match(drafted.type === 'reply-drafted' ? drafted.letter! : '', /部分公开|区分处理/);
  const answered = await seen('answered', '2026-12-03');
  assert.equal(answered.timeline.at(-1)!.note, '部分公开');

  // 送达 by post, then 归档.
  await step('registrar', '2026-11-24', { type: 'delivered', channel: 'post' });
  await seen('delivered', '2026-12-03');
  view = await step('registrar', '2026-11-27', { type: 'archived' });
  assert.deepEqual([view.phase, view.steps], ['archived', []]);
  const last = await seen('archived', '2026-12-03');
  // The citizen's page shows each step: received, and the eight the office took.
  assert.deepEqual(
    last.timeline.map((e) => e.state),
    ['registered', 'processing', 'correction-required', 'processing', 'processing', 'extended', 'extended', 'answered', 'delivered', 'archived'],
  );
});
