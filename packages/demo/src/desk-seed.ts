/**
 * The demo's staff desk: one user of every role (登记员, 承办人, 审核人, 管理员) with a demo password,
 * and a year of requests in every state and outcome, registered and worked on through the SDK's
 * desk client as the office would — each received on a working day of the past year, each step a
 * few working days after the one before, stopped where its next day would be after today. Older
 * requests end (答复 with every outcome of the annual report, 送达, 归档); recent ones wait, some
 * overdue, some stopped for a 补正, a consultation or a fee. Seeded once, into an empty database.
 */
import { addWorkingDays, type WorkCalendar } from '@gov-disclosure/sdk';
import { createDeskClient, OUTCOME_GROUNDS, OUTCOME_KINDS, type Outcome, type RequestEvent } from '@gov-disclosure/sdk/workflow';
import { addStaffUser, type Storage } from '@gov-disclosure/server';
import { rng } from './rng.js';

/** The desk's demo users: name, role, and the password the demo prints. */
export const DESK_USERS = [
  ['li', 'registrar', '李娜'],
  ['wang', 'handler', '王敏'],
  ['zhao', 'reviewer', '赵强'],
  ['admin', 'admin', '陈静'],
] as const;
export const DESK_PASSWORD = 'demo-desk-2026';
const JURISDICTION = '430121';

/** Adds the demo users where missing; true when the database had none (a fresh demo). */
export async function seedDeskUsers(storage: Storage): Promise<boolean> {
  let fresh = false;
  for (const [name, role, displayName] of DESK_USERS) {
    if (await storage.userByName(name)) continue;
    await addStaffUser(storage, { name, displayName, roles: [role], jurisdictions: [JURISDICTION], by: 'demo', password: DESK_PASSWORD });
    fresh = true;
  }
  return fresh;
}

const SOUGHT = [
  '2025年星沙街道最低生活保障资金发放明细',
  '长沙县2025年度政府采购项目清单',
  '开元东路拓宽工程征地补偿标准',
  '泉塘街道老旧小区改造项目立项批复',
  '2026年县级财政预算执行情况',
  '黄兴镇农村危房改造补助名单',
  '县人民医院新院区建设项目环评报告',
  '安沙镇农业补贴发放标准及对象',
  '县城区停车收费标准的制定依据',
  '2025年度义务教育学校划片方案',
];
const DEPARTMENTS: [string, string][] = [
  ['县民政局', '王敏'],
  ['县财政局', '陈静'],
  ['县自然资源局', '刘洋'],
  ['县住房和城乡建设局', '周杰'],
];
const OFFLINE = ['in-person', 'letter', 'fax', 'email'] as const;
/** A step before its day is known. */
type Undated = RequestEvent extends infer E ? (E extends RequestEvent ? Omit<E, 'on'> : never) : never;

/** Every outcome the annual report counts: each kind, and each ground of the kinds that have them. */
const OUTCOMES: Outcome[] = OUTCOME_KINDS.flatMap((k): Outcome[] =>
  k.id in OUTCOME_GROUNDS
    ? OUTCOME_GROUNDS[k.id as keyof typeof OUTCOME_GROUNDS].map((g) => ({ kind: k.id, ground: g.id }) as Outcome)
    : [{ kind: k.id } as Outcome],
);

/** Registers and works a year of requests through the desk client (the demo's shared staff token has every role). */
export async function seedDeskRequests(o: { api: string; token: string; today: string; calendar?: WorkCalendar; count?: number }): Promise<number> {
  const desk = createDeskClient({ api: o.api, token: o.token });
  const random = rng(20_26);
  const count = o.count ?? 160;
  // About 245 working days: the year before today.
  const firstDay = new Date(Date.parse(`${o.today}T00:00:00Z`) - 355 * 86_400_000).toISOString().slice(0, 10);
  let made = 0;
  for (let i = 0; i < count; i++) {
    // Three in four spread over the year; the last quarter in its last six weeks, still being worked on.
    const old = Math.floor(count * 0.75);
    const receivedOn = addWorkingDays(firstDay, i < old ? Math.floor((i * 210) / old) : 210 + Math.floor(((i - old) * 30) / (count - old)), o.calendar);
    const organisation = i % 3 === 2;
    const request = {
      jurisdiction: JURISDICTION,
      channel: OFFLINE[i % OFFLINE.length]!,
      receivedOn,
      request: {
        jurisdiction: JURISDICTION,
        applicant: organisation
          ? {
              type: 'organisation' as const,
              kind: (['commercial', 'research', 'public-interest', 'legal-services', 'other'] as const)[i % 5]!,
              name: `长沙某某${['科技有限公司', '研究院', '公益基金会', '律师事务所', '合作社'][i % 5]}`,
              creditCode: '91350100M000100Y43',
              legalRepresentative: '李四',
              contactName: '王五',
              phone: '0731-84000000',
              address: '湖南省长沙县星沙街道开元东路1号',
            }
          : {
              type: 'citizen' as const,
              name: ['张三', '李娜', '王强', '赵敏'][i % 4]!,
              idType: 'resident-id' as const,
              idNumber: '11010519491231002X',
              phone: '13800138000',
              address: '湖南省长沙县星沙街道',
            },
        sought: { title: SOUGHT[i % SOUGHT.length]! },
        delivery: { form: 'electronic' as const, channel: 'post' as const },
      },
    };
    try {
      const { code } = await desk.registerOffline(request, { idempotencyKey: `demo-desk-${receivedOn}-${i}` });
      // The recent quarter is worked on more slowly, so that it holds every open state.
      await work(desk, code, receivedOn, i, random, { ...o, pace: i < old ? 1 : 2 });
      made++;
    } catch (error) {
      // One request the workflow refuses does not stop the others.
      console.warn(`demo desk: request ${i} (${receivedOn}): ${(error as Error).message}`);
    }
  }
  return made;
}

/** Takes the steps of request `i`, each some working days after the last, until the next would be after today. */
async function work(
  desk: ReturnType<typeof createDeskClient>,
  code: string,
  receivedOn: string,
  i: number,
  random: ReturnType<typeof rng>,
  o: { today: string; calendar?: WorkCalendar; pace: number },
) {
  let day = receivedOn;
  const steps: [number, Undated][] = [];
  const [department, handler] = DEPARTMENTS[i % DEPARTMENTS.length]!;
  steps.push([random.int(0, 1), { type: 'assigned', department, handler }]);
  const story = i % 8;
  let outcome = OUTCOMES[i % OUTCOMES.length]!;
  if (story === 1) {
    steps.push([2, { type: 'correction-requested', note: '请补充所需信息的具体年份和范围', until: '' }]);
    if (outcome.kind === 'other' && outcome.ground === 'correction-overdue') {
      // The applicant let the 补正 lapse: the request ends.
      steps.push([16, { type: 'reply-drafted', outcome, basis: '《中华人民共和国政府信息公开条例》第三十条' }]);
    } else steps.push([4, { type: 'corrected' }]);
  } else if (story === 2) {
    steps.push([3, { type: 'consultation-started', party: '长沙某某建设有限公司' }]);
    steps.push([10, { type: 'consultation-ended' }]);
  } else if (story === 3) {
    steps.push([12, { type: 'extension-requested', days: 15, reason: '申请内容涉及多个部门，需协调核实' }]);
    steps.push([1, { type: 'extension-approved' }]);
  } else if (story === 4) {
    steps.push([5, { type: 'fee-notified', amount: 100, until: '' }]);
    if (outcome.kind === 'other' && outcome.ground === 'fee-unpaid')
      steps.push([25, { type: 'reply-drafted', outcome, basis: '《政府信息公开信息处理费管理办法》' }]);
    else steps.push([3, { type: 'fee-paid' }]);
  }
  if (!steps.some(([, s]) => s.type === 'reply-drafted')) {
    if (outcome.kind === 'other' && outcome.ground !== 'other') outcome = { kind: 'other', ground: 'other' };
    // Story 7 is answered late: after its 20 working days (an overdue one, while it waits).
    steps.push([story === 7 ? 24 : random.int(4, 9), { type: 'reply-drafted', outcome, basis: '《中华人民共和国政府信息公开条例》第三十六条' }]);
  }
  steps.push([random.int(1, 3), { type: 'reply-approved' }], [2, { type: 'delivered', channel: 'post' }], [5, { type: 'archived' }]);
  for (const [after, step] of steps) {
    day = addWorkingDays(day, after * (step.type === 'reply-drafted' && story === 7 ? 1 : o.pace), o.calendar);
    if (day > o.today) return;
    const dated = { ...step, on: day } as RequestEvent;
    if (dated.type === 'correction-requested' || dated.type === 'fee-notified') dated.until = addWorkingDays(day, 10, o.calendar);
    await desk.step(code, dated, { idempotencyKey: `demo-desk-${code}-${dated.type}` });
  }
}
