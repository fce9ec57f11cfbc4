/**
 * Issue 14's acceptance path, by clicks and typing in Chromium, on the demo's pages served on a
 * clock the test moves day by day across 中秋 and National Day 2026 (the demo's calendar: 25–27
 * September and 1–7 October off, Saturday 10 October worked): a citizen applies on the forms page
 * → 登记 (the receipt) → 交办 → 补正 → the citizen corrects → 延期 (asked by the 承办人, approved by a
 * 审核人) → 答复 部分公开 with its letter and number → 送达 → 归档. At every step the desk's deadline
 * and the citizen's status page are checked against dates worked out by hand.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { sqliteStorage } from '@gov-disclosure/server';
import { createDemoHandler } from '../../packages/demo/src/handler.js';
import { DESK_PASSWORD, seedDeskUsers } from '../../packages/demo/src/desk-seed.js';
import { CHROMIUM, CHROMIUM_ARGS } from '../support/chromium.js';
import { axe, shot } from '../support/demo-browser.js';
import { VALID_ID } from '../support/submissions.js';

/** The day the server thinks it is (China's 10:00). */
let today = '2026-09-23';
let base: string;
let server: Server;
let browser: Browser;
const storage = sqliteStorage({ file: ':memory:' });
const DESK = 'gov-staff-desk';
const STATUS = 'gov-request-status';
const REQUEST = 'gov-disclosure-request';
/** The desk's shadow root, for reading what it shows. */
const root = `document.querySelector('${DESK}').shadowRoot`;

before(async () => {
  await seedDeskUsers(storage);
  const handle = createDemoHandler({ storage, staffToken: 'e2e-staff-token', now: () => new Date(`${today}T02:00:00Z`) });
  server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await puppeteer.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
});
after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((done) => server?.close(done));
  await storage.close();
});

const until = (page: Page, expression: string, timeout = 15_000) => page.waitForFunction(expression, { timeout, polling: 50 });

/** Each staff member works in a browser of their own (their own cookies), signed in again as a session lapses overnight. */
const desks = new Map<string, Page>();
async function deskOf(name: 'li' | 'wang' | 'zhao'): Promise<Page> {
  let page = desks.get(name);
  if (!page) {
    page = await (await browser.createBrowserContext()).newPage();
    await page.setViewport({ width: 1280, height: 900 });
    page.on('pageerror', (e) => assert.fail(`the desk threw: ${e}`));
    desks.set(name, page);
  }
  await page.goto(`${base}/examples/desk/`);
  await until(page, `!!${root}?.querySelector('form.login, .user')`);
  if (await page.evaluate(`!!${root}.querySelector('form.login')`)) {
    await page.type(`${DESK} >>> input[name="username"]`, name);
    await page.type(`${DESK} >>> input[name="password"]`, DESK_PASSWORD);
    await page.click(`${DESK} >>> form.login button[type="submit"]`);
  }
  await until(page, `!!${root}.querySelector('#queue-title')`);
  return page;
}

/** Finds a request in the queue by its code, typed in the filter (among all, closed ones too, if asked), and opens it. */
async function openRequest(page: Page, code: string, phase: 'open' | 'all' = 'open'): Promise<void> {
  if (phase !== 'open')
    await page.evaluate(`(() => { const s = ${root}.querySelector('.filters select'); s.value = '${phase}'; s.dispatchEvent(new Event('change')); })()`);
  await page.type(`${DESK} >>> .filters input`, code);
  await until(page, `${root}.querySelectorAll('.rows [role="option"]').length === 1`).catch(async (error: Error) => {
    throw new Error(`${error.message}: ${await page.evaluate(`${root}.textContent.replace(/\\s+/g, " ").slice(0, 300)`)}`);
  });
  await page.click(`${DESK} >>> .rows [role="option"]`);
  await until(page, `${root}.querySelector('#request-title')?.textContent.startsWith('${code}')`);
}

/** What the request's page says of its deadline: "剩 19 个工作日 答复期限 2026-10-28 · 收到日期 2026-09-23". */
/** A definition list under `host`'s shadow root: each <dt>'s text → its <dd>'s, without the notes under it. */
const definitions = (page: Page, host: string, list: string) =>
  page.evaluate(
    `Object.fromEntries([...document.querySelector('${host}').shadowRoot.querySelectorAll('${list} dt')].map((dt) => { const dd = dt.nextElementSibling.cloneNode(true); dd.querySelectorAll('.muted').forEach((note) => note.remove()); return [dt.textContent.trim(), dd.textContent.trim()]; }))`,
  ) as Promise<Record<string, string>>;

const deadline = (page: Page) => page.evaluate(`${root}.querySelector('.deadline')?.textContent.replace(/\\s+/g, ' ').trim()`) as Promise<string>;

/** Waits for the request's page to say `pattern` of its deadline (it reloads after a step), and fails with what it says. */
async function dueShown(page: Page, pattern: RegExp, message?: string): Promise<void> {
  await until(page, `${pattern}.test(${root}.querySelector('.deadline')?.textContent.replace(/\\s+/g, ' ').trim() ?? '')`, 5_000).catch(() => undefined);
  assert.match(await deadline(page), pattern, message);
}

/**
 * Takes a step by its button, dated today (dates are picked in the form's date fields), with its fields
 * typed or chosen, and waits for the desk to say it is done.
 */
async function takeStep(
  page: Page,
  step: string,
  label: string,
  fields: { type?: Record<string, string>; choose?: Record<string, string>; date?: Record<string, string> } = {},
): Promise<void> {
  await page.click(`${DESK} >>> [data-step="${step}"]`);
  await until(page, `!!${root}.querySelector('.step-form')`);
  for (const [id, value] of Object.entries({ on: today, ...fields.date }))
    await page.evaluate(
      `(() => { const d = ${root}.querySelector('#step-${id}'); d.value = '${value}'; d.dispatchEvent(new Event('input')); d.dispatchEvent(new Event('change')); })()`,
    );
  for (const [id, value] of Object.entries(fields.choose ?? {})) await page.select(`${DESK} >>> #step-${id}`, value);
  for (const [id, value] of Object.entries(fields.type ?? {})) {
    await page.click(`${DESK} >>> #step-${id}`, { count: 3 });
    await page.type(`${DESK} >>> #step-${id}`, value);
  }
  await page.click(`${DESK} >>> .step-form button[type="submit"]`);
  await until(
    page,
    `${root}.querySelector('.notice')?.textContent.includes('已办理：${label}') || !!${root}.querySelector('.step-form [role="alert"], .step-form .error')`,
  );
  const refused = await page.evaluate(`${root}.querySelector('.step-form')?.textContent.replace(/\\s+/g, ' ')`);
  assert.equal(refused, undefined, `${step} on ${today} was refused`);
}

/** The citizen looks their request up on the forms page: its state, its deadline and the states of its timeline. */
async function citizenSees(page: Page, code: string, state: string): Promise<{ due: string; states: string[] }> {
  await page.goto(`${base}/examples/forms/`);
  await until(page, `!!document.querySelector('${STATUS}')?.shadowRoot?.querySelector('#code')`);
  await page.type(`${STATUS} >>> #code`, code);
  await page.keyboard.press('Enter');
  const status = `document.querySelector('${STATUS}').shadowRoot`;
  await until(page, `${status}.querySelector('.current')?.textContent.trim() === '${state}'`);
  const due = (await definitions(page, STATUS, 'dl'))['答复期限']!;
  return { due, states: (await page.evaluate(`[...${status}.querySelectorAll('.timeline .state-name')].map((s) => s.textContent.trim())`)) as string[] };
}

test('a request from the citizen’s form to the archive, by clicks, its deadline right at every step across 中秋 and National Day', async () => {
  const citizen = await (await browser.createBrowserContext()).newPage();
  await citizen.setViewport({ width: 390, height: 844, isMobile: true, hasTouch: true });
  citizen.on('pageerror', (e) => assert.fail(`the forms page threw: ${e}`));

  // Wednesday 23 September: the citizen applies. 20 working days: 24, 28–30 September (25–27 中秋),
  // 8, 9, 10 (a Saturday worked), 12–16, 19–23 and 26–28 October (1–7 National Day).
  await citizen.goto(`${base}/examples/forms/`);
  await until(citizen, `!!document.querySelector('${REQUEST}')?.shadowRoot?.querySelector('#name')`);
  for (const [field, value] of [
    ['name', '张三'],
    ['idNumber', VALID_ID],
    ['phone', '13800138000'],
    ['email', 'zhangsan@example.com'],
    ['title', '2025年星沙街道最低生活保障资金发放明细'],
  ])
    await citizen.type(`${REQUEST} >>> #${field}`, value!);
  await citizen.click(`${REQUEST} >>> #form input[value="electronic"]`);
  await citizen.click(`${REQUEST} >>> #channel input[value="email"]`);
  await citizen.click(`${REQUEST} >>> button[type="submit"]`);
  await until(citizen, `!!document.querySelector('${REQUEST}').shadowRoot.querySelector('[part="receipt"] .code')`, 30_000);
  const receipt = await definitions(citizen, REQUEST, '[part="receipt"]');
  const code = receipt['查询码']!;
  assert.deepEqual([receipt['收到申请日期'], receipt['答复期限']], ['2026-09-23', '2026-10-28']);
  assert.equal((await citizenSees(citizen, code, '已登记')).due, '2026-10-28');

  // The next day, a 登记员 finds it at the top of the queue (19 working days left) and hands it out.
  today = '2026-09-24';
  const li = await deskOf('li');
  await openRequest(li, code);
  await dueShown(li, /^剩 19 个工作日 答复期限 2026-10-28 · 收到日期 2026-09-23$/);
  await takeStep(li, 'assigned', '交办', { type: { department: '县民政局', handler: '王敏' } });
  await dueShown(li, /^剩 19 个工作日 答复期限 2026-10-28/, 'handed out the same day');
  assert.equal((await citizenSees(citizen, code, '办理中')).due, '2026-10-28');

  // Monday 28 September (the first working day after 中秋): the 承办人 asks for a correction; the clock stops.
  today = '2026-09-28';
  const wang = await deskOf('wang');
  await openRequest(wang, code);
  await dueShown(wang, /^剩 18 个工作日 答复期限 2026-10-28/, 'the weekend and 中秋 are not counted');
  await takeStep(wang, 'correction-requested', '要求补正', { type: { note: '请写明所需信息的年份' }, date: { until: '2026-10-12' } });
  await dueShown(wang, /^补正中，停止计时/);
  assert.equal((await citizenSees(citizen, code, '需补正')).due, '2026-10-28');

  // Friday 9 October, after National Day: the citizen brings the correction; the 登记员 records it.
  // 20 working days from then: 10 October (worked), 12–16, 19–23, 26–30 October, 2–5 November.
  today = '2026-10-09';
  await deskOf('li');
  await openRequest(li, code);
  await takeStep(li, 'corrected', '收到补正');
  await dueShown(li, /^剩 20 个工作日 答复期限 2026-11-05/);
  assert.equal((await citizenSees(citizen, code, '办理中')).due, '2026-11-05');

  // 30 October: the 承办人 asks for 20 more working days; a 承办人 may not approve it.
  today = '2026-10-30';
  await deskOf('wang');
  await openRequest(wang, code);
  await dueShown(wang, /^剩 4 个工作日 答复期限 2026-11-05/);
  await takeStep(wang, 'extension-requested', '申请延期', { type: { days: '20', reason: '需协调多个部门核实' } });
  assert.equal(await wang.evaluate(`!!${root}.querySelector('[data-step="extension-approved"]')`), false, 'a 承办人 has no button to approve it');

  // Monday 2 November: a 审核人 approves it; the deadline is 20 working days after 5 November: 3 December.
  today = '2026-11-02';
  const zhao = await deskOf('zhao');
  await openRequest(zhao, code);
  await takeStep(zhao, 'extension-approved', '批准延期');
  await dueShown(zhao, /^剩 23 个工作日 答复期限 2026-12-03/);
  assert.equal((await citizenSees(citizen, code, '已延期')).due, '2026-12-03');

  // 20 November: the 承办人 drafts the answer, 部分公开, with its letter.
  today = '2026-11-20';
  await deskOf('wang');
  await openRequest(wang, code);
  await takeStep(wang, 'reply-drafted', '拟定答复', {
    choose: { kind: 'partly-disclosed' },
    type: { basis: '《中华人民共和国政府信息公开条例》第三十七条' },
  });
  await until(wang, `!!${root}.querySelector('.letter .paper')`);
  const draft = (await wang.evaluate(`${root}.querySelector('.letter .paper').innerText`)) as string;
  assert.match(draft, /政府信息公开申请答复告知书（部分公开）/);
  assert.match(draft, /审核通过后编号/);

  // 23 November: a 审核人 approves it; the letter gets the year's first number, and prints once the applicant is shown.
  today = '2026-11-23';
  await deskOf('zhao');
  await openRequest(zhao, code);
  await takeStep(zhao, 'reply-approved', '审核通过答复');
  await until(zhao, `${root}.querySelector('.letter .letter-number')?.textContent.includes('长县政办公开〔2026〕1号')`);
  await zhao.click(`${DESK} >>> .reveal`);
  await until(zhao, `!!${root}.querySelector('.letter button.print')`);
  assert.match((await zhao.evaluate(`${root}.querySelector('.letter .paper').innerText`)) as string, /^张三：/m);
  assert.deepEqual(await axe(zhao), []);
  await shot(zhao, 'staff-desk/e2e-approved');
  const answered = await citizenSees(citizen, code, '已答复');
  assert.equal(answered.due, '2026-12-03');

  // 24 November: sent by post; 27 November: archived.
  today = '2026-11-24';
  await deskOf('li');
  await openRequest(li, code, 'all');
  await takeStep(li, 'delivered', '送达', { choose: { channel: 'post' } });
  assert.equal((await citizenSees(citizen, code, '已送达')).due, '2026-12-03');
  today = '2026-11-27';
  await deskOf('li');
  await openRequest(li, code, 'all');
  await takeStep(li, 'archived', '归档');
  assert.match((await li.evaluate(`${root}.querySelector('#request-title').textContent`)) as string, /已归档/);

  // The citizen's page shows each step: received, and the nine the office took.
  const last = await citizenSees(citizen, code, '已归档');
  assert.deepEqual(last.states, ['已登记', '办理中', '需补正', '办理中', '办理中', '已延期', '已延期', '已答复', '已送达', '已归档']);
  await shot(citizen, 'request-status/e2e-archived');
});
