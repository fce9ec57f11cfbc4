/**
 * The staff desk (`<gov-staff-desk>`) on the demo as `npm start` seeds it (a year of requests, a
 * user of every role), in Chromium, as the office's staff use it: a wrong password said plainly;
 * signed in, the queue by deadline (overdue first, in red), its filters; ↓ and Enter open a
 * request, whose applicant is masked until opened; a 承办人 drafts the answer and sees it in the
 * timeline; on a phone the queue reads without scrolling sideways. axe-clean throughout.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { axe, DESKTOP, open, PHONE, shot, startDemo, waitIn, type Demo } from '../support/demo-browser.js';

const DESK = `document.querySelector('gov-staff-desk').shadowRoot`;
let demo: Demo;
/** The request whose answer test 2 drafts, for test 3's 审核人 to approve. */
let drafted: string | undefined;

before(async () => {
  demo = await startDemo({ desk: 'year' });
  // The year of requests is worked through the desk client once the server is up.
  await demo.printed('the desk: ', 90_000);
});
after(() => demo?.stop());

async function signIn(page: Page, name: string, password: string): Promise<void> {
  await waitIn(page, `!!${DESK}?.querySelector('form.login, .user')`);
  // Signed in from a test before (the browser keeps its cookie): sign out first.
  if (await page.evaluate(`!!${DESK}.querySelector('.user')`)) {
    await page.evaluate(`${DESK}.querySelector('.user button').click()`);
    await waitIn(page, `!!${DESK}.querySelector('form.login')`);
  }
  await page.evaluate(
    (name, password) => {
      const root = document.querySelector('gov-staff-desk')!.shadowRoot!;
      for (const [field, value] of [
        ['username', name],
        ['password', password],
      ] as const) {
        const input = root.querySelector<HTMLInputElement>(`input[name="${field}"]`)!;
        input.value = value;
        input.dispatchEvent(new Event('input'));
      }
      root.querySelector<HTMLButtonElement>('form.login button[type="submit"]')!.click();
    },
    name,
    password,
  );
}

/** What the console said, but for the 401 of a wrong password (the browser logs it itself). */
const unexpected = (errors: string[]) => errors.filter((e) => !e.includes('status of 401'));

/** The queue's rows as the API lists them (through the staff token), open ones only. */
async function openRequests(): Promise<{ code: string; daysLeft?: number; phase: string; applicant: string }[]> {
  const queue = await (await fetch(`${demo.base}/api/staff/requests?jurisdiction=430121`, { headers: { authorization: 'Bearer demo-staff-token' } })).json();
  return queue.requests.filter((r: { phase: string }) => !['answered', 'delivered', 'archived'].includes(r.phase));
}

test('a wrong password is said plainly; signed in, the queue is by deadline, overdue first, and filters', async () => {
  const { page, errors } = await open(demo, '/examples/desk/', DESKTOP);
  await signIn(page, 'wang', 'wrong-password');
  await waitIn(page, `${DESK}.querySelector('.login [role="alert"]')?.textContent.includes('用户名或密码错误')`);
  await signIn(page, 'wang', 'demo-desk-2026');
  await waitIn(page, `${DESK}.querySelectorAll('.rows [role="option"]').length > 0`, 15_000);
  assert.match((await page.evaluate(`${DESK}.querySelector('.user').textContent`)) as string, /王敏（承办人）/, 'the person’s name, not the login');
  const expected = await openRequests();
  assert.match((await page.evaluate(`${DESK}.querySelector('#queue-title small').textContent`)) as string, new RegExp(`共 ${expected.length} 件`));
  // Overdue first, then the fewest working days left; stopped clocks after them.
  const running = expected.filter((r) => r.daysLeft !== undefined).sort((a, b) => a.daysLeft! - b.daysLeft!);
  const first = (await page.evaluate(
    `[...${DESK}.querySelectorAll('.rows [role="option"]')].slice(0, 3).map((r) => r.querySelector('.code').textContent)`,
  )) as string[];
  assert.deepEqual(
    first,
    running.slice(0, 3).map((r) => r.code),
  );
  if (running[0]!.daysLeft! < 0) {
    const due = (await page.evaluate(
      `(() => { const d = ${DESK}.querySelector('.rows [role="option"] .due'); return [d.textContent, getComputedStyle(d).color]; })()`,
    )) as [string, string];
    assert.match(due[0], /已超期 \d+ 个工作日/);
    assert.equal(due[1], 'rgb(179, 38, 30)', 'overdue in red');
  }
  assert.deepEqual(await axe(page), []);
  await shot(page, 'staff-desk/queue-desktop');
  // A filter by state: the requests waiting for their fee.
  await page.evaluate(`(() => { const s = ${DESK}.querySelector('.filters select'); s.value = 'awaiting-fee'; s.dispatchEvent(new Event('change')); })()`);
  const fee = expected.filter((r) => r.phase === 'awaiting-fee').length;
  await waitIn(page, `${DESK}.querySelector('#queue-title small').textContent.includes('共 ${fee} 件')`);
  assert.deepEqual(unexpected(errors), []);
  await page.close();
});

test('↓ and Enter open a request: its applicant masked until opened; a 承办人 drafts the answer, which joins its timeline', async () => {
  const { page, errors } = await open(demo, '/examples/desk/', DESKTOP);
  await signIn(page, 'wang', 'demo-desk-2026');
  await waitIn(page, `${DESK}.querySelectorAll('.rows [role="option"]').length > 0`, 15_000);
  // The first request a 承办人 can answer: assigned, clock running.
  // (A person's: an organisation's name is not personal data, and is not masked.)
  const target = (await openRequests()).find((r) => (r.phase === 'assigned' || r.phase === 'processing') && r.applicant === 'citizen');
  assert.ok(target, 'the demo holds a request being worked on');
  const index = (await page.evaluate(
    `[...${DESK}.querySelectorAll('.rows [role="option"]')].findIndex((r) => r.querySelector('.code').textContent === '${target.code}')`,
  )) as number;
  assert.ok(index >= 0);
  await page.evaluate(`${DESK}.querySelector('.rows').focus()`);
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await waitIn(page, `${DESK}.querySelector('#request-title')?.textContent.startsWith('${target.code}')`, 10_000);
  assert.equal(await page.evaluate(`${DESK}.activeElement?.id`), 'request-title', 'the focus on the request');
  const name = () => page.evaluate(`${DESK}.querySelector('.facts dd').textContent`) as Promise<string>;
  assert.match(await name(), /^\S\*+$/, 'the name masked');
  await page.evaluate(`${DESK}.querySelector('.reveal').click()`);
  await waitIn(page, `!${DESK}.querySelector('.reveal') && ${DESK}.querySelector('.facts dd')?.textContent.includes('*') === false`);
  // 拟定答复: 部分公开, with its legal basis.
  await page.evaluate(`${DESK}.querySelector('[data-step="reply-drafted"]').click()`);
  await waitIn(page, `!!${DESK}.querySelector('.step-form')`);
  await page.evaluate(`(() => {
    const root = ${DESK};
    const kind = root.querySelector('#step-kind'); kind.value = 'partly-disclosed'; kind.dispatchEvent(new Event('change'));
    const basis = root.querySelector('#step-basis'); basis.value = '《中华人民共和国政府信息公开条例》第三十七条'; basis.dispatchEvent(new Event('input'));
    root.querySelector('.step-form button[type="submit"]').click();
  })()`);
  await waitIn(page, `${DESK}.querySelector('.notice')?.textContent.includes('已办理：拟定答复')`, 10_000);
  await waitIn(page, `[...${DESK}.querySelectorAll('.timeline li')].some((li) => li.textContent.includes('拟定答复') && li.textContent.includes('部分公开'))`);
  // Its letter, filled from the request: the applicant by name (opened above), the outcome, the remedies; numbered once approved.
  const letter = (await page.evaluate(`${DESK}.querySelector('.letter .paper').innerText`)) as string;
  assert.match(letter, /政府信息公开申请答复告知书（部分公开）/);
  assert.match(letter, /审核通过后编号/);
  assert.match(letter, new RegExp(`^${await name()}：`, 'm'));
  assert.match(letter, /六十日内向长沙县人民政府申请行政复议.*六个月内向有管辖权的人民法院提起行政诉讼/);
  assert.match(letter, /长沙县人民政府办公室/);
  drafted = target.code;
  assert.deepEqual(await axe(page), []);
  await shot(page, 'staff-desk/request-desktop');
  // Back to the queue, on the request worked on.
  await page.evaluate(`${DESK}.querySelector('.back').click()`);
  await waitIn(page, `${DESK}.activeElement?.getAttribute('role') === 'listbox'`);
  assert.equal(await page.evaluate(`${DESK}.querySelector('.rows .active .code').textContent`), target.code);
  // The reveal is in the audit trail.
  const trail = await (await fetch(`${demo.base}/api/staff/audit.csv`, { headers: { authorization: 'Bearer demo-staff-token' } })).text();
  assert.match(trail, new RegExp(`view-personal-data,${target.code}`));
  assert.deepEqual(errors, [], 'nothing in the console: not signed in is no error');
  await page.close();
});

test('a 审核人 approves the answer: its letter gets the year’s number, and prints alone', async () => {
  assert.ok(drafted, 'test 2 drafted an answer');
  const { page, errors } = await open(demo, '/examples/desk/', DESKTOP);
  await signIn(page, 'zhao', 'demo-desk-2026');
  await waitIn(page, `${DESK}.querySelectorAll('.rows [role="option"]').length > 0`, 15_000);
  await page.evaluate(`(() => { const i = ${DESK}.querySelector('.filters input'); i.value = '${drafted}'; i.dispatchEvent(new Event('input')); })()`);
  await waitIn(page, `${DESK}.querySelectorAll('.rows [role="option"]').length === 1`);
  await page.evaluate(`${DESK}.querySelector('.rows [role="option"]').click()`);
  await waitIn(page, `!!${DESK}.querySelector('[data-step="reply-approved"]')`, 10_000);
  // A 审核人's view is masked: so is the name in the letter.
  assert.match((await page.evaluate(`${DESK}.querySelector('.letter .paper .to').textContent`)) as string, /^\S\*+：$/);
  await page.evaluate(`${DESK}.querySelector('[data-step="reply-approved"]').click()`);
  await waitIn(page, `!!${DESK}.querySelector('.step-form')`);
  await page.evaluate(`${DESK}.querySelector('.step-form button[type="submit"]').click()`);
  await waitIn(page, `/长县政办公开〔\\d{4}〕\\d+号/.test(${DESK}.querySelector('.letter .letter-number')?.textContent ?? '')`, 10_000);
  // Printed, the letter goes to the applicant: it prints once their details are shown, with their name.
  assert.equal(await page.evaluate(`${DESK}.querySelector('.letter button.print')`), null);
  await page.evaluate(`${DESK}.querySelector('.reveal').click()`);
  await waitIn(page, `!!${DESK}.querySelector('.letter button.print') && !${DESK}.querySelector('.letter .paper .to').textContent.includes('*')`, 10_000);
  assert.equal(await page.evaluate(`${DESK}.activeElement?.id`), 'applicant-title', 'the focus on the details shown');
  await page.emulateMediaType('print');
  // What takes up room on the printed page (an element inside a hidden one has no boxes).
  const shown = (await page.evaluate(
    `['.header', '.back', '.timeline', '.letter .paper'].map((s) => ${DESK}.querySelector(s).getClientRects().length > 0)`,
  )) as boolean[];
  assert.deepEqual(shown, [false, false, false, true], 'printed, the letter alone');
  await shot(page, 'staff-desk/letter-print');
  await page.emulateMediaType('screen');
  assert.deepEqual(errors, [], 'nothing in the console: not signed in is no error');
  await page.close();
});

test('on a phone, in 关怀模式, the queue and a request read without scrolling sideways', async () => {
  const { page, errors } = await open(demo, '/examples/desk/', PHONE);
  await page.evaluate(`document.querySelector('gov-staff-desk').setAttribute('mode', 'elderly')`);
  await signIn(page, 'li', 'demo-desk-2026');
  await waitIn(page, `${DESK}.querySelectorAll('.rows [role="option"]').length > 0`, 15_000);
  const width = () => page.evaluate(() => document.documentElement.scrollWidth) as Promise<number>;
  assert.ok((await width()) <= 390, `${await width()}px wide`);
  await shot(page, 'staff-desk/queue-phone', { screen: true });
  await page.evaluate(`${DESK}.querySelector('.rows [role="option"]').click()`);
  await waitIn(page, `!!${DESK}.querySelector('#request-title')`, 10_000);
  assert.ok((await width()) <= 390, `${await width()}px wide`);
  await shot(page, 'staff-desk/request-phone');
  assert.deepEqual(errors, [], 'nothing in the console: not signed in is no error');
  await page.close();
});
