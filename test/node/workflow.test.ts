/**
 * The government's side of 依申请公开 as the SDK keeps it (@gov-disclosure/sdk/workflow): the case a
 * request's events make, its clock in working days across a weekend, the National Day holiday and its
 * 调休 working days, the 条例's stops (补正, 征求第三方意见, 收费) and its one 延期, the outcomes with the
 * annual report's labels, and who may take which step. Every deadline below was counted by hand on
 * a calendar, not with the code under test.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  applyEvent,
  clockOf,
  mayTake,
  nextSteps,
  Outcome,
  OUTCOME_GROUNDS,
  outcomeLabel,
  publicState,
  replay,
  stepsFor,
  RequestEvent,
  WorkflowError,
} from '@gov-disclosure/sdk/workflow';

/** 2026's National Day: 1–7 October off, Sunday 27 September and Saturday 10 October worked instead. */
const CALENDAR = {
  holidays: ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'],
  workdays: ['2026-09-27', '2026-10-10'],
};
const received: RequestEvent = { type: 'received', on: '2026-09-21', channel: 'online' }; // a Monday
const assigned: RequestEvent = { type: 'assigned', on: '2026-09-22', department: '县民政局', handler: '王敏' };
const disclosed = { kind: 'disclosed' } as const;
const reply = (on: string, outcome: Outcome = disclosed): RequestEvent => ({
  type: 'reply-drafted',
  on,
  outcome,
  basis: '《中华人民共和国政府信息公开条例》第三十六条第（二）项',
});
const refused = (events: RequestEvent[], why: RegExp) =>
  assert.throws(
    () => replay(events, CALENDAR),
    (error: unknown) => error instanceof WorkflowError && error.code === 'workflow' && why.test(error.message),
  );

describe('the clock', () => {
  test('20 working days from receipt: weekends, the holiday and its 调休 working days counted as the calendar says', () => {
    const c = replay([received, assigned], CALENDAR);
    // 22–25 Sep (4), Sun 27 (5), 28–30 (8), 8–9 Oct (10), Sat 10 (11), 12–16 (16), 19–22 (20).
    assert.deepEqual(clockOf(c, '2026-09-22', CALENDAR), { dueAt: '2026-10-22', daysLeft: 19 });
    assert.equal(clockOf(c, '2026-10-22', CALENDAR).daysLeft, 0);
    // Overdue: Fri 23 and Mon 26 past the deadline.
    assert.equal(clockOf(c, '2026-10-26', CALENDAR).daysLeft, -2);
  });

  test('补正 stops the clock; the 20 days count again from the correction', () => {
    const asked = replay(
      [received, assigned, { type: 'correction-requested', on: '2026-09-24', until: '2026-10-16', note: '请说明所需信息的具体名称' }],
      CALENDAR,
    );
    assert.equal(asked.phase, 'awaiting-correction');
    assert.equal(publicState(asked), 'correction-required');
    assert.deepEqual(clockOf(asked, '2026-10-12', CALENDAR), { daysLeft: 17, paused: 'correction' });
    const corrected = applyEvent(asked, { type: 'corrected', on: '2026-10-12' }, CALENDAR);
    // From Mon 12 Oct: 13–16 (4), 19–23 (9), 26–30 (14), 2–6 Nov (19), Mon 9 Nov (20).
    assert.equal(clockOf(corrected, '2026-10-12', CALENDAR).dueAt, '2026-11-09');
  });

  test('a 补正 is asked once, within 7 working days of receipt; a late correction is not taken', () => {
    const ask = (on: string): RequestEvent => ({ type: 'correction-requested', on, until: '2026-10-30', note: '请补充' });
    // 22–25 (4), Sun 27 (5), 28–29 (7): Tuesday 29 is the last day; Wednesday 30 is late.
    assert.equal(replay([received, assigned, ask('2026-09-29')], CALENDAR).phase, 'awaiting-correction');
    refused([received, assigned, ask('2026-09-30')], /within 7 working days/);
    refused([received, assigned, ask('2026-09-24'), { type: 'corrected', on: '2026-09-25' }, ask('2026-09-28')], /correction-requested: not a step|once/);
    refused([received, assigned, ask('2026-09-24'), { type: 'corrected', on: '2026-11-02' }], /after the time given/);
  });

  test('the days of a third party’s consultation do not count', () => {
    const c = replay(
      [received, assigned, { type: 'consultation-started', on: '2026-10-12', party: '某公司' }, { type: 'consultation-ended', on: '2026-10-16' }],
      CALENDAR,
    );
    // 13–16 Oct do not count: four more working days after 22 Oct.
    assert.equal(clockOf(c, '2026-10-16', CALENDAR).dueAt, '2026-10-28');
    assert.equal(
      clockOf(replay([received, assigned, { type: 'consultation-started', on: '2026-10-12', party: '某公司' }], CALENDAR), '2026-10-20', CALENDAR).paused,
      'consultation',
    );
  });

  test('one 延期 of at most 20 working days, counted once a 审核人 approves it; no answer while it waits', () => {
    const ask: RequestEvent = { type: 'extension-requested', on: '2026-10-19', days: 20, reason: '需要调取档案' };
    refused([received, assigned, ask, reply('2026-10-20')], /waiting for its approval/);
    const c = replay([received, assigned, ask, { type: 'extension-approved', on: '2026-10-20' }], CALENDAR);
    // 20 more working days after 22 Oct: 23 (1), 26–30 (6), 2–6 Nov (11), 9–13 (16), 16–19 (20).
    assert.equal(clockOf(c, '2026-10-20', CALENDAR).dueAt, '2026-11-19');
    assert.equal(publicState(c), 'extended');
    refused([received, assigned, ask, { type: 'extension-approved', on: '2026-10-20' }, { ...ask, on: '2026-10-21' }], /extension-requested: not a step|once/);
    assert.equal(RequestEvent.safeParse({ ...ask, days: 21 }).success, false, 'at most 20 working days');
  });

  test('a fee notice stops the clock until paid; unpaid by its date, the request ends as 其他处理 2', () => {
    const notice: RequestEvent = { type: 'fee-notified', on: '2026-10-12', amount: 100, until: '2026-10-26' };
    const paid = replay([received, assigned, notice, { type: 'fee-paid', on: '2026-10-14' }], CALENDAR);
    // 13 and 14 Oct do not count.
    assert.equal(clockOf(paid, '2026-10-14', CALENDAR).dueAt, '2026-10-26');
    const lapsed = { kind: 'other', ground: 'fee-unpaid' } as const;
    refused([received, assigned, notice, reply('2026-10-20', disclosed)], /only 其他处理/);
    refused([received, assigned, notice, reply('2026-10-20', lapsed)], /has until 2026-10-26/);
    const ended = replay([received, assigned, notice, reply('2026-10-27', lapsed), { type: 'reply-approved', on: '2026-10-27' }], CALENDAR);
    assert.equal(ended.phase, 'answered');
    assert.equal(outcomeLabel(ended.reply!.outcome), '其他处理 · 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请');
  });
});

describe('the steps', () => {
  test('registered → assigned → answered 部分公开 → delivered → archived, each shown to the citizen; answered in time', () => {
    const partly = { kind: 'partly-disclosed' } as const;
    const events: RequestEvent[] = [
      received,
      assigned,
      reply('2026-10-15', partly),
      { type: 'reply-returned', on: '2026-10-16', note: '请写明不予公开部分的依据' },
      reply('2026-10-19', partly),
      { type: 'reply-approved', on: '2026-10-20' },
      { type: 'delivered', on: '2026-10-21', channel: 'email' },
      { type: 'archived', on: '2026-10-23' },
    ];
    const states = events.map((_, i) => publicState(replay(events.slice(0, i + 1), CALENDAR)));
    assert.deepEqual(states, ['registered', 'processing', 'processing', 'processing', 'processing', 'answered', 'delivered', 'archived']);
    const done = replay(events, CALENDAR);
    assert.deepEqual(clockOf(done, '2026-12-01', CALENDAR), { dueAt: '2026-10-22', daysLeft: 2, answeredAt: '2026-10-20', onTime: true });
    assert.deepEqual(nextSteps(done), []);
  });

  test('steps out of order or out of date order are refused, saying why', () => {
    refused([assigned], /starts with its receipt/);
    refused([received, { type: 'delivered', on: '2026-09-22', channel: 'post' }], /not a step of a case that is registered/);
    refused([received, { ...assigned, on: '2026-09-20' }], /before the case's last step/);
    refused([received, assigned, reply('2026-10-01'), reply('2026-10-02')], /not a step of a case that is reply-drafted/);
  });

  test('outcomes: the six kinds of the annual report, with their numbered grounds', () => {
    assert.deepEqual(Object.fromEntries(Object.entries(OUTCOME_GROUNDS).map(([kind, grounds]) => [kind, grounds.length])), {
      withheld: 8,
      unavailable: 3,
      'not-handled': 5,
      other: 3,
    });
    assert.equal(outcomeLabel({ kind: 'withheld', ground: 'third-party' }), '不予公开 · 4.保护第三方合法权益');
    assert.equal(Outcome.safeParse({ kind: 'withheld' }).success, false, 'a 不予公开 names its ground');
    assert.equal(Outcome.safeParse({ kind: 'unavailable', ground: 'state-secret' }).success, false, 'a ground of its own kind');
  });
});

describe('who may take which step', () => {
  const handler = { roles: ['handler'] as const, jurisdictions: ['430121'] };
  const reviewer = { roles: ['reviewer'] as const, jurisdictions: ['430121'] };
  const admin = { roles: ['admin'] as const, jurisdictions: ['430121'] };

  test('the 承办人 drafts, the 审核人 approves, the 管理员 takes no step; nobody acts outside their jurisdictions', () => {
    const drafted = replay([received, assigned, reply('2026-10-15')], CALENDAR);
    assert.deepEqual(stepsFor(handler, drafted, '430121'), []);
    assert.deepEqual(stepsFor(reviewer, drafted, '430121'), ['reply-approved', 'reply-returned']);
    assert.deepEqual(stepsFor(reviewer, drafted, '430181'), [], 'another county’s request');
    const working = replay([received, assigned], CALENDAR);
    assert.ok(stepsFor(handler, working, '430121').includes('reply-drafted'));
    assert.ok(!stepsFor(handler, working, '430121').includes('extension-approved'), 'a 承办人 does not approve an extension');
    assert.equal(mayTake(admin, 'reply-approved', '430121'), false);
    assert.equal(mayTake({ roles: ['registrar', 'reviewer'], jurisdictions: ['430121', '430181'] }, 'assigned', '430181'), true);
  });
});
